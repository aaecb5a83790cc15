// SPDX-License-Identifier: MIT
// Deleting something still referenced asks what to do with its references (issue 15): the
// question lists where it is used by name; removing the references, giving them to another
// entity of the same kind, or cancelling; each is one undoable edit (or none).
#include <wx/listbox.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "commands.h"
#include "delete_dialog.h"
#include "gui_fixture.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

// Answers every references question with `answer`, and keeps the last question asked.
struct Answering {
    explicit Answering(ReferencesAnswer answer) {
        set_references_hook([this, answer](const ReferencesQuestion& q) {
            asked = q;
            ++times;
            return std::optional<ReferencesAnswer>(answer);
        });
    }
    ~Answering() {
        set_references_hook([](const ReferencesQuestion&) {
            return std::optional<ReferencesAnswer>(ReferencesAnswer{});
        });
    }
    ReferencesQuestion asked;
    int times = 0;
};

bool lists(const std::vector<Index>& list, Index i) {
    return std::find(list.begin(), list.end(), i) != list.end();
}

bool any_use(const ReferencesQuestion& q, const std::string& text) {
    return std::any_of(q.uses.begin(), q.uses.end(), [&](const wxString& use) {
        return use.utf8_string().find(text) != std::string::npos;
    });
}

}  // namespace

TEST_CASE("Deleting a person still referenced: remove the references, one undo step",
          "[gui][entities][delete]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const std::string original = planner.document().text();
    const std::size_t errors = planner.document().diagnostics().errors();
    Answering answering({ReferencesAnswer::Action::remove, {}});

    CHECK(delete_asking(fx.frame, planner, EntityKind::person, "menna-rawlings").empty());
    CHECK(answering.times == 1);
    // The question names the person and the sessions, not their ids.
    CHECK(answering.asked.name == "Dame Menna Rawlings");
    // Host of two sessions, of a third with Feryal Clark, moderator of the fireside chat.
    CHECK(answering.asked.uses.size() == 4);
    CHECK(any_use(answering.asked, "Fireside chat: the UK, France and the global AI race"));
    CHECK(any_use(answering.asked, "(Moderators)"));
    CHECK(any_use(answering.asked, "(Hosts)"));
    CHECK(!any_use(answering.asked, "fireside-chat"));

    const Event& ev = planner.event();
    CHECK(ev.find_person("menna-rawlings") == no_index);
    CHECK(planner.document().diagnostics().errors() == errors);
    CHECK(planner.document().undo_name().find("Delete") != std::string::npos);
    CHECK(undo(planner).empty());
    CHECK(planner.document().text() == original);
    CHECK(!planner.document().modified());
}

TEST_CASE("Deleting a track still used: its sessions go to the track chosen by name",
          "[gui][entities][delete]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const std::string original = planner.document().text();
    const Index main_stage = planner.event().find_track("main-stage");
    std::vector<std::string> used;
    for (const Session& s : planner.event().sessions)
        if (s.track == main_stage) used.push_back(s.id);
    REQUIRE(used.size() >= 2);

    // The choice offered: the other tracks, by name, and not the track itself.
    const ReferencesQuestion q = references_question(planner, EntityKind::track, "main-stage");
    CHECK(q.name == "Main stage");
    CHECK(q.uses.size() == used.size());
    REQUIRE(q.replacements.size() == planner.event().tracks.size() - 1);
    const auto sustainable =
        std::find_if(q.replacements.begin(), q.replacements.end(),
                     [](const auto& c) { return c.second == "AI for sustainable development"; });
    REQUIRE(sustainable != q.replacements.end());
    CHECK(sustainable->first == "sustainable-ai");

    Answering answering({ReferencesAnswer::Action::reassign, "sustainable-ai"});
    CHECK(delete_asking(fx.frame, planner, EntityKind::track, "main-stage").empty());
    const Event& ev = planner.event();
    CHECK(ev.find_track("main-stage") == no_index);
    const Index target = ev.find_track("sustainable-ai");
    for (const std::string& id : used)
        CHECK(ev.sessions[static_cast<std::size_t>(ev.find_session(id))].track == target);
    CHECK(undo(planner).empty());
    CHECK(planner.document().text() == original);
}

