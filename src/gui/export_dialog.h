// SPDX-License-Identifier: MIT
#pragma once
// File > Export: a dialog for the job's options (what, language, paper, audience, whose
// sessions, private or not: a core job, output/jobs.h), then the file to write, then the work
// with progress and Cancel.

#include <wx/dialog.h>

#include <vector>

#include "edit/document.h"
#include "outputs.h"

class wxCheckBox;
class wxChoice;

namespace summitry::gui {

class MainFrame;

class ExportDialog : public wxDialog {
public:
    // `kind`: the output chosen first (a job of that output and format; its options are not read).
    ExportDialog(wxWindow* parent, const Event& event, const std::string& lang,
                 const OutputJob& kind);
    // The options chosen (the file is asked next).
    OutputJob job() const;
    // Sets the options as the user would (tests).
    void select_kind(const OutputJob& kind);
    void select_filter(EntityKind kind, Index index);

private:
    void update_enabled();
    void fill_filter_values();

    const Event& event_;
    wxChoice* kind_ = nullptr;
    wxChoice* lang_ = nullptr;
    wxChoice* paper_ = nullptr;
    wxChoice* audience_ = nullptr;
    wxChoice* filter_kind_ = nullptr;
    wxChoice* filter_value_ = nullptr;
    wxCheckBox* private_ = nullptr;
    std::vector<Index> filter_indexes_;  // by item of filter_value_
};

// The whole of File > Export: the dialog (on the kind exported last), the file, the work.
void export_with_dialog(MainFrame& frame);

}  // namespace summitry::gui
