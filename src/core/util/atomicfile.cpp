// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/atomicfile.h"

#include "util/error.h"

#include <atomic>
#include <chrono>
#include <fstream>

namespace bib::core {

namespace fs = std::filesystem;

namespace {

bool sameFile(const fs::path& a, const fs::path& b)
{
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec))
        return fs::equivalent(a, b, ec);
    return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
}

fs::path temporaryBeside(const fs::path& target)
{
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    fs::path tmp = target;
    // Keep the extension last: GDAL picks the driver from it.
    tmp.replace_filename("." + target.stem().string() + ".tmp" + std::to_string(stamp % 1000000) + "_" +
                         std::to_string(counter++) + target.extension().string());
    return tmp;
}

} // namespace

AtomicFile::AtomicFile(fs::path target, const std::vector<std::string>& inputs) : mTarget(std::move(target))
{
    for (const auto& input : inputs)
        if (!input.empty() && sameFile(mTarget, input))
            throw InputError(
                mTarget.string() +
                ": this is an input file; choose another output name (inputs are never overwritten)");
    const fs::path folder = mTarget.has_parent_path() ? mTarget.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw InputError(mTarget.string() + ": the folder " + folder.string() + " does not exist");
    if (fs::is_directory(mTarget, ec))
        throw InputError(mTarget.string() + ": is a folder; give a file name");
    mTemporary = temporaryBeside(mTarget);
}

AtomicFile::~AtomicFile()
{
    if (!mCommitted) {
        std::error_code ec;
        fs::remove(mTemporary, ec);
    }
}

void AtomicFile::commit()
{
    std::error_code ec;
    fs::rename(mTemporary, mTarget, ec);
    if (ec) {
        // Windows cannot rename onto an existing file that is open elsewhere; say so plainly.
        throw InputError(mTarget.string() + ": cannot replace the file (" + ec.message() +
                         "); is it open in another program? The previous version is unchanged");
    }
    mCommitted = true;
}

void writeTextFileAtomically(const fs::path& target, const std::string& text,
                             const std::vector<std::string>& inputs)
{
    AtomicFile file(target, inputs);
    {
        std::ofstream out(file.temporaryPath(), std::ios::binary | std::ios::trunc);
        if (!out)
            throw InputError(target.string() + ": cannot write in this folder");
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out)
            throw InputError(target.string() +
                             ": writing failed (disk full?); the previous version is unchanged");
    }
    file.commit();
}

} // namespace bib::core
