// SPDX-License-Identifier: MIT
// Issue 13, "Injection into outputs": one escaping function per output language, each tried here
// with hostile text (ESC and CSI sequences, C1 controls, NUL, DEL, CR and LF, bidi overrides,
// formulas, Markdown blocks, markup), and every writer fed an event whose texts hold control
// characters that the loader would have warned about. docs/security.md.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <span>
#include <sstream>
#include <string>
#include <string_view>

#include "diag/format.h"
#include "formats/ics/ics_export.h"
#include "formats/schedule/c3voc_export.h"
#include "formats/schedule/frab_export.h"
#include "io/event_loader.h"
#include "io/event_writer.h"
#include "util/controls.h"
#include "util/csv.h"
#include "util/html.h"
#include "util/json_out.h"
#include "util/markdown.h"
#include "util/terminal.h"
#include "views/agenda.h"
#include "views/agenda_format.h"
#include "views/programme_html.h"
#include "views/speakers.h"

using namespace summitry;
using namespace std::string_literals;

namespace {

// ESC sequences that clear the screen, set the window title and move the cursor; CSI as one C1
// character (U+009B); NUL; DEL; a CR and a LF; a right-to-left override.
const std::string esc_clear = "\x1b[2J\x1b[H";
const std::string osc_title = "\x1b]0;pwned\x07";
const std::string c1_csi =
    "\xc2\x9b"
    "31m";
const std::string rlo = "\xe2\x80\xae";

// Whether `s` holds a C0 control other than those `allowed`, DEL or a C1 control.
bool has_control(std::string_view s, std::string_view allowed = "\t\n") {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && allowed.find(s[i]) == std::string_view::npos) || c == 0x7f) return true;
        if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(s[i + 1]) <= 0x9f)
            return true;
    }
    return false;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Control characters

TEST_CASE("find_control finds C0 but tab and LF, DEL and C1, and nothing else") {
    CHECK(find_control("plain text\twith\ttabs\nand lines") == std::string_view::npos);
    CHECK(find_control("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x8e\x89") == std::string_view::npos);
    CHECK(find_control("\xc2\xa0 no-break space, \xc2\xbb quotes") == std::string_view::npos);
    CHECK(find_control("ab\x1b[2J") == 2);
    CHECK(find_control("a\rb") == 1);
    CHECK(find_control("\0x"s) == 0);
    CHECK(find_control("ab\x7f") == 2);
    CHECK(find_control("x\xc2\x85y") == 1);  // NEL
    CHECK(find_control("x\xc2\x9b") == 1);   // CSI
}

TEST_CASE("drop_controls keeps text, tabs and newlines and drops every other control") {
    CHECK(drop_controls("Key\0note"s) == "Keynote");
    CHECK(drop_controls(esc_clear + "Title") == "[2J[HTitle");
    CHECK(drop_controls("a\rb\r\nc\td\ne\x7f") == "ab\nc\td\ne");
    CHECK(drop_controls("x" + c1_csi + "\xc2\x85y") == "x31my");
    CHECK(drop_controls("Fran\xc3\xa7ois \xc2\xa0\xc2\xbb") == "Fran\xc3\xa7ois \xc2\xa0\xc2\xbb");
    CHECK(drop_controls("\xc2") == "\xc2");  // a cut sequence is not a control
}

// ---------------------------------------------------------------------------------------------
// Terminals and logs

TEST_CASE("terminal_text shows escape sequences instead of sending them") {
    CHECK(terminal_text(esc_clear) == "\\x1b[2J\\x1b[H");
    CHECK(terminal_text(osc_title) == "\\x1b]0;pwned\\x07");
    CHECK(terminal_text(c1_csi) == "\\u009b31m");
    CHECK(terminal_text("a\x7f"
                        "b\0c"s) == "a\\x7fb\\x00c");
    CHECK(terminal_text("\xc2\x85") == "\\u0085");
}

