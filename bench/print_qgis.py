#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The peer of bench/print.sh: QGIS 3.22 (python3-qgis) print layouts from the same styled
GeoPackages that `bib export` wrote, so both draw the same classes and colours.

    /usr/bin/python3 bench/print_qgis.py atlas LAYER.gpkg OUT.pdf    # one A4 page per feature
    /usr/bin/python3 bench/print_qgis.py map LAYER.gpkg OUT.pdf      # one A3 page, whole layer

The atlas page holds a map zoomed on the feature (its neighbours around it), a locator map of the
whole layer, the feature's name as title, a legend and a scale bar; the single map an A3 page with
title, map, legend and scale bar. Prints the seconds the export itself took and the page count;
the caller times the whole process as well.
"""
import sys
import time

from qgis.core import (QgsApplication, QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize,
                       QgsPrintLayout, QgsProject, QgsUnitTypes, QgsVectorLayer)


def add_map(layout, layer, x, y, width, height):
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    item.setLayers([layer])
    item.setExtent(layer.extent())
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    return item


def add_label(layout, text, x, y, width, size):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = label.font()
    font.setPointSizeF(size)
    label.setFont(font)
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(width, 10, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(label)


def add_furniture(layout, item, x, y):
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    legend.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(legend)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    bar.applyDefaultSize()
    bar.attemptMove(QgsLayoutPoint(item.pos().x() + 3, item.pos().y() + item.rect().height() - 12,
                                   QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(bar)


def main():
    kind, source, output = sys.argv[1:4]
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    layer = QgsVectorLayer(source, "index", "ogr")
    if not layer.isValid():
        sys.exit(f"print_qgis.py: cannot open {source}")
    layer.loadDefaultStyle()
    project.addMapLayer(layer)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    if kind == "atlas":
        page.setPageSize("A4", page.Portrait)
        add_label(layout, '[% "bu_naam" %]', 15, 12, 180, 16)
        zoom = add_map(layout, layer, 70, 30, 125, 110)
        zoom.setAtlasDriven(True)
        zoom.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        zoom.setAtlasMargin(0.6)
        add_map(layout, layer, 15, 30, 52, 60)
        add_furniture(layout, zoom, 15, 150)
        atlas = layout.atlas()
        atlas.setCoverageLayer(layer)
        atlas.setEnabled(True)
    else:
        page.setPageSize("A3", page.Portrait)
        add_label(layout, "Index", 12, 10, 270, 16)
        item = add_map(layout, layer, 12, 25, 220, 380)
        add_furniture(layout, item, 236, 25)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 300
    start = time.perf_counter()
    if kind == "atlas":
        result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), output, settings)
        pages = layout.atlas().count()
    else:
        result = QgsLayoutExporter(layout).exportToPdf(output, settings)
        error, pages = "", 1
    seconds = time.perf_counter() - start
    if result != QgsLayoutExporter.Success:
        sys.exit(f"print_qgis.py: export failed ({result}) {error}")
    print(f"{seconds:.3f} {pages}")
    del layout, layer
    project.clear()
    app.exitQgis()


if __name__ == "__main__":
    main()
