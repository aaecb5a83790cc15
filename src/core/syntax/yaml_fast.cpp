// SPDX-License-Identifier: MIT
#include "syntax/yaml_fast.h"

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "util/utf8.h"

namespace summitry::yaml {

namespace {

// Thrown to leave the fast path: the text is not in the subset (or is not valid YAML, which
// yaml-cpp then reports in its own words).
struct NotMine {};

// The plain scalars yaml-cpp gives as nulls (its IsNullString), when written without quotes.
bool is_null_word(std::string_view s) {
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// Characters that give a plain scalar another meaning when they start it. Some may start a
// plain scalar in YAML 1.2 ("-1", ":x"); those are rare in event files and left to yaml-cpp.
bool is_indicator(char c) {
    return std::strchr("-?:,[]{}#&*!|>'\"%@`", c) != nullptr && c != '\0';
}

// Bytes the subset leaves to yaml-cpp wherever they are: tabs (indentation or separation, with
// rules of their own), a CR that is not part of CRLF, DEL and C1 controls (NEL among them, a line
// break in YAML 1.1), and a byte order mark inside the text. (LS and PS, U+2028 and U+2029, are
// ordinary characters to yaml-cpp, in text and in its marks: iCalendar imports hold them.)
bool has_foreign_bytes(std::string_view t) {
    const auto* p = reinterpret_cast<const unsigned char*>(t.data());
    const std::size_t n = t.size();
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (c == '\t' || c == 0x7f) return true;
        if (c == '\r' && (i + 1 == n || p[i + 1] != '\n')) return true;
        if (c == 0xc2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f) return true;
        if (c == 0xef && i + 2 < n && p[i + 1] == 0xbb && p[i + 2] == 0xbf) return true;
    }
    return false;
}

// One pass over the text with a cursor: the position, its line, and that line's bounds. Every
// event's mark is taken at the cursor, which is always on the line it names.
//
// Each block function starts at the first character of its node and returns with the cursor on
// the next content (after blank and comment lines) or at the end of the text: where yaml-cpp's
// next token is, which is also where it marks a null (an empty value).
class Scanner {
public:
    Scanner(std::string_view text, YAML::EventHandler& out) : t_(text), out_(out) {}

    void run() {
        if (has_foreign_bytes(t_)) throw NotMine{};
        enter_line(0);
        skip_blank();
        if (at_end()) return;  // empty, or comments only: no document, as yaml-cpp
        if (starts_marker()) {
            // A leading "---" alone on its line; anything after it on the line is left out.
            if (t_.compare(pos_, 3, "---") != 0) throw NotMine{};
            pos_ += 3;
            after_indicator();
            started_ = true;
            skip_blank();
            if (at_end()) throw NotMine{};  // a document that is only "---": a null root
        }
        started_ = true;
        out_.OnDocumentStart(mark());
        const int col = column();
        if (at_dash()) {
            block_sequence(col);
        } else if (key_ahead()) {
            block_map(col);
        } else {
            throw NotMine{};  // a scalar or a flow collection as the whole document
        }
        if (!at_end()) throw NotMine{};  // less indented than the root, or a second document
        out_.OnDocumentEnd();
    }

private:
    // --- the cursor ------------------------------------------------------------------------

    void enter_line(std::size_t start) {
        line_start_ = start;
        pos_ = start;
        const void* nl =
            start < t_.size() ? std::memchr(t_.data() + start, '\n', t_.size() - start) : nullptr;
        line_end_ =
            nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - t_.data()) : t_.size();
        // CRLF: the CR is part of the line break, never of the content.
        content_end_ = line_end_ > start && t_[line_end_ - 1] == '\r' ? line_end_ - 1 : line_end_;
    }
    // False at the last line (the cursor then stays at the end of the text).
    bool next_line() {
        if (line_end_ >= t_.size()) {
            pos_ = t_.size();
            return false;
        }
        ++line_;
        enter_line(line_end_ + 1);
        return true;
    }
    bool at_end() const { return pos_ >= t_.size(); }
    bool at_line_end() const { return pos_ >= content_end_; }
    bool at_comment() const { return pos_ < content_end_ && t_[pos_] == '#'; }
    int column() const { return static_cast<int>(pos_ - line_start_); }
    char peek(std::size_t ahead = 0) const {
        return pos_ + ahead < content_end_ ? t_[pos_ + ahead] : '\n';
    }
    void skip_spaces() {
        while (pos_ < content_end_ && t_[pos_] == ' ') ++pos_;
    }
    YAML::Mark mark() const {
        YAML::Mark m;
        m.pos = static_cast<int>(pos_);
        m.line = static_cast<int>(line_);
        m.column = column();
        return m;
    }

