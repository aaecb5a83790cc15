// SPDX-License-Identifier: MIT
// summitry [FILE.yaml]: the planner window, with FILE open, or empty with File > Open.
#include <wx/app.h>
#include <wx/cmdline.h>

#include "commands.h"
#include "main_frame.h"

namespace {

class SummitryApp : public wxApp {
public:
    bool OnInit() override {
        SetAppName("summitry");
        SetAppDisplayName("Summitry");
        if (!wxApp::OnInit()) return false;  // parses the command line
        auto* frame = new summitry::gui::MainFrame();
        frame->Show();
        if (!file_.empty()) summitry::gui::open_file(*frame, file_.utf8_string());
        return true;
    }

    void OnInitCmdLine(wxCmdLineParser& parser) override {
        wxApp::OnInitCmdLine(parser);
        parser.AddParam(_("event file"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        if (parser.GetParamCount() > 0) file_ = parser.GetParam(0);
        return wxApp::OnCmdLineParsed(parser);
    }

private:
    wxString file_;
};

}  // namespace

wxIMPLEMENT_APP(SummitryApp);
