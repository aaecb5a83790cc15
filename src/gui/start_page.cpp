// SPDX-License-Identifier: MIT
#include "start_page.h"

#include <wx/button.h>
#include <wx/filename.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "commands.h"
#include "edit/document.h"
#include "main_frame.h"

namespace summitry::gui {

std::vector<std::string> example_events() {
    namespace fs = std::filesystem;
    std::vector<fs::path> dirs;
    if (const char* env = std::getenv("SUMMITRY_EXAMPLES_DIR"); env && *env) dirs.emplace_back(env);
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) dirs.push_back((exe.parent_path() / SUMMITRY_EXAMPLES_FROM_BIN).lexically_normal());
#ifdef SUMMITRY_SOURCE_EXAMPLES_DIR
    dirs.emplace_back(SUMMITRY_SOURCE_EXAMPLES_DIR);
#endif
    dirs.emplace_back(SUMMITRY_INSTALL_EXAMPLES_DIR);
    for (const fs::path& dir : dirs) {
        std::vector<std::string> found;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".yaml" && it->is_regular_file(ec))
                found.push_back(it->path().string());
        if (!found.empty()) {
            std::sort(found.begin(), found.end());
            return found;
        }
    }
    return {};
}

namespace {

// An example's title in the interface's language when it has it, else its file's name.
wxString example_title(const std::string& path) {
    try {
        const EventDocument doc = EventDocument::open(path);
        const Text& title = doc.event().info.title;
        const wxString ui = wxTranslations::Get() ? wxTranslations::Get()->GetBestTranslation(
                                                        "summitry", wxLANGUAGE_ENGLISH_US)
                                                  : wxString("en");
        const std::string lang = ui.BeforeFirst('_').utf8_string();
        const std::string_view text =
            title.get(lang, title.get(doc.event().info.languages.front()));
        if (!text.empty()) return wxString::FromUTF8(text.data(), text.size());
    } catch (const std::exception&) {
        // Unreadable: offered under its name; opening it says what is wrong.
    }
    return wxFileName(wxString::FromUTF8(path)).GetFullName();
}

}  // namespace

StartPage::StartPage(wxWindow* parent, MainFrame& frame)
    : wxScrolledWindow(parent, wxID_ANY), frame_(frame) {
    SetScrollRate(0, 10);
    auto* outer = new wxBoxSizer(wxHORIZONTAL);
    auto* column = new wxBoxSizer(wxVERTICAL);
    outer->AddStretchSpacer(1);
    outer->Add(column, 0, wxEXPAND | wxALL, FromDIP(30));
    outer->AddStretchSpacer(1);

    auto* heading = new wxStaticText(this, wxID_ANY, _("Plan an event"));
    heading->SetFont(heading->GetFont().Scaled(1.8f).Bold());
    column->Add(heading, 0, wxBOTTOM, FromDIP(6));
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        _("Start a new event from its title, dates, time zone and rooms, open an event file, "
          "or look at an example."));
    intro->Wrap(FromDIP(520));
    column->Add(intro, 0, wxBOTTOM, FromDIP(16));

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    auto* create = new wxButton(this, wxID_ANY, _("&New Event..."));
    create->SetToolTip(_("Create an event: title, dates, time zone, languages, venue and rooms"));
    auto* open = new wxButton(this, wxID_ANY, _("&Open..."));
    open->SetToolTip(_("Open an event file"));
    actions->Add(create, 0, wxRIGHT, FromDIP(10));
    actions->Add(open);
    column->Add(actions, 0, wxBOTTOM, FromDIP(20));
    create->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { new_event_with_dialog(frame_); });
    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_with_dialog(frame_); });

    auto* recent_label = new wxStaticText(this, wxID_ANY, _("&Recent files:"));
    recent_label->SetFont(recent_label->GetFont().Bold());
    column->Add(recent_label, 0, wxBOTTOM, FromDIP(4));
    recent_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(520, 140)));
    recent_->SetToolTip(_("Double-click or press Enter to open"));
    column->Add(recent_, 0, wxEXPAND | wxBOTTOM, FromDIP(20));
    recent_->Bind(wxEVT_LISTBOX_DCLICK,
                  [this](wxCommandEvent& e) { open_recent(e.GetSelection()); });

    examples_ = example_events();
    if (!examples_.empty()) {
        auto* label = new wxStaticText(this, wxID_ANY, _("Examples:"));
        label->SetFont(label->GetFont().Bold());
        column->Add(label, 0, wxBOTTOM, FromDIP(4));
        for (const std::string& path : examples_) {
            auto* button = new wxButton(this, wxID_ANY, example_title(path), wxDefaultPosition,
                                        wxDefaultSize, wxBU_LEFT);
            button->SetToolTip(
                wxString::Format(_("Save a copy of %s and open it"),
                                 wxFileName(wxString::FromUTF8(path)).GetFullName()));
            column->Add(button, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
            button->Bind(wxEVT_BUTTON,
                         [this, path](wxCommandEvent&) { open_example_with_dialog(frame_, path); });
        }
    }
    SetSizer(outer);
    refresh();
}

void StartPage::refresh() {
    wxArrayString files;
    for (size_t i = 0; i < frame_.recent().GetCount(); ++i)
        files.Add(frame_.recent().GetHistoryFile(i));
    if (recent_->GetStrings() != files) recent_->Set(files);
    if (files.empty()) {
        recent_->Disable();
    } else {
        recent_->Enable();
    }
    Layout();
    FitInside();
}

void StartPage::open_recent(int row) {
    if (row < 0 || static_cast<size_t>(row) >= frame_.recent().GetCount()) return;
    const wxString path = frame_.recent().GetHistoryFile(static_cast<size_t>(row));
    if (!wxFileName::FileExists(path)) {
        // Gone: forgotten, so that it is not offered again.
        frame_.recent().RemoveFileFromHistory(static_cast<size_t>(row));
        frame_.set_message(wxString::Format(_("%s no longer exists"), path).utf8_string());
        refresh();
        return;
    }
    open_file(frame_, path.utf8_string());
}

}  // namespace summitry::gui
