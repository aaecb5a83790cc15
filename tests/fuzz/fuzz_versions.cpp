// SPDX-License-Identifier: MIT
// libFuzzer target: diff and three-way merge of versions of an event (versions/), what
// `summitry-cli diff` and `merge` do with a partner's file or a git merge driver's three sides.
// The input is up to three event texts, BASE, OURS and THEIRS, separated by lines "#%%".
// Whatever the bytes: no crash, no hang, no leak, and what must hold of any versions holds:
//   - a version differs from itself in nothing;
//   - the changes from BASE to OURS, made on BASE, give a version with no change left to OURS
//     (diff(A, B) applied to A gives B), when they can be made;
//   - a merge where THEIRS changed nothing leaves OURS' text byte for byte, with no conflict;
//   - any merge writes a text that loads (errors allowed: `merge-conflict` is one), and every
//     output format of a diff holds no control character;
//   - the merge from the texts (merge_texts), where it answers, is the whole merge's: the same
//     conflicts, the same changes made, the same text.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "edit/document.h"
#include "fuzz_output.h"
#include "io/event_loader.h"
#include "versions/diff.h"
#include "versions/merge.h"
#include "versions/merge_texts.h"

namespace {

using namespace summitry;

void require(bool ok) {
    if (!ok) std::abort();
}

// The three sides; a side not given is BASE again.
std::array<std::string, 3> sides(std::string_view text) {
    std::array<std::string, 3> out;
    std::size_t n = 0, from = 0;
    while (n < 2) {
        const auto at = text.find("\n#%%\n", from);
        if (at == std::string_view::npos) break;
        out[n++] = std::string(text.substr(from, at + 1 - from));
        from = at + 5;
    }
    out[n++] = std::string(text.substr(from));
    for (; n < 3; ++n) out[n] = out[0];
    return out;
}

bool same(const versions::MergeResult& a, const versions::MergeResult& b) {
    if (a.error != b.error || a.applied != b.applied || a.conflicts.size() != b.conflicts.size())
        return false;
    for (std::size_t i = 0; i < a.conflicts.size(); ++i) {
        const auto &x = a.conflicts[i], &y = b.conflicts[i];
        if (x.entity != y.entity || x.key != y.key || x.ours != y.ours || x.theirs != y.theirs)
            return false;
    }
    return true;
}

void write_all(const std::vector<versions::Difference>& changes) {
    using versions::DiffFormat;
    for (auto format :
         {DiffFormat::text, DiffFormat::markdown, DiffFormat::json, DiffFormat::html}) {
        std::ostringstream out;
        versions::write_differences(out, changes, {"base.yaml", "ours.yaml"}, format);
        fuzz::require_no_control(out.str(), "\t\n");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using versions::Audience;
    const auto [base_text, ours_text, theirs_text] =
        sides({reinterpret_cast<const char*>(data), size});
    const LoadResult base = load_event_text(base_text, "base.yaml");
    const LoadResult ours = load_event_text(ours_text, "ours.yaml");
    const LoadResult theirs = load_event_text(theirs_text, "theirs.yaml");
    // The commands refuse a side with errors, as these do.
    if (base.diagnostics.has_errors() || ours.diagnostics.has_errors() ||
        theirs.diagnostics.has_errors())
        return 0;

    for (auto audience : {Audience::staff, Audience::attendees}) {
        require(versions::diff_events(base.event, base.event, audience).empty());
        write_all(versions::diff_events(base.event, ours.event, audience, "fr"));
    }

    // diff(BASE, OURS) made on BASE gives OURS.
    {
        const auto changes = versions::diff_events(base.event, ours.event, Audience::staff);
        EventDocument doc = EventDocument::from_text(base_text, "base.yaml");
        if (versions::apply_differences(doc, changes).empty() && !doc.diagnostics().has_errors()) {
            const LoadResult made = load_event_text(doc.text(0), "made.yaml");
            require(!made.diagnostics.has_errors());
            require(versions::diff_events(made.event, ours.event, Audience::staff).empty());
        }
    }

    // THEIRS the same as BASE: OURS is the result, untouched.
    {
        EventDocument doc = EventDocument::from_text(ours_text, "ours.yaml");
        const versions::MergeResult r = versions::merge_events(base.event, doc, base.event);
        require(r.error.empty() && r.conflicts.empty() && r.applied.empty());
        require(doc.text(0) == ours_text);
    }

    // Any merge: a text that loads, conflicts and all.
    {
        EventDocument doc = EventDocument::from_text(ours_text, "ours.yaml");
        const versions::MergeResult r = versions::merge_events(base.event, doc, theirs.event);
        if (r.error.empty()) {
            const LoadResult merged = load_event_text(doc.text(0), "merged.yaml");
            // A merge with no conflict written has no merge-conflict error.
            if (r.conflicts.empty())
                for (const auto& d : merged.diagnostics.items())
                    require(d.rule != "merge-conflict");
        }
    }

    // The merge from the texts, where it answers, is that merge.
    {
        EventDocument whole = EventDocument::from_text(ours_text, "ours.yaml");
        const versions::MergeResult expected =
            versions::merge_events(base.event, whole, theirs.event);
        EventDocument doc = EventDocument::from_text(ours_text, "ours.yaml");
        if (const auto r = versions::merge_texts(base_text, doc, theirs_text)) {
            require(same(*r, expected));
            require(doc.text(0) == whole.text(0));
        } else {
            require(doc.text(0) == ours_text);  // untouched when it cannot say
        }
    }
    return 0;
}
