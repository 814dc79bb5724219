# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent references for tests/unit/temporal/aggregationtest.cpp, made with geopandas/pandas.

Run from this folder:  /usr/bin/python3 make_references.py /work/shared/data/real
(geopandas 0.12 / pandas 1.5 / shapely 2.0 from Debian 12; writes the three files next to it).
"""
import hashlib
import sys

import geopandas as gpd
import pandas as pd

real = sys.argv[1]

# Assen: every report joined to the buurten with st_intersects semantics (a point on a shared border
# matches both buurten, one outside matches none), from the GeoPackage points and from the CSV lon/lat.
assen = f"{real}/assen-signalen-meldingen"
buurten = gpd.read_file(f"{assen}/assen_signalen_meldingen.gpkg", layer="buurten_2019_assen")[["bu_code", "geometry"]]
points = gpd.read_file(f"{assen}/assen_signalen_meldingen.gpkg", layer="meldingen")
table = pd.read_csv(f"{assen}/assen_signalen_meldingen.csv")
lonlat = gpd.GeoDataFrame(table, geometry=gpd.points_from_xy(table.lon, table.lat), crs="EPSG:4326").to_crs(28992)


def joined_counts(events, column):
    joined = gpd.sjoin(events[["geometry"]], buurten, how="left", predicate="intersects")
    matches = joined.groupby(level=0)["bu_code"].count()
    print(f"{column}: {len(events)} points, {int((matches == 0).sum())} in no buurt, "
          f"{int((matches > 1).sum())} in more than one")
    return joined.dropna(subset=["bu_code"]).groupby("bu_code").size().rename(column)


counts = buurten[["bu_code"]].set_index("bu_code")
counts = counts.join(joined_counts(points, "sjoin_gpkg")).join(joined_counts(lonlat, "sjoin_csv_lonlat"))
counts = counts.join(points.groupby("bu_code_2019").size().rename("readme_bu_code_2019"))
counts.fillna(0).astype(int).to_csv("assen_buurt_counts.csv")

# Burglaries: pandas group-by of pc4 × ISO week (Monday of the event's date), zero cells left out.
events = pd.read_csv(f"{real}/politie-woninginbraak-pc4/woninginbraak_pc4_events.csv", dtype=str)
day = pd.to_datetime(events["datum"], format="%Y-%m-%d")
events["week"] = (day - pd.to_timedelta(day.dt.dayofweek, unit="D")).dt.strftime("%Y-%m-%d")
cells = events.groupby(["pc4", "week"]).size()
lines = sorted(f"{pc4},{week},{n}" for (pc4, week), n in cells.items())
with open("pc4_week_reference.txt", "w") as out:
    out.write(f"events {len(events)}\nnonzero_cells {len(lines)}\nfirst_week {min(events.week)}\n"
              f"last_week {max(events.week)}\nsha256 {hashlib.sha256(chr(10).join(lines).encode()).hexdigest()}\n")
events.groupby("week").size().rename("count").to_csv("pc4_week_totals.csv")
