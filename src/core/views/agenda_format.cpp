// SPDX-License-Identifier: MIT
#include "views/agenda_format.h"

#include <nlohmann/json.hpp>

#include "util/agenda_labels.h"
#include "util/csv.h"
#include "util/json_out.h"
#include "util/markdown.h"
#include "util/person_label.h"
#include "util/terminal.h"

namespace summitry {

namespace {

std::string person_line(const AgendaPerson& p) {
    std::string s = p.name;
    const std::string detail = role_and_organization(p.role, p.organization);
    if (!detail.empty()) s += " (" + detail + ")";
    return s;
}

std::vector<std::string> names(const std::vector<AgendaPerson>& people) {
    std::vector<std::string> out;
    for (const auto& p : people) out.push_back(person_line(p));
    return out;
}

std::string place(const AgendaEntry& e) {
    if (e.room_name.empty()) return {};
    return e.venue_name.empty() ? e.room_name : e.room_name + ", " + e.venue_name;
}

std::string flags(const AgendaEntry& e, const AgendaLabels& l) {
    std::string out;
    const auto add = [&out](std::string_view f) {
        out += (out.empty() ? "" : ", ") + std::string(f);
    };
    if (e.status == "cancelled") add(l.cancelled);
    if (e.status == "tentative") add(l.tentative);
    if (!e.is_public) add(l.private_);
    return out;
}

// Every text of the file is printed through terminal_text: a title cannot send escape sequences
// or add lines of its own to the agenda.
std::string shown(std::string_view s) {
    return terminal_text(s, LineBreaks::space);
}

void text_entry(std::ostream& out, const AgendaEntry& e, const AgendaLabels& l) {
    const std::string when = e.start.empty() ? std::string(11, ' ') : e.start + "–" + e.end;
    out << "  " << when << "  " << shown(e.title) << "  [" << e.kind;
    if (const std::string f = flags(e, l); !f.empty()) out << "; " << f;
    out << "]\n";
    const std::string indent(15, ' ');
    std::string where = place(e);
    if (!e.track_name.empty()) where += (where.empty() ? "" : " · ") + e.track_name;
    if (e.start.empty() && !e.duration.empty()) where += (where.empty() ? "" : " · ") + e.duration;
    if (!where.empty()) out << indent << shown(where) << '\n';
    for (const auto& [label, list] :
         {std::pair{l.speakers, &e.speakers}, std::pair{l.moderators, &e.moderators},
          std::pair{l.hosts, &e.hosts}})
        if (!list->empty())
            out << indent << label << l.colon << shown(join(names(*list), "; ")) << '\n';
    if (!e.organizations.empty())
        out << indent << l.with << l.colon << shown(join(e.organizations, ", ")) << '\n';
    if (!e.interpretation.empty())
        out << indent << e.language << (e.language.empty() ? "" : ", ") << l.interpretation
            << l.colon << shown(join(e.interpretation, ", ")) << '\n';
}

void write_text(std::ostream& out, const Agenda& a) {
    const AgendaLabels l = agenda_labels(a.lang);
    out << shown(a.title) << '\n';
    if (!a.subtitle.empty()) out << shown(a.subtitle) << '\n';
    for (const auto& day : a.days) {
        out << '\n' << long_date(day.day, a.lang) << '\n';
        for (const auto& e : day.entries) text_entry(out, e, l);
    }
    if (!a.unscheduled.empty()) {
        out << '\n' << l.unscheduled << '\n';
        for (const auto& e : a.unscheduled) text_entry(out, e, l);
    }
}

void markdown_entry(std::ostream& out, const AgendaEntry& e, const AgendaLabels& l) {
    out << "- ";
    if (!e.start.empty()) out << "**" << e.start << "–" << e.end << "** ";
    out << markdown_text(e.title) << " *(" << e.kind;
    if (const std::string f = flags(e, l); !f.empty()) out << ", " << f;
    out << ")*";
    if (const std::string p = place(e); !p.empty()) out << " — " << markdown_text(p);
    if (!e.track_name.empty()) out << " · " << markdown_text(e.track_name);
    out << '\n';
    for (const auto& [label, list] :
         {std::pair{l.speakers, &e.speakers}, std::pair{l.moderators, &e.moderators},
          std::pair{l.hosts, &e.hosts}})
        if (!list->empty())
            out << "  - " << label << l.colon << markdown_text(join(names(*list), "; ")) << '\n';
    if (!e.organizations.empty())
        out << "  - " << l.with << l.colon << markdown_text(join(e.organizations, ", ")) << '\n';
}

void write_markdown(std::ostream& out, const Agenda& a) {
    const AgendaLabels l = agenda_labels(a.lang);
    out << "# " << markdown_text(a.title) << "\n\n";
    if (!a.subtitle.empty()) out << markdown_text(a.subtitle) << "\n\n";
    for (const auto& day : a.days) {
        out << "## " << long_date(day.day, a.lang) << "\n\n";
        for (const auto& e : day.entries) markdown_entry(out, e, l);
        out << '\n';
    }
    if (!a.unscheduled.empty()) {
        out << "## " << l.unscheduled << "\n\n";
        for (const auto& e : a.unscheduled) markdown_entry(out, e, l);
        out << '\n';
    }
}

void write_csv(std::ostream& out, const Agenda& a) {
    write_csv_row(out, {"day", "start", "end", "timezone", "id", "title", "kind", "status",
                        "public", "track", "room", "venue", "speakers", "moderators", "hosts",
                        "organizations", "language", "interpretation"});
    const auto row = [&](const AgendaEntry& e) {
        write_csv_row(out, {e.day ? format_date(*e.day) : "", e.start, e.end, e.timezone, e.id,
                            e.title, e.kind, e.status, e.is_public ? "yes" : "no", e.track_name,
                            e.room_name, e.venue_name, join(names(e.speakers), "; "),
                            join(names(e.moderators), "; "), join(names(e.hosts), "; "),
                            join(e.organizations, "; "), e.language, join(e.interpretation, " ")});
    };
    for (const auto& day : a.days)
        for (const auto& e : day.entries) row(e);
    for (const auto& e : a.unscheduled) row(e);
}

nlohmann::json people_json(const std::vector<AgendaPerson>& list) {
    auto arr = nlohmann::json::array();
    for (const auto& p : list)
        arr.push_back(
            {{"id", p.id}, {"name", p.name}, {"role", p.role}, {"organization", p.organization}});
    return arr;
}

nlohmann::json entry_json(const AgendaEntry& e) {
    nlohmann::json j = {{"id", e.id},
                        {"title", e.title},
                        {"kind", e.kind},
                        {"status", e.status},
                        {"public", e.is_public},
                        {"duration", e.duration},
                        {"timezone", e.timezone},
                        {"speakers", people_json(e.speakers)},
                        {"moderators", people_json(e.moderators)},
                        {"hosts", people_json(e.hosts)},
                        {"organizations", e.organizations},
                        {"tags", e.tags},
                        {"interpretation", e.interpretation}};
    j["day"] = e.day ? nlohmann::json(format_date(*e.day)) : nlohmann::json(nullptr);
    j["start"] = e.start_iso.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.start_iso);
    j["end"] = e.end_iso.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.end_iso);
    j["room"] = e.room.empty() ? nlohmann::json(nullptr)
                               : nlohmann::json({{"id", e.room}, {"name", e.room_name}});
    j["venue"] = e.venue.empty() ? nlohmann::json(nullptr)
                                 : nlohmann::json({{"id", e.venue}, {"name", e.venue_name}});
    j["track"] = e.track.empty() ? nlohmann::json(nullptr)
                                 : nlohmann::json({{"id", e.track}, {"name", e.track_name}});
    j["language"] = e.language.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.language);
    if (!e.url.empty()) j["url"] = e.url;
    return j;
}

