// SPDX-License-Identifier: MIT
#include "words.h"

#include <wx/translation.h>

#include <iterator>

namespace summitry::gui {
namespace {

struct Word {
    std::string_view word;  // as the file writes it
    const char* label;      // msgid
};

// TRANSLATORS: the kinds and statuses of a session (event-format.md), shown in the sessions
// table and the inspector; the file keeps the English word.
constexpr Word words[] = {
    {"keynote", wxTRANSLATE("keynote")},
    {"talk", wxTRANSLATE("talk")},
    {"panel", wxTRANSLATE("panel")},
    {"roundtable", wxTRANSLATE("roundtable")},
    {"fireside-chat", wxTRANSLATE("fireside chat")},
    {"demo", wxTRANSLATE("demo")},
    {"workshop", wxTRANSLATE("workshop")},
    {"announcement", wxTRANSLATE("announcement")},
    {"signing", wxTRANSLATE("signing")},
    {"reception", wxTRANSLATE("reception")},
    {"networking", wxTRANSLATE("networking")},
    {"break", wxTRANSLATE("break")},
    {"ceremony", wxTRANSLATE("ceremony")},
    {"other", wxTRANSLATE("other")},
    {"confirmed", wxTRANSLATE("confirmed")},
    {"tentative", wxTRANSLATE("tentative")},
    {"cancelled", wxTRANSLATE("cancelled")},
};

}  // namespace

wxString word_label(std::string_view word) {
    for (const Word& w : words)
        if (w.word == word) return wxGetTranslation(w.label);
    return wxString::FromUTF8(word.data(), word.size());
}

}  // namespace summitry::gui
