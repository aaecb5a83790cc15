// SPDX-License-Identifier: MIT
#include "util/json_out.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string_view>

#include "util/controls.h"

namespace summitry {

namespace {

template <class Json>
Json without_controls(const Json& j) {
    if (j.is_string()) return Json(drop_controls(j.template get_ref<const std::string&>()));
    if (j.is_array()) {
        Json out = Json::array();
        for (const auto& item : j) out.push_back(without_controls(item));
        return out;
    }
    if (j.is_object()) {
        Json out = Json::object();
        for (auto it = j.begin(); it != j.end(); ++it)
            out[drop_controls(it.key())] = without_controls(it.value());
        return out;
    }
    return j;
}

// nlohmann's output is valid UTF-8 whose only non-ASCII bytes are inside strings, so a C1
// control or a bidi control found in it is a character of a string and its \u escape means the
// same character there.
std::string escape_invisible(const std::string& dumped) {
    std::string out;
    out.reserve(dumped.size());
    const auto u = [&out](unsigned cp) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        out += buf;
    };
    const std::string_view s = dumped;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        const auto at = [&](std::size_t k) {
            return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
        };
        if (c == 0x7f) {
            u(0x7f);
        } else if (c == 0xc2 && at(1) >= 0x80 && at(1) <= 0x9f) {
            u(at(1));
            i += 1;
        } else if (c == 0xe2 && at(1) == 0x80 && at(2) >= 0xaa && at(2) <= 0xae) {
            u(0x2000 + (at(2) - 0x80));
            i += 2;
        } else if (c == 0xe2 && at(1) == 0x81 && at(2) >= 0xa6 && at(2) <= 0xa9) {
            u(0x2040 + (at(2) - 0x80));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

template <class Json>
void write(std::ostream& out, const Json& value, JsonText text) {
    const auto dump = [](const Json& j) {
        return j.dump(2, ' ', false, Json::error_handler_t::replace);
    };
    out << escape_invisible(text == JsonText::exact ? dump(value) : dump(without_controls(value)))
        << '\n';
}

}  // namespace

void write_json(std::ostream& out, const nlohmann::json& value, JsonText text) {
    write(out, value, text);
}

void write_json(std::ostream& out, const nlohmann::ordered_json& value, JsonText text) {
    write(out, value, text);
}

}  // namespace summitry
