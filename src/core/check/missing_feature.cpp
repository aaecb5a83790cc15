// SPDX-License-Identifier: MIT
// missing-feature: a session requires a feature its room lacks. Once per session, naming every
// missing feature.
#include <algorithm>

#include "check/rules_list.h"

namespace summitry {

namespace {

class MissingFeature final : public Rule {
public:
    std::string_view id() const override { return "missing-feature"; }
    std::string_view description() const override {
        return "a session requires a feature its room lacks";
    }
    void run(const CheckContext& ctx, Diagnostics& out) const override {
        // One feature or several (i18n.h: no plural forms).
        // TRANSLATORS: missing-feature. {0} is a session, {1} a feature it needs (a word of the
        // event file, e.g. projector), {2} its room, which lacks that feature.
        const std::string one = tr("'{0}' needs '{1}'; '{2}' lacks it");
        // TRANSLATORS: missing-feature. {0} is a session, {1} the features it needs (a list
        // such as 'stage', 'projector' and 'interpretation'), {2} its room, which lacks them.
        const std::string several = tr("'{0}' needs {1}; '{2}' lacks them");
        // TRANSLATORS: missing-feature, with one missing feature. 'features' is a key of the
        // event file: keep it as it is.
        const std::string hint_one =
            tr("move it to a room that has it, or add it to the room's "
               "'features' if it is there");
        // TRANSLATORS: missing-feature, with several missing features. 'features' is a key of
        // the event file: keep it as it is.
        const std::string hint_several =
            tr("move it to a room that has them, or add it to the "
               "room's 'features' if it is there");
        // TRANSLATORS: one word of the event file in a list of them, quoted.
        const std::string quoted = tr("'{0}'");
        // TRANSLATORS: a list of words: {0} is its first items, {1} the next one (not the last).
        const std::string comma = tr("{0}, {1}");
        // TRANSLATORS: a list of words: {0} is its first items, {1} the last one.
        const std::string last = tr("{0} and {1}");
        for (Index si : ctx.active()) {
            const Session& s = ctx.session(si);
            if (s.requires_features.empty()) continue;
            const Room& room = ctx.room(s);
            // A handful of words on each side: a linear search beats building a set.
            std::vector<const std::string*> missing;
            for (const std::string& f : s.requires_features) {
                const bool has =
                    std::find(room.features.begin(), room.features.end(), f) != room.features.end();
                const bool listed = std::any_of(missing.begin(), missing.end(),
                                                [&](const std::string* m) { return *m == f; });
                if (!has && !listed) missing.push_back(&f);
            }
            if (missing.empty()) continue;
            Diagnostic* d = nullptr;
            if (missing.size() == 1) {
                d = &out.warning(std::string(id()), s.loc,
                                 format_message(one, s.id, *missing[0], room.ref), hint_one);
            } else {
                std::string needs = format_message(quoted, *missing[0]);
                for (std::size_t k = 1; k < missing.size(); ++k)
                    needs = format_message(k + 1 == missing.size() ? last : comma, needs,
                                           format_message(quoted, *missing[k]));
                d = &out.warning(std::string(id()), s.loc,
                                 format_message(several, s.id, needs, room.ref), hint_several);
            }
            d->sessions = {s.id};
            d->rooms = {room.ref};
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_missing_feature() {
    return std::make_unique<MissingFeature>();
}

}  // namespace summitry
