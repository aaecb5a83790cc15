// SPDX-License-Identifier: MIT
#include "syntax/json_tree.h"

#include <cctype>
#include <cstring>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>

#include "diag/quote.h"

namespace summitry::json {

namespace {

// An iterator over the text that records how far nlohmann's lexer has read. SAX callbacks
// carry no positions; at each callback the lexer has just read the token reported (a number
// one character more: its lexer looks one ahead), so the furthest offset read locates it.
class TrackingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TrackingIterator(const char* p, const char** furthest) : p_(p), furthest_(furthest) {}
    reference operator*() const { return *p_; }
    TrackingIterator& operator++() {
        ++p_;
        if (p_ > *furthest_) *furthest_ = p_;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const TrackingIterator& o) const { return p_ == o.p_; }
    bool operator!=(const TrackingIterator& o) const { return p_ != o.p_; }

private:
    const char* p_;
    const char** furthest_;
};

// nlohmann repeats the token it stopped at ("last read: '<token>'", "number overflow parsing
// '<token>'"), which can be a number or a string of a megabyte: quoted as every message quotes.
std::string shorten_token(const std::string& what) {
    const std::size_t open = what.find('\'');
    const std::size_t close = what.rfind('\'');
    if (open == std::string::npos || close <= open) return what;
    return what.substr(0, open) + quote(std::string_view(what).substr(open + 1, close - open - 1)) +
           what.substr(close + 1);
}

bool number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

}  // namespace

std::string_view describe(Type t) {
    switch (t) {
        case Type::null: return "null";
        case Type::boolean: return "true or false";
        case Type::integer: return "a whole number";
        case Type::number: return "a number";
        case Type::string: return "text";
        case Type::array: return "a list";
        case Type::object: return "an object";
    }
    return "a value";
}

const Value* Tree::find(const Value& object, std::string_view name) const {
    if (object.type != Type::object) return nullptr;
    for (std::uint32_t i = object.first; i != none; i = values_[i].next)
        if (key(values_[i]) == name) return &values_[i];
    return nullptr;
}

const Value* Tree::find(const Value& object, std::string_view name, const Value*& again) const {
    again = nullptr;
    const Value* first = nullptr;
    if (object.type != Type::object) return nullptr;
    for (std::uint32_t i = object.first; i != none; i = values_[i].next) {
        if (key(values_[i]) != name) continue;
        if (first != nullptr) {
            again = &values_[i];
            break;
        }
        first = &values_[i];
    }
    return first;
}

// The SAX handler: appends each value to the flat tree, linked to its parent's last child.
class Builder {
public:
    using json = nlohmann::json;

    Builder(std::string_view text, const char** furthest, const Limits& limits, Tree& tree)
        : text_(text), furthest_(furthest), limits_(limits), tree_(tree) {}

