// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "io/areawriter.h"
#include "statisticsoptions.h"
#include "temporal/counttable.h"
#include "temporal/peakdetector.h"

#include <ostream>

namespace bib::cli {

namespace {

struct PeaksCommandOptions
{
    std::string counts;
    std::string method = "ears-c1";
    std::string output;
    std::string noun = "meldingen";
    core::PeakOptions peak;
    double alpha = 0.0; ///< 0: earsC's default for the method
};

void printJson(const core::CountTable& table, const core::PeakDetector& detector,
               const std::vector<core::PeakResult>& results, const std::vector<core::CurrentAlarm>& alarms,
               const PeaksCommandOptions& options, std::ostream& out)
{
    std::size_t total = 0;
    for (const auto& r : results)
        for (bool a : r.alarm)
            total += a ? 1 : 0;
    out << "{\"method\": " << jsonString(detector.name())
        << ", \"description\": " << jsonString(detector.description())
        << ", \"baseline\": " << detector.options().baseline
        << ", \"min_count\": " << jsonNumber(detector.options().minimumCount)
        << ", \"series\": " << table.series.size() << ", \"periods\": " << table.periods.size()
        << ", \"period\": " << jsonString(core::toString(table.period))
        << ", \"first_judged\": " << jsonString(table.periods[detector.history()])
        << ", \"alarms\": " << total << ", \"current_period\": " << jsonString(table.periods.back())
        << ", \"current_alarms\": [";
    for (std::size_t i = 0; i < alarms.size(); ++i) {
        const auto& a = alarms[i];
        const auto& series = table.series[a.series];
        out << (i ? ", " : "") << "{\"id\": " << jsonString(series.id)
            << ", \"category\": " << jsonString(series.category) << ", \"count\": " << jsonNumber(a.observed)
            << ", \"expected\": " << jsonNumber(a.expected) << ", \"upper\": " << jsonNumber(a.upper)
            << ", \"score\": " << jsonNumber(a.score)
            << ", \"sentence\": " << jsonString(core::alarmSentence(table, a, options.noun)) << "}";
    }
    out << "], \"output\": " << jsonString(options.output) << "}\n";
}

void run(PeaksCommandOptions options, Context& context)
{
    if (options.alpha > 0.0)
        options.peak.alpha = options.alpha;
    const auto detector = core::createPeakDetector(core::peakMethodFromString(options.method), options.peak);
    const core::CountTable table = core::readCountTable(options.counts, context.feedback);
    const auto results = core::detectPeaks(table, *detector, options.counts, context.feedback);
    core::writePeakTable(options.output, table, results, {options.counts});
    const auto alarms = core::currentAlarms(table, results);
    std::ostream& out = context.out;
    if (context.json) {
        printJson(table, *detector, results, alarms, options, out);
        return;
    }
    const std::string period = core::dutchPeriodLabel(table.periods.back(), table.period);
    out << detector->description() << ": " << table.series.size() << " series, " << table.periods.size()
        << " " << core::toString(table.period) << "s, judged from " << table.periods[detector->history()]
        << "\n";
    if (alarms.empty())
        out << "Geen alarmen in " << period << " (" << table.periods.back() << ").\n";
    else
        out << alarms.size() << (alarms.size() == 1 ? " alarm" : " alarmen") << " in " << period << " ("
            << table.periods.back() << "):\n";
    for (const auto& a : alarms)
        out << "  " << core::alarmSentence(table, a, options.noun) << "\n";
    out << "written: " << options.output << "\n";
}

} // namespace

CommandSpec peaksCommand()
{
    return {
        "peaks",
        "Peaks in time per area (EARS C1/C2/C3 as surveillance::earsC, or a Poisson CUSUM): columns count, "
        "expected, upper, alarm (1/0), category, score; prints the alarms of the last period",
        [](CLI::App& command) -> CommandRunner {
            auto options = std::make_shared<PeaksCommandOptions>();
            command
                .add_option("COUNTS", options->counts,
                            "Count table as `bib aggregate` writes it: <id>, period_start, category, count")
                ->required();
            command.add_option("--method", options->method, "ears-c1, ears-c2, ears-c3 or cusum")
                ->capture_default_str()
                ->check(CLI::IsMember({"ears-c1", "ears-c2", "ears-c3", "cusum"}));
            command.add_option("--baseline", options->peak.baseline, "Periods in the reference window (≥ 3)")
                ->capture_default_str()
                ->check(CLI::Range(3, 10000));
            command
                .add_option("--min-count", options->peak.minimumCount,
                            "No alarm in a period with fewer events than this; 0 = off")
                ->capture_default_str()
                ->check(CLI::NonNegativeNumber);
            command
                .add_option("--alpha", options->alpha,
                            "EARS false-alarm rate per period (default 0.001 for C1/C2, 0.025 for C3)")
                ->check(CLI::Range(0.0, 1.0));
            command.add_option("--min-sigma", options->peak.minimumSigma, "EARS smallest standard deviation")
                ->capture_default_str()
                ->check(CLI::NonNegativeNumber);
            command
                .add_option("--shift", options->peak.shift, "CUSUM shift to detect, in standard deviations")
                ->capture_default_str()
                ->check(CLI::PositiveNumber);
            command
                .add_option("--decision-interval", options->peak.decisionInterval,
                            "CUSUM decision interval h, in standard deviations")
                ->capture_default_str()
                ->check(CLI::PositiveNumber);
            command.add_option("--noun", options->noun, "What is counted, for the sentences")
                ->capture_default_str();
            command.add_option("-o,--output", options->output, "Output table (.csv)")->required();
            return [options](Context& context) { run(*options, context); };
        }};
}

} // namespace bib::cli
