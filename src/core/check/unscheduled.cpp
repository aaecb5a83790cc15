// SPDX-License-Identifier: MIT
// unscheduled: a session has no start or no room yet. A note, not a warning: an unplaced
// session is work to do (the automatic scheduler may place it), not a mistake. Cancelled
// sessions need no place and are not listed.
#include "check/rules_list.h"

namespace summitry {

namespace {

class Unscheduled final : public Rule {
public:
    std::string_view id() const override { return "unscheduled"; }
    std::string_view description() const override {
        return "a session has no start or no room yet";
    }
    void run(const CheckContext& ctx, Diagnostics& out) const override {
        // TRANSLATORS: unscheduled (a note). {0} is a session (an id of the event file).
        const std::string neither = tr("'{0}' has no start and no room yet");
        // TRANSLATORS: unscheduled (a note). {0} is a session (an id of the event file).
        const std::string no_start = tr("'{0}' has no start yet");
        // TRANSLATORS: unscheduled (a note). {0} is a session (an id of the event file).
        const std::string no_room = tr("'{0}' has no room yet");
        // TRANSLATORS: 'summitry-cli schedule' is a command: keep it as it is.
        const std::string hint =
            tr("give it a start and a room, or let 'summitry-cli schedule' "
               "place it");
        for (const Session& s : ctx.event().sessions) {
            if (s.cancelled()) continue;
            const bool timed = s.start.has_value();
            const bool placed = s.room != no_index;
            if (timed && placed) continue;
            const std::string& message = !timed && !placed ? neither : !timed ? no_start : no_room;
            Diagnostic& d = out.add(Severity::note, std::string(id()), s.loc,
                                    format_message(message, s.id), hint);
            d.sessions = {s.id};
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_unscheduled() {
    return std::make_unique<Unscheduled>();
}

}  // namespace summitry
