// SPDX-License-Identifier: MIT
#include "formats/ics/ics_lines.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/ics/ics_export.h"
#include "util/controls.h"
#include "util/csv.h"

namespace summitry::ics_detail {

namespace {

constexpr std::size_t max_line_octets = 75;  // RFC 5545 §3.1, the CRLF not counted

// A string a libical *_r function allocated for its caller.
std::string take(char* s) {
    if (s == nullptr) return {};
    std::string out(s);
    icalmemory_free_buffer(s);
    return out;
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

}  // namespace

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

// The CATEGORIES of a component (one property a value in the tree) become one line,
// "CATEGORIES:a,b", the form every calendar program reads.
void write_properties(std::ostream& out, icalcomponent* c) {
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
}

void write_component(std::ostream& out, icalcomponent* c) {
    const std::string kind = icalcomponent_kind_to_string(icalcomponent_isa(c));
    write_content_line(out, "BEGIN:" + kind);
    write_properties(out, c);
    std::vector<icalcomponent*> children;
    for (icalcomponent* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k != nullptr;
         k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        children.push_back(k);  // the recursion would move c's iterator
    for (icalcomponent* k : children) write_component(out, k);
    write_content_line(out, "END:" + kind);
}

}  // namespace summitry::ics_detail

namespace summitry {

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

}  // namespace summitry
