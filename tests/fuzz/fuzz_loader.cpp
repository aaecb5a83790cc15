// SPDX-License-Identifier: MIT
// libFuzzer target: the event loader, then everything that reads what it loaded.
// Whatever the bytes, loading must end with diagnostics, never a crash, a hang or a leak.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>

#include "check/rule.h"
#include "diag/format.h"
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
    write_diagnostics_text(sink, r.diagnostics, r.event.files);
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
        for (auto f : {AgendaFormat::text, AgendaFormat::markdown, AgendaFormat::csv, AgendaFormat::json})
            write_agenda(sink, agenda, f);
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
