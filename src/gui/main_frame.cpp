// SPDX-License-Identifier: MIT
#include "main_frame.h"

#include <wx/config.h>
#include <wx/display.h>
#include <wx/filename.h>
#include <wx/notebook.h>
#include <wx/simplebook.h>
#include <wx/statusbr.h>

#include <algorithm>

#include "actions/registry.h"
#include "changes_panel.h"
#include "commands.h"
#include "conflicts_panel.h"
#include "day_grid_canvas.h"
#include "disk_watch.h"
#include "entity_list.h"
#include "inspector.h"
#include "sessions_table.h"
#include "start_page.h"
#include "unplaced_tray.h"

namespace summitry::gui {

MainFrame::MainFrame(FrameOptions options)
    : wxFrame(nullptr, wxID_ANY, "Summitry", wxDefaultPosition, wxSize(1400, 900)),
      options_(options) {
    // Sized to the screen it opens on: 1400×900 where there is room, never past the work area
    // (a 1000-pixel screen less its panels).
    const wxRect area =
        wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromPoint(wxGetMousePosition()))))
            .GetClientArea();
    if (area.width > 0 && area.height > 0) {
        SetSize(wxSize(std::min(FromDIP(1400), area.width), std::min(FromDIP(900), area.height)));
        Move(area.GetTopLeft() + wxPoint((area.width - GetSize().x) / 2, 0));
    }
    aui_.SetManagedWindow(this);
    centre_ = new wxSimplebook(this, wxID_ANY);
    grid_ = new DayGridCanvas(centre_, planner_);
    centre_->AddPage(grid_, {});
    // Sessions, people, organizations, venues and rooms, tracks: one page each.
    auto* book = book_ = new wxNotebook(this, wxID_ANY);
    table_ = new SessionsTable(book, planner_);
    book->AddPage(table_, _("Sessions"));
    const std::pair<EntityKind, wxString> pages[] = {{EntityKind::person, _("People")},
                                                     {EntityKind::organization, _("Organizations")},
                                                     {EntityKind::room, _("Venues and rooms")},
                                                     {EntityKind::track, _("Tracks")}};
    for (const auto& [kind, label] : pages) {
        lists_.push_back(new EntityList(book, planner_, kind));
        book->AddPage(lists_.back(), label);
    }
    conflicts_ = new ConflictsPanel(this, planner_);
    changes_ = new ChangesPanel(this, planner_);
    changes_->on_marks([this](const auto& marks) { grid_->set_release_marks(marks); });
    inspector_ = new Inspector(this, planner_);
    tray_ = new UnplacedTray(this, planner_);
    aui_.AddPane(centre_, wxAuiPaneInfo().Name("grid").CenterPane().Caption(_("Day grid")));
    aui_.AddPane(inspector_, wxAuiPaneInfo()
                                 .Name("inspector")
                                 .Caption(_("Inspector"))
                                 .Right()
                                 .BestSize(340, 400)
                                 .MinSize(240, 200)
                                 .CloseButton(true));
    aui_.AddPane(tray_, wxAuiPaneInfo()
                            .Name("tray")
                            .Caption(_("Unplaced"))
                            .Left()
                            .BestSize(210, 400)
                            .MinSize(160, 120)
                            .CloseButton(true));
    aui_.AddPane(book, wxAuiPaneInfo()
                           .Name("lists")
                           .Caption(_("Sessions and lists"))
                           .Bottom()
                           .BestSize(900, 210)
                           .MinSize(300, 120)
                           .CloseButton(true));
    aui_.AddPane(conflicts_, wxAuiPaneInfo()
                                 .Name("conflicts")
                                 .Caption(_("Conflicts"))
                                 .Bottom()
                                 .Position(1)
                                 .BestSize(900, 130)
                                 .MinSize(300, 80)
                                 .CloseButton(true));
    aui_.AddPane(changes_, wxAuiPaneInfo()
                               .Name("changes")
                               .Caption(_("Changes since the release"))
                               .Bottom()
                               .Position(2)
                               .BestSize(700, 130)
                               .MinSize(300, 80)
                               .CloseButton(true));
    // A panel closed by its button is hidden as the View menu hides it, and shown from there.
    Bind(wxEVT_AUI_PANE_CLOSE, [this](wxAuiManagerEvent& e) {
        if (e.GetPane()) hidden_.insert(e.GetPane()->name.utf8_string());
        CallAfter([this] { update_actions(*this); });
        e.Skip();  // the manager hides it
    });
    CreateStatusBar(4);
    const int widths[] = {-3, 110, 190, 110};
    SetStatusWidths(4, widths);
    install_actions(*this);  // the menus, the toolbar and the keys (actions/)
    auto report = [this](const std::string& text) { set_message(text); };
    grid_->on_report(report);
    inspector_->on_report(report);
    autosaver_.on_report(report);
    planner_.subscribe([this](ChangeKind) { refresh_chrome(); });
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
    Bind(wxEVT_SIZE, &MainFrame::on_size, this);
    disk_watcher_ = std::make_unique<DiskWatcher>(*this);
    // After the menus: the start page lists the recent files they loaded.
    start_ = new StartPage(centre_, *this);
    centre_->AddPage(start_, {});
    show_start_page(true);
    refresh_chrome();
}

