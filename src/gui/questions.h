// SPDX-License-Identifier: MIT
#pragma once
// The questions the planner asks on its own (not after a menu): recover an autosave, reload a
// file another program changed. Tests and scripts answer them without a dialog: a hook set by
// the test, or the environment (SUMMITRY_RECOVER=recover|discard, SUMMITRY_RELOAD=reload|keep).

#include <wx/string.h>

#include <functional>
#include <optional>

class wxWindow;

namespace summitry::gui {

enum class Question { recover, reload };

// The answer to give instead of asking `message` (true: the first choice), or nullopt to ask.
using AnswerHook = std::function<std::optional<bool>(Question, const wxString& message)>;
void set_answer_hook(AnswerHook hook);

// The answer the hook or the environment gives to `question`, without asking; nullopt: none.
std::optional<bool> preset_answer(Question question, const wxString& message);

// Asks `message` with the buttons `yes` and `no`; true when `yes` was chosen.
bool ask(wxWindow* parent, Question question, const wxString& message, const wxString& yes,
         const wxString& no);

}  // namespace summitry::gui
