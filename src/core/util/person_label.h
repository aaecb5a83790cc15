// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace summitry {

// "Role, Organization", without repeating an organization the role already names
// ("Chief Executive Officer, SAP" stays as it is).
inline std::string role_and_organization(std::string_view role, std::string_view organization) {
    std::string out(role);
    if (!organization.empty() && role.find(organization) == std::string_view::npos)
        out += (out.empty() ? "" : ", ") + std::string(organization);
    return out;
}

}  // namespace summitry
