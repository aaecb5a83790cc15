// SPDX-License-Identifier: MIT
// File menu: new, open, save, reload, release, export, tell people, print, quit.
#include <wx/artprov.h>
#include <wx/defs.h>
#include <wx/translation.h>

#include "actions/action.h"
#include "commands.h"
#include "disk_watch.h"
#include "export_dialog.h"
#include "main_frame.h"
#include "print.h"
#include "release_dialog.h"
#include "tell_people_dialog.h"

namespace summitry::gui {

std::vector<Action> file_actions() {
    return {
        {.name = "file/new",
         .id = wxID_NEW,
         .label = wxTRANSLATE("&New Event..."),
         .accel = "Ctrl+N",
         .help = wxTRANSLATE("Create an event: its title, dates, time zone, languages, venue and "
                             "rooms, saved where you choose"),
         .run = [](MainFrame& frame) { new_event_with_dialog(frame); },
         .tool = {wxART_NEW, wxTRANSLATE("New"), wxTRANSLATE("Create an event")}},
        {.name = "file/open",
         .id = wxID_OPEN,
         .label = wxTRANSLATE("&Open..."),
         .accel = "Ctrl+O",
         .help = wxTRANSLATE("Open an event file"),
         .run = [](MainFrame& frame) { open_with_dialog(frame); },
         .tool = {wxART_FILE_OPEN, wxTRANSLATE("Open"), wxTRANSLATE("Open an event file")}},
        {.name = "file/save",
         .id = wxID_SAVE,
         .label = wxTRANSLATE("&Save"),
         .accel = "Ctrl+S",
         .help = wxTRANSLATE("Save the event"),
         .enabled = event_open,
         .run = [](MainFrame& frame) { save(frame); },
         .tool = {wxART_FILE_SAVE, wxTRANSLATE("Save"), wxTRANSLATE("Save the event")}},
        {.name = "file/save-as",
         .id = wxID_SAVEAS,
         .label = wxTRANSLATE("Save &As..."),
         .accel = "Ctrl+Shift+S",
         .help = wxTRANSLATE("Save the event in another file"),
         .enabled = event_open,
         .run = [](MainFrame& frame) { save_as(frame); }},
        {.name = "file/reload",
         .label = wxTRANSLATE("Re&load from Disk"),
         .accel = "Ctrl+R",
         .help = wxTRANSLATE("Look whether another program changed the event's files, and offer "
                             "to read them again"),
         .enabled = event_open,
         .run =
             [](MainFrame& frame) {
                 if (!frame.disk_watcher().check())
                     frame.set_message(_("The event's files are as opened").utf8_string());
             }},
        {.name = "file/release",
         .label = wxTRANSLATE("&Make a Release..."),
         .help = wxTRANSLATE("Record what you published: a copy beside the event, and a new "
                             "revision for each session changed since the last release"),
         .enabled = event_open,
         .run = [](MainFrame& frame) { release_with_dialog(frame); }},
        {.name = "file/export",
         .label = wxTRANSLATE("&Export..."),
         .accel = "Ctrl+E",
         .help = wxTRANSLATE("The programme, speakers' list, agenda or calendar as PDF, HTML, CSV, "
                             "iCalendar, frab XML or JSON"),
         .run = [](MainFrame& frame) { export_with_dialog(frame); }},
        {.name = "file/tell-people",
         .label = wxTRANSLATE("&Tell People..."),
         .help = wxTRANSLATE("E-mail the people whose sessions changed between two releases, "
                             "with calendar updates: review, write to an outbox or send"),
         .enabled = event_open,
         .run = [](MainFrame& frame) { tell_people_with_dialog(frame); }},
        {.name = "file/page-setup",
         .id = wxID_PRINT_SETUP,
         .label = wxTRANSLATE("Page Set&up..."),
         .help = wxTRANSLATE("Choose the paper the programme is printed on"),
         .run = [](MainFrame& frame) { page_setup(frame); }},
        {.name = "file/print-preview",
         .id = wxID_PREVIEW,
         .label = wxTRANSLATE("Print Pre&view"),
         .accel = "Ctrl+Shift+P",
         .help = wxTRANSLATE("Show the programme's pages as they will be printed"),
         .run = [](MainFrame& frame) { print_preview(frame); }},
        {.name = "file/print",
         .id = wxID_PRINT,
         .label = wxTRANSLATE("&Print..."),
         .accel = "Ctrl+P",
         .help = wxTRANSLATE("Print the programme"),
         .run = [](MainFrame& frame) { print_programme(frame); }},
        {.name = "file/quit",
         .id = wxID_EXIT,
         .label = wxTRANSLATE("&Quit"),
         .accel = "Ctrl+Q",
         .help = wxTRANSLATE("Quit Summitry, asking first whether to save unsaved changes"),
         .run = [](MainFrame& frame) { frame.Close(); }},
    };
}

}  // namespace summitry::gui
