// SPDX-License-Identifier: MIT
#include "output/jobs.h"
#include "output/pdf_pages.h"
#include "render/programme_pdf.h"
#include "versions/diff.h"
#include "views/agenda.h"
#include "views/programme_html.h"

namespace summitry {

namespace {

// A session's place as the programme prints it: "10 February 2025 19:00, Ballroom".
std::string place_text(const Event& ev, const std::map<std::string, std::string>& v,
                       const std::string& lang) {
    std::string out;
    if (const auto start = v.find("start"); start != v.end()) {
        const auto t = parse_date_time(start->second);
        out = t ? long_date(local_date(t->local), lang) + " " + format_clock(t->local)
                : start->second;
    }
    if (const auto room = v.find("room"); room != v.end()) {
        const Index r = ev.find_room(room->second);
        const std::string name = r >= 0
                                     ? std::string(ev.rooms[static_cast<std::size_t>(r)].name.get(
                                           lang, ev.default_language()))
                                     : std::string();
        out += (out.empty() ? "" : ", ") + (name.empty() ? room->second : name);
    }
    return out;
}

std::string title_of(const Event& ev, const std::string& id, const std::string& lang) {
    const Index s = ev.find_session(id);
    if (s < 0) return id;
    const std::string t(
        ev.sessions[static_cast<std::size_t>(s)].title.get(lang, ev.default_language()));
    return t.empty() ? id : t;
}

// The sessions' changes since the release, as the programme prints them.
ProgrammeChanges changes_since(const Event& released, const Event& now, const std::string& name,
                               bool staff, const std::string& lang) {
    ProgrammeChanges out;
    out.since = name;
    const auto audience = staff ? versions::Audience::staff : versions::Audience::attendees;
    for (const versions::Difference& d : versions::diff_events(released, now, audience, lang)) {
        if (d.noun != "session") continue;
        const Event& ev = d.kind == "removed" ? released : now;
        ProgrammeChange c{d.kind, d.id, title_of(ev, d.id, lang), {}, {}};
        if (d.kind == "moved") {
            c.before = place_text(released, d.before, lang);
            c.after = place_text(now, d.after, lang);
        } else if (d.kind == "retitled") {
            // The new title leads; the old one follows, where this language's changed at all.
            c.before = title_of(released, d.id, lang);
            if (c.before == c.title) c.before.clear();
        } else if (d.kind == "added") {
            c.after = place_text(now, d.after, lang);
        } else if (d.kind == "removed" || d.kind == "cancelled") {
            c.before = place_text(released, d.before.empty() ? d.after : d.before, lang);
        }
        if (d.kind != "removed") out.marked.insert(d.id);
        out.changes.push_back(std::move(c));
    }
    return out;
}

}  // namespace

JobResult run_programme(const Event& event, const ProgrammeJob& job, std::ostream& out,
                        const JobProgress& progress) {
    ProgrammeRequest request{job.select.lang,
                             job.paper,
                             job.select.include_private ? Audience::staff : Audience::attendees,
                             job.template_path,
                             job.now,
                             std::nullopt};
    if (job.released) {
        const std::string lang =
            job.select.lang.empty() ? std::string(event.default_language()) : job.select.lang;
        request.changes = changes_since(*job.released, event, job.released_name,
                                        job.select.include_private, lang);
    }
    if (job.format == ProgrammeJob::Format::html) {
        write_programme_html(event, request, out);
        return {};
    }
    return {output_detail::write_pdf_pages(render::build_programme(event, request), out, progress),
            {}};
}

}  // namespace summitry
