// SPDX-License-Identifier: MIT
#include "entity_list.h"

#include <wx/button.h>
#include <wx/clrpicker.h>
#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include "commands.h"
#include "delete_dialog.h"
#include "gui_text.h"

namespace summitry::gui {
EntityList::EntityList(wxWindow* parent, Planner& planner, EntityKind kind)
    : wxPanel(parent), planner_(planner), kind_(kind) {
    list_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                   wxDV_SINGLE | wxDV_ROW_LINES);
    auto column = [&](const wxString& title, int width) {
        list_->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, width, wxALIGN_LEFT,
                                wxDATAVIEW_COL_SORTABLE | wxDATAVIEW_COL_RESIZABLE);
    };
    column(_("Id"), 170);
    column(_("Name"), 230);
    switch (kind_) {
        case EntityKind::person:
            column(_("Role"), 220);
            column(_("Affiliation"), 160);
            column(_("Email"), 180);
            break;
        case EntityKind::organization:
            column(_("Kind"), 110);
            column(_("Country"), 70);
            break;
        case EntityKind::room:
            column(_("Venue"), 200);
            column(_("Capacity"), 80);
            break;
        default: column(_("Colour"), 90); break;
    }
    auto* buttons = new wxBoxSizer(wxVERTICAL);
    auto button = [&](const wxString& label, void (EntityList::*action)()) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->Bind(wxEVT_BUTTON, [this, action](wxCommandEvent&) { (this->*action)(); });
        buttons->Add(b, 0, wxEXPAND | wxBOTTOM, 4);
    };
    button(_("&New..."), &EntityList::ask_new);
    button(_("D&uplicate..."), &EntityList::on_duplicate);
    button(_("&Delete"), &EntityList::on_delete);
    if (kind_ == EntityKind::track) {
        // A track's colour is chosen, not typed: the file gets "#rrggbb".
        buttons->Add(new wxStaticText(this, wxID_ANY, _("Colour:")), 0, wxTOP, 6);
        colour_ = new wxColourPickerCtrl(this, wxID_ANY, *wxWHITE);
        colour_->SetToolTip(_("The selected track's colour on the grid and in the programme"));
        colour_->Bind(wxEVT_COLOURPICKER_CHANGED,
                      [this](wxColourPickerEvent& e) { show_error(set_colour(e.GetColour())); });
        buttons->Add(colour_, 0, wxEXPAND | wxTOP, 2);
    }
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(list_, 1, wxEXPAND);
    sizer->Add(buttons, 0, wxALL, 4);
    SetSizer(sizer);
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        if (syncing_) return;
        const int row = list_->GetSelectedRow();
        if (row == wxNOT_FOUND) return;
        const auto at = static_cast<std::size_t>(list_->GetItemData(list_->RowToItem(row)));
        if (at < rows_.size()) planner_.select_entity(rows_[at]);
    });
    planner_.subscribe([this](ChangeKind change) {
        if (change == ChangeKind::document) rebuild();
        if (change != ChangeKind::day) sync_selection();
    });
    rebuild();
}

void EntityList::rebuild() {
    std::vector<EntityRef> rows;
    std::vector<std::vector<wxString>> texts;
    if (planner_.has_document()) {
        const Event& ev = planner_.event();
        const std::string lang = planner_.lang();
        auto add = [&](EntityRef ref, std::vector<wxString> cells) {
            rows.push_back(std::move(ref));
            texts.push_back(std::move(cells));
        };
        auto text = [&](const Text& t) { return u8(std::string(t.get(lang))); };
        switch (kind_) {
            case EntityKind::person:
                for (const Person& p : ev.people)
                    add({kind_, p.id},
                        {u8(p.id), u8(p.name), text(p.role),
                         p.affiliation == no_index
                             ? wxString()
                             : text(ev.organizations[static_cast<std::size_t>(p.affiliation)].name),
                         u8(p.email)});
                break;
            case EntityKind::organization:
                for (const Organization& o : ev.organizations)
                    add({kind_, o.id}, {u8(o.id), text(o.name), u8(o.kind), u8(o.country)});
                break;
            case EntityKind::room:
                for (const Venue& v : ev.venues) {
                    add({EntityKind::venue, v.id},
                        {u8(v.id), text(v.name), _("(venue)"), wxString()});
                    for (Index r : v.rooms) {
                        const Room& room = ev.rooms[static_cast<std::size_t>(r)];
                        add({EntityKind::room, room.qualified},
                            {u8(room.qualified), text(room.name), text(v.name),
                             room.capacity ? wxString::Format("%d", *room.capacity) : wxString()});
                    }
                }
                break;
            default:
                for (const Track& t : ev.tracks)
                    add({kind_, t.id}, {u8(t.id), text(t.name), u8(t.color)});
                break;
        }
    }
    // Most edits (a move, a resize) change no row here: the control is left alone (909 people
    // on 36C3: filling it again was a good part of a drop, issue 15). Changed cells are set in
    // place; only another set of rows fills it again.
    syncing_ = true;
    if (rows != rows_) {
        list_->DeleteAllItems();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            wxVector<wxVariant> values;
            for (const wxString& t : texts[i]) values.push_back(wxVariant(t));
            list_->AppendItem(values, static_cast<wxUIntPtr>(i));
        }
    } else {
        for (std::size_t i = 0; i < rows.size(); ++i)
            for (std::size_t c = 0; c < texts[i].size(); ++c)
                if (texts_[i].size() != texts[i].size() || texts_[i][c] != texts[i][c])
                    list_->SetTextValue(texts[i][c], static_cast<unsigned>(i),
                                        static_cast<unsigned>(c));
    }
    rows_ = std::move(rows);
    texts_ = std::move(texts);
    syncing_ = false;
    sync_selection();
}

