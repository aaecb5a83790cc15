// SPDX-License-Identifier: MIT
#pragma once
// JSON read with nlohmann's SAX parser into a flat, read-only tree that remembers where each
// value was written, so that an importer can name the line and column of what it cannot take.
// nlohmann's own DOM forgets positions; this tree keeps a byte offset per value and per key.
// It is bounded (depth and number of values) and frees itself without recursion.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace summitry::json {

enum class Type : std::uint8_t { null, boolean, integer, number, string, array, object };

// The name of a type for messages: "a number", "text", "a list", ...
std::string_view describe(Type t);

inline constexpr std::uint32_t none = 0xFFFFFFFFu;

struct Value {
    Type type = Type::null;
    bool boolean = false;
    std::int64_t integer = 0;               // Type::integer (whole numbers that fit)
    double number = 0;                      // Type::number (the rest)
    std::uint32_t offset = 0;               // byte offset of the value's first character
    std::uint32_t key_offset = 0;           // of its key, when it is a member of an object
    std::uint32_t text = 0, text_size = 0;  // a string's value, in Tree's text store
    std::uint32_t key = 0, key_size = 0;    // its member name
    std::uint32_t first = none;             // first child (arrays, objects)
    std::uint32_t next = none;              // next sibling
    std::uint32_t count = 0;                // number of children
};

struct Limits {
    std::uint32_t max_depth = 128;         // c3voc schedule.json needs 8
    std::uint32_t max_values = 4'000'000;  // a 10,000-session schedule holds about 500,000
};

class Tree {
public:
    // Empty when parsing failed; then `error` and `error_offset` say why and where.
    bool ok() const { return !values_.empty() && error.empty(); }
    const Value& root() const { return values_.front(); }

    std::string_view text(const Value& v) const { return {store_.data() + v.text, v.text_size}; }
    std::string_view key(const Value& v) const { return {store_.data() + v.key, v.key_size}; }
    // The first member of `object` named `name`, or nullptr (also when `object` is no object).
    const Value* find(const Value& object, std::string_view name) const;
    // The same, and in `again` the second member of that name when the object repeats it (JSON
    // readers disagree on which one counts), else nullptr.
    const Value* find(const Value& object, std::string_view name, const Value*& again) const;
    // Calls f(child) for each item of an array or member of an object, in written order.
    template <class F>
    void each(const Value& container, F&& f) const {
        for (std::uint32_t i = container.first; i != none; i = values_[i].next) f(values_[i]);
    }

    std::string error;
    std::size_t error_offset = 0;

private:
    friend class Builder;
    friend Tree parse(std::string_view text, const Limits& limits);
    std::vector<Value> values_;
    std::string store_;  // all strings and keys, one after another
};

Tree parse(std::string_view text, const Limits& limits = {});

}  // namespace summitry::json
