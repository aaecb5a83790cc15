// SPDX-License-Identifier: MIT
#include "unplaced_tray.h"

#include <wx/dataobj.h>
#include <wx/dnd.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "planner.h"

namespace summitry::gui {
namespace {

const wxString prefix = "summitry-session:";

}  // namespace

wxString session_drag_text(const std::string& session_id) {
    return prefix + wxString::FromUTF8(session_id);
}

std::string session_from_drag_text(const wxString& text) {
    wxString rest;
    return text.StartsWith(prefix, &rest) ? rest.utf8_string() : std::string();
}

UnplacedTray::UnplacedTray(wxWindow* parent, Planner& planner)
    : wxPanel(parent), planner_(planner) {
    list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Session"), wxLIST_FORMAT_LEFT, 140);
    list_->AppendColumn(_("Length"), wxLIST_FORMAT_LEFT, 55);
    auto* hint = new wxStaticText(this, wxID_ANY, _("Drag a session onto the grid to place it."));
    hint->Wrap(180);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(list_, 1, wxEXPAND);
    sizer->Add(hint, 0, wxALL, 4);
    SetSizer(sizer);
    list_->Bind(wxEVT_LIST_BEGIN_DRAG, &UnplacedTray::on_begin_drag, this);
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        const auto row = static_cast<std::size_t>(e.GetIndex());
        if (row < ids_.size()) planner_.select({ids_[row]});
    });
    planner_.subscribe([this](ChangeKind kind) {
        if (kind == ChangeKind::document) rebuild();
    });
    rebuild();
}

void UnplacedTray::rebuild() {
    std::vector<std::string> ids;
    std::vector<std::pair<wxString, wxString>> rows;
    if (planner_.has_document()) {
        const Event& ev = planner_.event();
        for (const Session& s : ev.sessions) {
            if (s.start && s.room != no_index) continue;
            ids.push_back(s.id);
            rows.emplace_back(
                wxString::FromUTF8(std::string(s.title.get(planner_.lang()))),
                s.duration ? wxString::FromUTF8(format_duration(*s.duration)) : wxString());
        }
    }
    if (ids == ids_ && list_->GetItemCount() == static_cast<int>(ids.size())) return;
    ids_ = std::move(ids);
    list_->Freeze();
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const long row = list_->InsertItem(static_cast<long>(i), rows[i].first);
        list_->SetItem(row, 1, rows[i].second);
    }
    list_->Thaw();
}

void UnplacedTray::on_begin_drag(wxListEvent& event) {
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row >= ids_.size()) return;
    wxTextDataObject data(session_drag_text(ids_[row]));
    wxDropSource source(data, this);
    source.DoDragDrop(wxDrag_DefaultMove);
}

}  // namespace summitry::gui
