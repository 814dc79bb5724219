// SPDX-License-Identifier: GPL-3.0-or-later
// Times peak detection over 13,594 series × 104 weeks (the product target: < 0.5 s), for every
// method, and surveillance::earsC on the same synthetic series in the same run (bench/peaks_peers.R,
// when Rscript is found), printing the ratio.
//
//   bib_bench_peaks [--no-r]
#include "temporal/counttable.h"
#include "temporal/peakdetector.h"
#include "util/feedback.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace bib::core;

constexpr std::size_t seriesCount = 13594;
constexpr std::size_t weeks = 104;

/// Poisson counts with means from 0.2 to 40 per week, one seed, so the R run reads the same numbers.
CountTable syntheticTable()
{
    CountTable table;
    table.idField = "bu_code";
    table.period = Period::Week;
    std::string day = "2023-01-02";
    for (std::size_t t = 0; t < weeks; ++t, day = nextPeriodStart(day, Period::Week))
        table.periods.push_back(day);
    std::mt19937_64 random(20240601);
    for (std::size_t s = 0; s < seriesCount; ++s) {
        std::poisson_distribution<int> counts(0.2 + 0.8 * static_cast<double>(s % 50));
        CountSeries series{"BU" + std::to_string(s), "", {}, {}};
        for (std::size_t t = 0; t < weeks; ++t)
            series.counts.push_back(counts(random));
        table.series.push_back(std::move(series));
    }
    return table;
}

double medianSeconds(const std::function<void()>& work, int runs)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/// Writes the counts as a matrix (one row per week, one column per series) for R.
void writeMatrix(const CountTable& table, const std::string& path)
{
    std::ofstream out(path);
    for (std::size_t t = 0; t < weeks; ++t) {
        for (std::size_t s = 0; s < table.series.size(); ++s)
            out << (s ? " " : "") << table.series[s].counts[t];
        out << "\n";
    }
}

/// Runs bench/peaks_peers.R and returns its "C1 seconds" lines as method → seconds.
std::map<std::string, double> timeR(const std::string& matrixPath)
{
    std::map<std::string, double> seconds;
    const std::string command =
        "Rscript " + std::string(BIB_BENCH_SOURCE_DIR) + "/peaks_peers.R " + matrixPath;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return seconds;
    char line[256];
    while (std::fgets(line, sizeof line, pipe)) {
        std::fputs(line, stdout);
        char method[16];
        double value = 0;
        if (std::sscanf(line, "R earsC %15s %lf", method, &value) == 2)
            seconds[method] = value;
    }
    pclose(pipe);
    return seconds;
}

} // namespace

int main(int argc, char** argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // lines appear while R runs
    const bool withR = !(argc > 1 && std::strcmp(argv[1], "--no-r") == 0);
    const CountTable table = syntheticTable();
    std::printf("%zu series × %zu weeks\n", table.series.size(), table.periods.size());
    const std::vector<std::pair<PeakMethod, std::string>> methods = {{PeakMethod::EarsC1, "C1"},
                                                                     {PeakMethod::EarsC2, "C2"},
                                                                     {PeakMethod::EarsC3, "C3"},
                                                                     {PeakMethod::PoissonCusum, ""}};
    std::map<std::string, double> ours;
    std::size_t alarms = 0;
    for (const auto& [method, rName] : methods) {
        PeakOptions options;
        options.minimumCount = 0; // as earsC, so that the alarm counts can be compared with R's
        const auto detector = createPeakDetector(method, options);
        SilentFeedback feedback;
        std::vector<PeakResult> results;
        const double s =
            medianSeconds([&] { results = detectPeaks(table, *detector, "synthetic", feedback); }, 7);
        alarms = 0;
        for (const auto& r : results)
            alarms += static_cast<std::size_t>(std::count(r.alarm.begin(), r.alarm.end(), true));
        std::printf("bib %-8s median %7.1f ms  (target < 500 ms; %zu alarms without the min-count rule)\n",
                    toString(method).c_str(), s * 1000, alarms);
        if (!rName.empty())
            ours[rName] = s;
    }
    {
        const auto detector = createPeakDetector(PeakMethod::EarsC2, {});
        SilentFeedback feedback;
        const auto results = detectPeaks(table, *detector, "synthetic", feedback);
        const auto folder = std::filesystem::temp_directory_path();
        const std::string path = (folder / "bib_bench_peaks.csv").string();
        const double s = medianSeconds([&] { writePeakTable(path, table, results, {}); }, 3);
        std::printf("bib write ALARMS.csv (%zu rows) median %.1f ms\n", table.series.size() * weeks,
                    s * 1000);
        std::filesystem::remove(path);
    }
    if (!withR)
        return 0;
    const std::string matrix =
        (std::filesystem::temp_directory_path() / "bib_bench_peaks_matrix.txt").string();
    writeMatrix(table, matrix);
    const auto r = timeR(matrix);
    std::filesystem::remove(matrix);
    for (const auto& [method, seconds] : r)
        if (ours.count(method))
            std::printf("EARS %s: R earsC %.2f s / bib %.1f ms = %.0f× faster\n", method.c_str(), seconds,
                        ours[method] * 1000, seconds / ours[method]);
    if (r.empty())
        std::printf("no R timings (Rscript with surveillance not found)\n");
    return 0;
}
