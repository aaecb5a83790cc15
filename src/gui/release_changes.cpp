// SPDX-License-Identifier: MIT
#include "release_changes.h"

#include <wx/intl.h>

#include <filesystem>
#include <stdexcept>

#include "planner.h"
#include "time/time.h"
#include "views/agenda.h"

namespace summitry::gui {
namespace {

wxString utf8(const std::string& s) {
    return wxString::FromUTF8(s);
}

wxString kind_word(const std::string& kind) {
    // TRANSLATORS: a kind of change since a release, in the Changes panel.
    if (kind == "added") return _("Added");
    // TRANSLATORS: a kind of change since a release, in the Changes panel.
    if (kind == "removed") return _("Removed");
    // TRANSLATORS: a kind of change since a release, in the Changes panel.
    if (kind == "cancelled") return _("Cancelled");
    // TRANSLATORS: a kind of change since a release, in the Changes panel.
    if (kind == "reinstated") return _("Reinstated");
    // TRANSLATORS: a kind of change since a release, in the Changes panel.
    if (kind == "moved") return _("Moved");
    // TRANSLATORS: a kind of change since a release, in the Changes panel.
    if (kind == "retitled") return _("Retitled");
    // TRANSLATORS: a kind of change since a release, in the Changes panel (speakers...).
    if (kind == "people") return _("People");
    // TRANSLATORS: a kind of change since a release, in the Changes panel (description...).
    return _("Details");
}

// The same, as the grid's tooltip says it: "moved since v1".
wxString kind_since(const std::string& kind, const std::string& release) {
    const wxString r = utf8(release);
    if (kind == "added") return wxString::Format(_("new since %s"), r);
    if (kind == "cancelled") return wxString::Format(_("cancelled since %s"), r);
    if (kind == "reinstated") return wxString::Format(_("back on the programme since %s"), r);
    if (kind == "moved") return wxString::Format(_("moved since %s"), r);
    if (kind == "retitled") return wxString::Format(_("retitled since %s"), r);
    if (kind == "people") return wxString::Format(_("people changed since %s"), r);
    return wxString::Format(_("details changed since %s"), r);
}

std::string value(const std::map<std::string, std::string>& v, const char* key) {
    const auto it = v.find(key);
    return it == v.end() ? std::string() : it->second;
}

std::string room_name(const Event& ev, const std::string& ref, const std::string& lang) {
    const Index r = ev.find_room(ref);
    if (r == no_index) return ref;
    const std::string name(
        ev.rooms[static_cast<std::size_t>(r)].name.get(lang, ev.default_language()));
    return name.empty() ? ref : name;
}

// "10 February 2025 19:00–19:30, Ballroom"; the date left out when it is `same_day`'s.
wxString place(const Event& ev, const std::map<std::string, std::string>& v,
               const std::string& lang, std::optional<Date> same_day = std::nullopt) {
    std::string out;
    if (const auto t = parse_date_time(value(v, "start"))) {
        if (local_date(t->local) != same_day) out = long_date(local_date(t->local), lang) + " ";
        out += format_clock(t->local);
        if (const auto d = parse_duration(value(v, "duration")))
            out += "\u2013" + format_clock(t->local + *d);
    } else if (v.count("start") == 0 && v.count("room") != 0) {
        out = _("unscheduled").utf8_string();
    }
    const std::string room = value(v, "room");
    if (!room.empty()) out += (out.empty() ? "" : ", ") + room_name(ev, room, lang);
    if (out.empty()) return _("unplaced");
    return utf8(out);
}

std::optional<Date> day_of(const std::map<std::string, std::string>& v) {
    if (const auto t = parse_date_time(value(v, "start"))) return local_date(t->local);
    return std::nullopt;
}

// Where a session is now (a cancellation changes its status only): as place() says it.
wxString session_place(const Event& ev, const std::string& id, const std::string& lang) {
    const Index i = ev.find_session(id);
    if (i == no_index) return {};
    const Session& s = ev.sessions[static_cast<std::size_t>(i)];
    std::map<std::string, std::string> v;
    if (s.start) v["start"] = format_local(to_local(ev.zone_of(s), *s.start));
    if (s.duration) v["duration"] = format_duration(*s.duration);
    if (s.room != no_index) v["room"] = ev.rooms[static_cast<std::size_t>(s.room)].qualified;
    return place(ev, v, lang);
}

wxString title_in(const Event& ev, const std::string& id, const std::string& lang) {
    const Index s = ev.find_session(id);
    if (s == no_index) return utf8(id);
    const std::string t(
        ev.sessions[static_cast<std::size_t>(s)].title.get(lang, ev.default_language()));
    return utf8(t.empty() ? id : t);
}

wxString names(const Event& ev, const std::vector<std::string>& ids) {
    wxString out;
    for (const std::string& id : ids) {
        const Index p = ev.find_person(id);
        const std::string name = p == no_index ? id : ev.people[static_cast<std::size_t>(p)].name;
        out += (out.empty() ? "" : ", ") + utf8(name.empty() ? id : name);
    }
    return out;
}

// The keys that changed, as the inspector names the fields: "description, track".
wxString keys_changed(const versions::Difference& d) {
    std::vector<std::string> keys;
    for (const auto& [k, v] : d.before)
        if (value(d.after, k.c_str()) != v) keys.push_back(k);
    for (const auto& [k, v] : d.after)
        if (!d.before.count(k)) keys.push_back(k);
    wxString out;
    for (const std::string& k : keys) out += (out.empty() ? "" : ", ") + utf8(k);
    return out;
}

}  // namespace

std::vector<ChangeRow> describe_changes(const Event& released, const Event& now,
                                        const std::vector<versions::Difference>& changes,
                                        const std::string& lang) {
    std::vector<ChangeRow> rows;
    rows.reserve(changes.size());
    for (const versions::Difference& d : changes) {
        ChangeRow row{
            d.kind, d.noun, d.id, kind_word(d.kind), utf8(d.label.empty() ? d.id : d.label),
            {},     {}};
        const bool session = d.noun == "session";
        if (session && d.kind == "moved") {
            row.before = place(released, d.before, lang);
            row.after = place(now, d.after, lang, day_of(d.before));
        } else if (session && d.kind == "retitled") {
            row.before = title_in(released, d.id, lang);
            row.after = title_in(now, d.id, lang);
        } else if (d.kind == "people") {
            if (!d.left.empty())
                row.before = wxString::FromUTF8("\u2212 ") + names(released, d.left);
            if (!d.joined.empty()) row.after = "+ " + names(now, d.joined);
        } else if (session && d.kind == "added") {
            row.after = place(now, d.after, lang);
        } else if (session && d.kind == "removed") {
            row.before = place(released, d.before, lang);
        } else if (session && (d.kind == "cancelled" || d.kind == "reinstated")) {
            row.before = session_place(now, d.id, lang);
        } else if (d.kind == "details") {
            row.after = keys_changed(d);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

wxString mark_text(const ChangeRow& row, const std::string& release) {
    wxString text = kind_since(row.kind, release);
    if (!row.before.empty() && !row.after.empty())
        text += ": " + row.before + wxString::FromUTF8(" \u2192 ") + row.after;
    else if (!row.after.empty())
        text += ": " + row.after;
    else if (!row.before.empty())
        text += ": " + row.before;
    return text;
}

void ReleaseChanges::update(const Planner& planner) {
    differences_.clear();
    rows_.clear();
    marks_.clear();
    if (!planner.has_document()) {
        key_.clear();
        latest_.reset();
        released_.reset();
        error_.clear();
        return;
    }
    const std::filesystem::path file = planner.document().path();
    const std::filesystem::path index = versions::releases_folder(file) / "index.yaml";
    std::error_code ec;
    std::string key = file.string();
    // A file's modification time, compared only with itself: not an instant of the event.
    if (const auto time = std::filesystem::last_write_time(index, ec); !ec)
        key += '\t' + std::to_string(time.time_since_epoch().count()) + '\t' +
               std::to_string(std::filesystem::file_size(index, ec));
    if (key != key_) {
        key_ = key;
        latest_.reset();
        released_.reset();
        error_.clear();
        try {
            const auto list = versions::list_releases(file);
            if (!list.empty()) {
                released_ = versions::load_release(file, list.back().name);
                latest_ = list.back();
            }
        } catch (const std::exception& e) {
            error_ = e.what();
            released_.reset();
        }
    }
    if (!latest_ || !released_) return;
    const Event& now = planner.event();
    const std::string lang = planner.lang();
    differences_ = versions::diff_events(released_->event, now, versions::Audience::staff, lang);
    rows_ = describe_changes(released_->event, now, differences_, lang);
    for (const ChangeRow& row : rows_)
        if (row.noun == "session" && row.kind != "removed") {
            wxString& mark = marks_[row.id];
            mark += (mark.empty() ? "" : "\n") + mark_text(row, latest_->name);
        }
}

}  // namespace summitry::gui
