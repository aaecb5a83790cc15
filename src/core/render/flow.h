// SPDX-License-Identifier: MIT
#pragma once
// Page breaking. A section is a list of items (one line of text, a rule, a small table row) of
// known height; items glued with `keep_with_next` break together, so a heading never ends a
// page without its first entry and a short entry is never split. Pure arithmetic: tested alone.

#include <vector>

namespace summitry::render {

struct FlowItem {
    double height = 0;
    double space_before = 0;      // dropped at the top of a frame
    bool keep_with_next = false;  // never the last item of a frame, unless its group fills one
};

struct Placement {
    int frame = 0;  // frames are filled in order: pages, or the columns of pages
    double y = 0;   // from the top of the frame
};

// Places every item in frames of `frame_height`. A group of glued items that does not fit the
// rest of a frame moves whole to the next one; a group taller than a frame breaks where it must.
// An item taller than a frame gets a frame of its own (callers split paragraphs into lines).
std::vector<Placement> paginate(const std::vector<FlowItem>& items, double frame_height);

}  // namespace summitry::render
