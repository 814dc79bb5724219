// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace bib::render {

enum class ClassificationMethod
{
    Quantile,
    EqualInterval
};

/// The classes of one column of values.
///
/// Class i holds the values v with breaks[i] < v <= breaks[i+1]; class 0 also holds breaks[0]
/// (upper bounds are inclusive, as in QGIS's graduated renderer). NaN and ±infinity belong to no
/// class: they are the "no data" class, index -1.
struct Classification
{
    std::vector<double> breaks;      ///< classCount() + 1 ascending boundaries, min … max
    std::vector<int> classOfValue;   ///< class of every input value, -1 for no data
    std::vector<std::size_t> counts; ///< values per class
    std::size_t noDataCount = 0;

    int classCount() const { return breaks.size() < 2 ? 0 : static_cast<int>(breaks.size()) - 1; }
    /// Class of a value by the rule above; values outside [min, max] go to the nearest class.
    int classOf(double value) const;
};

/// A family of classification methods behind one non-virtual entry point (STYLE.md 4).
class Classifier
{
public:
    virtual ~Classifier() = default;
    static std::unique_ptr<Classifier> create(ClassificationMethod method);

    /// Classifies values into at most `classCount` (clamped to 1…12) classes. Breaks that
    /// coincide (many equal values) are merged, so fewer classes may result, except that one break
    /// at the minimum is kept so the minimum gets a class of its own; a column whose finite
    /// values are all equal gets one class; a column without finite values gets none. O(n log n).
    Classification classify(const std::vector<double>& values, int classCount) const;

private:
    /// The classCount - 1 interior breaks for sorted, finite values with min < max.
    virtual std::vector<double> interiorBreaks(const std::vector<double>& sorted, int classCount) const = 0;
};

/// Breaks at the quantiles j/k (j = 1 … k-1), by linear interpolation between order statistics
/// (Hyndman & Fan type 7, R's default): with sorted x[0…n-1] and h = (n-1)·j/k, the break is
/// x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋+1] - x[⌊h⌋]). Classes hold about equally many areas.
class QuantileClassifier final : public Classifier
{
private:
    std::vector<double> interiorBreaks(const std::vector<double>& sorted, int classCount) const override;
};

/// Breaks at min + j·(max - min)/k: classes of equal width.
class EqualIntervalClassifier final : public Classifier
{
private:
    std::vector<double> interiorBreaks(const std::vector<double>& sorted, int classCount) const override;
};

} // namespace bib::render
