// SPDX-License-Identifier: MIT
#include "formats/ics/ics_export.h"

#include <libical/ical.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/ics/ics_lines.h"
#include "model/selection.h"
#include "util/agenda_labels.h"
#include "util/controls.h"
#include "util/csv.h"
#include "util/person_label.h"

namespace summitry {

using ics_detail::Component;
using ics_detail::write_component;
using ics_detail::write_content_line;
using ics_detail::write_properties;

namespace {

constexpr std::string_view product_id = "-//Summitry//Summitry 0.1//EN";

// Text as libical is given it: C strings, which a NUL would cut short ("Keynote\0 (cancelled)"
// would lose its end), so without control characters. ics_escape_text escapes it on the way out.
std::string ical_text(std::string_view s) {
    return drop_controls(s);
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

// The rules libical has for a zone (from the system's tz database), or null (UTC itself).
icalcomponent* builtin_rules(const date::time_zone& zone) {
    icaltimezone* builtin = icaltimezone_get_builtin_timezone(zone.name().c_str());
    return builtin == nullptr ? nullptr : icaltimezone_get_component(builtin);
}

// Where a zone's VTIMEZONE starts for a calendar whose first session in it starts at `first`:
// that day's midnight (or the session, when earlier).
Instant rules_from(const date::time_zone& zone, Instant first) {
    const LocalTime midnight = date::floor<date::days>(to_local(zone, first));
    return std::min(resolve(zone, midnight).instant, first);
}

// The VTIMEZONE of a zone that has rules: libical's, cut to the rules in force from `from` on
// rather than the zone's history since 1891 (in libical's Outlook-compatible form, where an
// RRULE keeps its first DTSTART), and named by its IANA name, which calendar programs know,
// rather than libical's "/freeassociation.sourceforge.net/..." TZID.
Component vtimezone(const date::time_zone& zone, std::optional<Instant> from) {
    Component c(icalcomponent_new_clone(builtin_rules(zone)));
    if (from) icaltimezone_truncate_vtimezone(c.get(), utc_time(*from), icaltime_null_time(), 1);
    if (icalproperty* tzid = icalcomponent_get_first_property(c.get(), ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, zone.name().c_str());
    return c;
}

// The zones of a calendar's sessions: which have rules, which the sessions' times name (their
// TZID), and from when each is needed. libical's zone cache is not thread-safe: one export at a
// time.
class Zones {
public:
    using Used = std::map<std::string, const date::time_zone*>;  // by name

    // Notes a session at `start` in `zone`; call for every session before `take_used`.
    void note(const date::time_zone& zone, Instant start) {
        auto [it, added] = first_.try_emplace(zone.name(), start);
        if (!added) it->second = std::min(it->second, start);
    }

    // Whether libical gives rules for the zone; for one it cannot (UTC itself), times are
    // written in UTC.
    bool has_rules(const date::time_zone& zone) {
        auto [it, added] = has_rules_.try_emplace(zone.name(), false);
        if (added) it->second = builtin_rules(zone) != nullptr;
        return it->second;
    }

    void used(const date::time_zone& zone) { used_.emplace(zone.name(), &zone); }

    // The zones used since the last call.
    Used take_used_zones() { return std::exchange(used_, {}); }

    // When the VTIMEZONE of a zone used must start: from the first session noted in it.
    std::optional<Instant> from(const date::time_zone& zone) const {
        const auto first = first_.find(zone.name());
        if (first == first_.end()) return std::nullopt;
        return rules_from(zone, first->second);
    }

    // The VTIMEZONEs of the TZIDs used, by name.
    std::vector<Component> take_used() {
        std::vector<Component> out;
        for (const auto& [name, zone] : take_used_zones())
            out.push_back(vtimezone(*zone, from(*zone)));
        return out;
    }

private:
    std::map<std::string, Instant> first_;
    std::map<std::string, bool> has_rules_;
    Used used_;
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

// Each session's VEVENT is written once, with the zones its times name and the warnings it
// gave; a calendar is its header, the VTIMEZONEs of those zones cut from its first session in
// each (written once for each start), and the VEVENTs' texts, in the order of its sessions.
struct IcsCalendars::Cache {
    struct Written {
        bool done = false;
        std::string text;
        std::vector<const date::time_zone*> zones;
        ExportWarnings warnings;
    };

    const Event& ev;
    SessionSelection texts;
    std::string lang;
    Instant now;
    std::vector<Written> vevents;                                            // by session
    std::map<std::pair<std::string, std::int64_t>, std::string> vtimezones;  // by zone, start

    const Written& vevent_of(Index session, Zones& zones) {
        Written& w = vevents[static_cast<std::size_t>(session)];
        if (w.done) return w;
        ExportRequest req;
        static_cast<SessionSelection&>(req) = texts;
        zones.take_used_zones();
        Component e = vevent(ev, session, req, lang, utc_time(now), zones, w.warnings);
        std::ostringstream text;
        write_component(text, e.get());
        w.text = std::move(text).str();
        for (const auto& [name, zone] : zones.take_used_zones()) w.zones.push_back(zone);
        w.done = true;
        return w;
    }
};

IcsCalendars::IcsCalendars(const Event& event, const SessionSelection& texts,
                           std::optional<Instant> now)
    : cache_(new Cache{
          event,
          texts,
          std::string(selected_language(event, texts)),
          now.value_or(date::floor<std::chrono::seconds>(std::chrono::system_clock::now())),
          std::vector<Cache::Written>(event.sessions.size()),
          {}}) {}

IcsCalendars::~IcsCalendars() = default;

ExportWarnings IcsCalendars::write(const SessionSelection& which, std::ostream& out) {
    Cache& c = *cache_;
    const Event& ev = c.ev;
    ExportRequest req;
    static_cast<SessionSelection&>(req) = c.texts;
    req.person = which.person;
    req.track = which.track;
    req.room = which.room;
    req.venue = which.venue;
    req.day = which.day;
    // The agenda's sessions; not the unscheduled ones, a calendar has nothing to show for them.
    const SelectedSessions selected = select_sessions(ev, req, false);

    Zones zones;
    for (const SelectedDay& day : selected.days)
        for (const Index i : day.sessions) {
            const Session& s = ev.sessions[static_cast<std::size_t>(i)];
            zones.note(ev.zone_of(s), *s.start);
        }
    ExportWarnings warnings;
    Zones::Used used;
    for (const SelectedDay& day : selected.days)
        for (const Index i : day.sessions) {
            const Cache::Written& w = c.vevent_of(i, zones);
            for (const date::time_zone* z : w.zones) used.emplace(z->name(), z);
            if (!w.warnings.empty()) warnings.append(ExportWarnings(w.warnings));
        }

    Component cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid(std::string(product_id).c_str()));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent_add_property(cal.get(),
                               x_property("X-WR-CALNAME", calendar_name(ev, req, c.lang)));
    icalcomponent_add_property(cal.get(), x_property("X-WR-TIMEZONE", ev.zone().name()));
    write_content_line(out, "BEGIN:VCALENDAR");
    write_properties(out, cal.get());
    for (const auto& [name, zone] : used) {
        const std::optional<Instant> from = zones.from(*zone);
        const std::int64_t key =
            from ? unix_seconds(*from) : std::numeric_limits<std::int64_t>::min();
        auto [it, added] = c.vtimezones.try_emplace(std::pair{name, key});
        if (added) {
            std::ostringstream text;
            write_component(text, vtimezone(*zone, from).get());
            it->second = std::move(text).str();
        }
        out << it->second;
    }
    for (const SelectedDay& day : selected.days)
        for (const Index i : day.sessions) out << c.vevents[static_cast<std::size_t>(i)].text;
    write_content_line(out, "END:VCALENDAR");
    return warnings;
}

ExportWarnings export_ics(const Event& ev, const ExportRequest& req, std::ostream& out) {
    IcsCalendars calendars(ev, req, req.now);
    return calendars.write(req, out);
}

}  // namespace summitry
