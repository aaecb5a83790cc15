// SPDX-License-Identifier: MIT
#include "io/reader.h"

#include <cctype>
#include <charconv>
#include <cstdio>

#include "diag/quote.h"
#include "syntax/text_scan.h"
#include "util/controls.h"
#include "util/suggest.h"
#include "util/url.h"

namespace summitry::io {

namespace {

bool is_slug(std::string_view s) {
    if (s.empty() || s.size() > 128) return false;
    const auto ok = [](char c, bool first) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (!first && c == '-');
    };
    for (std::size_t i = 0; i < s.size(); ++i)
        if (!ok(s[i], i == 0)) return false;
    return true;
}

// What a bad id would look like as a slug: "Panel Finance" -> "panel-finance".
std::string slugify(std::string_view s) {
    std::string out;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80) {
            out += static_cast<char>(std::tolower(u));
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string quoted(std::string_view key) {
    return quote(key);
}

}  // namespace

bool Reader::expect_map(const Node& n, std::string_view what) {
    if (n.is_map()) return true;
    diags.error("wrong-type", at(n),
                std::string(what) + " must be a mapping (key: value lines), not " +
                    std::string(yaml::describe(n)));
    return false;
}

bool Reader::expect_list(const Node& n, std::string_view what) {
    if (n.is_sequence()) return true;
    diags.error("wrong-type", at(n),
                std::string(what) + " must be a list, not " + std::string(yaml::describe(n)),
                "write each item on its own line starting with '- '");
    return false;
}

std::optional<std::string> Reader::scalar_text(const Node& n, std::string_view key) {
    if (n.is_null()) return std::nullopt;
    if (!n.is_scalar()) {
        diags.error("wrong-type", at(n),
                    quoted(key) + " must be text, not " + std::string(yaml::describe(n)));
        return std::nullopt;
    }
    if (n.text.size() > options.max_text_bytes) {
        diags.error("bad-value", at(n),
                    quoted(key) + " is " + std::to_string(n.text.size()) +
                        " bytes long; Summitry takes at most " +
                        std::to_string(options.max_text_bytes));
        return std::nullopt;
    }
    return std::string(n.text);
}

std::optional<std::string> Reader::string(const Node& n, std::string_view key) {
    auto s = scalar_text(n, key);
    if (!s) return s;
    if (const std::size_t i = find_control(*s); i != std::string::npos) {
        // Only a YAML escape ("\e", "\0", "\r") or a raw DEL or C1 character puts one there.
        const auto [cp, length] = decode_utf8(*s, i);
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(length == 0 ? 0 : cp));
        diags.warning("bad-value", at(n),
                      quoted(key) + " holds the control character " + code +
                          "; exports and printouts leave it out",
                      "remove it: in quotes, an escape such as \\e, \\0 or \\r writes one");
    }
    return s;
}

std::optional<std::string> Reader::id(const Node& n, std::string_view key) {
    auto s = scalar_text(n, key);  // a control character makes it no id: one error says so
    if (!s) return std::nullopt;
    if (!is_slug(*s)) {
        const std::string slug = slugify(*s);
        diags.error(
            "bad-value", at(n),
            quoted(key) + " " + quote(*s) + " is not an id: use lower-case letters, digits and '-'",
            slug.empty() ? std::string{} : "did you mean " + quote(slug) + "?");
        return std::nullopt;
    }
    return s;
}

Text Reader::text(const Node& n, std::string_view key) {
    Text out;
    if (n.is_null()) return out;
    if (n.is_scalar()) {
        if (auto s = string(n, key)) out.add({}, std::move(*s));
        return out;
    }
    if (!n.is_map()) {
        diags.error("wrong-type", at(n),
                    quoted(key) +
                        " must be text or a map of languages to text ({en: ..., fr: ...}), not " +
                        std::string(yaml::describe(n)));
        return out;
    }
    for (std::size_t i = 0; i < n.map_size(); ++i) {
        const Node& k = n.key(i);
        if (!k.is_scalar() || !is_language_code(k.text)) {
            diags.error("bad-value", at(k),
                        quote(k.is_scalar() ? k.text : "?") + " in " + quoted(key) +
                            " is not a language code",
                        "use codes such as en, fr, de or pt-BR");
            continue;
        }
        if (auto s = string(n.value(i), key)) out.add(std::string(k.text), std::move(*s));
    }
    return out;
}

std::optional<int> Reader::integer(const Node& n, std::string_view key, int min, int max) {
    if (n.is_null()) return std::nullopt;
    if (!n.is_scalar() || !n.plain) {
        diags.error("wrong-type", at(n),
                    quoted(key) + " must be a whole number, not " +
                        std::string(n.is_scalar() ? "quoted text" : yaml::describe(n)),
                    n.is_scalar() ? "write the number without quotes" : "");
        return std::nullopt;
    }
    long long v = 0;
    auto [p, ec] = std::from_chars(n.text.data(), n.text.data() + n.text.size(), v);
    if (ec != std::errc{} || p != n.text.data() + n.text.size()) {
        diags.error("wrong-type", at(n),
                    quoted(key) + " must be a whole number, not " + quote(n.text));
        return std::nullopt;
    }
    if (v < min || v > max) {
        diags.error("bad-value", at(n),
                    quoted(key) + " is " + std::string(n.text) + "; it must be between " +
                        std::to_string(min) + " and " + std::to_string(max));
        return std::nullopt;
    }
    return static_cast<int>(v);
}

