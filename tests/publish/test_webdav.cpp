// SPDX-License-Identifier: MIT
// WebDAV and CalDAV XML: multistatus responses read by namespace, whatever the prefixes;
// hostile XML (entities, wrong namespaces, not XML, too large) refused or read as text; request
// bodies well formed with the event's title escaped.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "publish/webdav.h"

using namespace summitry::publish;

TEST_CASE("a multistatus is read by namespace URI, whatever the prefixes", "[caldav]") {
    const std::string xml = R"(<?xml version="1.0"?>
<multistatus xmlns="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav">
 <response><href>/u/cal/</href>
  <propstat><prop><resourcetype><collection/><cal:calendar/></resourcetype></prop>
   <status>HTTP/1.1 200 OK</status></propstat></response>
 <response><href>/u/cal/a%40ev.ics</href>
  <propstat><prop><getetag>"e1"</getetag><cal:calendar-data><![CDATA[BEGIN:VCALENDAR
END:VCALENDAR
]]></cal:calendar-data></prop><status>HTTP/1.1 200 OK</status></propstat>
  <propstat><prop><displayname/></prop><status>HTTP/1.1 404 Not Found</status></propstat>
 </response>
 <x:response xmlns:x="DAV:"><x:href>/u/cal/gone.ics</x:href><x:status>HTTP/1.1 404 Not Found</x:status></x:response>
</multistatus>)";
    const auto rs = parse_multistatus(xml);
    REQUIRE(rs.size() == 3);
    CHECK(rs[0].href == "/u/cal/");
    CHECK(rs[0].collection);
    CHECK(rs[0].calendar);
    CHECK(rs[1].href == "/u/cal/a%40ev.ics");
    CHECK(rs[1].status == 200);
    CHECK(rs[1].etag == "\"e1\"");
    CHECK(rs[1].calendar_data == "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
    CHECK_FALSE(rs[1].collection);
    CHECK(rs[2].status == 404);
}

TEST_CASE("elements of another namespace with the same names are not DAV's", "[caldav]") {
    const std::string xml = R"(<D:multistatus xmlns:D="DAV:" xmlns:E="urn:evil">
 <D:response><D:href>/c/x.ics</D:href><D:propstat><D:prop>
  <E:getetag>"forged"</E:getetag><D:getetag>"real"</D:getetag>
  <D:resourcetype><E:calendar/></D:resourcetype>
 </D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
</D:multistatus>)";
    const auto rs = parse_multistatus(xml);
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].etag == "\"real\"");
    CHECK_FALSE(rs[0].calendar);
    CHECK_THROWS_AS(parse_multistatus(R"(<multistatus xmlns="urn:not-dav"/>)"), DavError);
}

TEST_CASE("hostile XML: no entity is expanded, nothing is read from elsewhere", "[caldav]") {
    // The classic "billion laughs", each entity ten of the one before; and an external one.
    std::string laughs = R"(<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a0 "ha">)";
    for (int i = 1; i < 10; ++i) {
        laughs += "<!ENTITY a" + std::to_string(i) + " \"";
        for (int k = 0; k < 10; ++k) laughs += "&a" + std::to_string(i - 1) + ";";
        laughs += "\">";
    }
    laughs += R"(<!ENTITY x SYSTEM "file:///etc/passwd">]>
<D:multistatus xmlns:D="DAV:"><D:response><D:href>/c/&x;</D:href><D:propstat><D:prop>
<D:getetag>&a9;</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response></D:multistatus>)";
    const auto rs = parse_multistatus(laughs);
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].etag.size() < 16);
    CHECK(rs[0].href.find("root:") == std::string::npos);
}

TEST_CASE("what is not a multistatus is a clear error", "[caldav]") {
    CHECK_THROWS_AS(parse_multistatus("<html><body>Login</body></html>"), DavError);
    CHECK_THROWS_AS(parse_multistatus("not xml at all <"), DavError);
    CHECK_THROWS_AS(parse_multistatus(""), DavError);
    const std::string big =
        "<D:multistatus xmlns:D=\"DAV:\">" + std::string(2048, ' ') + "</D:multistatus>";
    CHECK_THROWS_AS(parse_multistatus(big, 1024), DavError);
    CHECK(parse_multistatus(big, 4096).empty());
    // Deep nesting is no trouble: only the first levels are read.
    std::string deep = "<D:multistatus xmlns:D=\"DAV:\"><D:response>";
    for (int i = 0; i < 100000; ++i) deep += "<x>";
    for (int i = 0; i < 100000; ++i) deep += "</x>";
    deep += "</D:response></D:multistatus>";
    CHECK(parse_multistatus(deep).empty());
}

TEST_CASE("status lines", "[caldav]") {
    CHECK(status_code("HTTP/1.1 200 OK") == 200);
    CHECK(status_code("HTTP/1.1 404 Not Found") == 404);
    CHECK(status_code("HTTP/1.1") == 0);
    CHECK(status_code("HTTP/1.1 2x0 OK") == 0);
}

TEST_CASE("request bodies are XML with the title escaped and controls dropped", "[caldav]") {
    const std::string body = mkcalendar_body("Summit </D:displayname><x> & \"more\"\x1b[2J");
    pugi::xml_document doc;
    REQUIRE(doc.load_string(body.c_str()));
    const auto name =
        doc.select_node("/C:mkcalendar/D:set/D:prop/D:displayname").node().text().get();
    CHECK(std::string(name) == "Summit </D:displayname><x> & \"more\"[2J");
    CHECK(doc.select_node("//C:comp[@name='VEVENT']"));
    pugi::xml_document q;
    CHECK(q.load_string(calendar_query_body().c_str()));
    CHECK(q.select_node("/C:calendar-query/D:prop/D:getetag"));
    pugi::xml_document p;
    CHECK(p.load_string(propfind_collection_body().c_str()));
}
