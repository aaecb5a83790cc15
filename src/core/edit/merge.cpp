// SPDX-License-Identifier: MIT
#include "edit/merge.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace summitry::edit {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        lines.push_back(text.substr(start, next - start));
        start = next;
    }
    return lines;
}

namespace {

using Pos = std::ptrdiff_t;

struct OverBudget {};

// Myers, "An O(ND) Difference Algorithm and Its Variations" (1986), section 4b: the middle snake
// of a box splits it in two smaller problems, so memory stays linear in the lines. Lines are
// compared as numbers (equal lines, equal numbers). Marks the lines of `a` deleted and the lines
// of `b` inserted.
class Differ {
public:
    Differ(const std::vector<int>& a, const std::vector<int>& b, std::size_t budget)
        : deleted(a.size(), 0), inserted(b.size(), 0), a_(a), b_(b), budget_(budget) {}

    bool run() {
        try {
            compare(0, 0, static_cast<Pos>(a_.size()), static_cast<Pos>(b_.size()));
        } catch (const OverBudget&) {
            return false;
        }
        return true;
    }

    std::vector<char> deleted, inserted;

private:
    // A path from (x0, y0) to (x1, y1): one step (a deletion or an insertion) then equal lines
    // when `step_first`, equal lines then one step otherwise; no step at all where the box holds
    // only equal lines.
    struct Snake {
        Pos x0, y0, x1, y1;
        bool step_first;
    };

    void spend() {
        if (++spent_ > budget_) throw OverBudget{};
    }

    void compare(Pos left, Pos top, Pos right, Pos bottom) {
        while (left < right && top < bottom && a_[left] == b_[top]) ++left, ++top;
        while (left < right && top < bottom && a_[right - 1] == b_[bottom - 1]) --right, --bottom;
        if (left == right) {
            for (Pos y = top; y < bottom; ++y) inserted[static_cast<std::size_t>(y)] = 1;
            return;
        }
        if (top == bottom) {
            for (Pos x = left; x < right; ++x) deleted[static_cast<std::size_t>(x)] = 1;
            return;
        }
        const Snake s = middle_snake(left, top, right, bottom);
        compare(left, top, s.x0, s.y0);
        const Pos dx = s.x1 - s.x0, dy = s.y1 - s.y0;
        if (dx > dy) deleted[static_cast<std::size_t>(s.step_first ? s.x0 : s.x1 - 1)] = 1;
        if (dy > dx) inserted[static_cast<std::size_t>(s.step_first ? s.y0 : s.y1 - 1)] = 1;
        compare(s.x1, s.y1, right, bottom);
    }

    // The furthest-reaching paths from both corners, one difference more at each round, until
    // they meet; the snake where they meet is on a shortest path.
    Snake middle_snake(Pos left, Pos top, Pos right, Pos bottom) {
        const Pos width = right - left, height = bottom - top;
        const Pos delta = width - height;
        const Pos max = (width + height + 1) / 2;
        const Pos offset = max + 1;
        forward_.assign(static_cast<std::size_t>(2 * max + 3), 0);
        backward_.assign(static_cast<std::size_t>(2 * max + 3), 0);
        auto vf = [&](Pos k) -> Pos& { return forward_[static_cast<std::size_t>(k + offset)]; };
        auto vb = [&](Pos c) -> Pos& { return backward_[static_cast<std::size_t>(c + offset)]; };
        vf(1) = left;
        vb(1) = bottom;
        for (Pos d = 0; d <= max; ++d) {
            for (Pos k = d; k >= -d; k -= 2) {  // forward, along diagonals k = x - y
                spend();
                Pos x, px;
                if (k == -d || (k != d && vf(k - 1) < vf(k + 1))) {
                    px = x = vf(k + 1);
                } else {
                    px = vf(k - 1);
                    x = px + 1;
                }
                Pos y = top + (x - left) - k;
                const Pos py = (d == 0 || x != px) ? y : y - 1;
                while (x < right && y < bottom && a_[x] == b_[y]) ++x, ++y, spend();
                vf(k) = x;
                const Pos c = k - delta;
                if ((delta & 1) && c >= -(d - 1) && c <= d - 1 && y >= vb(c))
                    return {px, py, x, y, true};
            }
            for (Pos c = d; c >= -d; c -= 2) {  // backward, along diagonals c = k - delta
                spend();
                Pos y, py;
                if (c == -d || (c != d && vb(c - 1) > vb(c + 1))) {
                    py = y = vb(c + 1);
                } else {
                    py = vb(c - 1);
                    y = py - 1;
                }
                const Pos k = c + delta;
                Pos x = left + (y - top) + k;
                const Pos px = (d == 0 || y != py) ? x : x + 1;
                while (x > left && y > top && a_[x - 1] == b_[y - 1]) --x, --y, spend();
                vb(c) = y;
                if (!(delta & 1) && k >= -d && k <= d && x <= vf(k)) return {x, y, px, py, false};
            }
        }
        throw OverBudget{};  // unreachable: the paths meet by d = max
    }

