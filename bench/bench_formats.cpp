// SPDX-License-Identifier: MIT
// summitry_bench_formats MODE FILE [--repeat N]
//
//   ics        issue 3: read FILE, import it (frab XML if it ends in .xml, c3voc JSON if .json),
//              check_conflicts, export iCalendar to memory; each phase timed apart, and the total
//   programme  issue 4: the PDF programme (write_programme_pdf, for the attendees, A4) of the
//              imported FILE to memory, its layout (build_programme) and drawing (write_pdf)
//              timed apart
//   grid       the day grid of the first programme day with sessions (render_day_grid), as PDF
//              pages and as one PNG picture, timed apart
//
// Prints one line of JSON: for each phase the best and median wall time over N runs (default
// 5), the first run's total (with fontconfig's and cairo's start-up in it), the median CPU time
// of the process (a check on a busy machine) and the peak resident memory of this process
// (getrusage ru_maxrss). Run one mode per process, so that the peak is that mode's own.
// bench/formats.sh runs every mode on the 36C3 schedule in ../shared/data.
//
// In `programme` and `grid` the import is done once, before the timed runs; its time is given
// as import_s. Outputs go to std::ostringstream, so that the disk is not measured; their sizes
// are printed, as a check that something was written.

#include <cstdio>
#include <exception>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bench_util.h"
#include "check/rule.h"
#include "formats/formats.h"
#include "render/day_grid.h"
#include "render/document.h"
#include "render/programme_pdf.h"

namespace {

using namespace summitry::bench;

int usage() {
    std::fputs("usage: summitry_bench_formats ics|programme|grid FILE [--repeat N]\n", stderr);
    return 2;
}

// The timings of the named phases over the runs, in the order they were first recorded (the
// order they are printed in).
class Phases {
public:
    void add(const std::string& name, double seconds) {
        auto [it, fresh] = times_.try_emplace(name);
        if (fresh) order_.push_back(name);
        it->second.push_back(seconds);
    }
    // ,"NAME_best_s":…,"NAME_median_s":… for every phase.
    std::string json() const {
        std::string out;
        for (const auto& name : order_) {
            const Stats s = stats(times_.at(name));
            out += ",\"" + name + "_best_s\":" + fixed(s.best) + ",\"" + name +
                   "_median_s\":" + fixed(s.median);
        }
        return out;
    }

private:
    std::vector<std::string> order_;
    std::map<std::string, std::vector<double>> times_;
};

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

// The import format for a file, by its extension: the two schedule formats of CCC events.
const summitry::ImportFormat& import_format_for(const std::string& path) {
    const std::string_view name = path.ends_with(".xml")    ? "frab"
                                  : path.ends_with(".json") ? "json"
                                                            : "";
    const summitry::ImportFormat* format =
        name.empty() ? nullptr : summitry::find_import_format(name);
    if (!format) throw std::runtime_error(path + ": neither .xml (frab) nor .json (c3voc)");
    return *format;
}

// Imports the file; an import with errors has nothing worth timing after it.
summitry::ImportResult import_file(const std::string& path) {
    summitry::ImportResult result = import_format_for(path).read(read_file(path), path);
    if (result.diagnostics.has_errors())
        throw std::runtime_error(path + ": the import reported errors");
    return result;
}

// The first programme day from the event's start that has a session in a room.
summitry::Date first_grid_day(const summitry::Event& event) {
    for (summitry::Date d = event.info.start_date; d <= event.info.end_date; d += date::days{1})
        if (!summitry::render::build_day_grid(event, d, event.default_language(), false).empty())
            return d;
    throw std::runtime_error("no day with scheduled sessions");
}

}  // namespace

