// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace bib::test {

/// A fresh temporary folder, removed with everything in it when the object goes.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return mPath; }
    std::string file(const std::string& name) const { return (mPath / name).string(); }

private:
    std::filesystem::path mPath;
};

/// Writes bytes to a file (for building small inputs inside a test).
void writeFile(const std::string& path, const std::string& bytes);
std::string readFile(const std::string& path);
/// Every file inside a zip (an XLSX is one), concatenated, read through GDAL's /vsizip/.
std::string unzippedBytes(const std::string& path);

/// Path of a file in tests/data.
std::string testData(const std::string& relative);
/// Path of a file in ../shared/data/real; empty when that folder is absent (the test then skips).
std::string realData(const std::string& relative);

/// Reads a ',' separated CSV written by bib (header, RFC 4180 quotes) into id (first column) →
/// column name → cell text.
std::map<std::string, std::map<std::string, std::string>> readCsvById(const std::string& path);

/// Result of running the bib executable.
struct RunResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs bib with arguments (no shell quoting needed), capturing stdout and stderr.
RunResult runBib(const std::vector<std::string>& arguments);

} // namespace bib::test
