// SPDX-License-Identifier: MIT
#include "planner.h"

#include <wx/translation.h>

#include <algorithm>

namespace summitry::gui {

Planner::Planner() = default;
Planner::~Planner() = default;

void Planner::open(const std::string& path, bool recover) {
    EventDocument doc = recover ? EventDocument::recover(path) : EventDocument::open(path);
    ui_lang_.clear();
    if (wxTranslations* t = wxTranslations::Get())
        ui_lang_ = t->GetBestTranslation("summitry").utf8_string();
    history_.ClearCommands();
    document_.emplace(std::move(doc));
    ++generation_;
    selection_.clear();
    entity_.reset();
    day_.reset();
    compute_days();
    if (!days_.empty()) day_ = days_.front();
    notify(ChangeKind::document);
}

void Planner::set_day(Date day) {
    if (day_ == day) return;
    day_ = day;
    notify(ChangeKind::day);
}

std::string Planner::lang() const {
    if (!has_document()) return "en";
    // The interface's language when the event has it (French titles in the French interface).
    if (!ui_lang_.empty())
        for (const std::string& l : event().info.languages)
            if (ui_lang_.rfind(l, 0) == 0) return l;
    return event().default_language();
}

bool Planner::is_selected(const std::string& id) const {
    return std::find(selection_.begin(), selection_.end(), id) != selection_.end();
}

void Planner::select(std::vector<std::string> ids) {
    if (ids == selection_ && (ids.empty() || !entity_)) return;
    selection_ = std::move(ids);
    if (!selection_.empty()) entity_.reset();
    notify(ChangeKind::selection);
}

void Planner::select_entity(std::optional<EntityRef> entity) {
    if (entity == entity_ && (!entity || selection_.empty())) return;
    entity_ = std::move(entity);
    if (entity_) selection_.clear();
    notify(ChangeKind::selection);
}

Index Planner::selected_session() const {
    if (!has_document()) return no_index;
    for (const std::string& id : selection_)
        if (const Index i = event().find_session(id); i != no_index) return i;
    return no_index;
}

void Planner::document_changed() {
    compute_days();
    if (!days_.empty() && (!day_ || !std::binary_search(days_.begin(), days_.end(), *day_)))
        day_ = days_.front();
    notify(ChangeKind::document);
}

void Planner::notify(ChangeKind kind) {
    // A listener may subscribe nothing new while it runs; iterate over a copy all the same.
    const std::vector<Listener> listeners = listeners_;
    for (const Listener& l : listeners) l(kind);
}

void Planner::compute_days() {
    days_.clear();
    if (!has_document()) return;
    const Event& ev = event();
    if (ev.info.start_date != Date{} && ev.info.end_date >= ev.info.start_date)
        for (Date d = ev.info.start_date; d <= ev.info.end_date; d += date::days{1})
            days_.push_back(d);
    for (const Session& s : ev.sessions)
        if (s.start && s.room != no_index) days_.push_back(ev.programme_day(s));
    std::sort(days_.begin(), days_.end());
    days_.erase(std::unique(days_.begin(), days_.end()), days_.end());
}

}  // namespace summitry::gui
