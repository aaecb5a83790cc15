// SPDX-License-Identifier: MIT
#pragma once
// The programme and the speaker list as HTML, from Mustache templates that organizers may copy
// and edit (templates/*.mustache; docs/templates.md lists the variables). Every value is
// HTML-escaped by the template engine; the templates carry a print stylesheet.

#include <filesystem>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>

#include "model/event.h"
#include "views/programme.h"
#include "views/speakers.h"

namespace summitry {

// A template that cannot be found, read or parsed: the message names the file and the reason.
class TemplateError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Where a stock template lives: $SUMMITRY_TEMPLATE_DIR if set, else the source tree's
// templates/ (a build run in place), else the installed share/summitry/templates. Throws
// TemplateError naming every place looked in when none has `name`.
std::filesystem::path find_template(const std::string& name);

// The programme: request.template_path, or the stock templates/programme.html.mustache.
// Attendees never see private sessions or contact details; Audience::staff adds them with the
// rooms' set-up. Throws TemplateError.
void write_programme_html(const Event& event, const ProgrammeRequest& request, std::ostream& out);

struct SpeakersHtmlRequest {
    std::string lang;              // empty: the event's first language
    bool include_private = false;  // people of private sessions, and contact details
    Paper paper = Paper::a4;
    std::filesystem::path template_path;  // empty: templates/speakers.html.mustache
    std::optional<Instant> now;           // "printed on"; set by tests for stable output
};

// The speaker list (build_speakers) as one HTML page. Throws TemplateError.
void write_speakers_html(const Event& event, const SpeakersHtmlRequest& request, std::ostream& out);

}  // namespace summitry
