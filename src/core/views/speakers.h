// SPDX-License-Identifier: MIT
#pragma once
// The speaker list: everyone taking part in a listed session, sorted by family name, with their
// role, organization and sessions. For badges, mail merges and the programme's index.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "model/event.h"

namespace summitry {

struct SpeakerSession {
    std::string id, title, part;  // part: speaker, moderator or host
    std::string day, start, end;  // local; empty when unscheduled
};

struct SpeakerEntry {
    std::string id, name, role, organization, organization_id, bio;
    std::vector<SpeakerSession> sessions;
};

struct SpeakersQuery {
    std::string lang;  // empty: the event's first language
    bool include_private = false;
};

std::vector<SpeakerEntry> build_speakers(const Event& event, const SpeakersQuery& query);

enum class SpeakersFormat { text, csv, json };
std::optional<SpeakersFormat> speakers_format_from(std::string_view name);
void write_speakers(std::ostream& out, const std::vector<SpeakerEntry>& speakers,
                    SpeakersFormat format);

}  // namespace summitry
