// SPDX-License-Identifier: MIT
#include "conflicts_panel.h"

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
    shown_.clear();
    if (planner_.has_document()) {
        const auto& items = planner_.document().diagnostics().items();
        shown_.assign(items.begin(), items.end());
    }
    SetItemCount(static_cast<long>(shown_.size()));
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
    return shown_[static_cast<std::size_t>(item)].severity == Severity::error ? &error_attr_
                                                                              : nullptr;
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
