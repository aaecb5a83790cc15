// SPDX-License-Identifier: MIT
// The planner as a process for the crash test (crash_test.py), built from the very frame and
// commands of the application:
//   gui_crash_child edit FILE SESSION START   opens FILE, moves SESSION to START (its room
//       kept) through the command layer the grid's drag handler calls, waits for the autosave
//       file, prints "AUTOSAVED", and keeps running until it is killed;
//   gui_crash_child open FILE SESSION         opens FILE as the planner does at start (the
//       recover question answered by SUMMITRY_RECOVER), prints "START <time>" and
//       "MODIFIED <0|1>", and exits.
#include <wx/app.h>
#include <wx/init.h>
#include <wx/utils.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "commands.h"
#include "main_frame.h"

using namespace summitry;
using namespace summitry::gui;

namespace {

class ChildApp : public wxApp {
public:
    bool OnInit() override { return true; }
};

void pump(int ms) {
    for (int waited = 0; waited < ms; waited += 10) {
        wxTheApp->Yield(true);
        wxTheApp->ProcessPendingEvents();
        wxMilliSleep(10);
    }
}

std::string start_of(const Planner& planner, Index i) {
    const Session& s = planner.event().sessions[static_cast<std::size_t>(i)];
    return s.start ? format_local(to_local(planner.event().zone_of(s), *s.start)) : "unplaced";
}

int run(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s edit FILE SESSION START | open FILE SESSION\n", argv[0]);
        return 2;
    }
    const std::string mode = argv[1], file = argv[2], id = argv[3];
    auto* frame = new MainFrame(FrameOptions{false});
    frame->Show();
    open_file(*frame, file);
    pump(200);
    Planner& planner = frame->planner();
    if (!planner.has_document()) return 3;
    const Index session = planner.event().find_session(id);
    if (session == no_index) return 3;
    if (mode == "open") {
        std::printf("START %s\nMODIFIED %d\n", start_of(planner, session).c_str(),
                    planner.document().modified() ? 1 : 0);
        std::fflush(stdout);
        frame->Destroy();
        pump(50);
        return 0;
    }
    if (mode != "edit" || argc < 5) return 2;
    const std::optional<WrittenTime> start = parse_date_time(argv[4]);
    if (!start) return 2;
    const Index room = planner.event().sessions[static_cast<std::size_t>(session)].room;
    const std::string error = move_session(planner, session, start->local, room);
    if (!error.empty()) {
        std::fprintf(stderr, "move refused: %s\n", error.c_str());
        return 4;
    }
    std::printf("MOVED %s\n", start_of(planner, session).c_str());
    std::fflush(stdout);
    const std::filesystem::path autosave = EventDocument::autosave_path(file);
    while (!std::filesystem::exists(autosave)) pump(20);
    std::printf("AUTOSAVED %s\n", autosave.string().c_str());
    std::fflush(stdout);
    for (;;) pump(100);  // an organizer having a coffee, until the kill
}

}  // namespace

int main(int argc, char** argv) {
    wxApp::SetInstance(new ChildApp);
    int wx_argc = 1;
    char* wx_argv[] = {argv[0], nullptr};
    if (!wxEntryStart(wx_argc, wx_argv)) return 5;
    wxTheApp->SetAppName("summitry-crash-test");
    const int status = wxTheApp->CallOnInit() ? run(argc, argv) : 5;
    wxEntryCleanup();
    return status;
}
