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
        for (const Session& s : ctx.event().sessions) {
            if (s.cancelled()) continue;
            const bool timed = s.start.has_value();
            const bool placed = s.room != no_index;
            if (timed && placed) continue;
            const char* what = !timed && !placed ? " has no start and no room yet"
                               : !timed          ? " has no start yet"
                                                 : " has no room yet";
            Diagnostic& d = out.add(Severity::note, std::string(id()), s.loc, quote(s.id) + what,
                                    "give it a start and a room, or let 'summitry-cli schedule' "
                                    "place it");
            d.sessions = {s.id};
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_unscheduled() {
    return std::make_unique<Unscheduled>();
}

}  // namespace summitry
