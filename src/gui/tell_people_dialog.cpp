// SPDX-License-Identifier: MIT
#include "tell_people_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/dirdlg.h>
#include <wx/font.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <chrono>

#include "background.h"
#include "io/atomic_file.h"
#include "io/file_lock.h"
#include "main_frame.h"
#include "versions/release.h"

namespace summitry::gui {
namespace {

enum Column { col_name, col_address, col_lang, col_changes, col_calendars, col_result };

wxString utf8(const std::string& s) {
    return wxString::FromUTF8(s);
}

// The words of notify::Change, in the interface's language.
wxString change_label(notify::Change c) {
    switch (c) {
        case notify::Change::added: return _("new");
        case notify::Change::removed: return _("removed");
        case notify::Change::moved: return _("moved");
        case notify::Change::retitled: return _("retitled");
        case notify::Change::cancelled: return _("cancelled");
        case notify::Change::reinstated: return _("reinstated");
        case notify::Change::joined: return _("joined it");
        case notify::Change::left: return _("left it");
        case notify::Change::lineup: return _("line-up changed");
    }
    return {};
}

// "Panel: moved, retitled; Talk: cancelled": each session by its title in the interface's
// language as the later release has it (as it was, when it is gone).
wxString what_changed(const notify::Plan& plan, const notify::PersonNotice& n,
                      const std::string& lang) {
    wxString out;
    for (const notify::SessionNotice& s : n.sessions) {
        const bool now = s.after != no_index;
        const Event& ev = now ? plan.after : plan.before;
        const Session& session = ev.sessions[static_cast<std::size_t>(now ? s.after : s.before)];
        wxString kinds;
        for (const notify::Change c : s.changes)
            kinds += (kinds.empty() ? "" : ", ") + change_label(c);
        out +=
            (out.empty() ? "" : "; ") + utf8(std::string(session.title.get(lang))) + ": " + kinds;
    }
    return out;
}

// The planner's settings for one event: a group named after its file (wxConfig's '/' is a path).
wxString settings_group(const std::string& file) {
    wxString key = utf8(file);
    key.Replace("/", "|");
    return "/TellPeople/" + key + "/";
}

// The SMTP server, user and password of one sending. The password field hides what is typed;
// nothing of it is stored.
std::optional<notify::SmtpSettings> ask_smtp(wxWindow* parent, const wxString& group) {
    wxConfigBase* config = wxConfigBase::Get();
    wxDialog dialog(parent, wxID_ANY, _("Send"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    auto* grid = new wxFlexGridSizer(2, dialog.FromDIP(wxSize(12, 8)));
    grid->AddGrowableCol(1);
    auto row = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(&dialog, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    };
    auto* url = new wxTextCtrl(&dialog, wxID_ANY,
                               config ? config->Read(group + "SmtpUrl", "smtp://") : "smtp://");
    url->SetMinSize(dialog.FromDIP(wxSize(340, -1)));
    row(_("SMTP &server:"), url);
    auto* user = new wxTextCtrl(&dialog, wxID_ANY, config ? config->Read(group + "SmtpUser") : "");
    row(_("&User:"), user);
    auto* password = new wxTextCtrl(&dialog, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                    wxTE_PASSWORD);
    row(_("&Password:"), password);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(new wxStaticText(&dialog, wxID_ANY,
                              _("smtp://host:port (STARTTLS when offered) or smtps://host:port. "
                                "The password is used for this sending only, never stored.")),
             0, wxALL, dialog.FromDIP(12));
    top->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, dialog.FromDIP(12));
    top->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL,
             dialog.FromDIP(12));
    if (wxWindow* ok = dialog.FindWindow(wxID_OK)) ok->SetLabel(_("&Send"));
    dialog.SetSizerAndFit(top);
    while (dialog.ShowModal() == wxID_OK) {
        std::string why;
        const std::string u = url->GetValue().utf8_string();
        if (!notify::valid_smtp_url(u, &why)) {
            wxMessageBox(_("The SMTP server is not one Summitry can use:") + "\n" + utf8(why),
                         _("Send"), wxOK | wxICON_ERROR, &dialog);
            continue;
        }
        if (config) {
            config->Write(group + "SmtpUrl", url->GetValue());
            config->Write(group + "SmtpUser", user->GetValue());
        }
        notify::SmtpSettings s{u, user->GetValue().utf8_string(),
                               password->GetValue().utf8_string(), 60};
        password->Clear();
        return s;
    }
    return std::nullopt;
}

}  // namespace

TellPeopleDialog::TellPeopleDialog(MainFrame& frame)
    : wxDialog(&frame, wxID_ANY, _("Tell People"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      frame_(frame),
      file_(frame.planner().document().path()) {
    auto* grid = new wxFlexGridSizer(4, FromDIP(wxSize(12, 8)));
    grid->AddGrowableCol(1);
    grid->AddGrowableCol(3);
    auto cell = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    };
    since_ = new wxChoice(this, wxID_ANY);
    until_ = new wxChoice(this, wxID_ANY);
    try {
        for (const auto& r : versions::list_releases(file_)) {
            release_names_.push_back(r.name);
            const wxString label = utf8(r.name + "  (" + r.date + ")");
            since_->Append(label);
            until_->Append(label);
        }
    } catch (const versions::ReleaseError& e) {
        problem_ = e.what();
    }
    // As the CLI: the latest release and the one before it.
    const int count = static_cast<int>(release_names_.size());
    if (count > 0) until_->SetSelection(count - 1);
    if (count > 1) since_->SetSelection(count - 2);
    cell(_("&Since:"), since_);
    cell(_("&Until:"), until_);
    audience_ = new wxChoice(this, wxID_ANY);
    audience_->Append(_("The people taking part"));
    audience_->Append(_("The team: a copy of every notice"));
    audience_->SetSelection(0);
    cell(_("&Tell:"), audience_);
    grid->AddSpacer(0);
    grid->AddSpacer(0);
    wxConfigBase* config = wxConfigBase::Get();
    const wxString group = settings_group(file_);
    from_ = new wxTextCtrl(this, wxID_ANY, config ? config->Read(group + "From") : "");
    reply_to_ = new wxTextCtrl(this, wxID_ANY, config ? config->Read(group + "ReplyTo") : "");
    from_->SetHint("programme@example.org");
    cell(_("&From:"), from_);
    cell(_("&Reply-To:"), reply_to_);

    status_ = new wxStaticText(this, wxID_ANY, wxString());
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(1000, 200)),
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    list_->AppendColumn(_("Recipient"), wxLIST_FORMAT_LEFT, FromDIP(150));
    list_->AppendColumn(_("Address"), wxLIST_FORMAT_LEFT, FromDIP(170));
    list_->AppendColumn(_("Language"), wxLIST_FORMAT_LEFT, FromDIP(70));
    list_->AppendColumn(_("What changed"), wxLIST_FORMAT_LEFT, FromDIP(260));
    list_->AppendColumn(_("Calendar parts"), wxLIST_FORMAT_RIGHT, FromDIP(110));
    list_->AppendColumn(_("Result"), wxLIST_FORMAT_LEFT, FromDIP(230));
    preview_ =
        new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(1000, 240)),
                       wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
    preview_->SetFont(wxFont(wxFontInfo(9).Family(wxFONTFAMILY_TELETYPE)));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    outbox_ = new wxButton(this, wxID_ANY, _("&Write to Outbox..."));
    send_ = new wxButton(this, wxID_ANY, _("S&end..."));
    buttons->Add(outbox_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(send_, 0);
    buttons->AddStretchSpacer(1);
    // wxID_CANCEL, not wxID_CLOSE: GTK would show its own stock "Close", in its own language.
    buttons->Add(new wxButton(this, wxID_CANCEL, _("&Close")), 0);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, 0, wxEXPAND | wxALL, FromDIP(12));
    top->Add(status_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    top->Add(list_, 1, wxEXPAND | wxALL, FromDIP(12));
    top->Add(new wxStaticText(this, wxID_ANY, _("The selected message, as it will be sent:")), 0,
             wxLEFT | wxRIGHT, FromDIP(12));
    top->Add(preview_, 1, wxEXPAND | wxALL, FromDIP(12));
    top->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
    SetSizerAndFit(top);
    SetMinSize(GetSize());

    since_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { replan(); });
    until_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { replan(); });
    audience_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_list(); });
    from_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        show_preview();
        update_buttons();
    });
    reply_to_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { show_preview(); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { show_preview(); });
    outbox_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_outbox(); });
    send_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_send(); });
    replan();
}

