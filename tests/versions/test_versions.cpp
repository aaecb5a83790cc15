// SPDX-License-Identifier: MIT
// Versions (versions/): release names and git revisions refused when hostile, the revision
// rule, diffs by entity and key, a diff made on its first version giving the second, and the
// three-way merge's clean changes and conflicts.
#include <catch2/catch.hpp>
#include <string>

#include "edit/document.h"
#include "io/event_loader.h"
#include "versions/diff.h"
#include "versions/event_text.h"
#include "versions/merge.h"
#include "versions/release.h"
#include "versions/source.h"

using namespace summitry;
using namespace summitry::versions;

namespace {

const std::string base_text = R"(summitry: 1
event:
  id: evening
  title: An evening
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
people:
  - id: ada
    name: Ada Lovelace
    email: ada@example.org
  - id: bob
    name: Bob
venues:
  - id: embassy
    name: Embassy
    rooms:
      - id: hall
        name: Hall
      - id: salon
        name: Salon
sessions:
  - id: opening   # the first words
    title: Opening
    room: hall
    start: 2025-02-10 18:00
    end: 2025-02-10 18:30
    speakers: [ada]
  - id: panel
    title: Panel
    room: hall
    start: 2025-02-10 18:30
    duration: 1h
  - id: dinner
    title: Dinner
    public: false
    room: salon
    start: 2025-02-10 20:00
    duration: 2h
)";

Event load(const std::string& text) {
    return test::load_clean(text);
}

using test::with;

std::vector<std::string> kinds(const std::vector<Difference>& d) {
    std::vector<std::string> out;
    for (const auto& c : d) out.push_back(c.kind + " " + c.noun + " " + c.id);
    return out;
}

}  // namespace

TEST_CASE("release names that could leave the folder or clash are refused") {
    for (const char* good : {"v1", "2025-02-final", "V2.1_rc"})
        CHECK(valid_release_name(good, nullptr));
    std::string why;
    for (const char* bad :
         {"", "../x", "a/b", "-v", ".v", "index", "Index", "a..b", "a b", "v1\n"}) {
        CHECK_FALSE(valid_release_name(bad, &why));
        CHECK_FALSE(why.empty());
    }
    CHECK_FALSE(valid_release_name(std::string(65, 'a'), nullptr));
}

TEST_CASE("git revisions that git could take as options or paths are refused") {
    for (const char* good : {"HEAD", "HEAD~2", "main", "v1.0^{}", "a1b2c3", "origin/main", "@{-1}"})
        CHECK(valid_git_revision(good, nullptr));
    for (const char* bad : {"", "--output=x", "-p", "HEAD:file", "a b", "$(id)", "a;b", "x\ny"})
        CHECK_FALSE(valid_git_revision(bad, nullptr));
}

TEST_CASE("the revision rule raises the sessions that moved, were retitled or changed people") {
    const Event released = load(base_text);
    std::string t = with(base_text, "end: 2025-02-10 18:30", "duration: 30min");  // the same
    CHECK(revisions_to_raise(released, load(t)).empty());
    t = with(t, "title: Panel", "title: Big panel");
    t = with(t, "    speakers: [ada]", "    speakers: [ada, bob]");
    t = with(t, "    title: Dinner\n", "    title: Dinner\n    description: Food\n");
    const auto raised = revisions_to_raise(released, load(t));
    REQUIRE(raised.size() == 2);
    CHECK(raised[0] == std::pair<std::string, int>{"opening", 1});
    CHECK(raised[1] == std::pair<std::string, int>{"panel", 1});
    // Raised already by an edit since the release: left as it is.
    t = with(t, "title: Big panel", "title: Big panel\n    revision: 3");
    CHECK(revisions_to_raise(released, load(t)).size() == 1);
}

TEST_CASE("a diff names changes as organizers do, and attendees see no private part") {
    const Event a = load(base_text);
    std::string t = with(base_text, "start: 2025-02-10 18:30", "start: 2025-02-10 19:00");
    t = with(t, "room: salon", "room: hall");
    t = with(t, "email: ada@example.org", "email: ada@example.com");
    t = with(t, "    speakers: [ada]", "    speakers: [bob]\n    status: cancelled");
    const Event b = load(t);
    CHECK(kinds(diff_events(a, b, Audience::staff)) ==
          std::vector<std::string>{"details person ada", "moved session dinner",
                                   "people session opening", "cancelled session opening",
                                   "moved session panel"});
    const auto attendees = diff_events(a, b, Audience::attendees);
    CHECK(kinds(attendees) == std::vector<std::string>{"people session opening",
                                                       "cancelled session opening",
                                                       "moved session panel"});
    const auto people = diff_events(a, b, Audience::staff)[2];
    CHECK(people.joined == std::vector<std::string>{"bob"});
    CHECK(people.left == std::vector<std::string>{"ada"});
    CHECK(diff_events(a, a, Audience::staff).empty());
}

