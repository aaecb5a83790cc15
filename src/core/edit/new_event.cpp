// SPDX-License-Identifier: MIT
#include "edit/new_event.h"

#include <functional>
#include <set>
#include <stdexcept>

#include "io/event_writer.h"
#include "syntax/text_scan.h"
#include "util/collate.h"
#include "util/i18n.h"
#include "util/utf8.h"

namespace summitry {
namespace {

// What one name may hold: a title or a room's name is a line, not a document.
constexpr std::size_t max_name_bytes = 1000;
// Rooms the dialog may create at once; more are added in the planner.
constexpr std::size_t max_rooms = 200;

bool valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto [cp, n] = decode_utf8(text, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

// A control character other than the line breaks and tabs a name's spaces are made of: the
// checks warn of them (exports and printouts would show them wrong).
bool has_control(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto [cp, n] = decode_utf8(text, i);
        if (n == 0) return false;
        if ((cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t') || (cp >= 0x7f && cp <= 0x9f))
            return true;
        i += n;
    }
    return false;
}

// Refuses a text the file should not hold as a name.
void check_name(std::string_view text) {
    if (text.size() > max_name_bytes)
        // TRANSLATORS: refusal of the New event dialog. {0} is a number of bytes.
        throw std::invalid_argument(
            format_message(tr("a name is longer than {0} bytes"), std::to_string(max_name_bytes)));
    if (!valid_utf8(text))
        throw std::invalid_argument(tr("a name holds bytes that are not UTF-8 text"));
    if (has_control(text)) throw std::invalid_argument(tr("a name holds a control character"));
}

std::string trimmed(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return std::string(text);
}

std::string unique(std::set<std::string>& taken, const std::string& base) {
    if (taken.insert(base).second) return base;
    for (int n = 2;; ++n) {
        std::string candidate = base + "-" + std::to_string(n);
        if (taken.insert(candidate).second) return candidate;
    }
}

}  // namespace

std::string slug_from_name(std::string_view name) {
    const std::string folded = sort_key(name);  // lower case, Latin accents folded
    std::string out;
    for (char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
        if (out.size() >= 48) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.empty()) out = "x" + std::to_string(std::hash<std::string_view>{}(name) % 1000000);
    return out;
}

std::string new_event_text(const NewEvent& spec) {
    if (spec.languages.empty())
        throw std::invalid_argument(tr("the event needs at least one language"));
    std::set<std::string> languages;
    for (const std::string& lang : spec.languages) {
        if (!is_language_code(lang))
            // TRANSLATORS: refusal of the New event dialog. {0} is what was typed.
            throw std::invalid_argument(
                format_message(tr("'{0}' is not a language code (en, fr, de, pt-BR)"), lang));
        if (!languages.insert(lang).second)
            throw std::invalid_argument(format_message(tr("language '{0}' is given twice"), lang));
    }
    std::vector<std::pair<std::string, std::string>> titles;
    for (const std::string& lang : spec.languages)
        for (const auto& [code, text] : spec.titles)
            if (code == lang) {
                check_name(text);
                // A title is one line: the grid, the programme's heading and the window's title
                // show it so; a newline typed into the field becomes a space.
                std::string line = trimmed(text);
                for (char& c : line)
                    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
                if (!line.empty()) titles.emplace_back(lang, line);
            }
    if (titles.empty() || titles.front().first != spec.languages.front())
        // TRANSLATORS: refusal of the New event dialog. {0} is a language code.
        throw std::invalid_argument(format_message(
            tr("the event needs a title in its first language ({0})"), spec.languages.front()));
    if (find_zone(spec.timezone) == nullptr)
        throw std::invalid_argument(format_message(
            tr("'{0}' is not a time zone of the tz database (Europe/Paris, America/New_York)"),
            spec.timezone));
    if (spec.end_date < spec.start_date)
        throw std::invalid_argument(tr("the last day is before the first day"));
    if (spec.end_date - spec.start_date > date::days(366))
        throw std::invalid_argument(tr("the event lasts more than a year"));

    std::string out = "# Made with Summitry's New event.\nsummitry: 1\n\nevent:\n";
    // An id as a scalar too: a slug may be "null", "yes" or "1e3".
    out += "  id: " + yaml_scalar(slug_from_name(titles.front().second)) + "\n";
    out += "  title:\n";
    for (const auto& [lang, text] : titles) out += "    " + lang + ": " + yaml_scalar(text) + "\n";
    out += "  timezone: " + yaml_scalar(spec.timezone) + "\n";
    out += "  start_date: " + date::format("%F", spec.start_date) + "\n";
    out += "  end_date: " + date::format("%F", spec.end_date) + "\n";
    out += "  languages: [";
    for (std::size_t i = 0; i < spec.languages.size(); ++i)
        out += (i ? ", " : "") + spec.languages[i];
    out += "]\n";

    const std::string venue = trimmed(spec.venue);
    std::vector<std::string> rooms;
    for (const std::string& room : spec.rooms) {
        check_name(room);
        std::string name = trimmed(room);
        for (char& c : name)
            if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        if (!name.empty()) rooms.push_back(std::move(name));
    }
    if (venue.empty()) {
        if (!rooms.empty()) throw std::invalid_argument(tr("rooms need a venue: give its name"));
        return out;
    }
    check_name(venue);
    if (rooms.empty()) throw std::invalid_argument(tr("the venue needs at least one room"));
    if (rooms.size() > max_rooms)
        throw std::invalid_argument(format_message(tr("more than {0} rooms: add the others later"),
                                                   std::to_string(max_rooms)));
    std::string venue_line = venue;
    for (char& c : venue_line)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    out += "\nvenues:\n";
    out += "  - id: " + yaml_scalar(slug_from_name(venue_line)) + "\n";
    out += "    name: " + yaml_scalar(venue_line) + "\n";
    out += "    rooms:\n";
    std::set<std::string> taken;
    for (const std::string& room : rooms) {
        out += "      - id: " + yaml_scalar(unique(taken, slug_from_name(room))) + "\n";
        out += "        name: " + yaml_scalar(room) + "\n";
    }
    return out;
}

}  // namespace summitry
