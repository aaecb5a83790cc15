// SPDX-License-Identifier: MIT
#include "notify/changes.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "versions/diff.h"

namespace summitry::notify {

std::string_view to_string(Change c) {
    switch (c) {
        case Change::added: return "new";
        case Change::removed: return "removed";
        case Change::moved: return "moved";
        case Change::retitled: return "retitled";
        case Change::cancelled: return "cancelled";
        case Change::reinstated: return "reinstated";
        case Change::joined: return "joined";
        case Change::left: return "left";
        case Change::lineup: return "lineup";
    }
    return "?";
}

namespace {

// What changed in one session, as versions/diff.h says it.
struct SessionDiff {
    std::vector<std::string> kinds;  // added removed moved retitled people cancelled reinstated
    std::vector<std::string> joined, left;
};

std::vector<std::string> ids_of(const Event& ev, Index session) {
    std::vector<std::string> out;
    if (session == no_index) return out;
    for (Index p : ev.sessions[static_cast<std::size_t>(session)].participants())
        out.push_back(ev.people[static_cast<std::size_t>(p)].id);
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

// Whether the session is in the calendars of those taking part: scheduled and not cancelled.
bool on_calendar(const Event& ev, Index session) {
    if (session == no_index) return false;
    const Session& s = ev.sessions[static_cast<std::size_t>(session)];
    return s.scheduled() && !s.cancelled();
}

std::string language_of(const Event& ev, const Person& who, const std::string& forced) {
    if (!forced.empty()) return forced;
    const auto& offered = ev.info.languages;
    for (const auto& l : who.languages)
        if (std::find(offered.begin(), offered.end(), l) != offered.end()) return l;
    return ev.default_language();
}

Change change_of(const std::string& kind) {
    if (kind == "added") return Change::added;
    if (kind == "removed") return Change::removed;
    if (kind == "moved") return Change::moved;
    if (kind == "retitled") return Change::retitled;
    if (kind == "cancelled") return Change::cancelled;
    return Change::reinstated;
}

}  // namespace

std::vector<PersonNotice> who_gets_what(const Event& before, const Event& after,
                                        const std::string& lang, Addresses whose) {
    // Staff: private sessions and everyone's e-mail are compared too; who may read of a private
    // session is decided below, by taking part.
    std::map<std::string, SessionDiff> changed;
    for (const auto& d : versions::diff_events(before, after, versions::Audience::staff)) {
        if (d.noun != "session" || d.kind == "details") continue;
        SessionDiff& s = changed[d.id];
        s.kinds.push_back(d.kind);
        s.joined.insert(s.joined.end(), d.joined.begin(), d.joined.end());
        s.left.insert(s.left.end(), d.left.begin(), d.left.end());
    }

    std::map<std::string, PersonNotice> by_person;
    for (const auto& [id, diff] : changed) {
        const Index b = before.find_session(id);
        const Index a = after.find_session(id);
        const auto was = ids_of(before, b);
        const auto now = ids_of(after, a);
        std::set<std::string> everyone(was.begin(), was.end());
        everyone.insert(now.begin(), now.end());
        for (const auto& pid : everyone) {
            const Index pa = after.find_person(pid);
            const Index pb = before.find_person(pid);
            const Event& where = pa != no_index ? after : before;
            const Person& who = where.people[static_cast<std::size_t>(pa != no_index ? pa : pb)];
            if (who.email.empty() && whose == Addresses::with_email) continue;
            SessionNotice n;
            n.session = id;
            n.before = b;
            n.after = a;
            for (const auto& kind : diff.kinds) {
                if (kind != "people") {
                    n.changes.push_back(change_of(kind));
                    continue;
                }
                if (contains(diff.joined, pid)) {
                    n.changes.push_back(Change::joined);
                } else if (contains(diff.left, pid)) {
                    n.changes.push_back(Change::left);
                } else {
                    n.changes.push_back(Change::lineup);
                    n.joined = diff.joined;
                    n.left = diff.left;
                }
            }
            const bool now_on = contains(now, pid) && on_calendar(after, a);
            const bool was_on = contains(was, pid) && on_calendar(before, b);
            if (now_on) {
                n.calendar = Calendar::request;
                n.sequence = after.sessions[static_cast<std::size_t>(a)].revision;
            } else {
                // CANCEL, or no calendar entry (the record still tells this change from the next).
                if (was_on) n.calendar = Calendar::cancel;
                n.sequence = a != no_index
                                 ? after.sessions[static_cast<std::size_t>(a)].revision
                                 : before.sessions[static_cast<std::size_t>(b)].revision + 1;
            }
            auto [it, added] = by_person.try_emplace(pid);
            PersonNotice& p = it->second;
            if (added) {
                p.person = pid;
                p.name = who.name;
                p.email = who.email;
                p.lang = language_of(where, who, lang);
                p.before = pb;
                p.after = pa;
            }
            p.sessions.push_back(std::move(n));
        }
    }

    std::vector<PersonNotice> out;
    out.reserve(by_person.size());
    for (auto& [id, p] : by_person) {
        // By time as it is now (as it was, for what is gone), so that the message reads in order.
        const auto start = [&](const SessionNotice& n) {
            const Event& ev = n.after != no_index ? after : before;
            const Session& s =
                ev.sessions[static_cast<std::size_t>(n.after != no_index ? n.after : n.before)];
            return std::tuple(!s.start.has_value(), s.start.value_or(Instant{}), n.session);
        };
        std::sort(
            p.sessions.begin(), p.sessions.end(),
            [&](const SessionNotice& x, const SessionNotice& y) { return start(x) < start(y); });
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace summitry::notify
