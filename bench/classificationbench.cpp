// SPDX-License-Identifier: GPL-3.0-or-later
// Times exact Jenks (Fisher) breaks, 5 classes, on 14,574 values: the product target is < 1 s.
// The values are those R's classInt is timed on by classification.sh in the same run.
//   bib_bench_classification VALUES_FILE   (one number per line)
#include "index/classification.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: bib_bench_classification VALUES_FILE\n");
        return 1;
    }
    std::vector<double> values;
    std::ifstream in(argv[1]);
    for (double v; in >> v;)
        values.push_back(v);
    const auto method = bib::core::createClassificationMethod("jenks");
    std::vector<double> times;
    bib::core::ClassificationResult result;
    for (int run = 0; run < 7; ++run) {
        const auto start = std::chrono::steady_clock::now();
        result = method->classes(values, 5);
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    std::printf("bib jenks k=5 n=%zu: median %.1f ms (min %.1f); breaks", values.size(), times[times.size() / 2],
                times.front());
    for (double b : result.breaks)
        std::printf(" %g", b);
    std::printf("\n");
    return 0;
}
