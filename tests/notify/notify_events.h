// SPDX-License-Identifier: MIT
#pragma once
// The two releases the notify tests compare, as text: an evening at two venues, people in
// English and French, a private dinner.

#include <catch2/catch.hpp>
#include <string>

#include "io/event_loader.h"

namespace summitry::test {

inline const std::string notify_base = R"(summitry: 1
event:
  id: evening
  title: {en: An evening, fr: Une soirée}
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
  languages: [en, fr]
people:
  - id: ada
    name: Ada Lovelace
    email: ada@example.org
    languages: [fr]
  - id: bob
    name: Bob
    email: bob@example.org
  - id: cy
    name: Cy Nomail
  - id: dee
    name: Dee
    email: dee@example.org
  - id: eve
    name: Eve
    email: eve@example.org
venues:
  - id: embassy
    name: Embassy
    address: 1 Rue de l'Exemple, Paris
    travel_minutes: {annex: 20}
    rooms:
      - id: hall
        name: {en: Hall, fr: Grande salle}
      - id: salon
        name: Salon
  - id: annex
    name: Annex
    address: 9 Avenue Autre, Paris
    rooms:
      - id: studio
        name: Studio
sessions:
  - id: opening
    title: {en: Opening, fr: Ouverture}
    room: hall
    start: 2025-02-10 18:00
    end: 2025-02-10 18:30
    speakers: [ada]
  - id: panel
    title: Panel
    room: hall
    start: 2025-02-10 18:30
    duration: 1h
    speakers: [bob, cy]
    moderators: [ada]
  - id: dinner
    title: Dinner
    public: false
    room: salon
    start: 2025-02-10 20:00
    duration: 2h
    hosts: [dee]
  - id: talk
    title: A talk
    room: salon
    start: 2025-02-10 22:00
    duration: 30min
    speakers: [eve]
)";

inline Event load_notify_event(const std::string& text) {
    LoadResult r = load_event_text(text, "mem.yaml");
    std::string errors;
    for (const auto& d : r.diagnostics.items())
        if (d.severity == Severity::error) errors += d.rule + ": " + d.message + "\n";
    INFO(errors << text);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    return std::move(r.event);
}

inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace summitry::test
