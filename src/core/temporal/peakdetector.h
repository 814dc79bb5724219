// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "temporal/counttable.h"
#include "util/feedback.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bib::core {

/// The peak (aberration) detection methods.
enum class PeakMethod
{
    EarsC1,       ///< EARS C1: baseline right before the period (Hutwagner et al. 2003; surveillance::earsC)
    EarsC2,       ///< EARS C2: baseline with a guard band of 2 periods
    EarsC3,       ///< EARS C3: C2 statistics of the two periods before, as surveillance::earsC computes it
    PoissonCusum, ///< one-sided Poisson CUSUM (Lucas 1985) on a moving baseline, reset after an alarm
};

/// The parameters of every method; each method reads the ones it documents.
struct PeakOptions
{
    /// Periods in the reference window (earsC `baseline`, default 7; at least 3).
    std::size_t baseline = 7;
    /// One-sided false-alarm rate per period for EARS (earsC `alpha`); the threshold is
    /// qnorm(1 − alpha). Empty: earsC's default, 0.001 for C1 and C2, 0.025 for C3.
    std::optional<double> alpha;
    /// The smallest standard deviation used for EARS (earsC `minSigma`, default 0): with 0, a baseline
    /// of identical counts gives an upper bound equal to its mean.
    double minimumSigma = 0.0;
    /// The minimum-count rule: no alarm in a period with fewer events than this, whatever the statistic
    /// says (so 1 → 3 events after an empty baseline is not an alarm). 0 switches the rule off.
    double minimumCount = 5.0;
    /// CUSUM: periods between the baseline window and the judged period (EARS C2/C3 use 2 too).
    std::size_t guardBand = 2;
    /// CUSUM: the out-of-control mean λ1 = λ0 + shift·√λ0 (a shift in in-control standard deviations).
    double shift = 1.0;
    /// CUSUM: the decision interval h, in in-control standard deviations (alarm when S > h).
    double decisionInterval = 5.0;
    /// CUSUM: λ0 = max(baseline mean, minimumMean), so that an empty baseline still gives finite k.
    double minimumMean = 0.5;
};

/// What a detector says about one series: per period of the input, NaN (and no alarm) for the first
/// firstJudged periods, which are history only.
struct PeakResult
{
    std::size_t firstJudged = 0;
    std::vector<double> expected; ///< the baseline mean
    std::vector<double> upper;    ///< alarm when the count exceeds this (before the minimum-count rule); NaN
                                  ///< where earsC gives NaN (C3 after a zero-variance baseline)
    std::vector<double> score;    ///< the method's statistic (see each method); ±inf/NaN when σ = 0
    std::vector<bool> alarm;      ///< after the minimum-count rule
};

/// A family of peak detectors behind one non-virtual entry point (STYLE.md 4): detect() validates,
/// checks the length of the series, lets the method evaluate, and applies the minimum-count rule.
///
/// Thread-safety: a detector is immutable; detect() may run on many threads at once.
class PeakDetector
{
public:
    virtual ~PeakDetector() = default;
    PeakDetector(const PeakDetector&) = delete;
    PeakDetector& operator=(const PeakDetector&) = delete;

    /// Runs the method on counts (whole numbers ≥ 0, one per consecutive period, oldest first).
    /// Throws InputError when the series is shorter than minimumPeriods() (the message says how much
    /// history is needed) or holds a negative or NaN count. O(n · baseline).
    PeakResult detect(const std::vector<double>& counts) const;

    /// Periods of history before the first period that can be judged (C1: baseline, C2: baseline + 2,
    /// C3: baseline + 4, CUSUM: baseline + guard band).
    std::size_t history() const { return historyPeriods(); }
    /// history() + 1: the shortest series detect() accepts.
    std::size_t minimumPeriods() const { return historyPeriods() + 1; }
    /// "ears-c1", "ears-c2", "ears-c3" or "cusum".
    std::string name() const;
    /// The method and its effective parameters in one line, e.g. "ears-c2 (baseline 7, guard band 2,
    /// alpha 0.001, min-count 5)".
    std::string description() const;
    PeakMethod method() const { return mMethod; }
    const PeakOptions& options() const { return mOptions; }

protected:
    PeakDetector(PeakMethod method, PeakOptions options);

private:
    virtual std::size_t historyPeriods() const = 0;
    /// Fills expected, upper, score and the statistic's alarm from firstJudged on (the vectors come
    /// sized and NaN/false-filled).
    virtual void evaluate(const std::vector<double>& counts, PeakResult& result) const = 0;
    virtual std::string parameterText() const = 0;

    PeakMethod mMethod;
    PeakOptions mOptions;
};

/// Throws InputError for a baseline below 3, alpha outside (0, 1), a negative minSigma, minimum
/// count, guard band, or a shift / decision interval / minimum mean ≤ 0.
std::unique_ptr<PeakDetector> createPeakDetector(PeakMethod method, const PeakOptions& options);

/// "ears-c1" … "cusum" (as on the command line); throws InputError for another name.
PeakMethod peakMethodFromString(const std::string& name);
std::string toString(PeakMethod method);

/// Runs the detector on every series of a table. Throws InputError, naming the file, when the table
/// has fewer periods than the method needs ("… needs at least 12 weeks …"). A series that starts later
/// than the table (seriesStart > 0) is judged on its own periods only, its history counted from its
/// start; one too short for that is judged nowhere, with a warning naming it. Cancellable; progress.
std::vector<PeakResult> detectPeaks(const CountTable& table, const PeakDetector& detector,
                                    const std::string& path, Feedback& feedback);

/// Writes `<id>, period_start, count, expected, upper, alarm, category, score` for every series and
/// period, atomically: alarm 1/0, and expected, upper, score and alarm empty for the history-only
/// periods (upper also where it is NaN, score where it is not finite).
void writePeakTable(const std::string& path, const CountTable& table, const std::vector<PeakResult>& results,
                    const std::vector<std::string>& inputs);

/// One alarm in the last period of a table.
struct CurrentAlarm
{
    std::size_t series = 0; ///< index into CountTable::series
    double observed = 0, expected = 0, upper = 0, score = 0;
};

/// The alarms of the last period, strongest (observed − expected) first.
std::vector<CurrentAlarm> currentAlarms(const CountTable& table, const std::vector<PeakResult>& results);

/// "Overvecht-Noord, week 47: 46 meldingen, verwacht 12" (Dutch; week = ISO week of the period start,
/// other periods as "maand 2024-03" …; the category in brackets after the id when there is one;
/// expected rounded to one decimal with a decimal comma).
std::string alarmSentence(const CountTable& table, const CurrentAlarm& alarm, const std::string& noun);

/// "week 47" (ISO week of an ISO date), "dag 2024-03-05", "maand 2024-03", "kwartaal 2024-K1", "jaar 2024".
std::string dutchPeriodLabel(const std::string& isoDate, Period period);

} // namespace bib::core
