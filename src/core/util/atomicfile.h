// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace bib::core {

/// A write that either fully replaces the target or leaves it untouched.
///
/// Write to temporaryPath() (same folder as the target, so the rename is atomic on one file
/// system), then commit(). Without commit() the destructor removes the temporary file.
class AtomicFile
{
public:
    /// Throws InputError when the target is one of `inputs` (an input is never overwritten) or its
    /// folder does not exist.
    explicit AtomicFile(std::filesystem::path target, const std::vector<std::string>& inputs = {});
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& temporaryPath() const { return mTemporary; }
    const std::filesystem::path& target() const { return mTarget; }
    /// Renames the temporary file onto the target. Throws InputError when that fails.
    void commit();

private:
    std::filesystem::path mTarget;
    std::filesystem::path mTemporary;
    bool mCommitted = false;
};

/// Writes text to a file atomically (see AtomicFile).
void writeTextFileAtomically(const std::filesystem::path& target, const std::string& text,
                             const std::vector<std::string>& inputs = {});

} // namespace bib::core
