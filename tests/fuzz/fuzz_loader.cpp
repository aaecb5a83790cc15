// SPDX-License-Identifier: MIT
// libFuzzer target: the event loader, then everything that reads what it loaded.
// Whatever the bytes, loading must end with diagnostics, never a crash, a hang or a leak.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "check/rule.h"
#include "diag/format.h"
#include "fuzz_output.h"
#include "io/event_loader.h"
#include "io/event_writer.h"
#include "views/agenda.h"
#include "views/agenda_format.h"
#include "views/speakers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace summitry;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    LoadResult r = load_event_text(text, "fuzz.yaml");
    std::ostringstream sink;
    {
        std::ostringstream lines;
        write_diagnostics_text(lines, r.diagnostics, r.event.files);
        const std::string out = lines.str();
        fuzz::require_no_control(out, "\t\n");
        if (static_cast<std::size_t>(std::count(out.begin(), out.end(), '\n')) !=
            r.diagnostics.items().size())
            std::abort();
    }
    DiagnosticSet set{&r.diagnostics, &r.event.files};
    write_diagnostics_json(sink, {&set, 1});
    if (r.diagnostics.has_errors()) return 0;
    const Diagnostics conflicts = check_conflicts(r.event);
    write_diagnostics_json(sink, {&set, 1});
    for (const char* lang : {"", "fr"}) {
        AgendaQuery q;
        q.lang = lang;
        q.include_private = true;
        const Agenda agenda = build_agenda(r.event, q);
        for (auto f :
             {AgendaFormat::text, AgendaFormat::markdown, AgendaFormat::csv, AgendaFormat::json}) {
            std::ostringstream out;
            write_agenda(out, agenda, f);
            fuzz::require_no_control(out.str(), f == AgendaFormat::csv ? "\t\r\n" : "\t\n");
        }
        write_speakers(sink, build_speakers(r.event, {lang, true}), SpeakersFormat::json);
    }
    (void)conflicts;

    // What loads cleanly must write out and load back cleanly, and write the same again.
    std::ostringstream first;
    write_event_yaml(first, r.event);
    const LoadResult again = load_event_text(first.str(), "written.yaml");
    if (again.diagnostics.has_errors()) std::abort();
    std::ostringstream second;
    write_event_yaml(second, again.event);
    if (second.str() != first.str()) std::abort();
    return 0;
}
