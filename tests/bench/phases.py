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
sys.path.insert(0, str(Path(__file__).parent))


def ours(source: str, runs: int = 3) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from qgis_app import start_qgis

    app = start_qgis()
    from qgis import processing
    from run_bench import layer_uri
    from synthetic import TARGET_LAYERS

    from clearance_planner.algorithms.prioritise import PrioritiseAlgorithm
    from clearance_planner.engine.nearest import DistanceStream
    from clearance_planner.qgis_io import bulk_read

    spent: collections.Counter = collections.Counter()
    for owner, name, label in (
        (bulk_read, "_batch", "read"),
        (DistanceStream, "block", "distances"),
        (PrioritiseAlgorithm, "_write", "write"),
    ):
        setattr(owner, name, _timed(getattr(owner, name), label, spent))
    params = {"PARCELS": layer_uri(source, "parcels")}
    params.update({name.upper(): layer_uri(source, name) for name in TARGET_LAYERS})
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            spent.clear()
            start = time.perf_counter()
            out = os.path.join(folder, f"out{run}.gpkg")
            processing.run("clearance:prioritise", {**params, "OUTPUT": out})
            _report("ours", run, time.perf_counter() - start, spent)
    app.exitQgis()


def peer(source: str, runs: int = 3) -> None:
    import geopandas_peer

    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            spent: collections.Counter = collections.Counter()
            start = time.perf_counter()
            parcels, targets = geopandas_peer.read(source)
            spent["read"] = time.perf_counter() - start
            geopandas_peer.prioritise(parcels, targets)
            spent["distances"] = time.perf_counter() - start - spent["read"]
            written = time.perf_counter()
            geopandas_peer.write(parcels, os.path.join(folder, f"peer{run}.gpkg"))
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
