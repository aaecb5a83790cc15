// SPDX-License-Identifier: MIT
#include "publish/caldav_plan.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace summitry::publish {

std::vector<Action> plan_caldav(const std::vector<CalendarResource>& wanted,
                                const std::vector<ServerResource>& server,
                                const PublishRecord& record, std::string_view uid_suffix) {
    std::unordered_map<std::string_view, const ServerResource*> by_name;
    std::unordered_map<std::string_view, const ServerResource*> by_uid;
    for (const ServerResource& s : server) {
        by_name.try_emplace(s.name, &s);
        if (!s.uid.empty()) by_uid.try_emplace(s.uid, &s);
    }
    std::set<std::string_view> taken;  // server resources an action of the event's speaks for
    std::vector<Action> out;
    out.reserve(wanted.size() + server.size());

    for (const CalendarResource& w : wanted) {
        Action a;
        a.uid = w.uid;
        a.name = w.name;
        a.resource = &w;
        const ServerResource* s = nullptr;
        if (auto it = by_name.find(w.name); it != by_name.end()) s = it->second;
        // Another client may have stored our event under a name of its own; a second resource
        // with the same UID would be refused (RFC 4791 §5.3.2.1, no-uid-conflict).
        if (s == nullptr)
            if (auto it = by_uid.find(w.uid); it != by_uid.end()) s = it->second;
        if (s == nullptr) {
            a.kind = ActionKind::create;
            out.push_back(std::move(a));
            continue;
        }
        taken.insert(s->name);
        a.name = s->name;
        const auto rec = record.find(s->name);
        if (!s->uid.empty() && s->uid != w.uid) {
            a.kind = ActionKind::conflict;
            a.why = "the server holds another event there (UID " + s->uid + ")";
        } else if (rec != record.end() && rec->second.etag == s->etag) {
            a.kind = rec->second.digest == w.digest ? ActionKind::unchanged : ActionKind::update;
            a.etag = s->etag;
        } else if (rec != record.end()) {
            a.kind = ActionKind::conflict;
            a.why = "changed on the server since the last publish";
        } else {
            // Ours, but no record of what we put there: replaced, on the condition that it is
            // still what was just listed.
            a.kind = ActionKind::update;
            a.etag = s->etag;
        }
        out.push_back(std::move(a));
    }

    std::vector<const ServerResource*> rest;
    for (const ServerResource& s : server)
        if (!taken.contains(s.name)) rest.push_back(&s);
    std::sort(rest.begin(), rest.end(),
              [](const ServerResource* a, const ServerResource* b) { return a->name < b->name; });
    for (const ServerResource* s : rest) {
        if (!taken.insert(s->name).second) continue;  // listed twice by the server
        Action a;
        a.name = s->name;
        a.uid = s->uid;
        a.etag = s->etag;
        const auto rec = record.find(s->name);
        if (rec != record.end() && rec->second.etag == s->etag) {
            a.kind = ActionKind::remove;
        } else if (rec != record.end()) {
            a.kind = ActionKind::conflict;
            a.why = "changed on the server since the last publish, and gone from the event";
        } else if (!uid_suffix.empty() && s->uid.ends_with(uid_suffix)) {
            a.kind = ActionKind::remove;
        } else {
            continue;  // not this event's: someone else's, left alone and not reported
        }
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace summitry::publish
