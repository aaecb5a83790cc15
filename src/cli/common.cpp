// SPDX-License-Identifier: MIT
#include "common.h"

#include <stdio_ext.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
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
            throw Failure{Exit::has_errors,
                          path + ": " + std::to_string(errors.errors()) +
                              " error(s); fix them, or use --force to print anyway"};
        }
    }
    return r;
}

std::vector<std::filesystem::path> inputs_of(const Event& event) {
    std::vector<std::filesystem::path> out;
    for (std::uint32_t f = 0; f < event.files.size(); ++f) out.emplace_back(event.files.path(f));
    return out;
}

void write_output(const std::string& output, const std::vector<std::filesystem::path>& inputs,
                  const std::function<void(std::ostream&)>& produce) {
    if (output.empty() || output == "-") {
        // `export ics ev.yaml >> ev.yaml`: the shell opened the event file for us to write into.
        if (descriptor_is_input(STDOUT_FILENO, inputs))
            throw Failure{Exit::usage,
                          "refusing to write standard output: it is a file this command "
                          "reads (the event file or one of its includes)"};
        produce(std::cout);
        std::cout.flush();
        if (!std::cout) {
            const int error = errno;
            throw Failure{Exit::usage,
                          "cannot write standard output" +
                              (error != 0 ? ": " + std::string(std::strerror(error)) : "")};
        }
        return;
    }
    std::ostringstream buf;
    produce(buf);
    try {
        write_file(output, buf.str(), {inputs, {}});
    } catch (const WriteError& e) {
        throw Failure{Exit::usage, e.what()};
    }
}

int finish_standard_output(int code) {
    // A command that failed said why already. As gnulib's close_stdout: what is still buffered is
    // written now, and an error of any earlier write is remembered by the stream. A standard output
    // closed by the caller
    // (`cmd >&-`) with nothing written to it is no error.
    errno = 0;
    std::cout.flush();
    const bool stream_failed = !std::cout;
    int error = errno;  // of the flush that failed (glibc drops what it could not write)
    const bool pending = __fpending(stdout) != 0;
    const bool had_error = std::ferror(stdout) != 0;
    errno = 0;
    const bool close_failed = std::fclose(stdout) != 0;
    if (close_failed || error == 0) error = errno;
    if (code == Exit::ok &&
        (stream_failed || had_error || (close_failed && (pending || error != EBADF)))) {
        std::cerr << "summitry-cli: cannot write standard output"
                  << (error != 0 ? ": " + std::string(std::strerror(error)) : std::string())
                  << '\n';
        return Exit::usage;
    }
    return code;
}

FileLock lock_for_edit(const std::string& path) {
    try {
        return FileLock(path);
    } catch (const WriteError& e) {
        throw Failure{Exit::usage, e.what()};
    }
}

void save_edited(EventDocument& doc) {
    try {
        const EventDocument::SaveResult saved = doc.save();
        for (const std::string& f : saved.merged)
            std::cerr << "note: " << f
                      << " changed on disk since it was read; the edit was made on "
                      << "its new text, keeping that change\n";
    } catch (const ChangedOnDisk& e) {
        throw Failure{Exit::has_errors, e.what()};
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
        } catch (const WriteError& e) {  // its lock held too long by another program
            throw Failure{Exit::usage, e.what()};
        }
    }();
    if (doc.diagnostics().has_errors()) {
        write_diagnostics_text(std::cerr, doc.diagnostics(), doc.event().files);
        throw Failure{Exit::has_errors,
                      "the file has errors: fix them before " + std::string(doing)};
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
