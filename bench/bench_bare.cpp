// SPDX-License-Identifier: MIT
// summitry_bench_bare FILE: yaml-cpp's event parser over FILE with a handler that does nothing,
// as a process of its own linking yaml-cpp alone: the floor a whole `summitry-cli check` run is
// measured against (bench/cli.sh). Prints the number of scalars, so that the parse is not idle.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace {

class CountingHandler final : public YAML::EventHandler {
public:
    long scalars = 0;
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        ++scalars;
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fputs("usage: summitry_bench_bare FILE\n", stderr);
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "summitry_bench_bare: cannot read %s\n", argv[1]);
        return 1;
    }
    try {
        YAML::Parser parser(in);
        CountingHandler handler;
        while (parser.HandleNextDocument(handler)) {
        }
        std::printf("%ld scalars\n", handler.scalars);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "summitry_bench_bare: %s\n", e.what());
        return 1;
    }
    return 0;
}