TEST_CASE("terminal_text keeps one message on one line") {
    const std::string forged = "x'\n/ok.yaml: 0 sessions, 0 errors\r";
    const std::string shown = terminal_text(forged);
    CHECK(shown == "x'\\n/ok.yaml: 0 sessions, 0 errors\\r");
    CHECK(shown.find('\n') == std::string::npos);
    CHECK(terminal_text("two\nlines\r\n", LineBreaks::space) == "two lines  ");
    CHECK(terminal_text("two\nlines\r\x1b", LineBreaks::keep) == "two\nlines\\r\\x1b");
}

TEST_CASE("terminal_text shows bidi overrides and bytes that are not UTF-8") {
    CHECK(terminal_text("admin" + rlo + "txt.exe") == "admin\\u202etxt.exe");
    CHECK(terminal_text("\xe2\x81\xa6x\xe2\x81\xa9") == "\\u2066x\\u2069");
    CHECK(terminal_text("8-bit CSI \x9b"
                        "2J \xff") == "8-bit CSI \\x9b2J \\xff");
    // Other scripts, marks and symbols are text.
    const std::string kept =
        "Caf\xc3\xa9 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xe2\x80\x8f \xf0\x9f\x8e\x89\t!";
    CHECK(terminal_text(kept) == kept);
}

TEST_CASE("text diagnostics are one line each, escaped; JSON diagnostics are exact") {
    SourceFiles files;
    files.add("events/\x1b[31mred.yaml");
    Diagnostics diags;
    const std::string message = "no person has the id 'x\n/ci.yaml: 0 errors" + esc_clear + "'";
    diags.error("unknown-reference", {0, 3, 5}, message, "did you\rmean " + rlo + "'y'?");
    diags.warning("bad-value", {0, 4, 1}, "'title' holds" + c1_csi);
    std::ostringstream text;
    write_diagnostics_text(text, diags, files);
    const std::string out = text.str();
    CHECK(std::count(out.begin(), out.end(), '\n') == 2);
    CHECK_FALSE(has_control(out));
    CHECK(out.find("\xe2\x80\xae") == std::string::npos);
    CHECK(out.find("events/\\x1b[31mred.yaml:3:5: error: no person has the id 'x\\n/ci.yaml: 0 "
                   "errors\\x1b[2J") == 0);
    CHECK(out.find("\\u009b31m") != std::string::npos);

    std::ostringstream json;
    const DiagnosticSet set{&diags, &files};
    write_diagnostics_json(json, std::span(&set, 1));
    CHECK_FALSE(has_control(json.str()));
    CHECK(json.str().find("\\u001b[2J") != std::string::npos);
    CHECK(json.str().find("\\u009b31m") != std::string::npos);
    const auto back = nlohmann::json::parse(json.str());
    CHECK(back[0]["message"] == message);
    CHECK(back[0]["file"] == "events/\x1b[31mred.yaml");
    CHECK(back[1]["message"] == "'title' holds" + c1_csi);
}

// ---------------------------------------------------------------------------------------------
// CSV

TEST_CASE("csv_field neutralises all six of OWASP's formula starts") {
    for (const std::string s : {"=1+1", "+1+1", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd"}) {
        INFO(s);
        const std::string f = csv_field(s);
        REQUIRE(f.size() >= 3);
        CHECK(f.substr(0, 2) == "\"'");
        CHECK(f.back() == '"');
    }
    CHECK(csv_field("-2+3") == "\"'-2+3\"");
    CHECK(csv_field("\t=cmd") == "\"'\t=cmd\"");
    CHECK(csv_field("\r=cmd") == "\"'=cmd\"");    // the CR dropped, still neutralised
    CHECK(csv_field("\x1b=cmd") == "\"'=cmd\"");  // what is left after a control
    CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
}

TEST_CASE("csv_field quotes what RFC 4180 needs and nothing else") {
    CHECK(csv_field("Ada Lovelace") == "Ada Lovelace");
    CHECK(csv_field("2025-02-10") == "2025-02-10");
    CHECK(csv_field("a, b") == "\"a, b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("a\0b\x7f"
                    "c"s) == "abc");
    CHECK(csv_field("x=1") == "x=1");  // only a leading one is a formula
    std::ostringstream row;
    write_csv_row(row, {"id", "-1", "a,b"});
    CHECK(row.str() == "id,\"'-1\",\"a,b\"\r\n");
}

