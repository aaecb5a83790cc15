// SPDX-License-Identifier: MIT
#include "main_frame.h"

#include <wx/config.h>
#include <wx/filename.h>
#include <wx/notebook.h>
#include <wx/statusbr.h>

#include "actions/registry.h"
#include "commands.h"
#include "conflicts_panel.h"
#include "day_grid_canvas.h"
#include "disk_watch.h"
#include "entity_list.h"
#include "inspector.h"
#include "sessions_table.h"
#include "unplaced_tray.h"

namespace summitry::gui {

MainFrame::MainFrame(FrameOptions options)
    : wxFrame(nullptr, wxID_ANY, "Summitry", wxDefaultPosition, wxSize(1400, 900)),
      options_(options) {
    aui_.SetManagedWindow(this);
    grid_ = new DayGridCanvas(this, planner_);
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
    inspector_ = new Inspector(this, planner_);
    tray_ = new UnplacedTray(this, planner_);
    aui_.AddPane(grid_, wxAuiPaneInfo().Name("grid").CenterPane().Caption(_("Day grid")));
    aui_.AddPane(inspector_, wxAuiPaneInfo()
                                 .Name("inspector")
                                 .Caption(_("Inspector"))
                                 .Right()
                                 .BestSize(340, 400)
                                 .MinSize(240, 200)
                                 .CloseButton(false));
    aui_.AddPane(tray_, wxAuiPaneInfo()
                            .Name("tray")
                            .Caption(_("Unplaced"))
                            .Left()
                            .BestSize(210, 400)
                            .MinSize(160, 120)
                            .CloseButton(false));
    aui_.AddPane(book, wxAuiPaneInfo()
                           .Name("lists")
                           .Caption(_("Sessions and lists"))
                           .Bottom()
                           .BestSize(900, 210)
                           .MinSize(300, 120)
                           .CloseButton(false));
    aui_.AddPane(conflicts_, wxAuiPaneInfo()
                                 .Name("conflicts")
                                 .Caption(_("Conflicts"))
                                 .Bottom()
                                 .Position(1)
                                 .BestSize(900, 130)
                                 .MinSize(300, 80)
                                 .CloseButton(false));
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
    disk_watcher_ = std::make_unique<DiskWatcher>(*this);
    aui_.Update();
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
        SetStatusText(wxString::Format(wxPLURAL("%lu session", "%lu sessions", sessions), sessions),
                      1);
        wxString problems =
            wxString::Format(wxPLURAL("%lu conflict", "%lu conflicts", conflicts), conflicts);
        if (errors)
            problems = wxString::Format(wxPLURAL("%lu error", "%lu errors", errors), errors) +
                       ", " + problems;
        if (notes)
            problems += wxString::Format(wxPLURAL(", %lu note", ", %lu notes", notes), notes);
        SetStatusText(problems, 2);
        SetStatusText(doc.modified() ? _("modified") : _("saved"), 3);
    } else {
        for (int i = 1; i < 4; ++i) SetStatusText({}, i);
    }
    if (GetTitle() != title) SetTitle(title);
    update_actions(*this);
}

void MainFrame::on_close(wxCloseEvent& event) {
    if (event.CanVeto() && !confirm_discard(*this)) {
        event.Veto();
        return;
    }
    Destroy();
}

}  // namespace summitry::gui
