// SPDX-License-Identifier: MIT
// The site's pages (site/site.h): file names no id can turn into a path, the words of every
// language, nothing private, every value escaped, texts in another language marked, the same
// bytes for the same event, and requests refused before anything is made.
#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "io/event_loader.h"
#include "site/site.h"
#include "site/site_page.h"
#include "site/site_words.h"
#include "views/html_words.h"

using namespace summitry;

namespace {

const char* const hostile = R"yaml(summitry: 1
x-secret: XSECRET-TOP
event:
  id: hostile
  title: {en: "Fair <script>alert(1)</script>", fr: "Foire"}
  timezone: Europe/Paris
  start_date: 2025-03-01
  end_date: 2025-03-01
  languages: [en, fr]
people:
  - id: alice
    name: "Alice <b>bold</b>"
    email: alice-secret@example.org
    phone: "+33 1 99 99 99 99"
    x-note: XSECRET-PERSON
  - id: bob
    name: Bob Only-Private
venues:
  - id: hall
    name: Hall
    rooms:
      - id: main
        name: Main
tracks:
  - id: t1
    name: One
    color: "#aa0000"
sessions:
  - id: open
    title: {en: "Opening \"><script>alert(2)</script>"}
    room: hall/main
    track: t1
    start: 2025-03-01 09:00
    duration: 30min
    speakers: [alice]
    url: "javascript:alert(3)"
    x-secret: XSECRET-SESSION
  - id: secret-meeting
    title: SECRET-MEETING
    room: hall/main
    start: 2025-03-01 10:00
    duration: 30min
    hosts: [bob]
    public: false
)yaml";

const Event& event() {
    static const LoadResult r = [] {
        LoadResult loaded = load_event_text(hostile, "hostile.yaml");
        REQUIRE_FALSE(loaded.diagnostics.has_errors());
        return loaded;
    }();
    return r.event;
}

std::map<std::string, std::string> files(const Site& site) {
    std::map<std::string, std::string> out;
    for (const auto& f : site.files) out[f.path] = f.content;
    return out;
}

SiteRequest request() {
    SiteRequest r;
    r.now = Instant{date::sys_days{date::year{2025} / 1 / 1}};
    return r;
}

}  // namespace

TEST_CASE("a page's file name is its id, or the id made safe with a digest after it") {
    Event ev;
    for (const char* id : {"plain-id_1", "Plain-ID_1", "../etc/passwd", "a.b", "a_b"}) {
        Session s;
        s.id = id;
        ev.sessions.push_back(s);
    }
    const auto names = site_detail::site_names(ev).sessions;
    CHECK(names[0] == "plain-id_1");
    // The same id but for case would clash on a file system that ignores case.
    CHECK(names[1] != "Plain-ID_1");
    CHECK(names[1].starts_with("Plain-ID_1-"));
    CHECK(names[2].find('/') == std::string::npos);
    CHECK(names[2].find("..") == std::string::npos);
    CHECK(names[3].starts_with("a_b-"));
    CHECK(names[4] == "a_b");
    CHECK(names[3] != names[4]);
    // The same event gives the same names.
    CHECK(site_detail::site_names(ev).sessions == names);
}

TEST_CASE("every language's words have the same keys as English, and none the programme has") {
    const auto& en = site_words("en");
    for (const char* lang : {"fr", "de"}) {
        const auto& other = site_words(lang);
        REQUIRE(other.size() == en.size());
        for (std::size_t i = 0; i < en.size(); ++i) CHECK(other[i].first == en[i].first);
    }
    for (const auto& [key, word] : en)
        for (const auto& [k, w] : html_labels("en")) CHECK(key != k);
    CHECK(site_word("fr", "changes") == "Modifications");
    CHECK(site_word("de", "speakers") == "Mitwirkende");
    CHECK(site_word("xx", "search") == "Search");
}

TEST_CASE("the site holds nothing private and escapes every value") {
    const Site site = build_site(event(), request());
    const auto all = files(site);
    REQUIRE(all.contains("en/index.html"));
    REQUIRE(all.contains("en/sessions/open.html"));
    CHECK_FALSE(all.contains("en/sessions/secret-meeting.html"));
    CHECK_FALSE(all.contains("en/people/bob.html"));
    for (const auto& [path, content] : all) {
        INFO(path);
        for (const char* secret : {"SECRET-MEETING", "secret-meeting", "alice-secret", "99 99 99",
                                   "Only-Private", "XSECRET"})
            CHECK(content.find(secret) == std::string::npos);
        if (path.ends_with(".html")) {
            CHECK(content.find("<script>alert") == std::string::npos);
            CHECK(content.find("<b>bold") == std::string::npos);
            CHECK(content.find("javascript:") == std::string::npos);
        }
    }
    const std::string& page = all.at("en/sessions/open.html");
    CHECK(page.find("Opening &quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;") !=
          std::string::npos);
    CHECK(page.find("Alice &lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
    CHECK(page.find("Content-Security-Policy") != std::string::npos);
}

TEST_CASE("a text in another language than the page's is marked with its language") {
    const auto all = files(build_site(event(), request()));
    // The session's title exists in English only: the French page says so.
    CHECK(all.at("fr/sessions/open.html").find("<h1 lang=\"en\">Opening") != std::string::npos);
    CHECK(all.at("en/sessions/open.html").find("<h1>Opening") != std::string::npos);
    CHECK(all.at("fr/index.html").find("<html lang=\"fr\">") != std::string::npos);
}

TEST_CASE("the same event gives the same bytes, whatever the clock") {
    SiteRequest a = request(), b = request();
    const Site one = build_site(event(), a);
    const Site two = build_site(event(), b);
    REQUIRE(one.files.size() == two.files.size());
    for (std::size_t i = 0; i < one.files.size(); ++i) {
        CHECK(one.files[i].path == two.files[i].path);
        CHECK(one.files[i].content == two.files[i].content);
    }
    // Only the calendars carry the time given (DTSTAMP); no page does.
    b.now += Seconds{3600};
    const auto later = files(build_site(event(), b));
    for (const auto& [path, content] : files(one)) {
        INFO(path);
        if (path.ends_with(".ics") || path.ends_with(".xml") || path.ends_with(".json")) continue;
        CHECK(later.at(path) == content);
    }
}

TEST_CASE("calendars and schedules sit next to the pages, with webcal links given a base URL") {
    SiteRequest r = request();
    r.base_url = "https://example.org/fair";
    const auto all = files(build_site(event(), r));
    for (const char* f : {"en/event.ics", "en/people/alice.ics", "en/rooms/main.ics",
                          "en/tracks/t1.ics", "en/schedule.xml", "en/schedule.json"})
        CHECK(all.contains(f));
    CHECK(all.at("en/people/alice.html").find("webcal://example.org/fair/en/people/alice.ics") !=
          std::string::npos);
    CHECK(all.at("en/event.ics").find("SECRET") == std::string::npos);
    CHECK(all.at("assets/tracks.css").find(".t-t1 { --track: #aa0000; }") != std::string::npos);
}

TEST_CASE("a request the site cannot honour is refused") {
    SiteRequest r = request();
    r.base_url = "javascript:alert(1)";
    CHECK_THROWS_AS(build_site(event(), r), SiteError);
    r = request();
    r.languages = {"de"};
    CHECK_THROWS_WITH(build_site(event(), r), Catch::Contains("no language 'de'"));
    r = request();
    r.languages = {"fr"};
    const auto all = files(build_site(event(), r));
    CHECK(all.contains("fr/index.html"));
    CHECK_FALSE(all.contains("en/index.html"));
}
