// SPDX-License-Identifier: MIT
// The notice (notify/compose.h, message.h): what changed before → after in the person's
// language, their agenda, one iTIP object a session (parsed back by libical: METHOD, UID as
// `export ics`, SEQUENCE, ORGANIZER, ATTENDEE), and header fields no name can add to.
#include <libical/ical.h>

#include <algorithm>
#include <sstream>

#include "formats/ics/ics_export.h"
#include "notify/compose.h"
#include "notify/message.h"
#include "notify/words.h"
#include "notify_events.h"

using namespace summitry;
using namespace summitry::notify;
using summitry::test::load_notify_event;
using summitry::test::notify_base;
using summitry::test::replaced;

namespace {

const Instant now = date::sys_days{date::year{2026} / 12 / 6} + std::chrono::hours{9};

// The panel moved to the annex's studio at 19:00, revision 2; the talk removed.
std::string moved_text() {
    std::string b = replaced(notify_base, "    room: hall\n    start: 2025-02-10 18:30\n",
                             "    room: studio\n    start: 2025-02-10 19:00\n    revision: 2\n");
    return replaced(b, R"(  - id: talk
    title: A talk
    room: salon
    start: 2025-02-10 22:00
    duration: 30min
    speakers: [eve]
)",
                    "");
}

struct Parsed {
    icalcomponent* cal = nullptr;
    ~Parsed() {
        if (cal != nullptr) icalcomponent_free(cal);
    }
};

