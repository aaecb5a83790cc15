// SPDX-License-Identifier: MIT
// person-double-booked: one person takes part in two overlapping sessions. Once per pair of
// sessions and per person they share, at the later session.
#include "check/rules_list.h"

namespace summitry {

namespace {

class PersonDoubleBooked final : public Rule {
public:
    std::string_view id() const override { return "person-double-booked"; }
    std::string_view description() const override {
        return "one person takes part in two overlapping sessions";
    }
    void run(const CheckContext& ctx, Diagnostics& out) const override {
        const auto& people = ctx.event().people;
        const auto& lists = ctx.by_person();
        // TRANSLATORS: person-double-booked. {0} is a person, {1} and {3} sessions (ids of the
        // event file), {2} and {4} their times, e.g. 19:00–19:30.
        const std::string message = tr("'{0}' takes part in '{1}' ({2}) and '{3}' ({4})");
        // TRANSLATORS: person-double-booked, the hint shown after the message: what to do.
        const std::string hint = tr("move one of the sessions, or ask someone else to take part");
        for (std::size_t p = 0; p < lists.size(); ++p) {
            const Person& person = people[p];
            ctx.for_each_overlap(lists[p], [&](Index ai, Index bi) {
                const Session& a = ctx.session(ai);
                const Session& b = ctx.session(bi);
                Diagnostic& d = out.warning(
                    std::string(id()), b.loc,
                    format_message(message, person.id, a.id, ctx.span(a), b.id, ctx.span(b)), hint);
                d.sessions = sorted_ids(a, b);
                d.people = {person.id};
            });
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_person_double_booked() {
    return std::make_unique<PersonDoubleBooked>();
}

}  // namespace summitry
