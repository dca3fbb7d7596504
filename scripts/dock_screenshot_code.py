"""Run inside real QGIS (``qgis --code``, see scripts/dock_screenshot.sh): demo project,
prioritisation dock with distances computed and the top parcel explained, then a PNG of the
dock at ``$CLEARANCE_SHOT`` and what it showed in ``$CLEARANCE_SHOT.json``; exits QGIS."""

import json
import os
import traceback

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

SHOT = os.environ["CLEARANCE_SHOT"]
state = {}
docks = []


def extension(name):
    return next(e for e in plugins["clearance_planner"].gui_extensions if type(e).__name__ == name)


def start():
    try:
        iface.mainWindow().resize(1400, 1000)
        extension("LayerSet").load_demo()
        dock = extension("DockExtension").open_dock()
        dock.setFloating(True)
        dock.resize(520, 980)
        dock.compute_distances(wait=True)
        dock.update_map_and_charts()
        dock.select_parcel(int(dock.model.order[0]))
        docks.append(dock)
        state["title"] = dock.windowTitle()
        state["compute"] = dock.panel.compute_button.text()
        state["tabs"] = [dock.panel.tabs.tabText(i) for i in range(dock.panel.tabs.count())]
    except Exception:
        state["error"] = traceback.format_exc()
    QTimer.singleShot(4000, shoot)


def shoot():
    try:
        docks[0].grab().save(SHOT)
    except Exception:
        state["error"] = traceback.format_exc()
    with open(SHOT + ".json", "w", encoding="utf-8") as fh:
        json.dump(state, fh, ensure_ascii=False)
    QgsProject.instance().setDirty(False)
    os._exit(0)  # no "save project?" prompt, no plugin teardown under Xvfb


QTimer.singleShot(2000, start)
