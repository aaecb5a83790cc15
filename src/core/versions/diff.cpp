// SPDX-License-Identifier: MIT
#include "versions/diff.h"

#include <algorithm>
#include <set>

#include "time/time.h"

namespace summitry::versions {

namespace {

using Values = std::map<std::string, std::string>;

// The order kinds are listed in, and (for apply) created in.
int kind_rank(const EntityValues& e) {
    if (e.is_event) return 0;
    switch (e.kind) {
        case EntityKind::organization: return 1;
        case EntityKind::person: return 2;
        case EntityKind::venue: return 3;
        case EntityKind::room: return 4;
        case EntityKind::track: return 5;
        case EntityKind::session: return 6;
    }
    return 6;
}

std::string noun_of(const EntityValues& e) {
    return e.is_event ? std::string("event") : std::string(entity_noun(e.kind));
}

std::string value_of(const Values& v, const std::string& key) {
    const auto it = v.find(key);
    return it == v.end() ? std::string() : it->second;
}

// The ids of a YAML flow list as values.cpp writes them: "[a, b]".
std::vector<std::string> ids_of(const std::string& list) {
    std::vector<std::string> out;
    if (list.size() < 2) return out;
    std::string item;
    for (char c : std::string_view(list).substr(1, list.size() - 2)) {
        if (c == ',') {
            out.push_back(item);
            item.clear();
        } else if (c != ' ') {
            item.push_back(c);
        }
    }
    if (!item.empty()) out.push_back(item);
    return out;
}

std::vector<std::string> people_of(const Values& v) {
    std::vector<std::string> all;
    for (const char* k : {"speakers", "moderators", "hosts"})
        for (auto& id : ids_of(value_of(v, k)))
            if (std::find(all.begin(), all.end(), id) == all.end()) all.push_back(id);
    return all;
}

void session_changes(const EntityValues& a, const EntityValues& b, std::vector<Difference>& out) {
    const auto make = [&](const char* kind) {
        return Difference{kind, "session", b.id, {}, {}, {}, {}, {}};
    };
    std::set<std::string> keys;
    for (const auto& [k, v] : a.values) keys.insert(k);
    for (const auto& [k, v] : b.values) keys.insert(k);
    std::set<std::string> changed;
    for (const auto& k : keys)
        if (value_of(a.values, k) != value_of(b.values, k)) changed.insert(k);
    if (changed.empty()) return;
    const auto take = [&](Difference& d, const std::string& k) {
        if (a.values.contains(k)) d.before[k] = a.values.at(k);
        if (b.values.contains(k)) d.after[k] = b.values.at(k);
        changed.erase(k);
    };
    if (changed.contains("start") || changed.contains("duration") || changed.contains("room")) {
        Difference d = make("moved");
        for (const char* k : {"start", "duration", "room"}) take(d, k);
        out.push_back(std::move(d));
    }
    if (changed.contains("title")) {
        Difference d = make("retitled");
        take(d, "title");
        out.push_back(std::move(d));
    }
    if (changed.contains("speakers") || changed.contains("moderators") ||
        changed.contains("hosts")) {
        Difference d = make("people");
        const auto was = people_of(a.values);
        const auto now = people_of(b.values);
        for (const auto& p : now)
            if (std::find(was.begin(), was.end(), p) == was.end()) d.joined.push_back(p);
        for (const auto& p : was)
            if (std::find(now.begin(), now.end(), p) == now.end()) d.left.push_back(p);
        for (const char* k : {"speakers", "moderators", "hosts"})
            if (changed.contains(k)) take(d, k);
        out.push_back(std::move(d));
    }
    if (changed.contains("status")) {
        const bool was = value_of(a.values, "status") == "cancelled";
        const bool now = value_of(b.values, "status") == "cancelled";
        Difference d = make(now ? "cancelled" : was ? "reinstated" : "details");
        take(d, "status");
        out.push_back(std::move(d));
    }
    if (!changed.empty()) {
        Difference d = make("details");
        for (const auto& k : std::set<std::string>(changed)) take(d, k);
        out.push_back(std::move(d));
    }
}

// A label for an entity: a session's title, a person's name, ... as written (YAML text).
std::string label_of(const EntityValues& e) {
    for (const char* k : {"title", "name"}) {
        const auto it = e.values.find(k);
        if (it != e.values.end()) return it->second;
    }
    return {};
}

}  // namespace

std::vector<Difference> diff_values(const std::map<std::string, EntityValues>& from,
                                    const std::map<std::string, EntityValues>& to) {
    // Entities in listing order: by kind, then id.
    std::vector<std::pair<int, std::string>> order;
    for (const auto& [key, e] : from) order.emplace_back(kind_rank(e), key);
    for (const auto& [key, e] : to)
        if (!from.contains(key)) order.emplace_back(kind_rank(e), key);
    std::sort(order.begin(), order.end());
    std::vector<Difference> out;
    for (const auto& [rank, key] : order) {
        const auto ia = from.find(key);
        const auto ib = to.find(key);
        if (ib == to.end()) {
            const EntityValues& a = ia->second;
            out.push_back({"removed", noun_of(a), a.id, label_of(a), a.values, {}, {}, {}});
            continue;
        }
        const EntityValues& b = ib->second;
        if (ia == from.end()) {
            out.push_back({"added", noun_of(b), b.id, label_of(b), {}, b.values, {}, {}});
            continue;
        }
        const EntityValues& a = ia->second;
        const std::size_t first = out.size();
        if (!b.is_event && b.kind == EntityKind::session) {
            session_changes(a, b, out);
        } else if (a.values != b.values) {
            Difference d{"details", noun_of(b), b.id, {}, {}, {}, {}, {}};
            std::set<std::string> keys;
            for (const auto& [k, v] : a.values) keys.insert(k);
            for (const auto& [k, v] : b.values) keys.insert(k);
            for (const auto& k : keys) {
                if (value_of(a.values, k) == value_of(b.values, k)) continue;
                if (a.values.contains(k)) d.before[k] = a.values.at(k);
                if (b.values.contains(k)) d.after[k] = b.values.at(k);
            }
            out.push_back(std::move(d));
        }
        for (std::size_t i = first; i < out.size(); ++i) out[i].label = label_of(b);
    }
    return out;
}

std::vector<Difference> diff_events(const Event& from, const Event& to, Audience audience,
                                    const std::string& lang) {
    // What is the same on both sides makes no difference: left out before any value is made.
    const SameEntities same = same_entities(from, to);
    std::vector<Difference> out =
        diff_values(event_values(from, audience, same), event_values(to, audience, same));
    // Labels in the language asked for: from the event that has the entity.
    for (Difference& d : out) {
        const Event& ev = d.kind == "removed" ? from : to;
        if (d.noun == "session") {
            const Index s = ev.find_session(d.id);
            if (s != no_index)
                d.label = std::string(ev.sessions[static_cast<std::size_t>(s)].title.get(
                    lang, ev.default_language()));
        } else if (d.noun == "person") {
            const Index p = ev.find_person(d.id);
            if (p != no_index) d.label = ev.people[static_cast<std::size_t>(p)].name;
        } else if (d.noun == "event") {
            d.label = std::string(ev.info.title.get(lang, ev.default_language()));
        } else {
            // Names of other kinds: the YAML text stays (a rare, short label).
        }
    }
    return out;
}

}  // namespace summitry::versions