void write_agenda_json(std::ostream& out, const Agenda& a) {
    nlohmann::json j = {{"title", a.title}, {"subtitle", a.subtitle}, {"language", a.lang}};
    auto days = nlohmann::json::array();
    for (const auto& day : a.days) {
        auto sessions = nlohmann::json::array();
        for (const auto& e : day.entries) sessions.push_back(entry_json(e));
        days.push_back({{"date", format_date(day.day)}, {"sessions", sessions}});
    }
    j["days"] = days;
    auto un = nlohmann::json::array();
    for (const auto& e : a.unscheduled) un.push_back(entry_json(e));
    j["unscheduled"] = un;
    write_json(out, j, JsonText::drop_controls);
}

}  // namespace

std::optional<AgendaFormat> agenda_format_from(std::string_view name) {
    if (name == "text") return AgendaFormat::text;
    if (name == "markdown" || name == "md") return AgendaFormat::markdown;
    if (name == "csv") return AgendaFormat::csv;
    if (name == "json") return AgendaFormat::json;
    return std::nullopt;
}

void write_agenda(std::ostream& out, const Agenda& agenda, AgendaFormat format) {
    switch (format) {
        case AgendaFormat::text: write_text(out, agenda); break;
        case AgendaFormat::markdown: write_markdown(out, agenda); break;
        case AgendaFormat::csv: write_csv(out, agenda); break;
        case AgendaFormat::json: write_agenda_json(out, agenda); break;
    }
}

}  // namespace summitry
