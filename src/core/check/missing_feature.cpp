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
            std::string needs;
            for (std::size_t k = 0; k < missing.size(); ++k) {
                if (k > 0) needs += k + 1 == missing.size() ? " and " : ", ";
                needs += quote(*missing[k]);
            }
            Diagnostic& d = out.warning(std::string(id()), s.loc,
                                        quote(s.id) + " needs " + needs + "; " + quote(room.ref) +
                                            " lacks " + (missing.size() == 1 ? "it" : "them"),
                                        "move it to a room that has " +
                                            std::string(missing.size() == 1 ? "it" : "them") +
                                            ", or add it to the room's 'features' if it is there");
            d.sessions = {s.id};
            d.rooms = {room.ref};
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_missing_feature() {
    return std::make_unique<MissingFeature>();
}

}  // namespace summitry
