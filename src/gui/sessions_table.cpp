// SPDX-License-Identifier: MIT
#include "sessions_table.h"

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <cstddef>

#include "gui_text.h"
#include "model/selection.h"
#include "planner.h"
#include "views/agenda.h"
#include "words.h"

namespace summitry::gui {
namespace {

// Filters with more entries than this are typed into (as the inspector's long choices are).
constexpr std::size_t long_filter = 12;
// An id no session has: what a filter lets through when what is typed names no entry.
constexpr const char* nothing = "\x01";

std::string names(const std::vector<AgendaPerson>& people) {
    std::string out;
    for (const AgendaPerson& p : people) out += (out.empty() ? "" : ", ") + p.name;
    return out;
}

bool takes_part(const AgendaEntry& e, const std::string& person) {
    for (const auto* people : {&e.speakers, &e.moderators, &e.hosts})
        for (const AgendaPerson& p : *people)
            if (p.id == person) return true;
    return false;
}

// Whether the session passes the choice `id` of `column` ("" passes all).
bool passes(const Event& ev, const AgendaEntry& e, SessionsTable::Column column,
            const std::string& id) {
    if (id.empty()) return true;
    const bool none = id == SessionsTable::none;
    const Session& s = ev.sessions[static_cast<std::size_t>(e.session)];
    switch (column) {
        case SessionsTable::Column::day: return none ? !e.day : e.day && format_date(*e.day) == id;
        case SessionsTable::Column::room:
            return none ? s.room == no_index
                        : s.room != no_index &&
                              ev.rooms[static_cast<std::size_t>(s.room)].qualified == id;
        case SessionsTable::Column::track:
            return none ? s.track == no_index
                        : s.track != no_index &&
                              ev.tracks[static_cast<std::size_t>(s.track)].id == id;
        case SessionsTable::Column::person: return takes_part(e, id);
        case SessionsTable::Column::status: return e.status == id;
    }
    return true;
}

}  // namespace

SessionsTable::SessionsTable(wxWindow* parent, Planner& planner)
    : wxPanel(parent), planner_(planner) {
    filter_ = new wxSearchCtrl(this, wxID_ANY);
    filter_->SetDescriptiveText(_("Filter sessions: title, room, person, track, status..."));
    filter_->ShowCancelButton(true);
    for (Filter& f : filters_) {
        f.choice = new wxChoice(this, wxID_ANY);
        f.choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { rebuild(); });
        f.typed = new wxTextCtrl(this, wxID_ANY);
        f.typed->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { rebuild(); });
        // The names it completes are given to GTK when the field is first typed into, not
        // while the window opens (909 people on 36C3).
        f.typed->Bind(wxEVT_SET_FOCUS, [this, &f](wxFocusEvent& event) {
            if (f.completes != f.labels) {
                f.completes = f.labels;
                wxArrayString names;
                for (std::size_t i = 1; i < f.labels.size(); ++i) names.push_back(f.labels[i]);
                f.typed->AutoComplete(names);
            }
            event.Skip();
        });
        f.typed->Hide();
    }
    const auto tip = [this](Column column, const wxString& text) {
        filter(column).choice->SetToolTip(text);
        filter(column).typed->SetToolTip(text + "\n" + _("Type a name; empty: all"));
    };
    tip(Column::day, _("Sessions of one day"));
    tip(Column::room, _("Sessions in one room"));
    tip(Column::track, _("Sessions of one track"));
    tip(Column::person, _("Sessions one person takes part in"));
    tip(Column::status, _("Sessions of one status"));
    list_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                   wxDV_ROW_LINES | wxDV_SINGLE);
    const int flags = wxDATAVIEW_COL_SORTABLE | wxDATAVIEW_COL_RESIZABLE;
    list_->AppendTextColumn(_("Day"), wxDATAVIEW_CELL_INERT, 84, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Start"), wxDATAVIEW_CELL_INERT, 52, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("End"), wxDATAVIEW_CELL_INERT, 52, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Room"), wxDATAVIEW_CELL_INERT, 120, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Title"), wxDATAVIEW_CELL_INERT, 280, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Kind"), wxDATAVIEW_CELL_INERT, 90, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Track"), wxDATAVIEW_CELL_INERT, 110, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("Status"), wxDATAVIEW_CELL_INERT, 80, wxALIGN_LEFT, flags);
    list_->AppendTextColumn(_("People"), wxDATAVIEW_CELL_INERT, 240, wxALIGN_LEFT, flags);
    // The filters on one row, to leave the table its height; on two where they would not fit
    // (a narrow pane, longer labels in French): arrange().
    row_ = new wxBoxSizer(wxHORIZONTAL);
    second_row_ = new wxBoxSizer(wxHORIZONTAL);
    filter_->SetMinSize(FromDIP(wxSize(100, -1)));
    row_->Add(filter_, 2, wxEXPAND | wxRIGHT, 2);
    for (Filter& f : filters_) {
        row_->Add(f.choice, 1, wxEXPAND | wxRIGHT, 2);
        row_->Add(f.typed, 1, wxEXPAND | wxRIGHT, 2);
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(row_, 0, wxEXPAND | wxALL, 3);
    sizer->Add(second_row_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 3);
    sizer->Add(list_, 1, wxEXPAND);
    SetSizer(sizer);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        arrange();
        event.Skip();
    });
    filter_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { rebuild(); });
    filter_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { set_filter({}); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, &SessionsTable::on_selection, this);
    planner_.subscribe([this](ChangeKind kind) {
        if (kind == ChangeKind::document)
            on_document();
        else if (kind == ChangeKind::selection)
            sync_selection();
    });
    fill_choices();
    rebuild();
}

