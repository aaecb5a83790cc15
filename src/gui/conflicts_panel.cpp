// SPDX-License-Identifier: MIT
#include "conflicts_panel.h"

#include <wx/arrstr.h>

#include <string>
#include <unordered_set>

#include "check/names.h"
#include "planner.h"

namespace summitry::gui {

namespace {

wxString severity_text(Severity s) {
    switch (s) {
        // TRANSLATORS: the severity of a conflict or problem of the file, in the Conflicts panel.
        case Severity::error: return _("error");
        // TRANSLATORS: the severity of a conflict or problem of the file, in the Conflicts panel.
        case Severity::warning: return _("warning");
        // TRANSLATORS: the severity of a conflict or problem of the file, in the Conflicts panel.
        case Severity::note: return _("note");
    }
    return wxString::FromUTF8(std::string(to_string(s)));
}

// `text` broken into lines of at most about `width` characters, at spaces.
wxString wrapped(const wxString& text, std::size_t width) {
    wxString out, line;
    for (const wxString& word : wxSplit(text, ' ', '\0')) {
        if (!line.empty() && line.length() + 1 + word.length() > width) {
            out += line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    return out + line;
}

}  // namespace

ConflictsPanel::ConflictsPanel(wxWindow* parent, Planner& planner)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES),
      planner_(planner) {
    error_attr_.SetTextColour(wxColour(0xc0, 0x1c, 0x28));
    // What the last edit brought stands out until the next one.
    const wxColour fresh(0xff, 0xf1, 0xb8);
    new_attr_.SetBackgroundColour(fresh);
    new_error_attr_ = error_attr_;
    new_error_attr_.SetBackgroundColour(fresh);
    AppendColumn(_("Severity"), wxLIST_FORMAT_LEFT, 70);
    AppendColumn(_("Rule"), wxLIST_FORMAT_LEFT, 150);
    AppendColumn(_("Line"), wxLIST_FORMAT_RIGHT, 50);
    AppendColumn(_("Message"), wxLIST_FORMAT_LEFT, 640);
    Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { activate(e.GetIndex()); });
    Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) { activate(e.GetIndex()); });
    // A long message is cut at the column's edge: the row under the pointer says it whole.
    Bind(wxEVT_MOTION, [this](wxMouseEvent& e) {
        e.Skip();
        int flags = 0;
        const long row = HitTest(e.GetPosition(), flags);
        if (row == tip_row_) return;
        tip_row_ = row;
        if (row < 0 || static_cast<std::size_t>(row) >= shown_.size())
            UnsetToolTip();
        else
            SetToolTip(tooltip(row));
    });
    // The message takes the width the other columns leave: less of it is cut.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        CallAfter([this] { fit_message_column(); });
    });
    planner_.subscribe([this](ChangeKind kind) {
        if (kind == ChangeKind::document) rebuild();
    });
    rebuild();
}

void ConflictsPanel::rebuild() {
    // The diagnostics of the same document before the edit: those not among them are new.
    const auto key = [](const Diagnostic& d) { return d.rule + '\x1f' + d.message; };
    std::unordered_set<std::string> before;
    const bool same_document = planner_.has_document() && generation_ == planner_.generation();
    if (same_document)
        for (const Diagnostic& d : shown_) before.insert(key(d));
    generation_ = planner_.has_document() ? planner_.generation() : -1;
    shown_.clear();
    if (planner_.has_document()) {
        const auto& items = planner_.document().diagnostics().items();
        shown_.assign(items.begin(), items.end());
    }
    is_new_.assign(shown_.size(), false);
    new_rows_.clear();
    if (same_document)
        for (std::size_t i = 0; i < shown_.size(); ++i)
            if (shown_[i].severity != Severity::note && !before.count(key(shown_[i]))) {
                is_new_[i] = true;
                new_rows_.push_back(static_cast<long>(i));
            }
    SetItemCount(static_cast<long>(shown_.size()));
    tip_row_ = -2;
    if (!new_rows_.empty()) EnsureVisible(new_rows_.front());
    Refresh();
}

wxString ConflictsPanel::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= shown_.size()) return {};
    const Diagnostic& d = shown_[static_cast<std::size_t>(item)];
    switch (column) {
        case 0: return severity_text(d.severity);
        case 1: return wxString::FromUTF8(d.rule);
        case 2: return d.loc.line ? wxString::Format("%u", d.loc.line) : wxString();
        default: return message(item);
    }
}

wxString ConflictsPanel::message(long item) const {
    if (item < 0 || static_cast<std::size_t>(item) >= shown_.size() || !planner_.has_document())
        return {};
    // Ids become names here, for the rows on screen only: the file's ids stay in the
    // diagnostics (the CLI's text, and what a click selects).
    const Event& ev = planner_.event();
    const Diagnostic& d = shown_[static_cast<std::size_t>(item)];
    std::string text = message_with_names(ev, d, planner_.lang());
    if (!d.hint.empty()) {
        Diagnostic hint = d;
        hint.message = d.hint;
        text += " \u2014 " + message_with_names(ev, hint, planner_.lang());
    }
    return wxString::FromUTF8(text);
}

wxString ConflictsPanel::tooltip(long row) const {
    // Wrapped, so that a long message is read whole in a tooltip of a sensible width.
    return wrapped(message(row), 80);
}

void ConflictsPanel::fit_message_column() {
    int others = 0;
    for (int c = 0; c < 3; ++c) others += GetColumnWidth(c);
    const int room = GetClientSize().x - others;
    if (room > 200) SetColumnWidth(3, room);
}

wxItemAttr* ConflictsPanel::OnGetItemAttr(long item) const {
    if (item < 0 || static_cast<std::size_t>(item) >= shown_.size()) return nullptr;
    const auto i = static_cast<std::size_t>(item);
    const bool error = shown_[i].severity == Severity::error;
    if (is_new_[i]) return error ? &new_error_attr_ : &new_attr_;
    return error ? &error_attr_ : nullptr;
}

void ConflictsPanel::activate(long row) {
    if (row < 0 || static_cast<std::size_t>(row) >= shown_.size() || !planner_.has_document())
        return;
    const Diagnostic& d = shown_[static_cast<std::size_t>(row)];
    const Event& ev = planner_.event();
    for (const std::string& id : d.sessions) {
        const Index i = ev.find_session(id);
        if (i == no_index) continue;
        const Session& s = ev.sessions[static_cast<std::size_t>(i)];
        if (s.start && s.room != no_index) {
            planner_.set_day(ev.programme_day(s));
            break;
        }
    }
    planner_.select(d.sessions);
}

}  // namespace summitry::gui
