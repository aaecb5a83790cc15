// SPDX-License-Identifier: MIT
#include "autosave.h"

#include <cstdlib>
#include <exception>

#include "planner.h"

namespace summitry::gui {

Autosaver::Autosaver(Planner& planner, int interval_ms)
    : planner_(planner), interval_ms_(interval_ms > 0 ? interval_ms : 30000), timer_(this) {
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        const std::string error = write_now();
        if (!error.empty() && report_) report_(error);
    });
    planner_.subscribe([this](ChangeKind kind) {
        if (kind == ChangeKind::document) document_changed();
    });
}

Autosaver::~Autosaver() {
    timer_.Stop();
}

int Autosaver::interval_from_environment() {
    if (const char* text = std::getenv("SUMMITRY_AUTOSAVE_MS")) {
        const long ms = std::strtol(text, nullptr, 10);
        if (ms > 0 && ms < 24L * 3600 * 1000) return static_cast<int>(ms);
    }
    return 30000;
}

void Autosaver::document_changed() {
    if (!planner_.has_document()) return;
    const std::uint64_t now = planner_.document().revision_id();
    if (generation_ != planner_.generation()) {
        // Another document: what it is now is what is on disk (or its recovered autosave).
        generation_ = planner_.generation();
        written_ = now;
        timer_.Stop();
        return;
    }
    if (!planner_.document().modified()) {
        // Back to the saved text (saved, or undone back to it): an autosave now would only offer
        // to "recover" what the file already holds.
        timer_.Stop();
        planner_.document().discard_own_autosave();  // no load of the event to find its files
        written_ = now;
        return;
    }
    if (now != written_ && !timer_.IsRunning()) timer_.StartOnce(interval_ms_);
}

void Autosaver::forget() {
    timer_.Stop();
    if (planner_.has_document() && !planner_.document().modified())
        planner_.document().discard_own_autosave();
}

std::string Autosaver::write_now() {
    if (!planner_.has_document()) return {};
    try {
        planner_.document().write_autosave();
    } catch (const std::exception& e) {
        return std::string("autosave failed: ") + e.what();
    }
    written_ = planner_.document().revision_id();
    return {};
}

}  // namespace summitry::gui