    // "---" or "..." at the start of a line: a document marker (or a plain scalar that looks
    // like one, which is left to yaml-cpp as well).
    bool starts_marker() const {
        if (pos_ != line_start_ || content_end_ - pos_ < 3) return false;
        const std::string_view s = t_.substr(pos_, 3);
        return s == "---" || s == "...";
    }

    // From the cursor (at a line's start, or after a value or indicator and a space) to the next
    // content, over blank lines and comments: a '#' here always follows a space or starts the
    // line (the callers see to it). A document marker after the first is a second document.
    void skip_blank() {
        for (;;) {
            skip_spaces();
            if (!at_line_end() && !at_comment()) {
                if (started_ && starts_marker()) throw NotMine{};
                return;
            }
            if (!next_line()) return;
        }
    }

    bool at_dash() const { return peek() == '-' && (peek(1) == ' ' || peek(1) == '\n'); }

    // --- blocks ----------------------------------------------------------------------------

    // Whether the line from the cursor starts with a key and ': ' (or ':' at the line's end).
    // For a plain key, remembers where its ':' is in key_colon_.
    bool key_ahead() {
        const char c = peek();
        if (c == '"' || c == '\'') {
            const std::size_t close = quote_end(pos_);
            std::size_t i = close + 1;
            while (i < content_end_ && t_[i] == ' ') ++i;
            return i < content_end_ && t_[i] == ':' && (i + 1 == content_end_ || t_[i + 1] == ' ');
        }
        if (c == '\n' || is_indicator(c)) return false;
        for (std::size_t i = pos_; i < content_end_; ++i) {
            if (t_[i] == '#' && t_[i - 1] == ' ') return false;
            if (t_[i] == ':' && (i + 1 == content_end_ || t_[i + 1] == ' ')) {
                key_colon_ = i;
                return true;
            }
        }
        return false;
    }

    void block_map(int col) {
        out_.OnMapStart(mark(), "?", 0, YAML::EmitterStyle::Block);
        for (;;) {
            key();
            skip_spaces();
            if (at_line_end() || at_comment()) {
                skip_blank();
                const int c = at_end() ? -1 : column();
                if (c > col) {
                    block_node();
                } else if (c == col && at_dash()) {
                    block_sequence(col);  // a list at its key's indentation
                } else {
                    out_.OnNull(mark(), 0);  // marked at the next token, as yaml-cpp does
                }
            } else {
                inline_value(col);
            }
            if (at_end() || column() < col) break;
            if (column() > col || !key_ahead()) throw NotMine{};
        }
        out_.OnMapEnd();
    }

    void block_sequence(int col) {
        out_.OnSequenceStart(mark(), "?", 0, YAML::EmitterStyle::Block);
        for (;;) {
            ++pos_;  // the '-'
            skip_spaces();
            if (at_line_end() || at_comment()) {
                skip_blank();
                if (!at_end() && column() > col) {
                    block_node();
                } else {
                    out_.OnNull(mark(), 0);
                }
            } else if (at_dash()) {
                block_sequence(column());  // "- - x": a list in a list
            } else if (key_ahead()) {
                block_map(column());  // "- key: value": a mapping in a list
            } else {
                inline_value(col);
            }
            // A line at the list's indentation that is no item ends it: a key of the mapping
            // around a list at its key's indentation; the caller checks.
            if (at_end() || column() != col || !at_dash()) break;
        }
        if (!at_end() && column() > col) throw NotMine{};
        out_.OnSequenceEnd();
    }

