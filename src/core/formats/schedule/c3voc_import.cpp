// SPDX-License-Identifier: MIT
// c3voc schedule.json: {"schedule": {"conference": {"days": [{"rooms": {"Name": [event...]}}]}}}
// (spec: ../shared/data/schemas/schedule.schema.json). The values this reader takes must have
// the types the schema gives them: a value of another type (an event id written as text, a
// person with no name) is an error, and the file is refused, as the c3voc validator refuses it.
// What the schema only advises (slug patterns, unknown keys) is not judged: real files from
// frab and the 36C3 merge stray from it and import.
#include "formats/schedule/c3voc_import.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "diag/quote.h"
#include "formats/schedule/schedule_import.h"
#include "syntax/json_tree.h"

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
        const Value* schedule = member(root, "schedule");
        if (schedule == nullptr) {
            error("missing-key", root,
                  "the file is JSON but not a c3voc schedule: it has no \"schedule\"");
            return false;
        }
        if (!expect(*schedule, Type::object, "'schedule'")) return false;
        base_url_ = str(*schedule, "base_url", "'schedule'");
        out.version = str(*schedule, "version", "'schedule'");
        if (const Value* rooms = member(*schedule, "rooms")) {
            error(
                "misplaced-key", *rooms, "'rooms' does not belong in 'schedule'",
                "schedule.json lists the rooms in 'conference' (the schema forbids schedule.rooms)",
                true);
        }
        const Value* conf = member(*schedule, "conference");
        if (conf == nullptr) {
            error("missing-key", *schedule, "'schedule' has no 'conference'");
            return false;
        }
        if (!expect(*conf, Type::object, "'conference'")) return false;
        conference(*conf, out);
        // Schedule 2 (c3voc's schema2.json, the CCC hub since 38C3): one list of events beside
        // the conference, each naming its room; biographies in a list of persons.
        if (const Value* events = list(*schedule, "events", "'schedule'")) {
            if (const Value* persons = list(*schedule, "persons", "'schedule'"))
                tree_.each(*persons, [&](const Value& p) {
                    if (p.type == Type::object)
                        if (std::string guid = str(p, "guid", "a person"); !guid.empty())
                            biographies_.emplace(std::move(guid), str(p, "biography", "a person"));
                });
            tree_.each(*events, [&](const Value& e) {
                if (expect(e, Type::object, "an event")) out.events.push_back(flat_event(e));
            });
        }
        return b_.diagnostics().errors() == 0;
    }

