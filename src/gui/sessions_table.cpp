// SPDX-License-Identifier: MIT
#include "sessions_table.h"

#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>

#include "planner.h"
#include "views/agenda.h"

namespace summitry::gui {
namespace {

std::string names(const std::vector<AgendaPerson>& people) {
    std::string out;
    for (const AgendaPerson& p : people) out += (out.empty() ? "" : ", ") + p.name;
    return out;
}

}  // namespace

SessionsTable::SessionsTable(wxWindow* parent, Planner& planner)
    : wxPanel(parent), planner_(planner) {
    filter_ = new wxSearchCtrl(this, wxID_ANY);
    filter_->SetDescriptiveText(_("Filter sessions: title, room, person, track, status..."));
    filter_->ShowCancelButton(true);
    list_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                   wxDV_ROW_LINES | wxDV_SINGLE);
    const int flags = wxDATAVIEW_COL_SORTABLE | wxDATAVIEW_COL_RESIZABLE;
    list_->AppendTextColumn(_("Day"), wxDATAVIEW_CELL_INERT, 84, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Start"), wxDATAVIEW_CELL_INERT, 52, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("End"), wxDATAVIEW_CELL_INERT, 52, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Room"), wxDATAVIEW_CELL_INERT, 120, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Title"), wxDATAVIEW_CELL_INERT, 280, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Kind"), wxDATAVIEW_CELL_INERT, 90, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Track"), wxDATAVIEW_CELL_INERT, 110, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Status"), wxDATAVIEW_CELL_INERT, 80, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("People"), wxDATAVIEW_CELL_INERT, 240, wxALIGN_LEFT, flags);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(filter_, 0, wxEXPAND | wxALL, 3);
    sizer->Add(list_, 1, wxEXPAND);
    SetSizer(sizer);
    filter_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { rebuild(); });
    filter_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { set_filter({}); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, &SessionsTable::on_selection, this);
    planner_.subscribe([this](ChangeKind kind) {
        if (kind == ChangeKind::document) rebuild();
        else if (kind == ChangeKind::selection) sync_selection();
    });
    rebuild();
}

void SessionsTable::set_filter(const wxString& text) {
    filter_->ChangeValue(text);
    rebuild();
}

std::vector<std::string> SessionsTable::shown_ids() const {
    std::vector<std::string> out;
    for (int row = 0; row < list_->GetItemCount(); ++row)
        out.push_back(row_ids_[list_->GetItemData(list_->RowToItem(row))]);
    return out;
}

void SessionsTable::rebuild() {
    syncing_ = true;
    list_->DeleteAllItems();
    row_ids_.clear();
    if (planner_.has_document()) {
        AgendaQuery query;
        query.lang = planner_.lang();
        query.include_private = true;
        query.include_unscheduled = true;
        const Agenda agenda = build_agenda(planner_.event(), query);
        const wxString filter = filter_->GetValue().Lower();
        auto add = [&](const AgendaEntry& e, const std::string& day) {
            const std::string people = names(e.speakers) + (e.moderators.empty() ? "" : ", ") +
                                       names(e.moderators);
            const std::vector<std::string> cells = {
                day, e.start, e.end, e.room_name, e.title, e.kind, e.track_name,
                e.status + (e.is_public ? "" : " (private)"), people};
            wxVector<wxVariant> row;
            wxString all = wxString::FromUTF8(e.id);
            for (const std::string& cell : cells) {
                row.push_back(wxVariant(wxString::FromUTF8(cell)));
                all += "\n" + wxString::FromUTF8(cell);
            }
            if (!filter.empty() && !all.Lower().Contains(filter)) return;
            list_->AppendItem(row, static_cast<wxUIntPtr>(row_ids_.size()));
            row_ids_.push_back(e.id);
        };
        for (const AgendaDay& d : agenda.days)
            for (const AgendaEntry& e : d.entries) add(e, format_date(d.day));
        for (const AgendaEntry& e : agenda.unscheduled) add(e, "—");
    }
    syncing_ = false;
    sync_selection();
}

void SessionsTable::sync_selection() {
    syncing_ = true;
    list_->UnselectAll();
    for (int row = 0; row < list_->GetItemCount(); ++row) {
        const wxDataViewItem item = list_->RowToItem(row);
        if (planner_.is_selected(row_ids_[list_->GetItemData(item)])) {
            list_->Select(item);
            list_->EnsureVisible(item);
        }
    }
    syncing_ = false;
}

void SessionsTable::on_selection(wxDataViewEvent&) {
    if (syncing_ || !planner_.has_document()) return;
    const wxDataViewItem item = list_->GetSelection();
    if (!item.IsOk()) return;
    const std::string id = row_ids_[list_->GetItemData(item)];
    const Event& ev = planner_.event();
    if (const Index i = ev.find_session(id); i != no_index) {
        const Session& s = ev.sessions[static_cast<std::size_t>(i)];
        if (s.start && s.room != no_index) planner_.set_day(ev.programme_day(s));
    }
    planner_.select({id});
}

}  // namespace summitry::gui