// ---------------------------------------------------------------------------------------------
// Markdown

TEST_CASE("markdown_text turns every line break into a space") {
    for (const std::string brk :
         {"\n", "\r", "\r\n", "\v", "\f", "\xc2\x85", "\xe2\x80\xa8", "\xe2\x80\xa9"}) {
        INFO(terminal_text(brk));
        const std::string out = markdown_text("Panel" + brk + "# Injected" + brk + "- item");
        CHECK(out == (brk == "\r\n" ? "Panel  \\# Injected  - item" : "Panel \\# Injected - item"));
    }
}

TEST_CASE("markdown_text never starts a block") {
    CHECK(markdown_text("- item") == "\\- item");
    CHECK(markdown_text("+ item") == "\\+ item");
    CHECK(markdown_text("===") == "\\===");
    CHECK(markdown_text("---") == "\\---");
    CHECK(markdown_text("1. first") == "1\\. first");
    CHECK(markdown_text("2025) year") == "2025\\) year");
    CHECK(markdown_text("    indented code") == "indented code");
    CHECK(markdown_text("> quote") == "\\> quote");
    CHECK(markdown_text("# heading") == "\\# heading");
    CHECK(markdown_text("```js") == "\\`\\`\\`js");
    CHECK(markdown_text("~~~") == "\\~\\~\\~");
    CHECK(markdown_text("Ada - Bob") == "Ada - Bob");  // inside a line a dash is text
    CHECK(markdown_text("1984") == "1984");
}

