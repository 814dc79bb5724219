// SPDX-License-Identifier: GPL-3.0-or-later
#include "variabledictionary.h"

#include "io/table.h"
#include "util/feedback.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>

namespace bib::app {

namespace fs = std::filesystem;

namespace {

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

/// "AantalInwoners_5" → "AantalInwoners"; unchanged without a numeric suffix.
std::string withoutPositionSuffix(const std::string& key)
{
    const std::size_t underscore = key.find_last_of('_');
    if (underscore == std::string::npos || underscore + 1 == key.size() || underscore == 0)
        return key;
    const bool digits = std::all_of(key.begin() + static_cast<std::ptrdiff_t>(underscore + 1), key.end(),
                                    [](unsigned char c) { return std::isdigit(c) != 0; });
    return digits ? key.substr(0, underscore) : key;
}

} // namespace

void VariableDictionary::add(const std::string& key, Entry entry)
{
    if (key.empty() || entry.label.empty())
        return;
    mEntries.emplace(lowerCase(withoutPositionSuffix(key)), entry);
    mEntries.emplace(lowerCase(key), std::move(entry));
}

void VariableDictionary::addFolderOf(const std::string& tablePath)
{
    const fs::path folder = fs::path(tablePath).parent_path();
    if (mFoldersRead[folder.string()])
        return;
    mFoldersRead[folder.string()] = true;
    std::error_code error;
    for (const fs::directory_entry& file : fs::directory_iterator(folder, error)) {
        const std::string name = lowerCase(file.path().filename().string());
        if (name.find("dataproperties") == std::string::npos || file.path().extension() != ".csv")
            continue;
        try {
            core::SilentFeedback feedback;
            const core::Table table = core::readTable(file.path().string(), {}, feedback);
            const core::TableColumn* keys = table.column("Key");
            const core::TableColumn* titles = table.column("Title");
            const core::TableColumn* units = table.column("Unit");
            if (!keys || !titles)
                continue;
            for (std::size_t row = 0; row < table.rowCount; ++row)
                add(keys->text[row], {titles->text[row], units ? units->text[row] : std::string()});
        } catch (const std::exception&) {
            continue; // see the header: a dictionary is optional
        }
    }
}

const VariableDictionary::Entry* VariableDictionary::find(const std::string& column) const
{
    for (const std::string& key : {lowerCase(column), lowerCase(withoutPositionSuffix(column))}) {
        const auto found = mEntries.find(key);
        if (found != mEntries.end())
            return &found->second;
    }
    return nullptr;
}

} // namespace bib::app
