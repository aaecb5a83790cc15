// SPDX-License-Identifier: MIT
#include "formats/import_builder.h"

#include "util/collate.h"

namespace summitry {

ImportBuilder::ImportBuilder(std::string source) {
    event_.files.add(std::move(source));
}

std::string ImportBuilder::slug(std::string_view text) {
    const std::string folded = sort_key(text);  // lower case, Latin accents folded
    std::string out;
    for (char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            out += c;
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
        if (out.size() >= 64) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.empty()) {
        // Text in a script with no ASCII letters: an id from its bytes.
        std::size_t h = std::hash<std::string_view>{}(text);
        out = "x" + std::to_string(h % 1000000);
    }
    return out;
}

std::string ImportBuilder::unique_id(std::unordered_map<std::string, int>& taken,
                                     std::string_view wanted) {
    std::string base = slug(wanted);
    auto [it, fresh] = taken.emplace(base, 1);
    if (fresh) return base;
    for (;;) {
        std::string candidate = base + "-" + std::to_string(++it->second);
        if (taken.emplace(candidate, 1).second) return candidate;
    }
}

Index ImportBuilder::organization(std::string_view name) {
    auto [it, fresh] =
        organizations_.emplace(std::string(name), static_cast<Index>(event_.organizations.size()));
    if (fresh) {
        Organization& o = event_.organizations.emplace_back();
        o.id = unique_id(org_ids_, name);
        o.name = Text(std::string(name));
    }
    return it->second;
}

Index ImportBuilder::person(std::string_view name, std::string_view key) {
    // A person named without an id is the first person of that name, with an id or not; a
    // person with an id is that id's, else the one of that name that came without an id.
    const std::string by_name = "name:" + std::string(name);
    if (key.empty()) {
        if (auto it = people_.find(by_name); it != people_.end()) return it->second;
    } else if (auto it = people_.find("key:" + std::string(key)); it != people_.end()) {
        return it->second;
    } else if (auto unkeyed = people_.find("unkeyed:" + std::string(name));
               unkeyed != people_.end()) {
        people_.emplace("key:" + std::string(key), unkeyed->second);
        people_.erase(unkeyed);
        return people_.at("key:" + std::string(key));
    }
    const auto i = static_cast<Index>(event_.people.size());
    Person& p = event_.people.emplace_back();
    p.id = unique_id(person_ids_, name.empty() ? key : name);
    p.name = std::string(name.empty() ? key : name);
    if (!key.empty())
        people_.emplace("key:" + std::string(key), i);
    else
        people_.emplace("unkeyed:" + std::string(name), i);
    people_.emplace(by_name, i);  // the first of a name stays the one a bare name means
    return i;
}

Index ImportBuilder::venue(std::string_view name) {
    auto [it, fresh] = venues_.emplace(std::string(name), static_cast<Index>(event_.venues.size()));
    if (fresh) {
        Venue& v = event_.venues.emplace_back();
        v.id = unique_id(venue_ids_, name);
        v.name = Text(std::string(name));
        v.zone = event_.info.zone;
    }
    return it->second;
}

Index ImportBuilder::room(Index venue, std::string_view name) {
    const std::string k = std::to_string(venue) + "/" + std::string(name);
    auto [it, fresh] = rooms_.emplace(k, static_cast<Index>(event_.rooms.size()));
    if (fresh) {
        Room& r = event_.rooms.emplace_back();
        r.id = unique_id(room_ids_, name);  // unique across venues: sessions name rooms plainly
        r.name = Text(std::string(name));
        r.venue = venue;
        event_.venues[static_cast<std::size_t>(venue)].rooms.push_back(it->second);
    }
    return it->second;
}

Index ImportBuilder::track(std::string_view name) {
    auto [it, fresh] = tracks_.emplace(std::string(name), static_cast<Index>(event_.tracks.size()));
    if (fresh) {
        Track& t = event_.tracks.emplace_back();
        t.id = unique_id(track_ids_, name);
        t.name = Text(std::string(name));
    }
    return it->second;
}

Session& ImportBuilder::add_session(std::string_view wanted, SourceLoc loc, bool say_duplicate) {
    const std::string base = slug(wanted);
    std::string id = unique_id(session_ids_, wanted);
    if (id != base && say_duplicate) {
        warn("duplicate-id", loc, "an earlier session of the source has the id '" + base + "'",
             "this one is imported as '" + id + "'");
    }
    Session& s = event_.sessions.emplace_back();
    s.id = std::move(id);
    s.loc = loc;
    return s;
}

void ImportBuilder::skip_session(SourceLoc loc, const std::string& what, const std::string& why) {
    warn("session-skipped", loc, what + " is not imported: " + why);
    skipped_.push_back({loc, why});
}

ImportResult ImportBuilder::result() {
    Diagnostics diags = std::move(diags_);
    std::vector<SkippedSession> skipped = std::move(skipped_);
    return {finish(), std::move(diags), std::move(skipped)};
}

Event ImportBuilder::finish() {
    for (Venue& v : event_.venues)
        if (v.zone == nullptr) v.zone = event_.info.zone;
    event_.reindex();
    return std::move(event_);
}

}  // namespace summitry
