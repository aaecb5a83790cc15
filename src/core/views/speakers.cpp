// SPDX-License-Identifier: MIT
#include "views/speakers.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

#include "util/collate.h"
#include "util/csv.h"
#include "util/json_out.h"
#include "util/person_label.h"
#include "util/terminal.h"

namespace summitry {

std::vector<SpeakerEntry> build_speakers(const Event& ev, const SpeakersQuery& q) {
    const std::string lang = q.lang.empty() ? ev.default_language() : q.lang;
    const std::string_view fallback = ev.default_language();
    std::vector<std::vector<std::pair<Index, std::string_view>>> parts(ev.people.size());
    for (std::size_t i = 0; i < ev.sessions.size(); ++i) {
        const Session& s = ev.sessions[i];
        if ((!s.is_public && !q.include_private) || s.cancelled()) continue;
        for (auto [list, part] :
             {std::pair{&s.speakers, "speaker"}, std::pair{&s.moderators, "moderator"},
              std::pair{&s.hosts, "host"}})
            for (Index p : *list)
                parts[static_cast<std::size_t>(p)].emplace_back(static_cast<Index>(i), part);
    }
    std::vector<SpeakerEntry> out;
    std::vector<std::tuple<std::string, std::string, std::string>> keys;  // family, full, id
    for (std::size_t p = 0; p < ev.people.size(); ++p) {
        if (parts[p].empty()) continue;
        const Person& person = ev.people[p];
        SpeakerEntry e{person.id, person.name, std::string(person.role.get(lang, fallback)),
                       {},        {},          std::string(person.bio.get(lang, fallback)),
                       {}};
        if (person.affiliation >= 0) {
            const Organization& o = ev.organizations[static_cast<std::size_t>(person.affiliation)];
            e.organization = std::string(o.name.get(lang, fallback));
            e.organization_id = o.id;
        }
        auto& mine = parts[p];
        std::stable_sort(mine.begin(), mine.end(), [&](const auto& a, const auto& b) {
            const Session& sa = ev.sessions[static_cast<std::size_t>(a.first)];
            const Session& sb = ev.sessions[static_cast<std::size_t>(b.first)];
            if (sa.start.has_value() != sb.start.has_value()) return sa.start.has_value();
            return sa.start < sb.start;
        });
        for (const auto& [si, part] : mine) {
            const Session& s = ev.sessions[static_cast<std::size_t>(si)];
            SpeakerSession ss{
                s.id, std::string(s.title.get(lang, fallback)), std::string(part), {}, {}, {}};
            if (s.start) {
                const date::time_zone& zone = ev.zone_of(s);
                ss.day = format_date(ev.programme_day(s));
                ss.start = format_clock(to_local(zone, *s.start));
                if (s.duration) ss.end = format_clock(to_local(zone, s.end()));
            }
            e.sessions.push_back(std::move(ss));
        }
        keys.emplace_back(sort_key(family_name(person.name)), sort_key(person.name), person.id);
        out.push_back(std::move(e));
    }
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    std::vector<SpeakerEntry> sorted;
    sorted.reserve(out.size());
    for (std::size_t i : order) sorted.push_back(std::move(out[i]));
    return sorted;
}

std::optional<SpeakersFormat> speakers_format_from(std::string_view name) {
    if (name == "text") return SpeakersFormat::text;
    if (name == "csv") return SpeakersFormat::csv;
    if (name == "json") return SpeakersFormat::json;
    return std::nullopt;
}

namespace {
std::string session_line(const SpeakerSession& s) {
    std::string when =
        s.day.empty() ? std::string("unscheduled") : s.day + " " + s.start + "–" + s.end;
    return when + " " + s.title + (s.part == "speaker" ? "" : " (" + s.part + ")");
}
}  // namespace

void write_speakers(std::ostream& out, const std::vector<SpeakerEntry>& speakers,
                    SpeakersFormat format) {
    switch (format) {
        case SpeakersFormat::text:
            // Texts of the file through terminal_text: no escape sequences, no lines of their own.
            for (const auto& s : speakers) {
                out << terminal_text(s.name, LineBreaks::space);
                const std::string detail = role_and_organization(s.role, s.organization);
                if (!detail.empty()) out << " — " << terminal_text(detail, LineBreaks::space);
                out << '\n';
                for (const auto& ss : s.sessions)
                    out << "    " << terminal_text(session_line(ss), LineBreaks::space) << '\n';
            }
            break;
        case SpeakersFormat::csv: {
            write_csv_row(out, {"id", "name", "role", "organization", "sessions", "session_ids"});
            for (const auto& s : speakers) {
                std::vector<std::string> lines, ids;
                for (const auto& ss : s.sessions) {
                    lines.push_back(session_line(ss));
                    ids.push_back(ss.id);
                }
                write_csv_row(
                    out, {s.id, s.name, s.role, s.organization, join(lines, "; "), join(ids, " ")});
            }
            break;
        }
        case SpeakersFormat::json: {
            auto arr = nlohmann::json::array();
            for (const auto& s : speakers) {
                auto sessions = nlohmann::json::array();
                for (const auto& ss : s.sessions) {
                    nlohmann::json j = {{"id", ss.id}, {"title", ss.title}, {"part", ss.part}};
                    j["day"] = ss.day.empty() ? nlohmann::json(nullptr) : nlohmann::json(ss.day);
                    j["start"] =
                        ss.start.empty() ? nlohmann::json(nullptr) : nlohmann::json(ss.start);
                    j["end"] = ss.end.empty() ? nlohmann::json(nullptr) : nlohmann::json(ss.end);
                    sessions.push_back(std::move(j));
                }
                arr.push_back({{"id", s.id},
                               {"name", s.name},
                               {"role", s.role},
                               {"organization", s.organization.empty()
                                                    ? nlohmann::json(nullptr)
                                                    : nlohmann::json({{"id", s.organization_id},
                                                                      {"name", s.organization}})},
                               {"bio", s.bio},
                               {"sessions", sessions}});
            }
            write_json(out, arr, JsonText::drop_controls);
            break;
        }
    }
}

}  // namespace summitry
