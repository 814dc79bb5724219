# SPDX-License-Identifier: GPL-3.0-or-later
"""Buurt in Beeld for qgis_process and the graphical modeler.

qgis_process loads Python plugins only. This one loads the C++ library of the provider (the path is
in library.txt beside this file, or in the environment variable BIB_QGIS_LIBRARY) and calls its
exported bib_register_provider(), which adds the provider "bib" to QgsApplication's processing
registry. When the desktop C++ plugin has already added it, nothing more is done.
"""
import ctypes
import os

from qgis.core import QgsApplication, QgsMessageLog, Qgis

_library = None


def _library_path():
    path = os.environ.get("BIB_QGIS_LIBRARY")
    if path:
        return path
    with open(os.path.join(os.path.dirname(__file__), "library.txt"), encoding="utf-8") as f:
        return f.read().strip()


class BuurtInBeeldPlugin:
    def __init__(self, iface=None):
        self.iface = iface
        self.registered = False

    def initProcessing(self):
        global _library
        if QgsApplication.processingRegistry().providerById("bib") is not None:
            return
        path = _library_path()
        try:
            _library = ctypes.CDLL(path)
        except OSError as error:
            QgsMessageLog.logMessage(f"Buurt in Beeld: cannot load {path}: {error}", "Buurt in Beeld",
                                     Qgis.Critical)
            raise
        _library.bib_register_provider.restype = ctypes.c_int
        self.registered = bool(_library.bib_register_provider())

    def initGui(self):
        self.initProcessing()

    def unload(self):
        if self.registered and _library is not None:
            _library.bib_unregister_provider()
            self.registered = False


def classFactory(iface):
    return BuurtInBeeldPlugin(iface)
