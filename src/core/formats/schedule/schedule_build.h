// SPDX-License-Identifier: MIT
#pragma once
// The inside of build_schedule() (schedule_import.h), in three parts: schedule_import.cpp
// (the conference, its rooms and people, and what the event file keeps in x- keys),
// schedule_times.cpp (the zone, the instants, the programme days and the dates) and
// schedule_sessions.cpp (the sessions, their ids and languages). Internal to
// formats/schedule/.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "diag/quote.h"
#include "formats/import_builder.h"
#include "formats/schedule/schedule_import.h"
#include "io/event_loader.h"

namespace summitry::schedule_build {

inline constexpr Minutes minutes_per_day{24 * 60};

inline std::string in_quotes(std::string_view s) {
    return quote(s);
}

inline std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

struct Timing {
    std::optional<Instant> start;
    std::optional<Seconds> duration;
};

// How the sessions listed under each source day fit a day_change: the bounds it must lie in.
struct Fit {
    Minutes lo{-1};               // day_change must be later than this
    Minutes hi{minutes_per_day};  // and not later than this
    std::size_t sessions = 0, misplaced = 0;
    std::size_t misplaced_example = static_cast<std::size_t>(-1);
};

// What a session of the source says that the event file has no key for: kept in x- keys.
struct Extras {
    std::string subtitle, guid;
    std::vector<SourceLink> links, attachments;
    std::vector<std::pair<std::string, std::vector<std::string>>> roles;  // x- key, person ids
};

// The languages the sessions give, to order the event's: counted, in the order first seen; the
// values that are no language code, a few of them and the first session that has one.
struct SessionLanguages {
    std::map<std::string, std::size_t> count;  // code -> sessions
    std::vector<std::string> order, bad;
    std::size_t bad_count = 0, bad_first = 0;
};

// One import: the source, the builder, and what the parts learn on the way (the zone, each
// event's timing, the ids taken, the x- keys to keep).
class ScheduleImport {
public:
    ScheduleImport(const SourceSchedule& src, ImportBuilder& b) : src_(src), b_(b) {}

    ImportResult run();

private:
    EventInfo& info() { return b_.info(); }
    const date::time_zone& zone() const { return *zone_; }

    std::string text(std::string_view raw, bool one_line, std::string_view what, SourceLoc loc);

    void event_info();

    // The declared zone when the tz database knows it; else one that keeps the offsets the
    // schedule writes, so that its wall-clock times read as the source shows them.
    void choose_zone();

    // The instant and duration of each event. A written offset wins over the zone (it names the
    // instant); where it disagrees with the declared zone, that is said once.
    void read_times();

    Instant resolved(const WrittenTime& w, const SourceEvent& e);

    // For sources without `date`: the day's date and the start clock; a start before the day's
    // own start is past midnight, on the next calendar day.
    std::optional<Instant> from_day_and_start(const SourceEvent& e);

    void read_duration(const SourceEvent& e, Timing& t, const std::optional<Seconds>& slot);

    // Where the programme day changes: a session listed under a day but starting after midnight
    // belongs to that day (Event::programme_day), so day_change must lie after every such start
    // and not after any start listed under its own calendar day.
    void choose_day_change();

    Fit fit_days(const std::vector<std::optional<Date>>& listed) const;

    static std::optional<Minutes> pick(const Fit& f, const std::vector<Minutes>& candidates);

    // The event's dates: the conference's, widened to every session's programme day.
    bool set_dates();

    void entities();

    // Room names that differ only in case ("Saal 1", "saal 1": c3voc files list an event's
    // room in one spelling and the day's rooms in another) are one room, named as first seen.
    Index room(std::string_view raw, SourceLoc loc);

    // People are merged by the source's id when its ids are one person each; a schedule merged
    // from several systems (36C3's "everything") gives one id to different people, and then
    // only their names tell them apart.
    void people_mode();

    std::string describe(const SourceEvent& e) const;

    // The id of a session: the source's slug without what frab puts in front of every slug,
    // the conference's acronym and the event's number ("36c3-11223-opening_ceremony" ->
    // "opening-ceremony"; Summitry's own export writes "<acronym>-<number>-<id>", so its ids come
    // back). Where that tail is taken by another session (two talks called "Welcome"), the
    // longer forms follow; only a slug the source really repeats reaches the builder twice, which
    // repairs it with a warning.
    std::string wanted_id(const SourceEvent& e);

    static std::optional<std::string> old_frab_title(std::string_view slug,
                                                     std::string_view number);

    void sessions();
    // Tracks the source already runs in two rooms at once are `parallel: true` (FOSDEM's main
    // track): their overlaps are the organizers' design, not track-overlap conflicts.
    void parallel_tracks();

    // The source's i-th event, as a session.
    void session(std::size_t i, std::unordered_map<std::string, std::size_t>& ids,
                 std::unordered_map<std::string, std::size_t>& guids, SessionLanguages& languages);

    // The session's language, when the source gives a language code; the rest is counted to be
    // said once.
    void session_language(const SourceEvent& e, std::size_t i, Session& s,
                          SessionLanguages& languages);

    // What the event file has no key for: the people of roles it does not know (Indico's
    // authors), the subtitle, the links (the first web address among them is the session's url
    // when it has none) and the attachments.
    Extras session_extras(const SourceEvent& e, Session& s);

    // The event's languages: the conference's own first, in its order; then those its sessions
    // use, the most used first. Values that are no language code are said once.
    void event_languages(SessionLanguages& languages);

    // Where a person's role puts them: speakers unless the source says moderator or host.
    static std::vector<Index>& role_list(Session& s, std::string_view role);

    // Two events of the source with one id or one guid are two sessions, both kept; the
    // builder gives the later one an id of its own when their slugs clash too.
    void repeated_ids(const SourceEvent& e, std::size_t i,
                      std::unordered_map<std::string, std::size_t>& ids,
                      std::unordered_map<std::string, std::size_t>& guids, const std::string& id);

    Index person(const SourcePerson& p);

    // A url or website as the event file should hold it (util/url.h): as written when it is a
    // web address, repaired where the repair is obvious, else left out; the source keeps the
    // rest of its links in x-links.
    std::string web_address(const std::string& url, const std::string& what, SourceLoc loc);

    static void links_yaml(std::string& yaml, std::string_view key,
                           const std::vector<SourceLink>& links);

    // What the event file has no key for (a subtitle, the links, the source's guid) is kept in
    // `x-` keys, which the loader carries and the writer writes back. The values are nodes of a
    // YAML document made for them, owned by the event like those of a loaded file.
    void keep_extras();

    const SourceSchedule& src_;
    ImportBuilder& b_;
    const std::size_t max_text_ = LoadOptions{}.max_text_bytes;
    const date::time_zone* zone_ = nullptr;
    bool declared_ = false;
    bool by_id_ = true;
    std::unordered_set<std::string> used_ids_, seen_slugs_, merged_rooms_;
    std::unordered_map<std::string, std::string> room_spelling_;  // folded name -> first name
    Index venue_ = no_index;
    std::vector<Timing> timing_;
    std::vector<std::pair<Index, Extras>> extras_;
};

}  // namespace summitry::schedule_build
