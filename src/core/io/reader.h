// SPDX-License-Identifier: MIT
#pragma once
// Typed reading of YAML nodes into model values, reporting what is wrong as diagnostics.
// Internal to the loader.

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "io/event_loader.h"
#include "model/event.h"
#include "syntax/yaml_tree.h"

namespace summitry::io {

using yaml::Node;

// A node and the file it was read from.
struct Item {
    const Node* node = nullptr;
    std::uint32_t file = 0;
};

// An id written somewhere, to be resolved once every entity is known.
struct Ref {
    std::string id;
    SourceLoc loc;
};

class Reader {
public:
    Reader(Event& ev, Diagnostics& out, const LoadOptions& opts)
        : event(ev), diags(out), options(opts) {}

    Event& event;
    Diagnostics& diags;
    const LoadOptions& options;
    std::uint32_t file = 0;  // the file the current nodes come from

    SourceLoc at(const Node& n) const { return {file, n.line, n.column}; }

    // Walks the keys of `map`: calls `handle(key, value)` for the keys in `known`, keeps `x-`
    // keys silently and unknown ones with a warning (both go to `extra`), and reports the
    // `required` keys that are absent at the mapping. `what` names the thing for messages
    // ("session 'panel-finance'"). Returns false when `map` is not a mapping.
    template <class Handle>
    bool fields(const Node& map, std::string_view what,
                std::initializer_list<std::string_view> known,
                std::initializer_list<std::string_view> required, std::vector<ExtraKey>* extra,
                Handle&& handle) {
        if (!expect_map(map, what)) return false;
        for (std::size_t i = 0; i < map.map_size(); ++i) {
            const Node& k = map.key(i);
            if (!k.is_scalar()) {
                diags.error("wrong-type", at(k),
                            "a key must be a plain word, not " + std::string(yaml::describe(k)));
                continue;
            }
            if (is_known(known, k.text)) {
                handle(k.text, map.value(i));
            } else {
                keep_extra(k, map.value(i), known, what, extra);
            }
        }
        for (std::string_view r : required) {
            const Node* v = map.find(r);
            if (v == nullptr) {
                diags.error("missing-key", at(map),
                            std::string(what) + " has no '" + std::string(r) + "'",
                            "add '" + std::string(r) + ":' to it");
            } else if (v->is_null()) {
                diags.error("missing-key", at(*v),
                            "'" + std::string(r) + "' of " + std::string(what) + " is empty");
            }
        }
        return true;
    }

    bool expect_map(const Node& n, std::string_view what);
    bool expect_list(const Node& n, std::string_view what);

    // A scalar as text (wrong type, too long: an error and nothing); a control character in it
    // (util/controls.h) is a `bad-value` warning: it is kept, and every output leaves it out.
    std::optional<std::string> string(const Node& n, std::string_view key);
    // The same without that warning, for values checked further (ids, dates, languages, web
    // addresses) that a control character already makes wrong.
    std::optional<std::string> scalar_text(const Node& n, std::string_view key);
    std::optional<std::string> id(const Node& n, std::string_view key);
    Text text(const Node& n, std::string_view key);
    std::optional<int> integer(const Node& n, std::string_view key, int min, int max);
    std::optional<bool> boolean(const Node& n, std::string_view key);
    // A list of words; a single word stands for a list of one.
    std::vector<std::string> words(const Node& n, std::string_view key);
    std::vector<Ref> refs(const Node& n, std::string_view key);
    std::optional<Ref> ref(const Node& n, std::string_view key);
    std::optional<std::string> language(const Node& n, std::string_view key);
    // A web address (`url`, `website`), kept as written; one that is not an absolute http(s)
    // URL (util/url.h) is a `bad-value` warning, with the repaired form when there is one.
    std::string url(const Node& n, std::string_view key);
    std::vector<std::string> languages(const Node& n, std::string_view key);

    // A local date-time in `zone`, reported as nonexistent or ambiguous where DST makes it so.
    std::optional<Instant> instant(const Node& n, std::string_view key,
                                   const date::time_zone& zone);
    std::vector<TimeRange> ranges(const Node& n, std::string_view key, const date::time_zone& zone);

    // Resolves ids against one kind's lookup, reporting unknown ones with a suggestion.
    template <class Find, class List>
    std::vector<Index> resolve(const std::vector<Ref>& refs, std::string_view kind, Find find,
                               const List& all) {
        std::vector<Index> out;
        out.reserve(refs.size());
        for (const Ref& r : refs)
            if (auto i = resolve_one(r, kind, find, all); i != no_index) out.push_back(i);
        return out;
    }
    template <class Find, class List>
    Index resolve_one(const Ref& r, std::string_view kind, Find find, const List& all) {
        const Index i = find(r.id);
        if (i >= 0) return i;
        unknown_reference(r, kind, all);
        return no_index;
    }

private:
    static bool is_known(std::initializer_list<std::string_view> known, std::string_view k) {
        for (std::string_view s : known)
            if (s == k) return true;
        return false;
    }
    void keep_extra(const Node& key, const Node& value,
                    std::initializer_list<std::string_view> known, std::string_view what,
                    std::vector<ExtraKey>* extra);
    template <class List>
    void unknown_reference(const Ref& r, std::string_view kind, const List& all) {
        std::string hint;
        if (suggestions_left_ > 0) {  // suggestions cost a pass over the ids; bound them
            --suggestions_left_;
            hint = did_you_mean_hint(r.id, all);
        }
        diags.error("unknown-reference", r.loc,
                    "no " + std::string(kind) + " has the id '" + r.id + "'", hint);
    }
    template <class List>
    static std::string did_you_mean_hint(std::string_view word, const List& all);
    void time_problem(const Node& n, const Resolved& r, const date::time_zone& zone,
                      LocalTime local);

    int suggestions_left_ = 64;
};

}  // namespace summitry::io

#include "util/suggest.h"

namespace summitry::io {

template <class List>
std::string Reader::did_you_mean_hint(std::string_view word, const List& all) {
    Suggester s(word);
    for (const auto& e : all) {
        s.consider(e.id);
        if constexpr (requires { e.qualified; }) s.consider(e.qualified);
    }
    auto best = s.best();
    return best ? "did you mean '" + *best + "'?" : std::string{};
}

}  // namespace summitry::io
