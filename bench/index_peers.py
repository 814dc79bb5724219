#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The composite-index timings of bench/indexbench.cpp done with numpy/pandas, on the same numbers.

    /usr/bin/python3 bench/index_peers.py [--bench BUILD/bench/bib_bench_index] [--runs N]

With --bench it first runs our benchmark program (Google Benchmark, JSON) and prints both in one
table, measured in the same run. Data: 14,574 areas, values from the 64-bit LCG of indexbench.cpp
(seed 20241127, column by column, × 100), zscore with the sample sd, weights 1, 2, 3, 1, … in 4
equally weighted domains (indicator i in domain i mod 4).

  (a) recompute: index = Z · effective weights, competition ranks (pandas rank method="min").
  (b) 1,000 draws: Dirichlet(α = 50 · w/Σw) domain and within-domain weights (numpy's generator),
      index matrix Z · Eᵀ (BLAS), ranks per draw (pandas, method="min"), then per area the 5th,
      50th and 95th percentile with numpy's default "linear" method (= R type 7).
Timings on a shared machine are noisy: the load average is printed with them.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import numpy
import pandas

AREAS, DOMAINS = 14574, 4


def lcg_columns(indicators):
    """The same values as syntheticAreas() in indexbench.cpp (bit for bit: 53-bit fractions × 100)."""
    state, mask = 20241127, (1 << 64) - 1
    out = numpy.empty((AREAS, indicators))
    for i in range(indicators):
        column = []
        for _ in range(AREAS):
            state = (state * 6364136223846793005 + 1442695040888963407) & mask
            column.append((state >> 11) * 2.0**-53 * 100.0)
        out[:, i] = column
    return out


def zscores(x):
    return (x - x.mean(axis=0)) / x.std(axis=0, ddof=1)


def effective(weights, domain_of, domain_weights):
    e = numpy.zeros_like(weights)
    for d in range(DOMAINS):
        members = domain_of == d
        e[..., members] = (domain_weights[..., d : d + 1] / domain_weights.sum(axis=-1, keepdims=True)) * (
            weights[..., members] / weights[..., members].sum(axis=-1, keepdims=True))
    return e


def setup(indicators):
    z = zscores(lcg_columns(indicators))
    weights = numpy.array([i % 3 + 1 for i in range(indicators)], dtype=float)
    domain_of = numpy.array([i % DOMAINS for i in range(indicators)])
    return z, weights, domain_of


def recompute(z, e):
    index = z @ e
    return pandas.Series(index).rank(method="min", ascending=False).to_numpy()


def uncertainty(z, weights, domain_of, draws, concentration=50.0, seed=12345):
    rng = numpy.random.default_rng(seed)
    domain_weights = rng.dirichlet(numpy.full(DOMAINS, concentration / DOMAINS), size=draws)
    within = numpy.empty((draws, len(weights)))
    for d in range(DOMAINS):
        members = domain_of == d
        w = weights[members]
        within[:, members] = rng.dirichlet(concentration * w / w.sum(), size=draws)
    e = effective(within, domain_of, domain_weights)
    index = z @ e.T
    ranks = pandas.DataFrame(index).rank(method="min", ascending=False, axis=0).to_numpy()
    return numpy.percentile(ranks, [5, 50, 95], axis=1)


def timed(work, runs):
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def ours(program, runs):
    out = subprocess.run([program, "--benchmark_format=json", f"--benchmark_repetitions={runs}",
                          "--benchmark_report_aggregates_only=true"], check=True, capture_output=True, text=True)
    rows = {}
    for b in json.loads(out.stdout)["benchmarks"]:
        if b.get("aggregate_name") == "median":
            rows[b["run_name"].replace("/real_time", "")] = (b["real_time"], b["cpu_time"])
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", help="our bib_bench_index program, run first in the same session")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    table = []
    if args.bench:
        for name, (wall, cpu) in ours(args.bench, args.runs).items():
            table.append((f"ours: {name}", wall, cpu))
    z30, w30, d30 = setup(30)
    e30 = effective(w30, d30, numpy.ones(DOMAINS))
    recompute(z30, e30)
    table.append(("numpy/pandas: recompute 30 indicators (matmul + rank)", *timed(lambda: recompute(z30, e30), 50)))
    z20, w20, d20 = setup(20)
    uncertainty(z20, w20, d20, 50)
    table.append(("numpy/pandas: 1,000 draws, 20 indicators", *timed(lambda: uncertainty(z20, w20, d20, 1000),
                                                                      min(args.runs, 3))))

    print(f"composite-index timings, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}, "
          f"numpy {numpy.__version__}, pandas {pandas.__version__}, python {sys.version.split()[0]}")
    print("medians in ms; CPU is of the measuring process (ours: of the main thread only)")
    print(f"| {'step':<96} | {'wall':>9} | {'CPU':>9} |")
    print(f"| {'-' * 96} | {'-' * 8}: | {'-' * 8}: |")
    for name, wall, cpu in table:
        print(f"| {name:<96} | {wall:9.1f} | {cpu:9.1f} |")


if __name__ == "__main__":
    main()
