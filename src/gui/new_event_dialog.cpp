// SPDX-License-Identifier: MIT
#include "new_event_dialog.h"

#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include "gui_text.h"
#include "time/time.h"

namespace summitry::gui {
namespace {

// The zone the dialog starts on: the system's (TZ) when the tz database knows it, else UTC.
std::string default_zone() {
    if (const char* tz = std::getenv("TZ"); tz && find_zone(tz)) return tz;
    return "UTC";
}

std::optional<Date> to_date(const wxDatePickerCtrl& picker) {
    return parse_date(picker.GetValue().FormatISODate().utf8_string());
}

}  // namespace

NewEventDialog::NewEventDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, _("New Event"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* form = new wxFlexGridSizer(2, wxSize(10, 6));
    form->AddGrowableCol(1, 1);
    const auto label = [this, form](const wxString& text) {
        form->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
    };

    label(_("&Languages:"));
    languages_ = new wxTextCtrl(this, wxID_ANY, "en");
    languages_->SetToolTip(
        _("The event's languages, the first the default, separated by commas: "
          "en, fr, de, pt-BR"));
    form->Add(languages_, 1, wxEXPAND);
    top->Add(form, 0, wxEXPAND | wxALL, 10);

    // One title field per language, rebuilt when the languages change.
    titles_sizer_ = new wxFlexGridSizer(2, wxSize(10, 6));
    titles_sizer_->AddGrowableCol(1, 1);
    top->Add(titles_sizer_, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);

    auto* dates = new wxFlexGridSizer(4, wxSize(10, 6));
    dates->Add(new wxStaticText(this, wxID_ANY, _("&First day:")), 0, wxALIGN_CENTER_VERTICAL);
    first_day_ = new wxDatePickerCtrl(this, wxID_ANY, wxDateTime::Today(), wxDefaultPosition,
                                      wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    dates->Add(first_day_);
    dates->Add(new wxStaticText(this, wxID_ANY, _("Las&t day:")), 0, wxALIGN_CENTER_VERTICAL);
    last_day_ = new wxDatePickerCtrl(this, wxID_ANY, wxDateTime::Today(), wxDefaultPosition,
                                     wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    dates->Add(last_day_);
    top->Add(dates, 0, wxALL, 10);
    // A first day moved past the last moves the last with it: a one-day event stays one.
    first_day_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) {
        if (last_day_->GetValue() < first_day_->GetValue())
            last_day_->SetValue(first_day_->GetValue());
    });

    auto* zone_row = new wxBoxSizer(wxHORIZONTAL);
    zone_row->Add(new wxStaticText(this, wxID_ANY, _("Time &zone:")), 0,
                  wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
    zone_search_ = new wxTextCtrl(this, wxID_ANY);
    zone_search_->SetHint(_("Search: Paris, New York, Tokyo"));
    zone_row->Add(zone_search_, 1);
    top->Add(zone_row, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);
    zones_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 120));
    top->Add(zones_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);
    all_zones_ = zone_names();
    std::sort(all_zones_.begin(), all_zones_.end());
    zone_ = default_zone();
    zone_search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { filter_zones(); });
    zones_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) {
        if (zones_->GetSelection() != wxNOT_FOUND)
            zone_ = zones_->GetString(static_cast<unsigned>(zones_->GetSelection())).utf8_string();
    });
    filter_zones();

    auto* place = new wxFlexGridSizer(2, wxSize(10, 6));
    place->AddGrowableCol(1, 1);
    place->Add(new wxStaticText(this, wxID_ANY, _("&Venue:")), 0, wxALIGN_CENTER_VERTICAL);
    venue_ = new wxTextCtrl(this, wxID_ANY);
    venue_->SetHint(_("Where it takes place (more venues can be added later)"));
    place->Add(venue_, 1, wxEXPAND);
    place->Add(new wxStaticText(this, wxID_ANY, _("&Rooms:")), 0, wxALIGN_TOP);
    rooms_ = new wxTextCtrl(this, wxID_ANY, _("Main room"), wxDefaultPosition, wxSize(-1, 70),
                            wxTE_MULTILINE);
    rooms_->SetToolTip(_("The venue's rooms, one a line"));
    place->Add(rooms_, 1, wxEXPAND);
    top->Add(place, 0, wxEXPAND | wxALL, 10);

    error_ = new wxStaticText(this, wxID_ANY, {});
    error_->SetForegroundColour(*wxRED);
    top->Add(error_, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);

    auto* buttons = new wxStdDialogButtonSizer;
    auto* create = new wxButton(this, wxID_OK, _("&Create..."));
    create->SetDefault();
    buttons->AddButton(create);
    buttons->AddButton(new wxButton(this, wxID_CANCEL));
    buttons->Realize();
    top->Add(buttons, 0, wxEXPAND | wxALL, 10);
    create->Bind(wxEVT_BUTTON, &NewEventDialog::on_create, this);

    languages_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { rebuild_titles(); });
    rebuild_titles();
    SetSizerAndFit(top);
    SetMinSize(wxSize(std::max(GetSize().x, FromDIP(520)), GetSize().y));
    SetSize(GetMinSize());
}

