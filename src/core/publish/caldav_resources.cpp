// SPDX-License-Identifier: MIT
#include "publish/caldav_resources.h"

#include <sstream>
#include <stdexcept>
#include <utility>

#include "formats/ics/ics_export.h"
#include "model/selection.h"
#include "util/uuid.h"

namespace summitry::publish {

namespace {

// One content line of the export as written (its folds and CRLFs kept, so that a resource holds
// the very bytes `export ics` writes) and unfolded (to read its name and parameters).
struct ContentLine {
    std::string raw;
    std::string text;
};

std::vector<ContentLine> content_lines(std::string_view ics) {
    std::vector<ContentLine> out;
    std::size_t at = 0;
    while (at < ics.size()) {
        // CRLF as RFC 5545 says; a bare LF too, as some servers write.
        std::size_t end = ics.find('\n', at);
        end = end == std::string_view::npos ? ics.size() : end + 1;
        const std::string_view physical = ics.substr(at, end - at);
        std::string_view bare = physical;
        while (!bare.empty() && (bare.back() == '\n' || bare.back() == '\r')) bare.remove_suffix(1);
        if (!out.empty() && !bare.empty() && (bare[0] == ' ' || bare[0] == '\t')) {
            out.back().raw += physical;
            out.back().text += bare.substr(1);
        } else {
            out.push_back({std::string(physical), std::string(bare)});
        }
        at = end;
    }
    return out;
}

// The property name of a content line, upper-case as the export writes it: "DTSTART".
std::string_view name_of(std::string_view line) {
    return line.substr(0, line.find_first_of(";:"));
}

// The value of parameter `param` of a content line ("TZID"), quotes removed; empty if none.
std::string parameter(std::string_view line, std::string_view param) {
    const std::size_t colon = line.find(':');
    std::string_view head = line.substr(0, colon);
    std::size_t at = head.find(';');
    while (at != std::string_view::npos) {
        const std::size_t next = head.find(';', at + 1);
        std::string_view p =
            head.substr(at + 1, next == std::string_view::npos ? next : next - at - 1);
        if (p.starts_with(param) && p.size() > param.size() && p[param.size()] == '=') {
            p.remove_prefix(param.size() + 1);
            if (p.size() >= 2 && p.front() == '"' && p.back() == '"') p = p.substr(1, p.size() - 2);
            return std::string(p);
        }
        at = next;
    }
    return {};
}

std::string value_of(std::string_view line) {
    const std::size_t colon = line.find(':');
    return colon == std::string_view::npos ? std::string() : std::string(line.substr(colon + 1));
}

// RFC 5545 §3.3.11 backwards: \\ \; \, \n \N.
std::string unescaped(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        const char c = s[++i];
        out += c == 'n' || c == 'N' ? '\n' : c;
    }
    return out;
}

// A component of the calendar at the top level: its lines and what the split needs of it.
struct Block {
    std::string kind;  // VEVENT, VTIMEZONE
    std::string raw;
    std::string tzid;               // a VTIMEZONE's
    std::vector<std::string> uses;  // the TZIDs a VEVENT's times name
};

struct Split {
    // The calendar's own properties but METHOD, which RFC 4791 forbids in a collection, and the
    // calendar's name and zone (X-WR-CALNAME, X-WR-TIMEZONE), which are the collection's
    // (its displayname): a resource is the same whatever selection it was published with.
    std::string header;
    std::vector<Block> blocks;
};

Split split(std::string_view ics) {
    Split out;
    int depth = 0;
    for (const ContentLine& line : content_lines(ics)) {
        const std::string_view name = name_of(line.text);
        if (name == "BEGIN") {
            ++depth;
            if (depth == 2) out.blocks.push_back({value_of(line.text), {}, {}, {}});
        }
        if (depth >= 2) {
            Block& b = out.blocks.back();
            b.raw += line.raw;
            if (depth == 2 && b.kind == "VTIMEZONE" && name == "TZID") b.tzid = value_of(line.text);
            if (depth == 2 && b.kind == "VEVENT")
                if (std::string tz = parameter(line.text, "TZID"); !tz.empty())
                    b.uses.push_back(std::move(tz));
        } else if (depth == 1 && name != "BEGIN" && name != "END" && name != "METHOD" &&
                   !name.starts_with("X-WR-")) {
            out.header += line.raw;
        }
        if (name == "END") --depth;
    }
    if (depth != 0) throw std::logic_error("the iCalendar export's components do not nest");
    return out;
}

}  // namespace

