// SPDX-License-Identifier: MIT
// The property test of the planner's edits (issue 15): a seeded random sequence of actions
// (create, edit, move, resize, delete, list items, undo, redo, save, reload) on the Paris event
// and on an empty event, through EventDocument's plan/apply/undo/redo, the layer the planner's
// commands call. After every step the event loads without a new error; undoing everything gives
// back the text byte for byte (and redoing it all the text before); every save reloads to the
// same model. And after every step the document holds what loading its text whole gives (an edit
// of one session is read alone: edit/splice.h, whole_load.h).
//
// CI runs one fixed seed (the sanitizer build another, for fewer steps: default_seed below).
// SUMMITRY_PROPERTY_SEEDS runs more: a count ("20": seeds 1 to 20) or a list ("7,42");
// SUMMITRY_PROPERTY_STEPS changes the number of actions (5,000).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "edit/document.h"
#include "edit/whole_load.h"
#include "io/event_loader.h"
#include "io/event_writer.h"

using namespace summitry;

namespace {

const char* const empty_event = R"(summitry: 1
event:
  id: new
  title: {en: New event, fr: Nouvel événement}
  timezone: Europe/Paris
  start_date: 2025-06-02
  end_date: 2025-06-03
  languages: [en, fr]
)";

std::string model_of(const Event& ev) {
    std::ostringstream out;
    write_event_yaml(out, ev);
    return out.str();
}

// The default build runs 5,000 steps of CI's seed; the sanitizer build 2,000 steps of another
// seed, another sequence, instead of the same one at five times the cost (435 s of the
// sanitizer suite's 1,170 s of test time on 2 CPUs, 2026-12-06).
#if defined(__SANITIZE_ADDRESS__)
constexpr std::uint32_t default_seed = 1;
constexpr int default_steps = 2000;
#else
constexpr std::uint32_t default_seed = 20261205;
constexpr int default_steps = 5000;
#endif

std::vector<std::uint32_t> seeds() {
    const char* env = std::getenv("SUMMITRY_PROPERTY_SEEDS");
    if (!env || !*env) return {default_seed};
    std::vector<std::uint32_t> out;
    const std::string s = env;
    if (s.find(',') == std::string::npos) {
        const auto n = static_cast<std::uint32_t>(std::stoul(s));
        for (std::uint32_t i = 1; i <= n; ++i) out.push_back(i);
        return out;
    }
    std::istringstream in(s);
    for (std::string item; std::getline(in, item, ',');)
        out.push_back(static_cast<std::uint32_t>(std::stoul(item)));
    return out;
}

int steps() {
    const char* env = std::getenv("SUMMITRY_PROPERTY_STEPS");
    return env && *env ? std::stoi(env) : default_steps;
}

class Run {
public:
    Run(std::uint32_t seed, const std::filesystem::path& file)
        : rng_(seed), file_(file), doc_(EventDocument::open(file.string())) {
        origin_ = doc_.text();
        errors_ = doc_.diagnostics().errors();
        REQUIRE(errors_ == 0);
    }

    void step(int n) {
        const int what = pick(100);
        std::string action;
        Plan plan;
        if (what < 12) {
            action = "create";
            plan = create();
        } else if (what < 27) {
            action = "edit";
            plan = edit();
        } else if (what < 42) {
            action = "move";
            plan = move();
        } else if (what < 50) {
            action = "resize";
            plan = resize();
        } else if (what < 57) {
            action = "delete";
            plan = remove();
        } else if (what < 65) {
            action = "list";
            plan = list_item();
        } else if (what < 78) {
            action = "undo";
            doc_.undo();
        } else if (what < 88) {
            action = "redo";
            doc_.redo();
        } else if (what < 95) {
            action = "save";
            save();
        } else {
            action = "reload";
            reload();
        }
        if (plan) doc_.apply(*plan.change);
        INFO("step " << n << ": " << action << (plan ? " " + plan.change->name : ""));
        INFO(doc_.text());
        for (const auto& d : doc_.diagnostics().items())
            if (d.severity == Severity::error) UNSCOPED_INFO(d.message);
        REQUIRE(doc_.diagnostics().errors() <= errors_);
        test::require_same_as_whole_load(doc_);
        if (plan) ++applied_;
    }

    // Undo all the way back (the text as opened), then redo it all.
    void undo_redo_all() {
        const std::string now = doc_.text();
        std::size_t n = 0;
        while (doc_.can_undo()) {
            doc_.undo();
            ++n;
        }
        REQUIRE(doc_.text() == origin_);
        for (std::size_t i = 0; i < n; ++i) doc_.redo();
        REQUIRE(doc_.text() == now);
    }

