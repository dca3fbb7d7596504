"""Run inside real QGIS (``qgis --code``): demo, dock, prioritisation, screenshot, exit.

Writes ``$CLEARANCE_SHOT`` (PNG) and ``$CLEARANCE_SHOT.json`` (what the dock showed).
"""

import json
import os
import traceback

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

SHOT = os.environ["CLEARANCE_SHOT"]
state = {}


def extension(name):
    return next(e for e in plugins["clearance_planner"].gui_extensions if type(e).__name__ == name)


def start():
    try:
        iface.mainWindow().resize(1400, 900)
        iface.mainWindow().showMaximized()
        extension("LayerSet").load_demo()
        dock = extension("DockExtension").open_dock()
        dock.compute_distances(wait=True)
        dock.rows["settlements"].slider.setValue(60)  # a planner drags a slider
        dock.update_map_and_charts()
        dock.select_parcel(int(dock.model.order[0]))
        state["parcels"] = len(dock.cache.fids)
        state["top"] = [dock.model.index(r, 1).data() for r in range(5)]
        state["live_layer"] = dock.live_layer.name()
        iface.mapCanvas().refreshAllLayers()
    except Exception:
        state["error"] = traceback.format_exc()
    QTimer.singleShot(6000, shoot)


def shoot():
    try:
        iface.mapCanvas().waitWhileRendering()
        iface.mainWindow().grab().save(SHOT)
    except Exception:
        state["error"] = traceback.format_exc()
    with open(SHOT + ".json", "w", encoding="utf-8") as fh:
        json.dump(state, fh)
    QgsProject.instance().setDirty(False)
    os._exit(0)  # no "save project?" prompt, no plugin teardown under Xvfb


QTimer.singleShot(2000, start)