    bool null() { return add(Type::null, token_start(4)) != none; }
    bool boolean(bool v) {
        const std::uint32_t i = add(Type::boolean, token_start(v ? 4 : 5));
        if (i != none) tree_.values_[i].boolean = v;
        return i != none;
    }
    bool number_integer(json::number_integer_t v) {
        const std::uint32_t i = add(Type::integer, number_start());
        if (i != none) tree_.values_[i].integer = v;
        return i != none;
    }
    bool number_unsigned(json::number_unsigned_t v) {
        if (v > static_cast<json::number_unsigned_t>(std::numeric_limits<std::int64_t>::max()))
            return number_float(static_cast<double>(v), {});
        return number_integer(static_cast<json::number_integer_t>(v));
    }
    bool number_float(json::number_float_t v, const std::string&) {
        const std::uint32_t i = add(Type::number, number_start());
        if (i != none) tree_.values_[i].number = v;
        return i != none;
    }
    bool string(std::string& v) {
        const std::uint32_t i = add(Type::string, string_start());
        if (i == none) return false;
        Value& val = tree_.values_[i];
        val.text = static_cast<std::uint32_t>(tree_.store_.size());
        val.text_size = static_cast<std::uint32_t>(v.size());
        tree_.store_ += v;
        return true;
    }
    bool binary(json::binary_t&) { return fail("binary values are not JSON"); }
    bool start_object(std::size_t) { return open(Type::object); }
    bool start_array(std::size_t) { return open(Type::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string& k) {
        pending_key_ = static_cast<std::uint32_t>(tree_.store_.size());
        pending_key_size_ = static_cast<std::uint32_t>(k.size());
        pending_key_offset_ = string_start();
        tree_.store_ += k;
        return true;
    }
    bool parse_error(std::size_t position, const std::string& last_token,
                     const nlohmann::detail::exception& ex) {
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while
        // parsing value - invalid literal; last read: 'x'": keep what follows the position,
        // which we give as file:line:column ourselves.
        std::string what = ex.what();
        if (auto p = what.find(": "); p != std::string::npos) what.erase(0, p + 2);
        tree_.error = shorten_token(what);
        // At the start of the word that failed ("nope" at its n, not at the o that broke it).
        (void)last_token;  // nlohmann's token text also holds what came before, escaped
        std::size_t at = std::min(position > 0 ? position - 1 : 0, text_.size());
        const auto word = [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+';
        };
        if (at < text_.size() && word(text_[at]))
            while (at > 0 && word(text_[at - 1])) --at;
        tree_.error_offset = at;
        return false;
    }

    bool failed() const { return !tree_.error.empty(); }

private:
    struct Open {
        std::uint32_t index;
        std::uint32_t last_child = none;
    };

    std::size_t read() const { return static_cast<std::size_t>(*furthest_ - text_.data()); }
    std::uint32_t token_start(std::size_t length) const {
        const std::size_t end = read();
        return static_cast<std::uint32_t>(end >= length ? end - length : 0);
    }
    // The opening quote of the string that ends where the lexer stands.
    std::uint32_t string_start() const {
        std::size_t i = read();
        if (i < 2) return 0;
        i -= 2;  // before the closing quote
        for (;;) {
            if (text_[i] == '"') {
                std::size_t backslashes = 0;
                while (backslashes < i && text_[i - 1 - backslashes] == '\\') ++backslashes;
                if (backslashes % 2 == 0) return static_cast<std::uint32_t>(i);
            }
            if (i == 0) return 0;
            --i;
        }
    }
    std::uint32_t number_start() const {
        std::size_t i = std::min(read(), text_.size());
        while (i > 0 && !number_char(text_[i - 1])) --i;  // the character looked ahead
        while (i > 0 && number_char(text_[i - 1])) --i;
        return static_cast<std::uint32_t>(i);
    }

    bool fail(std::string message) {
        tree_.error = std::move(message);
        tree_.error_offset = read() > 0 ? read() - 1 : 0;
        return false;
    }

    std::uint32_t add(Type type, std::uint32_t offset) {
        if (tree_.values_.size() >= limits_.max_values) {
            fail("the JSON holds more than " + std::to_string(limits_.max_values) +
                 " values; Summitry reads at most that many");
            return none;
        }
        const auto index = static_cast<std::uint32_t>(tree_.values_.size());
        Value& v = tree_.values_.emplace_back();
        v.type = type;
        v.offset = offset;
        if (!stack_.empty()) {
            Open& parent = stack_.back();
            Value& p = tree_.values_[parent.index];
            if (p.type == Type::object) {
                v.key = pending_key_;
                v.key_size = pending_key_size_;
                v.key_offset = pending_key_offset_;
            }
            if (parent.last_child == none)
                p.first = index;
            else
                tree_.values_[parent.last_child].next = index;
            parent.last_child = index;
            ++p.count;
        } else if (index != 0) {
            fail("more than one JSON value at the top");
            return none;
        }
        return index;
    }
    bool open(Type type) {
        if (stack_.size() >= limits_.max_depth)
            return fail("the JSON is nested more than " + std::to_string(limits_.max_depth) +
                        " levels deep");
        const std::uint32_t i = add(type, token_start(1));
        if (i == none) return false;
        stack_.push_back({i});
        return true;
    }
    bool close() {
        if (!stack_.empty()) stack_.pop_back();
        return true;
    }

    std::string_view text_;
    const char** furthest_;
    const Limits& limits_;
    Tree& tree_;
    std::vector<Open> stack_;
    std::uint32_t pending_key_ = 0, pending_key_size_ = 0, pending_key_offset_ = 0;
};

Tree parse(std::string_view text, const Limits& limits) {
    Tree tree;
    if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
        tree.error = "the text is too large";
        return tree;
    }
    const char* furthest = text.data();
    Builder builder(text, &furthest, limits, tree);
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(TrackingIterator(text.data(), &furthest),
                                       TrackingIterator(text.data() + text.size(), &furthest),
                                       &builder);
    } catch (const std::exception& e) {  // nlohmann reports through parse_error; this is a guard
        tree.error = shorten_token(e.what());
        tree.error_offset = static_cast<std::size_t>(furthest - text.data());
    }
    if (!ok && tree.error.empty()) tree.error = "the text is not JSON";
    if (!tree.error.empty()) tree.values_.clear();
    return tree;
}

}  // namespace summitry::json