std::optional<bool> Reader::boolean(const Node& n, std::string_view key) {
    if (n.is_null()) return std::nullopt;
    if (n.is_scalar() && n.plain) {
        std::string v(n.text);
        for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (v == "true" || v == "yes") return true;
        if (v == "false" || v == "no") return false;
    }
    diags.error("wrong-type", at(n), quoted(key) + " must be true or false");
    return std::nullopt;
}

std::vector<std::string> Reader::words(const Node& n, std::string_view key) {
    std::vector<std::string> out;
    if (n.is_null()) return out;
    if (n.is_scalar()) {
        if (auto s = string(n, key)) out.push_back(std::move(*s));
        return out;
    }
    if (!expect_list(n, quoted(key))) return out;
    out.reserve(n.count);
    for (const Node* item : n.items())
        if (auto s = string(*item, key)) out.push_back(std::move(*s));
    return out;
}

std::optional<Ref> Reader::ref(const Node& n, std::string_view key) {
    if (n.is_null()) return std::nullopt;
    if (!n.is_scalar()) {
        diags.error("wrong-type", at(n),
                    quoted(key) + " must be an id, not " + std::string(yaml::describe(n)));
        return std::nullopt;
    }
    return Ref{std::string(n.text), at(n)};
}

std::vector<Ref> Reader::refs(const Node& n, std::string_view key) {
    std::vector<Ref> out;
    if (n.is_null()) return out;
    if (n.is_scalar()) {
        out.push_back({std::string(n.text), at(n)});
        return out;
    }
    if (!expect_list(n, quoted(key))) return out;
    out.reserve(n.count);
    for (const Node* item : n.items())
        if (auto r = ref(*item, key)) out.push_back(std::move(*r));
    return out;
}

std::optional<std::string> Reader::language(const Node& n, std::string_view key) {
    auto s = scalar_text(n, key);
    if (s && !is_language_code(*s)) {
        diags.error("bad-value", at(n), quote(*s) + " is not a language code",
                    "use codes such as en, fr, de or pt-BR");
        return std::nullopt;
    }
    return s;
}

std::string Reader::url(const Node& n, std::string_view key) {
    std::string s = scalar_text(n, key).value_or("");  // http_url() refuses control characters
    if (s.empty() || is_http_url(s)) return s;
    const UrlRepair r = http_url(s);
    diags.warning("bad-value", at(n),
                  quoted(key) + " " + quote(s) + " is not a web address" +
                      (r.usable() ? "" : ": " + r.change),
                  r.usable() ? "write it as " + r.url
                             : "write an absolute address that begins with https:// or http://; "
                               "exports leave this one out");
    return s;
}

std::vector<std::string> Reader::languages(const Node& n, std::string_view key) {
    std::vector<std::string> out;
    if (n.is_scalar()) {
        if (auto s = language(n, key)) out.push_back(std::move(*s));
        return out;
    }
    if (n.is_null() || !expect_list(n, quoted(key))) return out;
    for (const Node* item : n.items())
        if (auto s = language(*item, key)) out.push_back(std::move(*s));
    return out;
}

void Reader::keep_extra(const Node& key, const Node& value,
                        std::initializer_list<std::string_view> known, std::string_view what,
                        std::vector<ExtraKey>* extra) {
    if (key.text == "merge-conflict") {
        // What `summitry-cli merge` writes where both sides changed one value (docs/versions.md).
        diags.error("merge-conflict", at(key),
                    "an unresolved merge conflict in " + std::string(what) +
                        ": the other side's value is written here",
                    "keep the value you want, then remove this 'merge-conflict' key");
    } else if (!key.text.starts_with("x-")) {
        Suggester s(key.text);
        for (std::string_view k : known) s.consider(k);
        std::string hint = key.text == "<<"
                               ? "YAML merge keys are not supported; write the keys out"
                               : "it is kept as it is; start it with 'x-' to silence this";
        diags.warning(
            "unknown-key", at(key),
            "unknown key " + quote(key.text) + " in " + std::string(what) + s.did_you_mean(), hint);
    }
    if (extra != nullptr) extra->push_back({std::string(key.text), &value});
}

