// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>

namespace bib::app {

/// Labels and units of table columns, where the data come with a variable dictionary: a CBS
/// "DataProperties" table (columns Key, Title, Unit) saved beside the indicator table as
/// `*dataproperties*.csv`. CBS keys carry a position suffix (`AantalInwoners_5`); a column matches
/// its key with or without that suffix, ignoring case.
class VariableDictionary
{
public:
    struct Entry
    {
        std::string label;
        std::string unit;
    };

    /// Adds the dictionaries found in the folder of `tablePath` (each folder is read once).
    /// A dictionary that cannot be read is skipped: labels are a help, never a reason to stop.
    void addFolderOf(const std::string& tablePath);
    /// Adds one entry (also for tests).
    void add(const std::string& key, Entry entry);
    /// The entry for a column name; nullptr when none matches.
    const Entry* find(const std::string& column) const;

private:
    std::map<std::string, Entry> mEntries; ///< by lower-case key, with and without the suffix
    std::map<std::string, bool> mFoldersRead;
};

} // namespace bib::app
