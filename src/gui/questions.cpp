// SPDX-License-Identifier: MIT
#include "questions.h"

#include <wx/msgdlg.h>

#include <cstdlib>
#include <string>

namespace summitry::gui {
namespace {

AnswerHook& hook() {
    static AnswerHook h;
    return h;
}

std::optional<bool> from_environment(Question question) {
    const char* name = question == Question::recover ? "SUMMITRY_RECOVER" : "SUMMITRY_RELOAD";
    const char* yes = question == Question::recover ? "recover" : "reload";
    const char* no = question == Question::recover ? "discard" : "keep";
    const char* value = std::getenv(name);
    if (!value) return std::nullopt;
    if (std::string(value) == yes) return true;
    if (std::string(value) == no) return false;
    return std::nullopt;
}

}  // namespace

void set_answer_hook(AnswerHook h) {
    hook() = std::move(h);
}

std::optional<bool> preset_answer(Question question, const wxString& message) {
    if (hook())
        if (const std::optional<bool> answer = hook()(question, message)) return answer;
    return from_environment(question);
}

bool ask(wxWindow* parent, Question question, const wxString& message, const wxString& yes,
         const wxString& no) {
    if (const std::optional<bool> answer = preset_answer(question, message)) return *answer;
    wxMessageDialog dialog(parent, message, "Summitry", wxYES_NO | wxICON_QUESTION);
    dialog.SetYesNoLabels(yes, no);
    return dialog.ShowModal() == wxID_YES;
}

}  // namespace summitry::gui
