// SPDX-License-Identifier: MIT
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "io/event_loader.h"
#include "views/html_words.h"
#include "views/programme_html.h"
#include "views/speakers.h"

using namespace summitry;
namespace fs = std::filesystem;

namespace {

// Hostile text in every place a template prints, a private session with its own people, contacts,
// two venues, tracks, a room set-up, French texts and one text written only in English.
const std::string event_yaml = R"yaml(summitry: 1
event:
  id: escape-test
  title: {en: "Tom & Jerry's <script>alert(\"x\")</script> Summit", fr: "Le sommet de Tom & Jerry"}
  subtitle: {en: An evening, fr: Une soirée}
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-11
  languages: [en, fr]
  organizers: [embassy]
  website: "javascript:alert(1)"
organizations:
  - id: embassy
    name: {en: British Embassy, fr: Ambassade du Royaume-Uni}
  - id: secret-org
    name: Hidden Holdings
people:
  - id: ada
    name: Ada Lovelace
    affiliation: embassy
    role: {en: Ambassador, fr: Ambassadrice}
    email: ada@example.org
    phone: "+33 1 00 00 00 00"
  - id: bob
    name: Bob "Bobby" O'Brien
    role: Host <b>bold</b>
  - id: carol
    name: Carol Host
    phone: "+33 6 11 11 11 11"
  - id: mallory
    name: Mallory Secretperson
    affiliation: secret-org
    email: mallory@example.org
venues:
  - id: chancery
    name: {en: Chancery, fr: Chancellerie}
    address: 35 rue du Faubourg Saint-Honoré
    travel_minutes: {residence: 5}
    rooms:
      - id: hall
        name: {en: Hall, fr: Salle}
        capacity: 50
  - id: residence
    name: {en: Residence, fr: Résidence}
    rooms:
      - id: salon
        name: Salon
        capacity: 20
tracks:
  - id: policy
    name: {en: Policy, fr: Politique}
    color: "#d04040"
sessions:
  - id: opening
    title: {en: "Opening <i>remarks</i> & welcome", fr: "Ouverture & bienvenue"}
    kind: roundtable
    track: policy
    room: hall
    start: 2025-02-10 18:00
    duration: 30min
    speakers: [ada]
    moderators: [bob]
    hosts: [carol]
    language: en
    interpretation: [fr]
    expected_attendance: 80
    requires: [stage]
    url: "javascript:alert(2)"
    description: {en: "Say \"hello\" <img src=x onerror=alert(3)>"}
  - id: english-only
    title: Only in English
    kind: break
    room: hall
    start: 2025-02-10 18:30
    duration: 15min
  - id: closed-door
    title: Closed-door ministerial meeting
    public: false
    room: salon
    start: 2025-02-10 19:00
    duration: 1h
    speakers: [mallory]
  - id: called-off
    title: The cancelled panel
    status: cancelled
    room: salon
    start: 2025-02-11 10:00
    duration: 1h
    speakers: [bob]
  - id: day-two
    title: Second day keynote
    kind: keynote
    room: salon
    start: 2025-02-11 11:00
    duration: 1h
    speakers: [ada]
)yaml";

const Event& event() {
    static const LoadResult r = [] {
        LoadResult l = load_event_text(event_yaml, "escape-test.yaml");
        for (const auto& d : l.diagnostics.items())
            if (d.severity == Severity::error) FAIL("fixture has an error: " << d.message);
        return l;
    }();
    return r.event;
}

const Instant fixed_now = date::sys_days{date::year{2025} / 2 / 1};

std::string programme(ProgrammeRequest req) {
    req.now = fixed_now;
    std::ostringstream out;
    write_programme_html(event(), req, out);
    return out.str();
}

std::string programme(Audience audience, const std::string& lang = {}) {
    ProgrammeRequest req;
    req.audience = audience;
    req.lang = lang;
    return programme(req);
}

std::string speakers_html(bool include_private) {
    SpeakersHtmlRequest req;
    req.include_private = include_private;
    req.now = fixed_now;
    std::ostringstream out;
    write_speakers_html(event(), req, out);
    return out.str();
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A scratch folder, removed at the end of the test.
// A directory of its own: CTest runs test cases as parallel processes, so the name holds the
// process id (std::rand() without a seed gave every process the same directory).
struct TempDir {
    static inline int made = 0;
    fs::path path = fs::temp_directory_path() /
                    ("summitry-html-" + std::to_string(::getpid()) + "-" + std::to_string(++made));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
    fs::path write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name, std::ios::binary) << text;
        return path / name;
    }
};

