// SPDX-License-Identifier: MIT
// frab/pentabarf schedule XML: <schedule><conference/><day><room><event/></room></day></schedule>
// (spec: ../shared/data/schemas/schedule.xml.xsd), or pentabarf's <day><event><room/></event>.
// Real files stray from the schema (FOSDEM puts <tracks> beside <conference>, wafer leaves out
// <language>, 36C3 repeats ids), so this reader takes every <event> it finds, wherever it is,
// and leaves the judging to build_schedule().
#include "formats/schedule/frab_import.h"

#include <algorithm>
#include <pugixml.hpp>
#include <vector>

#include "formats/schedule/schedule_import.h"

namespace summitry {

namespace {

class FrabReader {
public:
    FrabReader(std::string_view text, ImportBuilder& b) : text_(text), positions_(text), b_(b) {}

    bool read(SourceSchedule& out) {
        pugi::xml_document doc;
        const pugi::xml_parse_result r =
            doc.load_buffer(text_.data(), text_.size(), pugi::parse_default, pugi::encoding_auto);
        if (!r) {
            b_.diagnostics().error(
                "xml-syntax",
                positions_.at(static_cast<std::size_t>(std::max<std::ptrdiff_t>(r.offset, 0))),
                std::string("the file is not well-formed XML: ") + r.description(),
                "a frab schedule is XML, <schedule> at the top");
            return false;
        }
        const pugi::xml_node root = doc.document_element();
        if (std::string_view(root.name()) != "schedule") {
            b_.diagnostics().error("wrong-type", at(root),
                                   "the file is XML but not a frab schedule: its top element is <" +
                                       std::string(root.name()) + ">, not <schedule>");
            return false;
        }
        conference(root, out);
        out.version = child(root, "version");
        walk(root, out);
        if (out.events.empty() && out.days.empty() && !root.child("conference"))
            b_.warn("missing-key", at(root), "the schedule has no <conference> and no <day>");
        return true;
    }

private:
    // Where an element stands: the day and the room it is listed under, whether it is inside an
    // event, and the outermost element around it that a frab schedule does not have.
    struct Place {
        std::size_t day = SourceEvent::npos;
        std::string room;
        bool in_event = false;
        pugi::xml_node wrapper;
    };

    // Every <event> of the document, in document order, wherever it stands: inside
    // <day><room name> (frab, pretalx), directly inside <day> with a <room> of its own
    // (pentabarf, FOSDEM for years), or inside elements a frab schedule does not have, which
    // are searched too and named in a warning. Iterative, so nesting costs no stack.
    void walk(const pugi::xml_node& root, SourceSchedule& out) {
        struct Wrapped {
            std::size_t events = 0;
            pugi::xml_node first;
        };
        std::vector<std::pair<std::string, Wrapped>> wrappers;  // by element name, first seen first
        std::vector<std::pair<pugi::xml_node, Place>> stack;
        stack.emplace_back(root, Place{});
        while (!stack.empty()) {
            auto [node, place] = std::move(stack.back());
            stack.pop_back();
            std::vector<std::pair<pugi::xml_node, Place>> children;
            for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
                if (c.type() != pugi::node_element) continue;
                const std::string_view name = c.name();
                Place inner = place;
                if (name == "event") {
                    if (inner.wrapper) {
                        const std::string key = inner.wrapper.name();
                        auto it = std::find_if(wrappers.begin(), wrappers.end(),
                                               [&](const auto& w) { return w.first == key; });
                        if (it == wrappers.end())
                            it = wrappers.insert(wrappers.end(), {key, {0, inner.wrapper}});
                        ++it->second.events;
                    }
                    out.events.push_back(read_event(c, place.room, place.day));
                    inner.in_event = true;
                    if (!inner.wrapper) inner.wrapper = c;  // an event inside an event
                } else if (place.in_event) {
                    // The event's own fields; only an event nested in them matters.
                } else if (name == "day") {
                    inner.day = out.days.size();
                    inner.room.clear();
                    out.days.push_back(day(c));
                } else if (name == "room" && c.attribute("name")) {
                    inner.room = c.attribute("name").value();
                    out.rooms.push_back({inner.room, std::nullopt, at(c)});
                } else if (!inner.wrapper) {
                    inner.wrapper = c;  // <conference>, <tracks>, or what frab does not have
                }
                children.emplace_back(c, std::move(inner));
            }
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.push_back(std::move(*it));
        }
        for (const auto& [name, w] : wrappers) {
            const bool one = w.events == 1;
            b_.warn("unknown-element", at(w.first),
                    std::to_string(w.events) + (one ? " event stands" : " events stand") +
                        " inside <" + name + ">, which a frab schedule does not have",
                    std::string(one ? "it is" : "they are") +
                        " imported with the day and room listed around; check " +
                        (one ? "it" : "them"));
        }
    }

    SourceDay day(const pugi::xml_node& n) const {
        SourceDay d;
        d.loc = at(n);
        d.date = n.attribute("date").value();
        d.start = n.attribute("start").value();
        d.end = n.attribute("end").value();
        return d;
    }

