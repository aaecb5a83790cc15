// SPDX-License-Identifier: MIT
// person-unavailable: a session overlaps one of the `unavailable` ranges of someone taking part.
// Once per session and person, however many of that person's ranges it touches.
#include "check/rules_list.h"

namespace summitry {

namespace {

class PersonUnavailable final : public Rule {
public:
    std::string_view id() const override { return "person-unavailable"; }
    std::string_view description() const override {
        return "a session overlaps a time when someone taking part is unavailable";
    }
    void run(const CheckContext& ctx, Diagnostics& out) const override {
        const auto& people = ctx.event().people;
        const auto& lists = ctx.by_person();
        // TRANSLATORS: person-unavailable. {0} is a person; {1}–{2} the time they are away
        // (19:00, or 2025-02-11 09:00 on another day); {3} a session, {4} its time (19:00–19:30).
        const std::string message =
            tr("'{0}' is unavailable {1}\u2013{2} but takes part in "
               "'{3}' ({4})");
        // TRANSLATORS: person-unavailable, the hint shown after the message: what to do.
        const std::string hint = tr("move the session, or ask someone else to take part");
        for (std::size_t p = 0; p < lists.size(); ++p) {
            const Person& person = people[p];
            if (person.unavailable.empty() || lists[p].empty()) continue;
            const RangeIndex away(person.unavailable);
            for (Index si : lists[p]) {
                const Session& s = ctx.session(si);
                const TimeRange* r = away.overlapping(*s.start, s.end());
                if (r == nullptr) continue;
                Diagnostic& d =
                    out.warning(std::string(id()), s.loc,
                                format_message(message, person.id, ctx.clock(s, r->from),
                                               ctx.clock(s, r->to), s.id, ctx.span(s)),
                                hint);
                d.sessions = {s.id};
                d.people = {person.id};
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_person_unavailable() {
    return std::make_unique<PersonUnavailable>();
}

}  // namespace summitry
