// SPDX-License-Identifier: MIT
#include "common.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "diag/format.h"
#include "io/atomic_file.h"

namespace summitry::cli {

LoadResult load_for_output(const std::string& path, bool force, bool confine) {
    LoadResult r;
    try {
        LoadOptions options;
        options.confine_includes = confine;
        r = load_event(path, options);
    } catch (const FileError& e) {
        throw Failure{Exit::usage, e.what()};
    }
    if (r.diagnostics.has_errors()) {
        Diagnostics errors;
        for (const auto& d : r.diagnostics.items())
            if (d.severity == Severity::error) errors.items().push_back(d);
        write_diagnostics_text(std::cerr, errors, r.event.files);
        if (!force) {
            throw Failure{Exit::has_errors, path + ": " + std::to_string(errors.errors()) +
                                                " error(s); fix them, or use --force to print anyway"};
        }
    }
    return r;
}

void write_output(const std::string& output, const std::function<void(std::ostream&)>& produce) {
    if (output.empty() || output == "-") {
        produce(std::cout);
        std::cout.flush();
        return;
    }
    std::ostringstream buf;
    produce(buf);
    try {
        write_file_atomically(output, buf.str());
    } catch (const WriteError& e) {
        throw Failure{Exit::usage, e.what()};
    }
}

void add_confine_flag(CLI::App& cmd, bool& confine) {
    cmd.add_flag("--confine", confine,
                 "Refuse included files outside the event file's folder (symbolic links "
                 "followed): for files from people you do not trust");
}

EventDocument open_for_edit(const std::string& path, std::string_view doing, bool confine) {
    EventDocument doc = [&] {
        try {
            return EventDocument::open(path, confine);
        } catch (const FileError& e) {
            throw Failure{Exit::usage, e.what()};
        }
    }();
    if (doc.diagnostics().has_errors()) {
        write_diagnostics_text(std::cerr, doc.diagnostics(), doc.event().files);
        throw Failure{Exit::has_errors, "the file has errors: fix them before " + std::string(doing)};
    }
    return doc;
}

std::string checked_language(const Event& event, const std::string& lang) {
    if (lang.empty()) return {};
    const auto& langs = event.info.languages;
    if (std::find(langs.begin(), langs.end(), lang) == langs.end()) {
        std::cerr << "note: the event is written in " << langs.front();
        for (std::size_t i = 1; i < langs.size(); ++i) std::cerr << ", " << langs[i];
        std::cerr << "; texts missing in '" << lang << "' are printed in " << langs.front() << '\n';
    }
    return lang;
}

}  // namespace summitry::cli
