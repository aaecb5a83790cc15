// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace summitry {

// A key that sorts names as a reader expects: case and the accents of Latin scripts ignored
// ("Élodie" beside "Elodie", "Müller" beside "Muller"). Other characters keep their order.
std::string sort_key(std::string_view text);

// The family name to sort a person's name under: the last word ("Herblin-Stoop" in
// "Audrey Herblin-Stoop").
std::string_view family_name(std::string_view full_name);

}  // namespace summitry