// The article of one session, to check what is printed within it.
std::string article(const std::string& html, const std::string& id) {
    const auto from = html.find("id=\"s-" + id + "\"");
    if (from == std::string::npos) return {};
    return html.substr(from, html.find("</article>", from) - from);
}

}  // namespace

TEST_CASE("every text from the event is HTML-escaped", "[programme_html]") {
    for (const std::string& html :
         {programme(Audience::attendees), programme(Audience::staff), speakers_html(true)}) {
        CHECK_FALSE(has(html, "<script>"));
        CHECK_FALSE(has(html, "<i>remarks"));
        CHECK_FALSE(has(html, "<b>bold"));
        CHECK_FALSE(has(html, "Jerry's"));
        CHECK(
            has(html,
                "Tom &amp; Jerry&apos;s &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Summit"));
    }
    const std::string html = programme(Audience::staff);
    CHECK_FALSE(has(html, "<img"));
    CHECK(has(html, "Opening &lt;i&gt;remarks&lt;/i&gt; &amp; welcome"));
    CHECK(has(html, "Bob &quot;Bobby&quot; O&apos;Brien"));
    CHECK(has(html, "Host &lt;b&gt;bold&lt;/b&gt;"));
}

TEST_CASE("links other than web and mail addresses are dropped", "[programme_html]") {
    const std::string html = programme(Audience::staff);
    CHECK_FALSE(has(html, "javascript:"));
}

TEST_CASE("the running header's title cannot break out of its CSS string", "[programme_html]") {
    const std::string html = programme(Audience::attendees);
    const auto rule = html.find("@top-left { content: \"");
    REQUIRE(rule != std::string::npos);
    const std::string line = html.substr(rule, html.find('\n', rule) - rule);
    // Quotes, ampersands and angle brackets are CSS hex escapes; the string closes where it should.
    CHECK(has(line, "Tom \\26  Jerry\\27 s \\3c script\\3e alert\\28 \\22 x\\22 \\29 "));
    CHECK(std::count(line.begin(), line.end(), '"') == 2);
}

TEST_CASE("attendees never see private sessions, their people or anyone's contacts",
          "[programme_html]") {
    for (const std::string& html : {programme(Audience::attendees), speakers_html(false)}) {
        CHECK_FALSE(has(html, "Closed-door"));
        CHECK_FALSE(has(html, "Mallory"));
        CHECK_FALSE(has(html, "Hidden Holdings"));
        CHECK_FALSE(has(html, "@example.org"));
        CHECK_FALSE(has(html, "+33 1"));
    }
    const std::string html = programme(Audience::attendees);
    CHECK(has(html, "Ada Lovelace"));
    CHECK(has(html, "Second day keynote"));
    CHECK_FALSE(has(html, "The cancelled panel"));  // a handout lists what happens
    CHECK_FALSE(has(html, "class=\"setup\""));
    CHECK_FALSE(has(html, "class=\"staff-banner\""));
    // Hosts take part and are printed, as in the PDF; their phone numbers are not.
    CHECK(has(article(html, "opening"), "Host: </span> <a href=\"#p-carol\">Carol Host</a>"));
    CHECK_FALSE(has(html, "+33 6 11"));
}

TEST_CASE("the staff run-sheet adds private sessions, contacts and the rooms' set-up",
          "[programme_html]") {
    const std::string html = programme(Audience::staff);
    CHECK(has(html, "Closed-door ministerial meeting"));
    CHECK(has(html, "Mallory Secretperson"));
    CHECK(has(html, "mallory@example.org"));
    CHECK(has(html, "ada@example.org"));
    CHECK(has(html, "+33 1 00 00 00 00"));
    CHECK(has(html, "The cancelled panel"));
    CHECK(has(html, "Run-sheet"));
    const std::string opening = article(html, "opening");
    CHECK(has(opening, "Set-up: stage"));
    CHECK(has(opening, "Expected: 80 / 50 seats"));
    CHECK(has(opening, "over capacity"));
    CHECK(has(opening, "Carol Host</a><span class=\"contact\">+33 6 11 11 11 11</span>"));
    CHECK(has(article(html, "closed-door"), "Private"));
    CHECK(has(article(html, "called-off"), "Cancelled"));
}

