"""Time the dock's whole re-weighting (score, ranked table, explanation) for 100k parcels.

The map layer and charts follow 150 ms later (debounced) and are not part of this figure.
Usage: make stage && QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/bench_dock_reweight.py
"""

import sys
import time

import numpy as np
from qgis_app import start_qgis


def main(n: int = 100_000, repeats: int = 10) -> None:
    app = start_qgis()
    from clearance_planner.gui.distances import DistanceCache
    from clearance_planner.gui.priority_dock import PrioritisationDock

    dock = PrioritisationDock(None)
    rng = np.random.default_rng(0)
    names = tuple(dock.rows)
    dock.cache = DistanceCache(
        "bench",
        (),
        names,
        "",
        rng.uniform(0, 8000, (n, len(names))),
        rng.random(n) < 0.2,
        [f"P{i}" for i in range(n)],
        list(range(n)),
    )
    dock.rescore()
    dock.table.selectRow(0)
    times = []
    for k in range(repeats):
        start = time.perf_counter()
        dock.rows["settlements"].slider.setValue(10 + 5 * k)  # slider -> rescore
        app.processEvents()
        times.append(time.perf_counter() - start)
    print(
        f"dock re-weighting, {n} parcels x {len(names)} criteria: median "
        f"{1000 * np.median(times):.1f} ms, max {1000 * max(times):.1f} ms"
    )
    live_layer_update(dock, n)


def live_layer_update(dock, n: int) -> None:
    """The debounced part: attributes of the live map layer and the two charts."""
    from qgis.core import QgsFeature, QgsField, QgsProject, QgsVectorLayer

    from clearance_planner.gui.live_layer import LIVE_FIELDS

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:32638", "live", "memory")
    layer.dataProvider().addAttributes([QgsField(a, t) for a, t in LIVE_FIELDS])
    layer.updateFields()
    layer.dataProvider().addFeatures([QgsFeature(layer.fields()) for _ in range(n)])
    QgsProject.instance().addMapLayer(layer)
    dock.live.layer, dock.live.ids = layer, [f.id() for f in layer.getFeatures()]
    start = time.perf_counter()
    dock.update_live_layer()
    middle = time.perf_counter()
    dock.charts.update_charts(dock.criteria(), dock.result.score)
    dock.charts.draw()
    end = time.perf_counter()
    print(
        f"debounced map layer update {1000 * (middle - start):.0f} ms, "
        f"charts {1000 * (end - middle):.0f} ms"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
