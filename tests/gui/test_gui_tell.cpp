// SPDX-License-Identifier: MIT
// File > Tell People… (issue 17's planner part): on the Paris event released twice, the dialog
// lists exactly whom `summitry-cli notify --dry-run` lists, and who has no address as not told;
// its outbox holds the CLI's messages (but the time of the run); sending through a real SMTP
// server (aiosmtpd on 127.0.0.1, started and stopped here) records what was accepted, so that a
// second opening has nothing left to tell and a second sending sends nothing.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/gdicmn.h>
#include <wx/stattext.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <sstream>
#include <thread>

#include "gui_fixture.h"
#include "tell_people_dialog.h"
#include "translations.h"

using namespace summitry::gui;
using namespace summitry::gui::test;
namespace fs = std::filesystem;

namespace {

const std::string from = "programme@summit.example";

// The Paris event with addresses for three of its four people (Audrey Herblin-Stoop has none),
// released as v1; then the fireside chat moved and the reception cancelled, released as v2.
void release_twice(const fs::path& file) {
    for (const auto& [id, address] : {std::pair{"menna-rawlings", "menna@example.org"},
                                      {"feryal-clark", "feryal@example.org"},
                                      {"clare-barclay", "clare@example.org"}}) {
        const auto [status, out] =
            cli({"set", file.string(), std::string("people/") + id + ".email", address});
        INFO(out);
        REQUIRE(status == 0);
    }
    REQUIRE(cli({"release", file.string(), "--name", "v1"}).first == 0);
    REQUIRE(cli({"set", file.string(), "sessions/fireside-chat.start", "2025-02-10 18:30"}).first ==
            0);
    REQUIRE(
        cli({"set", file.string(), "sessions/networking-reception.status", "cancelled"}).first ==
        0);
    REQUIRE(cli({"release", file.string(), "--name", "v2"}).first == 0);
}

// The person ids `summitry-cli notify --dry-run` lists ("  ID <ADDRESS> [LANG]").
std::vector<std::string> cli_recipients(const fs::path& file) {
    const auto [status, out] = cli({"notify", file.string(), "--from", from, "--dry-run"});
    INFO(out);
    REQUIRE(status == 0);
    std::vector<std::string> ids;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);)
        if (line.starts_with("  ") && !line.starts_with("    ") &&
            line.find(" <") != std::string::npos)
            ids.push_back(line.substr(2, line.find(" <") - 2));
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

// The files in `folder` whose name ends with `ext` ("": all of them).
std::size_t files_in(const fs::path& folder, const std::string& ext) {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(folder))
        n += e.is_regular_file() && e.path().string().ends_with(ext) ? 1 : 0;
    return n;
}

// aiosmtpd on 127.0.0.1 (tests/gui/smtp_sink.py), writing what it accepts into `folder`.
class SmtpSink {
public:
    explicit SmtpSink(fs::path folder) : folder_(std::move(folder)) {
        const std::string script = std::string(SUMMITRY_SOURCE_DIR) + "/tests/gui/smtp_sink.py";
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            ::execl("/usr/bin/python3", "python3", script.c_str(), folder_.c_str(), nullptr);
            ::_exit(127);
        }
        const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (!fs::exists(folder_ / "port") && std::chrono::steady_clock::now() < end)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        REQUIRE(fs::exists(folder_ / "port"));
        port_ = read_file(folder_ / "port");
    }
    ~SmtpSink() {
        ::kill(pid_, SIGTERM);
        int status = 0;
        ::waitpid(pid_, &status, 0);
    }
    std::string url() const { return "smtp://127.0.0.1:" + port_; }
    std::size_t received() const { return files_in(folder_, ".eml"); }

private:
    fs::path folder_;
    pid_t pid_ = -1;
    std::string port_;
};

// The planner's settings in a file of the test's own, not the user's.
struct ScratchConfig {
    explicit ScratchConfig(const fs::path& file) {
        previous = wxConfigBase::Set(
            new wxFileConfig("summitry-test", "", file.string(), "", wxCONFIG_USE_LOCAL_FILE));
    }
    ~ScratchConfig() { delete wxConfigBase::Set(previous); }
    wxConfigBase* previous = nullptr;
};

// Every label of `window` as wide as its text needs: nothing cut.
void check_labels_fit(wxWindow& window) {
    for (wxWindow* child : window.GetChildren()) {
        if (auto* text = dynamic_cast<wxStaticText*>(child)) {
            INFO(text->GetLabel().utf8_string());
            CHECK(text->GetSize().x >= text->GetBestSize().x);
        }
    }
    CHECK(window.GetSize().x <= wxGetDisplaySize().x);
}

}  // namespace

