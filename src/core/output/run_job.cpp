// SPDX-License-Identifier: MIT
// The dispatcher: every output, for the planner's Export and summitry-cli-all's commands.
#include <algorithm>

#include "formats/formats.h"
#include "output/jobs.h"

namespace summitry {

namespace {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

}  // namespace

JobResult run_job(const Event& event, const OutputJob& job, std::ostream& out,
                  const JobProgress& progress) {
    if (progress && !progress(0)) return {false, {}};
    return std::visit(
        Overloaded{
            [&](const AgendaJob& j) { return run_agenda(event, j, out); },
            [&](const SpeakersJob& j) { return run_speakers(event, j, out, progress); },
            [&](const ProgrammeJob& j) { return run_programme(event, j, out, progress); },
            [&](const DayGridJob& j) { return run_day_grid(event, j, out); },
            [&](const ExportJob& j) { return run_export(event, j, out); },
        },
        job);
}

std::string_view output_extension(const OutputJob& job) {
    return std::visit(Overloaded{
                          [](const AgendaJob& j) -> std::string_view {
                              switch (j.format) {
                                  case AgendaFormat::markdown: return ".md";
                                  case AgendaFormat::csv: return ".csv";
                                  case AgendaFormat::json: return ".json";
                                  case AgendaFormat::text: break;
                              }
                              return ".txt";
                          },
                          [](const SpeakersJob& j) -> std::string_view {
                              switch (j.format) {
                                  case SpeakersJob::Format::csv: return ".csv";
                                  case SpeakersJob::Format::json: return ".json";
                                  case SpeakersJob::Format::html: return ".html";
                                  case SpeakersJob::Format::pdf: return ".pdf";
                                  case SpeakersJob::Format::text: break;
                              }
                              return ".txt";
                          },
                          [](const ProgrammeJob& j) -> std::string_view {
                              return j.format == ProgrammeJob::Format::html ? ".html" : ".pdf";
                          },
                          [](const DayGridJob& j) -> std::string_view {
                              return j.format == ImageFormat::svg   ? ".svg"
                                     : j.format == ImageFormat::pdf ? ".pdf"
                                                                    : ".png";
                          },
                          [](const ExportJob& j) -> std::string_view {
                              const ExportFormat* f = find_export_format(j.format);
                              return f != nullptr ? f->extension : std::string_view();
                          },
                      },
                      job);
}

bool same_output(const OutputJob& a, const OutputJob& b) {
    if (a.index() != b.index()) return false;
    return std::visit(
        [&](const auto& x) {
            using Job = std::decay_t<decltype(x)>;
            return x.format == std::get<Job>(b).format;
        },
        a);
}

}  // namespace summitry