void SessionsTable::arrange() {
    // As many choices after the text filter as fit, the others on a second row.
    int used = filter_->GetMinSize().x + FromDIP(10);
    std::size_t first = 0;
    while (first < filters_.size() &&
           used + filters_[first].control()->GetMinSize().x + 2 <= GetClientSize().x)
        used += filters_[first++].control()->GetMinSize().x + 2;
    if (first == on_first_row_) return;
    on_first_row_ = first;
    for (std::size_t i = 0; i < filters_.size(); ++i)
        for (wxWindow* control : {static_cast<wxWindow*>(filters_[i].choice),
                                  static_cast<wxWindow*>(filters_[i].typed)}) {
            row_->Detach(control);
            second_row_->Detach(control);
            (i < first ? row_ : second_row_)->Add(control, 1, wxEXPAND | wxRIGHT, 2);
        }
    Layout();
}

void SessionsTable::on_document() {
    if (planner_.has_document() && built_generation_ == planner_.generation()) {
        const EventDocument& doc = planner_.document();
        // Saved, or the modified mark changed: the event is the same.
        if (doc.revision_id() == built_revision_) return;
        // One session read again alone, since the rows were built: its row only.
        if (const auto change = doc.last_session_change();
            change && change->from == built_revision_ && update_session(change->session))
            return;
    }
    refill();
}

void SessionsTable::refill() {
    fill_choices();
    rebuild();
}