const PersonNotice& notice_of(const std::vector<PersonNotice>& all, const std::string& id) {
    const auto it = std::find_if(all.begin(), all.end(), [&](auto& n) { return n.person == id; });
    REQUIRE(it != all.end());
    return *it;
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("A notice names what changed, before → after, in the person's language") {
    const Event before = load_notify_event(notify_base);
    const Event after = load_notify_event(moved_text());
    const auto notices = who_gets_what(before, after);
    const Composer composer(before, after, {"team@example.org", "Team", ""}, now);

    const Composed ada = composer.compose(notice_of(notices, "ada"));  // French
    CHECK(ada.subject == "Déplacée\u00a0: Panel (Une soirée)");
    CHECK(contains(ada.text, "Bonjour Ada Lovelace,"));
    CHECK(contains(ada.text, "Heure\u00a0: 18:30–19:30 → 19:00–20:00"));
    CHECK(contains(ada.text, "Salle\u00a0: Grande salle → Studio"));
    CHECK(contains(ada.text,
                   "Lieu\u00a0: Embassy, 1 Rue de l'Exemple, Paris → Annex, 9 Avenue "
                   "Autre, Paris"));
    // Her opening ends at 18:30 at the embassy, 20 minutes away.
    CHECK(contains(ada.text,
                   "Trajet depuis votre séance précédente (Ouverture, Embassy)\u00a0: 20 min"));
    // Her whole agenda, the unchanged opening too.
    CHECK(contains(ada.text, "2025-02-10 18:00–18:30  Ouverture — Grande salle, Embassy"));
    CHECK(contains(ada.html, "<s>18:30–19:30</s> → <b>19:00–20:00</b>"));

    const Composed eve = composer.compose(notice_of(notices, "eve"));  // English
    CHECK(eve.subject == "Removed: A talk (An evening)");
    CHECK(contains(eve.text, "This session was removed from the programme."));
    CHECK(contains(eve.text, "You take part in no session now."));
}

TEST_CASE("Calendar parts: iTIP REQUEST and CANCEL that libical reads back") {
    const Event before = load_notify_event(notify_base);
    const Event after = load_notify_event(moved_text());
    const auto notices = who_gets_what(before, after);
    const Composer composer(before, after, {"team@example.org", "Team", ""}, now);

    const Composed bob = composer.compose(notice_of(notices, "bob"));
    REQUIRE(bob.calendars.size() == 1);
    CHECK(bob.calendars[0].method == Calendar::request);
    Parsed p{icalparser_parse_string(bob.calendars[0].ics.c_str())};
    REQUIRE(p.cal != nullptr);
    CHECK(icalcomponent_get_method(p.cal) == ICAL_METHOD_REQUEST);
    CHECK(icalcomponent_count_components(p.cal, ICAL_VEVENT_COMPONENT) == 1);
    CHECK(icalcomponent_count_components(p.cal, ICAL_VTIMEZONE_COMPONENT) == 1);
    icalcomponent* v = icalcomponent_get_first_component(p.cal, ICAL_VEVENT_COMPONENT);
    const Session& panel = after.sessions[static_cast<std::size_t>(after.find_session("panel"))];
    CHECK(std::string(icalcomponent_get_uid(v)) == ics_uid(after, panel));
    CHECK(std::string(icalcomponent_get_uid(v)) == "panel@evening.summitry");
    CHECK(icalcomponent_get_sequence(v) == 2);
    CHECK(std::string(icalproperty_get_organizer(icalcomponent_get_first_property(
              v, ICAL_ORGANIZER_PROPERTY))) == "mailto:team@example.org");
    icalproperty* attendee = icalcomponent_get_first_property(v, ICAL_ATTENDEE_PROPERTY);
    REQUIRE(attendee != nullptr);
    CHECK(std::string(icalproperty_get_attendee(attendee)) == "mailto:bob@example.org");
    CHECK(icalcomponent_get_first_property(v, ICAL_DTSTAMP_PROPERTY) != nullptr);
    const icaltimetype start = icalcomponent_get_dtstart(v);
    CHECK(start.hour == 19);
    CHECK(std::string(icaltimezone_get_tzid(const_cast<icaltimezone*>(start.zone))) ==
          "Europe/Paris");

    const Composed eve = composer.compose(notice_of(notices, "eve"));
    REQUIRE(eve.calendars.size() == 1);
    Parsed c{icalparser_parse_string(eve.calendars[0].ics.c_str())};
    REQUIRE(c.cal != nullptr);
    CHECK(icalcomponent_get_method(c.cal) == ICAL_METHOD_CANCEL);
    icalcomponent* e = icalcomponent_get_first_component(c.cal, ICAL_VEVENT_COMPONENT);
    CHECK(std::string(icalcomponent_get_uid(e)) == "talk@evening.summitry");
    CHECK(icalcomponent_get_sequence(e) == 1);  // removed at revision 0: one above
    CHECK(icalcomponent_get_status(e) == ICAL_STATUS_CANCELLED);
}

TEST_CASE("The message: multipart/alternative with the calendar, no header a name can add") {
    const Event before = load_notify_event(notify_base);
    const std::string hostile_name = "Eve\r\nBcc: victim@example.net, \"Zoë, the \\\"great\\\"\"";
    std::string b =
        replaced(moved_text(), "name: Bob", "name: \"Bob\\r\\nBcc: victim@example.net\"");
    const Event after = load_notify_event(b);
    const auto notices = who_gets_what(before, after);
    const Composer composer(before, after, {"team@example.org", "Équipe «Soirée»", "r@example.org"},
                            now);
    Composed c = composer.compose(notice_of(notices, "bob"));
    c.subject += "\r\nBcc: victim@example.net";
    for (const auto newline : {NewLine::lf, NewLine::crlf}) {
        const std::string m =
            mime_message(c, {hostile_name, "bob@example.org"}, composer.sender(), now, newline);
        const std::string eol = newline == NewLine::crlf ? "\r\n" : "\n";
        const auto end = m.find(eol + eol);
        REQUIRE(end != std::string::npos);
        const std::string head = m.substr(0, end + eol.size());
        // Every line of the header is a field we made or the continuation of one.
        std::istringstream lines(head);
        std::string line;
        std::vector<std::string> fields;
        while (std::getline(lines, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.empty() || line[0] == ' ' || line[0] == '\t') continue;
            fields.push_back(line.substr(0, line.find(':')));
        }
        std::sort(fields.begin(), fields.end());
        CHECK(fields == std::vector<std::string>{"Auto-Submitted", "Content-Type", "Date", "From",
                                                 "MIME-Version", "Message-Id", "Reply-To",
                                                 "Subject", "To"});
        CHECK(contains(head, "=?"));  // the French sender's name as encoded words
        CHECK_FALSE(contains(head, "Zoë"));
        CHECK(contains(m, "multipart/alternative"));
        CHECK(contains(m, "text/calendar"));
        CHECK(contains(m, "method=REQUEST"));
        if (newline == NewLine::crlf) {
            // Every line ends in CRLF, as SMTP wants.
            for (std::size_t i = m.find('\n'); i != std::string::npos; i = m.find('\n', i + 1))
                REQUIRE((i > 0 && m[i - 1] == '\r'));
        }
    }
}

TEST_CASE("Addresses refused before they reach a header or an envelope") {
    for (const char* ok : {"ada@example.org", "a.b+c@sub.example.org", "x_y-z@localhost"})
        CHECK(valid_address(ok, nullptr));
    for (const char* bad : {"", "ada", "a@b@c", "@example.org", "ada@",
                            "ada@example.org\r\nBcc: x@y", "a b@c", "a,b@c", "\"a\"@c", "a@b>",
                            "<a@b>", "zoë@example.org", "a@.b", "a@b..c", "a;b@c", "a:b@c"}) {
        std::string why;
        INFO(bad);
        CHECK_FALSE(valid_address(bad, &why));
        CHECK_FALSE(why.empty());
    }
}

TEST_CASE("Every language's words are all there") {
    for (const char* lang : {"en", "fr"}) {
        const NoticeWords& w = notice_words(lang);
        for (std::string_view s :
             {w.subject_one,   w.subject_many, w.greeting,       w.intro,
              w.added,         w.removed,      w.moved,          w.retitled,
              w.cancelled,     w.reinstated,   w.joined,         w.left,
              w.lineup,        w.removed_text, w.cancelled_text, w.reinstated_text,
              w.joined_text,   w.left_text,    w.date,           w.time,
              w.room,          w.venue,        w.title,          w.people_joined,
              w.people_left,   w.travel,       w.not_scheduled,  w.none,
              w.agenda,        w.agenda_empty, w.cancelled_mark, w.private_mark,
              w.calendar_note, w.signature,    w.colon})
            CHECK_FALSE(s.empty());
    }
    CHECK(notice_words("fr").moved != notice_words("en").moved);
    CHECK(notice_words("de").moved == notice_words("en").moved);
}
