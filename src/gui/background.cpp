// SPDX-License-Identifier: MIT
#include "background.h"

#include <wx/progdlg.h>
#include <wx/utils.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <thread>

namespace summitry::gui {

void run_in_background(const std::function<void(const Progress&)>& work,
                       const std::function<bool(double done)>& keep_going) {
    std::atomic<double> done{0.0};
    std::atomic<bool> cancelled{false};
    std::atomic<bool> finished{false};
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            work([&](double share) {
                done.store(share, std::memory_order_relaxed);
                return !cancelled.load(std::memory_order_relaxed);
            });
        } catch (...) {
            failure = std::current_exception();
        }
        finished.store(true, std::memory_order_release);
    });
    while (!finished.load(std::memory_order_acquire)) {
        if (!cancelled.load(std::memory_order_relaxed) &&
            !keep_going(done.load(std::memory_order_relaxed)))
            cancelled.store(true, std::memory_order_relaxed);
        wxMilliSleep(20);
    }
    worker.join();
    if (failure) std::rethrow_exception(failure);
}

namespace {
constexpr int steps = 1000;
}

ProgressWindow::ProgressWindow(wxWindow* parent, const wxString& title, const wxString& message)
    : dialog_(std::make_unique<wxProgressDialog>(
          title, message, steps, parent,
          wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME | wxPD_AUTO_HIDE)) {}

ProgressWindow::~ProgressWindow() = default;

bool ProgressWindow::operator()(double done) {
    // Update() also lets the toolkit paint, and handles the Cancel button.
    const int value = static_cast<int>(std::lround(std::clamp(done, 0.0, 1.0) * (steps - 1)));
    // Work that cannot say how far it is (a layout) reports 0: the bar pulses.
    if (!cancelled_ && !(done <= 0 ? dialog_->Pulse() : dialog_->Update(value))) cancelled_ = true;
    return !cancelled_;
}

}  // namespace summitry::gui