TellPeopleDialog::~TellPeopleDialog() = default;

void TellPeopleDialog::replan() {
    plan_.reset();
    results_.clear();
    const int s = since_->GetSelection();
    const int u = until_->GetSelection();
    if (release_names_.size() < 2) {
        if (problem_.empty())
            problem_ = _("Notices tell what changed between two releases: release the event "
                         "before and after the changes (docs/notices.md).")
                           .utf8_string();
    } else {
        try {
            const auto pair = notify::releases_to_compare(
                file_, s >= 0 ? release_names_[static_cast<std::size_t>(s)] : std::string(),
                u >= 0 ? release_names_[static_cast<std::size_t>(u)] : std::string());
            plan_ = std::make_unique<notify::Plan>(notify::make_plan(file_, pair));
            problem_.clear();
        } catch (const notify::TellError& e) {
            problem_ = e.what();
        }
    }
    fill_list();
}

void TellPeopleDialog::fill_list() {
    list_->DeleteAllItems();
    const std::string lang = frame_.planner().lang();
    const bool staff = audience_->GetSelection() == 1;
    if (!plan_) {
        status_->SetLabel(utf8(problem_));
    } else {
        const auto& untold = plan_->untold;
        const auto count = static_cast<unsigned long>(untold.size());
        // The arrow outside the message: msgids stay ASCII.
        wxString status = wxString::Format(
            wxPLURAL("%s: %lu message to send", "%s: %lu messages to send", count),
            utf8(plan_->releases.since + " \u2192 " + plan_->releases.until), count);
        if (plan_->told_already() > 0)
            status += " " + wxString::Format(_("(%lu told already)"),
                                             static_cast<unsigned long>(plan_->told_already()));
        if (untold.empty()) status = _("Nothing left to tell.") + " " + status;
        status_->SetLabel(status);
        long row = 0;
        for (std::size_t i = 0; i < untold.size(); ++i, ++row) {
            const notify::PersonNotice& n = untold[i];
            std::size_t calendars = 0;
            for (const auto& s : n.sessions)
                calendars += s.calendar != notify::Calendar::none ? 1 : 0;
            list_->InsertItem(row, utf8(n.name));
            list_->SetItem(row, col_address, utf8(n.email));
            list_->SetItem(row, col_lang, utf8(n.lang));
            list_->SetItem(row, col_changes, what_changed(*plan_, n, lang));
            list_->SetItem(
                row, col_calendars,
                wxString::Format("%lu", static_cast<unsigned long>(staff ? 0 : calendars)));
            if (i < results_.size()) list_->SetItem(row, col_result, utf8(results_[i]));
        }
        for (const notify::PersonNotice& n : plan_->no_email) {
            list_->InsertItem(row, utf8(n.name));
            list_->SetItem(row, col_lang, utf8(n.lang));
            list_->SetItem(row, col_changes, what_changed(*plan_, n, lang));
            list_->SetItem(row, col_result, _("not told: no e-mail"));
            list_->SetItemTextColour(row, wxColour(0x80, 0x80, 0x80));
            ++row;
        }
        if (!untold.empty())
            list_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
    status_->Wrap(FromDIP(980));
    show_preview();
    update_buttons();
}

std::optional<notify::Sender> TellPeopleDialog::sender(wxString* why) const {
    const std::string from = from_->GetValue().Strip(wxString::both).utf8_string();
    const std::string reply = reply_to_->GetValue().Strip(wxString::both).utf8_string();
    std::string reason;
    if (!notify::valid_address(from, &reason)) {
        if (why) *why = _("From:") + " " + utf8(reason);
        return std::nullopt;
    }
    if (!reply.empty() && !notify::valid_address(reply, &reason)) {
        if (why) *why = _("Reply-To:") + " " + utf8(reason);
        return std::nullopt;
    }
    return notify::Sender{from, {}, reply};
}

void TellPeopleDialog::remember_sender() const {
    if (wxConfigBase* config = wxConfigBase::Get()) {
        const wxString group = settings_group(file_);
        config->Write(group + "From", from_->GetValue().Strip(wxString::both));
        config->Write(group + "ReplyTo", reply_to_->GetValue().Strip(wxString::both));
        config->Flush();
    }
}

void TellPeopleDialog::show_preview() {
    const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (!plan_ || row < 0 || static_cast<std::size_t>(row) >= plan_->untold.size()) {
        preview_->ChangeValue(wxString());
        return;
    }
    const notify::PersonNotice& n = plan_->untold[static_cast<std::size_t>(row)];
    wxString why;
    auto s = sender(&why);
    // Before a valid From, the message is shown with a placeholder sender.
    const notify::Sender shown = s ? *s : notify::Sender{"from@example.invalid", {}, {}};
    const notify::Teller teller(
        *plan_, shown,
        audience_->GetSelection() == 1 ? notify::Audience::staff : notify::Audience::taking_part,
        date::floor<Seconds>(std::chrono::system_clock::now()));
    const notify::Prepared p = teller.prepare(n);
    wxString text;
    text << _("To:") << " " << utf8(p.to.name) << " <" << utf8(p.to.address) << ">\n";
    text << _("From:") << " " << utf8(teller.sender().name) << " <" << (s ? utf8(s->address) : "?")
         << ">\n";
    if (s && !s->reply_to.empty()) text << _("Reply-To:") << " " << utf8(s->reply_to) << "\n";
    text << _("Subject:") << " " << utf8(p.composed.subject) << "\n\n";
    text << utf8(p.composed.text) << "\n";
    text << "----------------------------------------\n";
    text << wxString::Format(_("Also in the message: the HTML alternative (%lu characters)"),
                             static_cast<unsigned long>(p.composed.html.size()))
         << "\n";
    for (const notify::CalendarPart& c : p.composed.calendars)
        text << "  "
             << wxString::Format(_("calendar part: %s %s.ics"),
                                 c.method == notify::Calendar::cancel ? "CANCEL" : "REQUEST",
                                 utf8(c.session))
             << "\n";
    if (!s) text << "\n" << why << "\n";
    preview_->ChangeValue(text);
}

void TellPeopleDialog::update_buttons() {
    const bool any = plan_ && !plan_->untold.empty();
    const bool from = sender(nullptr).has_value();
    outbox_->Enable(any && from);
    send_->Enable(any && from);
}

std::vector<std::string> TellPeopleDialog::recipients() const {
    std::vector<std::string> out;
    if (plan_)
        for (const auto& n : plan_->untold) out.push_back(n.person);
    return out;
}

std::vector<std::string> TellPeopleDialog::not_told() const {
    std::vector<std::string> out;
    if (plan_)
        for (const auto& n : plan_->no_email) out.push_back(n.person);
    return out;
}

bool TellPeopleDialog::nothing_left() const {
    return plan_ && plan_->untold.empty();
}

wxString TellPeopleDialog::preview() const {
    return preview_->GetValue();
}

std::vector<std::string> TellPeopleDialog::results() const {
    return results_;
}

void TellPeopleDialog::select_releases(const std::string& since, const std::string& until) {
    for (std::size_t i = 0; i < release_names_.size(); ++i) {
        if (release_names_[i] == since) since_->SetSelection(static_cast<int>(i));
        if (release_names_[i] == until) until_->SetSelection(static_cast<int>(i));
    }
    replan();
}

void TellPeopleDialog::select_staff(bool staff) {
    audience_->SetSelection(staff ? 1 : 0);
    fill_list();
}

void TellPeopleDialog::set_sender(const std::string& from, const std::string& reply_to) {
    from_->ChangeValue(utf8(from));
    reply_to_->ChangeValue(utf8(reply_to));
    show_preview();
    update_buttons();
}

void TellPeopleDialog::select_row(int row) {
    list_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    show_preview();
}

int TellPeopleDialog::deliver(
    const std::function<notify::Outcome(notify::Teller&, const notify::PersonNotice&)>& one,
    const wxString& title, const Progress& keep_going) {
    wxString why;
    const auto s = sender(&why);
    if (!plan_ || !s) {
        problem_ = why.utf8_string();
        return 0;
    }
    remember_sender();
    notify::Teller teller(
        *plan_, *s,
        audience_->GetSelection() == 1 ? notify::Audience::staff : notify::Audience::taking_part,
        date::floor<Seconds>(std::chrono::system_clock::now()));
    const auto& untold = plan_->untold;
    std::vector<std::optional<notify::Outcome>> outcomes(untold.size());
    std::string stopped;
    {
        const MainFrame::Busy busy(frame_);
        std::optional<ProgressWindow> window;
        if (!keep_going) window.emplace(this, title, title);
        try {
            run_in_background(
                [&](const Progress& go_on) {
                    for (std::size_t i = 0; i < untold.size(); ++i) {
                        if (!go_on(static_cast<double>(i + 1) /
                                   static_cast<double>(untold.size() + 1)))
                            return;
                        outcomes[i] = one(teller, untold[i]);
                    }
                },
                keep_going ? keep_going : Progress(std::ref(*window)));
        } catch (const notify::DeliveryError& e) {
            stopped = e.what();
        } catch (const WriteError& e) {
            stopped = std::string(e.what()) + " " +
                      _("(the last message was sent; it is not recorded)").utf8_string();
        }
    }
    int delivered = 0, failed = 0;
    results_.assign(untold.size(), {});
    for (std::size_t i = 0; i < untold.size(); ++i) {
        if (!outcomes[i]) {
            results_[i] = _("not done: stopped").utf8_string();
        } else if (outcomes[i]->delivered) {
            ++delivered;
            results_[i] = outcomes[i]->detail.empty()
                              ? _("sent").utf8_string()
                              : (_("written:") + " ").utf8_string() +
                                    std::filesystem::path(outcomes[i]->detail).filename().string();
        } else {
            ++failed;
            results_[i] = (_("not sent:") + " ").utf8_string() + outcomes[i]->detail;
        }
    }
    problem_ = stopped;
    fill_list();  // with the results
    wxString summary = wxString::Format(_("%d delivered, %d not delivered"), delivered, failed);
    if (!stopped.empty()) summary += "\n" + utf8(stopped);
    status_->SetLabel(summary);
    status_->Wrap(FromDIP(980));
    Layout();
    return delivered;
}

int TellPeopleDialog::write_outbox(const std::string& folder, const Progress& keep_going) {
    std::optional<notify::Outbox> outbox;
    try {
        outbox.emplace(folder);
    } catch (const notify::DeliveryError& e) {
        problem_ = e.what();
        status_->SetLabel(utf8(problem_));
        return 0;
    }
    return deliver(
        [&](notify::Teller& t, const notify::PersonNotice& n) { return t.write(n, *outbox); },
        _("Writing the messages to the outbox..."), keep_going);
}

int TellPeopleDialog::send(const notify::SmtpSettings& settings, const Progress& keep_going) {
    std::optional<notify::SmtpSender> smtp;
    std::optional<FileLock> lock;
    try {
        smtp.emplace(settings);
        // One telling at a time (the CLI's notify too), and the record read again under the
        // lock: what another run told meanwhile is not sent twice.
        if (audience_->GetSelection() == 0) {
            lock.emplace(file_);
            replan();
        }
    } catch (const notify::DeliveryError& e) {
        problem_ = e.what();
    } catch (const WriteError& e) {
        problem_ = e.what();
    }
    if (!smtp || (audience_->GetSelection() == 0 && !lock) || !plan_) {
        status_->SetLabel(utf8(problem_));
        return 0;
    }
    return deliver(
        [&](notify::Teller& t, const notify::PersonNotice& n) { return t.send(n, *smtp); },
        _("Sending the messages..."), keep_going);
}

void TellPeopleDialog::on_outbox() {
    wxDirDialog where(this, _("Write the messages into this folder (a Maildir)"),
                      utf8(std::filesystem::path(file_).parent_path().string()));
    if (where.ShowModal() != wxID_OK) return;
    write_outbox(where.GetPath().utf8_string());
}

void TellPeopleDialog::on_send() {
    const auto settings = ask_smtp(this, settings_group(file_));
    if (!settings) return;
    send(*settings);
}

void tell_people_with_dialog(MainFrame& frame) {
    if (!frame.planner().has_document()) return;
    TellPeopleDialog dialog(frame);
    dialog.ShowModal();
}

}  // namespace summitry::gui
