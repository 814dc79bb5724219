# SPDX-License-Identifier: GPL-3.0-or-later
"""libpysal's times on the same layer and tasks as bib_bench_spatial, for bench/spatial.sh.

    /usr/bin/python3 bench/spatial_peers.py LAYER_FILE LAYER RUNS

Prints one line per task: "libpysal TASK median_ms links". The layer is read once, untimed.
"""
import statistics
import sys
import time
import warnings

warnings.filterwarnings("ignore")
import geopandas
import requests


def offline(*args, **kwargs):
    raise requests.exceptions.ConnectionError("benchmark runs offline")


# libpysal 4.7 polls a remote list of example data sets on import: keep it from going out.
requests.get = offline
import libpysal  # noqa: E402

path, layer, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
areas = geopandas.read_file(path, layer=layer)
centroids = areas.centroid
points = list(zip(centroids.x, centroids.y))


def timed(name, work):
    result = work()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        samples.append(time.perf_counter() - start)
    print(f"libpysal {name} {statistics.median(samples) * 1000:.1f} {result.s0:.0f}")


timed("queen", lambda: libpysal.weights.Queen.from_dataframe(areas, silence_warnings=True))
timed("rook", lambda: libpysal.weights.Rook.from_dataframe(areas, silence_warnings=True))
timed("knn6", lambda: libpysal.weights.KNN.from_array(points, k=6))
timed("distance2000m", lambda: libpysal.weights.DistanceBand.from_array(points, 2000, silence_warnings=True))
print("libpysal version", libpysal.__version__)