    int applied() const { return applied_; }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
    template <class T>
    const T* any(const std::vector<T>& v) {
        return v.empty() ? nullptr : &v[static_cast<std::size_t>(pick(static_cast<int>(v.size())))];
    }
    std::string fresh_id() { return "x" + std::to_string(next_id_++); }
    const Event& ev() const { return doc_.event(); }

    Plan create() {
        const int k = pick(6);
        const EntityKind kinds[] = {EntityKind::session,      EntityKind::person,
                                    EntityKind::organization, EntityKind::venue,
                                    EntityKind::room,         EntityKind::track};
        const EntityKind kind = kinds[k];
        std::string venue;
        if (kind == EntityKind::room) {
            const Venue* v = any(ev().venues);
            if (!v) return {};
            venue = v->id;
        }
        std::vector<std::pair<std::string, std::string>> fields;
        if (kind == EntityKind::track && pick(2)) fields = {{"color", "\"#1f6feb\""}};
        if (pick(3) == 0) return duplicate(kind);
        return doc_.plan_create(kind, fresh_id(), venue, fields);
    }

    Plan edit() {
        switch (pick(5)) {
            case 0: {
                const Session* s = any(ev().sessions);
                if (!s) return {};
                const char* titles[] = {"A talk", "'quoted'", "Deux: points", "Été",
                                        "# not a comment"};
                return doc_.plan_set({"sessions", s->id, "title", pick(2) ? "fr" : ""},
                                     yaml_scalar(titles[pick(5)]));
            }
            case 1: {
                const Room* r = any(ev().rooms);
                if (!r) return {};
                return doc_.plan_set({"rooms", r->qualified, "capacity", {}},
                                     pick(4) ? std::to_string(10 + pick(200)) : "");
            }
            case 2: {
                const Session* s = any(ev().sessions);
                const Track* t = any(ev().tracks);
                if (!s) return {};
                return doc_.plan_set({"sessions", s->id, "track", {}}, t && pick(3) ? t->id : "");
            }
            case 3: {
                const Person* p = any(ev().people);
                if (!p) return {};
                return doc_.plan_set({"people", p->id, "role", "fr"}, pick(2) ? "Chercheuse" : "");
            }
            default: {
                const Track* t = any(ev().tracks);
                if (!t) return {};
                return doc_.plan_set({"tracks", t->id, "parallel", {}}, pick(2) ? "true" : "");
            }
        }
    }

    Plan move() {
        if (ev().sessions.empty()) return {};
        const Index s = static_cast<Index>(pick(static_cast<int>(ev().sessions.size())));
        if (ev().rooms.empty() || pick(8) == 0)
            return doc_.plan_move_session(s, std::nullopt, no_index);
        const Index room = static_cast<Index>(pick(static_cast<int>(ev().rooms.size())));
        const Date day = ev().info.start_date;
        const LocalTime start = day_start(day) + Minutes{(8 + pick(12)) * 60 + 5 * pick(12)};
        return doc_.plan_move_session(s, start, room);
    }

    Plan resize() {
        if (ev().sessions.empty()) return {};
        const Index s = static_cast<Index>(pick(static_cast<int>(ev().sessions.size())));
        return doc_.plan_resize_session(s, Minutes{5 * (1 + pick(36))});
    }

    Plan remove() {
        const int k = pick(6);
        std::string id;
        EntityKind kind = EntityKind::session;
        switch (k) {
            case 0:
                if (auto* x = any(ev().sessions)) id = x->id;
                kind = EntityKind::session;
                break;
            case 1:
                if (auto* x = any(ev().people)) id = x->id;
                kind = EntityKind::person;
                break;
            case 2:
                if (auto* x = any(ev().organizations)) id = x->id;
                kind = EntityKind::organization;
                break;
            case 3:
                if (auto* x = any(ev().rooms)) id = x->qualified;
                kind = EntityKind::room;
                break;
            case 4:
                if (auto* x = any(ev().tracks)) id = x->id;
                kind = EntityKind::track;
                break;
            default:
                if (auto* x = any(ev().venues)) id = x->id;
                kind = EntityKind::venue;
                break;
        }
        if (id.empty()) return {};
        switch (pick(3)) {
            case 0: return doc_.plan_delete(kind, id);
            case 1: return doc_.plan_delete(kind, id, OnReferences::remove);
            default: {
                std::string other;
                if (kind == EntityKind::person && ev().people.size() > 1) other = ev().people[0].id;
                if (kind == EntityKind::track && ev().tracks.size() > 1) other = ev().tracks[0].id;
                if (kind == EntityKind::room && ev().rooms.size() > 1)
                    other = ev().rooms[0].qualified;
                return doc_.plan_delete(kind, id, OnReferences::reassign, other);
            }
        }
    }

