// SPDX-License-Identifier: MIT
#include "formats/ics/ics_export.h"

#include <libical/ical.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/selection.h"
#include "util/agenda_labels.h"
#include "util/controls.h"
#include "util/csv.h"
#include "util/person_label.h"

namespace summitry {

namespace {

constexpr std::string_view product_id = "-//Summitry//Summitry 0.1//EN";
constexpr std::size_t max_line_octets = 75;  // RFC 5545 §3.1, the CRLF not counted

struct FreeComponent {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, FreeComponent>;

// A string a libical *_r function allocated for its caller.
std::string take(char* s) {
    if (s == nullptr) return {};
    std::string out(s);
    icalmemory_free_buffer(s);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Content lines (RFC 5545 §3.1), written from libical's tree

}  // namespace

// §3.3.11: backslash, semicolon, comma and newline are escaped; CRLF and a lone CR are a newline
// too; other control characters (util/controls.h; TEXT may hold no C0 one) are dropped.
std::string ics_escape_text(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\r':
                if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
                out += "\\n";
                break;
            case '\n': out += "\\n"; break;
            default: out += c;
        }
    }
    return drop_controls(out);
}

namespace {

// Text as libical is given it: C strings, which a NUL would cut short ("Keynote\0 (cancelled)"
// would lose its end), so without control characters. ics_escape_text escapes it on the way out.
std::string ical_text(std::string_view s) {
    return drop_controls(s);
}

// Where to fold `line` within `room` octets: never inside a UTF-8 sequence (a line never starts
// with a continuation byte, 10xxxxxx, so every physical line is valid UTF-8 on its own); not
// beside white space, which editors and mail transports trim from line ends and careless
// unfolders from line starts, running the words on either side together; and not inside an
// escape such as "\;", which readers that unescape before unfolding would misread.
std::size_t fold_point(std::string_view line, std::size_t room) {
    const auto starts_character = [&](std::size_t i) {
        return (static_cast<unsigned char>(line[i]) & 0xc0) != 0x80;
    };
    const auto blank = [&](std::size_t i) { return line[i] == ' ' || line[i] == '\t'; };
    for (std::size_t cut = room; cut > 1; --cut)
        if (starts_character(cut) && !blank(cut - 1) && !blank(cut) && line[cut - 1] != '\\')
            return cut;
    for (std::size_t cut = room; cut > 1; --cut)  // blanks or backslashes all along
        if (starts_character(cut)) return cut;
    return room;  // not UTF-8 after all; no cut is better than another
}

// Folds at 75 octets (RFC 5545 §3.1): CRLF and one space, which readers remove.
void write_content_line(std::ostream& out, std::string_view line) {
    std::size_t room = max_line_octets;
    while (line.size() > room) {
        const std::size_t cut = fold_point(line, room);
        out.write(line.data(), static_cast<std::streamsize>(cut)) << "\r\n ";
        line.remove_prefix(cut);
        room = max_line_octets - 1;  // the space that marks a continuation counts
    }
    out << line << "\r\n";
}

std::string value_of(const icalproperty* p) {
    const icalvalue* v = icalproperty_get_value(p);
    const char* text = nullptr;
    switch (icalvalue_isa(v)) {
        case ICAL_TEXT_VALUE: text = icalvalue_get_text(v); break;
        case ICAL_X_VALUE: text = icalvalue_get_x(v); break;
        default: return take(icalvalue_as_ical_string_r(v));
    }
    return ics_escape_text(text == nullptr ? "" : text);
}

std::string name_and_parameters(icalproperty* p) {
    std::string line = take(icalproperty_get_property_name_r(p));
    for (icalparameter* a = icalproperty_get_first_parameter(p, ICAL_ANY_PARAMETER); a != nullptr;
         a = icalproperty_get_next_parameter(p, ICAL_ANY_PARAMETER))
        line += ";" + take(icalparameter_as_ical_string_r(a));
    return line;
}

// Writes a component and its children. The CATEGORIES of a component (one property a value in
// the tree) become one line, "CATEGORIES:a,b", the form every calendar program reads.
void write_component(std::ostream& out, icalcomponent* c) {
    const std::string kind = icalcomponent_kind_to_string(icalcomponent_isa(c));
    write_content_line(out, "BEGIN:" + kind);
    std::vector<icalproperty*> props;
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p != nullptr;
         p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY))
        props.push_back(p);
    bool categories_written = false;
    for (icalproperty* p : props) {
        if (icalproperty_isa(p) != ICAL_CATEGORIES_PROPERTY) {
            write_content_line(out, name_and_parameters(p) + ":" + value_of(p));
            continue;
        }
        if (std::exchange(categories_written, true)) continue;
        std::vector<std::string> values;
        for (icalproperty* q : props)
            if (icalproperty_isa(q) == ICAL_CATEGORIES_PROPERTY) values.push_back(value_of(q));
        write_content_line(out, "CATEGORIES:" + join(values, ","));
    }
    std::vector<icalcomponent*> children;
    for (icalcomponent* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k != nullptr;
         k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        children.push_back(k);  // the recursion would move c's iterator
    for (icalcomponent* k : children) write_component(out, k);
    write_content_line(out, "END:" + kind);
}

// ---------------------------------------------------------------------------------------------
// Times and zones

icaltimetype utc_time(Instant t) {
    return icaltime_from_timet_with_zone(static_cast<std::time_t>(unix_seconds(t)), 0,
                                         icaltimezone_get_utc_timezone());
}

// A wall-clock reading, written without zone: the TZID parameter names the zone.
icaltimetype floating_time(LocalTime t) {
    const auto day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss hms{t - day};
    icaltimetype out = icaltime_null_time();
    out.year = static_cast<int>(ymd.year());
    out.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    out.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    out.hour = static_cast<int>(hms.hours().count());
    out.minute = static_cast<int>(hms.minutes().count());
    out.second = static_cast<int>(hms.seconds().count());
    out.is_date = 0;
    out.zone = nullptr;
    return out;
}

// The VTIMEZONEs of the zones the sessions are in: libical's, from the system's tz database, cut
// to the rules in force from the first session's day on rather than the zone's history since
// 1891 (in libical's Outlook-compatible form, where an RRULE keeps its first DTSTART), and named
// by their IANA name, which calendar programs know, rather than libical's
// "/freeassociation.sourceforge.net/..." TZID. libical's zone cache is not thread-safe: one
// export at a time.
class Zones {
public:
    // Notes a session at `start` in `zone`; call for every session before `has_rules`.
    void note(const date::time_zone& zone, Instant start) {
        auto [it, added] = first_.try_emplace(zone.name(), start);
        if (!added) it->second = std::min(it->second, start);
    }

