// SPDX-License-Identifier: MIT
// over-capacity: a session expects more people than its room seats. Once per session.
#include "check/rules_list.h"

namespace summitry {

namespace {

class OverCapacity final : public Rule {
public:
    std::string_view id() const override { return "over-capacity"; }
    std::string_view description() const override {
        return "a session expects more people than its room seats";
    }
    void run(const CheckContext& ctx, Diagnostics& out) const override {
        for (Index si : ctx.active()) {
            const Session& s = ctx.session(si);
            const Room& room = ctx.room(s);
            // Without both numbers there is nothing to compare.
            if (!s.expected_attendance || !room.capacity) continue;
            if (*s.expected_attendance <= *room.capacity) continue;
            Diagnostic& d = out.warning(
                std::string(id()), s.loc,
                quote(s.id) + " expects " + std::to_string(*s.expected_attendance) + " people; " +
                    quote(room.ref) + " seats " + std::to_string(*room.capacity),
                "move it to a larger room, or lower 'expected_attendance'");
            d.sessions = {s.id};
            d.rooms = {room.ref};
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_over_capacity() {
    return std::make_unique<OverCapacity>();
}

}  // namespace summitry
