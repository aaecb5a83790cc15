// SPDX-License-Identifier: MIT
#pragma once
// Translatable messages of the core, without a GUI library or the system's locale.
//
// The core writes its messages in English, marks the ones a person reads in the planner with
// tr(), and fills them in with format_message():
//
//     // TRANSLATORS: {0} is a room, {1} and {3} sessions, {2} and {4} their times.
//     format_message(tr("'{0}' holds '{1}' ({2}) and '{3}' ({4})"), room, a, span_a, b, span_b)
//
// Nothing is translated until a program installs a translator: the CLI never does, so its
// output stays the English that cli.md fixes; the planner installs a lookup in its gettext
// catalog (src/gui/translations.cpp). xgettext finds the messages with --keyword=tr, and the
// comments starting with "TRANSLATORS:" right above them (po/fr.po says how).
//
// Placeholders are positional, {0} to {9}..., so that a translation may put the arguments in
// another order or repeat one. "{{" and "}}" write a literal brace. Anything else is copied as
// is: a lone brace, "{}" or "{x}", and a placeholder without an argument ("{3}" with three
// arguments), which shows the mistake rather than hiding it. A msgid shown without
// format_message must not contain "{{" or "}}", whose escaping only format_message undoes.
//
// There are no plural forms: where a count can be one or more, the code chooses between whole
// sentences ("1 minute" or "{0} minutes"), which suits English and French alike.
//
// Thread safety: set_translator() is called once at start-up (or when the interface's language
// changes, while no other thread uses the core); tr() may then be called from any thread, and
// the translator it calls must itself be safe to call from several threads at once.

#include <concepts>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace summitry {

// Returns the translation of an English msgid (UTF-8), or the msgid itself when it has none.
using Translator = std::function<std::string(std::string_view msgid)>;

// Installs `translator`; an empty one goes back to English.
void set_translator(Translator translator);

// The translation of `msgid` by the installed translator, or `msgid` when none is installed
// (or it gives an empty string: an untranslated entry).
std::string tr(const char* msgid);

// `pattern` with {0}, {1}... replaced by the arguments (see above).
std::string format_message(std::string_view pattern, std::initializer_list<std::string_view> args);

namespace i18n_detail {
inline std::string_view arg(std::string_view s) {
    return s;
}
inline std::string_view arg(const char* s) {
    return s;
}
template <std::integral I>
requires(!std::same_as<I, bool> && !std::same_as<I, char>) std::string arg(I n) {
    return std::to_string(n);
}
}  // namespace i18n_detail

// format_message(pattern, a, b, c): the arguments are strings or integers.
template <class... Args>
std::string format_message(std::string_view pattern, const Args&... args) {
    // An integer's text lives until the end of the full expression, the call included.
    return format_message(pattern, std::initializer_list<std::string_view>{
                                       std::string_view(i18n_detail::arg(args))...});
}

}  // namespace summitry