void SessionsTable::fill_choices(bool days_only) {
    const Event* ev = planner_.has_document() ? &planner_.event() : nullptr;
    const std::string lang = planner_.lang();
    auto fill = [&](Column column, const wxString& all,
                    std::vector<std::pair<std::string, wxString>> entries) {
        Filter& f = filter(column);
        const std::string chosen = filter_choice(column);
        f.ids = {std::string()};
        wxArrayString labels;
        labels.push_back(all);
        for (auto& [id, label] : entries) {
            f.ids.push_back(id);
            labels.push_back(label);
        }
        // A GTK choice of 1,500 people takes a while to fill: only when its entries changed.
        if (labels != f.labels) {
            f.labels = labels;
            const bool typing = labels.size() > long_filter + 1;
            if (typing != f.typing) {
                f.typing = typing;
                f.choice->Show(!typing);
                f.typed->Show(typing);
                on_first_row_ = filters_.size() + 1;  // arrange() again
            }
            // Wide enough for "All statuses" and its arrow; a long room or person name is cut.
            const wxSize least(f.choice->GetTextExtent(all).x + FromDIP(46), -1);
            if (typing) {
                f.choice->Clear();
                f.typed->SetHint(all);
                if (f.typed->HasFocus()) {
                    f.completes = labels;
                    wxArrayString names;
                    for (std::size_t i = 1; i < labels.size(); ++i) names.push_back(labels[i]);
                    f.typed->AutoComplete(names);
                }
                f.typed->SetMinSize(least);
            } else {
                f.choice->Set(labels);
                f.choice->SetMinSize(least);
            }
        }
        const auto at = std::find(f.ids.begin(), f.ids.end(), chosen);
        const int position = at == f.ids.end() ? 0 : static_cast<int>(at - f.ids.begin());
        if (f.typing)
            f.typed->ChangeValue(position == 0 ? wxString() : f.labels[position]);
        else
            f.choice->SetSelection(position);
    };
    std::vector<std::pair<std::string, wxString>> days, rooms, tracks, people, statuses;
    if (ev) {
        const std::string fallback = ev->default_language();
        // As the Day column writes them: a long date would not fit the choice.
        for (const Date d : planner_.days()) days.emplace_back(format_date(d), u8(format_date(d)));
        days.emplace_back(none, _("Unscheduled"));
    }
    fill(Column::day, _("All days"), std::move(days));
    if (days_only) {
        arrange();
        return;
    }
    if (ev) {
        const std::string fallback = ev->default_language();
        for (const Room& r : ev->rooms) {
            wxString label = u8(r.name.get(lang, fallback));
            if (ev->venues.size() > 1 && r.venue != no_index)
                label +=
                    " (" +
                    u8(ev->venues[static_cast<std::size_t>(r.venue)].name.get(lang, fallback)) +
                    ")";
            rooms.emplace_back(r.qualified, label);
        }
        rooms.emplace_back(none, _("Unplaced"));
        for (const Track& t : ev->tracks) tracks.emplace_back(t.id, u8(t.name.get(lang, fallback)));
        tracks.emplace_back(none, _("No track"));
        for (const Person& p : ev->people) people.emplace_back(p.id, u8(p.name));
        std::sort(people.begin(), people.end(),
                  [](const auto& a, const auto& b) { return a.second.CmpNoCase(b.second) < 0; });
        statuses = {{"confirmed", _("Confirmed")},
                    {"tentative", _("Tentative")},
                    {"cancelled", _("Cancelled")}};
    }
    fill(Column::room, _("All rooms"), std::move(rooms));
    fill(Column::track, _("All tracks"), std::move(tracks));
    fill(Column::person, _("All people"), std::move(people));
    fill(Column::status, _("All statuses"), std::move(statuses));
    arrange();  // a filter that became typed, or chosen
}

bool SessionsTable::set_filter_choice(Column column, const std::string& id) {
    std::string key = id;
    // A room as sessions name it ("salons") is the room "residence/salons".
    if (column == Column::room && planner_.has_document() && !id.empty() && id != none)
        if (const Index r = planner_.event().find_room(id); r >= 0)
            key = planner_.event().rooms[static_cast<std::size_t>(r)].qualified;
    Filter& f = filter(column);
    const auto at = std::find(f.ids.begin(), f.ids.end(), key);
    if (at == f.ids.end()) return false;
    const int position = static_cast<int>(at - f.ids.begin());
    if (f.typing)
        f.typed->ChangeValue(position == 0 ? wxString() : f.labels[position]);
    else
        f.choice->SetSelection(position);
    rebuild();
    return true;
}

void SessionsTable::type_filter(Column column, const wxString& text) {
    filter(column).typed->ChangeValue(text);
    rebuild();
}

wxWindow* SessionsTable::Filter::control() const {
    return typing ? static_cast<wxWindow*>(typed) : static_cast<wxWindow*>(choice);
}

