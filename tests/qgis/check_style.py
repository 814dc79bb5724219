# SPDX-License-Identifier: GPL-3.0-or-later
"""The GeoPackage of `bib export` opens styled in QGIS, headless.

Runs `bib export` on tests/data/export, opens the layer with QGIS's OGR provider, checks that
loadDefaultStyle() loads the style from the provider (the layer_styles table), that the renderer is
the graduated index style with the ramp of styles/ramps.json, and renders the map: the pixel at
each area's centre has the colour of the area's class (the `class` column written by bib, read
independently of the renderer), "geen gegevens" grey, "onderdrukt" grey or its hatch.
Exit 0 = pass, 1 = fail, 77 = QGIS not available (ctest SKIP_RETURN_CODE).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

try:
    from qgis.core import (QgsApplication, QgsMapRendererSequentialJob, QgsMapSettings, QgsPointXY,
                           QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
except ImportError as error:
    print(f"SKIP: qgis.core cannot be imported ({error})")
    sys.exit(77)


def fail(message):
    print(f"FAIL: {message}")
    return 1


def run_export(args):
    if os.path.isdir(args.work):
        shutil.rmtree(args.work)
    data = os.path.join(args.work, "data")
    os.makedirs(os.path.join(args.work, "profile"))
    shutil.copytree(args.fixture, data)
    output = os.path.join(args.work, "export.gpkg")
    result = subprocess.run([args.bib, "export", os.path.join(data, "recipe.bib.json"), "-o", output],
                            capture_output=True, text=True)
    print(result.stdout, result.stderr)
    if result.returncode != 0:
        raise RuntimeError(f"bib export failed with {result.returncode}")
    return output


def expected_colours(ramps_path, class_count):
    with open(ramps_path, encoding="utf-8") as f:
        ramps = json.load(f)
    ramp = next(r for r in ramps["ramps"] if r["name"] == "YlOrRd")
    return ramp["classes"][str(class_count)], ramps["noData"]["fill"], ramps["noData"]["hatch"]


def hatched(image, pixel, fill):
    """True when the 21 × 21 pixels around `pixel` hold something darker than the no-data fill."""
    base = QColor(fill).lightness()
    for dx in range(-10, 11):
        for dy in range(-10, 11):
            if QColor(image.pixel(int(pixel.x()) + dx, int(pixel.y()) + dy)).lightness() < base - 20:
                return True
    return False


def check(layer, ramps_path):
    message, loaded = layer.loadDefaultStyle()
    print(f"loadDefaultStyle: {message!r}, {loaded}")
    if not loaded or "provider" not in message.lower():
        return fail("the default style was not loaded from the provider")
    renderer = layer.renderer()
    if renderer.type() != "graduatedSymbol":
        return fail(f"renderer is {renderer.type()}, not graduatedSymbol")
    ranges = renderer.ranges()
    labels = [r.label() for r in ranges]
    print("legend:", labels)
    if labels[-2:] != ["geen gegevens", "onderdrukt"]:
        return fail("the legend does not end with 'geen gegevens' and 'onderdrukt'")
    class_count = len(ranges) - 2
    ramp, no_data, hatch = expected_colours(ramps_path, class_count)
    for i, colour in enumerate(ramp):
        if ranges[i].symbol().color().name() != colour:
            return fail(f"class {i + 1} is {ranges[i].symbol().color().name()}, not {colour}")

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent().buffered(10))
    settings.setOutputSize(QSize(400, 200))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    to_pixel = settings.mapToPixel()
    seen = set()
    failures = 0
    for feature in layer.getFeatures():
        centre = feature.geometry().centroid().asPoint()
        pixel = to_pixel.transform(QgsPointXY(centre))
        colour = QColor(image.pixel(int(pixel.x()), int(pixel.y()))).name()
        klass = feature["class"]
        if klass == "geen gegevens":
            wanted = {no_data}
        elif klass == "onderdrukt":
            wanted = {no_data, hatch}
        else:
            wanted = {ramp[int(klass) - 1]}
        if klass == "onderdrukt" and not hatched(image, pixel, no_data):
            print(f"{feature['code']}: withheld but not hatched")
            failures += 1
        seen.add(klass)
        status = "ok" if colour in wanted else "WRONG"
        print(f"{feature['code']}: class {klass}, pixel {colour}, expected {sorted(wanted)} {status}")
        failures += colour not in wanted
    if failures:
        return fail(f"{failures} areas are drawn in the wrong colour")
    if "onderdrukt" not in seen or "geen gegevens" not in seen:
        return fail("the fixture should have a withheld area and one without index")
    del image, job, settings, ranges, renderer
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bib", required=True)
    parser.add_argument("--fixture", required=True)
    parser.add_argument("--ramps", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    output = run_export(args)

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False, os.path.join(args.work, "profile"))
    app.initQgis()
    layer = QgsVectorLayer(f"{output}|layername=areas", "areas", "ogr")
    code = fail("the layer is not valid") if not layer.isValid() else check(layer, args.ramps)
    del layer  # every QGIS object must go before exitQgis()
    app.exitQgis()
    del app
    print("PASS" if code == 0 else "")
    return code


if __name__ == "__main__":
    sys.exit(main())
