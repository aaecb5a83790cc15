// SPDX-License-Identifier: MIT
#include "notify/tell.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "diag/format.h"
#include "io/atomic_file.h"
#include "versions/release.h"

namespace summitry::notify {

namespace {

Event load(const std::filesystem::path& file, const std::string& name) {
    LoadResult r;
    try {
        r = versions::load_release(file, name);
    } catch (const versions::ReleaseError& e) {
        throw TellError(e.what());
    }
    if (r.diagnostics.has_errors()) {
        Diagnostics errors;
        for (const auto& d : r.diagnostics.items())
            if (d.severity == Severity::error) errors.items().push_back(d);
        std::ostringstream text;
        write_diagnostics_text(text, errors, r.event.files);
        throw TellError(text.str() + file.string() + "@" + name +
                        ": a release with errors cannot be told");
    }
    return std::move(r.event);
}

std::string utc_text(Instant now) {
    return format_local(utc_reading(now)) + " UTC";
}

}  // namespace

ReleasePair releases_to_compare(const std::filesystem::path& file, const std::string& since,
                                const std::string& until) {
    std::vector<versions::ReleaseInfo> list;
    try {
        list = versions::list_releases(file);
    } catch (const versions::ReleaseError& e) {
        throw TellError(e.what());
    }
    const auto position = [&](const std::string& name) -> std::size_t {
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i].name == name) return i;
        throw TellError(file.string() + ": no release '" + name + "' (summitry-cli releases " +
                        file.string() + " lists them)");
    };
    if (list.size() < 2 && (since.empty() || until.empty()))
        throw TellError(file.string() +
                        ": notices tell what changed between two releases; make them with "
                        "`summitry-cli release` (docs/notices.md)");
    const std::size_t u = until.empty() ? list.size() - 1 : position(until);
    const std::size_t s = since.empty() ? (u == 0 ? 0 : u - 1) : position(since);
    if (s >= u)
        throw TellError("--since " + list[s].name + " must be an earlier release than --until " +
                        list[u].name);
    return {list[s].name, list[u].name};
}

void Plan::keep_only(const std::string& person) {
    for (auto* list : {&notices, &untold, &no_email})
        std::erase_if(*list, [&](const PersonNotice& n) { return n.person != person; });
}

Plan make_plan(const std::filesystem::path& file, const ReleasePair& releases,
               const std::string& lang) {
    Plan plan;
    plan.file = file;
    plan.releases = releases;
    plan.before = load(file, releases.since);
    plan.after = load(file, releases.until);
    try {
        plan.record = Record::load(record_file(file));
    } catch (const RecordError& e) {
        throw TellError(e.what());
    }
    plan.notices = who_gets_what(plan.before, plan.after, lang);
    for (const auto& n : plan.notices)
        if (auto u = plan.record.untold(n); !u.sessions.empty())
            plan.untold.push_back(std::move(u));
    for (auto& n : who_gets_what(plan.before, plan.after, lang, Addresses::all))
        if (n.email.empty()) plan.no_email.push_back(std::move(n));
    return plan;
}

std::string default_sender_name(const Event& event) {
    return std::string(event.info.title.get(event.default_language()));
}

Teller::Teller(Plan& plan, Sender sender, Audience audience, Instant now)
    : plan_(plan),
      audience_(audience),
      now_(now),
      composer_(
          plan.before, plan.after,
          [&] {
              if (sender.name.empty()) sender.name = default_sender_name(plan.after);
              return sender;
          }(),
          now) {}

std::string Teller::refused(const PersonNotice& n) {
    std::string why;
    if (valid_address(n.email, &why)) return {};
    return "the e-mail address is refused (" + why + ")";
}

Prepared Teller::prepare(const PersonNotice& n) const {
    Prepared p{{n.name, n.email}, composer_.compose(n)};
    if (audience_ == Audience::staff) {
        // The team's copy: to the organizers' address, without the invitations (their calendars
        // are not the speakers'), the subject naming whose it is.
        const Sender& s = composer_.sender();
        p.composed.subject = "[" + n.name + " <" + n.email + ">] " + p.composed.subject;
        p.composed.calendars.clear();
        p.to = {s.name, s.reply_to.empty() ? s.address : s.reply_to};
    }
    return p;
}

std::string Teller::message(const PersonNotice& n, NewLine newline) const {
    const Prepared p = prepare(n);
    return mime_message(p.composed, p.to, composer_.sender(), now_, newline);
}

Outcome Teller::write(const PersonNotice& n, Outbox& outbox) const {
    if (std::string why = refused(n); !why.empty()) return {false, why};
    return {true, outbox.write(message(n, NewLine::lf)).string()};
}

Outcome Teller::send(const PersonNotice& n, SmtpSender& smtp) {
    if (std::string why = refused(n); !why.empty()) return {false, why};
    const Prepared p = prepare(n);
    const std::string text =
        mime_message(p.composed, p.to, composer_.sender(), now_, NewLine::crlf);
    if (std::string why = smtp.send(composer_.sender().address, p.to.address, text); !why.empty())
        return {false, why};
    if (audience_ == Audience::taking_part) {
        for (const auto& s : n.sessions) plan_.record.add(n.person, s, utc_text(now_));
        plan_.record.save(plan_.file);
    }
    return {true, {}};
}

}  // namespace summitry::notify
