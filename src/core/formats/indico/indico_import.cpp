// SPDX-License-Identifier: MIT
// Indico's HTTP export API, in the shape Indico's own code writes it (indico/modules/events/
// api.py in 2.x and 3.x, the fossils of indico/web/http_api/fossils.py before; see
// docs/import-indico.md):
//   {"_type": "HTTPAPIResult", "results": [{"_type": "Conference", "timezone": "Europe/Zurich",
//     "contributions": [{...}], "sessions": [{"_type": "SessionSlot", "contributions": [...]}]}]}
// Every date is {"date", "time", "tz"} in the zone the export was asked in, not necessarily the
// event's: each is read in its own `tz` and written in the event's zone. This file reads the
// structure; indico_values.cpp the values.
#include "formats/indico/indico_import.h"

#include <algorithm>

#include "formats/indico/indico_reader.h"

namespace summitry {

namespace indico {

bool Reader::read(SourceSchedule& out) {
    tree_ = json::parse(text_);
    if (!tree_.ok()) {
        b_.diagnostics().error("json-syntax", positions_.at(tree_.error_offset),
                               "the file is not JSON: " + tree_.error, std::string(export_hint));
        return false;
    }
    const Value* event = find_event();
    if (event == nullptr || failed()) return false;
    read_event(*event, out);
    const std::vector<Found> found = contributions(*event);
    if (failed()) return false;
    std::vector<Draft> drafts;
    drafts.reserve(found.size());
    for (const Found& f : found) drafts.push_back(contribution(*f.value, f.block, drafts.size()));
    if (failed()) return false;
    choose_zone(out, drafts);
    if (event_start_) out.start = iso(event_start_->at);
    if (event_end_) out.end = iso(event_end_->at);
    for (Draft& d : drafts) {
        if (d.start) d.event.date = iso(d.start->at);
        out.events.push_back(std::move(d.event));
    }
    for (const auto& [name, color] : track_colors_) out.tracks.push_back({name, color});
    report_rooms(out);
    return !failed();
}

const Value* Reader::find_event() {
    const Value& root = tree_.root();
    if (root.type != Type::object) {
        error("wrong-type", root,
              "the file is JSON but not an Indico export: it is " +
                  std::string(json::describe(root.type)) + ", not an object",
              std::string(export_hint));
        return nullptr;
    }
    const Value* results = unique(root, "results");
    if (results == nullptr) {
        // The event object alone, as `jq .results[0]` saves it.
        const Value* type = unique(root, "_type");
        if (type != nullptr && type->type == Type::string && tree_.text(*type) == "Conference")
            return &root;
        error("missing-key", root,
              "the file is JSON but not an Indico export: it has no \"results\"",
              std::string(export_hint));
        return nullptr;
    }
    if (results->type == Type::object) {
        error("wrong-type", *results,
              "'results' is an object, as in Indico's timetable export; Summitry reads its "
              "event export, where 'results' is a list of events",
              std::string(export_hint));
        return nullptr;
    }
    if (results->type != Type::array) {
        error("wrong-type", *results, "'results' must be a list of events, not " + shown(*results),
              std::string(export_hint));
        return nullptr;
    }
    if (results->count != 1) {
        error(results->count == 0 ? "no-event" : "several-events", *results,
              results->count == 0 ? "the export holds no event"
                                  : "the export holds " + std::to_string(results->count) +
                                        " events; Summitry imports one event a file",
              results->count == 0
                  ? "Indico leaves out events the one who asks may not see: check the event's "
                    "number and the API token"
                  : "export each event on its own: /export/event/N.json?detail=contributions");
        return nullptr;
    }
    const Value* event = nullptr;
    tree_.each(*results, [&](const Value& e) { event = &e; });
    if (event->type != Type::object) {
        error("wrong-type", *event,
              "an event of 'results' must be an object, not " + shown(*event));
        return nullptr;
    }
    return event;
}

void Reader::read_event(const Value& e, SourceSchedule& out) {
    const std::string what = "the event";
    out.loc = at(e);
    out.title = text(e, "title", what);
    out.description = text(e, "description", what);
    out.website = text(e, "url", what);
    out.venue = text(e, "location", what);
    const Value* tz = unique(e, "timezone");
    out.zone_loc = tz != nullptr ? at(*tz) : out.loc;
    declared_ = clean_text(text(e, "timezone", what), true);
    declared_zone_ = find_zone(declared_);
    event_start_ = stamp(e, "startDate", what);
    event_end_ = stamp(e, "endDate", what);
}

// The contributions of the event, where Indico lists them, then any other object below the
// event that says it is one (count_indico_contributions() counts the same, its own way).
std::vector<Found> Reader::contributions(const Value& event) {
    std::vector<Found> found;
    std::unordered_set<const Value*> listed;
    const auto take = [&](const Value& list, const Value* block) {
        if (list.type == Type::null) return;
        if (list.type != Type::array) {
            error("wrong-type", list, "'contributions' must be a list, not " + shown(list));
            return;
        }
        tree_.each(list, [&](const Value& c) {
            if (c.type != Type::object) {
                error("wrong-type", c, "a contribution must be an object, not " + shown(c));
                return;
            }
            listed.insert(&c);
            found.push_back({&c, block});
        });
    };
    const Value* own = unique(event, "contributions");
    const Value* sessions = unique(event, "sessions");
    if (own == nullptr && sessions == nullptr) {
        error("missing-key", event,
              "the event has no 'contributions': the export was made without them "
              "(Indico's detail=events)",
              "export it with ?detail=contributions, or ?detail=sessions");
        return {};
    }
    if (own != nullptr) take(*own, nullptr);
    if (sessions != nullptr && sessions->type != Type::null) {
        if (sessions->type != Type::array) {
            error("wrong-type", *sessions, "'sessions' must be a list, not " + shown(*sessions));
            return {};
        }
        tree_.each(*sessions, [&](const Value& block) {
            if (block.type != Type::object) {
                error("wrong-type", block, "a session must be an object, not " + shown(block));
            } else if (const Value* list = unique(block, "contributions")) {
                take(*list, &block);
            }
        });
    }
    std::size_t strays = 0;
    const Value* first_stray = nullptr;
    std::vector<const Value*> stack{&event};
    while (!stack.empty()) {
        const Value& v = *stack.back();
        stack.pop_back();
        if (v.type != Type::object && v.type != Type::array) continue;
        if (v.type == Type::object && !listed.contains(&v)) {
            const Value* type = unique(v, "_type");
            if (type != nullptr && type->type == Type::string &&
                tree_.text(*type) == "Contribution") {
                found.push_back({&v, nullptr});
                if (strays++ == 0) first_stray = &v;
            }
        }
        // Children in written order: the stack takes them last first.
        const std::size_t mark = stack.size();
        tree_.each(v, [&](const Value& child) { stack.push_back(&child); });
        std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(mark), stack.end());
    }
    if (strays > 0) {
        b_.warn(
            "misplaced-contribution", at(*first_stray),
            std::to_string(strays) +
                (strays == 1 ? " contribution stands" : " contributions stand") +
                " outside the event's 'contributions' and its sessions' 'contributions', "
                "where Indico's export does not put them",
            strays == 1 ? "it is imported like the others" : "they are imported like the others");
    }
    return found;
}

Draft Reader::contribution(const Value& c, const Value* block, std::size_t index) {
    Draft d;
    SourceEvent& e = d.event;
    e.loc = at(c);
    e.id = text(c, "id", "a contribution");
    e.title = text(c, "title", "a contribution");
    const std::string what = describe(e);
    e.code = text(c, "code", what);
    e.description = text(c, "description", what);
    e.type = text(c, "type", what);
    e.url = text(c, "url", what);
    e.track = text(c, "track", what);
    if (clean_text(e.track, true).empty()) session_as_track(c, block, what, e);
    keywords(c, what, e);

    const Value* start = unique(c, "startDate");
    const Value* end = unique(c, "endDate");
    const Value* duration = unique(c, "duration");
    e.date_loc = start != nullptr ? at(*start) : e.loc;
    e.duration_loc = e.loc;
    d.start = stamp(c, "startDate", what);
    const std::optional<Stamp> until = stamp(c, "endDate", what);
    // The end names the instant; Indico's `duration` is whole minutes and forgets whole days.
    if (d.start && until) {
        if (until->at > d.start->at) {
            e.duration = duration_text(until->at - d.start->at);
            e.duration_loc = at(*end);
        } else if (until->at < d.start->at) {
            b_.warn("bad-range", at(*end), what + " ends before it starts",
                    "its 'duration' is taken instead");
        }
    }
    if (e.duration.empty() && duration != nullptr && duration->type != Type::null) {
        e.duration_loc = at(*duration);
        if (auto m = minutes(*duration))
            e.duration = duration_text(*m);
        else
            b_.warn("bad-value", at(*duration),
                    "'duration' of " + what + " should be whole minutes, not " + shown(*duration));
    }

    // Indico resolves a contribution's room and location from its block or its event
    // (LocationMixin): what it writes is where the contribution is.
    std::string room = clean_text(text(c, "roomFullname", what), true);
    if (room.empty()) room = clean_text(text(c, "room", what), true);
    if (!room.empty()) {
        e.room = room;
    } else if (std::string venue = clean_text(text(c, "location", what), true); !venue.empty()) {
        e.room = venue;
        in_venue_.push_back(index);
    } else {
        e.unplaced = true;
        unplaced_.push_back(index);
    }
    std::string title = clean_text(e.title, true);
    clip_text(title, 60);
    titles_.push_back(title.empty() ? what : in_quotes(title));

    people(c, "speakers", what, e.persons);
    if (const Value* subs = unique(c, "subContributions");
        subs != nullptr && subs->type == Type::array) {
        // A subcontribution has no time of its own: its speakers speak in the contribution.
        tree_.each(*subs, [&](const Value& sub) {
            if (sub.type == Type::object) people(sub, "speakers", what, e.persons);
        });
    }
    for (const auto& [key, role] :
         {std::pair{"primaryauthors", "x-authors"}, std::pair{"coauthors", "x-coauthors"}}) {
        SourceEvent::Role r{role, {}};
        people(c, key, what, r.persons);
        if (!r.persons.empty()) e.roles.push_back(std::move(r));
    }
    return d;
}

// An Indico session groups contributions as a track does, in one colour: a contribution
// without a track takes its session's title as its track (docs/import-indico.md).
void Reader::session_as_track(const Value& c, const Value* block, const std::string& what,
                              SourceEvent& e) {
    e.track = text(c, "session", what);
    if (block == nullptr) return;
    const Value* session = unique(*block, "session");
    const Value& owner = session != nullptr && session->type == Type::object ? *session : *block;
    if (clean_text(e.track, true).empty()) e.track = text(owner, "title", "a session");
    const std::string name = clean_text(e.track, true);
    if (name.empty() || track_colors_index_.contains(name)) return;
    const std::string color = clean_text(text(owner, "color", "a session"), true);
    if (color.empty()) return;
    track_colors_index_.insert(name);
    track_colors_.emplace_back(name, color);
}

std::string Reader::some_titles(const std::vector<std::size_t>& which) const {
    std::string s;
    for (std::size_t k = 0; k < which.size() && k < 3; ++k)
        s += (k ? ", " : "") + titles_[which[k]];
    if (which.size() > 3) s += " and " + std::to_string(which.size() - 3) + " more";
    return s;
}

// Contributions without a room: in a room named after their location, or in none. Said
// once for each, naming the first few.
void Reader::report_rooms(const SourceSchedule& out) {
    if (!in_venue_.empty()) {
        const std::size_t n = in_venue_.size();
        const SourceEvent& first = out.events[in_venue_.front()];
        b_.warn("no-room", first.loc,
                std::to_string(n) + (n == 1 ? " contribution has" : " contributions have") +
                    " no room (" + some_titles(in_venue_) +
                    "): " + (n == 1 ? "it is" : "they are") + " placed in a room named after " +
                    (n == 1 ? "its" : "their") + " location, such as " + in_quotes(first.room),
                "the event gets a room of that name, to be replaced by real rooms in the planner");
    }
    if (!unplaced_.empty()) {
        const std::size_t n = unplaced_.size();
        b_.warn("no-room", out.events[unplaced_.front()].loc,
                std::to_string(n) + (n == 1 ? " contribution has" : " contributions have") +
                    " neither a room nor a location (" + some_titles(unplaced_) +
                    "): " + (n == 1 ? "it is" : "they are") + " imported in no room",
                "`check` lists such sessions as unscheduled; place them in the planner");
    }
}
}  // namespace indico

ImportResult import_indico(std::string_view text, const std::string& source) {
    ImportBuilder b(source);
    SourceSchedule schedule;
    if (!indico::Reader(text, b).read(schedule)) return b.result();
    return build_schedule(schedule, b);
}

}  // namespace summitry