private:
    SourceLoc at(const Value& v) const { return positions_.at(v.offset); }

    // The member `key` of `obj`. A key the object gives twice is an error: JSON readers differ
    // on which one counts, and a second "days" or "events" would hide sessions.
    const Value* member(const Value& obj, std::string_view key) {
        const Value* again = nullptr;
        const Value* found = tree_.find(obj, key, again);
        if (again != nullptr && repeated_.insert(again).second)
            error("duplicate-key", *again,
                  "'" + std::string(key) + "' is given twice in one object (first at line " +
                      std::to_string(positions_.at(found->key_offset).line) + ")",
                  "JSON readers disagree on which one counts; keep one", true);
        return found;
    }

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
        const Value* v = member(obj, key);
        if (v == nullptr) return {};
        if (v->type == Type::string) return std::string(tree_.text(*v));
        if (v->type == Type::null && nullable) return {};
        error("wrong-type", *v,
              "'" + std::string(key) + "' of " + std::string(what) + " must be text, not " +
                  shown(*v));
        return {};
    }

    // The `id` of an event or a frab person, as text. The schema wants a whole number; real
    // files (a recent CCC congress: 3 of ~900 events) also write it as a numeric string, which
    // is the same id. Anything else is kept as the source's key, with a warning.
    std::string integer_id(const Value& obj, std::string_view what) {
        const Value* v = member(obj, "id");
        if (v == nullptr || v->type == Type::null) return {};
        if (v->type == Type::integer) return std::to_string(v->integer);
        if (v->type == Type::string) {
            const std::string_view t = tree_.text(*v);
            if (!t.empty() && t.size() <= 18 &&
                std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return std::string(t);
            if (!clean_text(t, true).empty()) {
                b_.warn("bad-value", at(*v),
                        "'id' of " + std::string(what) + " is " + shown(*v) +
                            ", neither a number nor a numeric string",
                        "it is kept as the source's own key");
                return clean_text(t, true);
            }
            return {};
        }
        b_.warn("wrong-type", at(*v),
                "'id' of " + std::string(what) + " should be a whole number, not " + shown(*v),
                "it is left out; the session gets an id of its own");
        return {};
    }

    const Value* list(const Value& obj, std::string_view key, std::string_view what) {
        const Value* v = member(obj, key);
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
        const Value* tz = member(c, "time_zone_name");
        out.zone_loc = tz != nullptr ? at(*tz) : out.loc;
        out.day_change = str(c, "day_change", "the conference");
        out.timeslot = str(c, "timeslot_duration", "the conference");
        out.website = str(c, "url", "the conference");
        if (out.website.empty()) out.website = base_url_;
        if (const Value* languages = list(c, "languages", "the conference")) {
            tree_.each(*languages, [&](const Value& l) {
                if (l.type == Type::string) out.languages.emplace_back(tree_.text(l));
            });
        }
        if (const Value* rooms = list(c, "rooms", "the conference")) {
            tree_.each(*rooms, [&](const Value& r) {
                if (!expect(r, Type::object, "a room of the conference")) return;
                SourceRoom room{str(r, "name", "a room", false), std::nullopt, at(r)};
                if (std::string guid = str(r, "guid", "a room"); !guid.empty())
                    room_names_.emplace(std::move(guid), room.name);
                if (const Value* cap = member(r, "capacity")) {
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
                std::string color = str(t, "color", "a track");
                if (const Value* colors = member(t, "colors"); colors && color.empty())
                    color = str(*colors, "light", "a track's colors");  // schedule 2
                out.tracks.push_back({str(t, "name", "a track"), std::move(color)});
                track_slugs_.emplace(str(t, "slug", "a track"), out.tracks.back().name);
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
        if (sd.start.empty()) sd.start = str(d, "start", "a day");  // schedule 2
        if (sd.end.empty()) sd.end = str(d, "end", "a day");
        const std::size_t index = out.days.size();
        out.days.push_back(std::move(sd));
        const Value* rooms = member(d, "rooms");
        if (rooms == nullptr || rooms->type == Type::null) return;
        if (!expect(*rooms, Type::object, "'rooms' of a day")) return;
        tree_.each(*rooms, [&](const Value& events) {
            const std::string room(tree_.key(events));
            out.rooms.push_back({room, std::nullopt, positions_.at(events.key_offset)});
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
        const Value* date = member(v, "date");
        const Value* duration = member(v, "duration");
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
                if (p.type == Type::string) {  // a bare name, as some exporters write them
                    SourcePerson bare;
                    bare.name = tree_.text(p);
                    bare.loc = at(p);
                    e.persons.push_back(std::move(bare));
                } else if (expect(p, Type::object, "a person")) {
                    e.persons.push_back(person(p));
                }
            });
        }
        links(v, "links", e.links);
        return e;
    }

    // A text that schedule 2 may also give per language ({"en": ..., "de": ...}): the event's
    // language's, else the first.
    std::string text_or_languages(const Value& obj, std::string_view key, std::string_view lang) {
        const Value* v = member(obj, key);
        if (v == nullptr || v->type != Type::object) return str(obj, key, "an event");
        std::string first;
        std::string chosen;
        tree_.each(*v, [&](const Value& t) {
            if (t.type != Type::string) return;
            if (first.empty()) first = tree_.text(t);
            if (chosen.empty() && tree_.key(t) == lang) chosen = tree_.text(t);
        });
        return chosen.empty() ? first : chosen;
    }

    // A schedule 2 event: its own start and end, its room by reference, its participants with
    // their roles.
    SourceEvent flat_event(const Value& v) {
        SourceEvent e;
        e.loc = at(v);
        const Value* start = member(v, "start");
        e.date_loc = start != nullptr ? at(*start) : e.loc;
        const Value* end = member(v, "end");
        e.duration_loc = end != nullptr ? at(*end) : e.loc;
        const std::string what = "an event";
        e.guid = str(v, "guid", what);
        e.code = str(v, "code", what);
        e.slug = str(v, "slug", what);
        e.title = str(v, "title", what);
        e.subtitle = str(v, "subtitle", what);
        e.type = str(v, "type", what);
        e.language = str(v, "language", what);
        e.abstract = text_or_languages(v, "abstract", e.language);
        e.description = text_or_languages(v, "description", e.language);
        e.url = str(v, "url", what);
        e.date = str(v, "start", what);
        e.end = str(v, "end", what);
        e.duration = str(v, "duration", what);
        if (const Value* room = member(v, "room"); room && room->type == Type::object) {
            e.room = str(*room, "name", "an event's room");
            if (auto it = room_names_.find(str(*room, "guid", "an event's room"));
                e.room.empty() && it != room_names_.end())
                e.room = it->second;
            if (e.room.empty()) e.room = str(*room, "slug", "an event's room");
        } else {
            e.room = str(v, "room", what);
        }
        if (const Value* track = member(v, "track"); track && track->type == Type::object) {
            e.track = str(*track, "name", "an event's track");
            const std::string slug = str(*track, "slug", "an event's track");
            if (auto it = track_slugs_.find(slug); e.track.empty() && it != track_slugs_.end())
                e.track = it->second;
            if (e.track.empty()) e.track = slug;
        } else {
            e.track = str(v, "track", what);
        }
        if (const Value* people = list(v, "participants", what)) {
            tree_.each(*people, [&](const Value& p) {
                if (!expect(p, Type::object, "a participant")) return;
                SourcePerson person = this->person(p);
                person.role = str(p, "role", "a participant");
                if (auto it = biographies_.find(person.key); it != biographies_.end())
                    person.bio = it->second;
                e.persons.push_back(std::move(person));
            });
        }
        links(v, "links", e.links);
        links(v, "attachments", e.attachments);
        return e;
    }

    void links(const Value& v, std::string_view key, std::vector<SourceLink>& into) {
        if (const Value* list = this->list(v, key, "an event")) {
            tree_.each(*list, [&](const Value& l) {
                if (l.type == Type::string) {  // 36C3 writes bare URLs; the schema wants objects
                    into.push_back({std::string(tree_.text(l)), {}});
                } else if (expect(l, Type::object, "a link")) {
                    into.push_back({str(l, "url", "a link"), str(l, "title", "a link")});
                }
            });
        }
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
        if (out.name.empty() && member(p, "name") == nullptr && member(p, "public_name") == nullptr)
            error("missing-key", p, "a person has neither 'name' nor 'public_name'");
        return out;
    }

    std::string_view text_;
    SourcePositions positions_;
    ImportBuilder& b_;
    json::Tree tree_;
    std::string base_url_;
    // Schedule 2's references: room guid -> name, track slug -> name, person guid -> biography.
    std::unordered_map<std::string, std::string> room_names_, track_slugs_, biographies_;
    std::unordered_set<const Value*> repeated_;  // duplicate keys already reported
};

}  // namespace

namespace {

// The count's own walk, on nlohmann's SAX events (no tree, nothing of the reader): where each
// container stands is worked out from its parent and its key alone.
class EventCounter : public nlohmann::json_sax<nlohmann::json> {
public:
    std::size_t events = 0;

    bool null() override { return item(); }
    bool boolean(bool) override { return item(); }
    bool number_integer(number_integer_t) override { return item(); }
    bool number_unsigned(number_unsigned_t) override { return item(); }
    bool number_float(number_float_t, const string_t&) override { return item(); }
    bool string(string_t&) override { return item(); }
    bool binary(binary_t&) override { return item(); }
    bool start_object(std::size_t) override { return open(false); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override {
        key_ = k;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }

private:
    // Root {schedule {events [E], conference {days [{rooms {NAME [E]}}]}}}: E are events.
    enum class At { root, schedule, conference, days, day, rooms, events, other };

    bool item() {
        if (!stack_.empty() && stack_.back() == At::events) ++events;
        return true;
    }
    bool open(bool array) {
        item();
        const At parent = stack_.empty() ? At::other : stack_.back();
        At here = At::other;
        if (stack_.empty())
            here = array ? At::other : At::root;
        else if (parent == At::root && key_ == "schedule" && !array)
            here = At::schedule;
        else if (parent == At::schedule && key_ == "events" && array)
            here = At::events;
        else if (parent == At::schedule && key_ == "conference" && !array)
            here = At::conference;
        else if (parent == At::conference && key_ == "days" && array)
            here = At::days;
        else if (parent == At::days && !array)
            here = At::day;
        else if (parent == At::day && key_ == "rooms" && !array)
            here = At::rooms;
        else if (parent == At::rooms && array)
            here = At::events;
        stack_.push_back(here);
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }

    std::vector<At> stack_;
    std::string key_;
};

}  // namespace

std::optional<std::size_t> count_c3voc_events(std::string_view text) {
    // Every member of each name counts, repeated ones too: the reader must account for them.
    EventCounter counter;
    if (!nlohmann::json::sax_parse(text.begin(), text.end(), &counter)) return std::nullopt;
    return counter.events;
}

ImportResult import_c3voc_json(std::string_view text, const std::string& source) {
    ImportBuilder b(source);
    SourceSchedule schedule;
    if (!C3vocReader(text, b).read(schedule)) {
        return b.result();
    }
    return build_schedule(schedule, b);
}

}  // namespace summitry
