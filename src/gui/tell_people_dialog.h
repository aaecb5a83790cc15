// SPDX-License-Identifier: MIT
#pragma once
// File > Tell People…: the notices of issue 17 from the planner, through the same core run as
// `summitry-cli notify` (notify/tell.h). The organizer chooses the releases compared (by default
// the latest and the one before), who is told (the people taking part, or the team), From and
// Reply-To (remembered per event); sees the messages (recipient, language, what changed, how
// many calendar parts) and each one as it will be sent; then writes them into a Maildir outbox
// or sends them by SMTP, off the GUI thread with progress and Cancel, each recipient's result
// shown and the record updated for what the server accepted only. The password is asked for
// each sending, kept in memory for it only, never stored, never shown, never logged.

#include <wx/dialog.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "background.h"
#include "notify/tell.h"

class wxButton;
class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxStaticText;
class wxTextCtrl;

namespace summitry::gui {

class MainFrame;

class TellPeopleDialog : public wxDialog {
public:
    // Reads the releases of the frame's event file (saved: the releases are what was published).
    explicit TellPeopleDialog(MainFrame& frame);
    ~TellPeopleDialog() override;

    // What the list shows, for the tests and the status: the recipients' person ids (the
    // messages), and those not told for want of an address.
    std::vector<std::string> recipients() const;
    std::vector<std::string> not_told() const;
    // "" when the releases could be compared, else why not (shown in the dialog).
    const std::string& problem() const { return problem_; }
    bool nothing_left() const;
    // The selected message as it will be sent (subject, plain text, the other parts listed).
    wxString preview() const;
    // Each message's result after writing or sending ("" before), by row.
    std::vector<std::string> results() const;

    // As the user would: choose the releases (by name), the audience, From and Reply-To, a row.
    void select_releases(const std::string& since, const std::string& until);
    void select_staff(bool staff);
    void set_sender(const std::string& from, const std::string& reply_to);
    void select_row(int row);

    // The work behind "Write to outbox…" and "Send…" once the folder or the server is chosen.
    // Returns how many messages were delivered; problem() says what stopped the run, if any.
    // `keep_going` stands for the progress window and its Cancel (false: stop before the next
    // message); without it, the window is shown.
    int write_outbox(const std::string& folder, const Progress& keep_going = {});
    int send(const notify::SmtpSettings& settings, const Progress& keep_going = {});

private:
    void replan();
    void fill_list();
    void show_preview();
    void update_buttons();
    std::optional<notify::Sender> sender(wxString* why) const;
    void remember_sender() const;
    void on_outbox();
    void on_send();
    // Runs `deliver` for every message off the GUI thread, with progress and Cancel.
    int deliver(
        const std::function<notify::Outcome(notify::Teller&, const notify::PersonNotice&)>& deliver,
        const wxString& title, const Progress& keep_going);

    MainFrame& frame_;
    std::string file_;
    std::vector<std::string> release_names_;
    std::unique_ptr<notify::Plan> plan_;
    std::string problem_;
    std::vector<std::string> results_;  // by untold message

    wxChoice* since_ = nullptr;
    wxChoice* until_ = nullptr;
    wxChoice* audience_ = nullptr;
    wxTextCtrl* from_ = nullptr;
    wxTextCtrl* reply_to_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxListCtrl* list_ = nullptr;
    wxTextCtrl* preview_ = nullptr;
    wxButton* outbox_ = nullptr;
    wxButton* send_ = nullptr;
};

// The whole of File > Tell People…
void tell_people_with_dialog(MainFrame& frame);

}  // namespace summitry::gui