    const std::vector<int>& a_;
    const std::vector<int>& b_;
    std::size_t budget_;
    std::size_t spent_ = 0;
    std::vector<Pos> forward_, backward_;
};

}  // namespace

std::optional<std::vector<Hunk>> diff_lines(const std::vector<std::string_view>& base,
                                            const std::vector<std::string_view>& other,
                                            std::size_t budget) {
    std::unordered_map<std::string_view, int> numbers;
    auto number = [&](const std::vector<std::string_view>& lines) {
        std::vector<int> out;
        out.reserve(lines.size());
        for (std::string_view l : lines)
            out.push_back(numbers.emplace(l, static_cast<int>(numbers.size())).first->second);
        return out;
    };
    const std::vector<int> a = number(base), b = number(other);
    Differ differ(a, b, budget);
    if (!differ.run()) return std::nullopt;
    std::vector<Hunk> hunks;
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && !differ.deleted[i] && !differ.inserted[j]) {
            ++i, ++j;
            continue;
        }
        Hunk h{i, i, j, j};
        while (i < a.size() && differ.deleted[i]) ++i;
        while (j < b.size() && differ.inserted[j]) ++j;
        h.base_end = i;
        h.other_end = j;
        hunks.push_back(h);
    }
    return hunks;
}

std::optional<std::string> merge_lines(std::string_view base, std::string_view ours,
                                       std::string_view theirs) {
    const auto b = split_lines(base), o = split_lines(ours), t = split_lines(theirs);
    const auto ho = diff_lines(b, o), ht = diff_lines(b, t);
    if (!ho || !ht) return std::nullopt;
    auto same = [&](const Hunk& x, const Hunk& y) {
        if (x.base_begin != y.base_begin || x.base_end != y.base_end ||
            x.other_end - x.other_begin != y.other_end - y.other_begin)
            return false;
        for (std::size_t n = 0; n < x.other_end - x.other_begin; ++n)
            if (o[x.other_begin + n] != t[y.other_begin + n]) return false;
        return true;
    };
    std::string out;
    out.reserve(std::max(ours.size(), theirs.size()));
    std::size_t pos = 0, i = 0, j = 0;
    auto emit = [&](const Hunk& h, const std::vector<std::string_view>& lines) {
        for (; pos < h.base_begin; ++pos) out += b[pos];
        for (std::size_t n = h.other_begin; n < h.other_end; ++n) out += lines[n];
        pos = h.base_end;
    };
    while (i < ho->size() || j < ht->size()) {
        if (j == ht->size()) {
            emit((*ho)[i++], o);
            continue;
        }
        if (i == ho->size()) {
            emit((*ht)[j++], t);
            continue;
        }
        const Hunk& x = (*ho)[i];
        const Hunk& y = (*ht)[j];
        // Lines changed by both, or two changes starting at one place (whose order no one chose).
        const bool clash =
            x.base_begin == y.base_begin ||
            (x.base_begin < y.base_begin ? y.base_begin < x.base_end : x.base_begin < y.base_end);
        if (clash) {
            if (!same(x, y)) return std::nullopt;
            emit(x, o);
            ++i, ++j;
        } else if (x.base_begin < y.base_begin) {
            emit(x, o);
            ++i;
        } else {
            emit(y, t);
            ++j;
        }
    }
    for (; pos < b.size(); ++pos) out += b[pos];
    return out;
}

}  // namespace summitry::edit