std::vector<std::string> NewEventDialog::language_codes() const {
    std::vector<std::string> codes;
    wxStringTokenizer words(languages_->GetValue(), ", ;", wxTOKEN_STRTOK);
    while (words.HasMoreTokens()) {
        const std::string code = words.GetNextToken().utf8_string();
        if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
        if (codes.size() >= 20) break;  // a field per language: a bound on the dialog's height
    }
    return codes;
}

void NewEventDialog::rebuild_titles() {
    const std::vector<std::string> codes = language_codes();
    if (codes == title_langs_) return;
    for (const auto& [lang, field] : titles_) typed_[lang] = field->GetValue();
    titles_sizer_->Clear(true);
    titles_.clear();
    title_langs_ = codes;
    for (const std::string& lang : codes) {
        const wxString code = wxString::FromUTF8(lang);
        titles_sizer_->Add(
            new wxStaticText(this, wxID_ANY, wxString::Format(_("Title (%s):"), code)), 0,
            wxALIGN_CENTER_VERTICAL);
        auto* field = new wxTextCtrl(this, wxID_ANY, typed_[lang]);
        field->SetToolTip(wxString::Format(_("The event's title in the language %s"), code));
        titles_sizer_->Add(field, 1, wxEXPAND);
        titles_[lang] = field;
    }
    if (GetSizer()) {
        Layout();
        const wxSize best = GetSizer()->GetMinSize();
        if (best.y > GetClientSize().y) SetClientSize(GetClientSize().x, best.y);
    }
}

wxTextCtrl& NewEventDialog::title(const std::string& lang) {
    const auto it = titles_.find(lang);
    if (it == titles_.end()) throw std::logic_error("no title field for '" + lang + "'");
    return *it->second;
}

void NewEventDialog::filter_zones() {
    std::string wanted = ascii_lower(zone_search_->GetValue().utf8_string());
    std::replace(wanted.begin(), wanted.end(), ' ', '_');
    wxArrayString shown;
    int chosen = wxNOT_FOUND;
    for (const std::string& zone : all_zones_) {
        if (!wanted.empty() && ascii_lower(zone).find(wanted) == std::string::npos) continue;
        if (zone == zone_) chosen = static_cast<int>(shown.size());
        shown.Add(wxString::FromUTF8(zone));
    }
    zones_->Freeze();
    zones_->Set(shown);
    // The only match is chosen at once: typing "Paris" is enough.
    if (chosen == wxNOT_FOUND && shown.size() == 1) {
        chosen = 0;
        zone_ = shown[0].utf8_string();
    }
    if (chosen != wxNOT_FOUND) {
        zones_->SetSelection(chosen);
        zones_->EnsureVisible(chosen);
    }
    zones_->Thaw();
}

NewEvent NewEventDialog::spec() const {
    NewEvent spec;
    spec.languages = language_codes();
    for (const auto& [lang, field] : titles_)
        spec.titles.emplace_back(lang, field->GetValue().utf8_string());
    if (auto d = to_date(*first_day_)) spec.start_date = *d;
    if (auto d = to_date(*last_day_)) spec.end_date = *d;
    spec.timezone = zone_;
    spec.venue = venue_->GetValue().utf8_string();
    wxStringTokenizer lines(rooms_->GetValue(), "\n", wxTOKEN_STRTOK);
    while (lines.HasMoreTokens()) spec.rooms.push_back(lines.GetNextToken().utf8_string());
    return spec;
}

std::string NewEventDialog::problem() const {
    try {
        (void)new_event_text(spec());
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return {};
}

void NewEventDialog::on_create(wxCommandEvent& event) {
    const std::string why = problem();
    if (why.empty()) {
        event.Skip();  // the dialog closes with wxID_OK
        return;
    }
    error_->SetLabel(wxString::FromUTF8(why));
    error_->Wrap(GetClientSize().x - FromDIP(20));
    Layout();
}

}  // namespace summitry::gui
