"""Where the time of one prioritise run goes, phase by phase, without a profiler (a profiler
inflates per-row Python work). Three runs after nothing else; ``N`` = the bench input size.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/bench/phases.py ours N
    build/bench-venv/bin/python tests/bench/phases.py peer N
"""

from __future__ import annotations

import collections
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("settlements", "cemeteries", "infrastructure", "incidents")


def ours(source: str, runs: int = 3) -> None:
    sys.path.insert(0, str(ROOT / "build"))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    import clearance_planner
    from clearance_planner.algorithms.prioritise import PrioritiseAlgorithm
    from clearance_planner.engine.nearest import DistanceStream
    from clearance_planner.qgis_io import bulk_read

    plugin = clearance_planner.classFactory(None)  # kept: its provider lives as long as it
    plugin.initProcessing()
    spent: collections.Counter = collections.Counter()
    for owner, name, label in (
        (bulk_read, "_batch", "read"),
        (DistanceStream, "block", "distances"),
        (PrioritiseAlgorithm, "_write", "write"),
    ):
        setattr(owner, name, _timed(getattr(owner, name), label, spent))
    params = {"PARCELS": f"{source}|layername=parcels"}
    params.update({name.upper(): f"{source}|layername={name}" for name in LAYERS})
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            spent.clear()
            start = time.perf_counter()
            out = os.path.join(folder, f"out{run}.gpkg")
            processing.run("clearance:prioritise", {**params, "OUTPUT": out})
            _report("ours", run, time.perf_counter() - start, spent)
    app.exitQgis()


def peer(source: str, runs: int = 3) -> None:
    import geopandas as gpd
    import numpy as np

    sys.path.insert(0, str(Path(__file__).parent))
    import geopandas_peer

    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            spent: collections.Counter = collections.Counter()
            start = time.perf_counter()
            parcels = gpd.read_file(source, layer="parcels", engine="pyogrio")
            targets = {n: gpd.read_file(source, layer=n, engine="pyogrio") for n in LAYERS}
            spent["read"] = time.perf_counter() - start
            geoms, total = np.asarray(parcels.geometry.values), np.zeros(len(parcels))
            for name, weight, score in geopandas_peer.CRITERIA:
                d = geopandas_peer.nearest_distance(
                    geoms, np.asarray(targets[name].geometry.values)
                )
                parcels[f"dist_{name}_m"], parcels[f"score_{name}"] = d, score(d)
                total += weight * score(d)
            parcels["priority_score"] = 100 * total
            parcels["priority_rank"] = parcels["priority_score"].rank(
                ascending=False, method="first"
            )
            spent["distances"] = time.perf_counter() - start - spent["read"]
            written = time.perf_counter()
            parcels.to_file(
                os.path.join(folder, f"peer{run}.gpkg"),
                layer="prioritised",
                driver="GPKG",
                engine="pyogrio",
            )
            spent["write"] = time.perf_counter() - written
            _report("peer", run, time.perf_counter() - start, spent)


def _timed(function, label: str, spent: collections.Counter):
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - start

    return timed


def _report(who: str, run: int, total: float, spent: collections.Counter) -> None:
    parts = " | ".join(f"{k} {v:.2f}" for k, v in spent.items())
    print(
        f"{who} run {run}: total {total:.2f} s | {parts} | rest {total - sum(spent.values()):.2f}",
        flush=True,
    )


if __name__ == "__main__":
    size = sys.argv[2] if len(sys.argv) > 2 else "100000"
    data = str(ROOT / "output" / "bench" / f"bench_{size}.gpkg")
    {"ours": ours, "peer": peer}[sys.argv[1]](data)
