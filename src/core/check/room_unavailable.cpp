// SPDX-License-Identifier: MIT
// room-unavailable: a session overlaps one of its room's `unavailable` ranges, or does not lie
// within its venue's `open` windows (within their union: back-to-back windows join). Once per
// session, naming every reason.
#include <algorithm>

#include "check/rules_list.h"

namespace summitry {

namespace {

// A venue's opening windows merged into disjoint, sorted spans. Empty: no windows, always open.
std::vector<std::pair<Instant, Instant>> merged(const std::vector<TimeRange>& open) {
    std::vector<std::pair<Instant, Instant>> spans;
    spans.reserve(open.size());
    for (const TimeRange& r : open) spans.emplace_back(r.from, r.to);
    std::sort(spans.begin(), spans.end());
    std::size_t n = 0;
    for (const auto& s : spans) {
        if (n > 0 && s.first <= spans[n - 1].second)
            spans[n - 1].second = std::max(spans[n - 1].second, s.second);
        else
            spans[n++] = s;
    }
    spans.resize(n);
    return spans;
}

class RoomUnavailable final : public Rule {
public:
    std::string_view id() const override { return "room-unavailable"; }
    std::string_view description() const override {
        return "a session is in a room when it is unavailable, or its venue is closed";
    }
    void run(const CheckContext& ctx, Diagnostics& out) const override {
        const Event& ev = ctx.event();
        std::vector<std::vector<std::pair<Instant, Instant>>> open(ev.venues.size());
        for (std::size_t v = 0; v < ev.venues.size(); ++v) open[v] = merged(ev.venues[v].open);
        const std::vector<std::pair<Instant, Instant>> always_open;
        const auto& lists = ctx.by_room();
        for (std::size_t ri = 0; ri < lists.size(); ++ri) {
            const Room& room = ev.rooms[ri];
            const auto& windows =
                room.venue >= 0 ? open[static_cast<std::size_t>(room.venue)] : always_open;
            if (lists[ri].empty() || (room.unavailable.empty() && windows.empty())) continue;
            const RangeIndex closed(room.unavailable);
            for (Index si : lists[ri]) {
                const Session& s = ctx.session(si);
                std::vector<std::string> reasons;
                if (const TimeRange* r = closed.overlapping(*s.start, s.end()))
                    reasons.push_back(quote(room.ref) + " is unavailable " + ctx.clock(s, r->from) +
                                      "\u2013" + ctx.clock(s, r->to));
                if (!windows.empty()) {
                    std::string why = outside(ctx, s, windows, room);
                    if (!why.empty()) reasons.push_back(std::move(why));
                }
                if (reasons.empty()) continue;
                std::string message =
                    quote(s.id) + " (" + ctx.span(s) + ") is in " + quote(room.ref) + ", but ";
                for (std::size_t k = 0; k < reasons.size(); ++k)
                    message += (k == 0 ? "" : ", and ") + reasons[k];
                Diagnostic& d = out.warning(std::string(id()), s.loc, std::move(message),
                                            "move it to another time or room, or change the room's "
                                            "'unavailable' or the venue's 'open'");
                d.sessions = {s.id};
                d.rooms = {room.ref};
            }
        }
    }

private:
    // Why `s` is not within the opening windows, or "" when it is.
    static std::string outside(const CheckContext& ctx, const Session& s,
                               const std::vector<std::pair<Instant, Instant>>& windows,
                               const Room& room) {
        const Instant from = *s.start, to = s.end();
        const std::string venue =
            quote(ctx.event().venues[static_cast<std::size_t>(room.venue)].id);
        // The last window starting at or before the session's start is the only one that can
        // hold it whole, the windows being disjoint.
        auto next = std::upper_bound(windows.begin(), windows.end(), from,
                                     [](Instant t, const auto& w) { return t < w.first; });
        if (next != windows.begin()) {
            const auto& w = *std::prev(next);
            if (to <= w.second) return {};
            if (from < w.second) return venue + " closes at " + ctx.clock(s, w.second);
        }
        if (next != windows.end() && next->first < to)
            return venue + " opens only at " + ctx.clock(s, next->first);
        return venue + " is not open then";
    }
};

}  // namespace

std::unique_ptr<Rule> make_room_unavailable() {
    return std::make_unique<RoomUnavailable>();
}

}  // namespace summitry
