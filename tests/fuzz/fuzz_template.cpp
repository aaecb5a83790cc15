// SPDX-License-Identifier: MIT
// libFuzzer target: an organizer's Mustache template (views/template_render.h), rendered with
// a small page's data. Whatever the bytes, it renders or ends with a TemplateError, never a
// crash, a hang or gigabytes: nesting, work and output are bounded (smaller bounds here, so
// that a run stays fast).
#include <cstddef>
#include <cstdint>
#include <string>

#include "views/template_render.h"

namespace {

using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;

// Lists inside lists, text that looks like tags, a dotted name and booleans.
Data page() {
    List speakers;
    for (const char* name : {"Ada {{#x}}", "Bob }}{{", "C\xC3\xA9line"}) {
        Data s;
        s.set("name", std::string(name));
        s.set("last", false);
        speakers.push_back(s);
    }
    List sessions;
    for (int i = 0; i < 4; ++i) {
        Data s;
        s.set("id", "s" + std::to_string(i));
        s.set("title", std::string("{{>title}} <b>&\"'"));
        s.set("speakers", speakers);
        s.set("has_speakers", true);
        sessions.push_back(s);
    }
    List days;
    for (int i = 0; i < 3; ++i) {
        Data d;
        d.set("date", "2025-02-1" + std::to_string(i));
        d.set("sessions", sessions);
        days.push_back(d);
    }
    Data event;
    event.set("title", std::string("Summit {{=<% %>=}}"));
    Data root;
    root.set("event", event);
    root.set("days", days);
    root.set("speakers", speakers);
    root.set("staff", false);
    root.set("lang", std::string("en"));
    return root;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Data root = page();
    summitry::TemplateLimits limits;
    limits.max_steps = 200'000;
    limits.max_output = 4u << 20;
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        (void)summitry::render_template(text, "fuzz.mustache", root, limits);
    } catch (const summitry::TemplateError&) {
    }
    return 0;
}
