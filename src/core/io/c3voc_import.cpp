// SPDX-License-Identifier: MIT
// c3voc schedule.json: {"schedule": {"conference": {"days": [{"rooms": {"Name": [event...]}}]}}}
// (spec: ../shared/data/schemas/schedule.schema.json). The values this reader takes must have
// the types the schema gives them: a value of another type (an event id written as text, a
// person with no name) is an error, and the file is refused, as the c3voc validator refuses it.
// What the schema only advises (slug patterns, unknown keys) is not judged: real files from
// frab and the 36C3 merge stray from it and import.
#include "io/c3voc_import.h"

#include <cmath>

#include "diag/quote.h"
#include "io/json_tree.h"
#include "io/schedule_import.h"

namespace summitry {

namespace {

using json::Type;
using json::Value;

class C3vocReader {
public:
    C3vocReader(std::string_view text, ImportBuilder& b) : text_(text), positions_(text), b_(b) {}

    bool read(SourceSchedule& out) {
        tree_ = json::parse(text_);
        if (!tree_.ok()) {
            b_.diagnostics().error("json-syntax", positions_.at(tree_.error_offset),
                                   "the file is not JSON: " + tree_.error,
                                   "a c3voc schedule.json is one JSON object with a \"schedule\"");
            return false;
        }
        const Value& root = tree_.root();
        if (!expect(root, Type::object, "the file")) return false;
        const Value* schedule = tree_.find(root, "schedule");
        if (schedule == nullptr) {
            error("missing-key", root,
                  "the file is JSON but not a c3voc schedule: it has no \"schedule\"");
            return false;
        }
        if (!expect(*schedule, Type::object, "'schedule'")) return false;
        base_url_ = str(*schedule, "base_url", "'schedule'");
        if (const Value* rooms = tree_.find(*schedule, "rooms")) {
            error(
                "misplaced-key", *rooms, "'rooms' does not belong in 'schedule'",
                "schedule.json lists the rooms in 'conference' (the schema forbids schedule.rooms)",
                true);
        }
        const Value* conf = tree_.find(*schedule, "conference");
        if (conf == nullptr) {
            error("missing-key", *schedule, "'schedule' has no 'conference'");
            return false;
        }
        if (!expect(*conf, Type::object, "'conference'")) return false;
        conference(*conf, out);
        return b_.diagnostics().errors() == 0;
    }

private:
    SourceLoc at(const Value& v) const { return positions_.at(v.offset); }

    void error(std::string rule, const Value& v, std::string message, std::string hint = {},
               bool at_key = false) {
        b_.diagnostics().error(std::move(rule), positions_.at(at_key ? v.key_offset : v.offset),
                               std::move(message), std::move(hint));
    }

    bool expect(const Value& v, Type type, std::string_view what) {
        if (v.type == type) return true;
        error("wrong-type", v,
              std::string(what) + " must be " + std::string(json::describe(type)) + ", not " +
                  shown(v));
        return false;
    }

    // A value as a message shows it: text quoted, other values by their type.
    std::string shown(const Value& v) const {
        if (v.type == Type::string) {
            std::string t(tree_.text(v).substr(0, 40));
            return "the text \"" + clean_text(t, true) + "\"";
        }
        return std::string(json::describe(v.type));
    }

    // The text of member `key`: empty when absent or null (where the schema allows null).
    std::string str(const Value& obj, std::string_view key, std::string_view what,
                    bool nullable = true) {
        const Value* v = tree_.find(obj, key);
        if (v == nullptr) return {};
        if (v->type == Type::string) return std::string(tree_.text(*v));
        if (v->type == Type::null && nullable) return {};
        error("wrong-type", *v,
              "'" + std::string(key) + "' of " + std::string(what) + " must be text, not " +
                  shown(*v));
        return {};
    }

    // An integer id (the schema's `id` of events and frab persons), as text.
    std::string integer_id(const Value& obj, std::string_view what) {
        const Value* v = tree_.find(obj, "id");
        if (v == nullptr || v->type == Type::null) return {};
        if (v->type == Type::integer) return std::to_string(v->integer);
        error("wrong-type", *v,
              "'id' of " + std::string(what) + " must be a whole number, not " + shown(*v),
              "schedule.json gives ids as numbers (\"id\": 2814); a text id is not schedule.json");
        return {};
    }

    const Value* list(const Value& obj, std::string_view key, std::string_view what) {
        const Value* v = tree_.find(obj, key);
        if (v == nullptr || v->type == Type::null) return nullptr;
        if (!expect(*v, Type::array, "'" + std::string(key) + "' of " + std::string(what)))
            return nullptr;
        return v;
    }

