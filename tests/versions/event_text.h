// SPDX-License-Identifier: MIT
#pragma once
// What the versions tests share: an event loaded from text that must load clean, and a text
// with one piece of it written otherwise.

#include <catch2/catch.hpp>
#include <string>
#include <utility>

#include "io/event_loader.h"

namespace summitry::test {

inline Event load_clean(const std::string& text) {
    LoadResult r = load_event_text(text, "mem.yaml");
    INFO(text);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    return std::move(r.event);
}

// `text` with its first `from` replaced by `to`; `from` must be there.
inline std::string with(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace summitry::test