    // Whether libical gives rules for the zone; for one it cannot (UTC itself), times are
    // written in UTC.
    bool has_rules(const date::time_zone& zone) {
        auto it = rules_.find(zone.name());
        if (it == rules_.end()) it = rules_.emplace(zone.name(), make(zone)).first;
        return it->second != nullptr;
    }

    void used(const date::time_zone& zone) { used_.push_back(zone.name()); }

    // The VTIMEZONEs of the TZIDs used, by name.
    std::vector<Component> take_used() {
        std::sort(used_.begin(), used_.end());
        used_.erase(std::unique(used_.begin(), used_.end()), used_.end());
        std::vector<Component> out;
        for (const auto& name : used_) out.push_back(std::move(rules_.at(name)));
        return out;
    }

private:
    Component make(const date::time_zone& zone) const {
        icaltimezone* builtin = icaltimezone_get_builtin_timezone(zone.name().c_str());
        icalcomponent* rules = builtin == nullptr ? nullptr : icaltimezone_get_component(builtin);
        if (rules == nullptr) return nullptr;
        Component c(icalcomponent_new_clone(rules));
        const auto first = first_.find(zone.name());
        if (first != first_.end()) {
            const LocalTime midnight = date::floor<date::days>(to_local(zone, first->second));
            const Instant from = std::min(resolve(zone, midnight).instant, first->second);
            icaltimezone_truncate_vtimezone(c.get(), utc_time(from), icaltime_null_time(), 1);
        }
        if (icalproperty* tzid = icalcomponent_get_first_property(c.get(), ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(tzid, zone.name().c_str());
        return c;
    }

    std::map<std::string, Instant> first_;
    std::map<std::string, Component> rules_;
    std::vector<std::string> used_;
};

// DTSTART or DTEND: the venue's wall-clock time with its TZID. In UTC instead when libical has
// no rules for the zone, or when the wall-clock time occurs twice (a DST overlap): RFC 5545
// §3.3.5 reads it as the first, a TZID form cannot name the second, and readers built on pytz
// take the second anyway; an instant in UTC leaves no one to guess.
icalproperty* time_property(icalproperty* (*make)(icaltimetype), const date::time_zone& zone,
                            Instant t, Zones& zones) {
    const LocalTime local = to_local(zone, t);
    if (zones.has_rules(zone) && resolve(zone, local).kind == Resolution::unique) {
        icalproperty* p = make(floating_time(local));
        icalproperty_add_parameter(p, icalparameter_new_tzid(zone.name().c_str()));
        zones.used(zone);
        return p;
    }
    return make(utc_time(t));
}

// ---------------------------------------------------------------------------------------------
// Sessions

// The words of DESCRIPTION are the text agenda's (util/agenda_labels.h), and so are its texts:
// each in the calendar's language, else in the event's first.

// "Name (Role, Organization)", and the person's e-mail and phone when private details are asked
// for.
std::string person_line(const Event& ev, Index p, std::string_view lang, bool include_private) {
    const std::string_view fallback = ev.default_language();
    const Person& who = ev.people[static_cast<std::size_t>(p)];
    std::string_view organization;
    if (who.affiliation >= 0)
        organization =
            ev.organizations[static_cast<std::size_t>(who.affiliation)].name.get(lang, fallback);
    std::vector<std::string> details;
    if (std::string r = role_and_organization(who.role.get(lang, fallback), organization);
        !r.empty())
        details.push_back(std::move(r));
    if (include_private) {
        // The contact of the first person of that id, as the agenda names people by id.
        const Person& person = ev.people[static_cast<std::size_t>(ev.find_person(who.id))];
        std::vector<std::string> contact;
        if (!person.email.empty()) contact.push_back(person.email);
        if (!person.phone.empty()) contact.push_back(person.phone);
        if (!contact.empty()) details.push_back(join(contact, ", "));
    }
    return details.empty() ? who.name : who.name + " (" + join(details, "; ") + ")";
}

std::string description(const Event& ev, const Session& s, std::string_view lang,
                        bool include_private) {
    const std::string_view fallback = ev.default_language();
    const AgendaLabels l = agenda_labels(lang);
    std::string who;
    for (const auto& [label, list] :
         {std::pair{l.speakers, &s.speakers}, std::pair{l.moderators, &s.moderators},
          std::pair{l.hosts, &s.hosts}}) {
        if (list->empty()) continue;
        std::vector<std::string> lines;
        for (Index p : *list) lines.push_back(person_line(ev, p, lang, include_private));
        who += std::string(label) + std::string(l.colon) + join(lines, "; ") + "\n";
    }
    if (!s.organizations.empty()) {
        std::vector<std::string> names;
        for (Index o : s.organizations)
            names.emplace_back(
                ev.organizations[static_cast<std::size_t>(o)].name.get(lang, fallback));
        who += std::string(l.with) + std::string(l.colon) + join(names, ", ") + "\n";
    }
    if (!who.empty()) who.pop_back();
    std::vector<std::string> paragraphs;
    for (std::string_view part :
         {std::string_view(who), s.abstract.get(lang, fallback), s.description.get(lang, fallback)})
        if (!part.empty()) paragraphs.emplace_back(part);
    return join(paragraphs, "\n\n");
}

// "Room, Venue, address": the room's name (its id when it has none), the venue's name and
// address, each when there is one.
std::string location(const Event& ev, const Session& s, std::string_view lang) {
    const std::string_view fallback = ev.default_language();
    const Room& room = ev.rooms[static_cast<std::size_t>(s.room)];
    const Venue& venue = ev.venues[static_cast<std::size_t>(room.venue)];
    std::string_view room_name = room.name.get(lang, fallback);
    if (room_name.empty()) room_name = room.id;
    std::vector<std::string> parts;
    for (const std::string_view part : {room_name, venue.name.get(lang, fallback)})
        if (!part.empty()) parts.emplace_back(part);
    if (!venue.address.empty()) parts.push_back(venue.address);
    return join(parts, ", ");
}

icalproperty_status status_of(SessionStatus s) {
    switch (s) {
        case SessionStatus::tentative: return ICAL_STATUS_TENTATIVE;
        case SessionStatus::cancelled: return ICAL_STATUS_CANCELLED;
        case SessionStatus::confirmed: break;
    }
    return ICAL_STATUS_CONFIRMED;
}

Component vevent(const Event& ev, Index session, const ExportRequest& req, std::string_view lang,
                 icaltimetype stamp, Zones& zones, ExportWarnings& warnings) {
    const Session& s = ev.sessions[static_cast<std::size_t>(session)];
    const date::time_zone& zone = ev.zone_of(s);
    Component c(icalcomponent_new(ICAL_VEVENT_COMPONENT));
    icalcomponent* v = c.get();
    // From the ids alone: moving, editing or reordering a session keeps its UID, so subscribers
    // update the event instead of adding a second one.
    const std::string uid = ics_uid(ev, s);
    icalcomponent_add_property(v, icalproperty_new_uid(uid.c_str()));
    icalcomponent_add_property(v, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(v, time_property(icalproperty_new_dtstart, zone, *s.start, zones));
    icalcomponent_add_property(v, time_property(icalproperty_new_dtend, zone, s.end(), zones));
    icalcomponent_add_property(v, icalproperty_new_sequence(s.revision));
    icalcomponent_add_property(v, icalproperty_new_status(status_of(s.status)));
    const std::string_view fallback = ev.default_language();
    icalcomponent_add_property(
        v, icalproperty_new_summary(ical_text(s.title.get(lang, fallback)).c_str()));
    if (const std::string d = description(ev, s, lang, req.include_private); !d.empty())
        icalcomponent_add_property(v, icalproperty_new_description(ical_text(d).c_str()));
    icalcomponent_add_property(v,
                               icalproperty_new_location(ical_text(location(ev, s, lang)).c_str()));
    icalcomponent_add_property(v,
                               icalproperty_new_categories(ical_text(to_string(s.kind)).c_str()));
    if (s.track >= 0) {
        const std::string_view track =
            ev.tracks[static_cast<std::size_t>(s.track)].name.get(lang, fallback);
        if (!track.empty())
            icalcomponent_add_property(v, icalproperty_new_categories(ical_text(track).c_str()));
    }
    // libical writes a URI value as it is given: only a checked http(s) URL, which holds no
    // character a content line would have to escape, may reach it.
    if (const std::string url =
            export_url(s.url, s.loc, "the url of session '" + s.id + "'", warnings);
        !url.empty())
        icalcomponent_add_property(v, icalproperty_new_url(url.c_str()));
    if (!s.is_public) icalcomponent_add_property(v, icalproperty_new_class(ICAL_CLASS_PRIVATE));
    return c;
}

icalproperty* x_property(const char* name, const std::string& value) {
    icalproperty* p = icalproperty_new_x(ical_text(value).c_str());
    icalproperty_set_x_name(p, name);
    return p;
}

// The event's title, and for a filtered calendar whose it is: "... — Dame Menna Rawlings".
std::string calendar_name(const Event& ev, const ExportRequest& req, std::string_view lang) {
    const std::string_view fallback = ev.default_language();
    const std::string title(ev.info.title.get(lang, fallback));
    std::string part;
    if (req.person != no_index) part = ev.people[static_cast<std::size_t>(req.person)].name;
    if (req.track != no_index)
        part = ev.tracks[static_cast<std::size_t>(req.track)].name.get(lang, fallback);
    if (req.room != no_index) {
        const Room& room = ev.rooms[static_cast<std::size_t>(req.room)];
        const Venue& venue = ev.venues[static_cast<std::size_t>(room.venue)];
        std::vector<std::string> names;
        for (std::string_view n : {room.name.get(lang, fallback), venue.name.get(lang, fallback)})
            if (!n.empty()) names.emplace_back(n);
        part = names.empty() ? room.id : join(names, ", ");
    }
    return part.empty() ? title : title + " — " + part;
}

// A CN parameter: libical quotes a value with ':', ';' or ','; a DQUOTE cannot be in one at all
// (RFC 5545 §3.1), nor a control character.
std::string parameter_text(std::string_view s) {
    std::string out = drop_controls(s);
    out.erase(std::remove(out.begin(), out.end(), '"'), out.end());
    return out;
}

icalproperty* mailbox_property(icalproperty* (*make)(const char*), const std::string& address,
                               const std::string& name) {
    icalproperty* p = make(("mailto:" + address).c_str());
    if (const std::string cn = parameter_text(name); !cn.empty())
        icalproperty_add_parameter(p, icalparameter_new_cn(cn.c_str()));
    return p;
}

}  // namespace

std::string ics_uid(const Event& event, const Session& session) {
    return session.id + "@" + event.info.id + ".summitry";
}

void write_itip(const Event& ev, Index session, const ItipRequest& req, std::ostream& out) {
    const Session& s = ev.sessions[static_cast<std::size_t>(session)];
    ExportRequest texts;
    texts.lang = req.lang;
    Zones zones;
    zones.note(ev.zone_of(s), *s.start);
    ExportWarnings warnings;  // a url left out: the message's text still names the session
    Component e = vevent(ev, session, texts, req.lang.empty() ? ev.default_language() : req.lang,
                         utc_time(req.now), zones, warnings);
    icalcomponent* v = e.get();
    icalproperty* sequence = icalcomponent_get_first_property(v, ICAL_SEQUENCE_PROPERTY);
    icalproperty_set_sequence(sequence, req.sequence);
    if (req.method == ItipMethod::cancel) {
        icalproperty* status = icalcomponent_get_first_property(v, ICAL_STATUS_PROPERTY);
        if (req.uninvite) {
            icalcomponent_remove_property(v, status);
            icalproperty_free(status);
        } else {
            icalproperty_set_status(status, ICAL_STATUS_CANCELLED);
        }
    }
    icalcomponent_add_property(
        v, mailbox_property(icalproperty_new_organizer, req.organizer, req.organizer_name));
    icalproperty* attendee =
        mailbox_property(icalproperty_new_attendee, req.attendee, req.attendee_name);
    icalproperty_add_parameter(attendee, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
    icalproperty_add_parameter(attendee, icalparameter_new_partstat(ICAL_PARTSTAT_ACCEPTED));
    icalproperty_add_parameter(attendee, icalparameter_new_rsvp(ICAL_RSVP_FALSE));
    icalcomponent_add_property(v, attendee);

    Component cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid(std::string(product_id).c_str()));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(
        cal.get(), icalproperty_new_method(req.method == ItipMethod::cancel ? ICAL_METHOD_CANCEL
                                                                            : ICAL_METHOD_REQUEST));
    for (auto& tz : zones.take_used()) icalcomponent_add_component(cal.get(), tz.release());
    icalcomponent_add_component(cal.get(), e.release());
    write_component(out, cal.get());
}

ExportWarnings export_ics(const Event& ev, const ExportRequest& req, std::ostream& out) {
    // The agenda's sessions; not the unscheduled ones, a calendar has nothing to show for them.
    const SelectedSessions selected = select_sessions(ev, req, false);
    const std::string_view lang = selected_language(ev, req);

    const Instant now =
        req.now.value_or(date::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    const icaltimetype stamp = utc_time(now);

    Zones zones;
    for (const SelectedDay& day : selected.days)
        for (const Index i : day.sessions) {
            const Session& s = ev.sessions[static_cast<std::size_t>(i)];
            zones.note(ev.zone_of(s), *s.start);
        }
    ExportWarnings warnings;
    std::vector<Component> events;
    for (const SelectedDay& day : selected.days)
        for (const Index i : day.sessions)
            events.push_back(vevent(ev, i, req, lang, stamp, zones, warnings));

    Component cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid(std::string(product_id).c_str()));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent_add_property(cal.get(), x_property("X-WR-CALNAME", calendar_name(ev, req, lang)));
    icalcomponent_add_property(cal.get(), x_property("X-WR-TIMEZONE", ev.zone().name()));
    for (auto& tz : zones.take_used()) icalcomponent_add_component(cal.get(), tz.release());
    for (auto& e : events) icalcomponent_add_component(cal.get(), e.release());
    write_component(out, cal.get());
    return warnings;
}

}  // namespace summitry