TEST_CASE("a session prints its own people and nothing of the enclosing page", "[programme_html]") {
    const std::string html = programme(Audience::staff);
    const std::string pause = article(html, "english-only");
    REQUIRE_FALSE(pause.empty());
    // An absent key would otherwise resolve to the page's speakers' index.
    CHECK_FALSE(has(pause, "Ada"));
    CHECK_FALSE(has(pause, "class=\"people\""));
    CHECK_FALSE(has(pause, "class=\"setup\""));
    const std::string opening = article(html, "opening");
    CHECK(has(opening, "18:00"));
    CHECK(has(opening, "18:30"));
    CHECK(has(opening, "Roundtable"));
    CHECK(has(opening, "Hall, Chancery"));
    CHECK(has(opening, "--track: #d04040"));
    CHECK(has(opening, "Language: English · Interpretation: French"));
    CHECK(has(opening, "Moderator:"));
}

TEST_CASE("days, speakers' index, organizations and venues are all there", "[programme_html]") {
    const std::string html = programme(Audience::attendees);
    CHECK(has(html, "Monday 10 February 2025"));
    CHECK(has(html, "Tuesday 11 February 2025"));
    CHECK(has(html, "Monday 10 February 2025 – Tuesday 11 February 2025"));
    CHECK(has(html, "id=\"p-ada\""));
    CHECK(has(html, "href=\"#s-day-two\""));  // Ada's index entry links both her sessions
    CHECK(has(html, "href=\"#s-opening\""));
    CHECK(has(html, "Organized by British Embassy"));
    CHECK(has(html, "35 rue du Faubourg Saint-Honoré"));
    CHECK(has(html, "Travel time: Residence 5 min"));
    CHECK(has(html, "Travel time: Chancery 5 min"));  // symmetric
    CHECK(has(html, "size: A4"));
    CHECK(has(html, "Printed on Saturday 1 February 2025"));
}

TEST_CASE("French texts, French dates and French words; missing texts fall back",
          "[programme_html]") {
    const std::string html = programme(Audience::attendees, "fr");
    CHECK(has(html, "<html lang=\"fr\">"));
    CHECK(has(html, "Le sommet de Tom &amp; Jerry"));
    CHECK(has(html, "lundi 10 février 2025"));
    CHECK(has(html, "mardi 11 février 2025"));
    CHECK(has(html, "Ouverture &amp; bienvenue"));
    CHECK(has(html, "Salle, Chancellerie"));
    CHECK(has(html, "Ambassadrice"));
    CHECK(has(html, "Intervenants"));
    CHECK(has(html, "Table ronde"));
    // French typography: a narrow no-break space before the colon.
    CHECK(has(html, "Langue\u202F: anglais · Interprétation\u202F: français"));
    CHECK(has(html, "Only in English"));  // no French title: the event's first language
    CHECK(has(html, "Say &quot;hello&quot;"));
    CHECK_FALSE(has(html, "Monday"));
}

TEST_CASE("every language's labels have the same keys", "[programme_html]") {
    auto keys = [](std::string_view lang) {
        std::set<std::string_view> out;
        for (const auto& [key, word] : html_labels(lang)) out.insert(key);
        return out;
    };
    CHECK(keys("fr") == keys("en"));
    CHECK(keys("de") == keys("en"));
    CHECK(keys("xx") == keys("en"));
    CHECK(kind_label(SessionKind::fireside_chat, "fr") == "Conversation au coin du feu");
    CHECK(language_name("de", "en") == "German");
    CHECK(language_name("tlh", "en") == "tlh");
}

TEST_CASE("letter paper is asked of the browser", "[programme_html]") {
    ProgrammeRequest req;
    req.paper = Paper::letter;
    const std::string html = programme(req);
    CHECK(has(html, "size: letter;"));
    CHECK_FALSE(has(html, "size: A4"));
}