TEST_CASE("Tell People lists whom the CLI tells, writes its outbox, sends once", "[gui][tell]") {
    FrameFixture fx(paris);
    const fs::path dir = fx.file.parent_path();
    const ScratchConfig config(dir / "settings.ini");
    release_twice(fx.file);
    const std::vector<std::string> expected = cli_recipients(fx.file);
    REQUIRE(expected == std::vector<std::string>{"clare-barclay", "menna-rawlings"});

    {
        TellPeopleDialog dialog(*fx.frame);
        dialog.Show();
        pump(300);
        CHECK(dialog.problem().empty());
        CHECK(sorted(dialog.recipients()) == expected);
        CHECK(dialog.not_told() == std::vector<std::string>{"audrey-herblin-stoop"});
        dialog.set_sender(from, "desk@summit.example");
        dialog.select_row(1);
        pump(200);
        const wxString preview = dialog.preview();
        CHECK(preview.Contains("Subject: "));
        CHECK(preview.Contains("calendar part: "));
        CHECK(preview.Contains("Reply-To: desk@summit.example"));
        CHECK(fs::file_size(screenshot("planner-tell-list.png")) > 10000);

        // The outbox: the CLI's messages.
        CHECK(dialog.write_outbox((dir / "gui-outbox").string()) == 2);
        CHECK(files_in(dir / "gui-outbox" / "new", "") == 2);
        const auto [status, out] =
            cli({"notify", fx.file.string(), "--from", from, "--reply-to", "desk@summit.example",
                 "--outbox", (dir / "cli-outbox").string()});
        INFO(out);
        REQUIRE(status == 0);
        const std::string compare = "/usr/bin/python3 '" + std::string(SUMMITRY_SOURCE_DIR) +
                                    "/tests/gui/compare_outbox.py' '" +
                                    (dir / "gui-outbox").string() + "' '" +
                                    (dir / "cli-outbox").string() + "'";
        CHECK(std::system(compare.c_str()) == 0);
        // Written for review only: nothing recorded, the same messages still to tell.
        CHECK(cli_recipients(fx.file) == expected);
    }

    // Sending: every message accepted, recorded; From and Reply-To remembered for the event.
    const SmtpSink sink(dir / "smtp");
    {
        TellPeopleDialog dialog(*fx.frame);
        dialog.Show();
        pump(200);
        CHECK(sorted(dialog.recipients()) == expected);
        const wxString preview = dialog.preview();
        CHECK(preview.Contains("Reply-To: desk@summit.example"));
        CHECK(dialog.send({sink.url(), "", "", 30}) == 2);
        CHECK(dialog.problem().empty());
        CHECK(sink.received() == 2);
        const auto results = dialog.results();
        CHECK(results == std::vector<std::string>{"sent", "sent"});
        pump(200);
        CHECK(fs::file_size(screenshot("planner-tell-sent.png")) > 10000);
    }
    CHECK(cli_recipients(fx.file).empty());
    {
        TellPeopleDialog dialog(*fx.frame);
        dialog.Show();
        pump(200);
        CHECK(dialog.nothing_left());
        CHECK(dialog.recipients().empty());
        CHECK(dialog.not_told() == std::vector<std::string>{"audrey-herblin-stoop"});
        CHECK(dialog.send({sink.url(), "", "", 30}) == 0);
        CHECK(sink.received() == 2);
        CHECK(fs::file_size(screenshot("planner-tell-nothing-left.png")) > 10000);
    }
}

TEST_CASE("Tell People cancelled: what was sent is recorded, the rest goes next time",
          "[gui][tell]") {
    FrameFixture fx(paris);
    const fs::path dir = fx.file.parent_path();
    const ScratchConfig config(dir / "settings.ini");
    release_twice(fx.file);
    const std::vector<std::string> expected = cli_recipients(fx.file);
    REQUIRE(expected.size() == 2);
    const SmtpSink sink(dir / "smtp");
    std::size_t first = 0;
    {
        TellPeopleDialog dialog(*fx.frame);
        dialog.Show();
        pump(200);
        dialog.set_sender(from, "");
        // Cancel pressed at once: the run stops before its next message. How many went out
        // before the stop depends on the threads; what matters is that they are recorded.
        const int sent = dialog.send({sink.url(), "", "", 30}, [](double) { return false; });
        first = static_cast<std::size_t>(sent);
        CHECK(sink.received() == first);
        const auto results = dialog.results();
        REQUIRE(results.size() == 2);
        CHECK(static_cast<std::size_t>(std::count(results.begin(), results.end(), "sent")) ==
              first);
        CHECK(static_cast<std::size_t>(
                  std::count(results.begin(), results.end(), "not done: stopped")) == 2 - first);
    }
    CHECK(cli_recipients(fx.file).size() == 2 - first);
    {
        TellPeopleDialog dialog(*fx.frame);
        dialog.Show();
        pump(200);
        CHECK(dialog.recipients().size() == 2 - first);
        CHECK(dialog.send({sink.url(), "", "", 30}, [](double) { return true; }) ==
              static_cast<int>(2 - first));
    }
    CHECK(sink.received() == 2);  // each person told once, none twice
    CHECK(cli_recipients(fx.file).empty());
}

TEST_CASE("Tell People in French: the labels fit", "[gui][tell][i18n]") {
    start_wx();
    REQUIRE(init_translations("fr"));
    {
        FrameFixture fx(paris);
        const ScratchConfig config(fx.file.parent_path() / "settings.ini");
        release_twice(fx.file);
        TellPeopleDialog dialog(*fx.frame);
        dialog.Show();
        dialog.set_sender(from, "");
        pump(300);
        CHECK(dialog.GetTitle() != "Tell People");
        check_labels_fit(dialog);
        CHECK(fs::file_size(screenshot("planner-tell-fr.png")) > 10000);
    }
    init_translations("en");
    wxTranslations::Set(nullptr);
}
