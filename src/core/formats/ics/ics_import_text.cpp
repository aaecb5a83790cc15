// SPDX-License-Identifier: MIT
// The iCalendar importer's first pass, on bytes: what real files get wrong, made right before
// libical sees them. libical 3.0 unfolds and reads most of it, but returns nothing at all for a
// file that ends before END:VCALENDAR, keeps stray carriage returns inside values, passes bytes
// that are not UTF-8 through to the model, and keeps no line numbers.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "diag/quote.h"
#include "formats/ics/ics_import_detail.h"
#include "syntax/text_scan.h"
#include "util/utf8.h"

namespace summitry::ics {

void Report::warn(const std::string& rule, std::uint32_t line, std::string message,
                  std::string hint) {
    auto& [n, first_left_out] = counts_[rule];
    if (++n > cap) {
        if (first_left_out == 0) first_left_out = line;
        return;
    }
    diags_.warning(rule, {0, line, line == 0 ? 0u : 1u}, std::move(message), std::move(hint));
}

void Report::error(const std::string& rule, std::uint32_t line, std::string message,
                   std::string hint) {
    diags_.error(rule, {0, line, line == 0 ? 0u : 1u}, std::move(message), std::move(hint));
}

void Report::finish() {
    // The ImportBuilder's warnings (duplicate-id) come without the count: capped here too. A
    // session left out is never summarised: each is named (formats.h, SkippedSession).
    struct Tally {
        std::size_t total = 0, kept = 0;
        SourceLoc first_left_out;
    };
    std::map<std::string, Tally> tally;
    for (const auto& [rule, c] : counts_)
        if (c.first > cap) tally[rule] = {c.first - cap, 0, {0, c.second, 1}};
    std::erase_if(diags_.items(), [&](const Diagnostic& d) {
        if (d.severity != Severity::warning || d.rule == "session-skipped") return false;
        Tally& t = tally[d.rule];
        ++t.total;
        if (++t.kept <= cap) return false;
        if (t.first_left_out.line == 0 || d.loc.line < t.first_left_out.line)
            t.first_left_out = d.loc;
        return true;
    });
    for (const auto& [rule, t] : tally)
        if (t.total > cap)
            diags_.add(Severity::note, rule, t.first_left_out,
                       "and " + std::to_string(t.total - cap) + " more '" + rule +
                           "' warnings like the ones above, from here on");
}

namespace {

struct Line {
    std::uint32_t number = 0;  // of its first physical line, from 1
    std::string bytes;
};

// Physical lines, then RFC 5545 §3.1 unfolding at the byte level: a continuation is joined
// before anything is decoded, so a UTF-8 sequence that a careless folder cut in two
// ("d\xe2" / " \x80\x99") is whole again. Carriage returns other than the one ending a line
// (JRES writes "\r\r\n") are dropped: no property value may hold one.
std::vector<Line> unfold(std::string_view raw, Report& report) {
    // A file with no LF at all is from a classic Mac: its lines end with CR.
    const char eol = raw.find('\n') != std::string_view::npos ? '\n' : '\r';
    std::vector<Line> out;
    std::size_t stray = 0;
    std::uint32_t first_stray = 0;
    std::uint32_t number = 0;
    std::size_t pos = 0;
    while (pos < raw.size()) {
        std::size_t end = raw.find(eol, pos);
        if (end == std::string_view::npos) end = raw.size();
        std::string_view phys = raw.substr(pos, end - pos);
        pos = end + 1;
        ++number;
        if (eol == '\n' && !phys.empty() && phys.back() == '\r') phys.remove_suffix(1);
        std::string bytes;
        bytes.reserve(phys.size());
        for (char c : phys) {
            if (c != '\r') {
                bytes += c;
            } else if (stray++ == 0) {
                first_stray = number;
            }
        }
        if (bytes.empty()) continue;
        const bool continuation = bytes[0] == ' ' || bytes[0] == '\t';
        if (continuation && !out.empty()) {
            out.back().bytes.append(bytes, 1);
        } else {
            const std::size_t start = continuation ? bytes.find_first_not_of(" \t") : 0;
            if (start == std::string::npos) continue;
            out.push_back({number, bytes.substr(start)});
        }
    }
    if (stray != 0)
        report.warn("ics-encoding", first_stray,
                    std::to_string(stray) + " stray carriage return" + (stray == 1 ? "" : "s") +
                        " (CR not followed by LF) dropped",
                    "lines end with CRLF; a value holds no CR");
    return out;
}

// The length of the valid UTF-8 sequence at s[i], or 0; its code point in `cp`.
std::size_t utf8_length(std::string_view s, std::size_t i, char32_t& cp) {
    const auto [c, n] = decode_utf8(s, i);
    cp = c;
    return n;
}

// Windows-1252, which is what a file labelled ISO-8859-1 almost always is: 0x80-0x9F are
// printable there (€, ’, “, …), control characters in Latin-1. Zero: unassigned.
char32_t cp1252(unsigned char c) {
    static constexpr std::array<char32_t, 32> high = {
        0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017d, 0,      0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
        0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0,      0x017e, 0x0178};
    if (c >= 0x80 && c < 0xa0) return high[c - 0x80];
    return c;
}

// What a character becomes in the model: control characters (other than TAB), which no
// property value may hold, are dropped, and so are the few code points YAML cannot carry in
// an event file (C1 controls, U+FEFF, U+FFFE, U+FFFF).
bool keep(char32_t cp) {
    if (cp == '\t') return true;
    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) return false;
    return cp != 0xfeff && cp != 0xfffe && cp != 0xffff;
}

bool declares_latin(std::string_view line) {
    const std::size_t colon = line.find(':');
    std::string head(line.substr(0, colon));
    for (char& c : head) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (std::string_view name : {"CHARSET=ISO-8859-1", "CHARSET=LATIN1", "CHARSET=LATIN-1",
                                  "CHARSET=WINDOWS-1252", "CHARSET=CP1252"})
        if (head.find(name) != std::string::npos) return true;
    return false;
}

struct Decoding {
    bool whole_file_latin = false;
    std::uint32_t first_line = 0;  // the first line that is not UTF-8
};

// Scans the file: one that has bytes past ASCII but not a single valid UTF-8 sequence of two or
// more bytes was written in a legacy 8-bit encoding, not damaged in transit.
Decoding guess_decoding(const std::vector<Line>& lines) {
    std::size_t multibyte = 0, invalid = 0;
    std::uint32_t first_line = 0;
    for (const Line& l : lines) {
        for (std::size_t i = 0; i < l.bytes.size();) {
            char32_t cp = 0;
            const std::size_t n = utf8_length(l.bytes, i, cp);
            if (n == 0) {
                if (invalid++ == 0) first_line = l.number;
                ++i;
            } else {
                multibyte += n > 1 ? 1 : 0;
                i += n;
            }
        }
    }
    return {invalid != 0 && multibyte == 0, first_line};
}

// The line as valid UTF-8 without control characters. Counts what it changed.
std::string clean(const Line& l, bool latin, std::size_t& replaced, std::size_t& dropped) {
    std::string out;
    out.reserve(l.bytes.size());
    const std::string_view s = l.bytes;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        std::size_t n = latin ? 0 : utf8_length(s, i, cp);
        if (n == 0) {
            const auto c = static_cast<unsigned char>(s[i]);
            n = 1;
            if (c < 0x80) {
                cp = c;
            } else if (latin) {
                cp = cp1252(c);
                if (cp == 0) cp = 0xfffd, ++replaced;
            } else {
                cp = 0xfffd;
                ++replaced;
            }
        }
        i += n;
        if (!keep(cp)) {
            ++dropped;
            continue;
        }
        append_utf8(out, cp);
    }
    return out;
}

