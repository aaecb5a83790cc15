// SPDX-License-Identifier: MIT
#pragma once
// frab/pentabarf schedule XML, valid against the c3voc schema (schedule.xml.xsd): what Giggity,
// EventFahrplan, ConfClerk and the c3voc tools read.

#include <ostream>

#include "formats/formats.h"

namespace summitry {

// What the format cannot say is left out with a warning: a url that is no web address, a
// session of 100 hours or more (frab durations stop at 99:59).
ExportWarnings export_frab(const Event& event, const ExportRequest& request, std::ostream& out);

}  // namespace summitry
