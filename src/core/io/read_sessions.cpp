// SPDX-License-Identifier: MIT
// The reader of sessions: references, times in the zone of the session's venue, and the
// checks that make a session's time trustworthy (end after start, inside the event's dates).
#include "diag/quote.h"
#include "io/readers.h"

namespace summitry::io {

namespace {

const std::initializer_list<std::string_view> session_keys = {"id",
                                                              "title",
                                                              "kind",
                                                              "track",
                                                              "room",
                                                              "start",
                                                              "duration",
                                                              "end",
                                                              "speakers",
                                                              "moderators",
                                                              "hosts",
                                                              "organizations",
                                                              "expected_attendance",
                                                              "requires",
                                                              "language",
                                                              "interpretation",
                                                              "description",
                                                              "abstract",
                                                              "public",
                                                              "status",
                                                              "tags",
                                                              "revision",
                                                              "url",
                                                              "pinned",
                                                              "exclusive"};

// The nodes of a session whose reading waits for others (the room decides the zone).
struct Pending {
    const Node* room = nullptr;
    const Node* start = nullptr;
    const Node* duration = nullptr;
    const Node* end = nullptr;
};

void read_times(Reader& r, Session& s, const Pending& p, const std::string& what) {
    Event& ev = r.event;
    const date::time_zone& zone = ev.zone_of(s);
    if (p.duration != nullptr && !p.duration->is_null()) {
        auto text = r.string(*p.duration, "duration");
        s.duration = text ? parse_duration(*text) : std::nullopt;
        if (text && !s.duration) {
            const bool bare_number =
                !text->empty() && text->find_first_not_of("0123456789") == std::string::npos;
            r.diags.error("bad-value", r.at(*p.duration),
                          "'duration' " + quote(*text) + " is not a duration",
                          bare_number ? "say the unit: " + quote(*text + "min")
                                      : "write it as 45min, 1h, 1h30 or PT1H30M");
        }
    }
    if (p.start != nullptr) s.start = r.instant(*p.start, "start", zone);
    if (p.end != nullptr && !p.end->is_null()) {
        auto end = r.instant(*p.end, "end", zone);
        if (end && !s.start && p.start == nullptr) {
            r.diags.error("missing-key", s.loc, what + " has an 'end' but no 'start'",
                          "add 'start:', or give an unscheduled session a 'duration' instead");
        } else if (end && s.start) {
            if (*end <= *s.start) {
                r.diags.error("bad-range", r.at(*p.end),
                              what + " ends before it starts, or when it starts",
                              "'end' must be later than 'start'");
            } else if (s.duration && *s.duration != *end - *s.start) {
                r.diags.error("bad-value", r.at(*p.end),
                              "'end' and 'duration' of " + what + " disagree (" +
                                  format_duration(*end - *s.start) + " against " +
                                  format_duration(*s.duration) + ")",
                              "give one of them");
            } else {
                s.duration = *end - *s.start;
            }
        }
    }
    const auto absent = [](const Node* n) { return n == nullptr || n->is_null(); };
    if (s.start && !s.duration && absent(p.duration) && absent(p.end)) {
        r.diags.error("missing-key", s.loc, what + " has a 'start' but no 'duration' or 'end'",
                      "add 'duration: 45min' or 'end: ...'");
    }
    if (s.start && ev.info.zone != nullptr) {
        const Date day = ev.programme_day(s);
        if (day < ev.info.start_date || day > ev.info.end_date) {
            r.diags.error("outside-event", r.at(*p.start),
                          what + " is on " + format_date(day) + ", outside the event (" +
                              format_date(ev.info.start_date) + " to " +
                              format_date(ev.info.end_date) + ")",
                          "check the date, or the event's start_date and end_date");
        }
    }
}

// A session's kind or status: one of a fixed list of words, else an error naming them.
void read_kind(Reader& r, Session& s, std::string_view k, const Node& v) {
    const auto word = r.string(v, k);
    if (!word) return;
    if (const auto kind = session_kind_from(*word)) {
        s.kind = *kind;
        return;
    }
    r.diags.error(
        "bad-value", r.at(v),
        quote(*word) + " is not a kind of session" +
            did_you_mean(*word, session_kind_names(), [](std::string_view n) { return n; }),
        "kinds: keynote, talk, panel, roundtable, fireside-chat, demo, workshop, "
        "announcement, signing, reception, networking, break, ceremony, other");
}

void read_status(Reader& r, Session& s, std::string_view k, const Node& v) {
    const auto word = r.string(v, k);
    if (!word) return;
    if (const auto status = session_status_from(*word))
        s.status = *status;
    else
        r.diags.error("bad-value", r.at(v), quote(*word) + " is not a status",
                      "use confirmed, tentative or cancelled");
}

// One key of a session's mapping. The room and the times wait in `p` until the whole mapping
// is read: the room's venue decides the zone the times are read in.
void read_session_key(Reader& r, Session& s, Pending& p, std::string_view k, const Node& v) {
    Event& ev = r.event;
    const auto people = [&] {
        return r.resolve(
            r.refs(v, k), "person", [&](std::string_view id) { return ev.find_person(id); },
            ev.people);
    };
    if (k == "title")
        s.title = r.text(v, k);
    else if (k == "room")
        p.room = &v;
    else if (k == "start")
        p.start = &v;
    else if (k == "duration")
        p.duration = &v;
    else if (k == "end")
        p.end = &v;
    else if (k == "speakers")
        s.speakers = people();
    else if (k == "moderators")
        s.moderators = people();
    else if (k == "hosts")
        s.hosts = people();
    else if (k == "organizations")
        s.organizations = r.resolve(
            r.refs(v, k), "organization",
            [&](std::string_view id) { return ev.find_organization(id); }, ev.organizations);
    else if (k == "expected_attendance")
        s.expected_attendance = r.integer(v, k, 0, 10'000'000);
    else if (k == "requires")
        s.requires_features = r.words(v, k);
    else if (k == "language")
        s.language = r.language(v, k).value_or("");
    else if (k == "interpretation")
        s.interpretation = r.languages(v, k);
    else if (k == "description")
        s.description = r.text(v, k);
    else if (k == "abstract")
        s.abstract = r.text(v, k);
    else if (k == "public")
        s.is_public = r.boolean(v, k).value_or(true);
    else if (k == "pinned")
        s.pinned = r.boolean(v, k).value_or(false);
    else if (k == "exclusive")
        s.exclusive = r.boolean(v, k).value_or(false);
    else if (k == "tags")
        s.tags = r.words(v, k);
    else if (k == "revision")
        s.revision = r.integer(v, k, 0, 1'000'000'000).value_or(0);
    else if (k == "url")
        s.url = r.url(v, k);
    else if (k == "kind")
        read_kind(r, s, k, v);
    else if (k == "status")
        read_status(r, s, k, v);
    else if (k == "track") {
        if (auto ref = r.ref(v, k))
            s.track = r.resolve_one(
                *ref, "track", [&](std::string_view id) { return ev.find_track(id); }, ev.tracks);
    }
}

// The session's room: "room" alone where one venue has it, "venue/room" where several do.
void read_room(Reader& r, Session& s, const Node& node) {
    Event& ev = r.event;
    const auto ref = r.ref(node, "room");
    if (!ref) return;
    if (ev.find_room(ref->id) == Event::ambiguous_room) {
        r.diags.error("unknown-reference", ref->loc, "several venues have a room '" + ref->id + "'",
                      "name it with its venue: venue/" + ref->id);
        return;
    }
    s.room = r.resolve_one(
        *ref, "room", [&](std::string_view id) { return ev.find_room(id); }, ev.rooms);
}

// One session; nothing when its item is not a mapping (the reader said so).
std::optional<Session> read_one(Reader& r, const Item& it) {
    Session s;
    const std::string what = begin_entity(r, it, s, "session");
    Pending p;
    const bool ok =
        r.fields(*it.node, what, session_keys, {"id", "title"}, &s.extra,
                 [&](std::string_view k, const Node& v) { read_session_key(r, s, p, k, v); });
    if (!ok) return std::nullopt;
    if (p.room != nullptr) read_room(r, s, *p.room);
    read_times(r, s, p, what);
    return s;
}

}  // namespace

void read_sessions(Reader& r, const std::vector<Item>& items) {
    Event& ev = r.event;
    ev.sessions.reserve(items.size());
    for (const Item& it : items)
        if (auto s = read_one(r, it)) ev.sessions.push_back(std::move(*s));
    ev.reindex();
    check_unique_ids(r, ev.sessions, "session", &Event::find_session);
}

}  // namespace summitry::io

namespace summitry {

std::optional<Session> read_session(const Event& event, const yaml::Node& node, std::uint32_t file,
                                    Diagnostics& diags) {
    const LoadOptions options;  // the limits EventDocument loads its files with
    // The reader only looks the other entities up: the event is not changed.
    io::Reader r(const_cast<Event&>(event), diags, options);
    return io::read_one(r, {&node, file});
}

}  // namespace summitry
