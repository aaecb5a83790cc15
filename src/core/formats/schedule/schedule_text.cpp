// SPDX-License-Identifier: MIT
// The small interpreters build_schedule() uses on a schedule's text: clean text, positions,
// durations, language codes and session kinds, and the x- keys an import keeps.
#include "formats/schedule/schedule_text.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "syntax/text_scan.h"

namespace summitry {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Reads all of `text` as a number, or nothing.
std::optional<long long> number(std::string_view text) {
    long long v = 0;
    if (text.empty() || text.size() > 9) return std::nullopt;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || p != text.data() + text.size() || v < 0) return std::nullopt;
    return v;
}

}  // namespace

std::string clean_text(std::string_view raw, bool one_line) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size();) {
        const char c = raw[i];
        const auto u = static_cast<unsigned char>(c);
        if (c == '\r') {  // CRLF and a lone CR both end a line
            out += '\n';
            i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (u < 0x20 || u == 0x7F) {
            if (c == '\n' || c == '\t') out += c;  // other control characters are dropped
            ++i;
            continue;
        }
        if (u < 0x80) {
            out += c;
            ++i;
            continue;
        }
        const auto [cp, n] = decode_utf8(raw, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
            ++i;
            continue;
        }
        if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
            out += '\n';  // line breaks to YAML 1.1 readers: say them plainly
        } else if ((cp >= 0x80 && cp <= 0x9F) || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF) {
            // C1 controls, a byte order mark inside text, non-characters: nothing to keep
        } else {
            out.append(raw.substr(i, n));
        }
        i += n;
    }
    if (one_line) {
        std::string joined;
        joined.reserve(out.size());
        for (char c : out) {
            if (is_space(c)) {
                if (!joined.empty() && joined.back() != ' ') joined += ' ';
            } else {
                joined += c;
            }
        }
        out = std::move(joined);
    }
    const auto first = out.find_first_not_of(" \t\n");
    if (first == std::string::npos) return {};
    const auto last = out.find_last_not_of(" \t\n");
    return out.substr(first, last - first + 1);
}

SourcePositions::SourcePositions(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % block == 0) chars_before_block_.push_back(chars);
        if (text[i] == '\n') line_starts_.push_back(i + 1);
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
    }
}

