// SPDX-License-Identifier: MIT
#include "check/names.h"

#include <algorithm>
#include <optional>

namespace summitry {

namespace {

bool listed(const std::vector<std::string>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool is_id_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '/';
}

// Whether m[from, to) stands between quotes, spaces (no-break ones too) aside.
bool quoted(std::string_view m, std::size_t from, std::size_t to) {
    static constexpr std::string_view spaces[] = {" ", "\u00a0", "\u202f"};
    static constexpr std::string_view opening[] = {"'", "\u00ab", "\u201c", "\u2018", "\""};
    static constexpr std::string_view closing[] = {"'", "\u00bb", "\u201d", "\u2019", "\""};
    std::string_view before = m.substr(0, from), after = m.substr(to);
    for (bool more = true; more;) {
        more = false;
        for (std::string_view s : spaces) {
            if (before.ends_with(s)) before.remove_suffix(s.size()), more = true;
            if (after.starts_with(s)) after.remove_prefix(s.size()), more = true;
        }
    }
    return std::any_of(std::begin(opening), std::end(opening),
                       [&](std::string_view q) { return before.ends_with(q); }) &&
           std::any_of(std::begin(closing), std::end(closing),
                       [&](std::string_view q) { return after.starts_with(q); });
}

std::string or_id(std::string_view name, std::string_view id) {
    return std::string(name.empty() ? id : name);
}

}  // namespace

std::string message_with_names(const Event& ev, const Diagnostic& d, std::string_view lang) {
    const std::string_view fallback = ev.default_language();
    if (lang.empty()) lang = fallback;
    const bool conflict = !d.sessions.empty();
    const auto name_of = [&](std::string_view id) -> std::optional<std::string> {
        if (listed(d.sessions, id)) {
            const Index s = ev.find_session(id);
            if (s >= 0)
                return or_id(ev.sessions[static_cast<std::size_t>(s)].title.get(lang, fallback),
                             id);
        }
        if (listed(d.people, id)) {
            const Index p = ev.find_person(id);
            if (p >= 0) return or_id(ev.people[static_cast<std::size_t>(p)].name, id);
        }
        if (listed(d.rooms, id)) {
            const Index r = ev.find_room(id);
            if (r >= 0)
                return or_id(ev.rooms[static_cast<std::size_t>(r)].name.get(lang, fallback), id);
        }
        if (!conflict) return std::nullopt;
        if (const Index t = ev.find_track(id); t >= 0)
            return or_id(ev.tracks[static_cast<std::size_t>(t)].name.get(lang, fallback), id);
        if (const Index v = ev.find_venue(id); v >= 0)
            return or_id(ev.venues[static_cast<std::size_t>(v)].name.get(lang, fallback), id);
        return std::nullopt;
    };
    // Ids are replaced where they stand quoted: '…' in English, « … » in French, “…”.
    std::string out;
    const std::string& m = d.message;
    std::size_t i = 0;
    while (i < m.size()) {
        if (!is_id_char(m[i]) || (i > 0 && is_id_char(m[i - 1]))) {
            out += m[i++];
            continue;
        }
        std::size_t end = i;
        while (end < m.size() && is_id_char(m[end])) ++end;
        const std::string_view id(m.data() + i, end - i);
        const auto name = quoted(m, i, end) ? name_of(id) : std::nullopt;
        out += name ? *name : std::string(id);
        i = end;
    }
    return out;
}

}  // namespace summitry
