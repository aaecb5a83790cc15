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
        // TRANSLATORS: track-overlap. {0} is a track, {1} and {3} sessions (ids of the event
        // file), {2} and {4} their times, e.g. 19:00–19:30.
        const std::string message =
            tr("track '{0}' runs '{1}' ({2}) and '{3}' ({4}) at the same time");
        // TRANSLATORS: track-overlap, the hint shown after the message: what to do.
        const std::string hint =
            tr("its audience must choose; move one of them, or give it another track");
        for (std::size_t t = 0; t < lists.size(); ++t) {
            const Track& track = tracks[t];
            if (track.parallel) continue;  // runs in several rooms at once by design
            ctx.for_each_overlap(lists[t], [&](Index ai, Index bi) {
                const Session& a = ctx.session(ai);
                const Session& b = ctx.session(bi);
                Diagnostic& d = out.warning(
                    std::string(id()), b.loc,
                    format_message(message, track.id, a.id, ctx.span(a), b.id, ctx.span(b)), hint);
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