std::vector<std::string> SessionsTable::chosen(Column column) const {
    const Filter& f = filter(column);
    if (!f.typing) {
        const int at = f.choice->GetSelection();
        if (at > 0 && static_cast<std::size_t>(at) < f.ids.size())
            return {f.ids[static_cast<std::size_t>(at)]};
        return {};
    }
    // What is typed names the entries equal to it (case aside), else the one entry that starts
    // with it, else every entry that contains it (none: no session passes), as the inspector's
    // long choices read what is typed (match_choice).
    wxString typed = f.typed->GetValue();
    typed.Trim().Trim(false);
    if (typed.empty()) return {};
    const wxString lower = typed.Lower();
    std::vector<std::string> equal, starts, contains;
    for (std::size_t i = 1; i < f.ids.size() && i < f.labels.size(); ++i) {
        const wxString label = f.labels[i].Lower();
        if (label == lower) equal.push_back(f.ids[i]);
        if (label.StartsWith(lower)) starts.push_back(f.ids[i]);
        if (label.Contains(lower)) contains.push_back(f.ids[i]);
    }
    if (!equal.empty()) return equal;
    if (starts.size() == 1) return starts;
    if (contains.empty()) return {std::string(nothing)};
    return contains;
}

std::string SessionsTable::filter_choice(Column column) const {
    const std::vector<std::string> ids = chosen(column);
    return ids.size() == 1 && ids.front() != nothing ? ids.front() : std::string();
}

void SessionsTable::set_filter(const wxString& text) {
    filter_->ChangeValue(text);
    rebuild();
}

std::vector<std::string> SessionsTable::shown_ids() const {
    std::vector<std::string> out;
    for (int row = 0; row < list_->GetItemCount(); ++row)
        out.push_back(row_ids_[list_->GetItemData(list_->RowToItem(row))]);
    return out;
}

std::vector<std::vector<wxString>> SessionsTable::shown_rows() const {
    std::vector<std::vector<wxString>> out;
    for (int row = 0; row < list_->GetItemCount(); ++row) {
        std::vector<wxString>& cells = out.emplace_back();
        cells.push_back(wxString::FromUTF8(row_ids_[list_->GetItemData(list_->RowToItem(row))]));
        for (unsigned c = 0; c < list_->GetColumnCount(); ++c)
            cells.push_back(list_->GetTextValue(static_cast<unsigned>(row), c));
    }
    return out;
}

std::vector<std::vector<wxString>> SessionsTable::rows_anew() const {
    std::vector<std::vector<wxString>> out;
    for (Row& r : all_rows()) {
        std::vector<wxString>& cells = out.emplace_back();
        cells.push_back(wxString::FromUTF8(r.id));
        cells.insert(cells.end(), r.cells.begin(), r.cells.end());
    }
    return out;
}

std::optional<SessionsTable::Row> SessionsTable::row_of(const AgendaEntry& e,
                                                        const std::string& day) const {
    const Event& ev = planner_.event();
    for (std::size_t c = 0; c < filters_.size(); ++c)
        if (!choices_[c].empty() &&
            std::none_of(choices_[c].begin(), choices_[c].end(), [&](const std::string& id) {
                return passes(ev, e, static_cast<Column>(c), id);
            }))
            return std::nullopt;
    const std::string people =
        names(e.speakers) + (e.moderators.empty() ? "" : ", ") + names(e.moderators);
    // Kinds and statuses in the interface's language (words.h).
    Row row{e.id,
            {wxString::FromUTF8(day), wxString::FromUTF8(e.start), wxString::FromUTF8(e.end),
             wxString::FromUTF8(e.room_name), wxString::FromUTF8(e.title), word_label(e.kind),
             wxString::FromUTF8(e.track_name),
             word_label(e.status) + (e.is_public ? wxString() : _(" (private)")),
             wxString::FromUTF8(people)},
            e.session};
    if (!text_.empty()) {
        wxString all = wxString::FromUTF8(e.id);
        for (const wxString& cell : row.cells) all += "\n" + cell;
        if (!all.Lower().Contains(text_)) return std::nullopt;
    }
    return row;
}

std::optional<SessionsTable::Row> SessionsTable::row_of(Index session) const {
    const Event& ev = planner_.event();
    const std::string lang = planner_.lang();
    const AgendaEntry e =
        agenda_entry(ev, session, lang.empty() ? ev.default_language() : std::string_view(lang));
    // As build_agenda lists them: by day the scheduled sessions, the others after.
    const bool scheduled = ev.sessions[static_cast<std::size_t>(session)].scheduled();
    return row_of(e, scheduled && e.day ? format_date(*e.day) : std::string("—"));
}

