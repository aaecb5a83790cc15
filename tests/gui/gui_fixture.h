// SPDX-License-Identifier: MIT
#pragma once
// A wxApp for the tests (created once, under Xvfb), and the frame of the application on a copy
// of a seed event.

#include <filesystem>
#include <string>

#include "main_frame.h"

namespace summitry::gui::test {

// Starts wxWidgets once for the whole run.
void start_wx();
// Lets the toolkit work (paint, layout, pending CallAfter) for about `ms` milliseconds.
void pump(int ms = 200);
// A fresh directory under the build tree for one test's files.
std::filesystem::path scratch(const std::string& name);
std::string read_file(const std::filesystem::path& path);

// The planner window, shown, with `file` open (a copy of schedules/<seed> in a scratch dir).
struct FrameFixture {
    explicit FrameFixture(const std::string& seed);
    ~FrameFixture();
    MainFrame* frame = nullptr;
    std::filesystem::path file;
};

}  // namespace summitry::gui::test
