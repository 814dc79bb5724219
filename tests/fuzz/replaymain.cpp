// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target over files (a corpus) without libFuzzer, so the targets run as ordinary
// tests with GCC; with clang and -DBIB_FUZZ=ON the same targets link against libFuzzer instead.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv)
{
    namespace fs = std::filesystem;
    std::size_t inputs = 0;
    for (int a = 1; a < argc; ++a) {
        std::vector<fs::path> files;
        if (fs::is_directory(argv[a])) {
            for (const auto& entry : fs::recursive_directory_iterator(argv[a]))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
        } else {
            files.emplace_back(argv[a]);
        }
        for (const auto& file : files) {
            std::ifstream in(file, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            // Every prefix of the file too: truncated input is the commonest damage.
            for (std::size_t cut = 0; cut < bytes.size() && cut < 4096; cut += 1 + bytes.size() / 64)
                LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), cut);
            ++inputs;
        }
    }
    std::cout << "replayed " << inputs << " inputs without a crash\n";
    return inputs > 0 ? 0 : 1;
}
