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
    return replace(end, end, std::string(eol()) + std::string(key_indent(m), ' ') + entry);
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
    return replace(end, end, std::string(eol()) + std::string(item));
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

// ---------------------------------------------------------------------------------------------
// A list under a key, whatever way it is written

std::string_view YamlPatcher::eol() const {
    const std::size_t nl = src_.text().find('\n');
    return nl != std::string_view::npos && nl > 0 && src_.text()[nl - 1] == '\r' ? "\r\n" : "\n";
}

std::size_t YamlPatcher::key_index(const yaml::Node& map, std::string_view key) const {
    for (std::size_t i = 0; i < map.map_size(); ++i)
        if (map.key(i).is_scalar() && map.key(i).text == key) return i;
    return std::string_view::npos;
}

bool YamlPatcher::flow_at(const Place& place) const {
    return place.in_flow || src_.is_flow_collection(begin_of(*place.node));
}

namespace {

std::string refused_one_line() {
    // TRANSLATORS: a refused edit: a value in the event file is written over several lines in a
    // way the planner does not edit in place.
    return tr("the list is written in a way that cannot be edited in place; edit it as text");
}

std::string no_such_item(std::size_t index) {
    // TRANSLATORS: a refused edit. {0} is a position in a list, counted from 0.
    return format_message(tr("the list has no item {0}"), std::to_string(index));
}

}  // namespace

std::optional<std::string> YamlPatcher::flow_item_text(const Place& seq, std::size_t index) const {
    const yaml::Node& s = *seq.node;
    if (index >= s.count) return std::nullopt;
    const std::size_t b = begin_of(*s.items()[index]);
    return std::string(src_.text().substr(b, end_of(*s.items()[index], true, 0) - b));
}

std::optional<TextPatch> YamlPatcher::append_item(const Place& map, std::string_view key,
                                                  const Item& item, std::string* error) const {
    const yaml::Node& m = *map.node;
    const bool flow = flow_at(map);
    const std::size_t k = key_index(m, key);
    const std::string nl(eol());
    // A new list: `[item]` in a flow mapping, a block list under the key in a block one.
    const auto block_list = [&](std::size_t indent) {
        std::string out;
        const std::string dash = nl + std::string(indent, ' ') + "- ";
        if (item.block_lines.empty()) return dash + item.flow;
        for (std::size_t i = 0; i < item.block_lines.size(); ++i)
            out += (i == 0 ? dash : nl + std::string(indent + 2, ' ')) + item.block_lines[i];
        return out;
    };
    if (k == std::string_view::npos) {
        if (flow || m.count == 0) return set_key(map, key, "[" + item.flow + "]");
        const std::size_t end = value_end(map, m.map_size() - 1);
        const std::size_t indent = key_indent(m);
        return replace(
            end, end,
            nl + std::string(indent, ' ') + std::string(key) + ":" + block_list(indent + 2));
    }
    const yaml::Node& v = m.value(k);
    const std::size_t colon = src_.colon_after(src_.key_end(begin_of(m.key(k))));
    if (v.is_null()) {
        if (flow) return set_key(map, key, "[" + item.flow + "]");
        return replace(colon + 1, value_end(map, k), block_list(key_indent(m) + 2));
    }
    const Place list{&v, flow || src_.is_flow_collection(begin_of(v))};
    if (!v.is_sequence()) {
        // One value for a list of one: the list written out, on one line.
        const std::size_t b = begin_of(v), e = value_end(map, k);
        const std::string_view old = src_.text().substr(b, e - b);
        if (old.find('\n') != std::string_view::npos) {
            if (error) *error = refused_one_line();
            return std::nullopt;
        }
        return replace(b, e, "[" + std::string(old) + ", " + item.flow + "]");
    }
    if (list.in_flow) {
        const std::size_t open = begin_of(v);
        if (v.count == 0) return replace(open + 1, open + 1, item.flow);
        const std::size_t end = end_of(*v.items()[v.count - 1], true, 0);
        return replace(end, end, ", " + item.flow);
    }
    // A block list: a new item like its last one, at its indentation, in its style.
    const auto sample = item_text(list, v.count - 1);
    if (!sample) {
        if (error) *error = refused_one_line();
        return std::nullopt;
    }
    const std::size_t indent = sample->find('-');
    std::string text(indent, ' ');
    const yaml::Node& last = *v.items()[v.count - 1];
    if (item.block_lines.empty() || src_.is_flow_collection(begin_of(last))) {
        text += "- " + item.flow;
    } else {
        for (std::size_t i = 0; i < item.block_lines.size(); ++i)
            text += (i == 0 ? "- " : nl + std::string(indent + 2, ' ')) + item.block_lines[i];
    }
    return insert_item_after(list, v.count - 1, text);
}

