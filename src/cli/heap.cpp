// SPDX-License-Identifier: MIT
#include "heap.h"

#include <cstdint>
#include <cstdlib>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace summitry::cli {

void prepare_heap() {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    // A command runs once and exits: what it allocates it touches for the first time, and each
    // first touch of a 4 KB page is a page fault. Checking 10,000 sessions touched 20 MB so, in
    // 5,000 faults that cost more than all of Summitry's own instructions (10 us each on a
    // virtual machine; docs/performance.md). So the heap grows in one step of 256 MB, asked for
    // in transparent huge pages (2 MB a fault) where the kernel gives them, large blocks come
    // from it too rather than from mappings of their own, and nothing is given back before the
    // exit. Untouched, the reserve costs no memory. (It was 64 MB: a merge of three versions of
    // 10,000 sessions holds 130 MB, and the part past the advised step was 17,000 faults of
    // 4 KB, 0.18 s of its 0.52; docs/performance.md, "Versions".)
    constexpr std::size_t reserve = 256u << 20;
    constexpr std::uintptr_t huge_page = 2u << 20;
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's largest
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(4 * reserve));
    mallopt(M_TOP_PAD, static_cast<int>(reserve));
    // A block larger than what the heap has free makes it grow now, by the reserve (volatile:
    // a compiler may drop a malloc whose block is only freed).
    void* volatile block = std::malloc(1u << 20);
    std::free(block);
    const auto end = reinterpret_cast<std::uintptr_t>(::sbrk(0));
    const std::uintptr_t from = (end - reserve + huge_page - 1) / huge_page * huge_page;
    const std::uintptr_t to = end / huge_page * huge_page;
    if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);  // a hint
#endif
}

}  // namespace summitry::cli
