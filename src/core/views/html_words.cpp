// SPDX-License-Identifier: MIT
#include "views/html_words.h"

#include <array>

namespace summitry {

namespace {

using Words = std::vector<std::pair<std::string_view, std::string_view>>;

// One table per language, the same keys in the same order: a missing key would print nothing,
// so the test compares the keys of every table with English.
const Words english{
    {"programme", "Programme"},
    {"run_sheet", "Run-sheet"},
    {"contents", "Contents"},
    {"speakers", "Speakers"},
    {"organizations", "Organizations"},
    {"organizers", "Organized by"},
    {"venues", "Venues"},
    {"address", "Address"},
    {"travel", "Travel time"},
    {"minutes", "min"},
    {"rooms", "Rooms"},
    {"room", "Room"},
    {"capacity", "Capacity"},
    {"seats", "seats"},
    {"expected", "Expected"},
    {"requires", "Set-up"},
    {"contact", "Contact"},
    {"private", "Private"},
    {"tentative", "Tentative"},
    {"cancelled", "Cancelled"},
    {"speaker", "Speaker"},
    {"moderator", "Moderator"},
    {"moderators", "Moderated by"},
    {"host", "Host"},
    {"hosts", "Hosts"},
    {"with", "With"},
    {"language", "Language"},
    {"interpretation", "Interpretation"},
    {"printed_on", "Printed on"},
    {"unscheduled", "Not yet scheduled"},
    {"sessions", "Sessions"},
    {"track", "Track"},
    {"tracks", "Tracks"},
    {"staff_only", "For the team only: do not distribute"},
    {"over_capacity", "over capacity"},
    {"website", "Website"},
    {"day", "Day"},
    {"changed_since", "Changed since"},
    {"changes_since", "Changes since"},
    {"no_changes", "No change to the programme."},
    {"change_moved", "Moved"},
    {"change_retitled", "New title"},
    {"change_cancelled", "Cancelled"},
    {"change_reinstated", "Back on the programme"},
    {"change_added", "New"},
    {"change_removed", "Removed"},
    {"change_people", "Speakers changed"},
    {"change_details", "Details changed"},
    {"colon", ": "},
};

const Words french{
    {"programme", "Programme"},
    {"run_sheet", "Feuille de route"},
    {"contents", "Sommaire"},
    {"speakers", "Intervenants"},
    {"organizations", "Organisations"},
    {"organizers", "Organisé par"},
    {"venues", "Lieux"},
    {"address", "Adresse"},
    {"travel", "Temps de trajet"},
    {"minutes", "min"},
    {"rooms", "Salles"},
    {"room", "Salle"},
    {"capacity", "Capacité"},
    {"seats", "places"},
    {"expected", "Attendus"},
    {"requires", "Installation"},
    {"contact", "Contact"},
    {"private", "Privé"},
    {"tentative", "Provisoire"},
    {"cancelled", "Annulé"},
    {"speaker", "Intervenant"},
    {"moderator", "Modération"},
    {"moderators", "Modération"},
    {"host", "Accueil"},
    {"hosts", "Accueil"},
    {"with", "Avec"},
    {"language", "Langue"},
    {"interpretation", "Interprétation"},
    {"printed_on", "Imprimé le"},
    {"unscheduled", "Pas encore programmé"},
    {"sessions", "Sessions"},
    {"track", "Parcours"},
    {"tracks", "Parcours"},
    {"staff_only", "Réservé à l’équipe : ne pas diffuser"},
    {"over_capacity", "au-delà de la capacité"},
    {"website", "Site web"},
    {"day", "Jour"},
    {"changed_since", "Modifié depuis"},
    {"changes_since", "Changements depuis"},
    {"no_changes", "Aucun changement au programme."},
    {"change_moved", "Déplacé"},
    {"change_retitled", "Nouveau titre"},
    {"change_cancelled", "Annulé"},
    {"change_reinstated", "De retour au programme"},
    {"change_added", "Nouveau"},
    {"change_removed", "Retiré"},
    {"change_people", "Intervenants modifiés"},
    {"change_details", "Détails modifiés"},
    {"colon", "\u202F: "},  // French typography: a narrow no-break space before the colon
};

const Words german{
    {"programme", "Programm"},
    {"run_sheet", "Ablaufplan"},
    {"contents", "Inhalt"},
    {"speakers", "Mitwirkende"},
    {"organizations", "Organisationen"},
    {"organizers", "Veranstaltet von"},
    {"venues", "Veranstaltungsorte"},
    {"address", "Adresse"},
    {"travel", "Wegzeit"},
    {"minutes", "Min."},
    {"rooms", "Räume"},
    {"room", "Raum"},
    {"capacity", "Kapazität"},
    {"seats", "Plätze"},
    {"expected", "Erwartet"},
    {"requires", "Aufbau"},
    {"contact", "Kontakt"},
    {"private", "Nicht öffentlich"},
    {"tentative", "Vorläufig"},
    {"cancelled", "Abgesagt"},
    {"speaker", "Redner"},
    {"moderator", "Moderation"},
    {"moderators", "Moderation"},
    {"host", "Gastgeber"},
    {"hosts", "Gastgeber"},
    {"with", "Mit"},
    {"language", "Sprache"},
    {"interpretation", "Verdolmetschung"},
    {"printed_on", "Gedruckt am"},
    {"unscheduled", "Noch nicht eingeplant"},
    {"sessions", "Programmpunkte"},
    {"track", "Themenstrang"},
    {"tracks", "Themenstränge"},
    {"staff_only", "Nur für das Team: nicht weitergeben"},
    {"over_capacity", "über der Kapazität"},
    {"website", "Website"},
    {"day", "Tag"},
    {"changed_since", "Geändert seit"},
    {"changes_since", "Änderungen seit"},
    {"no_changes", "Keine Änderung am Programm."},
    {"change_moved", "Verlegt"},
    {"change_retitled", "Neuer Titel"},
    {"change_cancelled", "Abgesagt"},
    {"change_reinstated", "Wieder im Programm"},
    {"change_added", "Neu"},
    {"change_removed", "Entfällt"},
    {"change_people", "Mitwirkende geändert"},
    {"change_details", "Details geändert"},
    {"colon", ": "},
};

std::string_view primary(std::string_view lang) {
    return lang.substr(0, lang.find('-'));
}

int column(std::string_view lang) {
    const std::string_view p = primary(lang);
    return p == "fr" ? 1 : p == "de" ? 2 : 0;
}

// In the order of SessionKind.
constexpr std::array<std::array<std::string_view, 3>, 14> kinds{{
    {"Keynote", "Keynote", "Keynote"},
    {"Talk", "Intervention", "Vortrag"},
    {"Panel", "Table ronde", "Podiumsdiskussion"},
    {"Roundtable", "Table ronde", "Gesprächsrunde"},
    {"Fireside chat", "Conversation au coin du feu", "Kamingespräch"},
    {"Demo", "Démonstration", "Demo"},
    {"Workshop", "Atelier", "Workshop"},
    {"Announcement", "Annonce", "Ankündigung"},
    {"Signing", "Signature", "Unterzeichnung"},
    {"Reception", "Réception", "Empfang"},
    {"Networking", "Networking", "Networking"},
    {"Break", "Pause", "Pause"},
    {"Ceremony", "Cérémonie", "Zeremonie"},
    {"Other", "Autre", "Sonstiges"},
}};

struct LanguageName {
    std::string_view code;
    std::array<std::string_view, 3> name;  // in English, French, German
};

constexpr std::array<LanguageName, 22> languages{{
    {"ar", {"Arabic", "arabe", "Arabisch"}},
    {"cs", {"Czech", "tchèque", "Tschechisch"}},
    {"da", {"Danish", "danois", "Dänisch"}},
    {"de", {"German", "allemand", "Deutsch"}},
    {"el", {"Greek", "grec", "Griechisch"}},
    {"en", {"English", "anglais", "Englisch"}},
    {"es", {"Spanish", "espagnol", "Spanisch"}},
    {"fi", {"Finnish", "finnois", "Finnisch"}},
    {"fr", {"French", "français", "Französisch"}},
    {"hu", {"Hungarian", "hongrois", "Ungarisch"}},
    {"it", {"Italian", "italien", "Italienisch"}},
    {"ja", {"Japanese", "japonais", "Japanisch"}},
    {"nb", {"Norwegian", "norvégien", "Norwegisch"}},
    {"nl", {"Dutch", "néerlandais", "Niederländisch"}},
    {"no", {"Norwegian", "norvégien", "Norwegisch"}},
    {"pl", {"Polish", "polonais", "Polnisch"}},
    {"pt", {"Portuguese", "portugais", "Portugiesisch"}},
    {"ro", {"Romanian", "roumain", "Rumänisch"}},
    {"ru", {"Russian", "russe", "Russisch"}},
    {"sv", {"Swedish", "suédois", "Schwedisch"}},
    {"uk", {"Ukrainian", "ukrainien", "Ukrainisch"}},
    {"zh", {"Chinese", "chinois", "Chinesisch"}},
}};

}  // namespace

const Words& html_labels(std::string_view lang) {
    switch (column(lang)) {
        case 1: return french;
        case 2: return german;
        default: return english;
    }
}

std::string_view kind_label(SessionKind kind, std::string_view lang) {
    const auto k = static_cast<std::size_t>(kind);
    return k < kinds.size() ? kinds[k][static_cast<std::size_t>(column(lang))] : to_string(kind);
}

std::string language_name(std::string_view code, std::string_view lang) {
    const std::string_view p = primary(code);
    for (const auto& l : languages)
        if (l.code == p) return std::string(l.name[static_cast<std::size_t>(column(lang))]);
    return std::string(code);
}

}  // namespace summitry
