"""Memory and time of one feature-by-feature read (``layers.read_source``) of a PostGIS table
of ``n`` SYNTHETIC polygons of 33 vertices each (``ST_Buffer(point, 50, 8)``), in a child
process so that its RSS is its own (docs/postgis.md, "Where the local engine's memory goes").

    scripts/db.sh start build/pg
    nice -n 10 .venv/bin/python tests/bench/read_memory.py 100000

``CLEARANCE_BUILD`` (default ``build/``) is the folder holding the staged
``clearance_planner`` to measure, e.g. another commit's ``plugin/`` copied there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from tests.postgis_support import Database, psql, server_env  # noqa: E402


def status_mb(key: str) -> float:
    """``VmRSS`` or ``VmHWM`` (peak) of this process, MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def ensure_table(n: int) -> Database:
    """Schema ``readmem_<n>`` with table ``polygons`` (integer key ``fid``), made once."""
    env = server_env()
    db = Database(env, f"readmem_{n}")
    if psql(env, f"SELECT to_regclass('{db.schema}.polygons') IS NOT NULL") != "t":
        side = int(n**0.5) + 1
        psql(
            env,
            f"DROP SCHEMA IF EXISTS {db.schema} CASCADE; CREATE SCHEMA {db.schema}; "
            f"CREATE TABLE {db.schema}.polygons AS SELECT i AS fid, "
            f"ST_Buffer(ST_SetSRID(ST_MakePoint(300000 + 250 * (i % {side}), "
            f"3500000 + 250 * (i / {side})), 32638), 50, 8)::geometry(Polygon, 32638) AS geom "
            f"FROM generate_series(1, {n}) i; "
            f"ALTER TABLE {db.schema}.polygons ADD PRIMARY KEY (fid); ANALYZE {db.schema}.polygons",
        )
    return db


def child(schema: str) -> None:
    """Read the table once; print a JSON line with RSS before, after and peak, and the time."""
    sys.path.insert(0, os.environ.get("CLEARANCE_BUILD", str(ROOT / "build")))
    from qgis_app import quiet_runtime_dir

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quiet_runtime_dir()
    from qgis.core import QgsApplication, QgsProcessingContext, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from clearance_planner.qgis_io.layers import read_source

    layer = QgsVectorLayer(Database(server_env(), schema).table_uri("polygons"), "p", "postgres")
    assert layer.isValid(), layer.dataProvider().error().summary()
    context = QgsProcessingContext()
    before = status_mb("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # VmHWM from here on
    start, cpu = time.perf_counter(), time.process_time()
    read = read_source(layer, "p", layer.crs(), context)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    g = read.geometry
    final = (g.xy.nbytes + g.ring_offsets.nbytes + g.ring_feature.nbytes) / 2**20
    out = {
        "features": g.n_features,
        "vertices": len(g.xy),
        "read_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "rss_before_mb": round(before, 1),
        "rss_after_mb": round(status_mb("VmRSS"), 1),
        "peak_mb": round(status_mb("VmHWM"), 1),
        "arrays_mb": round(final, 1),
        "load": os.getloadavg(),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        db = ensure_table(int(sys.argv[1]))
        done = subprocess.run(
            [sys.executable, __file__, "--child", db.schema], capture_output=True, text=True
        )
        print(done.stdout.strip().splitlines()[-1] if done.returncode == 0 else done.stderr)
