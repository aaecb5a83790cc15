// SPDX-License-Identifier: MIT
#include "render/flow.h"

namespace summitry::render {

std::vector<Placement> paginate(const std::vector<FlowItem>& items, double frame_height) {
    std::vector<Placement> out(items.size());
    int frame = 0;
    double y = 0;
    std::size_t first_in_frame = 0;  // the first item placed in the current frame
    // Rounding in the callers' sums must not push a line that fits exactly to the next page.
    constexpr double epsilon = 1e-6;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const FlowItem& it = items[i];
        double gap = (i == first_in_frame) ? 0 : it.space_before;
        if (i > first_in_frame && y + gap + it.height > frame_height + epsilon) {
            // Walk back over the items glued to this one on this frame.
            std::size_t group = i;
            while (group > first_in_frame && items[group - 1].keep_with_next) --group;
            if (group == first_in_frame) group = i;  // the group fills the frame: break here
            ++frame;
            first_in_frame = group;
            y = 0;
            for (std::size_t k = group; k < i; ++k) {
                y += (k == group) ? 0 : items[k].space_before;
                out[k] = {frame, y};
                y += items[k].height;
            }
            gap = (i == first_in_frame) ? 0 : it.space_before;
            if (i > first_in_frame && y + gap + it.height > frame_height + epsilon) {
                // The moved group and this item still do not fit together: break inside.
                ++frame;
                first_in_frame = i;
                y = 0;
                gap = 0;
            }
        }
        out[i] = {frame, y + gap};
        y += gap + it.height;
    }
    return out;
}

}  // namespace summitry::render
