// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "views/agenda.h"

namespace summitry {

enum class AgendaFormat { text, markdown, csv, json };
std::optional<AgendaFormat> agenda_format_from(std::string_view name);

void write_agenda(std::ostream& out, const Agenda& agenda, AgendaFormat format);

}  // namespace summitry