    // A node on lines of its own, more indented than its parent (the callers see to it).
    void block_node() {
        if (at_dash()) {
            block_sequence(column());
        } else if (key_ahead()) {
            block_map(column());
        } else {
            throw NotMine{};  // a scalar on the next line (may run over several lines)
        }
    }

    // The key at the cursor; leaves the cursor after its ':'.
    void key() {
        const char c = peek();
        if (c == '"' || c == '\'') {
            quoted();
            skip_spaces();
        } else {
            std::size_t end = key_colon_;
            while (end > pos_ && t_[end - 1] == ' ') --end;
            // YAML limits an implicit key to 1024 characters; yaml-cpp's behaviour past that is
            // its own to report.
            if (end - pos_ > 1024) throw NotMine{};
            plain(t_.substr(pos_, end - pos_));
            pos_ = key_colon_;
        }
        ++pos_;  // the ':' (key_ahead saw it)
    }

    // A value after "key: " or "- " on the same line.
    void inline_value(int parent_col) {
        const char c = peek();
        if (c == '"' || c == '\'') {
            quoted();
        } else if (c == '[' || c == '{') {
            flow(c);
        } else if (c == '|' || c == '>') {
            block_scalar(parent_col);
            return;
        } else if (is_indicator(c)) {
            throw NotMine{};
        } else {
            // Plain: to the line's end or a comment; a ': ' inside is an error in YAML.
            std::size_t end = pos_;
            while (end < content_end_) {
                const char d = t_[end];
                if (d == '#' && t_[end - 1] == ' ') break;
                if (d == ':' && (end + 1 == content_end_ || t_[end + 1] == ' ')) throw NotMine{};
                ++end;
            }
            std::size_t last = end;
            while (last > pos_ && t_[last - 1] == ' ') --last;
            plain(t_.substr(pos_, last - pos_));
            pos_ = last;
        }
        after_value();
    }

    // After a value on its line: spaces, then the line's end or a comment.
    void after_value() {
        after_indicator();
        skip_blank();
    }
    // After a value or a block scalar's header: the line's end, or spaces and a comment.
    void after_indicator() {
        const std::size_t before = pos_;
        skip_spaces();
        if (at_comment() && pos_ == before) throw NotMine{};  // "x"#: no space before the '#'
        if (!at_line_end() && !at_comment()) throw NotMine{};
    }

    // --- scalars ---------------------------------------------------------------------------

    void plain(std::string_view text) {
        if (is_null_word(text)) {
            out_.OnNull(mark(), 0);
            return;
        }
        value_.assign(text);
        out_.OnScalar(mark(), "?", 0, value_);
    }

    // Where the quoted scalar opening at `open` closes on its line; a quote that is not closed
    // there runs over lines, which is left to yaml-cpp.
    std::size_t quote_end(std::size_t open) const {
        const char q = t_[open];
        for (std::size_t i = open + 1; i < content_end_; ++i) {
            if (q == '"' && t_[i] == '\\') {
                ++i;
            } else if (t_[i] == q) {
                if (q == '\'' && i + 1 < content_end_ && t_[i + 1] == '\'') {
                    ++i;
                } else {
                    return i;
                }
            }
        }
        throw NotMine{};
    }

    // A quoted scalar at the cursor, on one line; leaves the cursor after its closing quote.
    void quoted() {
        const YAML::Mark at = mark();
        const char q = t_[pos_];
        const std::size_t close = quote_end(pos_);
        value_.clear();
        for (std::size_t i = pos_ + 1; i < close; ++i) {
            const char c = t_[i];
            if (q == '\'' && c == '\'') {
                value_ += '\'';
                ++i;  // '' is one quote
            } else if (q == '"' && c == '\\') {
                i = escape(i + 1, close);
            } else {
                value_ += c;
            }
        }
        pos_ = close + 1;
        out_.OnScalar(at, "!", 0, value_);
    }

