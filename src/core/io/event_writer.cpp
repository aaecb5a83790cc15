// SPDX-License-Identifier: MIT
#include "io/event_writer.h"

#include <cctype>
#include <cstdio>

#include "syntax/yaml_tree.h"
#include "util/controls.h"

namespace summitry {

namespace {

bool plain_is_safe(std::string_view s) {
    if (s.empty() || s.size() > 200) return false;
    if (s.front() == ' ' || s.back() == ' ') return false;
    static constexpr std::string_view bad_first = "-?:,[]{}#&*!|>'\"%@`";
    if (bad_first.find(s.front()) != std::string_view::npos) return false;
    if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos)
        return false;
    if (s.back() == ':') return false;
    if (find_control(s) != std::string_view::npos ||
        s.find_first_of("\t\n") != std::string_view::npos)
        return false;
    for (char c : s) {
        // Flow context; yaml-cpp also takes a '?' inside a flow item for a key indicator.
        if (c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == '?') return false;
    }
    std::string lower(s);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view word : {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"})
        if (lower == word) return false;
    // Numbers stay text only when quoted, for other YAML readers.
    if (lower.find_first_not_of("0123456789.+-e_") == std::string::npos) return false;
    return true;
}

class Writer {
public:
    Writer(std::ostream& out, const Event& ev) : out_(out), ev_(ev) {}

    void run(const WriteOptions& options) {
        if (!options.header_comment.empty()) {
            std::size_t start = 0;
            while (start <= options.header_comment.size()) {
                const auto end = options.header_comment.find('\n', start);
                // A CR would end the comment for a YAML reader and start content (the comment
                // names the imported file, whose name the user does not always choose).
                const auto line = drop_controls(options.header_comment.substr(start, end - start));
                out_ << "#" << (line.empty() ? "" : " ") << line << '\n';
                if (end == std::string::npos) break;
                start = end + 1;
            }
            out_ << '\n';
        }
        out_ << "summitry: 1\n";
        event();
        organizations();
        people();
        venues();
        tracks();
        sessions();
        extra(0, ev_.extra);
    }

private:
    void key(int indent, std::string_view k) {
        out_ << std::string(static_cast<std::size_t>(indent), ' ') << k << ':';
    }
    void str(int indent, std::string_view k, std::string_view v) {
        if (v.empty()) return;
        key(indent, k);
        out_ << ' ' << yaml_scalar(v) << '\n';
    }
    void text(int indent, std::string_view k, const Text& t) {
        if (t.empty()) return;
        key(indent, k);
        if (t.is_plain()) {
            out_ << ' ' << yaml_scalar(t.values().front().second) << '\n';
            return;
        }
        out_ << '\n';
        for (const auto& [lang, value] : t.values())
            str(indent + 2, lang.empty() ? std::string_view("en") : std::string_view(lang),
                value.empty() ? "\"\"" : value);
    }
    void words(int indent, std::string_view k, const std::vector<std::string>& list) {
        if (list.empty()) return;
        key(indent, k);
        out_ << " [";
        for (std::size_t i = 0; i < list.size(); ++i)
            out_ << (i ? ", " : "") << yaml_scalar(list[i]);
        out_ << "]\n";
    }
    template <class List>
    void refs(int indent, std::string_view k, const std::vector<Index>& ids, const List& all) {
        std::vector<std::string> names;
        for (Index i : ids) names.push_back(all[static_cast<std::size_t>(i)].id);
        words(indent, k, names);
    }
    void extra(int indent, const std::vector<ExtraKey>& keys) {
        for (const ExtraKey& e : keys) {
            key(indent, yaml_scalar(e.key));
            node(indent, *e.value);
        }
    }
    // A kept value, written back in flow style.
    void node(int indent, const yaml::Node& n) {
        out_ << ' ';
        flow(n);
        out_ << '\n';
        (void)indent;
    }
    void flow(const yaml::Node& n) {
        switch (n.kind) {
            case yaml::Kind::null: out_ << "null"; break;
            case yaml::Kind::scalar:
                // A value that was plain stays plain (12 stays a number to other readers), unless
                // it holds what means something inside [...] or {...}.
                out_ << (n.plain && !n.text.empty() &&
                                 n.text.find_first_of(",[]{}#?\n") == std::string_view::npos &&
                                 n.text.find(": ") == std::string_view::npos && n.text.back() != ':'
                             ? std::string(n.text)
                             : yaml_scalar(n.text));
                break;
            case yaml::Kind::sequence:
                out_ << '[';
                for (std::uint32_t i = 0; i < n.count; ++i) {
                    if (i) out_ << ", ";
                    flow(*n.children[i]);
                }
                out_ << ']';
                break;
            case yaml::Kind::map:
                out_ << '{';
                for (std::size_t i = 0; i < n.map_size(); ++i) {
                    if (i) out_ << ", ";
                    flow(n.key(i));
                    out_ << ": ";
                    flow(n.value(i));
                }
                out_ << '}';
                break;
        }
    }