std::vector<SessionsTable::Row> SessionsTable::all_rows() const {
    std::vector<Row> rows;
    if (!planner_.has_document()) return rows;
    AgendaQuery query;
    query.lang = planner_.lang();
    query.include_private = true;
    query.include_unscheduled = true;
    const Agenda agenda = build_agenda(planner_.event(), query);
    auto add = [&](const AgendaEntry& e, const std::string& day) {
        if (auto row = row_of(e, day)) rows.push_back(std::move(*row));
    };
    for (const AgendaDay& d : agenda.days)
        for (const AgendaEntry& e : d.entries) add(e, format_date(d.day));
    for (const AgendaEntry& e : agenda.unscheduled) add(e, "—");
    return rows;
}

void SessionsTable::rebuild() {
    syncing_ = true;
    text_ = filter_->GetValue().Lower();
    for (std::size_t c = 0; c < filters_.size(); ++c) choices_[c] = chosen(static_cast<Column>(c));
    std::vector<Row> rows = all_rows();
    if (planner_.has_document()) {
        built_generation_ = planner_.generation();
        built_revision_ = planner_.document().revision_id();
    } else {
        built_generation_ = -1;
    }
    if (!update_rows(rows)) {
        // Into the store, then the view told once: one "row added" for each of 1,351 rows had
        // GTK insert them into its own tree one by one.
        wxDataViewListStore& store = *list_->GetStore();
        for (wxDataViewListStoreLine* line : store.m_data) delete line;
        store.m_data.clear();
        row_ids_.clear();
        for (const Row& r : rows) {
            auto* line = new wxDataViewListStoreLine(static_cast<wxUIntPtr>(row_ids_.size()));
            for (const wxString& cell : r.cells) line->m_values.push_back(wxVariant(cell));
            store.m_data.push_back(line);
            row_ids_.push_back(r.id);
        }
        store.Reset(static_cast<unsigned>(store.m_data.size()));
        shown_ = std::move(rows);
    }
    syncing_ = false;
    sync_selection();
}

bool SessionsTable::update_session(Index session) {
    const Event& ev = planner_.event();
    if (session < 0 || static_cast<std::size_t>(session) >= ev.sessions.size()) return false;
    // A move to a day no session had, or off the last session of one: the day's choice changes,
    // and with it, when the day chosen is gone, what the table lets through.
    const std::string day = filter_choice(Column::day);
    fill_choices(true);
    if (filter_choice(Column::day) != day) return false;
    for (std::size_t c = 0; c < filters_.size(); ++c)
        if (chosen(static_cast<Column>(c)) != choices_[c]) return false;
    built_revision_ = planner_.document().revision_id();

    std::optional<Row> row = row_of(session);
    const auto was = std::find_if(shown_.begin(), shown_.end(),
                                  [&](const Row& r) { return r.session == session; });
    // Its place among the others, whose order the edit did not change.
    std::size_t to = 0;
    if (row) {
        // The row's old place is left out: the others as they will be once it is gone.
        const std::size_t skip = static_cast<std::size_t>(was - shown_.begin());
        std::size_t lo = 0, hi = shown_.size() - (was != shown_.end() ? 1 : 0);
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            const std::size_t k = mid < skip ? mid : mid + 1;
            if (listed_before(ev, shown_[k].session, session))
                lo = mid + 1;
            else
                hi = mid;
        }
        to = lo;
    }
    syncing_ = true;
    const auto values_of = [](const Row& r) {
        wxVector<wxVariant> values;
        for (const wxString& cell : r.cells) values.push_back(wxVariant(cell));
        return values;
    };
    if (was != shown_.end()) {
        const std::size_t from = static_cast<std::size_t>(was - shown_.begin());
        wxDataViewListStore& store = *list_->GetStore();
        const wxUIntPtr data = store.GetItemData(store.GetItem(static_cast<unsigned>(from)));
        if (row && to == from) {
            // In its place: the cells that changed.
            for (std::size_t c = 0; c < row->cells.size(); ++c)
                if (was->cells[c] != row->cells[c])
                    list_->SetValue(wxVariant(row->cells[c]), static_cast<unsigned>(from),
                                    static_cast<unsigned>(c));
            was->cells = std::move(row->cells);
        } else {
            list_->DeleteItem(static_cast<unsigned>(from));
            shown_.erase(was);
            if (row) {
                list_->InsertItem(static_cast<unsigned>(to), values_of(*row), data);
                shown_.insert(shown_.begin() + static_cast<std::ptrdiff_t>(to), std::move(*row));
            }
        }
    } else if (row) {
        list_->InsertItem(static_cast<unsigned>(to), values_of(*row),
                          static_cast<wxUIntPtr>(row_ids_.size()));
        row_ids_.push_back(row->id);
        shown_.insert(shown_.begin() + static_cast<std::ptrdiff_t>(to), std::move(*row));
    }
    syncing_ = false;
    sync_selection();
    ++updated_alone_;
    return true;
}

