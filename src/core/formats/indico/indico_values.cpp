// SPDX-License-Identifier: MIT
// The values of an Indico export (indico_reader.h): text, whole minutes, dates {date, time, tz}
// and the zone the event is written in, keywords and people.
#include <cmath>
#include <cstdio>

#include "formats/indico/indico_reader.h"

namespace summitry::indico {

namespace {

// "2025-03-01T09:30:00", to the second.
std::string local_text(LocalTime t) {
    const auto day = date::floor<date::days>(t);
    const long long s = (t - day).count();
    char clock[64];
    std::snprintf(clock, sizeof clock, "T%02lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
    return format_date(local_date(t)) + clock;
}

}  // namespace

std::string duration_text(Seconds d) {
    const long long s = d.count();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
    return buf;
}

void Reader::error(std::string rule, const Value& v, std::string message, std::string hint) {
    b_.diagnostics().error(std::move(rule), at(v), std::move(message), std::move(hint));
}

std::string Reader::shown(const Value& v) const {
    if (v.type != Type::string) return std::string(json::describe(v.type));
    std::string t(tree_.text(v).substr(0, 40));
    return "the text \"" + clean_text(t, true) + "\"";
}

// The member `key` of `object`. A key given twice is an error: JSON readers differ on which
// one counts, and a second "contributions" would hide contributions.
const Value* Reader::unique(const Value& object, std::string_view key) {
    const Value* again = nullptr;
    const Value* found = tree_.find(object, key, again);
    if (again != nullptr && reported_.insert(again).second) {
        b_.diagnostics().error("duplicate-key", key_at(*again),
                               in_quotes(key) + " is given twice in one object (first at line " +
                                   std::to_string(key_at(*found).line) + ")",
                               "JSON readers disagree on which one counts; keep one");
    }
    return found;
}

// The text of member `key`: empty when absent or null. A whole number is taken as its
// digits (ids); any other value is left out with a warning.
std::string Reader::text(const Value& object, std::string_view key, const std::string& what) {
    const Value* v = unique(object, key);
    if (v == nullptr || v->type == Type::null) return {};
    if (v->type == Type::string) return std::string(tree_.text(*v));
    if (v->type == Type::integer) return std::to_string(v->integer);
    b_.warn("wrong-type", at(*v),
            in_quotes(key) + " of " + what + " should be text, not " + shown(*v), "it is left out");
    return {};
}

// A date as Indico writes it, {"date": "2025-03-01", "time": "09:30:00", "tz": "Europe/
// Zurich"}, read in its own zone; a local time in a gap or an overlap is said, as the other
// importers say it.
std::optional<Stamp> Reader::stamp(const Value& object, std::string_view key,
                                   const std::string& what) {
    const Value* v = unique(object, key);
    if (v == nullptr || v->type == Type::null) return std::nullopt;
    if (v->type != Type::object) {
        b_.warn("wrong-type", at(*v),
                in_quotes(key) + " of " + what +
                    " should be an object {date, time, tz}, as Indico writes it, not " + shown(*v),
                "it is left out");
        return std::nullopt;
    }
    const std::string written =
        clean_text(text(*v, "date", what), true) + "T" + clean_text(text(*v, "time", what), true);
    const std::string tz = clean_text(text(*v, "tz", what), true);
    const auto w = parse_iso_time(written);
    if (!w) {
        b_.warn(
            "bad-value", at(*v),
            in_quotes(key) + " of " + what + ", " + in_quotes(written) + ", is not a date and time",
            "it is left out");
        return std::nullopt;
    }
    Stamp s;
    s.zone = find_zone(tz);
    const date::time_zone* zone = s.zone;
    if (zone == nullptr) {
        zone = declared_zone_ != nullptr ? declared_zone_ : date::locate_zone("UTC");
        if (unknown_zones_.insert(tz).second) {
            const Value* tzv = unique(*v, "tz");
            b_.warn("unknown-timezone", at(tzv != nullptr ? *tzv : *v),
                    (tz.empty() ? "the dates of " + what + " name no time zone ('tz')"
                                : "the time zone " + in_quotes(tz) + " of " + what +
                                      " is not in the time zone database") +
                        "; " + (tz.empty() ? "they are" : "its dates are") + " read in " +
                        zone->name(),
                    "check the times of the sessions it gives");
        }
    }
    const Resolved r = resolve(*zone, *w);
    if (!w->offset && r.kind == Resolution::nonexistent) {
        b_.warn("nonexistent-time", at(*v),
                in_quotes(key) + " of " + what + ", " + format_local(w->local) +
                    ", does not exist in " + zone->name() + " (the clocks jump forward)",
                "it is imported at " + format_local(to_local(*zone, r.instant)));
    } else if (!w->offset && r.kind == Resolution::ambiguous) {
        b_.warn("ambiguous-time", at(*v),
                in_quotes(key) + " of " + what + ", " + format_local(w->local) +
                    ", happens twice in " + zone->name() + " (the clocks go back)",
                "the first one is taken");
    }
    s.at = r.instant;
    return s;
}

// Whole minutes (Indico's `duration`), as a number or its digits.
std::optional<Seconds> Reader::minutes(const Value& v) const {
    if (v.type == Type::integer && v.integer >= 0 && v.integer <= 31 * 24 * 60)
        return Seconds{v.integer * 60};
    if (v.type == Type::number && v.number >= 0 && v.number <= 31 * 24 * 60)
        return Seconds{std::llround(v.number * 60)};
    if (v.type == Type::string) {
        const std::string t = clean_text(tree_.text(v), true);
        if (!t.empty() && t.size() <= 6 && t.find_first_not_of("0123456789") == std::string::npos)
            return Seconds{std::stoll(t) * 60};
    }
    return std::nullopt;
}

std::string Reader::describe(const SourceEvent& e) const {
    std::string title = clean_text(e.title, true);
    if (title.size() > 60) clip_text(title, 60);
    if (!title.empty()) return "contribution " + in_quotes(title);
    const std::string id = clean_text(e.id, true);
    return id.empty() ? std::string("a contribution") : "contribution " + id;
}

void Reader::keywords(const Value& c, const std::string& what, SourceEvent& e) {
    const Value* k = unique(c, "keywords");
    if (k == nullptr || k->type == Type::null) return;
    if (k->type == Type::string) {  // one keyword a line
        std::string_view all = tree_.text(*k);
        while (!all.empty()) {
            const std::size_t nl = all.find('\n');
            e.tags.emplace_back(all.substr(0, nl));
            all = nl == std::string_view::npos ? std::string_view{} : all.substr(nl + 1);
        }
        return;
    }
    if (k->type != Type::array) {
        b_.warn("wrong-type", at(*k),
                "'keywords' of " + what + " should be a list of text, not " + shown(*k),
                "they are left out");
        return;
    }
    tree_.each(*k, [&](const Value& word) {
        if (word.type == Type::string)
            e.tags.emplace_back(tree_.text(word));
        else
            b_.warn("wrong-type", at(word),
                    "a keyword of " + what + " should be text, not " + shown(word),
                    "it is left out");
    });
}

// Indico's people: {first_name, last_name, fullName ("Last, First"), affiliation, ...}.
// Merged by name (build_schedule), so a name seen with two affiliations is said.
void Reader::people(const Value& owner, std::string_view key, const std::string& what,
                    std::vector<SourcePerson>& out) {
    const Value* list = unique(owner, key);
    if (list == nullptr || list->type == Type::null) return;
    if (list->type != Type::array) {
        b_.warn("wrong-type", at(*list),
                in_quotes(key) + " of " + what + " should be a list of people, not " + shown(*list),
                "they are left out");
        return;
    }
    tree_.each(*list, [&](const Value& p) {
        if (p.type == Type::null) return;  // Indico writes null for a person it lost
        if (p.type != Type::object) {
            b_.warn("wrong-type", at(p),
                    "a person of " + what + " should be an object, not " + shown(p),
                    "it is left out");
            return;
        }
        SourcePerson person;
        person.loc = at(p);
        const std::string first = clean_text(text(p, "first_name", "a person"), true);
        const std::string last = clean_text(text(p, "last_name", "a person"), true);
        person.name = first + (!first.empty() && !last.empty() ? " " : "") + last;
        if (person.name.empty()) person.name = text(p, "fullName", "a person");
        if (person.name.empty()) person.name = text(p, "name", "a person");
        person.affiliation = text(p, "affiliation", "a person");
        affiliation(person);
        out.push_back(std::move(person));
    });
}

void Reader::affiliation(const SourcePerson& p) {
    const std::string name = clean_text(p.name, true);
    const std::string org = clean_text(p.affiliation, true);
    if (name.empty() || org.empty()) return;
    auto [it, fresh] = affiliations_.emplace(name, org);
    if (fresh || it->second == org || !twice_.insert(name).second) return;
    b_.warn("affiliation-differs", p.loc,
            in_quotes(name) + " is named with the affiliations " + in_quotes(it->second) + " and " +
                in_quotes(org) + "; people are merged by name, and the first is kept",
            "if they are two people, give them two names in the imported file");
}

// The zone the sessions are written in: the event's, else the first zone its dates name.
void Reader::choose_zone(SourceSchedule& out, const std::vector<Draft>& drafts) {
    out.time_zone_name = declared_;
    zone_ = declared_zone_;
    if (zone_ != nullptr) return;
    const date::time_zone* seen = event_start_ ? event_start_->zone : nullptr;
    for (const Draft& d : drafts)
        if (seen == nullptr && d.start) seen = d.start->zone;
    if (seen == nullptr) return;  // build_schedule() says what it does then
    zone_ = seen;
    out.time_zone_name = zone_->name();
    b_.warn(declared_.empty() ? "missing-timezone" : "unknown-timezone", out.zone_loc,
            (declared_.empty() ? std::string("the event names no time zone ('timezone')")
                               : "the event's time zone " + in_quotes(declared_) +
                                     " is not in the time zone database") +
                "; its dates are written in " + zone_->name() + ", taken as the event's zone",
            "every instant is kept; check event.timezone in the imported file");
}

// An instant as the event's zone shows it, with its offset (or in UTC, when no zone is known
// or the zone's offset then is not whole minutes, which an ISO 8601 offset cannot write).
std::string Reader::iso(Instant t) const {
    if (zone_ != nullptr) {
        const Seconds offset = zone_->get_info(t).offset;
        if (offset.count() % 60 == 0)
            return local_text(to_local(*zone_, t)) + format_offset(offset);
    }
    return local_text(utc_reading(t)) + "Z";
}
}  // namespace summitry::indico
