// SPDX-License-Identifier: MIT
// room-double-booked: two sessions overlap in one room. Once per pair, at the later session.
#include "check/rules_list.h"

namespace summitry {

namespace {

class RoomDoubleBooked final : public Rule {
public:
    std::string_view id() const override { return "room-double-booked"; }
    std::string_view description() const override { return "two sessions overlap in one room"; }
    void run(const CheckContext& ctx, Diagnostics& out) const override {
        // TRANSLATORS: room-double-booked. {0} is a room, {1} and {3} sessions (ids of the event
        // file), {2} and {4} their times, e.g. 19:00–19:30.
        const std::string message = tr("'{0}' holds '{1}' ({2}) and '{3}' ({4})");
        // TRANSLATORS: room-double-booked, the hint shown after the message: what to do.
        const std::string hint = tr("move one of them to another room or time");
        for (const auto& sessions : ctx.by_room()) {
            ctx.for_each_overlap(sessions, [&](Index ai, Index bi) {
                const Session& a = ctx.session(ai);
                const Session& b = ctx.session(bi);
                const Room& room = ctx.room(b);
                Diagnostic& d = out.warning(
                    std::string(id()), b.loc,
                    format_message(message, room.ref, a.id, ctx.span(a), b.id, ctx.span(b)), hint);
                d.sessions = sorted_ids(a, b);
                d.rooms = {room.ref};
            });
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_room_double_booked() {
    return std::make_unique<RoomDoubleBooked>();
}

}  // namespace summitry
