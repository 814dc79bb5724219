# SPDX-License-Identifier: GPL-3.0-or-later
"""The provider "bib" in qgis_process, with an isolated profile.

Loads the Python plugin buurtinbeeld from the build tree (QGIS_PLUGINPATH, enabled in a fresh
QGIS3.ini under QGIS_CUSTOM_CONFIG_PATH), which loads the C++ provider; runs bib:compositeindex and
bib:lisa on the Utrecht + Rotterdam buurten (203 areas) into GeoPackages; then opens the outputs with
qgis.core and checks them against `bib compose` and `bib lisa` on the same inputs (every value, to
1e-12), and that they open styled: graduated index classes, and the LISA categories in the issue's
colours (HH red, LL blue, HL pink, LH light blue, ns grey).
Exit 0 = pass, 1 = fail, 77 = QGIS or the real data not available (ctest SKIP_RETURN_CODE).
"""
import argparse
import csv
import json
import math
import os
import shutil
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display: before QGIS's Qt starts

try:
    from qgis.core import QgsApplication, QgsVectorLayer
except ImportError as error:
    print(f"SKIP: qgis.core cannot be imported ({error})")
    sys.exit(77)

QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def make_profile(work):
    config = os.path.join(work, "config")
    ini = os.path.join(config, "profiles", "default", "QGIS", "QGIS3.ini")
    os.makedirs(os.path.dirname(ini))
    with open(ini, "w", encoding="utf-8") as f:
        f.write("[PythonPlugins]\nbuurtinbeeld=true\n")
    return config


def qgis_process(args, env, *arguments):
    command = [QGIS_PROCESS, "--json", *arguments]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    print("$", " ".join(command))
    if result.returncode != 0:
        print(result.stdout[-4000:], result.stderr[-4000:])
        raise RuntimeError(f"qgis_process failed with {result.returncode}")
    return json.loads(result.stdout[result.stdout.index("{"):])


def run_bib(args, *arguments):
    result = subprocess.run([args.bib, *arguments], capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout, result.stderr)
        raise RuntimeError(f"bib {arguments[0]} failed with {result.returncode}")


def read_csv(path, id_field):
    with open(path, encoding="utf-8") as f:
        return {row[id_field]: row for row in csv.DictReader(f)}


def compare(layer, expected, columns, id_field):
    failures = 0
    seen = 0
    cells = 0
    for feature in layer.getFeatures():
        row = expected.get(str(feature[id_field]))
        if row is None:
            print(f"{feature[id_field]}: not in the bib output")
            failures += 1
            continue
        seen += 1
        for column in columns:
            value, text = feature[column], row[column]
            if text == "":
                ok = value is None or (hasattr(value, "isNull") and value.isNull())
            elif isinstance(value, float):
                want = float(text)
                ok = abs(value - want) <= 1e-12 * max(1.0, abs(want))
            else:
                ok = str(value) == text
            cells += 1
            if not ok:
                print(f"{feature[id_field]} {column}: QGIS {value!r}, bib {text!r}")
                failures += 1
    print(f"compared {cells} cells of {seen} areas ({', '.join(columns)})")
    if seen != len(expected) or cells == 0:
        print(f"QGIS has {seen} of bib's {len(expected)} areas")
        failures += 1
    return failures


def check_index(path, expected):
    layer = QgsVectorLayer(path, "index", "ogr")
    if not layer.isValid():
        return 1
    print(f"index: {layer.featureCount()} features")
    failures = 0 if layer.featureCount() == 203 else 1
    columns = [c for c in next(iter(expected.values())) if c.startswith(("n_", "c_"))]
    if len(columns) != 8:  # four indicators, each n_ and c_
        print(f"expected n_ and c_ columns of four indicators, bib wrote {columns}")
        failures += 1
    failures += compare(layer, expected, columns + ["index", "rank", "class"], "bu_code")
    message, loaded = layer.loadDefaultStyle()
    if not loaded or layer.renderer().type() != "graduatedSymbol":
        print(f"index style: {message!r}, {layer.renderer().type()}")
        failures += 1
    del layer
    return failures


