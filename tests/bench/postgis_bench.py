"""``make bench BENCH_POSTGIS=1`` (``run_bench.py --postgis``): clearance:prioritise on the
synthetic parcels stored in PostGIS, ENGINE local (QGIS reads every layer) against ENGINE
database (PostGIS computes the distances), each in a child process, same GeoPackage output;
the largest distance difference between the two. Then the outputs: the GeoPackage inputs with
ENGINE local written to a GeoPackage, to PostGIS in bulk (qgis_io/pg_rows) and to PostGIS
feature by feature (QGIS's exporter), with the largest distance difference to the GeoPackage
output. The server is scripts/db.sh's (build/pg)."""

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
OUTPUTS = ("geopackage", "postgis", "postgis-per-feature")


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
    db = Database(server_env(), schema)
    out_gpkg = dump.with_suffix(".gpkg")
    out_gpkg.unlink(missing_ok=True)
    params = {
        "PARCELS": db.source("parcels"),
        "ENGINE": ENGINES.index(engine),
        "OUTPUT": str(out_gpkg),
        **{name.upper(): db.source(name) for name in synthetic.TARGET_LAYERS},
    }
    timed_run(params, dump, lambda result: synthetic.distance_rows(result["OUTPUT"]))


def timed_run(params: dict, dump: Path, rows_of) -> None:
    """Run clearance:prioritise with ``params``; save its distance rows (``rows_of(result)``,
    sorted by parcel id) to ``dump`` and print a JSON line with the time and peak RSS."""
    from qgis import processing

    start = time.perf_counter()
    result = processing.run("clearance:prioritise", params)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = rows_of(result)
    np.save(dump, rows[np.argsort(rows[:, 0])])
    print(json.dumps({"wall_s": wall, "peak_rss_mb": peak}))


def child_output(schema: str, output: str, dump: Path) -> None:
    """Run clearance:prioritise once on the GeoPackage inputs, writing ``output``."""
    from qgis_app import start_qgis

    app = start_qgis()  # noqa: F841 -- keeps QGIS alive
    from clearance_planner.algorithms.prioritise import PrioritiseAlgorithm

    if output == "postgis-per-feature":
        PrioritiseAlgorithm._bulk_target = lambda *a, **k: None
    db = Database(server_env(), schema)
    gpkg = synthetic.ensure_inputs(dump.parent, int(schema.split("_")[-1]))
    table = f"out_{output.replace('-', '_')}"
    db.sql(f"DROP TABLE IF EXISTS {db.schema}.{table}")
    out_gpkg = dump.with_suffix(".gpkg")
    out_gpkg.unlink(missing_ok=True)
    params = {
        "PARCELS": f"{gpkg}|layername=parcels",
        "OUTPUT": str(out_gpkg) if output == "geopackage" else db.destination(table),
        **{name.upper(): f"{gpkg}|layername={name}" for name in synthetic.TARGET_LAYERS},
    }
    if output == "geopackage":
        timed_run(params, dump, lambda _result: synthetic.distance_rows(str(out_gpkg)))
    else:
        timed_run(params, dump, lambda _result: table_rows(db, table))


def table_rows(db: Database, table: str) -> np.ndarray:
    """As :func:`synthetic.distance_rows` for a PostGIS output table (NaN for NULL)."""
    names = ", ".join(["parcel_id"] + [f"dist_{n}_m" for n in synthetic.TARGET_LAYERS])
    text = db.sql(f"SELECT {names} FROM {db.schema}.{table}")
    cells = [[float(c) if c else np.nan for c in line.split("|")] for line in text.splitlines()]
    return np.array(cells, dtype=float)


def run_child(mode: str, schema: str, what: str, folder: Path) -> dict:
    dump = folder / f"pg_{schema}_{what}.npy"
    cmd = [sys.executable, str(Path(__file__).resolve()), mode, schema, what, str(dump)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=os.environ)
    if done.returncode != 0:
        raise SystemExit(f"{what} child failed:\n{done.stderr[-3000:]}")
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
            runs[engine] = run_child("engine", db.schema, engine, folder)
            entry[f"{engine}_s"] = runs[engine]["wall_s"]
            entry[f"{engine}_peak_rss_mb"] = runs[engine]["peak_rss_mb"]
        a, b = runs["local"]["rows"], runs["database"]["rows"]
        both = ~np.isnan(a[:, 1:]) & ~np.isnan(b[:, 1:])
        entry["max_distance_difference_m"] = float(np.max(np.abs(a[:, 1:] - b[:, 1:])[both]))
        entry["same_nulls"] = bool((np.isnan(a) == np.isnan(b)).all())
        entry["ratio"] = entry["local_s"] / entry["database_s"]
        entry["outputs"] = bench_outputs(db.schema, folder)
        results.append(entry)
    return results


def bench_outputs(schema: str, folder: Path) -> dict:
    """GeoPackage inputs, ENGINE local: each output's time, peak RSS and largest distance
    difference to the GeoPackage output (m), with the same NULLs."""
    runs = {}
    for output in OUTPUTS:
        print(f"[postgis {schema}] OUTPUT {output}…", flush=True)
        runs[output] = run_child("output", schema, output, folder)
    base = runs["geopackage"]["rows"]
    out = {}
    for output, run in runs.items():
        rows = run.pop("rows")
        same_ids = rows.shape == base.shape and bool((rows[:, 0] == base[:, 0]).all())
        both = ~np.isnan(rows[:, 1:]) & ~np.isnan(base[:, 1:]) if same_ids else None
        run["same_rows"] = same_ids and bool((np.isnan(rows) == np.isnan(base)).all())
        run["max_distance_difference_m"] = (
            float(np.max(np.abs(rows[:, 1:] - base[:, 1:])[both])) if same_ids else None
        )
        out[output] = run
    return out


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
    print(f"\nGeoPackage inputs, ENGINE local, by output\n{'parcels':>9} | output")
    for r in results:
        for output, o in r["outputs"].items():
            print(
                f"{r['parcels']:>9} | {output:<20} {o['wall_s']:>7.2f} s "
                f"{o['peak_rss_mb']:>5.0f} MB  same rows {o['same_rows']}  "
                f"Δ {o['max_distance_difference_m']}"
            )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "scripts"))
    run = child if sys.argv[1] == "engine" else child_output
    run(sys.argv[2], sys.argv[3], Path(sys.argv[4]))