    // The escape whose letter is at `i` (before `close`), appended to value_; returns the index
    // of its last character. yaml-cpp's escapes (exp.cpp), with its bytes: \N, \_ are the single
    // bytes 0x85 and 0xA0, not their UTF-8.
    std::size_t escape(std::size_t i, std::size_t close) {
        if (i >= close) throw NotMine{};
        int digits = 0;
        switch (t_[i]) {
            case '0': value_ += '\0'; break;
            case 'a': value_ += '\a'; break;
            case 'b': value_ += '\b'; break;
            case 't': value_ += '\t'; break;
            case 'n': value_ += '\n'; break;
            case 'v': value_ += '\v'; break;
            case 'f': value_ += '\f'; break;
            case 'r': value_ += '\r'; break;
            case 'e': value_ += '\x1b'; break;
            case ' ': value_ += ' '; break;
            case '"': value_ += '"'; break;
            case '\'': value_ += '\''; break;
            case '\\': value_ += '\\'; break;
            case '/': value_ += '/'; break;
            case 'N': value_ += '\x85'; break;
            case '_': value_ += '\xa0'; break;
            case 'L': value_ += "\xe2\x80\xa8"; break;
            case 'P': value_ += "\xe2\x80\xa9"; break;
            case 'x': digits = 2; break;
            case 'u': digits = 4; break;
            case 'U': digits = 8; break;
            default: throw NotMine{};  // an unknown escape: yaml-cpp's error
        }
        if (digits == 0) return i;
        std::uint32_t cp = 0;
        for (int k = 1; k <= digits; ++k) {
            if (i + static_cast<std::size_t>(k) >= close) throw NotMine{};
            const char h = t_[i + static_cast<std::size_t>(k)];
            int v = -1;
            if (h >= '0' && h <= '9') v = h - '0';
            if (h >= 'a' && h <= 'f') v = h - 'a' + 10;
            if (h >= 'A' && h <= 'F') v = h - 'A' + 10;
            if (v < 0) throw NotMine{};
            cp = cp * 16 + static_cast<std::uint32_t>(v);
        }
        if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) throw NotMine{};
        append_utf8(value_, cp);
        return i + static_cast<std::size_t>(digits);
    }

    // A flow list or mapping, opened and closed on this line, of scalars and flows (the writer
    // gives kept values back this way: `x-links: [{title: Slides, url: ...}]`).
    void flow(char open) {
        const bool is_map = open == '{';
        if (is_map) {
            out_.OnMapStart(mark(), "?", 0, YAML::EmitterStyle::Flow);
        } else {
            out_.OnSequenceStart(mark(), "?", 0, YAML::EmitterStyle::Flow);
        }
        const char close = is_map ? '}' : ']';
        ++pos_;
        skip_spaces();
        if (peek() == close) {
            ++pos_;
        } else {
            for (;;) {
                flow_node(is_map);
                if (is_map) {
                    if (peek() != ':' || peek(1) != ' ') throw NotMine{};
                    ++pos_;
                    skip_spaces();
                    flow_node(false);
                }
                const char c = peek();
                ++pos_;
                if (c == close) break;
                if (c != ',') throw NotMine{};
                skip_spaces();
            }
        }
        if (is_map) {
            out_.OnMapEnd();
        } else {
            out_.OnSequenceEnd();
        }
    }

    // An item of a flow, or a key (`key`) or value of a flow mapping. Its depth is bounded by
    // the tree builder's (ParseLimits::max_depth), which stops the parse past it.
    void flow_node(bool key) {
        const char c = peek();
        if (c == '[' || c == '{') {
            if (key) throw NotMine{};  // a flow as a key
            flow(c);
            skip_spaces();
        } else {
            flow_scalar(key);
        }
    }