    SourceLoc at(const pugi::xml_node& n) const {
        const std::ptrdiff_t off = n.offset_debug();
        return off < 0 ? b_.at(1) : positions_.at(static_cast<std::size_t>(off));
    }
    SourceLoc at(const pugi::xml_node& n, const SourceLoc& fallback) const {
        return n ? at(n) : fallback;
    }

    // All text inside an element, elements in it included (some abstracts hold XHTML), walked
    // without recursion so that deep nesting costs no stack.
    static std::string inner(const pugi::xml_node& node) {
        std::string out;
        if (!node) return out;
        pugi::xml_node n = node.first_child();
        while (n && n != node) {
            if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out += n.value();
            if (n.type() == pugi::node_element && n.first_child()) {
                n = n.first_child();
                continue;
            }
            while (n != node && !n.next_sibling()) n = n.parent();
            if (n == node) break;
            n = n.next_sibling();
        }
        return out;
    }
    static std::string child(const pugi::xml_node& n, const char* name) {
        return inner(n.child(name));
    }

    void conference(const pugi::xml_node& root, SourceSchedule& out) {
        const pugi::xml_node c = root.child("conference");
        out.loc = c ? at(c) : at(root);
        out.title = child(c, "title");
        out.subtitle = child(c, "subtitle");
        out.acronym = child(c, "acronym");
        out.description = child(c, "description");
        out.start = child(c, "start");
        out.end = child(c, "end");
        out.time_zone_name = child(c, "time_zone_name");
        out.zone_loc = at(c.child("time_zone_name"), out.loc);
        out.day_change = child(c, "day_change");
        out.timeslot = child(c, "timeslot_duration");
        out.venue = child(c, "venue");
        out.website = child(c, "url");
        if (out.website.empty()) out.website = child(c, "base_url");
        // The XSD puts <track name="" color=""/> in <conference>; FOSDEM writes
        // <tracks><track>Name</track></tracks> beside it.
        for (const pugi::xml_node t : c.children("track")) track(t, out);
        for (const pugi::xml_node t : root.child("tracks").children("track")) track(t, out);
    }

    static void track(const pugi::xml_node& t, SourceSchedule& out) {
        std::string name = t.attribute("name").value();
        if (name.empty()) name = inner(t);
        out.tracks.push_back({std::move(name), t.attribute("color").value()});
    }

    SourceEvent read_event(const pugi::xml_node& ev, const std::string& room, std::size_t day) {
        SourceEvent e;
        e.loc = at(ev);
        e.date_loc = at(ev.child("date"), e.loc);
        e.duration_loc = at(ev.child("duration"), e.loc);
        e.id = ev.attribute("id").value();
        e.guid = ev.attribute("guid").value();
        e.code = ev.attribute("code").value();
        e.slug = child(ev, "slug");
        e.title = child(ev, "title");
        e.subtitle = child(ev, "subtitle");
        e.type = child(ev, "type");
        e.track = child(ev, "track");
        e.language = child(ev, "language");
        e.abstract = child(ev, "abstract");
        e.description = child(ev, "description");
        e.url = child(ev, "url");
        e.date = child(ev, "date");
        e.start = child(ev, "start");
        e.duration = child(ev, "duration");
        // The room it is listed under is where it happens; its own <room> is the fallback
        // (36C3 lists "headnut" under "1Komona headnut").
        e.room = !room.empty() ? room : child(ev, "room");
        e.day = day;
        // In <persons>, or (hand-made files) straight in the event.
        for (const pugi::xml_node list : {ev.child("persons"), ev}) {
            for (const pugi::xml_node p : list.children("person")) {
                SourcePerson person;
                person.loc = at(p);
                person.name = inner(p);
                person.key = p.attribute("guid").value();
                if (person.key.empty()) person.key = p.attribute("id").value();
                e.persons.push_back(std::move(person));
            }
        }
        for (const pugi::xml_node l : ev.child("links").children("link"))
            e.links.push_back({l.attribute("href").value(), inner(l)});
        for (const pugi::xml_node t : ev.children("tag"))  // pentabarf's keywords
            e.tags.push_back(inner(t));
        for (const pugi::xml_node a : ev.child("attachments").children("attachment"))
            e.attachments.push_back({a.attribute("href").value(), inner(a)});
        return e;
    }

    std::string_view text_;
    SourcePositions positions_;
    ImportBuilder& b_;
};

}  // namespace

std::optional<std::size_t> count_frab_events(std::string_view text) {
    pugi::xml_document doc;
    if (!doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_auto))
        return std::nullopt;
    // XPath, not the reader's walk: a second opinion on where events may hide.
    return doc.select_nodes("//event").size();
}

ImportResult import_frab(std::string_view text, const std::string& source) {
    ImportBuilder b(source);
    SourceSchedule schedule;
    if (!FrabReader(text, b).read(schedule)) {
        return b.result();
    }
    return build_schedule(schedule, b);
}

}  // namespace summitry
