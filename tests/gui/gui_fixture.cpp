// SPDX-License-Identifier: MIT
#include "gui_fixture.h"

#include <sys/wait.h>
#include <wx/app.h>
#include <wx/init.h>
#include <wx/utils.h>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "actions/registry.h"
#include "commands.h"
#include "day_grid_canvas.h"
#include "delete_dialog.h"
#include "questions.h"
#include "time/time.h"

namespace summitry::gui::test {
namespace {

class TestApp : public wxApp {
public:
    bool OnInit() override { return true; }
};

// A failed wx assertion would open a dialog no one answers: fail the run at once instead.
void fail_on_assert(const wxString& file, int line, const wxString& func, const wxString& cond,
                    const wxString& msg) {
    std::fprintf(stderr, "wx assertion failed: %s:%d in %s: %s %s\n", file.utf8_str().data(), line,
                 func.utf8_str().data(), cond.utf8_str().data(), msg.utf8_str().data());
    std::abort();
}

}  // namespace

void start_wx() {
    static const bool started = [] {
        wxSetAssertHandler(fail_on_assert);
        wxApp::SetInstance(new TestApp);
        static int argc = 1;
        static char name[] = "test_gui";
        static char* argv[] = {name, nullptr};
        if (!wxEntryStart(argc, argv)) return false;
        wxTheApp->SetAppName("summitry-test");
        // No test may hang on a question it did not expect: keep what is open, discard autosaves.
        set_answer_hook([](Question, const wxString&) { return std::optional<bool>(false); });
        set_references_hook([](const ReferencesQuestion&) {
            return std::optional<ReferencesAnswer>(ReferencesAnswer{});  // cancel
        });
        return wxTheApp->CallOnInit();
    }();
    REQUIRE(started);
}

void pump(int ms) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    do {
        wxTheApp->Yield(true);
        wxTheApp->ProcessPendingEvents();
        wxMilliSleep(10);
    } while (std::chrono::steady_clock::now() < end);
}

std::filesystem::path scratch(const std::string& name) {
    const std::filesystem::path dir =
        std::filesystem::path(SUMMITRY_TEST_OUTPUT) / "scratch" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

namespace {

MainFrame* shown_frame() {
    auto* frame = new MainFrame(FrameOptions{false});
    frame->SetPosition(wxPoint(0, 0));
    frame->SetSize(wxSize(1400, 900));
    frame->Show();
    return frame;
}

}  // namespace

EmptyFrameFixture::EmptyFrameFixture() {
    start_wx();
    frame = shown_frame();
    pump(200);
}

EmptyFrameFixture::~EmptyFrameFixture() {
    frame->Destroy();
    pump(50);
}

AnswerAll::AnswerAll(bool answer) {
    set_answer_hook([this, answer](Question, const wxString&) {
        ++asked;
        return std::optional<bool>(answer);
    });
}

AnswerAll::~AnswerAll() {
    set_answer_hook([](Question, const wxString&) { return std::optional<bool>(false); });
}

FrameFixture::FrameFixture(const std::string& seed) {
    start_wx();
    file = scratch(seed) / seed;
    std::filesystem::copy_file(std::filesystem::path(SUMMITRY_SOURCE_DIR) / "schedules" / seed,
                               file);
    frame = shown_frame();
    open_file(*frame, file.string());
    pump(400);
}

FrameFixture::~FrameFixture() {
    // No close event, so no question about unsaved changes: the test decides what is saved.
    frame->Destroy();
    pump(50);
}

void mouse(wxWindow& window, wxEventType type, wxPoint at, bool left_down) {
    wxMouseEvent e(type);
    e.SetPosition(at);
    e.m_leftDown = left_down;
    e.SetEventObject(&window);
    window.GetEventHandler()->ProcessEvent(e);
}

void drag_down(MainFrame& frame, const std::string& id, int minutes) {
    DayGridCanvas& grid = frame.grid();
    const wxRect box = grid.client_rect_of(id);
    REQUIRE(!box.IsEmpty());
    const int dy = static_cast<int>(minutes * grid.geometry().pixels_per_minute() + 0.5);
    const wxPoint grab(box.x + box.width / 2, box.y + 10);
    mouse(grid, wxEVT_LEFT_DOWN, grab, true);
    for (int step = 1; step <= 4; ++step)
        mouse(grid, wxEVT_MOTION, grab + wxSize(0, dy * step / 4), true);
    mouse(grid, wxEVT_LEFT_UP, grab + wxSize(0, dy), false);
    pump(100);
}

void menu(MainFrame& frame, int id) {
    wxCommandEvent e(wxEVT_MENU, id);
    e.SetEventObject(&frame);
    frame.ProcessWindowEvent(e);
}

void menu(MainFrame& frame, std::string_view action) {
    menu(frame, action_id(action));
}

std::filesystem::path screenshot(const std::string& name) {
    const std::string import = SUMMITRY_IMPORT;
    REQUIRE_FALSE(import.empty());
    REQUIRE(import.find("NOTFOUND") == std::string::npos);  // install imagemagick
    const std::filesystem::path shot = std::filesystem::path(SUMMITRY_TEST_OUTPUT) / name;
    std::filesystem::remove(shot);
    const std::string command = "'" + import + "' -window root '" + shot.string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    return shot;
}

const Session& session(Planner& planner, const std::string& id) {
    const Index i = planner.event().find_session(id);
    REQUIRE(i != no_index);
    return planner.event().sessions[static_cast<std::size_t>(i)];
}

const Person& person(Planner& planner, const std::string& id) {
    const Index i = planner.event().find_person(id);
    REQUIRE(i != no_index);
    return planner.event().people[static_cast<std::size_t>(i)];
}

const Venue& venue(Planner& planner, const std::string& id) {
    const Index i = planner.event().find_venue(id);
    REQUIRE(i != no_index);
    return planner.event().venues[static_cast<std::size_t>(i)];
}

std::string start_of(Planner& planner, const std::string& id) {
    const Session& s = session(planner, id);
    REQUIRE(s.start);
    return format_local(to_local(planner.event().zone_of(s), *s.start));
}

void move_fireside(Planner& planner, const char* to) {
    const Index i = planner.event().find_session("fireside-chat");
    const Index room = planner.event().sessions[static_cast<std::size_t>(i)].room;
    REQUIRE(move_session(planner, i, parse_date_time(to)->local, room).empty());
}

std::pair<int, std::string> cli(const std::vector<std::string>& args) {
    const auto quoted = [](const std::string& s) {
        std::string out = "'";
        for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return out + "'";
    };
    std::string command = quoted(SUMMITRY_CLI);
    for (const std::string& a : args) command += " " + quoted(a);
    command += " 2>&1";
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 512> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe)) out += buffer.data();
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

std::pair<int, std::string> cli_check(const std::filesystem::path& file) {
    return cli({"check", file.string()});
}

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

}  // namespace

// The lines only in `a` and the lines only in `b`, by a longest common subsequence.
std::pair<std::vector<std::string>, std::vector<std::string>> line_diff(const std::string& a_text,
                                                                        const std::string& b_text) {
    const auto a = lines(a_text), b = lines(b_text);
    std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lcs[i][j] =
                a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<std::string> removed, added;
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            ++i;
            ++j;
        } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
            added.push_back(b[j++]);
        } else {
            removed.push_back(a[i++]);
        }
    }
    return {removed, added};
}

}  // namespace summitry::gui::test
