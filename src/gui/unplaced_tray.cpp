// SPDX-License-Identifier: MIT
#include "unplaced_tray.h"

#include <wx/dataobj.h>
#include <wx/dnd.h>
#include <wx/icon.h>
#include <wx/image.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <cstdlib>

#include "planner.h"

namespace summitry::gui {
namespace {

const wxString prefix = "summitry-session:";
std::string dragged;  // the session of the drag under way, on the GUI thread

// How far the pointer goes with the button down before it is a drag, as the toolkit says.
int drag_threshold(wxSystemMetric metric, wxWindow* window) {
    const int pixels = wxSystemSettings::GetMetric(metric, window);
    return pixels > 0 ? pixels : 4;
}

}  // namespace

wxIcon tray_drag_icon() {
    // wxDropSource on GTK shapes its icon window by the icon's mask: all masked, nothing shows.
    wxImage pixel(1, 1);
    pixel.SetRGB(0, 0, 255, 0, 255);
    pixel.SetMaskColour(255, 0, 255);
    wxIcon icon;
    icon.CopyFromBitmap(wxBitmap(pixel));
    return icon;
}

wxString session_drag_text(const std::string& session_id) {
    return prefix + wxString::FromUTF8(session_id);
}

const std::string& session_being_dragged() {
    return dragged;
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
    // The list starts a drag after a few motion events only: a fast drag to the grid would
    // only select. So the drag starts here, as soon as the pointer has gone past the toolkit's
    // threshold with the button down on a row. (The generic list passes its mouse events to
    // the control first.)
    list_->Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent& e) {
        int flags = 0;
        const long row = list_->HitTest(e.GetPosition(), flags);
        down_row_ = (flags & wxLIST_HITTEST_ONITEM) ? row : -1;
        down_ = e.GetPosition();
        e.Skip();
    });
    list_->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& e) {
        down_row_ = -1;
        e.Skip();
    });
    list_->Bind(wxEVT_MOTION, [this](wxMouseEvent& e) {
        if (down_row_ >= 0 && e.LeftIsDown()) {
            const wxPoint moved = e.GetPosition() - down_;
            if (std::abs(moved.x) > drag_threshold(wxSYS_DRAG_X, list_) ||
                std::abs(moved.y) > drag_threshold(wxSYS_DRAG_Y, list_)) {
                const auto row = static_cast<std::size_t>(down_row_);
                down_row_ = -1;
                drag_row(row);
                return;
            }
        }
        e.Skip();
    });
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
    down_row_ = -1;
    drag_row(static_cast<std::size_t>(event.GetIndex()));
}

void UnplacedTray::drag_row(std::size_t row) {
    if (row >= ids_.size()) return;
    const std::string id = ids_[row];
    if (drag_hook_) return drag_hook_(id);
    wxTextDataObject data(session_drag_text(id));
    const wxIcon none = tray_drag_icon();
    wxDropSource source(data, this, none, none, none);
    dragged = id;
    source.DoDragDrop(wxDrag_DefaultMove);
    dragged.clear();
}

}  // namespace summitry::gui
