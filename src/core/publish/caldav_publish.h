// SPDX-License-Identifier: MIT
#pragma once
// `publish caldav`: keeps a calendar collection on a CalDAV server in step with the event. Makes
// the collection when it is missing (MKCALENDAR), lists it (REPORT calendar-query), plans
// (caldav_plan.h) and sends each write with its precondition: If-None-Match: * to create,
// If-Match: ETAG to replace or delete, so that a change made on the server meanwhile is refused
// by the server (412) rather than overwritten. docs/publish.md, "CalDAV".

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "formats/formats.h"
#include "model/event.h"
#include "publish/caldav_plan.h"
#include "publish/http_client.h"

namespace summitry::publish {

// The collection cannot be published to at all: not reachable, not a calendar, authentication
// refused, an answer that is not what CalDAV says. The message names the URL, never a password.
class PublishError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CaldavRequest {
    std::string url;  // the collection; a '/' is added at the end when missing
    HttpOptions http;
    bool dry_run = false;          // list and plan, send no write, keep the record as it is
    std::filesystem::path record;  // FILE.caldav.json (caldav_record.h); empty: none kept
    std::vector<std::filesystem::path> inputs;  // never written over (the event's files)
};

// One resource the run could not bring in step: its name and why.
struct Trouble {
    std::string name;
    std::string why;
};

struct CaldavOutcome {
    std::string collection;  // the collection's URL, as shown (no user information)
    bool collection_created = false;
    int created = 0, updated = 0, deleted = 0, unchanged = 0;
    std::vector<Trouble> conflicts;  // changed on the server: left alone
    std::vector<Trouble> failures;   // refused by the server for another reason
    int requests = 0;                // HTTP requests sent
};

// Publishes the sessions `selection` selects (never private ones). Throws PublishError,
// HttpError, RecordError, ExportError and WriteError (the record); conflicts and failures of
// single resources are in the outcome.
CaldavOutcome publish_caldav(const Event& event, const ExportRequest& selection,
                             const CaldavRequest& request, ExportWarnings& warnings);

}  // namespace summitry::publish
