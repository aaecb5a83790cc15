// SPDX-License-Identifier: MIT
#include "changes_panel.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "planner.h"

namespace summitry::gui {

namespace {

class List : public wxListCtrl {
public:
    explicit List(ChangesPanel& panel)
        : wxListCtrl(&panel, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES),
          panel_(panel) {
        // TRANSLATORS: the columns of the Changes panel.
        AppendColumn(_("Change"), wxLIST_FORMAT_LEFT, 90);
        AppendColumn(_("What"), wxLIST_FORMAT_LEFT, 260);
        AppendColumn(_("Before"), wxLIST_FORMAT_LEFT, 250);
        AppendColumn(_("After"), wxLIST_FORMAT_LEFT, 250);
    }
    wxString OnGetItemText(long item, long column) const override {
        return panel_.cell(item, column);
    }

private:
    ChangesPanel& panel_;
};

}  // namespace

ChangesPanel::ChangesPanel(wxWindow* parent, Planner& planner)
    : wxPanel(parent, wxID_ANY), planner_(planner) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    heading_ = new wxStaticText(this, wxID_ANY, wxString());
    list_ = new List(*this);
    sizer->Add(heading_, 0, wxEXPAND | wxALL, FromDIP(4));
    sizer->Add(list_, 1, wxEXPAND);
    SetSizer(sizer);
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { activate(e.GetIndex()); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) { activate(e.GetIndex()); });
    // A long place is cut at the column's edge: the row under the pointer says it whole.
    list_->Bind(wxEVT_MOTION, [this](wxMouseEvent& e) {
        e.Skip();
        int flags = 0;
        const long row = list_->HitTest(e.GetPosition(), flags);
        if (row < 0 || row >= rows()) {
            list_->UnsetToolTip();
            return;
        }
        wxString tip = cell(row, 0) + ": " + cell(row, 1);
        if (!cell(row, 2).empty()) tip += "\n" + cell(row, 2);
        if (!cell(row, 3).empty()) tip += wxString::FromUTF8("\n\u2192 ") + cell(row, 3);
        if (list_->GetToolTipText() != tip) list_->SetToolTip(tip);
    });
    planner_.subscribe([this](ChangeKind kind) {
        if (kind == ChangeKind::document) rebuild();
    });
    rebuild();
}

void ChangesPanel::refresh() {
    changes_.forget();
    rebuild();
}

void ChangesPanel::rebuild() {
    changes_.update(planner_);
    heading_->SetLabel(heading());
    heading_->Wrap(-1);
    list_->SetItemCount(rows());
    list_->Refresh();
    Layout();
    if (marks_) marks_(changes_.marks());
}

long ChangesPanel::rows() const {
    return static_cast<long>(changes_.rows().size());
}

wxString ChangesPanel::cell(long row, long column) const {
    if (row < 0 || row >= rows()) return {};
    const ChangeRow& r = changes_.rows()[static_cast<std::size_t>(row)];
    switch (column) {
        case 0: return r.what;
        case 1: return r.label;
        case 2: return r.before;
        default: return r.after;
    }
}

wxString ChangesPanel::heading() const {
    if (!planner_.has_document()) return {};
    if (!changes_.error().empty())
        return _("The releases cannot be read:") + " " + wxString::FromUTF8(changes_.error());
    if (!changes_.latest())
        return _("No release yet: File > Make a Release records what you published.");
    const auto& r = *changes_.latest();
    const auto n = static_cast<unsigned long>(rows());
    const wxString since = wxString::Format(_("Since %s (%s)"), wxString::FromUTF8(r.name),
                                            wxString::FromUTF8(r.date));
    if (n == 0) return since + ": " + _("no change");
    return since + ": " + wxString::Format(wxPLURAL("%lu change", "%lu changes", n), n);
}

void ChangesPanel::activate(long row) {
    if (row < 0 || row >= rows() || !planner_.has_document()) return;
    const ChangeRow& r = changes_.rows()[static_cast<std::size_t>(row)];
    const Event& ev = planner_.event();
    if (r.noun == "session") {
        const Index i = ev.find_session(r.id);
        if (i == no_index) return;  // removed since the release: nothing to show
        const Session& s = ev.sessions[static_cast<std::size_t>(i)];
        if (s.start && s.room != no_index) planner_.set_day(ev.programme_day(s));
        planner_.select({r.id});
        return;
    }
    const std::pair<const char*, EntityKind> kinds[] = {{"person", EntityKind::person},
                                                        {"organization", EntityKind::organization},
                                                        {"venue", EntityKind::venue},
                                                        {"room", EntityKind::room},
                                                        {"track", EntityKind::track}};
    const auto exists = [&](EntityKind kind) {
        switch (kind) {
            case EntityKind::person: return ev.find_person(r.id) != no_index;
            case EntityKind::organization: return ev.find_organization(r.id) != no_index;
            case EntityKind::venue: return ev.find_venue(r.id) != no_index;
            case EntityKind::room: return ev.find_room(r.id) != no_index;
            case EntityKind::track: return ev.find_track(r.id) != no_index;
            case EntityKind::session: return false;
        }
        return false;
    };
    for (const auto& [noun, kind] : kinds)
        if (r.noun == noun && exists(kind)) planner_.select_entity(EntityRef{kind, r.id});
}

}  // namespace summitry::gui