MainFrame::~MainFrame() {
    disk_watcher_.reset();
    if (options_.remember_files) recent_.Save(*wxConfig::Get());
    aui_.UnInit();
}

EntityList& MainFrame::list_of(EntityKind kind) {
    for (EntityList* list : lists_)
        if (list->kind() == kind || (kind == EntityKind::venue && list->kind() == EntityKind::room))
            return *list;
    return *lists_.front();
}

void MainFrame::set_message(const std::string& text) {
    SetStatusText(wxString::FromUTF8(text), 0);
}

void MainFrame::refresh_chrome() {
    // Called on every change (a drop, a click): a field is set only when its text changes, as
    // setting one lays the status bar out and measures its texts again (issue 15: a sixth of a
    // drop on 36C3).
    const auto status = [this](const wxString& text, int field) {
        if (GetStatusBar() && GetStatusBar()->GetStatusText(field) != text)
            SetStatusText(text, field);
    };
    const bool open = planner_.has_document();
    wxString title = "Summitry";
    if (open) {
        const EventDocument& doc = planner_.document();
        title = wxFileName(wxString::FromUTF8(doc.path())).GetFullName() +
                (doc.modified() ? "*" : "") + wxString::FromUTF8(" — Summitry");
        const Diagnostics& diagnostics = doc.diagnostics();
        const auto errors = static_cast<unsigned long>(diagnostics.count(Severity::error));
        const auto conflicts = static_cast<unsigned long>(diagnostics.count(Severity::warning));
        const auto notes = static_cast<unsigned long>(diagnostics.count(Severity::note));
        const auto sessions = static_cast<unsigned long>(planner_.event().sessions.size());
        status(wxString::Format(wxPLURAL("%lu session", "%lu sessions", sessions), sessions), 1);
        wxString problems =
            wxString::Format(wxPLURAL("%lu conflict", "%lu conflicts", conflicts), conflicts);
        if (errors)
            problems = wxString::Format(wxPLURAL("%lu error", "%lu errors", errors), errors) +
                       ", " + problems;
        if (notes)
            problems += wxString::Format(wxPLURAL(", %lu note", ", %lu notes", notes), notes);
        status(problems, 2);
        status(doc.modified() ? _("modified") : _("saved"), 3);
    } else {
        for (int i = 1; i < 4; ++i) status({}, i);
    }
    if (GetTitle() != title) SetTitle(title);
    if (open == showing_start_page()) show_start_page(!open);
    update_actions(*this);
}

void MainFrame::on_size(wxSizeEvent& event) {
    event.Skip();
    const int height = GetClientSize().y;
    const int before = height_;
    height_ = height;
    if (before <= 0 || height <= 0 || height == before || showing_start_page()) return;
    // The bottom panels (sessions and lists, conflicts) keep their share of the height: a
    // dock of wxAUI keeps its pixels, so a taller window would only give the grid more. The
    // dock's size is in the perspective, as "dock_size(3,0,0)=210" (3: the bottom).
    const wxString perspective = aui_.SavePerspective();
    const wxString key = "dock_size(3,0,0)=";
    const int at = perspective.Find(key);
    if (at == wxNOT_FOUND) return;
    const size_t from = static_cast<size_t>(at) + key.size();
    size_t to = from;
    while (to < perspective.size() && wxIsdigit(perspective[to])) ++to;
    long size = 0;
    if (!perspective.Mid(from, to - from).ToLong(&size) || size <= 0) return;
    const long scaled = std::clamp<long>(size * height / before, FromDIP(120), height * 6 / 10);
    if (scaled == size) return;
    aui_.LoadPerspective(perspective.Left(from) + wxString::Format("%ld", scaled) +
                         perspective.Mid(to));
}

bool MainFrame::showing_start_page() const {
    return centre_->GetSelection() == 1;
}

void MainFrame::show_start_page(bool show) {
    centre_->ChangeSelection(show ? 1 : 0);
    if (show) start_->refresh();
    // The panels are about an event: with none open they would be empty boxes around the page.
    for (const char* name : {"inspector", "tray", "lists", "conflicts", "changes"})
        aui_.GetPane(name).Show(!show && !hidden_.count(name));
    aui_.Update();
}

bool MainFrame::panel_shown(std::string_view name) const {
    return !showing_start_page() && !hidden_.count(name);
}

void MainFrame::show_panel(std::string_view name, bool show) {
    wxAuiPaneInfo& pane = aui_.GetPane(wxString(name.data(), name.size()));
    if (!pane.IsOk()) return;
    if (!show)
        hidden_.emplace(name);
    else if (const auto it = hidden_.find(name); it != hidden_.end())
        hidden_.erase(it);
    if (!showing_start_page()) {
        pane.Show(show);
        aui_.Update();
    }
    update_actions(*this);
}

void MainFrame::on_close(wxCloseEvent& event) {
    if (event.CanVeto() && !confirm_discard(*this)) {
        event.Veto();
        return;
    }
    autosaver_.forget();  // a clean quit leaves no autosave of a saved document behind
    Destroy();
}

}  // namespace summitry::gui