    // A local date-time in `zone`, with the offset when that local time is ambiguous there.
    std::string when(const date::time_zone& zone, Instant t) {
        const LocalTime local = to_local(zone, t);
        std::string s = format_local(local);
        const auto secs =
            std::chrono::duration_cast<Seconds>(local - date::floor<Minutes>(local)).count();
        if (secs != 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, ":%02lld", static_cast<long long>(secs));
            s += buf;
        }
        if (zone.get_info(local).result != date::local_info::unique) {
            s[10] = 'T';
            s += format_offset(zone.get_info(t).offset);
        }
        return s;
    }
    std::string range(const date::time_zone& zone, const TimeRange& r) {
        return "{from: " + when(zone, r.from) + ", to: " + when(zone, r.to) + "}";
    }
    void ranges(int indent, std::string_view k, const date::time_zone& zone,
                const std::vector<TimeRange>& list) {
        if (list.empty()) return;
        key(indent, k);
        out_ << '\n';
        for (const auto& r : list)
            out_ << std::string(static_cast<std::size_t>(indent + 2), ' ') << "- " << range(zone, r)
                 << '\n';
    }

    void event() {
        const EventInfo& e = ev_.info;
        out_ << "event:\n";
        str(2, "id", e.id);
        text(2, "title", e.title);
        text(2, "subtitle", e.subtitle);
        text(2, "description", e.description);
        str(2, "timezone", e.timezone_name);
        str(2, "start_date", format_date(e.start_date));
        str(2, "end_date", format_date(e.end_date));
        words(2, "languages", e.languages);
        refs(2, "organizers", e.organizers, ev_.organizations);
        str(2, "website", e.website);
        if (e.hours) {
            out_ << "  hours: {from: \"" << clock(e.hours->first) << "\", to: \""
                 << clock(e.hours->second) << "\"}\n";
        }
        if (e.day_change != Minutes{240})
            out_ << "  day_change: \"" << clock(e.day_change) << "\"\n";
        extra(2, e.extra);
    }
    static std::string clock(Minutes m) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(m.count() / 60),
                      static_cast<int>(m.count() % 60));
        return buf;
    }

    void organizations() {
        if (ev_.organizations.empty()) return;
        out_ << "organizations:\n";
        for (const auto& o : ev_.organizations) {
            out_ << "  - id: " << yaml_scalar(o.id) << '\n';
            text(4, "name", o.name);
            str(4, "short_name", o.short_name);
            if (!o.country.empty()) out_ << "    country: \"" << o.country << "\"\n";
            str(4, "kind", o.kind);
            str(4, "website", o.website);
            text(4, "description", o.description);
            extra(4, o.extra);
        }
    }

    void people() {
        if (ev_.people.empty()) return;
        out_ << "people:\n";
        for (const auto& p : ev_.people) {
            out_ << "  - id: " << yaml_scalar(p.id) << '\n';
            str(4, "name", p.name);
            if (p.affiliation >= 0)
                str(4, "affiliation",
                    ev_.organizations[static_cast<std::size_t>(p.affiliation)].id);
            text(4, "role", p.role);
            text(4, "bio", p.bio);
            str(4, "email", p.email);
            str(4, "phone", p.phone);
            str(4, "photo", p.photo);
            ranges(4, "unavailable", ev_.zone(), p.unavailable);
            words(4, "languages", p.languages);
            extra(4, p.extra);
        }
    }

    void venues() {
        if (ev_.venues.empty()) return;
        out_ << "venues:\n";
        for (const auto& v : ev_.venues) {
            const date::time_zone& zone = v.zone != nullptr ? *v.zone : ev_.zone();
            out_ << "  - id: " << yaml_scalar(v.id) << '\n';
            text(4, "name", v.name);
            str(4, "address", v.address);
            str(4, "timezone", v.timezone_name);
            ranges(4, "open", zone, v.open);
            if (!v.travel.empty()) {
                out_ << "    travel_minutes: {";
                for (std::size_t i = 0; i < v.travel.size(); ++i)
                    out_ << (i ? ", " : "")
                         << ev_.venues[static_cast<std::size_t>(v.travel[i].first)].id << ": "
                         << v.travel[i].second.count();
                out_ << "}\n";
            }
            extra(4, v.extra);
            if (v.rooms.empty()) continue;
            out_ << "    rooms:\n";
            for (Index ri : v.rooms) {
                const Room& r = ev_.rooms[static_cast<std::size_t>(ri)];
                out_ << "      - id: " << yaml_scalar(r.id) << '\n';
                text(8, "name", r.name);
                if (r.capacity) out_ << "        capacity: " << *r.capacity << '\n';
                words(8, "features", r.features);
                ranges(8, "unavailable", zone, r.unavailable);
                extra(8, r.extra);
            }
        }
    }

    void tracks() {
        if (ev_.tracks.empty()) return;
        out_ << "tracks:\n";
        for (const auto& t : ev_.tracks) {
            out_ << "  - id: " << yaml_scalar(t.id) << '\n';
            text(4, "name", t.name);
            if (!t.color.empty()) out_ << "    color: \"" << t.color << "\"\n";
            if (t.parallel) out_ << "    parallel: true\n";
            text(4, "description", t.description);
            extra(4, t.extra);
        }
    }

    void sessions() {
        if (ev_.sessions.empty()) return;
        out_ << "sessions:\n";
        for (const auto& s : ev_.sessions) {
            out_ << "  - id: " << yaml_scalar(s.id) << '\n';
            text(4, "title", s.title);
            if (s.kind != SessionKind::talk) str(4, "kind", to_string(s.kind));
            if (s.track >= 0) str(4, "track", ev_.tracks[static_cast<std::size_t>(s.track)].id);
            if (s.room >= 0) str(4, "room", ev_.rooms[static_cast<std::size_t>(s.room)].ref);
            if (s.start) str(4, "start", when(ev_.zone_of(s), *s.start));
            if (s.duration) str(4, "duration", duration(*s.duration));
            refs(4, "speakers", s.speakers, ev_.people);
            refs(4, "moderators", s.moderators, ev_.people);
            refs(4, "hosts", s.hosts, ev_.people);
            refs(4, "organizations", s.organizations, ev_.organizations);
            if (s.expected_attendance)
                out_ << "    expected_attendance: " << *s.expected_attendance << '\n';
            words(4, "requires", s.requires_features);
            str(4, "language", s.language);
            words(4, "interpretation", s.interpretation);
            text(4, "description", s.description);
            text(4, "abstract", s.abstract);
            if (!s.is_public) out_ << "    public: false\n";
            if (s.status != SessionStatus::confirmed) str(4, "status", to_string(s.status));
            words(4, "tags", s.tags);
            if (s.revision != 0) out_ << "    revision: " << s.revision << '\n';
            str(4, "url", s.url);
            if (s.pinned) out_ << "    pinned: true\n";
            if (s.exclusive) out_ << "    exclusive: true\n";
            extra(4, s.extra);
        }
    }

    // Exact, in the shortest form the loader reads back: "45min", "1h30", or ISO for seconds.
    static std::string duration(Seconds d) {
        if (d.count() % 60 != 0) return "PT" + std::to_string(d.count()) + "S";
        return format_duration(d);
    }

    std::ostream& out_;
    const Event& ev_;
};

}  // namespace

std::string yaml_scalar(std::string_view text) {
    if (plain_is_safe(text)) return std::string(text);
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto u = static_cast<unsigned char>(c);
        // A C1 control (C2 80 to C2 9F) is no printable YAML character: escaped as \x80.
        if (u == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(text[++i]));
            out += buf;
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (u < 0x20 || u == 0x7f) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\x%02x", u);
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

void write_event_yaml(std::ostream& out, const Event& event, const WriteOptions& options) {
    Writer(out, event).run(options);
}

}  // namespace summitry