TEST_CASE("an organizer's own template is used", "[programme_html]") {
    TempDir dir;
    ProgrammeRequest req;
    req.template_path = dir.write(
        "mine.mustache",
        "MINE {{event.title}}|{{#days}}{{long_date}}:{{#sessions}}{{id}},{{/sessions}};{{/days}}");
    req.lang = "fr";
    CHECK(programme(req) ==
          "MINE Le sommet de Tom &amp; Jerry|lundi 10 février 2025:opening,english-only,;"
          "mardi 11 février 2025:day-two,;");

    SpeakersHtmlRequest sreq;
    sreq.template_path = dir.write(
        "names.mustache", "{{#speakers}}{{name}}={{#sessions}}{{id}} {{/sessions}}/{{/speakers}}");
    std::ostringstream out;
    write_speakers_html(event(), sreq, out);
    // By family name; Ada takes part twice and is listed once; Bob's cancelled panel is left out;
    // hosts are named too, as in the programme.
    CHECK(out.str() ==
          "Carol Host=opening /Ada Lovelace=opening day-two /"
          "Bob &quot;Bobby&quot; O&apos;Brien=opening /");
}

TEST_CASE("a missing or broken template is a clear error", "[programme_html]") {
    TempDir dir;
    ProgrammeRequest req;
    req.template_path = dir.path / "nowhere.mustache";
    std::ostringstream out;
    CHECK_THROWS_WITH(write_programme_html(event(), req, out),
                      Catch::Contains("no template") && Catch::Contains("nowhere.mustache"));
    req.template_path = dir.write("broken.mustache", "{{#days}} never closed");
    CHECK_THROWS_AS(write_programme_html(event(), req, out), TemplateError);
    // kainjow's byte offset, as a line and column.
    CHECK_THROWS_WITH(write_programme_html(event(), req, out),
                      Catch::Contains("broken.mustache:1:1: unclosed section \"days\""));
    CHECK(out.str().empty());  // nothing half written
    CHECK_THROWS_WITH(
        find_template("no-such.html.mustache"),
        Catch::Contains("no-such.html.mustache") && Catch::Contains("SUMMITRY_TEMPLATE_DIR"));
}

TEST_CASE("a template nested 20,000 deep is refused at its place, not recursed into",
          "[programme_html][limits]") {
    // It took 16 s and 3.9 GB in kainjow's parser, then crashed (issue 13).
    TempDir dir;
    std::string text = "<h1>{{event.title}}</h1>\n";
    for (int i = 0; i < 20'000; ++i) text += "{{#days}}";
    for (int i = 0; i < 20'000; ++i) text += "{{/days}}";
    ProgrammeRequest req;
    req.template_path = dir.write("deep.mustache", text);
    std::ostringstream out;
    CHECK_THROWS_WITH(write_programme_html(event(), req, out),
                      Catch::Contains("deep.mustache:2:289: sections nest more than 32 deep") &&
                          Catch::Contains("{{#days}}"));
    CHECK(out.str().empty());
}

TEST_CASE("the stock templates are found, and SUMMITRY_TEMPLATE_DIR comes first",
          "[programme_html]") {
    CHECK(find_template("programme.html.mustache") ==
          fs::path(SUMMITRY_SOURCE_DIR) / "templates" / "programme.html.mustache");
    CHECK(fs::is_regular_file(find_template("speakers.html.mustache")));
    TempDir dir;
    dir.write("programme.html.mustache", "from the environment");
    ::setenv("SUMMITRY_TEMPLATE_DIR", dir.path.c_str(), 1);
    const std::string html = programme(Audience::attendees);
    ::unsetenv("SUMMITRY_TEMPLATE_DIR");
    CHECK(html == "from the environment");
}

TEST_CASE("the CSV speaker list has one row per person, their sessions in one field",
          "[programme_html]") {
    std::ostringstream out;
    write_speakers(out, build_speakers(event(), {}), SpeakersFormat::csv);
    const std::string csv = out.str();
    // RFC 4180: CRLF line ends.
    CHECK(csv ==
          "id,name,role,organization,sessions,session_ids\r\n"
          "carol,Carol Host,,,2025-02-10 18:00–18:30 Opening <i>remarks</i> & welcome (host),"
          "opening\r\n"
          "ada,Ada Lovelace,Ambassador,British Embassy,"
          "2025-02-10 18:00–18:30 Opening <i>remarks</i> & welcome; "
          "2025-02-11 11:00–12:00 Second day keynote,opening day-two\r\n"
          "bob,\"Bob \"\"Bobby\"\" O'Brien\",Host <b>bold</b>,,"
          "2025-02-10 18:00–18:30 Opening <i>remarks</i> & welcome (moderator),opening\r\n");
}
