// SPDX-License-Identifier: MIT
#pragma once
// Conflicts as a person reads them. A rule's message names what it is about by id, quoted
// ('fireside-chat', 'salons', 'menna-rawlings'): the CLI's text format (spec/cli.md) promises
// that message, editors and scripts read it, and JSON keeps ids apart in its lists. The planner
// shows the same message with names: the session's title, the person's, room's, track's or
// venue's name in the language the organizer chose.

#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "model/event.h"

namespace summitry {

// `d`'s message with every quoted id of a session, person or room it lists (and, in a
// conflict, of a track or venue of the event) replaced by its title or name in `lang` (else the
// event's first language, else the id). Other quoted text is left as it is.
std::string message_with_names(const Event& event, const Diagnostic& d, std::string_view lang);

}  // namespace summitry