void Reader::time_problem(const Node& n, const Resolved& r, const date::time_zone& zone,
                          LocalTime local) {
    const std::string written(n.text);
    if (r.kind == Resolution::nonexistent) {
        const ClockJump jump = clock_jump(zone, local);
        const auto day_of = [](LocalTime t) { return local_date(t); };
        std::string message =
            quote(written) + " does not exist in " + zone.name() + ": clocks jump from ";
        std::string hint;
        if (day_of(jump.from) == day_of(jump.to)) {
            message += format_clock(jump.from) + " to " + format_clock(jump.to) + " that night";
            hint = "pick a time after " + format_clock(jump.to) + ", or give a UTC offset";
        } else {
            // Over midnight, or over whole days (Pacific/Apia skipped 2011-12-30): with dates,
            // the end of a day as 24:00 of that day.
            const bool midnight = jump.from == day_start(day_of(jump.from));
            message += (midnight ? format_date(day_of(jump.from) - date::days{1}) + " 24:00"
                                 : format_local(jump.from)) +
                       " to " + format_local(jump.to);
            const Date first = midnight ? day_of(jump.from) : day_of(jump.from) + date::days{1};
            const Date last = day_of(jump.to) - date::days{1};
            if (first == last)
                message += ": " + format_date(first) + " does not exist there";
            else if (first < last)
                message += ": the days " + format_date(first) + " to " + format_date(last) +
                           " do not exist there";
            hint = "pick a time from " + format_local(jump.to) + " on, or give a UTC offset";
        }
        diags.error("nonexistent-time", at(n), std::move(message), std::move(hint));
    } else {
        const auto first = zone.get_info(r.instant).offset;
        const auto second = zone.get_info(r.later).offset;
        const std::string base = format_date(local_date(local)) + "T" + format_clock(local);
        diags.error("ambiguous-time", at(n),
                    quote(written) + " happens twice in " + zone.name() + " (at " +
                        format_offset(first) + " and at " + format_offset(second) +
                        ") as the clocks go back",
                    "add the offset you mean: " + base + format_offset(first) + " or " + base +
                        format_offset(second));
    }
}

std::optional<Instant> Reader::instant(const Node& n, std::string_view key,
                                       const date::time_zone& zone) {
    auto s = scalar_text(n, key);
    if (!s) return std::nullopt;
    auto written = parse_date_time(*s);
    if (!written) {
        diags.error("bad-value", at(n), quoted(key) + " " + quote(*s) + " is not a date and time",
                    "write it as YYYY-MM-DD HH:MM, e.g. 2025-02-10 18:30");
        return std::nullopt;
    }
    const Resolved r = summitry::resolve(zone, *written);
    if (r.kind != Resolution::unique) time_problem(n, r, zone, written->local);
    return r.instant;
}

std::vector<TimeRange> Reader::ranges(const Node& n, std::string_view key,
                                      const date::time_zone& zone) {
    std::vector<TimeRange> out;
    if (n.is_null()) return out;
    const Node* single = n.is_map() ? &n : nullptr;  // one range for a list of one
    if (single == nullptr && !expect_list(n, quoted(key))) return out;
    const auto read_one = [&](const Node& item) {
        TimeRange r;
        r.loc = at(item);
        const Node* from = nullptr;
        const Node* to = nullptr;
        const Node* day = nullptr;
        const bool ok = fields(item, "a time range in " + quoted(key), {"from", "to", "date"}, {},
                               nullptr, [&](std::string_view k, const Node& v) {
                                   (k == "from" ? from : k == "to" ? to : day) = &v;
                               });
        if (!ok) return;
        if (day != nullptr) {
            if (from != nullptr || to != nullptr) {
                diags.error("bad-value", at(item),
                            "a time range has either 'date' or 'from' and 'to'");
                return;
            }
            auto s = scalar_text(*day, "date");
            auto d = s ? parse_date(*s) : std::nullopt;
            if (!d) {
                if (s)
                    diags.error("bad-value", at(*day), quote(*s) + " is not a date",
                                "write it as YYYY-MM-DD");
                return;
            }
            // The whole day as the clock reads it there, midnight to midnight.
            const LocalTime b = day_start(*d);
            const Resolved rb = summitry::resolve(zone, b);
            const Resolved re = summitry::resolve(zone, b + date::days{1});
            r.from = rb.instant;
            r.to = re.instant;
            out.push_back(r);
            return;
        }
        if (from == nullptr || to == nullptr) {
            diags.error(
                "missing-key", at(item),
                std::string("a time range needs '") + (from == nullptr ? "from" : "to") + "'",
                "write {from: 2025-02-10 16:00, to: 2025-02-10 18:00} or {date: 2025-02-10}");
            return;
        }
        auto f = instant(*from, "from", zone);
        auto t = instant(*to, "to", zone);
        if (!f || !t) return;
        if (*t <= *f) {
            diags.error("bad-range", at(*to), "this range ends before it starts, or when it starts",
                        "'to' must be later than 'from'");
            return;
        }
        r.from = *f;
        r.to = *t;
        out.push_back(r);
    };
    if (single != nullptr) {
        read_one(*single);
    } else {
        for (const Node* item : n.items()) read_one(*item);
    }
    return out;
}

}  // namespace summitry::io
