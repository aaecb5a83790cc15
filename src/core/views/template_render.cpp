// SPDX-License-Identifier: MIT
#include "views/template_render.h"

#include <cctype>
#include <cstdlib>
#include <limits>
#include <optional>

#include "util/html.h"

namespace summitry {

namespace {

using Data = kainjow::mustache::data;

// "NAME:LINE:COLUMN" for a byte offset of the template; columns count characters.
std::string place(std::string_view text, const std::string& name, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return name + ":" + std::to_string(line) + ":" + std::to_string(column);
}

bool space(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

std::string_view trim_spaces(std::string_view s) {
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

// kainjow's reading of "{{=<% %>=}}": false when it refuses the tag.
bool set_delimiters(std::string_view contents, std::string& begin, std::string& end) {
    if (contents.size() < 5 || contents.back() != '=') return false;
    const std::string_view inner = trim_spaces(contents.substr(1, contents.size() - 2));
    const std::size_t gap = inner.find(' ');
    if (gap == std::string_view::npos) return false;
    const std::size_t next = inner.find_first_not_of(' ', gap + 1);
    if (next == std::string_view::npos) return false;
    const std::string_view b = inner.substr(0, gap), e = inner.substr(next);
    for (std::string_view d : {b, e})
        for (char c : d)
            if (c == '=' || space(c)) return false;
    begin = b;
    end = e;
    return true;
}

std::string tag_name(std::string_view contents) {
    std::string s(trim_spaces(contents.substr(1)));
    if (s.size() > 40) s = s.substr(0, 40) + "…";
    return s;
}

// kainjow reports "Unclosed section "x" at 123": the offset becomes a line and a column.
std::string with_place(const std::string& message, std::string_view text, const std::string& name) {
    const std::size_t at = message.rfind(" at ");
    if (at != std::string::npos && at + 4 < message.size()) {
        char* end = nullptr;
        const unsigned long long offset = std::strtoull(message.c_str() + at + 4, &end, 10);
        if (end != nullptr && *end == '\0') {
            std::string what = message.substr(0, at);
            if (!what.empty())
                what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
            return place(text, name, static_cast<std::size_t>(offset)) + ": " + what;
        }
    }
    return name + ": " + message;
}

// Marks: a variable tag put before each run of literal text (up to a newline or a tag), whose
// name carries the run's length, so that the rendering knows what kainjow appends to its line
// buffer. kainjow writes its output a line at a time, so a template without newlines would
// otherwise build a page of any size in memory before a byte of it is seen. A mark renders
// nothing: its name is no key (it starts with \x01), so the page is the same.
constexpr char mark_char = '\x01';
constexpr char mark_digit = '\x10';  // digits 0-9 as \x10-\x19, neither a space nor text

std::string mark_name(std::size_t length) {
    std::string name(1, mark_char);
    for (char d : std::to_string(length)) name += static_cast<char>(mark_digit + (d - '0'));
    return name;
}

// The length a mark carries, or nullopt when `name` is no mark.
std::optional<std::size_t> mark_length(const std::string& name) {
    if (name.size() < 2 || name[0] != mark_char) return std::nullopt;
    std::size_t n = 0;
    for (std::size_t i = 1; i < name.size(); ++i) {
        const int d = name[i] - mark_digit;
        if (d < 0 || d > 9 || n > std::numeric_limits<std::size_t>::max() / 16) return std::nullopt;
        n = n * 10 + static_cast<std::size_t>(d);
    }
    return n;
}

bool has_mark_chars(std::string_view delimiter) {
    for (char c : delimiter)
        if (c == mark_char || (c >= mark_digit && c < mark_digit + 10)) return true;
    return false;
}

// Reads the tags as kainjow's parser does (delimiters, {{{x}}}) and checks the limits; where
// it and this disagree about a broken tag, this stops and kainjow reports it. With `marked`,
// also writes the text with marks into it.
void scan(std::string_view text, const std::string& name, const TemplateLimits& limits,
          std::string* marked) {
    if (text.size() > limits.max_bytes)
        throw TemplateError(name + ": the template is larger than " +
                            std::to_string(limits.max_bytes >> 10) +
                            " KB, the most Summitry reads; is this the right file?");
    std::string begin = "{{", end = "}}";
    std::size_t depth = 0;   // sections being read
    std::size_t copied = 0;  // text[0, copied) is in *marked
    const auto literal = [&](std::size_t from, std::size_t to) {
        // Text up to the next tag: marked at its start, line by line.
        if (marked == nullptr) return;
        marked->append(text.substr(copied, from - copied));
        copied = from;
        for (std::size_t i = from; i < to;) {
            std::size_t eol = text.find_first_of("\r\n", i);
            if (eol == std::string_view::npos || eol > to) eol = to;
            if (eol > i) *marked += begin + mark_name(eol - i) + end;
            marked->append(text.substr(i, eol - i));
            i = eol;
            while (i < to && (text[i] == '\r' || text[i] == '\n')) *marked += text[i++];
        }
        copied = to;
    };
    std::size_t i = 0, run = 0;  // run: where the current literal text started
    while (i < text.size()) {
        if (text.compare(i, begin.size(), begin) != 0) {
            ++i;
            continue;
        }
        std::size_t from = i + begin.size();
        const bool triple = begin == "{{" && end == "}}" && from < text.size() && text[from] == '{';
        if (triple) ++from;
        const std::string_view closing = triple ? std::string_view("}}}") : std::string_view(end);
        const std::size_t to = text.find(closing, from);
        if (to == std::string_view::npos) break;
        literal(run, i);
        run = i;
        const std::string_view contents = trim_spaces(text.substr(from, to - from));
        if (!contents.empty() && contents.front() == '=') {  // {{{=...=}}} too, as kainjow has it
            if (!set_delimiters(contents, begin, end)) break;
            if (has_mark_chars(begin) || has_mark_chars(end))
                throw TemplateError(place(text, name, i) +
                                    ": delimiters with control characters are not supported; "
                                    "use printable ones, such as <% %>");
        } else if (!triple && !contents.empty()) {
            switch (contents.front()) {
                case '#':
                case '^':
                    if (++depth > limits.max_depth)
                        throw TemplateError(
                            place(text, name, i) + ": sections nest more than " +
                            std::to_string(limits.max_depth) + " deep here ({{" +
                            std::string(1, contents.front()) + tag_name(contents) +
                            "}}); a page needs a few levels (days, sessions, speakers): check that "
                            "every {{#x}} has its {{/x}}");
                    break;
                case '/':
                    if (depth > 0) --depth;
                    break;
                case '>':
                    throw TemplateError(place(text, name, i) + ": {{>" + tag_name(contents) +
                                        "}} is a partial, which Summitry does not provide; copy "
                                        "the part into the template");
                default: break;
            }
        }
        i = run = to + closing.size();
    }
    literal(run, text.size());
}

// Thrown from inside kainjow's rendering to stop it at once; its frames unwind cleanly (the
// context's pushes are undone by destructors).
struct Stop {
    std::string message;
};

// The context kainjow renders with: its own, counting the work of every lookup and every list
// item entered, and what may be waiting in kainjow's line buffer (the output not yet written).
class CountingContext final : public kainjow::mustache::context<std::string> {
public:
    CountingContext(const Data* data, const TemplateLimits& limits)
        : context(data), limits_(limits) {}

    // A push moves every item of kainjow's stack, a lookup may search them all: each costs
    // as many steps as the stack is deep.
    void push(const Data* data) override {
        step();
        context::push(data);
        ++depth_;
    }
    void pop() override {
        context::pop();
        --depth_;
    }
    const Data* get(const std::string& name) const override {
        if (const auto length = mark_length(name)) {
            buffered(*length);
            return nullptr;
        }
        last_ = &name;
        step();
        const Data* value = context::get(name);
        // Escaped, a character becomes at most 6 ("&quot;").
        if (value != nullptr && value->is_string()) buffered(6 * value->string_value().size());
        return value;
    }
    // Checked for in scan() already: a value is never read as a template.
    const Data* get_partial(const std::string&) const override { return nullptr; }

    std::string last_name() const { return last_ == nullptr ? std::string() : *last_; }

    // The page so far; throws when it would pass max_output.
    void write(const std::string& s) {
        if (s.size() > limits_.max_output - page.size()) too_large();
        page += s;
        pending_ = 0;  // the line buffer was just written out
    }
    std::string page;

private:
    void step() const {
        steps_ += depth_;
        if (steps_ <= limits_.max_steps) return;
        throw Stop{"the template takes more than " + std::to_string(limits_.max_steps) +
                   " steps to render (the last name looked up: '" + last_name() +
                   "'); a section probably repeats a list inside itself, such as {{#days}} "
                   "inside {{#days}}"};
    }
    void buffered(std::size_t bytes) const {
        pending_ += bytes;
        if (pending_ > limits_.max_output - page.size()) too_large();
    }
    [[noreturn]] void too_large() const {
        throw Stop{"the page would be larger than " + std::to_string(limits_.max_output >> 20) +
                   " MB (the last name looked up: '" + last_name() +
                   "'); a section probably repeats a list inside itself"};
    }

    const TemplateLimits& limits_;
    std::uint64_t depth_ = 1;  // the data the rendering starts from
    mutable std::uint64_t steps_ = 0;
    mutable std::size_t pending_ = 0;  // bytes kainjow may hold in its line buffer, at most
    mutable const std::string* last_ = nullptr;
};

// What kainjow writes into: `stream << text` is all it asks of a stream.
struct Output {
    CountingContext& context;
    Output& operator<<(const std::string& s) {
        context.write(s);
        return *this;
    }
};

}  // namespace

void check_template(std::string_view text, const std::string& name, const TemplateLimits& limits) {
    scan(text, name, limits, nullptr);
}

namespace {

kainjow::mustache::mustache compile(const std::string& text, const std::string& name,
                                    const TemplateLimits& limits) {
    std::string marked;
    scan(text, name, limits, &marked);
    // The text as written first, so that kainjow's errors point into it.
    if (kainjow::mustache::mustache plain(text); !plain.is_valid())
        throw TemplateError(with_place(plain.error_message(), text, name));
    kainjow::mustache::mustache tmpl(marked);
    if (!tmpl.is_valid()) throw TemplateError(name + ": " + tmpl.error_message());
    // {{name}} goes through the one HTML escaping function (util/html.h), not kainjow's own.
    tmpl.set_custom_escape([](const std::string& s) { return html_text(s); });
    return tmpl;
}

}  // namespace

CompiledTemplate::CompiledTemplate(const std::string& text, const std::string& name,
                                   const TemplateLimits& limits)
    : name_(name), limits_(limits), template_(compile(text, name, limits)) {}

std::string CompiledTemplate::render(const Data& data) {
    return render_layers(std::vector<const Data*>{&data});
}

std::string CompiledTemplate::render_layers(const std::vector<const Data*>& layers) {
    if (layers.empty()) throw TemplateError(name_ + ": nothing to render");
    CountingContext context(layers.front(), limits_);
    for (std::size_t i = 1; i < layers.size(); ++i) context.push(layers[i]);
    Output out{context};
    try {
        template_.render(context, out);
    } catch (const Stop& stop) {
        throw TemplateError(name_ + ": " + stop.message);
    }
    if (!template_.is_valid()) throw TemplateError(name_ + ": " + template_.error_message());
    return std::move(context.page);
}

std::string render_template(const std::string& text, const std::string& name, const Data& data,
                            const TemplateLimits& limits) {
    return CompiledTemplate(text, name, limits).render(data);
}

}  // namespace summitry
