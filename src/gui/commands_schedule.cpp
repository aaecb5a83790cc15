// SPDX-License-Identifier: MIT
// Tools > Schedule Unplaced Sessions and Tools > Repair Conflicts: the scheduler of issue 7 run
// from the planner, in the background, its result one undoable edit (plan/write.h).
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/translation.h>

#include <exception>
#include <functional>

#include "background.h"
#include "commands.h"
#include "main_frame.h"
#include "plan/schedule.h"
#include "plan/write.h"

namespace summitry::gui {

std::string not_ready_for_output(const Planner& planner) {
    if (!planner.has_document()) return _("No event is open").utf8_string();
    if (planner.document().diagnostics().has_errors())
        return _("The event has errors: correct them first (see Conflicts)").utf8_string();
    return {};
}

ScheduleRun schedule_sessions(Planner& planner, bool repair,
                              const std::function<bool(double done)>& keep_going) {
    ScheduleRun run;
    run.error = not_ready_for_output(planner);
    if (!run.error.empty()) return run;
    EventDocument& doc = planner.document();
    ScheduleOptions options;
    options.repair = repair;
    ScheduleResult result;
    const std::uint64_t before = doc.revision_id();
    // The worker only reads the event; the GUI thread shows progress meanwhile.
    run_in_background(
        [&](const Progress& progress) {
            options.progress = progress;
            result = schedule_event(doc.event(), options);
        },
        keep_going);
    if (doc.revision_id() != before) {  // cannot happen while the dialog is modal; never guess
        run.error =
            _("The event changed while it was being scheduled: nothing was applied").utf8_string();
        return run;
    }
    run.report = format_report(doc.event(), result);
    run.placed = result.placed;
    run.moved = result.moved;
    run.not_placed = static_cast<int>(result.unplaced.size());
    run.cancelled = result.cancelled;
    if (result.placements.empty()) return run;
    try {
        write_schedule(doc, result);
    } catch (const std::exception& e) {
        run.error = e.what();
        return run;
    }
    record_applied(planner);
    return run;
}

namespace {

// The report, long when sessions could not be placed: a dialog with a text to read and copy.
void show_report(MainFrame& frame, const wxString& summary, const std::string& report) {
    wxDialog dialog(&frame, wxID_ANY, _("Schedule"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(&dialog, wxID_ANY, summary), 0, wxALL, 10);
    auto* text = new wxTextCtrl(&dialog, wxID_ANY, wxString::FromUTF8(report), wxDefaultPosition,
                                dialog.FromDIP(wxSize(640, 360)),
                                wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
    sizer->Add(text, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, 10);
    dialog.SetSizerAndFit(sizer);
    dialog.ShowModal();
}

}  // namespace

void schedule_with_dialog(MainFrame& frame, bool repair) {
    ScheduleRun run;
    {
        const MainFrame::Busy busy(frame);
        ProgressWindow progress(&frame, repair ? _("Repair Conflicts") : _("Schedule"),
                                repair ? _("Moving sessions out of conflicts and placing the "
                                           "unplaced ones...")
                                       : _("Placing the unplaced sessions..."));
        run = schedule_sessions(frame.planner(), repair, std::ref(progress));
    }
    if (!run.error.empty()) {
        wxMessageBox(wxString::FromUTF8(run.error), _("Schedule"), wxOK | wxICON_ERROR, &frame);
        return;
    }
    wxString summary = wxString::Format(_("%d sessions placed, %d moved, %d could not be placed."),
                                        run.placed, run.moved, run.not_placed);
    if (run.cancelled) summary += "\n" + _("Cancelled: what was placed by then is kept.");
    if (run.placed + run.moved > 0) summary += "\n" + _("Edit > Undo takes it all back.");
    frame.set_message(summary.BeforeFirst('\n').utf8_string());
    show_report(frame, summary, run.report);
}

}  // namespace summitry::gui
