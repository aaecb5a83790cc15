// SPDX-License-Identifier: MIT
#include "publish/webdav.h"

#include <pugixml.hpp>
#include <sstream>

#include "util/controls.h"

namespace summitry::publish {

namespace {

constexpr std::string_view dav = "DAV:";
constexpr std::string_view caldav = "urn:ietf:params:xml:ns:caldav";

// The namespace URI of an element, by its prefix (or the default namespace) declared on it or
// on an ancestor; "" when undeclared.
std::string_view namespace_of(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const std::size_t colon = name.find(':');
    std::string attribute = "xmlns";
    if (colon != std::string_view::npos) attribute += ":" + std::string(name.substr(0, colon));
    for (pugi::xml_node n = node; n; n = n.parent())
        if (const pugi::xml_attribute a = n.attribute(attribute.c_str())) return a.value();
    return {};
}

std::string_view local_name(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is(const pugi::xml_node& node, std::string_view ns, std::string_view local) {
    return node.type() == pugi::node_element && local_name(node) == local &&
           namespace_of(node) == ns;
}

// The text of an element: its character data and CDATA sections, joined.
std::string text_of(const pugi::xml_node& node) {
    std::string out;
    for (const pugi::xml_node& k : node.children())
        if (k.type() == pugi::node_pcdata || k.type() == pugi::node_cdata) out += k.value();
    return out;
}

std::string trimmed(std::string s) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && blank(s.back())) s.pop_back();
    std::size_t start = 0;
    while (start < s.size() && blank(s[start])) ++start;
    return s.substr(start);
}

void read_prop(const pugi::xml_node& prop, DavResponse& r) {
    for (const pugi::xml_node& p : prop.children()) {
        if (is(p, dav, "getetag")) r.etag = trimmed(text_of(p));
        if (is(p, caldav, "calendar-data")) r.calendar_data = text_of(p);
        if (is(p, dav, "resourcetype"))
            for (const pugi::xml_node& t : p.children()) {
                if (is(t, dav, "collection")) r.collection = true;
                if (is(t, caldav, "calendar")) r.calendar = true;
            }
    }
}

std::string saved(const pugi::xml_document& doc) {
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
}

pugi::xml_node root(pugi::xml_document& doc, const char* name) {
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "utf-8";
    pugi::xml_node r = doc.append_child(name);
    r.append_attribute("xmlns:D") = "DAV:";
    r.append_attribute("xmlns:C") = "urn:ietf:params:xml:ns:caldav";
    return r;
}

}  // namespace

int status_code(std::string_view line) {
    const std::size_t space = line.find(' ');
    if (space == std::string_view::npos || space + 4 > line.size()) return 0;
    int code = 0;
    for (std::size_t i = space + 1; i < space + 4; ++i) {
        if (line[i] < '0' || line[i] > '9') return 0;
        code = code * 10 + (line[i] - '0');
    }
    return code;
}

std::vector<DavResponse> parse_multistatus(std::string_view xml, std::size_t max_bytes) {
    if (xml.size() > max_bytes)
        throw DavError("the multistatus response is larger than " +
                       std::to_string(max_bytes >> 20) + " MiB");
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed =
        doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed)
        throw DavError(std::string("the multistatus response is not XML (") + parsed.description() +
                       " at byte " + std::to_string(parsed.offset) + ")");
    const pugi::xml_node ms = doc.document_element();
    if (!is(ms, dav, "multistatus"))
        throw DavError(
            "the response is not a WebDAV multistatus (its root is not DAV:multistatus)");
    std::vector<DavResponse> out;
    for (const pugi::xml_node& resp : ms.children()) {
        if (!is(resp, dav, "response")) continue;
        DavResponse r;
        for (const pugi::xml_node& part : resp.children()) {
            if (is(part, dav, "href") && r.href.empty()) r.href = trimmed(text_of(part));
            if (is(part, dav, "status")) r.status = status_code(trimmed(text_of(part)));
            if (!is(part, dav, "propstat")) continue;
            int status = 0;
            for (const pugi::xml_node& s : part.children())
                if (is(s, dav, "status")) status = status_code(trimmed(text_of(s)));
            if (status / 100 != 2) continue;  // the properties the server does not have
            if (r.status == 0) r.status = status;
            for (const pugi::xml_node& prop : part.children())
                if (is(prop, dav, "prop")) read_prop(prop, r);
        }
        if (!r.href.empty()) out.push_back(std::move(r));
    }
    return out;
}

std::string propfind_collection_body() {
    pugi::xml_document doc;
    pugi::xml_node prop = root(doc, "D:propfind").append_child("D:prop");
    prop.append_child("D:resourcetype");
    prop.append_child("D:displayname");
    return saved(doc);
}

std::string calendar_query_body() {
    pugi::xml_document doc;
    pugi::xml_node q = root(doc, "C:calendar-query");
    pugi::xml_node prop = q.append_child("D:prop");
    prop.append_child("D:getetag");
    prop.append_child("C:calendar-data");
    q.append_child("C:filter").append_child("C:comp-filter").append_attribute("name") = "VCALENDAR";
    return saved(doc);
}

std::string mkcalendar_body(std::string_view display_name) {
    pugi::xml_document doc;
    pugi::xml_node prop = root(doc, "C:mkcalendar").append_child("D:set").append_child("D:prop");
    // pugixml escapes & < > and quotes; controls are dropped first, XML 1.0 has no place for them.
    prop.append_child("D:displayname").text() = drop_controls(display_name).c_str();
    pugi::xml_node set = prop.append_child("C:supported-calendar-component-set");
    set.append_child("C:comp").append_attribute("name") = "VEVENT";
    return saved(doc);
}

}  // namespace summitry::publish
