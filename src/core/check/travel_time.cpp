// SPDX-License-Identifier: MIT
// travel-time: a person's consecutive sessions of one programme day are in venues further apart
// than the gap between them. "Consecutive" is in the person's sessions sorted by (start, end,
// id); a pair that overlaps is person-double-booked's, not this rule's, and is skipped without
// looking past it, as the reference checker does.
#include "check/rules_list.h"

namespace summitry {

namespace {

class TravelTime final : public Rule {
public:
    std::string_view id() const override { return "travel-time"; }
    std::string_view description() const override {
        return "someone's consecutive sessions are further apart than the time between them";
    }
    void run(const CheckContext& ctx, Diagnostics& out) const override {
        const Event& ev = ctx.event();
        const auto& lists = ctx.by_person();
        // One sentence for each of no time, 1 minute and more (i18n.h: no plural forms).
        // TRANSLATORS: travel-time. {0} is a person; {1} and {4} sessions (ids of the event
        // file); {2} the time the first ends, {3} its venue; {5} the time the second starts,
        // {6} its venue; {7} the minutes the trip between the venues takes.
        const std::string no_time =
            tr("'{0}' has no time between '{1}' (ends {2}, {3}) and '{4}' "
               "({5}, {6}); the trip takes {7} minutes");
        // TRANSLATORS: travel-time. {0} is a person; {1} and {4} sessions (ids of the event
        // file); {2} the time the first ends, {3} its venue; {5} the time the second starts,
        // {6} its venue; {7} the minutes the trip between the venues takes.
        const std::string one_minute =
            tr("'{0}' has 1 minute between '{1}' (ends {2}, {3}) and "
               "'{4}' ({5}, {6}); the trip takes {7} minutes");
        // TRANSLATORS: travel-time. {0} is a person; {1} the minutes between two sessions (2 or
        // more); {2} and {5} the sessions (ids of the event file); {3} the time the first ends,
        // {4} its venue; {6} the time the second starts, {7} its venue; {8} the minutes the
        // trip between the venues takes.
        const std::string minutes =
            tr("'{0}' has {1} minutes between '{2}' (ends {3}, {4}) and "
               "'{5}' ({6}, {7}); the trip takes {8} minutes");
        // TRANSLATORS: travel-time, the hint shown after the message: what to do.
        const std::string hint = tr("leave more time between them, or move one to the other venue");
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
                const auto m = std::chrono::duration_cast<Minutes>(gap).count();
                const std::string& venue_a = ev.venues[static_cast<std::size_t>(va)].id;
                const std::string& venue_b = ev.venues[static_cast<std::size_t>(vb)].id;
                const std::string a_ends = ctx.clock(a, a_end);
                const std::string b_starts = ctx.clock(b, *b.start);
                std::string message =
                    m > 1 ? format_message(minutes, person.id, m, a.id, a_ends, venue_a, b.id,
                                           b_starts, venue_b, needed.count())
                          : format_message(m == 1 ? one_minute : no_time, person.id, a.id, a_ends,
                                           venue_a, b.id, b_starts, venue_b, needed.count());
                Diagnostic& d = out.warning(std::string(id()), b.loc, std::move(message), hint);
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
