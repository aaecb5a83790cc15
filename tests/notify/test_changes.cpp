// SPDX-License-Identifier: MIT
// Who gets what (notify/changes.h): every change kind told to the people taking part, before or
// after, and to no one else; private sessions told only to theirs; a property test over random
// edits between two releases.
#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "notify/changes.h"
#include "notify_events.h"

using namespace summitry;
using namespace summitry::notify;
using summitry::test::load_notify_event;
using summitry::test::notify_base;
using summitry::test::replaced;

namespace {

// "person: session kinds method sequence", one a session told.
std::vector<std::string> told(const std::vector<PersonNotice>& notices) {
    std::vector<std::string> out;
    for (const auto& p : notices)
        for (const auto& s : p.sessions) {
            std::string kinds;
            for (Change c : s.changes) kinds += std::string(to_string(c)) + ",";
            out.push_back(p.person + ": " + s.session + " " + kinds + " " +
                          std::string(s.calendar == Calendar::request  ? "request"
                                      : s.calendar == Calendar::cancel ? "cancel"
                                                                       : "none") +
                          " " + std::to_string(s.sequence));
        }
    return out;
}

std::vector<PersonNotice> between(const std::string& a, const std::string& b) {
    const Event before = load_notify_event(a);
    const Event after = load_notify_event(b);
    return who_gets_what(before, after);
}

}  // namespace

TEST_CASE("Nothing changed, or only details: nobody is told") {
    CHECK(between(notify_base, notify_base).empty());
    const std::string described =
        replaced(notify_base, "    title: Panel\n", "    title: Panel\n    description: Longer\n");
    CHECK(between(notify_base, described).empty());
}

TEST_CASE("A moved session is told to everyone with an e-mail taking part, as a REQUEST") {
    const std::string moved =
        replaced(notify_base, "start: 2025-02-10 18:30\n    duration: 1h",
                 "start: 2025-02-10 19:00\n    duration: 1h\n    revision: 2");
    // cy takes part but has no e-mail address.
    CHECK(told(between(notify_base, moved)) ==
          std::vector<std::string>{"ada: panel moved, request 2", "bob: panel moved, request 2"});
}

TEST_CASE("Cancelled, removed, new and retitled sessions") {
    SECTION("cancelled: a CANCEL at the raised revision") {
        const std::string b = replaced(notify_base, "speakers: [eve]\n",
                                       "speakers: [eve]\n    status: cancelled\n    revision: 3\n");
        CHECK(told(between(notify_base, b)) ==
              std::vector<std::string>{"eve: talk cancelled, cancel 3"});
    }
    SECTION("removed: a CANCEL one above the released revision") {
        const std::string b = replaced(notify_base, R"(  - id: talk
    title: A talk
    room: salon
    start: 2025-02-10 22:00
    duration: 30min
    speakers: [eve]
)",
                                       "");
        CHECK(told(between(notify_base, b)) ==
              std::vector<std::string>{"eve: talk removed, cancel 1"});
    }
    SECTION("new: a REQUEST") {
        const std::string b = notify_base + R"(  - id: late
    title: Late show
    room: studio
    start: 2025-02-10 23:00
    duration: 30min
    hosts: [bob]
)";
        CHECK(told(between(notify_base, b)) ==
              std::vector<std::string>{"bob: late new, request 0"});
    }
    SECTION("retitled") {
        const std::string b = replaced(notify_base, "title: A talk", "title: A better talk");
        CHECK(told(between(notify_base, b)) ==
              std::vector<std::string>{"eve: talk retitled, request 0"});
    }
    SECTION("reinstated, and a session that is in no calendar tells without one") {
        const std::string cancelled =
            replaced(notify_base, "speakers: [eve]\n", "speakers: [eve]\n    status: cancelled\n");
        CHECK(told(between(cancelled, notify_base)) ==
              std::vector<std::string>{"eve: talk reinstated, request 0"});
        const std::string unscheduled = replaced(
            replaced(cancelled, "    start: 2025-02-10 22:00\n", ""), "status: cancelled", "");
        const std::string retitled = replaced(unscheduled, "title: A talk", "title: Other");
        CHECK(told(between(unscheduled, retitled)) ==
              std::vector<std::string>{"eve: talk retitled, none 0"});
    }
}