bool is_name_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

bool is_name(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_name_char(c)) return false;
    return true;
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trim_blanks(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Properties whose values libical reads as something other than TEXT, and does not unescape.
bool is_text_property(std::string_view upper_name) {
    static constexpr std::array<std::string_view, 30> other = {
        "ATTACH",   "ATTENDEE",     "CALSCALE",      "COMPLETED", "CREATED",   "DTEND",
        "DTSTAMP",  "DTSTART",      "DUE",           "DURATION",  "EXDATE",    "EXRULE",
        "FREEBUSY", "GEO",          "LAST-MODIFIED", "METHOD",    "ORGANIZER", "PERCENT-COMPLETE",
        "PRIORITY", "RDATE",        "RECURRENCE-ID", "REPEAT",    "RRULE",     "SEQUENCE",
        "TRIGGER",  "TZOFFSETFROM", "TZOFFSETTO",    "TZURL",     "URL",       "VERSION"};
    return std::find(other.begin(), other.end(), upper_name) == other.end();
}

// Where the value starts: after the first ':' outside a quoted parameter value
// (ALTREP="http://...").
std::size_t value_start(std::string_view line) {
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"') quoted = !quoted;
        if (line[i] == ':' && !quoted) return i + 1;
    }
    return line.size();
}

// RFC 5545 §3.3.11 escapes \\, \;, \, and \n in TEXT. libical drops a backslash before anything
// else together with the byte after it, which cuts a UTF-8 character ("\’" in JRES) and loses a
// letter ("C:\temp"): such a backslash is doubled, so that the text reads as written.
std::string keep_stray_backslashes(std::string_view rest, std::size_t from) {
    std::string out(rest.substr(0, from));
    out.reserve(rest.size());
    for (std::size_t i = from; i < rest.size(); ++i) {
        out += rest[i];
        if (rest[i] != '\\') continue;
        const char next = i + 1 < rest.size() ? rest[i + 1] : '\0';
        if (next == '\\' || next == ';' || next == ',' || next == 'n' || next == 'N') {
            out += next;
            ++i;
        } else {
            out += '\\';
        }
    }
    return out;
}