int main(int argc, char** argv) {
    const auto args = parse_args(argc, argv, {"ics", "programme", "grid"});
    if (!args) return usage();
    const std::string& mode = args->mode;
    const std::string& file = args->file;
    const int repeat = args->repeat;

    Phases phases;
    std::vector<double> cpu;
    double first_s = 0, import_s = 0;
    std::size_t sessions = 0, rooms = 0, import_diags = 0, conflicts = 0, out_bytes = 0;
    std::string extra;  // mode-specific fields of the JSON line
    try {
        if (mode == "ics") {
            const summitry::ImportFormat& format = import_format_for(file);
            const summitry::ExportFormat* ics = summitry::find_export_format("ics");
            if (!ics) throw std::runtime_error("no ics export format");
            for (int r = 0; r < repeat; ++r) {
                const double c0 = cpu_seconds();
                const auto t0 = Clock::now();
                auto t = t0;
                // Each phase as the CLI would do it: the file into memory, the event out of it,
                // the conflicts, the calendar (to memory here, not to disk).
                const std::string text = read_file(file);
                phases.add("read", seconds_since(t));
                t = Clock::now();
                summitry::ImportResult result = format.read(text, file);
                phases.add("import", seconds_since(t));
                if (result.diagnostics.has_errors())
                    throw std::runtime_error(file + ": the import reported errors");
                // The independent count the CLI holds every import to (import_counted()),
                // timed apart: its price beside the reader's.
                t = Clock::now();
                if (format.count(text) != result.event.sessions.size() + result.skipped.size())
                    throw std::runtime_error(file + ": the count does not add up");
                phases.add("count", seconds_since(t));
                t = Clock::now();
                const summitry::Diagnostics found = summitry::check_conflicts(result.event);
                phases.add("check", seconds_since(t));
                t = Clock::now();
                std::ostringstream out;
                ics->write(result.event, summitry::ExportRequest{}, out);
                phases.add("export", seconds_since(t));
                const double total = seconds_since(t0);
                phases.add("total", total);
                cpu.push_back(cpu_seconds() - c0);
                if (r == 0) first_s = total;
                sessions = result.event.sessions.size();
                rooms = result.event.rooms.size();
                import_diags = result.diagnostics.items().size();
                conflicts = found.items().size();
                out_bytes = out.view().size();
                // The event and the text are freed here, outside the timing, as in bench_load.
            }
            extra = ",\"format\":" + json_string(format.name);
        } else {
            const auto t0 = Clock::now();
            const summitry::ImportResult imported = import_file(file);
            import_s = seconds_since(t0);
            const summitry::Event& event = imported.event;
            sessions = event.sessions.size();
            rooms = event.rooms.size();
            import_diags = imported.diagnostics.items().size();
            if (mode == "programme") {
                // write_programme_pdf is exactly these two steps (programme_pdf.cpp); timed
                // apart to tell the layout (pango shaping, page breaking) from cairo's drawing.
                const summitry::ProgrammeRequest request;
                int pages = 0;
                for (int r = 0; r < repeat; ++r) {
                    const double c0 = cpu_seconds();
                    const auto t1 = Clock::now();
                    const summitry::render::Document doc =
                        summitry::render::build_programme(event, request);
                    phases.add("layout", seconds_since(t1));
                    const auto t2 = Clock::now();
                    std::ostringstream out;
                    summitry::render::write_pdf(doc, out);
                    phases.add("pdf", seconds_since(t2));
                    const double total = seconds_since(t1);
                    phases.add("total", total);
                    cpu.push_back(cpu_seconds() - c0);
                    if (r == 0) first_s = total;
                    pages = doc.page_count();
                    out_bytes = out.view().size();
                }
                extra = ",\"pages\":" + std::to_string(pages);
            } else {
                const summitry::Date day = first_grid_day(event);
                const summitry::GridRequest request;
                std::size_t png_bytes = 0;
                for (int r = 0; r < repeat; ++r) {
                    const double c0 = cpu_seconds();
                    const auto t1 = Clock::now();
                    std::ostringstream pdf;
                    summitry::render_day_grid(event, day, request, pdf, summitry::ImageFormat::pdf);
                    phases.add("pdf", seconds_since(t1));
                    const auto t2 = Clock::now();
                    std::ostringstream png;
                    summitry::render_day_grid(event, day, request, png, summitry::ImageFormat::png);
                    phases.add("png", seconds_since(t2));
                    const double total = seconds_since(t1);
                    phases.add("total", total);
                    cpu.push_back(cpu_seconds() - c0);
                    if (r == 0) first_s = total;
                    out_bytes = pdf.view().size();
                    png_bytes = png.view().size();
                }
                extra = ",\"day\":" + json_string(date::format("%F", day)) +
                        ",\"png_bytes\":" + std::to_string(png_bytes);
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "summitry_bench_formats: %s\n", e.what());
        return 1;
    }

    std::string out =
        "{\"mode\":" + json_string(mode) + ",\"file\":" + json_string(file) + extra +
        ",\"sessions\":" + std::to_string(sessions) + ",\"rooms\":" + std::to_string(rooms) +
        ",\"repeat\":" + std::to_string(repeat) + phases.json() + ",\"first_s\":" + fixed(first_s) +
        ",\"cpu_median_s\":" + fixed(stats(cpu).median);
    if (mode != "ics") out += ",\"import_s\":" + fixed(import_s);
    out += ",\"import_diagnostics\":" + std::to_string(import_diags);
    if (mode == "ics") out += ",\"conflicts\":" + std::to_string(conflicts);
    out += ",\"out_bytes\":" + std::to_string(out_bytes) + ",\"peak_mb\":" + fixed(peak_mb(), 1) +
           "}\n";
    std::fputs(out.c_str(), stdout);
    return 0;
}
