// SPDX-License-Identifier: MIT
// room-unavailable: a session overlaps one of its room's `unavailable` ranges, or does not lie
// within its venue's `open` windows (within their union: back-to-back windows join). Once per
// session, naming every reason.
#include <algorithm>

#include "check/rules_list.h"

namespace summitry {

namespace {

// The texts of the rule's messages, translated once per run.
struct Texts {
    // TRANSLATORS: room-unavailable. {0} is a session (an id of the event file), {1} its time
    // (19:00–19:30), {2} its room; {3} says why the room cannot be used then: one of the
    // reasons below ("'salon' is unavailable 12:00–14:00", "'embassy' closes at 18:00"...),
    // or two of them joined.
    std::string message = tr("'{0}' ({1}) is in '{2}', but {3}");
    // TRANSLATORS: room-unavailable: two reasons, each one of those below, in one sentence.
    std::string both = tr("{0}, and {1}");
    // TRANSLATORS: room-unavailable, a reason (see "... is in '{2}', but {3}"). {0} is a room,
    // {1}–{2} the time it is unavailable (12:00, or 2025-02-11 09:00 on another day).
    std::string unavailable = tr("'{0}' is unavailable {1}\u2013{2}");
    // TRANSLATORS: room-unavailable, a reason (see "... is in '{2}', but {3}"). {0} is a
    // venue, {1} the time it closes.
    std::string closes = tr("'{0}' closes at {1}");
    // TRANSLATORS: room-unavailable, a reason (see "... is in '{2}', but {3}"). {0} is a
    // venue, {1} the time it opens, after the session starts.
    std::string opens = tr("'{0}' opens only at {1}");
    // TRANSLATORS: room-unavailable, a reason (see "... is in '{2}', but {3}"). {0} is a venue.
    std::string closed = tr("'{0}' is not open then");
    // TRANSLATORS: room-unavailable. 'unavailable' and 'open' are keys of the event file: keep
    // them as they are.
    std::string hint =
        tr("move it to another time or room, or change the room's 'unavailable' or "
           "the venue's 'open'");
};

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
        const Texts texts;
        const auto& lists = ctx.by_room();
        for (std::size_t ri = 0; ri < lists.size(); ++ri) {
            const Room& room = ev.rooms[ri];
            const auto& windows =
                room.venue >= 0 ? open[static_cast<std::size_t>(room.venue)] : always_open;
            if (lists[ri].empty() || (room.unavailable.empty() && windows.empty())) continue;
            const RangeIndex closed(room.unavailable);
            for (Index si : lists[ri]) {
                const Session& s = ctx.session(si);
                // At most two reasons: the room's own, and the venue's.
                std::string reason;
                if (const TimeRange* r = closed.overlapping(*s.start, s.end()))
                    reason = format_message(texts.unavailable, room.ref, ctx.clock(s, r->from),
                                            ctx.clock(s, r->to));
                if (!windows.empty()) {
                    std::string why = outside(ctx, s, windows, room, texts);
                    if (!why.empty())
                        reason = reason.empty() ? std::move(why)
                                                : format_message(texts.both, reason, why);
                }
                if (reason.empty()) continue;
                Diagnostic& d = out.warning(
                    std::string(id()), s.loc,
                    format_message(texts.message, s.id, ctx.span(s), room.ref, reason), texts.hint);
                d.sessions = {s.id};
                d.rooms = {room.ref};
            }
        }
    }

private:
    // Why `s` is not within the opening windows, or "" when it is.
    static std::string outside(const CheckContext& ctx, const Session& s,
                               const std::vector<std::pair<Instant, Instant>>& windows,
                               const Room& room, const Texts& texts) {
        const Instant from = *s.start, to = s.end();
        const std::string& venue = ctx.event().venues[static_cast<std::size_t>(room.venue)].id;
        // The last window starting at or before the session's start is the only one that can
        // hold it whole, the windows being disjoint.
        auto next = std::upper_bound(windows.begin(), windows.end(), from,
                                     [](Instant t, const auto& w) { return t < w.first; });
        if (next != windows.begin()) {
            const auto& w = *std::prev(next);
            if (to <= w.second) return {};
            if (from < w.second) return format_message(texts.closes, venue, ctx.clock(s, w.second));
        }
        if (next != windows.end() && next->first < to)
            return format_message(texts.opens, venue, ctx.clock(s, next->first));
        return format_message(texts.closed, venue);
    }
};

}  // namespace

std::unique_ptr<Rule> make_room_unavailable() {
    return std::make_unique<RoomUnavailable>();
}

}  // namespace summitry
