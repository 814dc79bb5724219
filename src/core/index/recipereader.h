// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the recipe reader (recipe.cpp, recipeevents.cpp, recipereference.cpp): the validation
// context and helpers each section's parser uses. Not part of the core's public API.
#pragma once

#include "index/recipe.h"
#include "util/error.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bib::core::recipeparsing {

using Json = nlohmann::json;

/// Validation context: the origin (file) for messages.
class Reader
{
public:
    explicit Reader(std::string origin) : mOrigin(std::move(origin)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& what) const
    {
        throw InputError(mOrigin + ": " + path + ": " + what);
    }

    void allowOnly(const Json& object, const std::string& path, std::initializer_list<const char*> keys) const
    {
        if (!object.is_object())
            fail(path.empty() ? "(top level)" : path, "must be an object {…}");
        for (const auto& [key, value] : object.items()) {
            bool known = false;
            for (const char* k : keys)
                known = known || key == k;
            if (!known) {
                std::string list;
                for (const char* k : keys)
                    list += (list.empty() ? "" : ", ") + std::string(k);
                fail(join(path, key), "unknown key; allowed here: " + list);
            }
        }
    }

    static std::string join(const std::string& path, const std::string& key)
    {
        return path.empty() ? key : path + "." + key;
    }

    std::string text(const Json& object, const std::string& path, const char* key, bool required,
                     const std::string& fallback = {}) const
    {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                fail(join(path, key), "is required");
            return fallback;
        }
        if (!it->is_string())
            fail(join(path, key), "must be text in quotes");
        return it->get<std::string>();
    }

    double number(const Json& object, const std::string& path, const char* key, double fallback) const
    {
        const auto it = object.find(key);
        if (it == object.end())
            return fallback;
        if (!it->is_number())
            fail(join(path, key), "must be a number");
        const double v = it->get<double>();
        if (!std::isfinite(v))
            fail(join(path, key), "must be a finite number");
        return v;
    }

    const Json* array(const Json& object, const std::string& path, const char* key, bool required) const
    {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                fail(join(path, key), "is required (a list […])");
            return nullptr;
        }
        if (!it->is_array())
            fail(join(path, key), "must be a list […]");
        return &*it;
    }

private:
    std::string mOrigin;
};

/// A path of the recipe resolved against its folder; absolute paths and PG: strings as they are.
inline std::string resolve(const std::string& path, const std::string& baseFolder)
{
    if (path.empty() || path.rfind("PG:", 0) == 0 || baseFolder.empty() ||
        std::filesystem::path(path).is_absolute())
        return path;
    return (std::filesystem::path(baseFolder) / path).lexically_normal().string();
}

inline std::string formatWhole(double value)
{
    return std::to_string(static_cast<long long>(value));
}

/// A whole number in [minimum, maximum] at key, or fallback when absent.
inline std::size_t wholeNumber(const Reader& r, const Json& object, const std::string& path, const char* key,
                               double fallback, double minimum, double maximum)
{
    const double v = r.number(object, path, key, fallback);
    if (v != std::floor(v) || v < minimum || v > maximum)
        r.fail(Reader::join(path, key),
               "must be a whole number from " + formatWhole(minimum) + " to " + formatWhole(maximum));
    return static_cast<std::size_t>(v);
}

/// The "events" list (see docs/recipe.md, "Events"); empty when absent.
std::vector<EventSourceSpec> readEventSources(const Reader& r, const Json& top,
                                              const std::string& baseFolder);

/// Event counts and forecasts are counts of events: adds their names to privacy.countFields.
void addEventCountFields(Recipe& recipe);

/// One events source as recipeToJson writes it.
Json eventSourceToJson(const EventSourceSpec& source);

/// The "reference" object (see docs/recipe.md, "Reference"); nullopt when absent.
std::optional<ReferenceSpec> readReference(const Reader& r, const Json& top, const std::string& baseFolder);

/// The reference as recipeToJson writes it.
Json referenceToJson(const ReferenceSpec& reference);

} // namespace bib::core::recipeparsing
