// SPDX-License-Identifier: MIT
#include "notify/words.h"

namespace summitry::notify {

namespace {

constexpr NoticeWords english{
    .subject_one = "{0}: {1} ({2})",
    .subject_many = "{0} of your sessions changed ({1})",
    .greeting = "Hello {0},",
    .intro = "The programme of {0} has changed for sessions you take part in:",
    .added = "New",
    .removed = "Removed",
    .moved = "Moved",
    .retitled = "Retitled",
    .cancelled = "Cancelled",
    .reinstated = "Reinstated",
    .joined = "You were added",
    .left = "You were taken off",
    .lineup = "New line-up",
    .removed_text = "This session was removed from the programme.",
    .cancelled_text = "This session is cancelled.",
    .reinstated_text = "This session takes place after all.",
    .joined_text = "You now take part in this session.",
    .left_text = "You no longer take part in this session.",
    .date = "Date",
    .time = "Time",
    .room = "Room",
    .venue = "Venue",
    .title = "Title",
    .people_joined = "Joined",
    .people_left = "Left",
    .travel = "Travel time from your previous session ({1}, {2}): {0} min",
    .not_scheduled = "not yet scheduled",
    .none = "(none)",
    .agenda = "Your sessions",
    .agenda_empty = "You take part in no session now.",
    .cancelled_mark = "cancelled",
    .private_mark = "private",
    .calendar_note = "The attached invitations update your calendar.",
    .signature = "Questions? Reply to this message or write to {0}.",
    .colon = ": ",
};

constexpr NoticeWords french{
    .subject_one = "{0}\u00a0: {1} ({2})",
    .subject_many = "{0} de vos séances ont changé ({1})",
    .greeting = "Bonjour {0},",
    .intro = "Le programme de {0} a changé pour des séances auxquelles vous participez\u00a0:",
    .added = "Nouvelle séance",
    .removed = "Supprimée",
    .moved = "Déplacée",
    .retitled = "Nouveau titre",
    .cancelled = "Annulée",
    .reinstated = "Rétablie",
    .joined = "Vous y avez été ajouté·e",
    .left = "Vous n'y participez plus",
    .lineup = "Intervenants modifiés",
    .removed_text = "Cette séance a été retirée du programme.",
    .cancelled_text = "Cette séance est annulée.",
    .reinstated_text = "Cette séance aura bien lieu.",
    .joined_text = "Vous participez désormais à cette séance.",
    .left_text = "Vous ne participez plus à cette séance.",
    .date = "Date",
    .time = "Heure",
    .room = "Salle",
    .venue = "Lieu",
    .title = "Titre",
    .people_joined = "Arrivées",
    .people_left = "Départs",
    .travel = "Trajet depuis votre séance précédente ({1}, {2})\u00a0: {0} min",
    .not_scheduled = "pas encore programmée",
    .none = "(aucun)",
    .agenda = "Vos séances",
    .agenda_empty = "Vous ne participez à aucune séance pour l'instant.",
    .cancelled_mark = "annulée",
    .private_mark = "privée",
    .calendar_note = "Les invitations jointes mettent votre agenda à jour.",
    .signature = "Une question\u00a0? Répondez à ce message ou écrivez à {0}.",
    .colon = "\u00a0: ",
};

}  // namespace

const NoticeWords& notice_words(std::string_view lang) {
    if (lang.starts_with("fr")) return french;
    return english;
}

}  // namespace summitry::notify
