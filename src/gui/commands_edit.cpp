// SPDX-License-Identifier: MIT
// Edits: planned in core, submitted to the history as thin wxCommands.
#include <wx/cmdproc.h>
#include <wx/translation.h>
#include <wx/utils.h>

#include <exception>
#include <string>
#include <utility>

#include "commands.h"
#include "planner.h"

namespace summitry::gui {
namespace {

// One planned change on the wx history. The first Do applies it; later Dos are redos of the
// document's own stack, and Undo is its undo: the document holds the edits, this holds a name.
class EditCommand : public wxCommand {
public:
    EditCommand(Planner& planner, Change change)
        : wxCommand(true, wxString::FromUTF8(change.name)),
          planner_(planner),
          change_(std::move(change)) {}
    // The document's last edit, already applied by a core job (write_schedule): Do is a redo.
    EditCommand(Planner& planner, const std::string& name)
        : wxCommand(true, wxString::FromUTF8(name)), planner_(planner), applied_(true) {}

    bool Do() override {
        try {
            if (!applied_) {
                planner_.document().apply(change_);
                applied_ = true;
            } else {
                planner_.document().redo();
            }
        } catch (const std::exception& e) {
            error_ = e.what();
            return false;
        }
        planner_.document_changed();
        return true;
    }

    bool Undo() override {
        try {
            planner_.document().undo();
        } catch (const std::exception& e) {
            error_ = e.what();
            return false;
        }
        planner_.document_changed();
        return true;
    }

    const std::string& error() const { return error_; }

private:
    Planner& planner_;
    Change change_;
    bool applied_ = false;
    std::string error_;
};

std::string escape_mnemonics(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '&') out += '&';
        out += c;
    }
    return out;
}

const Session* session_at(const Planner& planner, Index i) {
    if (!planner.has_document() || i < 0 ||
        static_cast<std::size_t>(i) >= planner.event().sessions.size())
        return nullptr;
    return &planner.event().sessions[static_cast<std::size_t>(i)];
}

}  // namespace

std::string submit_plan(Planner& planner, Plan plan) {
    if (!planner.has_document()) return _("no event is open").utf8_string();
    if (!plan) return plan.error.empty() ? _("this edit cannot be made").utf8_string() : plan.error;
    if (plan.change->empty()) return {};  // nothing to do: the value is already so
    auto* command = new EditCommand(planner, std::move(*plan.change));
    // Do, then Store (what Submit does), so that a failure's error can be read before the
    // command goes.
    if (!command->Do()) {
        const std::string error = command->error();
        delete command;
        return error.empty() ? _("the edit failed").utf8_string() : error;
    }
    planner.history().Store(command);
    return {};
}

void record_applied(Planner& planner) {
    planner.history().Store(new EditCommand(planner, planner.document().undo_name()));
    planner.document_changed();
}

std::string move_session(Planner& planner, Index session, LocalTime start, Index room) {
    if (!session_at(planner, session)) return _("no such session").utf8_string();
    // A drop on a big event takes a moment (the event is checked again): the pointer says so.
    const wxBusyCursor busy;
    return submit_plan(planner, planner.document().plan_move_session(session, start, room));
}

std::string resize_session(Planner& planner, Index session, Minutes duration) {
    if (!session_at(planner, session)) return _("no such session").utf8_string();
    if (duration < Minutes{5}) return _("a session lasts at least 5 minutes").utf8_string();
    const wxBusyCursor busy;
    return submit_plan(planner, planner.document().plan_resize_session(session, duration));
}

std::string set_session_value(Planner& planner, const std::string& session_id,
                              const std::string& key, const std::string& lang,
                              const std::string& yaml) {
    if (!planner.has_document()) return _("no event is open").utf8_string();
    ValuePath path{"sessions", session_id, key, lang};
    return submit_plan(planner, planner.document().plan_set(path, yaml));
}

std::string duplicate_selected(Planner& planner) {
    const Session* s = session_at(planner, planner.selected_session());
    if (!s) return _("select a session to duplicate").utf8_string();
    std::string id;
    for (int n = 2;; ++n) {
        id = s->id + "-" + std::to_string(n);
        if (planner.event().find_session(id) == no_index) break;
    }
    const std::string error =
        submit_plan(planner, planner.document().plan_duplicate(EntityKind::session, s->id, id));
    if (error.empty()) planner.select({id});
    return error;
}

std::string delete_selected(Planner& planner) {
    const Session* s = session_at(planner, planner.selected_session());
    if (!s) return _("select a session to delete").utf8_string();
    const std::string id = s->id;
    const std::string error =
        submit_plan(planner, planner.document().plan_delete(EntityKind::session, id));
    if (error.empty()) planner.select({});
    return error;
}

std::string nudge_selected(Planner& planner, int minutes, int rooms) {
    const Index i = planner.selected_session();
    const Session* s = session_at(planner, i);
    if (!s) return _("select a session to move").utf8_string();
    if (!s->start || s->room == no_index)
        return _("place the session first (drag it from the tray)").utf8_string();
    const Event& ev = planner.event();
    const LocalTime start = to_local(ev.zone_of(*s), *s->start) + Minutes{minutes};
    const long room = static_cast<long>(s->room) + rooms;
    if (room < 0 || room >= static_cast<long>(ev.rooms.size()))
        return _("no room further that way").utf8_string();
    return move_session(planner, i, start, static_cast<Index>(room));
}

std::string unplace_selected(Planner& planner) {
    const Index i = planner.selected_session();
    const Session* s = session_at(planner, i);
    if (!s) return _("select a session to unplace").utf8_string();
    if (!s->start && s->room == no_index) return _("the session is already unplaced").utf8_string();
    return submit_plan(planner, planner.document().plan_move_session(i, std::nullopt, no_index));
}

std::string undo(Planner& planner) {
    if (!planner.has_document() || !planner.document().can_undo())
        return _("nothing to undo").utf8_string();
    if (!planner.history().CanUndo())
        return _("the history is out of step with the document").utf8_string();
    return planner.history().Undo() ? std::string() : std::string("undo failed");
}

std::string redo(Planner& planner) {
    if (!planner.has_document() || !planner.document().can_redo())
        return _("nothing to redo").utf8_string();
    if (!planner.history().CanRedo())
        return _("the history is out of step with the document").utf8_string();
    return planner.history().Redo() ? std::string() : std::string("redo failed");
}

std::string undo_label(const Planner& planner) {
    if (!planner.has_document() || !planner.document().can_undo()) return _("&Undo").utf8_string();
    // TRANSLATORS: %s is the edit: "Move 'Fireside chat'".
    return wxString::Format(_("&Undo %s"),
                            wxString::FromUTF8(escape_mnemonics(planner.document().undo_name())))
        .utf8_string();
}

std::string redo_label(const Planner& planner) {
    if (!planner.has_document() || !planner.document().can_redo()) return _("&Redo").utf8_string();
    // TRANSLATORS: %s is the edit: "Move 'Fireside chat'".
    return wxString::Format(_("&Redo %s"),
                            wxString::FromUTF8(escape_mnemonics(planner.document().redo_name())))
        .utf8_string();
}

std::string yaml_string(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default: out += c;
        }
    }
    return out + "\"";
}

}  // namespace summitry::gui
