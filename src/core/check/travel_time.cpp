// SPDX-License-Identifier: MIT
// travel-time: a person's consecutive sessions of one programme day are in venues further apart
// than the gap between them. "Consecutive" is in the person's sessions sorted by (start, end,
// id); a pair that overlaps is person-double-booked's, not this rule's, and is skipped without
// looking past it, as the reference checker does.
#include "check/rules_list.h"

namespace summitry {

namespace {

std::string minutes_text(Seconds gap) {
    const auto m = std::chrono::duration_cast<Minutes>(gap).count();
    if (m <= 0) return "no time";
    return std::to_string(m) + (m == 1 ? " minute" : " minutes");
}

class TravelTime final : public Rule {
public:
    std::string_view id() const override { return "travel-time"; }
    std::string_view description() const override {
        return "someone's consecutive sessions are further apart than the time between them";
    }
    void run(const CheckContext& ctx, Diagnostics& out) const override {
        const Event& ev = ctx.event();
        const auto& lists = ctx.by_person();
        for (std::size_t p = 0; p < lists.size(); ++p) {
            const auto& mine = lists[p];
            for (std::size_t k = 1; k < mine.size(); ++k) {
                const Session& a = ctx.session(mine[k - 1]);
                const Session& b = ctx.session(mine[k]);
                const Instant a_end = a.end();
                if (*b.start < a_end) continue;  // overlapping (sorted by start: b starts later)
                const Index va = ctx.room(a).venue;
                const Index vb = ctx.room(b).venue;
                if (va == vb) continue;
                const Minutes needed = ev.travel(va, vb);
                const Seconds gap = *b.start - a_end;
                if (gap >= needed) continue;
                if (ev.programme_day(a) != ev.programme_day(b)) continue;  // a night between
                const Person& person = ev.people[p];
                Diagnostic& d = out.warning(
                    std::string(id()), b.loc,
                    quote(person.id) + " has " + minutes_text(gap) + " between " + quote(a.id) +
                        " (ends " + ctx.clock(a, a_end) + ", " +
                        ev.venues[static_cast<std::size_t>(va)].id + ") and " + quote(b.id) + " (" +
                        ctx.clock(b, *b.start) + ", " + ev.venues[static_cast<std::size_t>(vb)].id +
                        "); the trip takes " + std::to_string(needed.count()) + " minutes",
                    "leave more time between them, or move one to the other venue");
                d.sessions = sorted_ids(a, b);
                d.people = {person.id};
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_travel_time() {
    return std::make_unique<TravelTime>();
}

}  // namespace summitry
