# SPDX-License-Identifier: GPL-3.0-or-later
"""Peer timing for bench/aggregate_peers.sh: geopandas sjoin + ISO-week group-by of EVENTS.csv
(x,y,time in EPSG:28992) into the buurten. Usage: aggregate_peers.py BUURTEN.gpkg LAYER EVENTS.csv"""
import sys
import time

import geopandas as gpd
import pandas as pd

start = time.perf_counter()
buurten = gpd.read_file(sys.argv[1], layer=sys.argv[2])[["bu_code", "geometry"]]
events = pd.read_csv(sys.argv[3])
points = gpd.GeoDataFrame(events, geometry=gpd.points_from_xy(events.x, events.y), crs="EPSG:28992")
joined = gpd.sjoin(points, buurten, how="inner", predicate="intersects")
local = pd.to_datetime(joined["time"], utc=True).dt.tz_convert("Europe/Amsterdam")
week = (local.dt.normalize() - pd.to_timedelta(local.dt.dayofweek, unit="D")).dt.strftime("%Y-%m-%d")
counts = joined.groupby([joined["bu_code"], week]).size()
print(f"geopandas: {len(events)} events, {int(counts.sum())} joined, {time.perf_counter() - start:.2f} s")
