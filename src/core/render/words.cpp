// SPDX-License-Identifier: MIT
#include "render/words.h"

#include <array>

#include "views/html_words.h"

namespace summitry::render {

namespace {

struct PrintWord {
    std::string_view key;
    std::array<std::string_view, 3> word;  // English, French, German
};

constexpr std::array<PrintWord, 14> print_words{{
    {"partners",
     {"Partners and organizations", "Partenaires et organisations", "Partner und Organisationen"}},
    {"agenda", {"Agenda", "Déroulé", "Ablauf"}},
    {"grid", {"At a glance", "En un coup d’œil", "Auf einen Blick"}},
    {"conflicts", {"Open conflicts", "Conflits à résoudre", "Offene Konflikte"}},
    {"no_conflicts", {"No open conflict.", "Aucun conflit.", "Keine offenen Konflikte."}},
    {"contacts", {"People and contacts", "Personnes et contacts", "Personen und Kontakte"}},
    {"page", {"p.", "p.", "S."}},
    {"rooms_of", {"rooms", "salles", "Räume"}},
    {"other_track", {"Other", "Autres", "Sonstige"}},
    {"features", {"Equipment", "Équipement", "Ausstattung"}},
    {"on_programme", {"On the programme", "Au programme", "Im Programm"}},
    {"same_venue", {"—", "—", "—"}},
    {"continued", {"continued", "suite", "Fortsetzung"}},
    {"of", {"of", "sur", "von"}},
}};

int column(std::string_view lang) {
    const std::string_view p = lang.substr(0, lang.find('-'));
    return p == "fr" ? 1 : p == "de" ? 2 : 0;
}

}  // namespace

std::string word(std::string_view key, std::string_view lang) {
    for (const auto& w : print_words)
        if (w.key == key) return std::string(w.word[static_cast<std::size_t>(column(lang))]);
    for (const auto& [k, v] : html_labels(lang))
        if (k == key) return std::string(v);
    return std::string(key);
}

}  // namespace summitry::render