void EntityList::sync_selection() {
    syncing_ = true;
    const auto& selected = planner_.selected_entity();
    if (colour_) {
        const Index t = selected && selected->kind == EntityKind::track && planner_.has_document()
                            ? planner_.event().find_track(selected->id)
                            : no_index;
        colour_->Enable(t != no_index);
        wxColour c;
        if (t != no_index && c.Set(u8(planner_.event().tracks[static_cast<std::size_t>(t)].color)))
            colour_->SetColour(c);
    }
    int row = wxNOT_FOUND;
    for (std::size_t i = 0; selected && i < rows_.size(); ++i)
        if (rows_[i] == *selected) row = static_cast<int>(i);
    if (row == wxNOT_FOUND)
        list_->UnselectAll();
    else if (list_->GetSelectedRow() != row) {
        list_->SelectRow(static_cast<unsigned>(row));
        list_->EnsureVisible(list_->RowToItem(row));
    }
    syncing_ = false;
}

std::string EntityList::create(const std::string& id) {
    if (kind_ != EntityKind::room) return create_entity(planner_, kind_, id);
    const auto slash = id.find('/');
    if (slash == std::string::npos) return create_entity(planner_, EntityKind::venue, id);
    return create_entity(planner_, EntityKind::room, id.substr(slash + 1), id.substr(0, slash));
}

std::string EntityList::duplicate_selected(const std::string& new_id) {
    const auto& selected = planner_.selected_entity();
    if (!selected) return "select an entry to duplicate";
    return duplicate_entity(planner_, selected->kind, selected->id, new_id);
}

std::string EntityList::delete_selected() {
    const auto& selected = planner_.selected_entity();
    if (!selected) return "select an entry to delete";
    return delete_entity(planner_, selected->kind, selected->id);
}

std::string EntityList::proposed_copy_id() const {
    const auto& selected = planner_.selected_entity();
    if (!selected) return {};
    std::string base = selected->id;
    if (selected->kind == EntityKind::room) base = base.substr(base.find('/') + 1);
    return base + "-2";
}

std::string EntityList::set_colour(const wxColour& colour) {
    const auto& selected = planner_.selected_entity();
    if (!selected || selected->kind != EntityKind::track)
        return _("select a track to colour").utf8_string();
    const EntityRef track = *selected;
    // Quoted: '#' would begin a comment.
    return set_entity_value(
        planner_, EntityKind::track, track.id, "color", {},
        "\"" + colour.GetAsString(wxC2S_HTML_SYNTAX).Lower().utf8_string() + "\"");
}

void EntityList::show_error(const std::string& error) {
    if (!error.empty()) wxMessageBox(u8(error), "Summitry", wxOK | wxICON_WARNING, this);
}

void EntityList::ask_new() {
    if (!planner_.has_document()) return;
    const wxString prompt =
        kind_ == EntityKind::room
            ? _("Id of the new room, as venue/room (a bare id makes a new venue):")
            : _("Id of the new entry (letters, digits and dashes):");
    wxTextEntryDialog dialog(this, prompt, _("New"));
    if (dialog.ShowModal() == wxID_OK) show_error(create(dialog.GetValue().Trim().utf8_string()));
}

void EntityList::on_duplicate() {
    if (!planner_.selected_entity()) return show_error("select an entry to duplicate");
    wxTextEntryDialog dialog(this, _("Id of the copy:"), _("Duplicate"), u8(proposed_copy_id()));
    if (dialog.ShowModal() == wxID_OK)
        show_error(duplicate_selected(dialog.GetValue().Trim().utf8_string()));
}

void EntityList::on_delete() {
    // Something still referring to it: the dialog asks what becomes of the references.
    const auto& selected = planner_.selected_entity();
    if (!selected) return show_error("select an entry to delete");
    const EntityRef entity = *selected;
    show_error(delete_asking(this, planner_, entity.kind, entity.id));
}

}  // namespace summitry::gui
