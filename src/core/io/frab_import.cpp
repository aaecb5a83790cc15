// SPDX-License-Identifier: MIT
// frab/pentabarf schedule XML: <schedule><conference/><day><room><event/></room></day></schedule>
// (spec: ../shared/data/schemas/schedule.xml.xsd). Real files stray from the schema (FOSDEM puts
// <tracks> beside <conference>, wafer leaves out <language>, 36C3 repeats ids), so this reader
// takes what it finds and leaves the judging to build_schedule().
#include "io/frab_import.h"

#include <pugixml.hpp>

#include "io/schedule_import.h"

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
        for (const pugi::xml_node day : root.children("day")) {
            SourceDay d;
            d.loc = at(day);
            d.date = day.attribute("date").value();
            d.start = day.attribute("start").value();
            d.end = day.attribute("end").value();
            const std::size_t index = out.days.size();
            out.days.push_back(std::move(d));
            for (const pugi::xml_node room : day.children("room")) {
                const std::string room_name = room.attribute("name").value();
                out.rooms.push_back({room_name, std::nullopt});
                for (const pugi::xml_node event : room.children("event"))
                    out.events.push_back(read_event(event, room_name, index));
            }
        }
        if (out.events.empty() && out.days.empty() && !root.child("conference"))
            b_.warn("missing-key", at(root), "the schedule has no <conference> and no <day>");
        return true;
    }

private:
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
        for (const pugi::xml_node p : ev.child("persons").children("person")) {
            SourcePerson person;
            person.loc = at(p);
            person.name = inner(p);
            person.key = p.attribute("guid").value();
            if (person.key.empty()) person.key = p.attribute("id").value();
            e.persons.push_back(std::move(person));
        }
        for (const pugi::xml_node l : ev.child("links").children("link"))
            e.links.push_back({l.attribute("href").value(), inner(l)});
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
