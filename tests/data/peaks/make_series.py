# SPDX-License-Identifier: GPL-3.0-or-later
"""Weekly count series for the EARS reference test, built from the two real data sets independently of bib.

Writes series.csv in the count-table format of `bib aggregate`: pc4_or_area,period_start,category,count
(ISO weeks starting on Monday; Assen timestamps are UTC and are converted to Europe/Amsterdam first).

  /usr/bin/python3 tests/data/peaks/make_series.py [REAL_DATA_DIR]      (pandas 1.5, Debian 12)
"""
import os
import sys

import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
real = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../../../shared/data/real")


def weekly(days, first, last):
    """Counts per Monday-starting week from first to last (inclusive, both Mondays), zeros included."""
    weeks = (days - pd.to_timedelta(days.dt.weekday, unit="D")).dt.normalize()
    index = pd.date_range(first, last, freq="7D")
    return weeks.value_counts().reindex(index, fill_value=0).sort_index()


rows = []


def add(series_id, category, counts):
    for week, count in counts.items():
        rows.append((series_id, week.strftime("%Y-%m-%d"), category, int(count)))


# Assen Signalen meldingen: weeks of 2026-01-05 … 2026-08-03 (the scrape is complete from 2026-05-18 on).
assen = pd.read_csv(os.path.join(real, "assen-signalen-meldingen/assen_signalen_meldingen.csv"))
local = pd.to_datetime(assen["created_at"], utc=True).dt.tz_convert("Europe/Amsterdam").dt.tz_localize(None)
for area in ["Kloosterveen", "Noorderpark", "Centrum"]:
    add(area, "", weekly(local[assen["signalen_area"] == area], "2026-01-05", "2026-08-03"))
for category in ["Afval", "Overlast Openbare Ruimte"]:
    add("Assen", category, weekly(local[assen["category"] == category], "2026-01-05", "2026-08-03"))

# Politie woninginbraak per pc4: weeks of 2024-06-03 … 2026-06-01, in total and for three pc4 areas.
burglaries = pd.read_csv(os.path.join(real, "politie-woninginbraak-pc4/woninginbraak_pc4_events.csv"),
                         dtype={"pc4": str})
days = pd.to_datetime(burglaries["datum"])
add("NL", "", weekly(days, "2024-06-03", "2026-06-01"))
for pc4 in ["1181", "1054", "3067"]:
    add(pc4, "", weekly(days[burglaries["pc4"] == pc4], "2024-06-03", "2026-06-01"))

out = pd.DataFrame(rows, columns=["area", "period_start", "category", "count"])
out.to_csv(os.path.join(here, "series.csv"), index=False)
print(f"{len(out)} rows, {out.groupby(['area', 'category']).ngroups} series")
