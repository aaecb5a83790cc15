// SPDX-License-Identifier: MIT
// track-overlap: two sessions of one track overlap, so its audience must choose. Once per
// pair, at the later session.
#include "check/rules_list.h"

namespace summitry {

namespace {

class TrackOverlap final : public Rule {
public:
    std::string_view id() const override { return "track-overlap"; }
    std::string_view description() const override { return "two sessions of one track overlap"; }
    void run(const CheckContext& ctx, Diagnostics& out) const override {
        const auto& tracks = ctx.event().tracks;
        const auto& lists = ctx.by_track();
        for (std::size_t t = 0; t < lists.size(); ++t) {
            const Track& track = tracks[t];
            ctx.for_each_overlap(lists[t], [&](Index ai, Index bi) {
                const Session& a = ctx.session(ai);
                const Session& b = ctx.session(bi);
                Diagnostic& d = out.warning(
                    std::string(id()), b.loc,
                    "track " + quote(track.id) + " runs " + quote(a.id) + " (" + ctx.span(a) +
                        ") and " + quote(b.id) + " (" + ctx.span(b) + ") at the same time",
                    "its audience must choose; move one of them, or give it another track");
                d.sessions = sorted_ids(a, b);
            });
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_track_overlap() {
    return std::make_unique<TrackOverlap>();
}

}  // namespace summitry