def is_colour(colour, name):
    r, g, b = colour.red(), colour.green(), colour.blue()
    return {
        "HH": r > 180 and g < 80 and b < 80,                       # red
        "LL": b > 150 and r < 80,                                   # blue
        "HL": r > 200 and g > 120 and b > 100 and r > b,            # pink
        "LH": b > 200 and r > 120 and b > r,                        # light blue
        "ns": abs(r - g) < 10 and abs(r - b) < 10 and r > 180,      # grey
    }[name]


def check_lisa(path, expected):
    layer = QgsVectorLayer(path, "lisa", "ogr")
    if not layer.isValid():
        return 1
    print(f"lisa: {layer.featureCount()} features")
    failures = compare(layer, expected, ["I", "E_I", "Var_I", "Z_I", "p_norm", "p_sim", "cluster"], "bu_code")
    message, loaded = layer.loadDefaultStyle()
    renderer = layer.renderer()
    if not loaded or renderer.type() != "categorizedSymbol" or renderer.classAttribute() != "cluster":
        print(f"lisa style: {message!r}, {renderer.type()}")
        del renderer, layer
        return failures + 1
    if sorted(c.value() for c in renderer.categories()) != ["HH", "HL", "LH", "LL", "ns"]:
        print(f"LISA categories: {[c.value() for c in renderer.categories()]}")
        failures += 1
    for category in renderer.categories():
        colour = category.symbol().color()
        if not is_colour(colour, category.value()):
            print(f"LISA class {category.value()} is drawn in {colour.name()}")
            failures += 1
    del renderer, layer
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bib", required=True)
    parser.add_argument("--plugins", required=True, help="folder holding the buurtinbeeld Python plugin")
    parser.add_argument("--recipe", required=True)
    parser.add_argument("--real", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    buurten = os.path.join(args.real, "utrecht-rotterdam-buurten", "utrecht_rotterdam_buurten.gpkg")
    if not os.path.exists(buurten) or not os.path.exists(QGIS_PROCESS):
        print("SKIP: no real data or no qgis_process")
        return 77
    if os.path.isdir(args.work):
        shutil.rmtree(args.work)
    os.makedirs(args.work)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=make_profile(args.work),
               QGIS_PLUGINPATH=args.plugins)
    with open(args.recipe, encoding="utf-8") as f:
        recipe_text = f.read().replace("{REAL}", args.real)
    recipe = os.path.join(args.work, "recipe.bib.json")
    with open(recipe, "w", encoding="utf-8") as f:
        f.write(recipe_text)

    listing = subprocess.run([QGIS_PROCESS, "list"], capture_output=True, text=True, env=env, timeout=300)
    if "bib:lisa" not in listing.stdout:
        print(listing.stdout[-3000:], listing.stderr[-3000:])
        print("FAIL: qgis_process does not list bib:lisa")
        return 1

    index_path = os.path.join(args.work, "index.gpkg")
    lisa_path = os.path.join(args.work, "lisa.gpkg")
    qgis_process(args, env, "run", "bib:compositeindex", f"--recipe={recipe}", f"--output={index_path}")
    qgis_process(args, env, "run", "bib:lisa", f"--input={buurten}|layername=buurten", "--id=bu_code",
                 "--field=bev_dichth", "--weights=queen", f"--output={lisa_path}")
    run_bib(args, "compose", recipe, "-o", os.path.join(args.work, "index.csv"))
    run_bib(args, "lisa", buurten, "--layer", "buurten", "--id", "bu_code", "--field", "bev_dichth",
            "-o", os.path.join(args.work, "lisa.csv"))

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False, os.path.join(args.work, "config"))
    app.initQgis()
    failures = check_index(index_path, read_csv(os.path.join(args.work, "index.csv"), "bu_code"))
    failures += check_lisa(lisa_path, read_csv(os.path.join(args.work, "lisa.csv"), "bu_code"))
    app.exitQgis()
    del app
    print("PASS" if failures == 0 else f"FAIL: {failures} problems")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
