// SPDX-License-Identifier: MIT
// From a SourceSchedule (what a frab XML or c3voc JSON file says) to an Event: the zone, the
// instants, the programme days, people, rooms, tracks and sessions. Everything that had to be
// repaired is said once, at the source's position; no event of the source is ever dropped.
// This part: the conference, its rooms and people, and what the event file keeps in x- keys
// (schedule_build.h names the others).
#include "formats/schedule/schedule_import.h"

#include <algorithm>
#include <cctype>

#include "formats/schedule/schedule_build.h"
#include "syntax/yaml_tree.h"
#include "util/url.h"

namespace summitry {

namespace schedule_build {

ImportResult ScheduleImport::run() {
    event_info();
    choose_zone();
    read_times();
    choose_day_change();
    if (set_dates()) {
        entities();
        sessions();
        parallel_tracks();
        keep_extras();
    }
    return b_.result();
}

std::string ScheduleImport::text(std::string_view raw, bool one_line, std::string_view what,
                                 SourceLoc loc) {
    std::string t = clean_text(raw, one_line);
    if (clip_text(t, max_text_)) {
        b_.warn("text-too-long", loc,
                std::string(what) + " is " + std::to_string(raw.size()) +
                    " bytes long; it is cut to " + std::to_string(t.size()) + " bytes",
                "an event file holds at most " + std::to_string(max_text_) +
                    " bytes in one piece of text");
    }
    return t;
}

void ScheduleImport::event_info() {
    const std::string acronym = clean_text(src_.acronym, true);
    const std::string title = text(src_.title, true, "the conference's title", src_.loc);
    info().id = ImportBuilder::slug(!acronym.empty() ? acronym
                                    : !title.empty() ? title
                                                     : "imported");
    info().title = Text(!title.empty() ? title : !acronym.empty() ? acronym : "Imported schedule");
    if (auto s = text(src_.subtitle, true, "the conference's subtitle", src_.loc); !s.empty())
        info().subtitle = Text(std::move(s));
    if (auto d = text(src_.description, false, "the conference's description", src_.loc);
        !d.empty())
        info().description = Text(std::move(d));
    info().website = web_address(text(src_.website, true, "the conference's url", src_.loc),
                                 "the conference's url", src_.loc);
}

void ScheduleImport::entities() {
    std::string venue = clean_text(src_.venue, true);
    venue_ = b_.venue(venue.empty() ? "Venue" : text(venue, true, "the venue's name", src_.loc));
    for (const SourceRoom& r : src_.rooms) {
        const Index i = room(r.name, r.loc);
        if (r.capacity && *r.capacity >= 0)
            b_.event().rooms[static_cast<std::size_t>(i)].capacity = r.capacity;
    }
    for (const SourceTrack& t : src_.tracks) {
        const std::string name = text(t.name, true, "a track's name", src_.loc);
        if (name.empty()) continue;
        Track& track = b_.event().tracks[static_cast<std::size_t>(b_.track(name))];
        const std::string color = clean_text(t.color, true);
        if (track.color.empty() && color.size() == 7 && color[0] == '#' &&
            std::all_of(color.begin() + 1, color.end(),
                        [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); }))
            track.color = color;
    }
    people_mode();
}

void ScheduleImport::parallel_tracks() {
    Event& ev = b_.event();
    std::vector<std::vector<const Session*>> by_track(ev.tracks.size());
    for (const Session& s : ev.sessions)
        if (s.track >= 0 && s.scheduled() && !s.cancelled())
            by_track[static_cast<std::size_t>(s.track)].push_back(&s);
    for (std::size_t t = 0; t < by_track.size(); ++t) {
        auto& list = by_track[t];
        std::sort(list.begin(), list.end(),
                  [](const Session* a, const Session* b) { return *a->start < *b->start; });
        // A sweep: the sessions still running when each one starts; one in another room makes
        // the track parallel.
        std::vector<const Session*> running;
        for (const Session* s : list) {
            std::erase_if(running, [&](const Session* r) { return r->end() <= *s->start; });
            if (std::any_of(running.begin(), running.end(),
                            [&](const Session* r) { return r->room != s->room; })) {
                ev.tracks[t].parallel = true;
                break;
            }
            running.push_back(s);
        }
    }
}

// Room names that differ only in case ("Saal 1", "saal 1": c3voc files list an event's
// room in one spelling and the day's rooms in another) are one room, named as first seen.
Index ScheduleImport::room(std::string_view raw, SourceLoc loc) {
    std::string name = clean_text(raw, true);
    clip_text(name, 200);  // a room's name is a label; its id is made from it
    if (name.empty()) name = "Room";
    std::string folded = name;
    for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto [it, fresh] = room_spelling_.emplace(folded, name);
    if (!fresh && it->second != name && merged_rooms_.insert(name).second) {
        b_.warn("room-case", loc,
                "the rooms " + in_quotes(it->second) + " and " + in_quotes(name) +
                    " differ only in case: they are imported as one room, " +
                    in_quotes(it->second));
    }
    return b_.room(venue_, it->second);
}

// People are merged by the source's id when its ids are one person each; a schedule merged
// from several systems (36C3's "everything") gives one id to different people, and then
// only their names tell them apart.
void ScheduleImport::people_mode() {
    std::unordered_map<std::string, std::string> name_of;
    for (const SourceEvent& e : src_.events) {
        for (const SourcePerson& p : e.persons) {
            const std::string key = clean_text(p.key, true);
            if (key.empty()) continue;
            const std::string name = clean_text(p.name, true);
            auto [it, fresh] = name_of.emplace(key, name);
            if (!fresh && it->second != name && by_id_) {
                by_id_ = false;
                b_.warn("person-id-clash", p.loc,
                        "the schedule gives the person id " + in_quotes(key) + " to " +
                            in_quotes(it->second) + " and to " + in_quotes(name),
                        "its ids come from several systems: people are merged by name instead");
            }
        }
    }
}

std::string ScheduleImport::describe(const SourceEvent& e) const {
    std::string title = clean_text(e.title, true);
    if (title.size() > 60) clip_text(title, 60);
    if (!title.empty()) return "event " + in_quotes(title);
    const std::string id = clean_text(e.id, true);
    return id.empty() ? std::string("an event") : "event " + id;
}

Index ScheduleImport::person(const SourcePerson& p) {
    std::string name = text(p.name, true, "a person's name", p.loc);
    clip_text(name, 200);
    std::string key = by_id_ ? clean_text(p.key, true) : std::string();
    if (name.empty() && key.empty()) {
        b_.warn("missing-key", p.loc, "a person without a name or an id is left out");
        return no_index;
    }
    if (name.empty()) name = clean_text(p.key, true);
    const Index i = b_.person(name, key);
    Person& person = b_.event().people[static_cast<std::size_t>(i)];
    if (person.bio.empty())
        if (auto bio = text(p.bio, false, "the biography of " + in_quotes(name), p.loc);
            !bio.empty())
            person.bio = Text(std::move(bio));
    if (person.affiliation == no_index)
        if (std::string org = text(p.affiliation, true, "an affiliation", p.loc); !org.empty()) {
            clip_text(org, 200);
            const Index o = b_.organization(org);
            b_.event().people[static_cast<std::size_t>(i)].affiliation = o;
        }
    return i;
}

// A url or website as the event file should hold it (util/url.h): as written when it is a
// web address, repaired where the repair is obvious, else left out; the source keeps the
// rest of its links in x-links.
std::string ScheduleImport::web_address(const std::string& url, const std::string& what,
                                        SourceLoc loc) {
    if (url.empty()) return url;
    UrlRepair r = http_url(url);
    if (!r.usable()) {
        std::string shown = url;
        clip_text(shown, 80);
        b_.warn("bad-value", loc, what + ", " + in_quotes(shown) + ", is left out: " + r.change,
                "only absolute http:// and https:// addresses are imported as urls");
    } else if (!r.change.empty()) {
        b_.warn("bad-value", loc, what + " is imported as " + r.url + " (" + r.change + ")");
    }
    return std::move(r.url);
}

void ScheduleImport::links_yaml(std::string& yaml, std::string_view key,
                                const std::vector<SourceLink>& links) {
    yaml += std::string(key) + ": [";
    for (std::size_t k = 0; k < links.size(); ++k) {
        yaml += (k ? ", {" : "{");
        if (!links[k].title.empty()) yaml += "title: " + yaml_quoted(links[k].title) + ", ";
        yaml += "url: " + yaml_quoted(links[k].url) + "}";
    }
    yaml += "]";
}

// What the event file has no key for (a subtitle, the links, the source's guid) is kept in
// `x-` keys, which the loader carries and the writer writes back. The values are nodes of a
// YAML document made for them, owned by the event like those of a loaded file.
void ScheduleImport::keep_extras() {
    const std::string version = text(src_.version, true, "the schedule's version", src_.loc);
    if (extras_.empty() && version.empty()) return;
    std::string yaml;
    for (const auto& [si, x] : extras_) {
        yaml += "- {";
        std::string sep;
        if (!x.subtitle.empty()) yaml += "x-subtitle: " + yaml_quoted(x.subtitle), sep = ", ";
        if (!x.links.empty()) {
            yaml += sep;
            links_yaml(yaml, "x-links", x.links);
            sep = ", ";
        }
        if (!x.attachments.empty()) {
            yaml += sep;
            links_yaml(yaml, "x-attachments", x.attachments);
            sep = ", ";
        }
        if (!x.guid.empty()) yaml += sep + "x-guid: " + yaml_quoted(x.guid), sep = ", ";
        for (const auto& [key, ids] : x.roles) {
            yaml += sep + key + ": [";
            for (std::size_t k = 0; k < ids.size(); ++k)
                yaml += (k ? ", " : "") + yaml_quoted(ids[k]);
            yaml += "]";
            sep = ", ";
        }
        yaml += "}\n";
    }
    // The event's own: the version the source gave its schedule.
    if (!version.empty()) yaml += "- {x-version: " + yaml_quoted(version) + "}\n";
    Diagnostics ignored;
    yaml::ParseLimits limits;
    limits.max_depth = 8;
    auto doc = yaml::parse(yaml, 0, ignored, limits);
    const yaml::Node* root = doc ? doc->root() : nullptr;
    if (root == nullptr || !root->is_sequence() ||
        root->count != extras_.size() + (version.empty() ? 0 : 1) || ignored.has_errors()) {
        b_.warn("internal", src_.loc,
                "the subtitles, links and guids of the sessions could not be kept");
        return;
    }
    for (std::size_t k = 0; k < root->count; ++k) {
        const yaml::Node& map = *root->children[k];
        std::vector<ExtraKey>& extra =
            k < extras_.size()
                ? b_.event().sessions[static_cast<std::size_t>(extras_[k].first)].extra
                : info().extra;
        for (std::size_t m = 0; m < map.map_size(); ++m)
            extra.push_back({std::string(map.key(m).text), &map.value(m)});
    }
    b_.event().documents.push_back(std::move(doc));
}

}  // namespace schedule_build

ImportResult build_schedule(const SourceSchedule& source, ImportBuilder& builder) {
    return schedule_build::ScheduleImport(source, builder).run();
}

}  // namespace summitry
