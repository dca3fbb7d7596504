"""``make bench BENCH_POSTGIS=1`` (``run_bench.py --postgis``): clearance:prioritise on the
synthetic parcels stored in PostGIS, ENGINE local (QGIS reads every layer) against ENGINE
database (PostGIS computes the distances), each in a child process, same GeoPackage output;
the largest distance difference between the two. The server is scripts/db.sh's (build/pg)."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

import synthetic  # noqa: E402

from tests.postgis_support import Database, psql, server_env  # noqa: E402

ENGINES = ("local", "database")


def ensure_tables(n: int, folder: Path) -> Database:
    """Schema ``bench_<n>`` with the synthetic layers (ogr2ogr, loaded once)."""
    env = server_env()
    db = Database(env, f"bench_{n}")
    have = psql(env, f"SELECT to_regclass('{db.schema}.incidents') IS NOT NULL")
    if have != "t":
        gpkg = synthetic.ensure_inputs(folder, n)
        psql(env, f"DROP SCHEMA IF EXISTS {db.schema} CASCADE; CREATE SCHEMA {db.schema}")
        db.load(gpkg, "parcels", *synthetic.TARGET_LAYERS)
        psql(env, f"ANALYZE {db.schema}.parcels")
    return db


def child(schema: str, engine: str, dump: Path) -> None:
    """Run clearance:prioritise once on the schema's tables; a JSON line with the timings."""
    from qgis_app import start_qgis

    app = start_qgis()  # noqa: F841 -- keeps QGIS alive
    from qgis import processing

    db = Database(server_env(), schema)
    out_gpkg = dump.with_suffix(".gpkg")
    out_gpkg.unlink(missing_ok=True)
    params = {
        "PARCELS": db.source("parcels"),
        "ENGINE": ENGINES.index(engine),
        "OUTPUT": str(out_gpkg),
        **{name.upper(): db.source(name) for name in synthetic.TARGET_LAYERS},
    }
    start = time.perf_counter()
    result = processing.run("clearance:prioritise", params)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = synthetic.distance_rows(result["OUTPUT"])
    np.save(dump, rows[np.argsort(rows[:, 0])])
    print(json.dumps({"wall_s": wall, "peak_rss_mb": peak}))


def run_engine(schema: str, engine: str, folder: Path) -> dict:
    dump = folder / f"pg_{schema}_{engine}.npy"
    cmd = [sys.executable, str(Path(__file__).resolve()), schema, engine, str(dump)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=os.environ)
    if done.returncode != 0:
        raise SystemExit(f"ENGINE {engine} child failed:\n{done.stderr[-3000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    out["rows"] = np.load(dump)
    return out


def bench_postgis(sizes: list[int], folder: Path) -> list[dict]:
    """Per size: both engines' wall time and peak RSS, and their largest difference (m)."""
    results = []
    for n in sizes:
        t0 = time.perf_counter()
        db = ensure_tables(n, folder)
        entry = {"parcels": n, "load_s": round(time.perf_counter() - t0, 2)}
        runs = {}
        for engine in ENGINES:
            print(f"[postgis {n}] ENGINE {engine}…", flush=True)
            runs[engine] = run_engine(db.schema, engine, folder)
            entry[f"{engine}_s"] = runs[engine]["wall_s"]
            entry[f"{engine}_peak_rss_mb"] = runs[engine]["peak_rss_mb"]
        a, b = runs["local"]["rows"], runs["database"]["rows"]
        both = ~np.isnan(a[:, 1:]) & ~np.isnan(b[:, 1:])
        entry["max_distance_difference_m"] = float(np.max(np.abs(a[:, 1:] - b[:, 1:])[both]))
        entry["same_nulls"] = bool((np.isnan(a) == np.isnan(b)).all())
        entry["ratio"] = entry["local_s"] / entry["database_s"]
        results.append(entry)
    return results


def print_postgis(results: list[dict]) -> None:
    head = (
        f"{'parcels':>9} | {'local s':>8} {'MB':>5} | {'database s':>10} {'MB':>5} | "
        f"{'×':>5} {'Δ m':>8}"
    )
    print("\nPostGIS inputs, ENGINE local vs database\n" + head + "\n" + "-" * len(head))
    for r in results:
        print(
            f"{r['parcels']:>9} | {r['local_s']:>8.2f} {r['local_peak_rss_mb']:>5.0f} | "
            f"{r['database_s']:>10.2f} {r['database_peak_rss_mb']:>5.0f} | "
            f"{r['ratio']:>4.2f}× {r['max_distance_difference_m']:>8.1e}"
        )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "scripts"))
    child(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
