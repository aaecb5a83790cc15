// SPDX-License-Identifier: MIT
#pragma once
// Every session of the event in a sortable table, filtered by a text (matched against day, time,
// room, title, kind, track, status and people) and by a choice for each of day, room, track,
// person and status ("All days", "All rooms"...), all of them at once. The choices follow the
// event as it is edited, keeping what was chosen while it still exists. Selecting a row selects
// the session and shows its day on the grid.

#include <wx/panel.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/event.h"

class wxBoxSizer;
class wxChoice;
class wxTextCtrl;
class wxDataViewListCtrl;
class wxSearchCtrl;
class wxDataViewEvent;

namespace summitry {
struct AgendaEntry;
}

namespace summitry::gui {

class Planner;

class SessionsTable : public wxPanel {
public:
    // The columns filtered by a choice. A choice is named by an id: a date ("2025-02-10"), a
    // room (as sessions name it, "salons" or "residence/salons"), a track, a person, a status
    // ("tentative"); "" is every session, `none` those without one (unscheduled, unplaced, no
    // track).
    enum class Column { day, room, track, person, status };
    static constexpr const char* none = "-";

    SessionsTable(wxWindow* parent, Planner& planner);

    void set_filter(const wxString& text);
    // Picks the choice of `column` named `id`, as the user would; false, and nothing changes,
    // when there is no such choice.
    bool set_filter_choice(Column column, const std::string& id);
    // The entry chosen, or named by the text typed into a long filter; "" for none or several.
    std::string filter_choice(Column column) const;
    // Whether the filter of `column` is typed into (its entries are many), not chosen among.
    bool filter_typed(Column column) const { return filter(column).typing; }
    // Types `text` into a long filter, as the user would (tests).
    void type_filter(Column column, const wxString& text);
    // The ids of the rows shown, in the order shown (tests).
    std::vector<std::string> shown_ids() const;
    // The rows shown, in the order shown, each its session's id and then its cells, as the list
    // holds them (tests).
    std::vector<std::vector<wxString>> shown_rows() const;
    // The same as filling the table anew from the whole event would write them, the filters as
    // they are (tests: the rows an edit of one session updated equal these).
    std::vector<std::vector<wxString>> rows_anew() const;
    // How often an edit updated one session's row, not the whole table (tests).
    std::size_t rows_updated_alone() const { return updated_alone_; }

private:
    // A filter of a few entries is a choice; of many (909 people, 90 rooms on 36C3) it is typed
    // into, completing the names, as the inspector's long choices are: a GTK choice measures
    // every entry for its size, 19% of the first paint of 36C3 (docs/performance.md).
    struct Filter {
        wxChoice* choice = nullptr;
        wxTextCtrl* typed = nullptr;
        bool typing = false;           // `typed` is shown, not `choice`
        std::vector<std::string> ids;  // by position in the choice; "" first
        wxArrayString labels;          // as last set: set again only when they change
        wxArrayString completes;       // the labels the typed field completes, as last given
        wxWindow* control() const;
    };
    // The ids a filter lets through; empty: all (nothing chosen, nothing typed).
    std::vector<std::string> chosen(Column column) const;
    // The day's choice only, with `days_only` (the days are all an edit of one session can
    // change among the choices).
    void fill_choices(bool days_only = false);
    void arrange();
    void rebuild();
    void refill();  // the choices and the rows
    void on_document();
    // After an edit of session `session` alone (EventDocument::last_session_change): its row
    // built again, moved, added or removed, and the list told of that row only. False when the
    // filters changed with it (then the caller rebuilds).
    bool update_session(Index session);
    void sync_selection();
    void on_selection(wxDataViewEvent& event);
    Filter& filter(Column column) { return filters_[static_cast<std::size_t>(column)]; }
    const Filter& filter(Column column) const { return filters_[static_cast<std::size_t>(column)]; }

    Planner& planner_;
    wxSearchCtrl* filter_ = nullptr;
    std::array<Filter, 5> filters_;
    wxBoxSizer* row_ = nullptr;         // the text filter, and the choices when they fit
    wxBoxSizer* second_row_ = nullptr;  // the choices when they do not
    std::size_t on_first_row_ = 5;      // how many choices are on the first row
    wxDataViewListCtrl* list_ = nullptr;
    std::vector<std::string> row_ids_;  // by item data
    // What the list holds, in the order of its store: an edit changes a few rows, and only
    // those are written again (a drop on a 1,351-session event is not 1,351 new rows).
    struct Row {
        std::string id;
        std::vector<wxString> cells;
        Index session = no_index;
    };
    std::vector<Row> shown_;
    // The state of the document the rows were built for: an edit of one session made on it
    // updates one row, where the whole agenda was built again (a quarter of a drop on 36C3).
    int built_generation_ = -1;
    std::uint64_t built_revision_ = 0;
    // The filters as the rows were built with them: the ids each choice lets through (empty:
    // all) and the text, lower case.
    std::array<std::vector<std::string>, 5> choices_;
    wxString text_;
    // The row of `session` as the filters let it through, or nothing.
    std::optional<Row> row_of(Index session) const;
    // Every row the filters let through, from the whole event.
    std::vector<Row> all_rows() const;
    std::size_t updated_alone_ = 0;
    std::optional<Row> row_of(const AgendaEntry& entry, const std::string& day) const;
    // Writes `rows` into the list, changing only what differs; false when that would be more
    // than moving one row and setting cells (then the caller fills the list anew).
    bool update_rows(const std::vector<Row>& rows);
    bool syncing_ = false;
};

}  // namespace summitry::gui
