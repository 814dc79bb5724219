// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

namespace bib::test {

namespace fs = std::filesystem;

TempDir::TempDir()
{
    static std::atomic<unsigned> counter{0};
    std::random_device device;
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    mPath = fs::temp_directory_path() / ("bib-test-" + std::to_string(device()) + "-" +
                                         std::to_string(stamp) + "-" + std::to_string(counter++));
    fs::create_directories(mPath);
}

TempDir::~TempDir()
{
    std::error_code ec;
    fs::remove_all(mPath, ec);
}

void writeFile(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string unzippedBytes(const std::string& path)
{
    const std::string root = "/vsizip/" + path;
    char** entries = VSIReadDirRecursive(root.c_str());
    std::string all;
    for (char** e = entries; e && *e; ++e) {
        VSILFILE* f = VSIFOpenL((root + "/" + *e).c_str(), "rb");
        if (!f)
            continue;
        char buffer[4096];
        std::size_t n;
        while ((n = VSIFReadL(buffer, 1, sizeof buffer, f)) > 0)
            all.append(buffer, n);
        VSIFCloseL(f);
    }
    CSLDestroy(entries);
    return all;
}

std::string testData(const std::string& relative)
{
    return (fs::path(BIB_TEST_DATA_DIR) / relative).string();
}

std::string realData(const std::string& relative)
{
    const fs::path p = fs::path(BIB_REAL_DATA_DIR) / relative;
    return fs::exists(p) ? p.string() : std::string();
}

namespace {

std::vector<std::string> splitCsvLine(const std::string& line)
{
    std::vector<std::string> cells;
    std::string cell;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted) {
            cells.push_back(cell);
            cell.clear();
        } else
            cell += c;
    }
    cells.push_back(cell);
    return cells;
}

} // namespace

std::map<std::string, std::map<std::string, std::string>> readCsvById(const std::string& path)
{
    std::istringstream in(readFile(path));
    std::string line;
    std::getline(in, line);
    const auto header = splitCsvLine(line);
    std::map<std::string, std::map<std::string, std::string>> rows;
    while (std::getline(in, line)) {
        const auto cells = splitCsvLine(line);
        for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i)
            rows[cells[0]][header[i]] = cells[i];
    }
    return rows;
}

namespace {

std::string shellQuote(const std::string& s)
{
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

} // namespace

RunResult runBib(const std::vector<std::string>& arguments)
{
    TempDir capture;
    std::string command = shellQuote(BIB_EXECUTABLE);
    for (const auto& a : arguments)
        command += " " + shellQuote(a);
    const std::string outPath = capture.file("out.txt");
    const std::string errPath = capture.file("err.txt");
    command += " </dev/null >" + shellQuote(outPath) + " 2>" + shellQuote(errPath);
    const int status = std::system(command.c_str());
    RunResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = readFile(outPath);
    result.err = readFile(errPath);
    return result;
}

} // namespace bib::test
