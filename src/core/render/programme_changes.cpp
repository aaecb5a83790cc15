// SPDX-License-Identifier: MIT
// The programme's page of changes (`program --changes-since NAME`): what moved, was retitled,
// cancelled, added or removed since the release, so a reader of the new edition sees it first.
#include <cairo.h>

#include "render/programme_parts.h"
#include "render/words.h"

namespace summitry::render {

void add_changes(Composer& c, const ProgrammeContext& pc) {
    const ProgrammeChanges& changes = *pc.request.changes;
    const double w = pc.page.body().w;
    const std::string heading = word("changes_since", pc.lang) + " " + changes.since;
    std::vector<FlowEntry> entries;
    add_heading(entries, c, heading, w);
    if (changes.changes.empty())
        add_lines(
            entries,
            std::make_shared<TextBlock>(c.ts(), word("no_changes", pc.lang), TextStyle{9.5}, w), 0,
            0, true, false);
    constexpr Color blue{0.12, 0.37, 0.66};
    constexpr Color red{0.70, 0.10, 0.10};
    for (const ProgrammeChange& ch : changes.changes) {
        const bool gone = ch.kind == "cancelled" || ch.kind == "removed";
        Rich r{{word("change_" + ch.kind, pc.lang) + "  ", true, false, gone ? red : blue, 0.9},
               {ch.title, true}};
        if (!ch.before.empty()) r.push_back({"  " + ch.before, false, false, grey});
        if (!ch.after.empty()) r.push_back({" → " + ch.after});
        add_lines(entries, std::make_shared<TextBlock>(c.ts(), r, TextStyle{9.2}, w), 0, 5, true,
                  false);
    }
    c.flow(pc.page, entries, 1, heading);
}

}  // namespace summitry::render
