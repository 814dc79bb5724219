// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bib::core {

/// Language of legend labels: Dutch writes a decimal comma ("0,5 – 1,2"), English a decimal point
/// ("0.5 – 1.2"). Neither groups thousands, so "1.000" can never be read two ways.
enum class Language
{
    Dutch,
    English
};

/// `value` with exactly `decimals` digits after the separator of `language`, rounded to nearest
/// (ties as std::to_chars rounds the exact binary value). Independent of the C/C++ locale, which Qt
/// sets from the environment. A result that rounds to zero never shows a minus sign ("-0,0" → "0,0").
/// Throws InputError when decimals is outside 0…12 or value is not finite.
std::string formatNumber(double value, int decimals, Language language);

/// Legend label of the class [lower, upper]: "lower – upper" with an en dash (U+2013) between
/// spaces, e.g. "0,5 – 1,2"; a single number when both bounds print the same ("5" for 5 – 5).
std::string formatClassLabel(double lower, double upper, int decimals, Language language);

/// Label of the values that get no class: "geen gegevens" / "no data".
std::string noDataLabel(Language language);

/// The classes of one column of values.
///
/// Convention: with k = classCount(), class i (0-based) holds the values v with
/// breaks[i] < v <= breaks[i+1], and class 0 also holds breaks[0] (the minimum). A value equal to a
/// break therefore goes to the lower class. breaks[0] is the minimum of the finite values and
/// breaks[k] the maximum (for manual breaks: the outermost user break when it lies beyond the data).
struct ClassificationResult
{
    std::string method;              ///< recipe key of the method, e.g. "jenks"
    int requestedClassCount = 0;     ///< the class count asked for
    std::vector<double> breaks;      ///< classCount() + 1 non-decreasing bounds: minimum, then upper bounds
    std::vector<int> classOfValue;   ///< class of every input value, -1 for NaN ("geen gegevens")
    std::vector<std::size_t> counts; ///< values per class (classes may be empty, e.g. equal interval)
    std::size_t noDataCount = 0;     ///< NaN values
    std::vector<std::string> labelsDutch;   ///< one per class, "0,5 – 1,2"
    std::vector<std::string> labelsEnglish; ///< one per class, "0.5 – 1.2"
    /// Why there are fewer classes than requested, or none (English, for logs and reports); empty
    /// otherwise.
    std::string note;

    int classCount() const { return breaks.size() < 2 ? 0 : static_cast<int>(breaks.size()) - 1; }
    /// Class of any value by the convention above; values beyond the outer breaks go to the outer
    /// classes, NaN to -1. O(log k).
    int classOf(double value) const;
};

/// A family of classification methods behind one non-virtual entry point (STYLE.md 4).
///
/// classes() does what every method shares: validation, dropping NaN, sorting, the few-distinct-
/// values rule, assigning classes, counting and labelling. Each method only supplies its interior
/// breaks through calculateBreaks(). Methods hold no mutable state: classes() is safe to call from
/// several threads on one object.
class ClassificationMethod
{
public:
    /// Smallest and largest class count a caller may ask for (legends beyond 12 are unreadable).
    static constexpr int minimumClassCount = 2;
    static constexpr int maximumClassCount = 12;

    virtual ~ClassificationMethod() = default;

    /// Classifies `values` (NaN = missing; missing values get class -1).
    ///
    /// `classCount` must lie in 2…12 (else InputError). Its use depends on the method: quantile,
    /// equal interval, Jenks and standard deviation aim at exactly that many classes; head/tail
    /// breaks take it as a maximum; manual breaks ignore it (their breaks fix the count).
    /// When the finite values have fewer distinct values than classCount, the methods aiming at an
    /// exact count make one class per distinct value (the note says so). Ties may also merge
    /// quantile breaks and standard-deviation breaks may fall outside the data: fewer classes,
    /// again with a note. No finite values at all (empty or all NaN) is not an error: the result
    /// has no classes and every value -1, so a map can still show everything as "geen gegevens".
    /// ±infinity is an InputError (it cannot be placed in a finite legend).
    /// Cost: O(n log n) for sorting plus the method's own (see each method).
    ClassificationResult classes(std::span<const double> values, int classCount) const;

    /// Recipe key, e.g. "quantile".
    virtual std::string_view key() const = 0;

    /// Decimals in the labels (0…12, default 1); InputError outside that range.
    void setLabelDecimals(int decimals);
    int labelDecimals() const { return mLabelDecimals; }

protected:
    enum class ClassCountUse
    {
        Exact,   ///< classCount classes, fewer only when the data force it
        Maximum, ///< the data decide, up to classCount
        Ignored  ///< the method's own parameters decide
    };
    virtual ClassCountUse classCountUse() const { return ClassCountUse::Exact; }

    /// Keeps the cut points c with minimum <= c < maximum: a cut at or above the maximum would
    /// leave an empty top class, one below the minimum an empty bottom class.
    static std::vector<double> cutsInsideData(const std::vector<double>& cuts, double minimum,
                                              double maximum);

private:
    /// All bounds for at least one finite value, applying the few-distinct-values rule; explains
    /// in `note` when there are fewer classes than asked.
    std::vector<double> breaksFor(const std::vector<double>& sorted, int classCount, std::string& note) const;

    /// The interior breaks (cut points, ascending) for `sorted`: finite values in ascending order,
    /// at least two distinct. Ideally classCount - 1 of them; duplicates are merged by the caller.
    virtual std::vector<double> calculateBreaks(const std::vector<double>& sorted, int classCount) const = 0;

    int mLabelDecimals = 1;
};

/// The recipe keys: "quantile", "equal-interval", "jenks", "stddev", "headtail", "manual".
const std::vector<std::string_view>& classificationMethodKeys();

/// The method for a recipe key. `manualBreaks` (the interior cut points) is required for "manual"
/// and must be empty for every other key. Throws InputError for an unknown key, naming the known ones.
std::unique_ptr<ClassificationMethod> createClassificationMethod(std::string_view key,
                                                                 std::vector<double> manualBreaks = {});

} // namespace bib::core