    // A scalar inside [...] or {...}; leaves the cursor on the next ',', ']', '}' or ': '.
    // `key`: a ': ' may end it.
    void flow_scalar(bool key) {
        const char c = peek();
        if (c == '"' || c == '\'') {
            quoted();
        } else {
            if (c == '\n' || is_indicator(c)) throw NotMine{};
            std::size_t end = pos_;
            for (; end < content_end_; ++end) {
                const char d = t_[end];
                if (d == ',' || d == ']' || d == '}') break;
                if (d == ':') {
                    const char n = end + 1 < content_end_ ? t_[end + 1] : '\n';
                    if (n == ' ' || n == ',' || n == ']' || n == '}' || n == '\n') {
                        if (!key) throw NotMine{};  // a pair in a list, or "a: b: c"
                        break;
                    }
                }
                // Comments (a '#' after a space), '[' and '{' after text, and '?' (which ends a
                // plain scalar in yaml-cpp's flows) are yaml-cpp's; "a/#b" is text.
                if ((d == '#' && t_[end - 1] == ' ') || d == '[' || d == '{' || d == '?')
                    throw NotMine{};
            }
            if (end == content_end_) throw NotMine{};  // not closed on this line
            std::size_t last = end;
            while (last > pos_ && t_[last - 1] == ' ') --last;
            plain(t_.substr(pos_, last - pos_));
            pos_ = end;
        }
        skip_spaces();
    }

    // "|", "|-", ">" or ">-" at the cursor and the lines that hold its text: all that are more
    // indented than the first of them, and blank lines. The parent at `parent_col` holds it.
    void block_scalar(int parent_col) {
        const YAML::Mark at = mark();
        const bool folded = t_[pos_] == '>';
        ++pos_;
        const bool strip = peek() == '-';
        if (strip) ++pos_;
        // "|+", indentation indicators, text on the header's line: yaml-cpp's.
        if (!at_line_end() && peek() != ' ') throw NotMine{};
        after_indicator();

        value_.clear();
        std::size_t indent = 0;  // of the text, from its first line that is not blank
        std::size_t blank_run = 0;
        std::size_t leading_blank_spaces = 0;
        bool any = false;
        for (;;) {
            if (!next_line()) break;
            std::size_t s = 0;
            while (line_start_ + s < content_end_ && t_[line_start_ + s] == ' ') ++s;
            const bool blank = line_start_ + s == content_end_;
            if (blank) {
                // Spaces past the indentation on a blank line are text in YAML; not here.
                if (any && s > indent) throw NotMine{};
                if (!any) leading_blank_spaces = std::max(leading_blank_spaces, s);
                ++blank_run;
                continue;
            }
            if (!any) {
                indent = s;
                if (static_cast<int>(indent) <= parent_col || leading_blank_spaces > indent)
                    throw NotMine{};
            } else if (s < indent) {
                pos_ = line_start_;
                break;
            }
            if (folded && s > indent) throw NotMine{};  // more-indented lines keep their breaks
            if (any) {
                if (folded && blank_run == 0) {
                    value_ += ' ';
                } else {
                    value_.append(folded ? blank_run : blank_run + 1, '\n');
                }
            } else if (blank_run > 0) {
                value_.append(blank_run, '\n');  // leading blank lines are kept as breaks
            }
            blank_run = 0;
            any = true;
            value_.append(t_.substr(line_start_ + indent, content_end_ - line_start_ - indent));
            // The last line without its break: how yaml-cpp clips it is its own.
            if (line_end_ == t_.size()) throw NotMine{};
        }
        if (!any) throw NotMine{};  // an empty block scalar
        if (!strip) value_ += '\n';
        out_.OnScalar(at, "!", 0, value_);
        if (!at_end()) skip_blank();
    }

    std::string_view t_;
    YAML::EventHandler& out_;
    std::size_t pos_ = 0;
    std::size_t line_ = 0;  // 0-based, of pos_
    std::size_t line_start_ = 0;
    std::size_t line_end_ = 0;     // the '\n' ending the line, or the text's size
    std::size_t content_end_ = 0;  // line_end_, or its CR
    std::size_t key_colon_ = 0;
    bool started_ = false;  // past the document's start: a "---" now is another document
    std::string value_;     // the scalar being read, its buffer kept from one to the next
};

}  // namespace

bool parse_block_subset(std::string_view text, YAML::EventHandler& out) {
    try {
        Scanner(text, out).run();
        return true;
    } catch (const NotMine&) {
        return false;
    }
}

}  // namespace summitry::yaml