namespace {

// The value at key number `k` of `m` when it has an item `index` (a single value is a list of
// one), else nullptr and why.
const yaml::Node* value_with_item(const yaml::Node& m, std::size_t k, std::size_t index,
                                  std::string* error) {
    const yaml::Node* v = k == std::string_view::npos ? nullptr : &m.value(k);
    if (!v || v->is_null() || (v->is_sequence() && index >= v->count) ||
        (!v->is_sequence() && index > 0)) {
        if (error) *error = no_such_item(index);
        return nullptr;
    }
    return v;
}

}  // namespace

std::optional<TextPatch> YamlPatcher::replace_item(const Place& map, std::string_view key,
                                                   std::size_t index, std::string_view yaml,
                                                   std::string* error) const {
    const yaml::Node& m = *map.node;
    const std::size_t k = key_index(m, key);
    const yaml::Node* v = value_with_item(m, k, index, error);
    if (!v) return std::nullopt;
    if (!v->is_sequence()) return replace(begin_of(*v), value_end(map, k), std::string(yaml));
    const Place list{v, flow_at(map) || src_.is_flow_collection(begin_of(*v))};
    const yaml::Node& it = *v->items()[index];
    const std::size_t b = begin_of(it);
    if (list.in_flow) return replace(b, end_of(it, true, 0), std::string(yaml));
    const std::size_t dash = dash_before(src_.text(), b);
    if (dash == std::string_view::npos) {
        if (error) *error = refused_one_line();
        return std::nullopt;
    }
    return replace(b, src_.node_end(b, false, dash - src_.line_start(dash)), std::string(yaml));
}

std::optional<TextPatch> YamlPatcher::remove_list_item(const Place& map, std::string_view key,
                                                       std::size_t index,
                                                       std::string* error) const {
    const yaml::Node& m = *map.node;
    const std::size_t k = key_index(m, key);
    const yaml::Node* v = value_with_item(m, k, index, error);
    if (!v) return std::nullopt;
    const std::size_t colon = src_.colon_after(src_.key_end(begin_of(m.key(k))));
    // The only item: the list stays, empty.
    if (!v->is_sequence() || v->count == 1) {
        const bool flow = flow_at(map) || src_.is_flow_collection(begin_of(*v));
        if (v->is_sequence() && flow) {
            // With the comma that may follow it: `[a,]` leaves `[]`, not `[,]`.
            const yaml::Node& it = *v->items()[0];
            const std::string_view t = src_.text();
            std::size_t end = end_of(it, true, 0), after = end;
            while (after < t.size() && (is_blank(t[after]) || t[after] == '\n' || t[after] == '\r'))
                ++after;
            if (after < t.size() && t[after] == ',') end = after + 1;
            return replace(begin_of(it), end, "");
        }
        return replace(colon + 1, value_end(map, k), " []");
    }
    const Place list{v, flow_at(map) || src_.is_flow_collection(begin_of(*v))};
    if (!list.in_flow) return remove_item(list, index, error);
    const auto& items = v->items();
    if (index + 1 < v->count)
        return replace(begin_of(*items[index]), begin_of(*items[index + 1]), "");
    return replace(end_of(*items[index - 1], true, 0), end_of(*items[index], true, 0), "");
}

std::optional<TextPatch> YamlPatcher::insert_copy_after(const Place& map, std::string_view key,
                                                        std::size_t index, std::string_view copy,
                                                        std::string* error) const {
    const yaml::Node& m = *map.node;
    const std::size_t k = key_index(m, key);
    const yaml::Node* v = k == std::string_view::npos ? nullptr : &m.value(k);
    if (!v || !v->is_sequence() || index >= v->count) {
        if (error) *error = no_such_item(index);
        return std::nullopt;
    }
    const Place list{v, flow_at(map) || src_.is_flow_collection(begin_of(*v))};
    if (!list.in_flow) {
        if (!item_text(list, index)) {
            if (error) *error = refused_one_line();
            return std::nullopt;
        }
        return insert_item_after(list, index, copy);
    }
    const std::size_t end = end_of(*v->items()[index], true, 0);
    return replace(end, end, ", " + std::string(copy));
}

}  // namespace summitry::edit
