// SPDX-License-Identifier: MIT
#pragma once
// A wxApp for the tests (created once, under Xvfb), and the frame of the application on a copy
// of a seed event.

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "main_frame.h"

namespace summitry::gui::test {

// The Paris example event (schedules/), the seed most tests open.
inline const std::string paris = "ai-for-growth-2025.yaml";

// Starts wxWidgets once for the whole run.
void start_wx();
// Lets the toolkit work (paint, layout, pending CallAfter) for about `ms` milliseconds.
void pump(int ms = 200);
// A fresh directory under the build tree for one test's files.
std::filesystem::path scratch(const std::string& name);
std::string read_file(const std::filesystem::path& path);
// A mouse event of `type` at `at` (client coordinates), sent to `window` as GTK would.
void mouse(wxWindow& window, wxEventType type, wxPoint at, bool left_down);
// Drags session `id`'s box on the grid `minutes` down and drops it, as the mouse would: pressed
// near its top, four moves, released. The box is required to be shown.
void drag_down(MainFrame& frame, const std::string& id, int minutes);
// A menu command, as choosing the item does: the frame runs the action bound to `id`, or to the
// action named `action` (src/gui/actions).
void menu(MainFrame& frame, int id);
void menu(MainFrame& frame, std::string_view action);
// The whole X screen as a PNG in the tests' output directory (ImageMagick's import, a test
// dependency): the sources of docs/planner*.png, looked at by eye. Returns its path.
std::filesystem::path screenshot(const std::string& name);

// `summitry-cli ARGS` (SUMMITRY_CLI; each argument quoted for the shell): its exit status and
// what it printed, stderr included.
std::pair<int, std::string> cli(const std::vector<std::string>& args);
// `summitry-cli check FILE`.
std::pair<int, std::string> cli_check(const std::filesystem::path& file);

// The session, person or venue `id` of the open event (required to exist).
const Session& session(Planner& planner, const std::string& id);
const Person& person(Planner& planner, const std::string& id);
const Venue& venue(Planner& planner, const std::string& id);
// A session's start as the file writes it ("2025-02-10 18:20"); required to have one.
std::string start_of(Planner& planner, const std::string& id);
// Moves the Paris event's fireside chat to `to` ("2025-02-10 18:50"), in its room, as a drop
// does; required to succeed.
void move_fireside(Planner& planner, const char* to);

// The lines only in `a` and the lines only in `b`, by a longest common subsequence: what a save
// changed in a file.
std::pair<std::vector<std::string>, std::vector<std::string>> line_diff(const std::string& a,
                                                                        const std::string& b);

// The planner window, shown, with no event open (the start page), as `summitry` alone starts.
struct EmptyFrameFixture {
    EmptyFrameFixture();
    ~EmptyFrameFixture();
    MainFrame* frame = nullptr;
};

// Answers every question of questions.h with `answer` while it lives (and counts them); the
// tests' default, answering no, comes back after.
struct AnswerAll {
    explicit AnswerAll(bool answer);
    ~AnswerAll();
    int asked = 0;
};

// The planner window, shown, with `file` open (a copy of schedules/<seed> in a scratch dir).
struct FrameFixture {
    explicit FrameFixture(const std::string& seed);
    ~FrameFixture();
    MainFrame* frame = nullptr;
    std::filesystem::path file;
};

}  // namespace summitry::gui::test
