// SPDX-License-Identifier: MIT
#pragma once
// The interface's language: English in the source, French from po/fr.po (compiled by msgfmt at
// build time into <build>/locale/fr/LC_MESSAGES/summitry.mo, installed under share/locale).
// It follows the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) through wxTranslations.
// wxLocale is not used: it would also set LC_NUMERIC, and the event files' numbers and times
// must not be read with a decimal comma.
// The core's own messages (conflicts, refused edits) are looked up in the same catalog: they are
// in the language that was set when they were made, so set it before opening an event.

#include <string>

namespace summitry::gui {

// `lang`: "" for the system's language, else "fr", "en"... Returns whether Summitry's catalog
// for that language was found (English needs none). Installs the core's translator
// (util/i18n.h) too: call it at start-up, before any other thread uses the core.
bool init_translations(const std::string& lang = {});

}  // namespace summitry::gui
