// SPDX-License-Identifier: MIT
#include "publish/caldav_publish.h"

#include <map>

#include "model/selection.h"
#include "publish/caldav_record.h"
#include "publish/webdav.h"

namespace summitry::publish {

namespace {

const std::vector<std::string> xml_headers = {"Content-Type: application/xml; charset=utf-8"};

std::string with_slash(std::string url) {
    if (!url.ends_with('/')) url += '/';
    return url;
}

std::string reason(const HttpResponse& r) {
    switch (r.status) {
        case 401: return "401: authentication refused (check --user and the password)";
        case 403: return "403: not allowed";
        case 404: return "404: not found";
        case 409: return "409: refused by the server as a conflict";
        case 412: return "412: precondition failed";
        case 415: return "415: the server does not take this media type";
        default: return std::to_string(r.status);
    }
}

[[noreturn]] void refuse(const std::string& what, const std::string& url, const HttpResponse& r) {
    throw PublishError(what + " " + shown_url(url) + ": the server answered " + reason(r));
}

// The collection's member that `href` names, decoded; empty when it names no direct member (the
// collection itself, a sub-collection, another place).
std::string member_name(const std::string& collection, const std::string& href) {
    const std::string url = resolve_url(collection, href);
    if (url.empty() || origin_of(url) != origin_of(collection)) return {};
    const std::string base = percent_decoded(path_of(collection));
    const std::string path = percent_decoded(path_of(url));
    if (!path.starts_with(base) || path.size() == base.size()) return {};
    std::string rest = path.substr(base.size());
    if (rest.find('/') != std::string::npos) return {};
    return rest;
}

// The collection's calendar objects: name, ETag, UID.
std::vector<ServerResource> list_collection(HttpClient& http, const std::string& collection) {
    const HttpResponse r =
        http.request("REPORT", collection, {xml_headers[0], "Depth: 1"}, calendar_query_body());
    if (r.status != 207) refuse("REPORT", collection, r);
    std::vector<ServerResource> out;
    for (const DavResponse& d : parse_multistatus(r.body)) {
        std::string name = member_name(collection, d.href);
        if (name.empty() || d.collection || d.status / 100 != 2) continue;
        out.push_back({std::move(name), d.etag, calendar_uid(d.calendar_data)});
    }
    return out;
}

// Whether the collection exists; throws when `url` is something else than a calendar.
bool collection_exists(HttpClient& http, std::string& collection) {
    const HttpResponse r = http.request("PROPFIND", collection, {xml_headers[0], "Depth: 0"},
                                        propfind_collection_body());
    if (r.status == 404) return false;
    if (r.status != 207) refuse("PROPFIND", collection, r);
    collection = with_slash(r.url);  // after redirects within the origin
    for (const DavResponse& d : parse_multistatus(r.body)) {
        if (!member_name(collection, d.href).empty()) continue;  // not the collection itself
        if (d.calendar) return true;
        throw PublishError(shown_url(collection) + " is not a calendar collection" +
                           (d.collection ? " (a plain WebDAV folder)" : "") +
                           "; give the URL of a calendar, or of one to create");
    }
    throw PublishError("PROPFIND " + shown_url(collection) +
                       ": the server's answer does not describe the collection");
}

void make_collection(HttpClient& http, const std::string& collection, const std::string& name) {
    const HttpResponse r =
        http.request("MKCALENDAR", collection, xml_headers, mkcalendar_body(name));
    if (r.status == 409)
        throw PublishError("MKCALENDAR " + shown_url(collection) +
                           ": the folder above it does not exist on the server (MKCALENDAR makes "
                           "the calendar, not the folders above it; RFC 4791 §5.3.1)");
    if (r.status != 201) refuse("MKCALENDAR", collection, r);
}

}  // namespace

CaldavOutcome publish_caldav(const Event& event, const ExportRequest& selection,
                             const CaldavRequest& request, ExportWarnings& warnings) {
    const std::vector<CalendarResource> wanted = calendar_resources(event, selection, warnings);
    // A damaged record stops the run before anything is sent.
    Records records = request.record.empty() ? Records{} : read_records(request.record);
    std::string collection = with_slash(request.url);
    if (origin_of(collection).empty())
        throw PublishError("not an http or https URL: " + shown_url(collection));
    HttpClient http(request.http);
    CaldavOutcome out;

    std::vector<ServerResource> server;
    if (collection_exists(http, collection)) {
        server = list_collection(http, collection);
    } else if (!request.dry_run) {
        make_collection(http, collection,
                        std::string(event.info.title.get(selected_language(event, selection),
                                                         event.default_language())));
        out.collection_created = true;
    }
    out.collection = shown_url(collection);

    PublishRecord& record = records[out.collection];
    const std::vector<Action> plan =
        plan_caldav(wanted, server, record, "@" + event.info.id + ".summitry");

    PublishRecord next;  // the record after this run
    for (const Action& a : plan)
        if (a.kind == ActionKind::unchanged || a.kind == ActionKind::conflict)
            if (auto it = record.find(a.name); it != record.end()) next.insert(*it);
    bool etag_missing = false;
    for (const Action& a : plan) {
        if (a.kind == ActionKind::unchanged) ++out.unchanged;
        if (a.kind == ActionKind::conflict) out.conflicts.push_back({a.name, a.why});
        if (a.kind == ActionKind::unchanged || a.kind == ActionKind::conflict) continue;
        if (request.dry_run) {
            ++(a.kind == ActionKind::create   ? out.created
               : a.kind == ActionKind::update ? out.updated
                                              : out.deleted);
            continue;
        }
        const std::string url = collection + path_segment(a.name);
        if (a.kind == ActionKind::remove) {
            const HttpResponse r = http.request("DELETE", url, {"If-Match: " + a.etag}, {});
            if (r.status / 100 == 2 || r.status == 404) {
                ++out.deleted;  // 404: someone deleted it first, as we would
            } else if (r.status == 412) {
                out.conflicts.push_back({a.name, "changed on the server meanwhile; not deleted"});
                if (auto it = record.find(a.name); it != record.end()) next.insert(*it);
            } else {
                out.failures.push_back({a.name, "DELETE: the server answered " + reason(r)});
                if (auto it = record.find(a.name); it != record.end()) next.insert(*it);
            }
            continue;
        }
        const bool create = a.kind == ActionKind::create;
        const HttpResponse r =
            http.request("PUT", url,
                         {"Content-Type: text/calendar; charset=utf-8",
                          create ? std::string("If-None-Match: *") : "If-Match: " + a.etag},
                         a.resource->body);
        if (r.status / 100 == 2) {
            ++(create ? out.created : out.updated);
            next[a.name] = {a.uid, a.resource->digest, r.etag};
            etag_missing = etag_missing || r.etag.empty();
        } else if (r.status == 412) {
            out.conflicts.push_back(
                {a.name, create ? "created on the server meanwhile; not replaced"
                                : "changed on the server meanwhile; not replaced"});
            if (auto it = record.find(a.name); it != record.end()) next.insert(*it);
        } else {
            out.failures.push_back({a.name, "PUT: the server answered " + reason(r)});
            if (auto it = record.find(a.name); it != record.end()) next.insert(*it);
        }
    }
    // A server that changes what it is given sends no ETag for it (RFC 4791 §5.3.4): its ETag
    // is then read from a listing, so that the next run finds it unchanged.
    if (etag_missing) {
        std::map<std::string, std::string> etags;
        for (ServerResource& s : list_collection(http, collection)) etags[s.name] = s.etag;
        for (auto& [name, e] : next)
            if (e.etag.empty()) e.etag = etags[name];
    }
    out.requests = http.requests();
    if (!request.dry_run && !request.record.empty()) {
        record = std::move(next);
        write_records(request.record, records, request.inputs);
    }
    return out;
}

}  // namespace summitry::publish