bool SessionsTable::update_rows(const std::vector<Row>& rows) {
    const std::size_t n = rows.size();
    if (n != shown_.size() || n == 0) return false;
    const auto same_ids = [&](std::size_t a, std::size_t b, std::size_t count) {
        for (std::size_t k = 0; k < count; ++k)
            if (shown_[a + k].id != rows[b + k].id) return false;
        return true;
    };
    // A move on the grid takes one session elsewhere in the agenda's order: its row moves.
    std::size_t i = 0;
    while (i < n && shown_[i].id == rows[i].id) ++i;
    if (i < n) {
        std::size_t j = n - 1;
        while (shown_[j].id == rows[j].id) --j;
        const bool later = shown_[i].id == rows[j].id && same_ids(i + 1, i, j - i);
        const bool earlier = shown_[j].id == rows[i].id && same_ids(i, i + 1, j - i);
        if (!later && !earlier) return false;
        const std::size_t from = later ? i : j, to = later ? j : i;
        wxDataViewListStore& store = *list_->GetStore();
        const wxUIntPtr data = store.GetItemData(store.GetItem(static_cast<unsigned>(from)));
        list_->DeleteItem(static_cast<unsigned>(from));
        wxVector<wxVariant> values;
        for (const wxString& cell : rows[to].cells) values.push_back(wxVariant(cell));
        list_->InsertItem(static_cast<unsigned>(to), values, data);
        Row moved = std::move(shown_[from]);
        shown_.erase(shown_.begin() + static_cast<std::ptrdiff_t>(from));
        moved.cells = rows[to].cells;
        shown_.insert(shown_.begin() + static_cast<std::ptrdiff_t>(to), std::move(moved));
    }
    // The cells an edit changed (a time, a room, a title).
    for (std::size_t r = 0; r < n; ++r) {
        shown_[r].session = rows[r].session;  // a session deleted before it: one less
        for (std::size_t c = 0; c < rows[r].cells.size(); ++c)
            if (shown_[r].cells[c] != rows[r].cells[c]) {
                list_->SetValue(wxVariant(rows[r].cells[c]), static_cast<unsigned>(r),
                                static_cast<unsigned>(c));
                shown_[r].cells[c] = rows[r].cells[c];
            }
    }
    return true;
}

void SessionsTable::sync_selection() {
    syncing_ = true;
    list_->UnselectAll();
    // The rows as kept (in the list's order), not asked of the list one by one.
    for (std::size_t row = 0; row < shown_.size(); ++row)
        if (planner_.is_selected(shown_[row].id)) {
            const wxDataViewItem item = list_->RowToItem(static_cast<int>(row));
            list_->Select(item);
            list_->EnsureVisible(item);
        }
    syncing_ = false;
}

void SessionsTable::on_selection(wxDataViewEvent&) {
    if (syncing_ || !planner_.has_document()) return;
    const wxDataViewItem item = list_->GetSelection();
    if (!item.IsOk()) return;
    const std::string id = row_ids_[list_->GetItemData(item)];
    const Event& ev = planner_.event();
    if (const Index i = ev.find_session(id); i != no_index) {
        const Session& s = ev.sessions[static_cast<std::size_t>(i)];
        if (s.start && s.room != no_index) planner_.set_day(ev.programme_day(s));
    }
    planner_.select({id});
}

}  // namespace summitry::gui
