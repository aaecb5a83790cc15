// SPDX-License-Identifier: MIT
#include "edit/yaml_patch.h"

#include "util/i18n.h"

namespace summitry::edit {

namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

}  // namespace

TextPatch YamlPatcher::replace(std::size_t from, std::size_t to, std::string inserted) const {
    TextPatch p;
    p.file = file_;
    p.offset = from;
    p.removed = std::string(src_.text().substr(from, to - from));
    p.inserted = std::move(inserted);
    return p;
}

std::size_t YamlPatcher::key_indent(const yaml::Node& map) const {
    if (map.count == 0) return 0;
    const std::size_t key = src_.offset(map.key(0));
    return key - src_.line_start(key);
}

std::size_t YamlPatcher::end_of(const yaml::Node& node, bool in_flow,
                                std::size_t parent_indent) const {
    return src_.node_end(begin_of(node), in_flow, parent_indent);
}

// The end of the value of key `i` of a mapping: after the ':' when the value is empty.
std::size_t YamlPatcher::value_end(const Place& map, std::size_t i) const {
    const yaml::Node& m = *map.node;
    const std::size_t key = begin_of(m.key(i));
    const std::size_t colon = src_.colon_after(src_.key_end(key));
    const yaml::Node& v = m.value(i);
    const bool flow = map.in_flow || src_.is_flow_collection(begin_of(m));
    if (colon == std::string_view::npos) return src_.key_end(key);
    if (!v.is_null()) return end_of(v, flow, key_indent(m));
    // `key:`, `key: ~` or `key: null`: the value, if any, is on the key's line.
    std::size_t i2 = colon + 1;
    const std::string_view t = src_.text();
    while (i2 < t.size() && is_blank(t[i2])) ++i2;
    if (i2 < t.size() && t[i2] != '#' && t[i2] != '\n' && t[i2] != '\r' && t[i2] != ',' &&
        t[i2] != '}')
        return src_.node_end(i2, flow, key_indent(m));
    return colon + 1;
}

TextPatch YamlPatcher::set_key(const Place& map, std::string_view key,
                               std::string_view yaml) const {
    const yaml::Node& m = *map.node;
    const bool flow = map.in_flow || src_.is_flow_collection(begin_of(m));
    for (std::size_t i = 0; i < m.map_size(); ++i) {
        if (!m.key(i).is_scalar() || m.key(i).text != key) continue;
        const std::size_t k = begin_of(m.key(i));
        const std::size_t colon = src_.colon_after(src_.key_end(k));
        return replace(colon + 1, value_end(map, i), " " + std::string(yaml));
    }
    const std::string entry = std::string(key) + ": " + std::string(yaml);
    if (flow) {
        const std::size_t open = begin_of(m);
        if (m.count == 0) return replace(open + 1, open + 1, entry);
        const std::size_t end = value_end(map, m.map_size() - 1);
        return replace(end, end, ", " + entry);
    }
    const std::size_t end = value_end(map, m.map_size() - 1);
    return replace(end, end, "\n" + std::string(key_indent(m), ' ') + entry);
}

std::optional<TextPatch> YamlPatcher::remove_key(const Place& map, std::string_view key,
                                                 std::string* error) const {
    const yaml::Node& m = *map.node;
    for (std::size_t i = 0; i < m.map_size(); ++i) {
        if (!m.key(i).is_scalar() || m.key(i).text != key) continue;
        if (m.map_size() == 1) {
            // TRANSLATORS: a refused edit. {0} is a key of the event file.
            if (error)
                *error =
                    format_message(tr("'{0}' is the only key here and cannot be removed"), key);
            return std::nullopt;
        }
        if (i + 1 < m.map_size()) return replace(begin_of(m.key(i)), begin_of(m.key(i + 1)), "");
        return replace(value_end(map, i - 1), value_end(map, i), "");
    }
    return std::nullopt;  // nothing to remove
}

namespace {

// The '-' before a block sequence item, or npos when the item is not alone after its dash.
std::size_t dash_before(std::string_view t, std::size_t item) {
    std::size_t i = item;
    while (i > 0 && is_blank(t[i - 1])) --i;
    if (i == 0 || t[i - 1] != '-') return std::string_view::npos;
    return i - 1;
}

}  // namespace

std::optional<std::string> YamlPatcher::item_text(const Place& seq, std::size_t index) const {
    const yaml::Node& s = *seq.node;
    if (seq.in_flow || src_.is_flow_collection(begin_of(s)) || index >= s.count)
        return std::nullopt;
    const std::size_t at = begin_of(*s.items()[index]);
    const std::size_t dash = dash_before(src_.text(), at);
    if (dash == std::string_view::npos) return std::nullopt;
    const std::size_t start = src_.line_start(dash);
    const std::size_t end = src_.node_end(at, false, dash - start);
    return std::string(src_.text().substr(start, end - start));
}

TextPatch YamlPatcher::insert_item_after(const Place& seq, std::size_t index,
                                         std::string_view item) const {
    const yaml::Node& s = *seq.node;
    const std::size_t at = begin_of(*s.items()[index]);
    const std::size_t dash = dash_before(src_.text(), at);
    const std::size_t end = src_.node_end(at, false, dash - src_.line_start(dash));
    return replace(end, end, "\n" + std::string(item));
}

std::optional<TextPatch> YamlPatcher::remove_item(const Place& seq, std::size_t index,
                                                  std::string* error) const {
    const yaml::Node& s = *seq.node;
    if (seq.in_flow || src_.is_flow_collection(begin_of(s))) {
        // TRANSLATORS: a refused edit: the list in the event file is written [a, b, c].
        if (error) *error = tr("the list is written [...] on one line; edit it as text");
        return std::nullopt;
    }
    if (s.count < 2) {
        // TRANSLATORS: a refused edit.
        if (error) *error = tr("the last item of a list is not removed in place");
        return std::nullopt;
    }
    const auto end_of_item = [&](std::size_t i) {
        const std::size_t at = begin_of(*s.items()[i]);
        const std::size_t dash = dash_before(src_.text(), at);
        return src_.node_end(at, false, dash - src_.line_start(dash));
    };
    const std::size_t at = begin_of(*s.items()[index]);
    const std::size_t dash = dash_before(src_.text(), at);
    if (dash == std::string_view::npos) {
        // TRANSLATORS: a refused edit. '- ...' is how an item of a list is written in the file.
        if (error) *error = tr("the item is not written as '- ...' on a line of its own");
        return std::nullopt;
    }
    if (index + 1 < s.count) {
        const std::size_t next = dash_before(src_.text(), begin_of(*s.items()[index + 1]));
        return replace(src_.line_start(dash), src_.line_start(next), "");
    }
    return replace(end_of_item(index - 1), end_of_item(index), "");
}

}  // namespace summitry::edit
