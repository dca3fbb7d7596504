"""Time the dock's whole re-weighting path at 100k parcels, headless (offscreen).

The path: slider value change -> score on the cached distances -> ranked table -> live
layer attributes -> live layer repaint requested -> charts drawn, with the dock shown so the
table and charts paint. The parcels and criterion layers are the SYNTHETIC ones of
``make bench`` (tests/bench/synthetic.py, cached in output/bench/); the dock computes their
distances itself first. Prints one line per measurement; ``--json PATH`` writes them.

Usage: make stage && QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/bench_dock_reweight.py
       [n_parcels] [--json PATH] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from qgis_app import ROOT, start_qgis

sys.path.insert(0, str(ROOT / "tests" / "bench"))
import synthetic

TARGET_MS = 150
WAIT_S = 3.0  # longest wait for the repaint request of one move


class PathClock:
    """Times one slider move until the live layer asked for a repaint and events settled."""

    def __init__(self, app, dock) -> None:
        self.app, self.dock = app, dock
        self.repaints = 0
        dock.live_layer.repaintRequested.connect(self._repainted)

    def _repainted(self, *_args) -> None:
        self.repaints += 1

    def settle(self, start: float, before: int) -> float:
        """Milliseconds from ``start`` until the repaint was requested and the table and
        charts painted (the events posted by the update processed)."""
        while self.repaints == before and time.perf_counter() - start < WAIT_S:
            self.app.processEvents()
        for _ in range(3):  # chart draw (a 0 ms timer), then the paint events it posts
            self.app.processEvents()
        return 1000 * (time.perf_counter() - start)

    def move(self, slider, value: int) -> float:
        """A click or key press on the slider: one value change."""
        before, start = self.repaints, time.perf_counter()
        slider.setValue(value)
        return self.settle(start, before)

    def drag(self, slider, values: list[int]) -> tuple[float, int]:
        """Drag through ``values`` (events processed between moves, as between mouse
        moves), the last move just before the release: milliseconds from the release until
        the last value is shown, and the updates made during the drag."""
        before = self.repaints
        slider.setSliderDown(True)
        for value in values[:-1]:
            slider.setValue(value)
            self.app.processEvents()
        during = self.repaints - before
        slider.setValue(values[-1])
        before, start = self.repaints, time.perf_counter()
        slider.setSliderDown(False)  # sliderReleased
        return self.settle(start, before), during


def open_dock(n: int, folder: Path):
    """The dock on the synthetic layers of ``make bench`` (cached in ``folder``), distances
    computed."""
    from qgis.core import QgsProject, QgsVectorLayer

    from clearance_planner.gui.priority_dock import PrioritisationDock

    gpkg = synthetic.ensure_inputs(folder, n)
    layers = {
        name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        for name in ("parcels", *synthetic.TARGET_LAYERS)
    }
    QgsProject.instance().addMapLayers(list(layers.values()))
    dock = PrioritisationDock(None)
    dock.resize(420, 900)
    dock.show()
    dock.parcels.setLayer(layers["parcels"])
    for name in synthetic.TARGET_LAYERS:
        dock.rows[name].layer.setLayer(layers[name])
    start = time.perf_counter()
    dock.compute_distances(wait=True)
    return dock, time.perf_counter() - start


def breakdown(app, dock, repeats: int) -> dict:
    """Median ms of each part of one update, called one after the other."""
    from clearance_planner.engine.prioritise import score_parcels

    parts: dict[str, list[float]] = {"score": [], "table": [], "live layer": [], "charts": []}
    row = dock.rows["cemeteries"]
    for k in range(repeats):
        row.set_weight(0.05 + 0.02 * k)
        criteria = dock.criteria()
        t0 = time.perf_counter()
        result = score_parcels(dock.cache.distances, criteria, dock.cache.gated)
        t1 = time.perf_counter()
        dock.result = result
        dock.model.set_result(dock.cache.labels, result)
        dock.table.viewport().repaint()
        t2 = time.perf_counter()
        dock.update_live_layer()
        t3 = time.perf_counter()
        dock.charts.update_charts(criteria, result.score)
        for _ in range(3):
            app.processEvents()
        t4 = time.perf_counter()
        for name, dt in zip(parts, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            parts[name].append(1000 * dt)
    return {name: round(float(np.median(ms)), 1) for name, ms in parts.items()}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=100_000)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--json", help="write the figures to this JSON file")
    parser.add_argument("--data", default=str(ROOT / "output" / "bench"), help="input cache")
    args = parser.parse_args(argv)
    app = start_qgis()
    dock, distances_s = open_dock(args.n, Path(args.data))
    clock = PathClock(app, dock)
    slider = dock.rows["settlements"].slider
    clock.move(slider, 30)  # first full draw of the charts, caches warm
    moves = [clock.move(slider, 31 + k) for k in range(args.repeats)]
    jumps = [clock.move(slider, 80 if k % 2 else 20) for k in range(args.repeats)]
    drags = [clock.drag(slider, list(range(20, 60, 2))) for _ in range(3)]
    report = {
        "parcels": args.n,
        "criteria": len(dock.cache.names),
        "distances_s": round(distances_s, 1),
        "step_median_ms": round(float(np.median(moves)), 1),
        "step_max_ms": round(max(moves), 1),
        "jump_median_ms": round(float(np.median(jumps)), 1),
        "release_median_ms": round(float(np.median([d[0] for d in drags])), 1),
        "updates_during_20_move_drag": [d[1] for d in drags],
        "breakdown_median_ms": breakdown(app, dock, args.repeats),
        "target_ms": TARGET_MS,
    }
    print(
        f"dock path at {args.n} parcels x {report['criteria']} criteria (slider -> table, live "
        f"layer, repaint request, charts): one step median {report['step_median_ms']} ms "
        f"(max {report['step_max_ms']}), jump 0.2<->0.8 median {report['jump_median_ms']} ms, "
        f"drag release -> last update median {report['release_median_ms']} ms "
        f"(updates during 20-move drags: {report['updates_during_20_move_drag']}); "
        f"target {TARGET_MS} ms"
    )
    print(f"breakdown (median ms): {report['breakdown_median_ms']}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main()
