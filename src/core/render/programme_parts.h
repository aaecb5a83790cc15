// SPDX-License-Identifier: MIT
#pragma once
// The sections of the programme, each composed into the document in turn. Internal to render/.

#include <string>
#include <unordered_map>
#include <vector>

#include "model/event.h"
#include "render/composer.h"
#include "views/programme.h"

namespace summitry::render {

// The programme's colours: headings and links, accents, warnings.
constexpr Color navy{0.09, 0.15, 0.27};
constexpr Color accent{0.72, 0.55, 0.20};
constexpr Color alert{0.70, 0.10, 0.10};

struct ProgrammeContext {
    const Event& event;
    const ProgrammeRequest& request;
    std::string lang;  // resolved: never empty
    bool staff = false;
    PageFrame page, wide;                         // portrait body pages, landscape grid pages
    std::unordered_map<Index, int> session_page;  // where each session's agenda entry landed
};

void add_cover(Composer& c, const ProgrammeContext& pc);
void add_agenda(Composer& c, ProgrammeContext& pc);
void add_grids(Composer& c, const ProgrammeContext& pc);
// with_pages: session references are page numbers (the programme), else times (the list).
void add_people_index(Composer& c, const ProgrammeContext& pc, bool with_pages);
void add_organizations(Composer& c, const ProgrammeContext& pc);
void add_venues(Composer& c, const ProgrammeContext& pc);
void add_conflicts(Composer& c, const ProgrammeContext& pc);
// --changes-since: the sessions changed since the release, one line each.
void add_changes(Composer& c, const ProgrammeContext& pc);

// A section's heading: large, with a rule; glued to what follows.
void add_heading(std::vector<FlowEntry>& out, const Composer& c, const std::string& text,
                 double width, double space_before = 0);

}  // namespace summitry::render
