#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Peer timing for bench/guiweightbench.cpp: QGIS renders a polygon layer with a graduated
renderer (quantiles, 5 classes, YlOrRd) into an image of the given size, REPEATS times after one
warm-up render; prints the median in milliseconds. QGIS start-up and layer opening are excluded.

usage: /usr/bin/python3 qgis_render.py LAYER.gpkg LAYERNAME FIELD WIDTH HEIGHT REPEATS
"""
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (QgsApplication, QgsClassificationQuantile, QgsGraduatedSymbolRenderer,
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsStyle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def main():
    path, name, field, width, height, repeats = sys.argv[1:7]
    application = QgsApplication([], False)
    application.initQgis()
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        print(f"{path}: layer {name} cannot be opened", file=sys.stderr)
        return 2
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setClassificationMethod(QgsClassificationQuantile())
    renderer.updateClasses(layer, 5)
    renderer.updateColorRamp(QgsStyle.defaultStyle().colorRamp("YlOrRd"))
    layer.setRenderer(renderer)
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setOutputSize(QSize(int(width), int(height)))
    settings.setExtent(layer.extent())
    settings.setBackgroundColor(QColor(244, 246, 248))
    times = []
    for index in range(int(repeats) + 1):
        start = time.perf_counter()
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        job.renderedImage()
        if index > 0:  # the first render warms the provider's caches
            times.append((time.perf_counter() - start) * 1000.0)
        del job
    print(f"{statistics.median(times):.2f}")
    del settings, renderer, layer
    application.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
