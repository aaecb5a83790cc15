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
        // TRANSLATORS: over-capacity. {0} is a session, {1} how many people it expects, {2} its
        // room, {3} how many seats the room has.
        const std::string message = tr("'{0}' expects {1} people; '{2}' seats {3}");
        // TRANSLATORS: over-capacity, the hint shown after the message: what to do.
        // 'expected_attendance' is a key of the event file: keep it as it is.
        const std::string hint = tr("move it to a larger room, or lower 'expected_attendance'");
        for (Index si : ctx.active()) {
            const Session& s = ctx.session(si);
            const Room& room = ctx.room(s);
            // Without both numbers there is nothing to compare.
            if (!s.expected_attendance || !room.capacity) continue;
            if (*s.expected_attendance <= *room.capacity) continue;
            Diagnostic& d = out.warning(
                std::string(id()), s.loc,
                format_message(message, s.id, *s.expected_attendance, room.ref, *room.capacity),
                hint);
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