std::string path_segment(std::string_view s) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(s.size());
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                c == '~';
        if (unreserved) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    // "." and ".." are segments of their own in a path (RFC 3986 §5.2.4) even unencoded.
    if (out == "." || out == "..") out = out == "." ? "%2E" : "%2E%2E";
    return out;
}

std::string percent_decoded(std::string_view s) {
    const auto digit = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && digit(s[i + 1]) >= 0 && digit(s[i + 2]) >= 0) {
            out += static_cast<char>(digit(s[i + 1]) * 16 + digit(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string resource_name(std::string_view uid) {
    constexpr std::size_t max_name = 200;  // servers keep resources as files: 255 bytes at most
    std::string name = std::string(uid) + ".ics";
    if (path_segment(name).size() > max_name)
        name = uuid5(summitry_namespace(), "caldav-name/" + std::string(uid)).str() + ".ics";
    return name;
}

std::string calendar_uid(std::string_view ics) {
    int depth = 0;
    for (const ContentLine& line : content_lines(ics)) {
        const std::string_view name = name_of(line.text);
        if (name == "BEGIN") ++depth;
        if (name == "END") --depth;
        // Property names are case-insensitive (RFC 5545 §2); another server may write "uid".
        if (depth == 2 && name.size() == 3 && (name[0] | 0x20) == 'u' && (name[1] | 0x20) == 'i' &&
            (name[2] | 0x20) == 'd')
            return unescaped(value_of(line.text));
    }
    return {};
}

std::string body_digest(std::string_view body) {
    std::string kept;
    kept.reserve(body.size());
    for (const ContentLine& line : content_lines(body))
        if (name_of(line.text) != "DTSTAMP") kept += line.raw;
    return uuid5(summitry_namespace(), "caldav-body/" + kept).str();
}

std::vector<CalendarResource> calendar_resources(const Event& event, const ExportRequest& request,
                                                 ExportWarnings& warnings) {
    ExportRequest req = request;
    req.include_private = false;  // a CalDAV collection is for subscribers
    std::ostringstream text;
    warnings = export_ics(event, req, text);

    // The export writes the sessions in select_sessions' order: its VEVENTs are those sessions.
    std::vector<Index> sessions;
    for (const SelectedDay& day : select_sessions(event, req, false).days)
        sessions.insert(sessions.end(), day.sessions.begin(), day.sessions.end());

    const Split parts = split(text.str());
    std::vector<const Block*> zones;
    std::vector<const Block*> events;
    for (const Block& b : parts.blocks) (b.kind == "VTIMEZONE" ? zones : events).push_back(&b);
    if (events.size() != sessions.size())
        throw std::logic_error("the iCalendar export wrote " + std::to_string(events.size()) +
                               " events for " + std::to_string(sessions.size()) + " sessions");

    std::vector<CalendarResource> out;
    out.reserve(sessions.size());
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const Session& s = event.sessions[static_cast<std::size_t>(sessions[i])];
        CalendarResource r;
        r.session = sessions[i];
        r.uid = s.id + "@" + event.info.id + ".summitry";
        r.name = resource_name(r.uid);
        if (calendar_uid("BEGIN:VCALENDAR\r\n" + events[i]->raw) != r.uid)
            throw std::logic_error("the iCalendar export's events are not in the agenda's order");
        r.body = "BEGIN:VCALENDAR\r\n" + parts.header;
        for (const Block* z : zones)
            for (const std::string& tz : events[i]->uses)
                if (tz == z->tzid) {
                    r.body += z->raw;
                    break;
                }
        r.body += events[i]->raw;
        r.body += "END:VCALENDAR\r\n";
        r.digest = body_digest(r.body);
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace summitry::publish