TEST_CASE("markdown_text escapes inline markup, links and HTML") {
    CHECK(markdown_text("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
    CHECK(markdown_text("[click](javascript:alert(1))") == "\\[click\\](javascript:alert(1))");
    CHECK(markdown_text("![img](x)") == "\\!\\[img\\](x)");
    CHECK(markdown_text("*bold* _em_ `code` | cell") == "\\*bold\\* \\_em\\_ \\`code\\` \\| cell");
    CHECK(markdown_text("&lt; \\") == "\\&lt; \\\\");
    CHECK(markdown_text("a\x1b[2Jb\0c"s) == "a\\[2Jbc");
}

// ---------------------------------------------------------------------------------------------
// iCalendar TEXT

TEST_CASE("ics_escape_text escapes TEXT's specials and drops controls") {
    CHECK(ics_escape_text("a\\b;c,d") == "a\\\\b\\;c\\,d");
    CHECK(ics_escape_text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
    CHECK(ics_escape_text("x\r\nEND:VEVENT\r\nBEGIN:VEVENT") == "x\\nEND:VEVENT\\nBEGIN:VEVENT");
    CHECK(ics_escape_text("Key\x7fnote" + esc_clear + c1_csi + "\x01") == "Keynote[2J[H31m");
    CHECK(ics_escape_text("tab\there") == "tab\there");
}

// ---------------------------------------------------------------------------------------------
// HTML

TEST_CASE("html_text escapes markup and drops controls") {
    CHECK(html_text("<img src=x onerror=\"alert('1')\">&") ==
          "&lt;img src=x onerror=&quot;alert(&apos;1&apos;)&quot;&gt;&amp;");
    CHECK(html_text("a\0b\x1b"
                    "c\xc2\x9b"
                    "d"s) == "abcd");
    CHECK(html_text("Fran\xc3\xa7ois\nline") == "Fran\xc3\xa7ois\nline");
}

// ---------------------------------------------------------------------------------------------
// JSON

TEST_CASE("write_json writes invisible characters as \\u escapes and reads back the same") {
    const std::string s = "a" + esc_clear + c1_csi + "\x7f" + rlo + "\xe2\x81\xa6" + "\xc3\xa9";
    nlohmann::json j = {{"title", s}, {"list", {s}}};
    std::ostringstream out;
    write_json(out, j, JsonText::exact);
    const std::string text = out.str();
    CHECK_FALSE(has_control(text, "\n"));
    CHECK(text.find("\xe2\x80\xae") == std::string::npos);
    for (const char* escape : {"\\u001b", "\\u009b", "\\u007f", "\\u202e", "\\u2066"})
        CHECK(text.find(escape) != std::string::npos);
    CHECK(text.find("\xc3\xa9") != std::string::npos);  // letters stay letters
    CHECK(nlohmann::json::parse(text) == j);
}

TEST_CASE("write_json for exports drops control characters, in keys too") {
    nlohmann::ordered_json j;
    j["t\x1bitle"] = "Key\0note\x7f"s + c1_csi;
    j["n"] = 3;
    j["a"] = {"x\ry", nullptr, true};
    std::ostringstream out;
    write_json(out, j, JsonText::drop_controls);
    const auto back = nlohmann::ordered_json::parse(out.str());
    CHECK(back["title"] == "Keynote31m");
    CHECK(back["n"] == 3);
    CHECK(back["a"][0] == "xy");
    CHECK(back["a"][1].is_null());
    CHECK(out.str().find("\\u") == std::string::npos);
}

TEST_CASE("write_json replaces bytes that are not UTF-8") {
    std::ostringstream out;
    write_json(out,
               nlohmann::json("a\xff\x9b"
                              "b"),
               JsonText::exact);
    CHECK_FALSE(has_control(out.str(), "\n"));
    CHECK(nlohmann::json::parse(out.str()) ==
          "a\xef\xbf\xbd\xef\xbf\xbd"
          "b");
}

// ---------------------------------------------------------------------------------------------
// XML: what pugixml does with controls, and why frab_export.cpp cleans text first

TEST_CASE("pugixml writes C0 controls as character references XML 1.0 refuses, unless skipped") {
    pugi::xml_document doc;
    doc.append_child("t").text().set(
        "a\x1b"
        "b");
    std::ostringstream plain, skipped;
    doc.save(plain, "", pugi::format_raw);
    doc.save(skipped, "", pugi::format_raw | pugi::format_skip_control_chars);
    CHECK(plain.str().find("&#27;") != std::string::npos);
    CHECK(skipped.str().find("<t>ab</t>") != std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// Every writer, given texts that hold control characters (a model not from the loader: an
// import, a test, a future caller)

namespace {

const std::string event_yaml = R"(summitry: 1
event:
  id: hostile
  title: Summit
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
organizations:
  - {id: acme, name: Acme}
people:
  - {id: ada, name: Ada Lovelace, role: Chair, affiliation: acme}
venues:
  - id: embassy
    name: Embassy
    rooms:
      - {id: ballroom, name: Ballroom}
tracks:
  - {id: policy, name: Policy}
sessions:
  - id: keynote
    title: Keynote
    kind: keynote
    track: policy
    room: ballroom
    start: 2025-02-10 09:00
    duration: 45min
    speakers: [ada]
    abstract: Why.
)";

Event hostile_event() {
    LoadResult r = load_event_text(event_yaml, "hostile.yaml");
    REQUIRE_FALSE(r.diagnostics.has_errors());
    Event ev = std::move(r.event);
    ev.info.title = Text("Sum\x7fmit\x01" + esc_clear);
    ev.sessions[0].title = Text("Key\0note (the end)\r\n- injected\x1b]0;t\x07"s + c1_csi);
    ev.sessions[0].abstract = Text("Why" + osc_title + "\0 not"s);
    ev.people[0].name = "-Ada\x1b[8m Lovelace\x7f";
    ev.tracks[0].name = Text("=Pol\x0bicy");
    ev.rooms[0].name = Text("Ball\x0croom");
    return ev;
}

}  // namespace

TEST_CASE("every writer leaves control characters out") {
    const Event ev = hostile_event();
    ExportRequest req;
    req.now = Instant{std::chrono::seconds{1'700'000'000}};

    SECTION("iCalendar: the SUMMARY is whole after a NUL, the calendar name clean") {
        std::ostringstream out;
        export_ics(ev, req, out);
        const std::string ics = out.str();
        CHECK_FALSE(has_control(ics, "\r\n"));
        CHECK(ics.find("SUMMARY:Keynote (the end)\\n- injected]0\\;t31m\r\n") != std::string::npos);
        CHECK(ics.find("X-WR-CALNAME:Summit[2J[H\r\n") != std::string::npos);
        CHECK(ics.find("\r\n- injected") == std::string::npos);
    }
    SECTION("frab XML parses and holds the whole title") {
        std::ostringstream out;
        export_frab(ev, req, out);
        CHECK_FALSE(has_control(out.str(), "\n"));
        pugi::xml_document doc;
        REQUIRE(doc.load_string(out.str().c_str()));
        CHECK(std::string(doc.select_node("//event/title").node().text().get()) ==
              "Keynote (the end)\n- injected]0;t31m");
        CHECK(std::string(doc.select_node("//person").node().text().get()) == "-Ada[8m Lovelace");
    }
    SECTION("c3voc JSON") {
        std::ostringstream out;
        export_c3voc_json(ev, req, out);
        CHECK_FALSE(has_control(out.str(), "\n"));
        CHECK(out.str().find("\\u") == std::string::npos);
        CHECK(nlohmann::json::parse(out.str()).dump().find("Keynote (the end)") !=
              std::string::npos);
    }
    SECTION("agendas: text escaped, Markdown, CSV and JSON without them") {
        const Agenda agenda = build_agenda(ev, {});
        for (const AgendaFormat f :
             {AgendaFormat::text, AgendaFormat::markdown, AgendaFormat::csv, AgendaFormat::json}) {
            std::ostringstream out;
            write_agenda(out, agenda, f);
            INFO(out.str());
            CHECK_FALSE(has_control(out.str(), f == AgendaFormat::csv ? "\r\n" : "\n"));
            CHECK(out.str().find("\xe2\x80\xae") == std::string::npos);
        }
        std::ostringstream text;
        write_agenda(text, agenda, AgendaFormat::text);
        CHECK(text.str().find("Key\\x00note (the end)  - injected\\x1b]0;t\\x07\\u009b31m") !=
              std::string::npos);
        std::ostringstream md;
        write_agenda(md, agenda, AgendaFormat::markdown);
        CHECK(md.str().find("- **09:00–09:45** Keynote (the end)  - injected\\]0;t31m *(") !=
              std::string::npos);
    }
    SECTION("speakers: text escaped, CSV and JSON without them") {
        const auto speakers = build_speakers(ev, {});
        for (const SpeakersFormat f :
             {SpeakersFormat::text, SpeakersFormat::csv, SpeakersFormat::json}) {
            std::ostringstream out;
            write_speakers(out, speakers, f);
            INFO(out.str());
            CHECK_FALSE(has_control(out.str(), f == SpeakersFormat::csv ? "\r\n" : "\n"));
        }
        std::ostringstream csv;
        write_speakers(csv, speakers, SpeakersFormat::csv);
        CHECK(csv.str().find("\"'-Ada[8m Lovelace\"") != std::string::npos);
    }
    SECTION("HTML programme") {
        std::ostringstream out;
        ProgrammeRequest p;
        p.now = req.now;
        write_programme_html(ev, p, out);
        CHECK_FALSE(has_control(out.str(), "\n"));
        CHECK(out.str().find("Keynote (the end)") != std::string::npos);
    }
}

TEST_CASE("the event writer escapes controls, C1 ones too, so that the file reads back") {
    Event ev = hostile_event();
    std::ostringstream out;
    write_event_yaml(out, ev, {});
    CHECK_FALSE(has_control(out.str(), "\n"));
    const LoadResult back = load_event_text(out.str(), "back.yaml");
    CHECK_FALSE(back.diagnostics.has_errors());
    REQUIRE(back.event.sessions.size() == 1);
    CHECK(back.event.sessions[0].title.get("") == ev.sessions[0].title.get(""));
    CHECK(back.event.people[0].name == ev.people[0].name);
}

TEST_CASE("an import's header comment cannot start YAML content with a CR") {
    WriteOptions w;
    w.header_comment = "Imported from evil\rsessions: [oops].ics";
    std::ostringstream out;
    write_event_yaml(out, hostile_event(), w);
    CHECK(out.str().find("# Imported from evilsessions: [oops].ics\n") == 0);
}
