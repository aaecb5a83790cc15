// SPDX-License-Identifier: MIT
// Who takes part in a VEVENT, from the credit lines that start its DESCRIPTION (ics_importer.h).
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "formats/ics/ics_importer.h"

namespace summitry::ics_reader {

namespace {

// The labels of a "Speakers: ..." line. linux.conf.au's calendar (Symposion) starts a description
// with "Speaker: Name"; Summitry's own export (ics_export.cpp) with "Speakers: Name (Role,
// Organization); ...", then Moderators, Hosts and With, in English, French or German. Speaker
// labels are read in any calendar; the others only in one Summitry wrote, where a French
// description starting "Accueil : ..." is known to mean hosts.
std::optional<Role> role_of(std::string_view label, bool summitry) {
    static const std::map<std::string_view, Role> any = {
        {"Speaker", Role::speakers},
        {"Speakers", Role::speakers},
        {"Speaker(s)", Role::speakers},
        {"Intervenant", Role::speakers},
        {"Intervenants", Role::speakers},
        {"Sprecher", Role::speakers},
        {"Sprecherin", Role::speakers},
        {"Referent", Role::speakers},
        {"Referentin", Role::speakers},
        {"von", Role::speakers},  // KOLT: "von: Name"
        {"Von", Role::speakers},
        {"By", Role::speakers},
        {"by", Role::speakers}};
    static const std::map<std::string_view, Role> ours = {
        {"Moderators", Role::moderators}, {"Modération", Role::moderators},
        {"Moderation", Role::moderators}, {"Hosts", Role::hosts},
        {"Accueil", Role::hosts},         {"Gastgeber", Role::hosts},
        {"With", Role::organizations},    {"Avec", Role::organizations},
        {"Mit", Role::organizations}};
    if (auto it = any.find(label); it != any.end()) return it->second;
    if (auto it = ours.find(label); summitry && it != ours.end()) return it->second;
    return std::nullopt;
}

// Splits at `sep` outside parentheses: "A (Role, Org), B" is two names.
std::vector<std::string> split_names(std::string_view list, char sep) {
    std::vector<std::string> out;
    int depth = 0;
    std::string cur;
    for (char c : list) {
        if (c == '(') ++depth;
        if (c == ')' && depth > 0) --depth;
        if (c == sep && depth == 0) {
            out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(std::move(cur));
    return out;
}

// A name as credited: "Dame Menna Rawlings (British Ambassador to France)" -> the name alone.
std::optional<std::string> credited_name(std::string_view item, bool organization) {
    item = trim(item);
    if (!organization && item.ends_with(')')) {
        if (const std::size_t open = item.find(" ("); open != std::string_view::npos)
            item = trim(item.substr(0, open));
    }
    if (item.empty() || item.size() > 100) return std::nullopt;
    if (!organization && std::count(item.begin(), item.end(), ' ') > 8) return std::nullopt;
    return std::string(item);
}

std::optional<Credit> credit_line(std::string_view line, bool summitry) {
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon > 40) return std::nullopt;
    std::string_view label = trim(line.substr(0, colon));
    while (label.ends_with("\u00a0")) label = trim(label.substr(0, label.size() - 2));
    const auto role = role_of(label, summitry);
    if (!role) return std::nullopt;
    const std::string_view list = trim(line.substr(colon + 1));
    if (list.empty()) return std::nullopt;
    Credit c{*role, {}};
    const bool orgs = *role == Role::organizations;
    std::vector<std::string> items =
        list.find(';') != std::string_view::npos ? split_names(list, ';') : split_names(list, ',');
    if (items.size() == 1 && !orgs) {
        // "Ann Smith and Bob Jones", "Ann Smith & Bob Jones"
        for (std::string_view joiner : {" and ", " & "}) {
            const std::size_t at = items[0].find(joiner);
            if (at == std::string::npos || items[0].find('(') < at) continue;
            std::string rest = items[0].substr(at + joiner.size());
            items[0].resize(at);
            items.push_back(std::move(rest));
            break;
        }
    }
    if (items.size() > 30) return std::nullopt;
    for (const std::string& item : items) {
        auto name = credited_name(item, orgs);
        if (!name) return std::nullopt;  // not a list of names after all
        c.names.push_back(std::move(*name));
    }
    return c;
}

}  // namespace

std::vector<Credit> take_credits(std::string& description, bool summitry) {
    std::vector<Credit> out;
    std::size_t pos = 0;
    while (pos < description.size()) {
        std::size_t end = description.find('\n', pos);
        if (end == std::string::npos) end = description.size();
        auto c = credit_line(std::string_view(description).substr(pos, end - pos), summitry);
        if (!c) break;
        out.push_back(std::move(*c));
        pos = end + (end < description.size() ? 1 : 0);
    }
    if (!out.empty()) description = std::string(trim(std::string_view(description).substr(pos)));
    return out;
}

}  // namespace summitry::ics_reader