TEST_CASE(
    "Joined and left: the newcomer gets a REQUEST, who left a CANCEL, the others the line-up") {
    const std::string b = replaced(notify_base, "speakers: [bob, cy]", "speakers: [eve, cy]");
    const auto notices = between(notify_base, b);
    CHECK(told(notices) == std::vector<std::string>{"ada: panel lineup, request 0",
                                                    "bob: panel left, cancel 0",
                                                    "eve: panel joined, request 0"});
    REQUIRE(notices.front().sessions.size() == 1);
    CHECK(notices.front().sessions.front().joined == std::vector<std::string>{"eve"});
    CHECK(notices.front().sessions.front().left == std::vector<std::string>{"bob"});
}

TEST_CASE("A private session is told only to those taking part in it") {
    const std::string b =
        replaced(notify_base, "start: 2025-02-10 20:00", "start: 2025-02-10 20:30");
    CHECK(told(between(notify_base, b)) ==
          std::vector<std::string>{"dee: dinner moved, request 0"});
}

TEST_CASE("Each message in the person's language, else the event's first; --lang for all") {
    const std::string b = replaced(notify_base, "speakers: [bob, cy]", "speakers: [bob]");
    const auto notices = between(notify_base, b);
    REQUIRE(notices.size() == 2);
    CHECK(notices[0].person == "ada");
    CHECK(notices[0].lang == "fr");
    CHECK(notices[1].lang == "en");
    const Event before = load_notify_event(notify_base);
    const Event after = load_notify_event(b);
    for (const auto& n : who_gets_what(before, after, "fr")) CHECK(n.lang == "fr");
}

// ---------------------------------------------------------------------------------------------
// Random edits between two releases

namespace {

struct GenSession {
    std::string id, title;
    int room = 0, slot = 0;
    std::vector<int> speakers, hosts;
    bool is_public = true, cancelled = false;
};

struct GenEvent {
    int people = 0;
    std::vector<bool> has_email;
    std::vector<GenSession> sessions;

    std::string text() const {
        std::ostringstream o;
        o << "summitry: 1\nevent:\n  id: gen\n  title: Generated\n  timezone: Europe/Paris\n"
             "  start_date: 2025-02-10\n  end_date: 2025-02-10\npeople:\n";
        for (int p = 0; p < people; ++p) {
            o << "  - id: p" << p << "\n    name: Person " << p << "\n";
            if (has_email[static_cast<std::size_t>(p)])
                o << "    email: p" << p << "@example.org\n";
        }
        o << "venues:\n  - id: v\n    name: Venue\n    rooms:\n";
        for (int r = 0; r < 4; ++r) o << "      - id: r" << r << "\n";
        o << "sessions:\n";
        for (const auto& s : sessions) {
            const int minutes = 8 * 60 + s.slot * 30;
            char start[32];
            std::snprintf(start, sizeof start, "2025-02-10 %02d:%02d", minutes / 60, minutes % 60);
            o << "  - id: " << s.id << "\n    title: " << s.title << "\n    room: r" << s.room
              << "\n    start: " << start << "\n    duration: 30min\n";
            const auto list = [&](const char* key, const std::vector<int>& ps) {
                if (ps.empty()) return;
                o << "    " << key << ": [";
                for (std::size_t i = 0; i < ps.size(); ++i) o << (i ? ", " : "") << "p" << ps[i];
                o << "]\n";
            };
            list("speakers", s.speakers);
            list("hosts", s.hosts);
            if (!s.is_public) o << "    public: false\n";
            if (s.cancelled) o << "    status: cancelled\n";
        }
        return o.str();
    }
};

std::set<std::string> with_email(const GenEvent& e, const GenSession& s) {
    std::set<std::string> out;
    for (const auto* list : {&s.speakers, &s.hosts})
        for (int p : *list)
            if (e.has_email[static_cast<std::size_t>(p)]) out.insert("p" + std::to_string(p));
    return out;
}

}  // namespace