// Components nested deeper than this are not a calendar (a VALARM in a VEVENT in a VCALENDAR
// is three); the bound also keeps libical's recursive walks shallow.
constexpr std::size_t max_depth = 12;

// Components a calendar may hold at its top level, whose BEGIN without a BEGIN:VCALENDAR
// before it is read as if that line were there.
bool calendar_child(std::string_view kind) {
    return kind == "VEVENT" || kind == "VTODO" || kind == "VJOURNAL" || kind == "VFREEBUSY" ||
           kind == "VTIMEZONE";
}

// A component's name as libical is given it. libical takes a name that merely begins with one
// it knows for that one ("BEGIN:VEVENT0200116T090000" becomes a VEVENT), so a name that is not
// a component of RFC 5545 (or of its extensions libical reads) is given as an X- component,
// which libical keeps apart, as it is for the import's count of VEVENTs.
std::string component_name(std::string kind) {
    static constexpr std::array<std::string_view, 16> known = {
        "VCALENDAR", "VEVENT",    "VTODO",     "VJOURNAL",      "VFREEBUSY", "VTIMEZONE",
        "STANDARD",  "DAYLIGHT",  "VALARM",    "VAVAILABILITY", "AVAILABLE", "VPOLL",
        "VVOTER",    "VRESOURCE", "VLOCATION", "PARTICIPANT"};
    if (kind.starts_with("X-") || std::find(known.begin(), known.end(), kind) != known.end())
        return kind;
    return "X-" + kind;
}

// Rebuilds the component structure: BEGIN and END balanced, one VCALENDAR around everything,
// each property tagged with its line.
class Builder {
public:
    explicit Builder(Report& report) : report_(report) {}

    bool add(const Line& l, std::string_view line) {
        const std::size_t sep = line.find_first_of(";:");
        if (sep == std::string_view::npos || line.find(':', sep) == std::string_view::npos ||
            !is_name(line.substr(0, sep))) {
            report_.warn("ics-syntax", l.number,
                         "not an iCalendar content line: " + quote(line, 60),
                         "a content line is NAME[;PARAM=VALUE]:VALUE");
            return true;
        }
        const std::string name = upper(line.substr(0, sep));
        if (name == "BEGIN" || name == "END") {
            const std::string written = upper(trim_blanks(line.substr(sep + 1)));
            const std::string kind = component_name(written);
            if (line[sep] != ':' || !is_name(kind)) {
                report_.warn("ics-syntax", l.number, quote(line, 60) + " names no component");
                return true;
            }
            return name == "BEGIN" ? begin(kind, written, l.number) : (end(kind, l.number), true);
        }
        if (skip_ != 0) return true;
        if (stack_.empty()) {
            ++outside_;
            if (first_outside_ == 0) first_outside_ = l.number;
            return true;
        }
        const std::string_view written = line.substr(sep);
        const std::string rest = is_text_property(name)
                                     ? keep_stray_backslashes(written, value_start(written))
                                     : std::string(written);
        out_.text.append(line.substr(0, sep));
        out_.text += ';';
        out_.text += line_parameter;
        out_.text += '=';
        out_.text += std::to_string(l.number);
        out_.text += rest;
        out_.text += "\r\n";
        return true;
    }

