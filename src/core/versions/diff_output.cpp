// SPDX-License-Identifier: MIT
// A list of changes as text (a terminal, git's textconv), Markdown, JSON or HTML. Every value
// from the files goes through the one escaping function of its output language (util/).
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>

#include "util/html.h"
#include "util/i18n.h"
#include "util/json_out.h"
#include "util/markdown.h"
#include "util/terminal.h"
#include "versions/diff.h"

namespace summitry::versions {

namespace {

using Values = std::map<std::string, std::string>;

// "start 2025-02-10 19:00, room embassy/ballroom": the values of one side, in key order.
std::string values_line(const Values& v) {
    std::string out;
    for (const auto& [key, value] : v) out += (out.empty() ? "" : ", ") + key + " " + value;
    return out.empty() ? std::string("(none)") : out;
}

// What one change says after its subject, as plain text (escaped by the caller).
std::string what_changed(const Difference& d) {
    if (d.kind == "added") return values_line(d.after);
    if (d.kind == "removed" || d.kind == "cancelled" || d.kind == "reinstated")
        return d.kind == "removed" ? std::string()
                                   : values_line(d.before) + " → " + values_line(d.after);
    if (d.kind == "people") {
        std::string out;
        const auto list = [](const std::vector<std::string>& ids) {
            std::string s;
            for (const auto& i : ids) s += (s.empty() ? "" : ", ") + i;
            return s;
        };
        if (!d.joined.empty()) out += tr("joined") + ": " + list(d.joined);
        if (!d.left.empty()) out += (out.empty() ? "" : "; ") + tr("left") + ": " + list(d.left);
        if (out.empty()) out = values_line(d.before) + " → " + values_line(d.after);
        return out;
    }
    if (d.kind == "details") {
        std::string out;
        std::set<std::string> keys;
        for (const auto& [k, v] : d.before) keys.insert(k);
        for (const auto& [k, v] : d.after) keys.insert(k);
        for (const auto& k : keys) {
            const auto b = d.before.find(k);
            const auto a = d.after.find(k);
            out += (out.empty() ? "" : "; ") + k + ": " +
                   (b == d.before.end() ? tr("(none)") : b->second) + " → " +
                   (a == d.after.end() ? tr("(none)") : a->second);
        }
        return out;
    }
    return values_line(d.before) + " → " + values_line(d.after);
}

std::string subject(const Difference& d) {
    std::string s = d.noun + " " + d.id;
    if (!d.label.empty() && d.label != d.id) s += " (" + d.label + ")";
    return s;
}

nlohmann::ordered_json to_json(const Values& v) {
    nlohmann::ordered_json o = nlohmann::ordered_json::object();
    for (const auto& [key, value] : v) o[key] = value;
    return o;
}

}  // namespace

void write_differences(std::ostream& out, const std::vector<Difference>& changes,
                       const DiffLabels& labels, DiffFormat format) {
    switch (format) {
        case DiffFormat::text: {
            out << "--- " << terminal_text(labels.from) << "\n+++ " << terminal_text(labels.to)
                << '\n';
            for (const Difference& d : changes) {
                std::string line = d.kind;
                line.resize(std::max<std::size_t>(line.size(), 10), ' ');
                out << line << ' ' << terminal_text(subject(d));
                const std::string what = what_changed(d);
                if (!what.empty()) out << ": " << terminal_text(what);
                out << '\n';
            }
            out << (changes.size() == 1 ? tr("1 change")
                                        : format_message(tr("{0} changes"), changes.size()))
                << '\n';
            return;
        }
        case DiffFormat::markdown: {
            out << "# " << markdown_text(labels.from) << " → " << markdown_text(labels.to)
                << "\n\n";
            for (const Difference& d : changes) {
                out << "- **" << markdown_text(d.kind) << "** " << markdown_text(subject(d));
                const std::string what = what_changed(d);
                if (!what.empty()) out << ": " << markdown_text(what);
                out << '\n';
            }
            if (changes.empty()) out << markdown_text(tr("No changes.")) << '\n';
            return;
        }
        case DiffFormat::html: {
            out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
                << html_text(labels.from) << " → " << html_text(labels.to)
                << "</title></head>\n<body>\n<h1>" << html_text(labels.from) << " → "
                << html_text(labels.to) << "</h1>\n<ul class=\"changes\">\n";
            for (const Difference& d : changes) {
                out << "<li class=\"" << html_text(d.kind) << "\"><strong>" << html_text(d.kind)
                    << "</strong> " << html_text(subject(d));
                const std::string what = what_changed(d);
                if (!what.empty()) out << ": " << html_text(what);
                out << "</li>\n";
            }
            out << "</ul>\n";
            if (changes.empty()) out << "<p>" << html_text(tr("No changes.")) << "</p>\n";
            out << "</body></html>\n";
            return;
        }
        case DiffFormat::json: {
            nlohmann::ordered_json root;
            root["from"] = labels.from;
            root["to"] = labels.to;
            root["changes"] = nlohmann::ordered_json::array();
            for (const Difference& d : changes) {
                nlohmann::ordered_json c;
                c["kind"] = d.kind;
                c[d.noun] = d.id;
                if (!d.label.empty()) c["label"] = d.label;
                if (d.kind != "added") c["before"] = to_json(d.before);
                if (d.kind != "removed") c["after"] = to_json(d.after);
                if (d.kind == "people") {
                    c["joined"] = d.joined;
                    c["left"] = d.left;
                }
                root["changes"].push_back(std::move(c));
            }
            write_json(out, root, JsonText::exact);
            return;
        }
    }
}

}  // namespace summitry::versions