    void conference(const Value& c, SourceSchedule& out) {
        out.loc = at(c);
        out.title = str(c, "title", "the conference");
        out.subtitle = str(c, "subtitle", "the conference");
        out.acronym = str(c, "acronym", "the conference");
        out.description = str(c, "description", "the conference");
        out.start = str(c, "start", "the conference");
        out.end = str(c, "end", "the conference");
        out.time_zone_name = str(c, "time_zone_name", "the conference");
        const Value* tz = tree_.find(c, "time_zone_name");
        out.zone_loc = tz != nullptr ? at(*tz) : out.loc;
        out.day_change = str(c, "day_change", "the conference");
        out.timeslot = str(c, "timeslot_duration", "the conference");
        out.website = str(c, "url", "the conference");
        if (out.website.empty()) out.website = base_url_;
        if (const Value* rooms = list(c, "rooms", "the conference")) {
            tree_.each(*rooms, [&](const Value& r) {
                if (!expect(r, Type::object, "a room of the conference")) return;
                SourceRoom room{str(r, "name", "a room", false), std::nullopt};
                if (const Value* cap = tree_.find(r, "capacity")) {
                    if (cap->type == Type::integer && cap->integer >= 0 &&
                        cap->integer <= 10'000'000)
                        room.capacity = static_cast<int>(cap->integer);
                    else if (cap->type == Type::number && cap->number >= 0 && cap->number <= 1e7)
                        room.capacity = static_cast<int>(std::lround(cap->number));
                }
                out.rooms.push_back(std::move(room));
            });
        }
        if (const Value* tracks = list(c, "tracks", "the conference")) {
            tree_.each(*tracks, [&](const Value& t) {
                if (!expect(t, Type::object, "a track of the conference")) return;
                out.tracks.push_back({str(t, "name", "a track"), str(t, "color", "a track")});
            });
        }
        const Value* days = list(c, "days", "the conference");
        if (days == nullptr) {
            b_.warn("missing-key", out.loc,
                    "the conference has no 'days': there are no sessions to import");
            return;
        }
        tree_.each(*days, [&](const Value& d) { day(d, out); });
    }

    void day(const Value& d, SourceSchedule& out) {
        if (!expect(d, Type::object, "a day")) return;
        SourceDay sd;
        sd.loc = at(d);
        sd.date = str(d, "date", "a day");
        sd.start = str(d, "day_start", "a day");
        sd.end = str(d, "day_end", "a day");
        const std::size_t index = out.days.size();
        out.days.push_back(std::move(sd));
        const Value* rooms = tree_.find(d, "rooms");
        if (rooms == nullptr || rooms->type == Type::null) return;
        if (!expect(*rooms, Type::object, "'rooms' of a day")) return;
        tree_.each(*rooms, [&](const Value& events) {
            const std::string room(tree_.key(events));
            out.rooms.push_back({room, std::nullopt});
            if (events.type == Type::null) return;
            if (!expect(events, Type::array, "the events of room " + quote(clean_text(room, true))))
                return;
            tree_.each(events, [&](const Value& e) {
                if (expect(e, Type::object, "an event"))
                    out.events.push_back(event(e, room, index));
            });
        });
    }

    SourceEvent event(const Value& v, const std::string& room, std::size_t day) {
        SourceEvent e;
        e.loc = at(v);
        const Value* date = tree_.find(v, "date");
        const Value* duration = tree_.find(v, "duration");
        e.date_loc = date != nullptr ? at(*date) : e.loc;
        e.duration_loc = duration != nullptr ? at(*duration) : e.loc;
        const std::string what = "an event";
        e.id = integer_id(v, what);
        e.guid = str(v, "guid", what);
        e.code = str(v, "code", what);
        e.slug = str(v, "slug", what);
        e.title = str(v, "title", what);
        e.subtitle = str(v, "subtitle", what);
        e.type = str(v, "type", what);
        e.track = str(v, "track", what);
        e.language = str(v, "language", what);
        e.abstract = str(v, "abstract", what);
        e.description = str(v, "description", what);
        e.url = str(v, "url", what);
        e.date = str(v, "date", what);
        e.start = str(v, "start", what);
        e.duration = str(v, "duration", what);
        e.end = str(v, "end", what);
        // The room it is listed under is where it happens, as in frab XML.
        e.room = !room.empty() ? room : str(v, "room", what);
        e.day = day;
        if (const Value* persons = list(v, "persons", what)) {
            tree_.each(*persons, [&](const Value& p) {
                if (expect(p, Type::object, "a person")) e.persons.push_back(person(p));
            });
        }
        if (const Value* links = list(v, "links", what)) {
            tree_.each(*links, [&](const Value& l) {
                if (l.type == Type::string) {  // 36C3 writes bare URLs; the schema wants objects
                    e.links.push_back({std::string(tree_.text(l)), {}});
                } else if (expect(l, Type::object, "a link")) {
                    e.links.push_back({str(l, "url", "a link"), str(l, "title", "a link")});
                }
            });
        }
        return e;
    }

    SourcePerson person(const Value& p) {
        SourcePerson out;
        out.loc = at(p);
        out.name = str(p, "name", "a person");
        if (out.name.empty()) out.name = str(p, "public_name", "a person");
        if (out.name.empty()) out.name = str(p, "full_public_name", "a person");
        out.bio = str(p, "biography", "a person");
        const std::string guid = str(p, "guid", "a person");
        const std::string id = integer_id(p, "a person");
        const std::string code = str(p, "code", "a person");
        out.key = !guid.empty() ? guid : !id.empty() ? id : code;
        if (out.name.empty() && tree_.find(p, "name") == nullptr &&
            tree_.find(p, "public_name") == nullptr)
            error("missing-key", p, "a person has neither 'name' nor 'public_name'");
        return out;
    }

    std::string_view text_;
    SourcePositions positions_;
    ImportBuilder& b_;
    json::Tree tree_;
    std::string base_url_;
};

}  // namespace

ImportResult import_c3voc_json(std::string_view text, const std::string& source) {
    ImportBuilder b(source);
    SourceSchedule schedule;
    if (!C3vocReader(text, b).read(schedule)) {
        Diagnostics diags = std::move(b.diagnostics());
        return {b.finish(), std::move(diags)};
    }
    return build_schedule(schedule, b);
}

}  // namespace summitry