    Text finish(std::uint32_t last_line) {
        // stack_[0], when there is one, is the calendar (as written, or supplied).
        while (stack_.size() > 1) {
            report_.warn("ics-syntax", stack_.back().second,
                         "BEGIN:" + stack_.back().first + " has no END: the file ends inside it",
                         "is the file truncated?");
            close_top();
        }
        if (!stack_.empty() && !synthetic_)
            report_.warn("ics-syntax", last_line, "the file ends before END:VCALENDAR",
                         "is the file truncated?");
        stack_.clear();
        if (opened_) out_.text += "END:VCALENDAR\r\n";
        if (outside_ != 0)
            report_.warn("ics-syntax", first_outside_,
                         std::to_string(outside_) + " line" + (outside_ == 1 ? "" : "s") +
                             " outside BEGIN:VCALENDAR ... END:VCALENDAR ignored");
        return std::move(out_);
    }

private:
    // `kind` as libical is given it (component_name()), `written` as the file has it.
    bool begin(const std::string& kind, const std::string& written, std::uint32_t line) {
        if (skip_ != 0) {
            ++skip_;
            if (kind == "VEVENT")
                out_.skipped.push_back({line, "it stands inside BEGIN:" + skip_kind_ + " (line " +
                                                  std::to_string(skip_line_) +
                                                  "), which is not part of a calendar"});
            return true;
        }
        if (stack_.empty()) {
            if (kind == "VCALENDAR") {
                out_.calendar = true;
                if (!opened_) {
                    open_calendar(line);
                } else if (!merged_) {
                    // Two exports concatenated: one calendar, read as such.
                    report_.warn("ics-syntax", line,
                                 "a second VCALENDAR: its events are read with the first's");
                    merged_ = true;
                }
                stack_.emplace_back(kind, line);
                return true;
            }
            if (!calendar_child(kind)) {
                report_.warn("ics-syntax", line,
                             "BEGIN:" + written + " is not part of a calendar: skipped to its END");
                skip_ = 1;
                skip_kind_ = written;
                skip_line_ = line;
                return true;
            }
            out_.calendar = true;
            if (!opened_) {
                report_.warn("ics-syntax", line, "BEGIN:" + kind + " without BEGIN:VCALENDAR",
                             "read as if the calendar's BEGIN were there");
                open_calendar(line);
                synthetic_ = true;
            } else {
                report_.warn("ics-syntax", line, "BEGIN:" + kind + " after END:VCALENDAR",
                             "read as part of the calendar");
            }
            stack_.emplace_back("VCALENDAR", line);
        }
        if (stack_.size() >= max_depth) {
            report_.error("ics-syntax", line,
                          "components nested more than " + std::to_string(max_depth) +
                              " deep: this is not a calendar");
            return false;
        }
        out_.text += "BEGIN:" + kind + "\r\n";
        mark_line(line);
        if (kind == "VEVENT") {
            // libical reads no event inside a time zone (ics_import.cpp, collect()).
            const auto tz = std::find_if(stack_.begin(), stack_.end(),
                                         [](const auto& b) { return b.first == "VTIMEZONE"; });
            if (tz == stack_.end())
                out_.vevents.push_back(line);
            else
                out_.skipped.push_back(
                    {line, "it stands inside the VTIMEZONE of line " + std::to_string(tz->second)});
        }
        stack_.emplace_back(kind, line);
        return true;
    }

    void end(const std::string& kind, std::uint32_t line) {
        if (skip_ != 0) {
            --skip_;
            return;
        }
        std::size_t match = stack_.size();
        while (match > 0 && stack_[match - 1].first != kind) --match;
        if (match == 0) {
            report_.warn("ics-syntax", line,
                         "END:" + kind + " without a BEGIN:" + kind + ": ignored");
            return;
        }
        while (stack_.size() > match) {
            report_.warn("ics-syntax", stack_.back().second,
                         "BEGIN:" + stack_.back().first + " has no END before END:" + kind +
                             " (line " + std::to_string(line) + ")");
            close_top();
        }
        if (stack_.size() == 1) {
            // The calendar's own END is written last, after any calendar that follows it.
            stack_.pop_back();
            return;
        }
        close_top();
    }

    // The source line of the component begun, as a property of its own.
    void mark_line(std::uint32_t line) {
        out_.text += line_parameter;
        out_.text += ':';
        out_.text += std::to_string(line);
        out_.text += "\r\n";
    }

    void open_calendar(std::uint32_t line) {
        opened_ = true;
        out_.text += "BEGIN:VCALENDAR\r\n";
        mark_line(line);
    }

    void close_top() {
        out_.text += "END:" + stack_.back().first + "\r\n";
        stack_.pop_back();
    }

    Report& report_;
    Text out_;
    std::vector<std::pair<std::string, std::uint32_t>> stack_;  // kind, line of its BEGIN
    std::size_t skip_ = 0;   // depth inside a block that is not part of a calendar
    std::string skip_kind_;  // that block's kind and line
    std::uint32_t skip_line_ = 0;
    bool opened_ = false;     // BEGIN:VCALENDAR written
    bool merged_ = false;     // a second VCALENDAR met
    bool synthetic_ = false;  // the file had no BEGIN:VCALENDAR of its own
    std::size_t outside_ = 0;
    std::uint32_t first_outside_ = 0;
};

}  // namespace

