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
                                quote(person.id) + " is unavailable " + ctx.clock(s, r->from) +
                                    "\u2013" + ctx.clock(s, r->to) + " but takes part in " +
                                    quote(s.id) + " (" + ctx.span(s) + ")",
                                "move the session, or ask someone else to take part");
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
