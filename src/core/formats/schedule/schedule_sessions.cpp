// SPDX-License-Identifier: MIT
// build_schedule()'s sessions (schedule_build.h): one per event of the source, with its id,
// texts, room, people, language and what the event file keeps in x- keys.
#include <algorithm>
#include <cctype>

#include "formats/schedule/schedule_build.h"
#include "util/url.h"

namespace summitry::schedule_build {

void ScheduleImport::sessions() {
    std::unordered_map<std::string, std::size_t> ids, guids;
    SessionLanguages languages;
    for (std::size_t i = 0; i < src_.events.size(); ++i) session(i, ids, guids, languages);
    event_languages(languages);
}

// The source's i-th event, as a session.
void ScheduleImport::session(std::size_t i, std::unordered_map<std::string, std::size_t>& ids,
                             std::unordered_map<std::string, std::size_t>& guids,
                             SessionLanguages& languages) {
    const SourceEvent& e = src_.events[i];
    // A session the source repeats is said once, by repeated_ids(), with both lines.
    const bool repeated =
        ids.contains(clean_text(e.id, true)) || guids.contains(clean_text(e.guid, true));
    Session& s = b_.add_session(wanted_id(e), e.loc, !repeated);
    used_ids_.insert(s.id);
    const Index si = static_cast<Index>(b_.event().sessions.size() - 1);
    repeated_ids(e, i, ids, guids, s.id);

    std::string title = text(e.title, true, "the title of " + describe(e), e.loc);
    if (title.empty()) {
        title = "Untitled (" + s.id + ")";
        b_.warn("missing-key", e.loc, "an event has no title",
                "it is imported as " + in_quotes(title));
    }
    s.title = Text(std::move(title));
    const std::string type = clean_text(e.type, true);
    s.kind = kind_from_type(type);
    if (!type.empty() && type != to_string(s.kind))
        s.tags.push_back(text(type, true, "a type", e.loc));
    for (const std::string& raw : e.tags)
        if (std::string tag = text(raw, true, "a keyword", e.loc);
            !tag.empty() && std::find(s.tags.begin(), s.tags.end(), tag) == s.tags.end())
            s.tags.push_back(std::move(tag));
    if (auto track = text(e.track, true, "a track's name", e.loc); !track.empty())
        s.track = b_.track(track);
    s.room = e.unplaced ? no_index : room(e.room, e.loc);
    s.start = timing_[i].start;
    s.duration = timing_[i].duration;
    for (const SourcePerson& p : e.persons) {
        const Index person = this->person(p);
        if (person == no_index) continue;
        std::vector<Index>& role = role_list(s, p.role);
        if (std::find(role.begin(), role.end(), person) == role.end()) role.push_back(person);
    }
    session_language(e, i, s, languages);
    if (auto a = text(e.abstract, false, "the abstract of " + describe(e), e.loc); !a.empty())
        s.abstract = Text(std::move(a));
    if (auto d = text(e.description, false, "the description of " + describe(e), e.loc); !d.empty())
        s.description = Text(std::move(d));
    s.url = text(e.url, true, "the url of " + describe(e), e.loc);
    Extras x = session_extras(e, s);
    s.url = web_address(s.url, "the url of " + describe(e), e.loc);
    if (const std::string guid = clean_text(e.guid, true);
        !guid.empty() && guids[guid] == i && guid.size() <= 64)
        x.guid = guid;
    if (!x.subtitle.empty() || !x.links.empty() || !x.attachments.empty() || !x.guid.empty() ||
        !x.roles.empty())
        extras_.emplace_back(si, std::move(x));
}

// The session's language, when the source gives a language code; the rest is counted to be
// said once.
void ScheduleImport::session_language(const SourceEvent& e, std::size_t i, Session& s,
                                      SessionLanguages& languages) {
    const std::string lang = clean_text(e.language, true);
    if (lang.empty()) return;
    if (auto code = language_code(lang)) {
        s.language = *code;
        if (languages.count[*code]++ == 0) languages.order.push_back(*code);
    } else {
        if (languages.bad_count++ == 0) languages.bad_first = i;
        if (languages.bad.size() < 5 &&
            std::find(languages.bad.begin(), languages.bad.end(), lang) == languages.bad.end())
            languages.bad.push_back(lang);
    }
}

// What the event file has no key for: the people of roles it does not know (Indico's
// authors), the subtitle, the links (the first web address among them is the session's url
// when it has none) and the attachments.
Extras ScheduleImport::session_extras(const SourceEvent& e, Session& s) {
    Extras x;
    for (const SourceEvent::Role& role : e.roles) {  // Indico's authors
        std::vector<std::string> people;
        for (const SourcePerson& p : role.persons)
            if (const Index person = this->person(p); person != no_index)
                people.push_back(b_.event().people[static_cast<std::size_t>(person)].id);
        if (!people.empty()) x.roles.emplace_back(role.key, std::move(people));
    }
    x.subtitle = text(e.subtitle, true, "the subtitle of " + describe(e), e.loc);
    for (const SourceLink& l : e.links) {
        SourceLink link{text(l.url, true, "a link", e.loc),
                        text(l.title, true, "a link's title", e.loc)};
        if (link.url.empty()) continue;
        if (s.url.empty() && http_url(link.url).usable()) s.url = link.url;
        x.links.push_back(std::move(link));
    }
    for (const SourceLink& a : e.attachments) {
        SourceLink link{text(a.url, true, "an attachment", e.loc),
                        text(a.title, true, "an attachment's title", e.loc)};
        if (!link.url.empty()) x.attachments.push_back(std::move(link));
    }
    return x;
}

// The event's languages: the conference's own first, in its order; then those its sessions
// use, the most used first. Values that are no language code are said once.
void ScheduleImport::event_languages(SessionLanguages& languages) {
    if (languages.bad_count > 0) {
        std::string list;
        for (const auto& l : languages.bad) list += (list.empty() ? "" : ", ") + in_quotes(l);
        b_.warn("bad-value", src_.events[languages.bad_first].loc,
                plural(languages.bad_count, "session has a language", "sessions have a language") +
                    " that is not a language code (" + list + ")",
                "their language is left out; use codes such as en, de or pt-BR");
    }
    std::stable_sort(languages.order.begin(), languages.order.end(),
                     [&](const std::string& a, const std::string& b) {
                         return languages.count[a] > languages.count[b];
                     });
    std::vector<std::string> declared;
    for (const std::string& raw : src_.languages)
        if (auto code = language_code(clean_text(raw, true));
            code && std::find(declared.begin(), declared.end(), *code) == declared.end())
            declared.push_back(*code);
    for (const std::string& l : languages.order)
        if (std::find(declared.begin(), declared.end(), l) == declared.end()) declared.push_back(l);
    if (!declared.empty()) info().languages = declared;
}

// The id of a session: the source's slug without what frab puts in front of every slug,
// the conference's acronym and the event's number ("36c3-11223-opening_ceremony" ->
// "opening-ceremony"; Summitry's own export writes "<acronym>-<number>-<id>", so its ids come
// back). Where that tail is taken by another session (two talks called "Welcome"), the
// longer forms follow; only a slug the source really repeats reaches the builder twice, which
// repairs it with a warning.
std::string ScheduleImport::wanted_id(const SourceEvent& e) {
    std::vector<std::string> candidates;
    const std::string slug = clean_text(e.slug, true);
    const auto fold = [](std::string_view t) {
        std::string out(t);
        for (char& c : out)
            c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    if (!slug.empty()) {
        // frab until about 2015: "31c3_-_6561_-_en_-_saal_1_-_201412271100_-_31c3_opening_
        // event_-_erdgeist_-_geraldine_de_bastion": acronym, number, language, room, time,
        // title, speakers. The title is the id.
        if (auto title = old_frab_title(slug, clean_text(e.id, true))) candidates.push_back(*title);
        const std::string folded = fold(slug);
        // A slug the source repeats goes to the builder as the first one did: it is a
        // duplicate, repaired with a warning, not a clash of shortened forms.
        const bool repeated = !seen_slugs_.insert(folded).second;
        const std::string acronym = fold(clean_text(src_.acronym, true)) + "-";
        const std::string number = clean_text(e.id, true) + "-";
        if (acronym.size() > 1 && folded.starts_with(acronym) && folded.size() > acronym.size()) {
            const std::string rest = folded.substr(acronym.size());
            if (number.size() > 1 && rest.starts_with(number) && rest.size() > number.size())
                candidates.push_back(rest.substr(number.size()));
            candidates.push_back(rest);
        }
        candidates.push_back(slug);
        if (repeated) return candidates.front();
    } else if (auto code = clean_text(e.code, true); !code.empty()) {
        candidates.push_back(code);
    } else {
        const std::string title = clean_text(e.title, true).substr(0, 60);
        const std::string number = clean_text(e.id, true);
        candidates.push_back(title.empty() ? std::string("session") : title);
        if (!number.empty()) candidates.push_back(candidates.back() + "-" + number);
    }
    for (const std::string& c : candidates)
        if (!used_ids_.contains(ImportBuilder::slug(c))) return c;
    return candidates.back();
}

std::optional<std::string> ScheduleImport::old_frab_title(std::string_view slug,
                                                          std::string_view number) {
    std::vector<std::string_view> parts;
    for (std::size_t from = 0;;) {
        const std::size_t sep = slug.find("_-_", from);
        parts.push_back(slug.substr(from, sep == std::string_view::npos ? sep : sep - from));
        if (sep == std::string_view::npos) break;
        from = sep + 3;
    }
    const auto digits = [](std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) != 0;
        });
    };
    if (parts.size() < 6 || parts[1] != number || parts[4].size() != 12 || !digits(parts[4]) ||
        parts[5].empty())
        return std::nullopt;
    return std::string(parts[5]);
}

