// SPDX-License-Identifier: MIT
#pragma once
// The few words plain-text outputs print around the organizers' texts (the text and Markdown
// agenda, iCalendar descriptions), in English, French and German; English for any other
// language. One table, so that a calendar entry reads like the agenda it came from.

#include <string_view>

namespace summitry {

struct AgendaLabels {
    std::string_view speakers, moderators, hosts, with, unscheduled, cancelled, tentative, private_;
    std::string_view interpretation;
    std::string_view colon;  // French sets a (non-breaking) space before the colon
};

inline AgendaLabels agenda_labels(std::string_view lang) {
    if (lang.starts_with("fr"))
        return {"Intervenants", "Modération",  "Accueil", "Avec",           "Pas encore programmé",
                "annulé",       "à confirmer", "privé",   "interprétation", "\u00a0: "};
    if (lang.starts_with("de"))
        return {"Sprecher", "Moderation", "Gastgeber", "Mit",         "Noch nicht eingeplant",
                "abgesagt", "vorläufig",  "privat",    "Dolmetschen", ": "};
    return {"Speakers",  "Moderators", "Hosts",   "With",           "Not yet scheduled",
            "cancelled", "tentative",  "private", "interpretation", ": "};
}

}  // namespace summitry
