// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the indicator-table reader: any bytes as a CSV file must give a table or an
// InputError, never a crash, a hang or another exception.
#include "io/table.h"
#include "util/error.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // One scratch file per process, removed at exit.
    struct Scratch
    {
        std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("bib-fuzz-table-" + std::to_string(std::random_device{}()) + ".csv");
        ~Scratch()
        {
            std::error_code ec;
            std::filesystem::remove(path, ec);
        }
    };
    static const Scratch scratch;
    const std::filesystem::path& path = scratch.path;
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    bib::core::SilentFeedback feedback;
    try {
        bib::core::TableReadOptions options;
        const bib::core::Table table = bib::core::readTable(path.string(), options, feedback);
        for (const auto& column : table.columns)
            if (column.text.size() != table.rowCount || (column.numeric && column.numbers.size() != table.rowCount))
                std::abort(); // a ragged result is a bug
    } catch (const bib::core::InputError&) {
    }
    return 0;
}
