// SPDX-License-Identifier: MIT
#include "conflicts_panel.h"

#include <string>
#include <unordered_set>

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
            SetToolTip(OnGetItemText(row, 3));
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
        default: return wxString::FromUTF8(d.message + (d.hint.empty() ? "" : " \u2014 " + d.hint));
    }
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
