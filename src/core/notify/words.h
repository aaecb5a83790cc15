// SPDX-License-Identifier: MIT
#pragma once
// The words of a notice around the organizers' texts, in the person's language: one table per
// language the notices speak (English, French), English for any other. A table is an aggregate
// of every word, so a language cannot lack one (the test checks that none is empty).
// Placeholders are util/i18n.h's: {0}, {1}, filled by format_message.

#include <string_view>

namespace summitry::notify {

struct NoticeWords {
    std::string_view subject_one;   // {0} what changed, {1} the session, {2} the event
    std::string_view subject_many;  // {0} how many sessions, {1} the event
    std::string_view greeting;      // {0} the person's name
    std::string_view intro;         // {0} the event
    std::string_view added, removed, moved, retitled, cancelled, reinstated, joined, left, lineup;
    std::string_view removed_text, cancelled_text, reinstated_text, joined_text, left_text;
    std::string_view date, time, room, venue, title;
    std::string_view people_joined, people_left;
    std::string_view travel;  // {0} minutes, {1} the previous session, {2} its venue
    std::string_view not_scheduled;
    std::string_view none;
    std::string_view agenda;  // heading of the person's whole current agenda
    std::string_view agenda_empty;
    std::string_view cancelled_mark, private_mark;
    std::string_view calendar_note;  // the attached invitations update the calendar
    std::string_view signature;      // {0} the organizer's address
    std::string_view colon;          // French puts a (narrow) space before the colon
};

const NoticeWords& notice_words(std::string_view lang);

}  // namespace summitry::notify