// Where a person's role puts them: speakers unless the source says moderator or host.
std::vector<Index>& ScheduleImport::role_list(Session& s, std::string_view role) {
    const std::string r = clean_text(role, true);
    std::string lower;
    for (char c : r) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "moderator" || lower == "chair" || lower == "facilitator") return s.moderators;
    if (lower == "host" || lower == "organizer" || lower == "organiser") return s.hosts;
    return s.speakers;
}

// Two events of the source with one id or one guid are two sessions, both kept; the
// builder gives the later one an id of its own when their slugs clash too.
void ScheduleImport::repeated_ids(const SourceEvent& e, std::size_t i,
                                  std::unordered_map<std::string, std::size_t>& ids,
                                  std::unordered_map<std::string, std::size_t>& guids,
                                  const std::string& id) {
    std::vector<std::string> what;
    std::size_t earlier = i;
    if (const std::string sid = clean_text(e.id, true); !sid.empty()) {
        auto [it, fresh] = ids.emplace(sid, i);
        if (!fresh) what.push_back("the id " + sid), earlier = it->second;
    }
    if (const std::string guid = clean_text(e.guid, true); !guid.empty()) {
        auto [it, fresh] = guids.emplace(guid, i);
        if (!fresh) what.push_back("the guid " + guid), earlier = std::min(earlier, it->second);
    }
    if (what.empty()) return;
    const SourceEvent& first = src_.events[earlier];
    b_.warn("duplicate-id", e.loc,
            describe(e) + " has " + what.front() + (what.size() > 1 ? " and " + what.back() : "") +
                " of an earlier " + describe(first) + " (line " + std::to_string(first.loc.line) +
                ")",
            "both are kept, as two sessions; this one is " + in_quotes(id));
}

}  // namespace summitry::schedule_build
