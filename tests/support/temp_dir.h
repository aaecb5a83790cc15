// SPDX-License-Identifier: MIT
#pragma once
// Files for a test: a fresh directory of its own under the system's temporary directory, and a
// file read whole. CTest runs the test cases of a program as separate processes side by side,
// so a directory's name holds the process id: two cases never share one.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace summitry::test {

// An empty directory "<tmp>/summitry-<prefix>-<pid>/<name>", made anew (what an earlier run left
// there is removed).
inline std::filesystem::path fresh_dir(const std::string& prefix, const std::string& name) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                      ("summitry-" + prefix + "-" + std::to_string(::getpid())) /
                                      name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// A fresh_dir() removed with everything in it when the test is done.
struct TempDir {
    TempDir(const std::string& prefix, const std::string& name) : path(fresh_dir(prefix, name)) {}
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::filesystem::path path;
};

// The bytes of `path` ("" when it cannot be read).
inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace summitry::test
