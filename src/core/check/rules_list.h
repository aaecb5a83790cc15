// SPDX-License-Identifier: MIT
#pragma once
// One factory per rule, each defined in check/<rule_id>.cpp; check/rules.cpp lists them in
// the order of event-format.md. An explicit list, because self-registering statics in a
// static library are dropped by the linker when nothing else refers to their file.

#include <memory>

#include "check/rule.h"

namespace summitry {

std::unique_ptr<Rule> make_room_double_booked();
std::unique_ptr<Rule> make_person_double_booked();
std::unique_ptr<Rule> make_person_unavailable();
std::unique_ptr<Rule> make_travel_time();
std::unique_ptr<Rule> make_room_unavailable();
std::unique_ptr<Rule> make_over_capacity();
std::unique_ptr<Rule> make_missing_feature();
std::unique_ptr<Rule> make_track_overlap();
std::unique_ptr<Rule> make_unscheduled();

}  // namespace summitry
