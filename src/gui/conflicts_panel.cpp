// SPDX-License-Identifier: MIT
#include "conflicts_panel.h"

#include "planner.h"

namespace summitry::gui {

ConflictsPanel::ConflictsPanel(wxWindow* parent, Planner& planner)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES),
      planner_(planner) {
    AppendColumn(_("Severity"), wxLIST_FORMAT_LEFT, 70);
    AppendColumn(_("Rule"), wxLIST_FORMAT_LEFT, 150);
    AppendColumn(_("Line"), wxLIST_FORMAT_RIGHT, 50);
    AppendColumn(_("Message"), wxLIST_FORMAT_LEFT, 640);
    Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { activate(e.GetIndex()); });
    Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) { activate(e.GetIndex()); });
    planner_.subscribe([this](ChangeKind kind) {
        if (kind == ChangeKind::document) rebuild();
    });
    rebuild();
}

void ConflictsPanel::rebuild() {
    Freeze();
    DeleteAllItems();
    shown_.clear();
    if (planner_.has_document()) {
        for (const Diagnostic& d : planner_.document().diagnostics().items()) {
            const long row = InsertItem(GetItemCount(), wxString::FromUTF8(std::string(to_string(d.severity))));
            SetItem(row, 1, wxString::FromUTF8(d.rule));
            SetItem(row, 2, d.loc.line ? wxString::Format("%u", d.loc.line) : wxString());
            SetItem(row, 3, wxString::FromUTF8(d.message + (d.hint.empty() ? "" : " — " + d.hint)));
            if (d.severity == Severity::error) SetItemTextColour(row, wxColour(0xc0, 0x1c, 0x28));
            shown_.push_back(d);
        }
    }
    Thaw();
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
