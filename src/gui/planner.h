// SPDX-License-Identifier: MIT
#pragma once
// What the planner window shows: the document being edited, its undo history as wx commands,
// the programme day on screen and the selected sessions. Views subscribe to changes; nothing
// here draws. The selection is kept by session id, so it survives the reload every edit makes.

#include <wx/cmdproc.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "edit/document.h"

namespace summitry::gui {

// A person, organization, venue, room or track (a room by its "venue/room" id).
struct EntityRef {
    EntityKind kind = EntityKind::person;
    std::string id;
    bool operator==(const EntityRef&) const = default;
};

enum class ChangeKind {
    document,   // opened, edited, undone, redone, saved: everything may differ
    selection,  // the selected sessions
    day,        // the day on screen
};

class Planner {
public:
    using Listener = std::function<void(ChangeKind)>;

    Planner();
    ~Planner();
    Planner(const Planner&) = delete;
    Planner& operator=(const Planner&) = delete;

    bool has_document() const { return document_.has_value(); }
    EventDocument& document() { return *document_; }
    const EventDocument& document() const { return *document_; }
    const Event& event() const { return document_->event(); }
    // Opens `path` (throws FileError) and forgets the history of the previous document; with
    // `recover`, opens it with the texts of its autosave files (EventDocument::recover).
    void open(const std::string& path, bool recover = false);

    wxCommandProcessor& history() { return history_; }
    // Rises with every open(): views tell a new document from an edit of the same one.
    int generation() const { return generation_; }

    // Programme days with a session or within the event's dates, in order.
    const std::vector<Date>& days() const { return days_; }
    std::optional<Date> day() const { return day_; }
    void set_day(Date day);
    // The language titles are shown in: the interface's when the event has it, else the
    // event's first.
    std::string lang() const;

    const std::vector<std::string>& selection() const { return selection_; }
    bool is_selected(const std::string& id) const;
    // Selecting sessions unselects the entity, and the other way round: the inspector shows one.
    void select(std::vector<std::string> ids);
    void select_entity(std::optional<EntityRef> entity);
    const std::optional<EntityRef>& selected_entity() const { return entity_; }
    // The first selected session still in the event, or no_index.
    Index selected_session() const;

    void subscribe(Listener listener) { listeners_.push_back(std::move(listener)); }
    // To be called after the document changed (an edit, an undo, a save): recomputes the days and
    // tells every view.
    void document_changed();

private:
    void notify(ChangeKind kind);
    void compute_days();

    std::optional<EventDocument> document_;
    wxCommandProcessor history_;
    std::vector<Date> days_;
    std::optional<Date> day_;
    std::vector<std::string> selection_;
    std::optional<EntityRef> entity_;
    std::vector<Listener> listeners_;
    int generation_ = 0;
    std::string ui_lang_;  // "fr" when the interface is French
};

}  // namespace summitry::gui
