// SPDX-License-Identifier: MIT
#pragma once
// The printed programme (or, for the team, the run-sheet) and the speakers' list as PDF, drawn
// with cairo and pango. build_programme() lays the pages out once; the planner's print preview
// draws the same pages through Document::draw_page on its printer's cairo context.

#include <ostream>

#include "model/event.h"
#include "render/document.h"
#include "views/programme.h"

namespace summitry {

// Attendees: cover, agenda day by day, a grid per day, speakers' index with page numbers,
// organizations and partners, venues and travel times. Private sessions and contact details
// are never printed for them. Audience::staff: the run-sheet (private sessions, contacts,
// set-up, hosts, open conflicts).
void write_programme_pdf(const Event& event, const ProgrammeRequest& request, std::ostream& out);

// The speakers' list pages alone, with each person's sessions and times.
void write_speakers_pdf(const Event& event, const ProgrammeRequest& request, std::ostream& out);

namespace render {

PageSize paper_size(Paper paper);  // portrait, in points
Document build_programme(const Event& event, const ProgrammeRequest& request);
Document build_speakers_list(const Event& event, const ProgrammeRequest& request);

}  // namespace render
}  // namespace summitry
