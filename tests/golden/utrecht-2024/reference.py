#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent reference for the golden Utrecht recipe, written with pandas/numpy from the recipe
semantics in docs/recipe.md (not from the C++ code). Writes expected.csv: bu_code, index, rank.

Run: /usr/bin/python3 tests/golden/utrecht-2024/reference.py ../shared/data/real > tests/golden/utrecht-2024/expected.csv
"""
import sqlite3
import sys

import numpy as np
import pandas as pd

real = sys.argv[1]
con = sqlite3.connect(f"{real}/utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg")
areas = pd.read_sql("select bu_code from buurten where gm_code = 'GM0344'", con)
table = pd.read_csv(f"{real}/cbs-buurt-indicatoren-2024/buurten_2024.csv", dtype={"bu_code": str})
df = areas.merge(table, on="bu_code", how="left")


def per1000(x, d):
    d = d.where(d != 0)
    return x / d * 1000


def winsorise(x):
    """COINr's default: while |skew| > 2 and excess kurtosis > 3.5, clamp the extreme to the next value, ≤ 5 times."""
    x = x.copy()

    def shape(v):
        v = v.dropna()
        d = v - v.mean()
        m2, m3, m4 = (d ** 2).mean(), (d ** 3).mean(), (d ** 4).mean()
        return m3 / m2 ** 1.5, m4 / m2 ** 2 - 3

    original = x.copy()
    count = 0
    skew, kurt = shape(x)
    while abs(skew) > 2 and kurt > 3.5 and count < 5:
        values = np.sort(x.dropna().unique())
        if skew > 0:
            x[x == values[-1]] = values[-2]
        else:
            x[x == values[0]] = values[1]
        count += 1
        skew, kurt = shape(x)
    if abs(skew) > 2 and kurt > 3.5:
        x = original
        x = np.log(x - x.min() + 1) if skew > 0 else -np.log(x.max() - x + 1)
    return x


def zscore(x, negative):
    z = (x - x.mean()) / x.std(ddof=1)
    return -z if negative else z


ind = {
    "crime": (zscore(winsorise(per1000(df.crime_2024, df.inwoners)), False), 2, "veiligheid"),
    "gezondheid": (zscore(df.goed_ervaren_gezondheid_2024, True), 1, "gezondheid"),
    "woz": (zscore(df.wozWaarde, True), 1, "wonen"),
    "koop": (zscore(df.koopwoningen, True), 1, "wonen"),
    "kinderen": (zscore(per1000(df.inwoners0tot15, df.inwoners), False), 1, "wonen"),
}
domains = {"veiligheid": 1.0, "gezondheid": 1.0, "wonen": 1.0}
within = {d: sum(w for (_, w, dd) in ind.values() if dd == d) for d in domains}
effective = {k: domains[d] / sum(domains.values()) * w / within[d] for k, (_, w, d) in ind.items()}

index = []
for row in range(len(df)):
    present = {k: v.iloc[row] for k, (v, _, _) in ind.items() if not np.isnan(v.iloc[row])}
    share = sum(effective[k] for k in present)
    if share < 2 / 3 - 1e-12:
        index.append(np.nan)
        continue
    total = total_w = 0.0
    for d, dw in domains.items():
        members = [(present[k], w) for k, (_, w, dd) in ind.items() if dd == d and k in present]
        if not members:
            continue
        score = sum(v * w for v, w in members) / sum(w for _, w in members)
        total += dw * score
        total_w += dw
    index.append(total / total_w)

df["index"] = index
# Rank 1 = highest; ties share the lowest number ("min" method).
df["rank"] = df["index"].rank(ascending=False, method="min")
out = df[["bu_code", "index", "rank"]]
print("bu_code,index,rank")
for _, r in out.iterrows():
    idx = "" if np.isnan(r["index"]) else repr(float(r["index"]))
    rk = "" if np.isnan(r["rank"]) else str(int(r["rank"]))
    print(f"{r.bu_code},{idx},{rk}")
