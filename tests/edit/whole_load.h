// SPDX-License-Identifier: MIT
#pragma once
// The differential check of edit/splice.h: an EventDocument after any edit, undo or redo holds
// exactly what loading its texts whole gives: the model (every value, every position), the
// diagnostics with the conflicts, and the YAML trees node by node (lines and columns too).
#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "check/rule.h"
#include "edit/document.h"
#include "io/event_loader.h"
#include "io/event_writer.h"
#include "syntax/yaml_tree.h"

namespace summitry::test {

inline std::string model_text(const Event& ev) {
    std::ostringstream out;
    write_event_yaml(out, ev);
    return out.str();
}

inline std::string loc_text(const SourceLoc& l) {
    return std::to_string(l.file) + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

// Every position the model holds, and what the writer leaves out (resolved references).
inline std::string places(const Event& ev) {
    std::string out = "event " + loc_text(ev.info.loc) + "\n";
    const auto ranges = [&](const std::vector<TimeRange>& v) {
        for (const TimeRange& r : v) out += " " + loc_text(r.loc);
    };
    const auto extra = [&](const std::vector<ExtraKey>& v) {
        for (const ExtraKey& x : v)
            out += " " + x.key + "@" + std::to_string(x.value->line) + ":" +
                   std::to_string(x.value->column);
    };
    for (const auto& x : ev.organizations) out += x.id + " " + loc_text(x.loc) + "\n";
    for (const auto& x : ev.people) {
        out += x.id + " " + loc_text(x.loc);
        ranges(x.unavailable);
        extra(x.extra);
        out += "\n";
    }
    for (const auto& x : ev.venues) {
        out += x.id + " " + loc_text(x.loc);
        ranges(x.open);
        out += "\n";
    }
    for (const auto& x : ev.rooms) {
        out += x.qualified + " " + loc_text(x.loc);
        ranges(x.unavailable);
        out += "\n";
    }
    for (const auto& x : ev.tracks) out += x.id + " " + loc_text(x.loc) + "\n";
    for (std::size_t i = 0; i < ev.sessions.size(); ++i) {
        const Session& s = ev.sessions[i];
        out += s.id + " " + loc_text(s.loc) + " room " + std::to_string(s.room) + " track " +
               std::to_string(s.track) + " found " +
               std::to_string(ev.find_session(s.id) == static_cast<Index>(i));
        extra(s.extra);
        out += "\n";
    }
    return out;
}

inline std::string diagnostics_text(const Diagnostics& d) {
    std::string out;
    for (const Diagnostic& x : d.items()) {
        out += std::to_string(static_cast<int>(x.severity)) + " " + x.rule + " " + loc_text(x.loc) +
               " " + x.message + " | " + x.hint;
        for (const auto* v : {&x.sessions, &x.people, &x.rooms})
            for (const std::string& s : *v) out += " " + s;
        out += "\n";
    }
    return out;
}

inline void tree_text(const yaml::Node* n, std::string& out) {
    if (!n) {
        out += "~";
        return;
    }
    out += std::to_string(static_cast<int>(n->kind)) + (n->plain ? "p" : "q") +
           std::to_string(n->line) + ":" + std::to_string(n->column) + "[" + std::string(n->text) +
           "](";
    for (const yaml::Node* c : n->items()) tree_text(c, out);
    out += ")";
}

// Loads the document's texts whole, as EventDocument::open would, with its conflicts.
inline LoadResult whole_load(const EventDocument& doc, Diagnostics& all) {
    const Event& ev = doc.event();
    LoadOptions options;
    options.included_text = [&](const std::string& name) -> std::optional<std::string> {
        for (std::uint32_t f = 1; f < ev.files.size(); ++f)
            if (ev.files.path(f) == name) return doc.text(f);
        return std::nullopt;
    };
    LoadResult r = load_event_text(doc.text(0), doc.path(), options);
    all = r.diagnostics;
    if (!r.diagnostics.has_errors()) all.append(check_conflicts(r.event));
    all.sort();
    return r;
}

// REQUIREs that `doc` holds what loading its texts whole gives.
inline void require_same_as_whole_load(const EventDocument& doc) {
    Diagnostics all;
    const LoadResult whole = whole_load(doc, all);
    const Event& ev = doc.event();
    REQUIRE(model_text(ev) == model_text(whole.event));
    REQUIRE(places(ev) == places(whole.event));
    REQUIRE(diagnostics_text(doc.diagnostics()) == diagnostics_text(all));
    REQUIRE(ev.documents.size() == whole.event.documents.size());
    for (std::size_t f = 0; f < ev.documents.size(); ++f) {
        std::string a, b;
        tree_text(ev.documents[f] ? ev.documents[f]->root() : nullptr, a);
        tree_text(whole.event.documents[f] ? whole.event.documents[f]->root() : nullptr, b);
        REQUIRE(a == b);
    }
}

}  // namespace summitry::test
