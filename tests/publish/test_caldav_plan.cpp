// SPDX-License-Identifier: MIT
// The plan of `publish caldav`: from the event's resources, the server's listing and the record
// of the last publish, what to create, replace, delete, leave alone and report.
#include <catch2/catch.hpp>

#include "publish/caldav_plan.h"

using namespace summitry;
using namespace summitry::publish;

namespace {

const std::string ours = "@ev.summitry";

CalendarResource resource(const std::string& id, const std::string& digest) {
    CalendarResource r;
    r.uid = id + ours;
    r.name = resource_name(r.uid);
    r.body = "BEGIN:VCALENDAR\r\n...";
    r.digest = digest;
    return r;
}

ServerResource on_server(const std::string& id, const std::string& etag) {
    return {resource_name(id + ours), etag, id + ours};
}

RecordEntry recorded(const std::string& id, const std::string& digest, const std::string& etag) {
    return {id + ours, digest, etag};
}

const Action& action_for(const std::vector<Action>& plan, const std::string& id) {
    for (const Action& a : plan)
        if (a.uid == id + ours) return a;
    FAIL("no action for " << id);
    throw;
}

}  // namespace

TEST_CASE("an empty collection: every resource created, If-None-Match", "[caldav]") {
    const std::vector<CalendarResource> wanted = {resource("a", "d1"), resource("b", "d2")};
    const auto plan = plan_caldav(wanted, {}, {}, ours);
    REQUIRE(plan.size() == 2);
    for (const Action& a : plan) {
        CHECK(a.kind == ActionKind::create);
        CHECK(a.resource != nullptr);
    }
    CHECK(plan[0].name == "a@ev.summitry.ics");
}

TEST_CASE("a rerun with nothing changed plans no write", "[caldav]") {
    const std::vector<CalendarResource> wanted = {resource("a", "d1"), resource("b", "d2")};
    const std::vector<ServerResource> server = {on_server("a", "\"e1\""), on_server("b", "\"e2\"")};
    PublishRecord rec;
    rec[resource_name("a" + ours)] = recorded("a", "d1", "\"e1\"");
    rec[resource_name("b" + ours)] = recorded("b", "d2", "\"e2\"");
    for (const Action& a : plan_caldav(wanted, server, rec, ours))
        CHECK(a.kind == ActionKind::unchanged);
}

TEST_CASE("a changed session is replaced, on the condition of the ETag listed", "[caldav]") {
    const std::vector<CalendarResource> wanted = {resource("a", "d1-moved"), resource("b", "d2")};
    const std::vector<ServerResource> server = {on_server("a", "\"e1\""), on_server("b", "\"e2\"")};
    PublishRecord rec;
    rec[resource_name("a" + ours)] = recorded("a", "d1", "\"e1\"");
    rec[resource_name("b" + ours)] = recorded("b", "d2", "\"e2\"");
    const auto plan = plan_caldav(wanted, server, rec, ours);
    CHECK(action_for(plan, "a").kind == ActionKind::update);
    CHECK(action_for(plan, "a").etag == "\"e1\"");
    CHECK(action_for(plan, "b").kind == ActionKind::unchanged);
}

TEST_CASE("a resource edited on the server since the last publish is reported, not replaced",
          "[caldav]") {
    const std::vector<CalendarResource> wanted = {resource("a", "d1-moved"), resource("b", "d2")};
    const std::vector<ServerResource> server = {on_server("a", "\"edited\""),
                                                on_server("b", "\"edited-too\"")};
    PublishRecord rec;
    rec[resource_name("a" + ours)] = recorded("a", "d1", "\"e1\"");
    rec[resource_name("b" + ours)] = recorded("b", "d2", "\"e2\"");
    const auto plan = plan_caldav(wanted, server, rec, ours);
    // Changed on both sides, and changed on the server alone: neither is written over.
    CHECK(action_for(plan, "a").kind == ActionKind::conflict);
    CHECK(action_for(plan, "b").kind == ActionKind::conflict);
    CHECK_THAT(action_for(plan, "a").why, Catch::Contains("changed on the server"));
}

TEST_CASE("a session gone from the event is deleted, unless the server changed it", "[caldav]") {
    const std::vector<ServerResource> server = {on_server("gone", "\"e1\""),
                                                on_server("edited", "\"x\"")};
    PublishRecord rec;
    rec[resource_name("gone" + ours)] = recorded("gone", "d1", "\"e1\"");
    rec[resource_name("edited" + ours)] = recorded("edited", "d2", "\"e2\"");
    const auto plan = plan_caldav({}, server, rec, ours);
    REQUIRE(plan.size() == 2);
    CHECK(action_for(plan, "gone").kind == ActionKind::remove);
    CHECK(action_for(plan, "gone").etag == "\"e1\"");
    CHECK(action_for(plan, "edited").kind == ActionKind::conflict);
}

TEST_CASE("resources that are not the event's are never touched nor reported", "[caldav]") {
    const std::vector<ServerResource> server = {
        {"party.ics", "\"p\"", "party@example.org"},
        {"lookalike.ics", "\"l\"", "x@ev.summitry.evil"},
    };
    CHECK(plan_caldav({}, server, {}, ours).empty());
}

TEST_CASE("without a record, the event's resources are replaced and deleted by ETag", "[caldav]") {
    const std::vector<CalendarResource> wanted = {resource("a", "d1")};
    const std::vector<ServerResource> server = {on_server("a", "\"e1\""),
                                                on_server("old", "\"e9\"")};
    const auto plan = plan_caldav(wanted, server, {}, ours);
    REQUIRE(plan.size() == 2);
    CHECK(action_for(plan, "a").kind == ActionKind::update);
    CHECK(action_for(plan, "a").etag == "\"e1\"");
    CHECK(action_for(plan, "old").kind == ActionKind::remove);
    CHECK(action_for(plan, "old").etag == "\"e9\"");
}

TEST_CASE("our event stored by another client under its own name is updated there", "[caldav]") {
    const std::vector<CalendarResource> wanted = {resource("a", "d1")};
    const std::vector<ServerResource> server = {{"6B29FC40.ics", "\"e1\"", "a" + ours}};
    const auto plan = plan_caldav(wanted, server, {}, ours);
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].kind == ActionKind::update);
    CHECK(plan[0].name == "6B29FC40.ics");
}

TEST_CASE("our name holding another event is a conflict, never overwritten", "[caldav]") {
    const std::vector<CalendarResource> wanted = {resource("a", "d1")};
    const std::vector<ServerResource> server = {
        {resource_name("a" + ours), "\"e1\"", "someone-else@example.org"}};
    const auto plan = plan_caldav(wanted, server, {}, ours);
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].kind == ActionKind::conflict);
    CHECK_THAT(plan[0].why, Catch::Contains("someone-else@example.org"));
}

TEST_CASE("a resource deleted on the server is created again", "[caldav]") {
    const std::vector<CalendarResource> wanted = {resource("a", "d1")};
    PublishRecord rec;
    rec[resource_name("a" + ours)] = recorded("a", "d1", "\"e1\"");
    const auto plan = plan_caldav(wanted, {}, rec, ours);
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].kind == ActionKind::create);
}