Text prepare(std::string_view raw, Report& report) {
    if (raw.starts_with("\xef\xbb\xbf")) raw.remove_prefix(3);  // a UTF-8 byte order mark
    const std::vector<Line> lines = unfold(raw, report);
    const Decoding decoding = guess_decoding(lines);
    if (decoding.whole_file_latin)
        report.warn("ics-encoding", decoding.first_line,
                    "the file is not UTF-8: read as Windows-1252 (Latin-1)",
                    "RFC 5545 files are UTF-8");
    Builder builder(report);
    for (const Line& l : lines) {
        std::size_t replaced = 0, dropped = 0;
        const bool latin = decoding.whole_file_latin || declares_latin(l.bytes);
        const std::string line = clean(l, latin, replaced, dropped);
        if (replaced != 0)
            report.warn("ics-encoding", l.number,
                        std::to_string(replaced) + " byte" + (replaced == 1 ? "" : "s") +
                            " that are not UTF-8 replaced by U+FFFD");
        if (dropped != 0)
            report.warn("ics-encoding", l.number,
                        std::to_string(dropped) + " control character" + (dropped == 1 ? "" : "s") +
                            " dropped");
        if (!builder.add(l, line)) return {};
    }
    return builder.finish(lines.empty() ? 0 : lines.back().number);
}

std::size_t count_vevent_lines(std::string_view raw) {
    // The lines as the format defines them (unfolded, decoded: shared with prepare()), then a
    // match of its own; nothing of the BEGIN/END structure or of libical.
    if (raw.starts_with("\xef\xbb\xbf")) raw.remove_prefix(3);
    Diagnostics ignored;
    Report quiet(ignored);
    const std::vector<Line> lines = unfold(raw, quiet);
    const Decoding decoding = guess_decoding(lines);
    std::size_t n = 0;
    for (const Line& l : lines) {
        std::size_t replaced = 0, dropped = 0;
        const std::string line =
            clean(l, decoding.whole_file_latin || declares_latin(l.bytes), replaced, dropped);
        const std::size_t sep = line.find_first_of(";:");
        if (sep == std::string::npos || line[sep] != ':' || upper(line.substr(0, sep)) != "BEGIN")
            continue;
        if (upper(trim_blanks(std::string_view(line).substr(sep + 1))) == "VEVENT") ++n;
    }
    return n;
}

char* LineFeeder::next(char* out, std::size_t size) {
    if (pos_ >= text_.size() || size < 2) return nullptr;
    if (pos_ >= line_end_) {
        const std::size_t nl = text_.find('\n', pos_);
        line_end_ = nl == std::string_view::npos ? text_.size() : nl + 1;
        searched_ += line_end_ - pos_;
    }
    const std::size_t n = std::min(line_end_ - pos_, size - 1);
    std::memcpy(out, text_.data() + pos_, n);
    out[n] = '\0';
    pos_ += n;
    return out;
}

icalcomponent* parse_calendar(std::string_view text) {
    // What icalparser_parse_string does, with the feeder in place of its line generator.
    LineFeeder feeder(text);
    icalparser* parser = icalparser_new();
    if (parser == nullptr) return nullptr;
    icalparser_set_gen_data(parser, &feeder);
    const icalerrorstate was = icalerror_get_error_state(ICAL_MALFORMEDDATA_ERROR);
    icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, ICAL_ERROR_NONFATAL);
    icalcomponent* root = icalparser_parse(parser, [](char* out, std::size_t size, void* data) {
        return static_cast<LineFeeder*>(data)->next(out, size);
    });
    icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, was);
    icalparser_free(parser);
    return root;
}

std::uint32_t line_of(icalproperty* p) {
    for (icalparameter* a = icalproperty_get_first_parameter(p, ICAL_X_PARAMETER); a != nullptr;
         a = icalproperty_get_next_parameter(p, ICAL_X_PARAMETER)) {
        const char* name = icalparameter_get_xname(a);
        const char* value = icalparameter_get_xvalue(a);
        if (name != nullptr && value != nullptr && name == line_parameter)
            return static_cast<std::uint32_t>(std::strtoul(value, nullptr, 10));
    }
    return 0;
}

std::uint32_t line_of(icalcomponent* c) {
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p != nullptr;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY)) {
        const char* name = icalproperty_get_x_name(p);
        const char* value = icalproperty_get_x(p);
        if (name != nullptr && value != nullptr && name == line_parameter)
            return static_cast<std::uint32_t>(std::strtoul(value, nullptr, 10));
    }
    return 0;
}

}  // namespace summitry::ics
