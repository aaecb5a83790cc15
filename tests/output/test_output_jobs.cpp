// SPDX-License-Identifier: MIT
// The output jobs (output/jobs.h): the dispatcher runs each job as the writer it stands for,
// with the job's selection; the progress of a job can stop it; bad jobs are refused before
// anything is written.
#include <catch2/catch.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

#include "formats/formats.h"
#include "io/event_loader.h"
#include "output/jobs.h"
#include "render/programme_pdf.h"
#include "views/agenda.h"
#include "views/agenda_format.h"
#include "views/programme_html.h"
#include "views/speakers.h"

using namespace summitry;

namespace {

const Event& paris() {
    static const LoadResult r = [] {
        LoadResult loaded = load_event(SUMMITRY_SOURCE_DIR "/schedules/ai-for-growth-2025.yaml");
        REQUIRE_FALSE(loaded.diagnostics.has_errors());
        return loaded;
    }();
    return r.event;
}

std::string run(const OutputJob& job) {
    std::ostringstream out;
    const JobResult r = run_job(paris(), job, out);
    CHECK(r.finished);
    return std::move(out).str();
}

Instant new_year() {
    return Instant{date::sys_days{date::year{2025} / 1 / 1}};
}

Index someone_who_speaks(const Event& ev) {
    for (const Session& s : ev.sessions)
        if (!s.speakers.empty()) return s.speakers.front();
    return no_index;
}

}  // namespace

TEST_CASE("the agenda job writes the agenda of its selection", "[output]") {
    const Event& ev = paris();
    AgendaJob job;
    job.format = AgendaFormat::json;
    job.select.lang = "fr";
    job.select.person = someone_who_speaks(ev);
    REQUIRE(job.select.person != no_index);
    AgendaQuery q;
    q.lang = "fr";
    q.person = job.select.person;
    std::ostringstream direct;
    write_agenda(direct, build_agenda(ev, q), AgendaFormat::json);
    CHECK(run(job) == direct.str());
    // And the selection matters: everyone's agenda is longer.
    AgendaJob everyone = job;
    everyone.select.person = no_index;
    CHECK(run(everyone).size() > direct.str().size());
}

TEST_CASE("an export job writes its format, with the selection's sessions", "[output]") {
    const Event& ev = paris();
    for (const char* name : {"ics", "frab", "json"}) {
        CAPTURE(name);
        ExportJob job;
        job.format = name;
        job.now = new_year();
        job.select.include_private = true;
        job.select.track = 0;
        ExportRequest r;
        r.include_private = true;
        r.track = 0;
        r.now = new_year();
        std::ostringstream direct;
        find_export_format(name)->write(ev, r, direct);
        CHECK(run(job) == direct.str());
        CHECK(output_extension(job) == find_export_format(name)->extension);
    }
}

TEST_CASE("the programme and speakers' jobs write what their writers write", "[output]") {
    const Event& ev = paris();
    ProgrammeRequest request;
    request.lang = "fr";
    request.audience = Audience::staff;
    request.now = new_year();
    ProgrammeJob programme{.format = ProgrammeJob::Format::html};
    programme.select.lang = "fr";
    programme.select.include_private = true;  // the staff's run-sheet
    programme.now = new_year();
    std::ostringstream html;
    write_programme_html(ev, request, html);
    CHECK(run(programme) == html.str());
    CHECK(html.str().find("lang=\"fr\"") != std::string::npos);

    SpeakersJob speakers{.format = SpeakersJob::Format::csv};
    speakers.select.include_private = true;
    std::ostringstream csv;
    write_speakers(csv, build_speakers(ev, {"", true}), SpeakersFormat::csv);
    CHECK(run(speakers) == csv.str());

    programme.format = ProgrammeJob::Format::pdf;
    CHECK(run(programme).starts_with("%PDF-"));
    speakers.format = SpeakersJob::Format::pdf;
    CHECK(run(speakers).starts_with("%PDF-"));
}

TEST_CASE("a job's progress goes from 0 to 1 and can stop it", "[output]") {
    const ProgrammeJob job{.format = ProgrammeJob::Format::pdf};
    std::vector<double> seen;
    std::ostringstream out;
    const JobResult done = run_job(paris(), job, out, [&](double d) {
        seen.push_back(d);
        return true;
    });
    CHECK(done.finished);
    REQUIRE(seen.size() > 2);
    CHECK(seen.front() == 0.0);
    CHECK(seen.back() == Approx(1.0));
    CHECK(std::is_sorted(seen.begin(), seen.end()));

    // Stopped at the start: nothing written. Stopped half way: not finished.
    std::ostringstream none;
    CHECK_FALSE(run_job(paris(), job, none, [](double) { return false; }).finished);
    CHECK(none.str().empty());
    std::ostringstream half;
    CHECK_FALSE(run_job(paris(), job, half, [](double d) { return d < 0.5; }).finished);
}

TEST_CASE("a job that cannot run is refused before anything is written", "[output]") {
    std::ostringstream out;
    CHECK_THROWS_AS(run_job(paris(), DayGridJob{}, out), std::invalid_argument);
    CHECK_THROWS_AS(run_job(paris(), ExportJob{.format = "vcard"}, out), std::invalid_argument);
    ProgrammeJob missing{.format = ProgrammeJob::Format::html};
    missing.template_path = "/nonexistent/programme.html.mustache";
    CHECK_THROWS_AS(run_job(paris(), missing, out), TemplateError);
    CHECK(out.str().empty());
}

TEST_CASE("a day grid job draws the selection's day", "[output]") {
    DayGridJob job;
    job.select.day = paris().info.start_date;
    job.format = ImageFormat::svg;
    const std::string svg = run(job);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(output_extension(job) == ".svg");
}

TEST_CASE("jobs make the same output when their kind and format agree", "[output]") {
    ExportJob ics{.format = "ics"};
    ExportJob ics_fr = ics;
    ics_fr.select.lang = "fr";
    CHECK(same_output(ics, ics_fr));
    CHECK_FALSE(same_output(ics, ExportJob{.format = "frab"}));
    CHECK_FALSE(same_output(ProgrammeJob{}, SpeakersJob{.format = SpeakersJob::Format::pdf}));
    CHECK(output_extension(ProgrammeJob{}) == ".pdf");
    CHECK(output_extension(AgendaJob{.format = AgendaFormat::markdown}) == ".md");
    CHECK(output_extension(SpeakersJob{.format = SpeakersJob::Format::html}) == ".html");
}