    Plan list_item() {
        ValuePath path;
        std::string item;
        std::size_t size = 0;
        switch (pick(4)) {
            case 0: {
                const Venue* v = any(ev().venues);
                if (!v) return {};
                path = {"venues", v->id, "open", {}};
                item = "{from: " + format_date(ev().info.start_date) + " 0" +
                       std::to_string(1 + pick(8)) +
                       ":00, to: " + format_date(ev().info.start_date) + " 2" +
                       std::to_string(pick(4)) + ":00}";
                size = v->open.size();
                break;
            }
            case 1: {
                const Person* p = any(ev().people);
                if (!p) return {};
                path = {"people", p->id, "languages", {}};
                item = pick(2) ? "en" : "fr";
                size = p->languages.size();
                break;
            }
            case 2: {
                const Person* p = any(ev().people);
                if (!p) return {};
                path = {"people", p->id, "unavailable", {}};
                item = "{date: " + format_date(ev().info.end_date) + "}";
                size = p->unavailable.size();
                break;
            }
            default: {
                const Session* s = any(ev().sessions);
                const Person* p = any(ev().people);
                if (!s || !p) return {};
                path = {"sessions", s->id, "speakers", {}};
                item = p->id;
                size = s->speakers.size();
                break;
            }
        }
        const int op = size ? pick(3) : 0;
        if (op == 0) return doc_.plan_add_item(path, item);
        const std::size_t at = static_cast<std::size_t>(pick(static_cast<int>(size)));
        return op == 1 ? doc_.plan_set_item(path, at, item) : doc_.plan_remove_item(path, at);
    }

    void save() {
        const std::string model = model_of(ev());
        doc_.save();
        const LoadResult back = load_event(file_.string());
        REQUIRE(back.diagnostics.errors() <= errors_);
        REQUIRE(model_of(back.event) == model);
    }

    void reload() {
        undo_redo_all();
        save();
        doc_ = EventDocument::open(file_.string());
        origin_ = doc_.text();
    }

    std::mt19937 rng_;
    std::filesystem::path file_;
    EventDocument doc_;
    std::string origin_;
    std::size_t errors_ = 0;
    int next_id_ = 1;
    int applied_ = 0;

public:
    Plan duplicate(EntityKind kind) {
        std::string id;
        switch (kind) {
            case EntityKind::session:
                if (auto* x = any(ev().sessions)) id = x->id;
                break;
            case EntityKind::person:
                if (auto* x = any(ev().people)) id = x->id;
                break;
            case EntityKind::organization:
                if (auto* x = any(ev().organizations)) id = x->id;
                break;
            case EntityKind::venue:
                if (auto* x = any(ev().venues)) id = x->id;
                break;
            case EntityKind::room:
                if (auto* x = any(ev().rooms)) id = x->qualified;
                break;
            case EntityKind::track:
                if (auto* x = any(ev().tracks)) id = x->id;
                break;
        }
        if (id.empty()) return {};
        return doc_.plan_duplicate(kind, id, fresh_id());
    }
};

void run_on(const std::string& name, const std::string& text, std::uint32_t seed) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("summitry-property-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto file = dir / "event.yaml";
    std::ofstream(file, std::ios::binary) << text;
    {
        INFO(name << ", seed " << seed);
        Run run(seed, file);
        const int n = steps();
        for (int i = 0; i < n; ++i) run.step(i);
        run.undo_redo_all();
        CHECK(run.applied() > n / 4);  // most actions were edits that could be made
    }
    std::filesystem::remove_all(dir);
}

std::string paris() {
    std::ifstream in(std::string(SUMMITRY_SOURCE_DIR) + "/schedules/ai-for-growth-2025.yaml",
                     std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("random edits on the Paris event keep it loading, undoable and saved whole",
          "[edit][property]") {
    for (std::uint32_t seed : seeds()) run_on("paris", paris(), seed);
}

TEST_CASE("random edits on an empty event keep it loading, undoable and saved whole",
          "[edit][property]") {
    for (std::uint32_t seed : seeds()) run_on("empty", empty_event, seed);
}
