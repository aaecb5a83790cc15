// SPDX-License-Identifier: MIT
#pragma once
// The one way Summitry writes a file: every output of the command line and of the planner, the
// event file and its includes when saved, FILE.bak and the autosave files (docs/security.md,
// "Files Summitry writes"). What it does depends on what the path is:
//
//   a regular file, or nothing yet   a temporary file beside it, flushed to disk, renamed over it
//                                    (then the folder flushed too): a reader or a crash sees the
//                                    old file or the new one, never a mix. The file keeps its
//                                    mode and, where the system allows it, its owner and group.
//   a symbolic link                  the same, on the file the link leads to (in that file's
//                                    folder); the link stays a link.
//   a character device, a FIFO       written into, never renamed over (/dev/null, a printer).
//   /dev/stdout, /dev/fd/N           written into the descriptor the process already has.
//   one of `inputs`                  refused: an output never replaces what it was made from.
//   a folder, a block device, a      refused.
//   socket
//
// Every failure (a full disk included) throws WriteError naming the path, and leaves the target
// as it was: no temporary file is left behind.

#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace summitry {

class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct WriteFileOptions {
    // Files the write must never replace (the event file and its includes, a template): a target
    // that is one of them, as device and inode, through symbolic links, is refused.
    std::vector<std::filesystem::path> inputs;
    // The file whose mode and owner the written file takes (FILE.bak and the autosave files take
    // the event file's, so that a private event stays private). Empty: an existing file keeps its
    // own; a new one gets 0666 less the umask, as other programs make them.
    std::filesystem::path like;
    // false: the file and its folder are not flushed to disk one by one (still written whole
    // and renamed over the target). For a writer of thousands of files (the site: 13,000 files
    // took 2 minutes flushed one by one) that flushes the file system once when done.
    bool durable = true;
};

// Writes `content` to `target` by the rules above. Throws WriteError.
void write_file(const std::filesystem::path& target, std::string_view content,
                const WriteFileOptions& options = {});

// The same, with no inputs to protect (kept for callers written before write_file).
inline void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    write_file(target, content);
}

// Whether the open descriptor `fd` (standard output: 1) is one of `inputs`; for a command that
// is about to print into a file it read (`export ics ev.yaml >> ev.yaml`).
bool descriptor_is_input(int fd, const std::vector<std::filesystem::path>& inputs);

}  // namespace summitry