TEST_CASE("Deleting an organization still referenced: reassigned, or cancelled",
          "[gui][entities][delete]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const std::string original = planner.document().text();
    const std::uint64_t revision = planner.document().revision_id();
    {
        Answering answering({ReferencesAnswer::Action::cancel, {}});
        CHECK(delete_asking(fx.frame, planner, EntityKind::organization, "british-embassy-paris")
                  .empty());
        CHECK(answering.times == 1);
        // The event's organizers, a person's affiliation, sessions' organizations.
        CHECK(any_use(answering.asked, "(Organizers)"));
        CHECK(any_use(answering.asked, "'Dame Menna Rawlings' (Affiliation)"));
        CHECK(planner.document().revision_id() == revision);
        CHECK(planner.event().find_organization("british-embassy-paris") != no_index);
    }
    const std::string other = planner.event().organizations.back().id;
    REQUIRE(other != "british-embassy-paris");
    Answering answering({ReferencesAnswer::Action::reassign, other});
    CHECK(delete_asking(fx.frame, planner, EntityKind::organization, "british-embassy-paris")
              .empty());
    const Event& ev = planner.event();
    const Index o = ev.find_organization(other);
    CHECK(ev.find_organization("british-embassy-paris") == no_index);
    CHECK(lists(ev.info.organizers, o));
    CHECK(ev.people[static_cast<std::size_t>(ev.find_person("menna-rawlings"))].affiliation == o);
    CHECK(undo(planner).empty());
    CHECK(planner.document().text() == original);

    // Nothing refers to a new organization: deleted without a question.
    CHECK(create_entity(planner, EntityKind::organization, "unused").empty());
    CHECK(delete_asking(fx.frame, planner, EntityKind::organization, "unused").empty());
    CHECK(answering.times == 1);
    CHECK(planner.event().find_organization("unused") == no_index);
}

TEST_CASE("The delete dialog lists the uses and answers as chosen", "[gui][entities][delete]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const std::string room = "residence/salons";
    const ReferencesQuestion q = references_question(planner, EntityKind::room, room);
    REQUIRE(!q.uses.empty());
    REQUIRE(!q.replacements.empty());
    for (const auto& [id, shown] : q.replacements)
        CHECK(planner.event().find_room(id) != planner.event().find_room(room));
    {
        DeleteDialog dialog(fx.frame, q);
        dialog.Show();
        pump(100);
        CHECK(dialog.uses().GetCount() == q.uses.size());
        CHECK(dialog.answer().action == ReferencesAnswer::Action::remove);
        dialog.choose_reassign(1);
        CHECK(dialog.answer().action == ReferencesAnswer::Action::reassign);
        CHECK(dialog.answer().replacement == q.replacements[1].first);
        dialog.choose_remove();
        CHECK(dialog.answer().action == ReferencesAnswer::Action::remove);
        // The source of docs/planner-delete.png.
        dialog.choose_reassign(0);
        dialog.Raise();
        pump(400);
        CHECK(std::filesystem::file_size(screenshot("planner-delete.png")) > 10000);
        dialog.Hide();
    }
    // A venue: its rooms go with it, so its references can only be removed.
    const ReferencesQuestion venue = references_question(planner, EntityKind::venue, "embassy");
    CHECK(!venue.uses.empty());
    CHECK(venue.replacements.empty());
    Answering answering({ReferencesAnswer::Action::remove, {}});
    const std::string original = planner.document().text();
    CHECK(delete_asking(fx.frame, planner, EntityKind::venue, "embassy").empty());
    CHECK(planner.event().find_venue("embassy") == no_index);
    CHECK(undo(planner).empty());
    CHECK(planner.document().text() == original);
}
