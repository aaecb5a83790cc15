// SPDX-License-Identifier: MIT
#pragma once
// c3voc schedule.json, valid against schedule.schema.json (draft-06): the same content as the
// frab XML (formats/schedule/frab_export.h), for the apps and tools that read JSON.

#include <ostream>

#include "formats/formats.h"

namespace summitry {

ExportWarnings export_c3voc_json(const Event& event, const ExportRequest& request,
                                 std::ostream& out);

}  // namespace summitry
