// SPDX-License-Identifier: MIT
#include "site/site_words.h"

#include "views/html_words.h"

namespace summitry {

namespace {

// One table per language, the same keys in the same order (tests/site compares them).
const SiteWords english{
    {"skip", "Skip to the content"},
    {"home", "Home"},
    {"site_nav", "Site"},
    {"search", "Search"},
    {"search_label", "Search titles, people and descriptions"},
    {"search_needs_script",
     "Search runs in your browser and needs JavaScript. Every session is "
     "also listed in the programme by day."},
    {"no_results", "Nothing matches."},
    {"results", "results"},
    {"days", "Programme by day"},
    {"list", "List"},
    {"grid", "Grid"},
    {"time", "Time"},
    {"people", "People"},
    {"rooms_venues", "Rooms and venues"},
    {"venue", "Venue"},
    {"calendars", "Calendars"},
    {"calendar", "Calendar"},
    {"subscribe", "Subscribe"},
    {"download_ics", "Download (.ics)"},
    {"whole_event", "The whole event"},
    {"apps", "For conference apps"},
    {"frab_xml", "schedule.xml (frab)"},
    {"c3voc_json", "schedule.json (c3voc)"},
    {"changes", "Changes"},
    {"feed", "Atom feed of changes"},
    {"release", "Release"},
    {"published", "Published"},
    {"first_release", "The first published programme."},
    {"release_unchanged", "Nothing changed for attendees."},
    {"added", "Added"},
    {"removed", "Removed"},
    {"reinstated", "Reinstated"},
    {"moved", "Moved"},
    {"retitled", "Retitled"},
    {"people_changed", "People changed"},
    {"details", "Details changed"},
    {"before", "before"},
    {"after", "after"},
    {"joined", "joined"},
    {"left", "left"},
    {"language_switch", "Language"},
    {"choose_language", "Choose a language"},
    {"times_local", "Times are local to each venue"},
    {"travel_from_here", "Travel to the other venues"},
    {"sessions_here", "Sessions"},
    {"session_of", "Session"},
    {"members", "People"},
    {"none_yet", "Nothing yet."},
    {"made_with", "Made with Summitry"},
    {"more", "More"},
    {"all_days", "All days"},
};

const SiteWords french{
    {"skip", "Aller au contenu"},
    {"home", "Accueil"},
    {"site_nav", "Site"},
    {"search", "Rechercher"},
    {"search_label", "Rechercher dans les titres, les personnes et les descriptions"},
    {"search_needs_script",
     "La recherche se fait dans votre navigateur et demande JavaScript. Chaque session figure "
     "aussi au programme par jour."},
    {"no_results", "Aucun résultat."},
    {"results", "résultats"},
    {"days", "Programme par jour"},
    {"list", "Liste"},
    {"grid", "Grille"},
    {"time", "Heure"},
    {"people", "Personnes"},
    {"rooms_venues", "Salles et lieux"},
    {"venue", "Lieu"},
    {"calendars", "Calendriers"},
    {"calendar", "Calendrier"},
    {"subscribe", "S’abonner"},
    {"download_ics", "Télécharger (.ics)"},
    {"whole_event", "Tout l’événement"},
    {"apps", "Pour les applications de conférence"},
    {"frab_xml", "schedule.xml (frab)"},
    {"c3voc_json", "schedule.json (c3voc)"},
    {"changes", "Modifications"},
    {"feed", "Flux Atom des modifications"},
    {"release", "Version"},
    {"published", "Publiée le"},
    {"first_release", "Le premier programme publié."},
    {"release_unchanged", "Rien n’a changé pour les participants."},
    {"added", "Ajouté"},
    {"removed", "Retiré"},
    {"reinstated", "Rétabli"},
    {"moved", "Déplacé"},
    {"retitled", "Renommé"},
    {"people_changed", "Intervenants modifiés"},
    {"details", "Détails modifiés"},
    {"before", "avant"},
    {"after", "après"},
    {"joined", "arrivée"},
    {"left", "départ"},
    {"language_switch", "Langue"},
    {"choose_language", "Choisir une langue"},
    {"times_local", "Les heures sont celles de chaque lieu"},
    {"travel_from_here", "Trajet vers les autres lieux"},
    {"sessions_here", "Sessions"},
    {"session_of", "Session"},
    {"members", "Personnes"},
    {"none_yet", "Rien pour l’instant."},
    {"made_with", "Réalisé avec Summitry"},
    {"more", "Plus"},
    {"all_days", "Tous les jours"},
};

const SiteWords german{
    {"skip", "Zum Inhalt springen"},
    {"home", "Start"},
    {"site_nav", "Website"},
    {"search", "Suchen"},
    {"search_label", "Titel, Personen und Beschreibungen durchsuchen"},
    {"search_needs_script",
     "Die Suche läuft im Browser und braucht JavaScript. Alle "
     "Veranstaltungen stehen auch im Programm nach Tagen."},
    {"no_results", "Keine Treffer."},
    {"results", "Treffer"},
    {"days", "Programm nach Tagen"},
    {"list", "Liste"},
    {"grid", "Raster"},
    {"time", "Uhrzeit"},
    {"people", "Personen"},
    {"rooms_venues", "Räume und Orte"},
    {"venue", "Ort"},
    {"calendars", "Kalender"},
    {"calendar", "Kalender"},
    {"subscribe", "Abonnieren"},
    {"download_ics", "Herunterladen (.ics)"},
    {"whole_event", "Die ganze Veranstaltung"},
    {"apps", "Für Konferenz-Apps"},
    {"frab_xml", "schedule.xml (frab)"},
    {"c3voc_json", "schedule.json (c3voc)"},
    {"changes", "Änderungen"},
    {"feed", "Atom-Feed der Änderungen"},
    {"release", "Version"},
    {"published", "Veröffentlicht"},
    {"first_release", "Das erste veröffentlichte Programm."},
    {"release_unchanged", "Für Teilnehmende hat sich nichts geändert."},
    {"added", "Hinzugefügt"},
    {"removed", "Entfernt"},
    {"reinstated", "Wieder aufgenommen"},
    {"moved", "Verlegt"},
    {"retitled", "Umbenannt"},
    {"people_changed", "Mitwirkende geändert"},
    {"details", "Details geändert"},
    {"before", "vorher"},
    {"after", "nachher"},
    {"joined", "neu dabei"},
    {"left", "nicht mehr dabei"},
    {"language_switch", "Sprache"},
    {"choose_language", "Sprache wählen"},
    {"times_local", "Alle Zeiten in der Ortszeit des jeweiligen Orts"},
    {"travel_from_here", "Wege zu den anderen Orten"},
    {"sessions_here", "Veranstaltungen"},
    {"session_of", "Veranstaltung"},
    {"members", "Personen"},
    {"none_yet", "Noch nichts."},
    {"made_with", "Erstellt mit Summitry"},
    {"more", "Mehr"},
    {"all_days", "Alle Tage"},
};

}  // namespace

const SiteWords& site_words(std::string_view lang) {
    if (lang == "fr") return french;
    if (lang == "de") return german;
    return english;
}

std::string_view site_word(std::string_view lang, std::string_view key) {
    for (const auto& [k, word] : site_words(lang))
        if (k == key) return word;
    for (const auto& [k, word] : html_labels(lang))
        if (k == key) return word;
    return key;
}

}  // namespace summitry
