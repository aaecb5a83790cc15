// SPDX-License-Identifier: MIT
#pragma once

namespace summitry::cli {

// Sets the C library's heap up for a short command that allocates tens of MB: fewer page
// faults (heap.cpp says how). Called first thing in main; does nothing where it cannot.
void prepare_heap();

}  // namespace summitry::cli