TEST_CASE(
    "Property: the recipients are the people taking part in a changed session, before or after") {
    std::mt19937 rng(17);
    int told_rounds = 0;  // rounds where someone was told: the property is not vacuous
    for (int round = 0; round < 60; ++round) {
        const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
        GenEvent before;
        before.people = 12;
        for (int p = 0; p < before.people; ++p) before.has_email.push_back(pick(4) != 0);
        const int count = 6 + pick(10);
        for (int i = 0; i < count; ++i) {
            GenSession s;
            s.id = "s" + std::to_string(i);
            s.title = "Title " + std::to_string(i);
            s.room = pick(4);
            s.slot = pick(24);
            // Speakers among the first nine, hosts among the last three: no one in two roles.
            for (int k = pick(3); k >= 0; --k) {
                const int p = pick(9);
                if (std::find(s.speakers.begin(), s.speakers.end(), p) == s.speakers.end())
                    s.speakers.push_back(p);
            }
            if (pick(3) == 0) s.hosts.push_back(9 + pick(3));
            s.is_public = pick(4) != 0;
            s.cancelled = pick(8) == 0;
            before.sessions.push_back(s);
        }
        GenEvent after = before;
        std::set<std::string> changed;  // session ids, and who took part before or after
        std::set<std::string> expected;
        std::set<std::size_t> removed;
        const int edits = pick(5);
        for (int e = 0; e < edits; ++e) {
            const auto i = static_cast<std::size_t>(pick(static_cast<int>(after.sessions.size())));
            GenSession& s = after.sessions[i];
            switch (pick(6)) {
                case 0:
                    s.slot = (s.slot + 1 + pick(3)) % 24;
                    break;  // may come back: checked below
                case 1: s.title += " (new)"; break;
                case 2: s.cancelled = !s.cancelled; break;
                case 3: {
                    const int p = pick(9);
                    if (std::find(s.speakers.begin(), s.speakers.end(), p) == s.speakers.end())
                        s.speakers.push_back(p);
                    else
                        std::erase(s.speakers, p);
                    break;
                }
                case 4: removed.insert(i); break;
                case 5: {
                    GenSession n;
                    n.id = "new" + std::to_string(e);
                    n.title = "New";
                    n.room = pick(4);
                    n.slot = pick(24);
                    n.speakers = {pick(9)};
                    after.sessions.push_back(n);
                    break;
                }
            }
        }
        std::vector<GenSession> kept;
        for (std::size_t i = 0; i < after.sessions.size(); ++i)
            if (!removed.contains(i)) kept.push_back(after.sessions[i]);
        after.sessions = kept;
        // What changed, from the edits' results (an edit undone by another is no change).
        std::map<std::string, const GenSession*> was, now;
        for (const auto& s : before.sessions) was[s.id] = &s;
        for (const auto& s : after.sessions) now[s.id] = &s;
        std::set<std::string> ids;
        for (const auto& [id, s] : was) ids.insert(id);
        for (const auto& [id, s] : now) ids.insert(id);
        for (const auto& id : ids) {
            const GenSession* a = was.contains(id) ? was[id] : nullptr;
            const GenSession* b = now.contains(id) ? now[id] : nullptr;
            auto sorted = [](std::vector<int> v) {
                std::sort(v.begin(), v.end());
                return v;
            };
            const bool differs = a == nullptr || b == nullptr || a->slot != b->slot ||
                                 a->title != b->title || a->cancelled != b->cancelled ||
                                 sorted(a->speakers) != sorted(b->speakers);
            if (!differs) continue;
            for (const GenSession* s : {a, b})
                if (s != nullptr) {
                    const auto people = with_email(before, *s);
                    expected.insert(people.begin(), people.end());
                }
        }
        const Event eb = load_notify_event(before.text());
        const Event ea = load_notify_event(after.text());
        const auto notices = who_gets_what(eb, ea);
        std::set<std::string> recipients;
        for (const auto& n : notices) {
            recipients.insert(n.person);
            // Each session told to this person is one they take part in, before or after.
            for (const auto& s : n.sessions) {
                bool takes_part = false;
                for (const Event* ev : {&eb, &ea}) {
                    const Index si = ev->find_session(s.session);
                    if (si == no_index) continue;
                    for (Index p : ev->sessions[static_cast<std::size_t>(si)].participants())
                        takes_part |= ev->people[static_cast<std::size_t>(p)].id == n.person;
                }
                INFO(n.person << " told of " << s.session);
                CHECK(takes_part);
            }
        }
        INFO("round " << round << "\n" << before.text() << "\n---\n" << after.text());
        CHECK(recipients == expected);
        told_rounds += recipients.empty() ? 0 : 1;
    }
    CHECK(told_rounds >= 30);
}