std::size_t SourcePositions::chars_before(std::size_t offset) const {
    std::size_t chars =
        offset / block < chars_before_block_.size() ? chars_before_block_[offset / block] : 0;
    for (std::size_t i = offset / block * block; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++chars;
    return chars;
}

SourceLoc SourcePositions::at(std::size_t offset) const {
    // Minified JSON is one line of megabytes: counting its characters from the line's start for
    // every position would be quadratic, so counts are kept per block of the text.
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::size_t>(it - line_starts_.begin());  // 1-based
    const std::size_t column = chars_before(offset) - chars_before(line_starts_[line - 1]) + 1;
    return {0, static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
}

std::optional<Seconds> parse_clock_text(std::string_view text) {
    // H:MM, HH:MM, HH:MM:SS; hours unbounded here, callers bound them.
    std::size_t a = text.find(':');
    if (a == std::string_view::npos) return std::nullopt;
    const std::size_t b = text.find(':', a + 1);
    const std::string_view minutes =
        text.substr(a + 1, b == std::string_view::npos ? b : b - a - 1);
    const std::string_view seconds = b == std::string_view::npos ? "00" : text.substr(b + 1);
    const auto h = number(text.substr(0, a));
    const auto m = number(minutes);
    const auto s = number(seconds);
    if (!h || !m || !s || minutes.size() != 2 || seconds.size() != 2 || *m > 59 || *s > 59)
        return std::nullopt;
    if (*h > 24 * 366) return std::nullopt;
    return Seconds{*h * 3600 + *m * 60 + *s};
}

std::optional<Seconds> parse_source_duration(std::string_view text) {
    text = std::string_view(text).substr(0, 64);
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    if (text.empty()) return std::nullopt;
    std::optional<Seconds> d;
    if (text.find(':') != std::string_view::npos)
        d = parse_clock_text(text);
    else if (auto iso = parse_duration(text))
        d = *iso;
    if (d && *d > Seconds{31 * 86400}) return std::nullopt;  // no session lasts a month
    return d;
}

std::optional<WrittenTime> parse_iso_time(std::string_view text) {
    // Fractional seconds ("11:00:00.000+01:00") say nothing a schedule needs: drop them.
    std::string t(text.substr(0, 64));
    if (t.size() > 19 && t[19] == '.') {
        std::size_t e = 20;
        while (e < t.size() && std::isdigit(static_cast<unsigned char>(t[e]))) ++e;
        t.erase(19, e - 19);
    }
    return parse_date_time(t);
}

std::optional<std::string> language_code(std::string_view raw) {
    if (raw.size() > 35) return std::nullopt;  // BCP 47 tags in use are far shorter
    std::string s = lower(raw);
    std::replace(s.begin(), s.end(), '_', '-');
    if (is_language_code(s)) {
        // pt-br -> pt-BR: a region is written in capitals
        const auto dash = s.find('-');
        if (dash != std::string::npos && s.size() - dash == 3)
            for (std::size_t k = dash + 1; k < s.size(); ++k)
                s[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[k])));
        return s;
    }
    // Some tools write the language's name.
    static constexpr std::pair<std::string_view, std::string_view> names[] = {
        {"english", "en"},    {"german", "de"},    {"deutsch", "de"}, {"french", "fr"},
        {"français", "fr"},   {"francais", "fr"},  {"spanish", "es"}, {"español", "es"},
        {"italian", "it"},    {"italiano", "it"},  {"dutch", "nl"},   {"nederlands", "nl"},
        {"portuguese", "pt"}, {"português", "pt"}, {"czech", "cs"},   {"polish", "pl"},
        {"russian", "ru"},    {"japanese", "ja"},  {"chinese", "zh"}, {"swedish", "sv"}};
    for (const auto& [name, code] : names)
        if (s == name) return std::string(code);
    return std::nullopt;
}

SessionKind kind_from_type(std::string_view type) {
    // Words of the type, lower case: "Talk 45 minutes + 10 minutes Q&A" -> talk, 45, minutes, ...
    std::vector<std::string> words;
    std::string word;
    for (char c : lower(type)) {
        if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    const auto has = [&](std::initializer_list<std::string_view> any) {
        for (const auto& w : words)
            for (std::string_view a : any)
                if (w == a || (w.size() == a.size() + 1 && w.starts_with(a) && w.back() == 's'))
                    return true;  // and the plural: workshops, talks, panels
        return false;
    };
    // The most specific kinds first: "Keynote talk" is a keynote, "Panel discussion" a panel.
    if (has({"keynote"})) return SessionKind::keynote;
    // A podium discussion is a panel; pentabarf's "Podium" alone is a talk from the stage
    // (FOSDEM 2010 typed every main-track lecture so).
    if (has({"panel", "podiumsdiskussion"}) ||
        (has({"podium"}) && has({"discussion", "diskussion"})))
        return SessionKind::panel;
    if (has({"fireside"})) return SessionKind::fireside_chat;
    if (has({"roundtable", "bof", "discussion", "diskussion"})) return SessionKind::roundtable;
    if (has({"workshop", "hands", "tutorial"})) return SessionKind::workshop;
    if (has({"demo", "demonstration"})) return SessionKind::demo;
    if (has({"ceremony", "opening", "closing"})) return SessionKind::ceremony;
    if (has({"reception"})) return SessionKind::reception;
    if (has({"networking", "meetup"})) return SessionKind::networking;
    if (has({"break", "pause", "lunch"})) return SessionKind::break_;
    if (has({"announcement"})) return SessionKind::announcement;
    if (has({"signing"})) return SessionKind::signing;
    // FOSDEM calls its talks by where they happen: "devroom", "maintrack", "lightningtalk".
    if (has({"talk", "lecture", "vortrag", "presentation", "lightning", "devroom", "maintrack",
             "lightningtalk", "keynotes", "podium"}))
        return SessionKind::talk;
    return SessionKind::other;
}

std::string yaml_quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default: out += c;  // clean_text left no other control character
        }
    }
    return out + "\"";
}

}  // namespace summitry