TEST_CASE("a diff made on its first version gives the second") {
    std::string t = with(base_text, "start: 2025-02-10 18:30", "start: 2025-02-10 19:00");
    t = with(t, "title: Opening", "title: {en: Opening, fr: Ouverture}");
    t = with(t, "  - id: bob\n    name: Bob\n", "");
    t += "  - id: late\n    title: Late\n    room: embassy/salon\n    start: 2025-02-10 23:00\n"
         "    duration: 15min\n";
    const Event b = load(t);
    EventDocument doc = EventDocument::from_text(base_text, "mem.yaml");
    const auto changes = diff_events(doc.event(), b, Audience::staff);
    REQUIRE(apply_differences(doc, changes).empty());
    CHECK_FALSE(doc.diagnostics().has_errors());
    CHECK(diff_events(doc.event(), b, Audience::staff).empty());
    // OURS' comment and the `end` it wrote stay.
    CHECK(doc.text().find("# the first words") != std::string::npos);
    CHECK(doc.text().find("end: 2025-02-10 18:30") != std::string::npos);
}

TEST_CASE("a merge makes both sides' changes and writes real conflicts for the loader") {
    const Event base = load(base_text);
    EventDocument ours =
        EventDocument::from_text(with(base_text, "title: Panel", "title: Our panel"), "mem.yaml");
    std::string theirs = with(base_text, "start: 2025-02-10 20:00", "start: 2025-02-10 20:30");
    theirs = with(theirs, "title: Panel", "title: Their panel");
    const MergeResult r = merge_events(base, ours, load(theirs));
    CHECK(r.error.empty());
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].entity == "sessions/panel");
    CHECK(r.conflicts[0].key == "title");
    CHECK(ours.text().find("title: Our panel") != std::string::npos);
    CHECK(ours.text().find("start: 2025-02-10 20:30") != std::string::npos);
    bool reported = false;
    for (const auto& d : ours.diagnostics().items())
        if (d.rule == "merge-conflict") reported = d.severity == Severity::error && d.loc.line > 0;
    CHECK(reported);
}

TEST_CASE("a merge with the organizer's choices keeps the chosen side of each conflict") {
    const Event base = load(base_text);
    const std::string ours_text = with(base_text, "title: Panel", "title: Our panel");
    std::string theirs_text = with(base_text, "start: 2025-02-10 20:00", "start: 2025-02-10 20:30");
    theirs_text = with(theirs_text, "title: Panel", "title: Their panel");
    const Event theirs = load(theirs_text);
    EventDocument first = EventDocument::from_text(ours_text, "mem.yaml");
    const MergeResult conflicted = merge_events(base, first, theirs);
    REQUIRE(conflicted.conflicts.size() == 1);

    for (const Keep keep : {Keep::ours, Keep::theirs}) {
        EventDocument ours = EventDocument::from_text(ours_text, "mem.yaml");
        const MergeResult r = merge_events(base, ours, theirs, {{conflicted.conflicts[0], keep}});
        CHECK(r.error.empty());
        CHECK(r.conflicts.empty());
        CHECK(ours.text().find("merge-conflict") == std::string::npos);
        CHECK_FALSE(ours.diagnostics().has_errors());
        // THEIRS' clean change is made either way.
        CHECK(ours.text().find("start: 2025-02-10 20:30") != std::string::npos);
        CHECK(ours.text().find(keep == Keep::ours ? "title: Our panel" : "title: Their panel") !=
              std::string::npos);
    }
}

TEST_CASE("a merge with choices settles a session one side removed and the other moved") {
    const Event base = load(base_text);
    // OURS moves the panel; THEIRS removes it.
    const std::string ours_text = with(base_text, "duration: 1h", "duration: 45min");
    std::string theirs_text = base_text;
    const auto from = theirs_text.find("  - id: panel");
    const auto to = theirs_text.find("  - id: dinner");
    theirs_text.erase(from, to - from);
    const Event theirs = load(theirs_text);
    EventDocument probe = EventDocument::from_text(ours_text, "mem.yaml");
    const MergeResult conflicted = merge_events(base, probe, theirs);
    REQUIRE(conflicted.conflicts.size() == 1);
    CHECK(conflicted.conflicts[0].key.empty());

    EventDocument kept = EventDocument::from_text(ours_text, "mem.yaml");
    CHECK(merge_events(base, kept, theirs, {{conflicted.conflicts[0], Keep::ours}})
              .conflicts.empty());
    CHECK(kept.event().find_session("panel") != no_index);
    CHECK(kept.text().find("merge-conflict") == std::string::npos);

    EventDocument removed = EventDocument::from_text(ours_text, "mem.yaml");
    CHECK(merge_events(base, removed, theirs, {{conflicted.conflicts[0], Keep::theirs}})
              .conflicts.empty());
    CHECK(removed.event().find_session("panel") == no_index);
    CHECK_FALSE(removed.diagnostics().has_errors());
}

TEST_CASE("a document takes the version on disk as the one its edits are on") {
    EventDocument doc = EventDocument::from_text(base_text, "mem.yaml");
    CHECK(doc.saved_text() == base_text);
    const std::string theirs = with(base_text, "title: Panel", "title: Their panel");
    // The merged text: THEIRS' change and an edit of ours.
    const std::string merged = with(theirs, "duration: 2h", "duration: 3h");
    doc.apply(Change{"Merge changes from disk", {TextPatch{0, 0, base_text, merged}}});
    CHECK(doc.modified());
    doc.take_disk_version({theirs});
    CHECK(doc.saved_text() == theirs);
    CHECK(doc.modified());  // our edit is not on disk
    doc.undo();
    CHECK(doc.text() == base_text);
    CHECK_THROWS_AS(doc.take_disk_version({}), std::invalid_argument);
}
