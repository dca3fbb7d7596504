"""``make bench``: clearance:prioritise against the QGIS-native chain on synthetic parcels.

Per size: the native way (per criterion ``native:joinbynearest`` with its distance, then the
field calculator for the score, and one more for the weighted sum) in this process, and
``clearance:prioritise`` in a child process (so its peak RSS is its own). Prints a table and
writes JSON. Inputs are SYNTHETIC (see synthetic.py) and cached under output/bench/.

    .venv/bin/python tests/bench/run_bench.py --sizes 10000,100000 --out output/bench.json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "scripts"))

import synthetic  # noqa: E402

NATIVE_LIMIT_S = 600.0
TOLERANCE_M = 0.01
# criterion, weight, QGIS expression of the score from "distance" (the defaults of prioritise)
CRITERIA = (
    ("settlements", 0.40, 'max(0, 1 - "distance" / 5000)'),
    ("cemeteries", 0.15, 'max(0, 1 - "distance" / 2000)'),
    ("infrastructure", 0.25, 'exp(-ln(2) * "distance" / 1000)'),
    ("incidents", 0.20, 'exp(-ln(2) * ("distance" / 1500) ^ 2)'),
)
JOIN_EXTRA = ["n", "distance", "feature_x", "feature_y", "nearest_x", "nearest_y"]


def layer_uri(gpkg: Path, name: str) -> str:
    return f"{gpkg}|layername={name}"


def rss_mb() -> float:
    """Current resident set size of this process (MB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        int(line.split()[1]) // 1024
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    load = os.getloadavg()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_mb": mem,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_1m_at_start": round(load[0], 2),
    }


# -- ours, in a child process --------------------------------------------------------------


def child(gpkg: Path, dump: Path, profile: Path | None) -> None:
    """Run clearance:prioritise once; print a JSON line with wall time and peak RSS."""
    from qgis_app import start_qgis

    app = start_qgis()  # noqa: F841 -- keeps QGIS alive
    from qgis import processing

    out_gpkg = dump.with_suffix(".gpkg")  # GeoPackage in and out, like the peer
    out_gpkg.unlink(missing_ok=True)
    params = {"PARCELS": layer_uri(gpkg, "parcels"), "OUTPUT": str(out_gpkg)}
    params.update({name.upper(): layer_uri(gpkg, name) for name in synthetic.TARGET_LAYERS})
    rss_before = rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    if profile is not None:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        result = prof.runcall(processing.run, "clearance:prioritise", params)
        wall = time.perf_counter() - start
        with profile.open("w") as fh:
            stats = pstats.Stats(prof, stream=fh)
            stats.sort_stats("cumulative").print_stats(35)
            stats.sort_stats("tottime").print_stats(25)
    else:
        result = processing.run("clearance:prioritise", params)
        wall = time.perf_counter() - start
    cpu = time.process_time() - cpu  # every thread of the process
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    np.save(dump, synthetic.distance_rows(result["OUTPUT"]))
    out = {"wall_s": wall, "cpu_s": cpu, "peak_rss_mb": peak, "rss_before_mb": rss_before}
    print(json.dumps({**out, "load": os.getloadavg()}))


def run_ours(gpkg: Path, n: int, folder: Path, profile: bool) -> dict:
    dump = folder / f"ours_{n}.npy"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(gpkg), str(dump)]
    prof = folder / f"profile_{n}.txt"
    if profile:
        cmd.append(str(prof))
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"clearance:prioritise child failed:\n{done.stderr[-3000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    out["rows"] = np.load(dump)
    if profile:
        out["profile"] = str(prof.relative_to(ROOT))
    return out


# -- the GeoPandas + shapely 2 peer, in its own venv --------------------------------------

PEER_PYTHON = ROOT / "build" / "bench-venv" / "bin" / "python"


def run_peer(gpkg: Path, n: int, folder: Path) -> dict:
    """tests/bench/geopandas_peer.py in build/bench-venv (``make bench-venv``)."""
    if not PEER_PYTHON.exists():
        return {"skipped": "no build/bench-venv (make bench-venv)"}
    dump, out = folder / f"peer_{n}.npy", folder / f"peer_{n}.gpkg"
    out.unlink(missing_ok=True)
    cmd = [str(PEER_PYTHON), str(HERE / "geopandas_peer.py"), str(gpkg), str(out), str(dump)]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QGIS", "GDAL"))}
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        return {"failed": done.stderr[-2000:]}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["rows"] = np.load(dump)
    return result


# -- the QGIS-native chain -----------------------------------------------------------------


def run_native(gpkg: Path) -> dict:
    """joinbynearest + field calculator per criterion, then the weighted sum (memory layers);
    line layers exploded into their segments first (:func:`native_target`)."""
    from qgis import processing

    start, cpu = time.perf_counter(), time.process_time()
    layer = layer_uri(gpkg, "parcels")
    for name, _, score in CRITERIA:
        layer = processing.run(
            "native:joinbynearest",
            {
                "INPUT": layer,
                "INPUT_2": native_target(gpkg, name),
                "FIELDS_TO_COPY": ["tid"],
                "DISCARD_NONMATCHING": False,
                "PREFIX": f"{name}_",
                "NEIGHBORS": 1,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )["OUTPUT"]
        for field, formula in ((f"dist_{name}_m", '"distance"'), (f"score_{name}", score)):
            layer = processing.run(
                "native:fieldcalculator",
                {
                    "INPUT": layer,
                    "FIELD_NAME": field,
                    "FIELD_TYPE": 0,
                    "FIELD_LENGTH": 0,
                    "FIELD_PRECISION": 0,
                    "FORMULA": formula,
                    "OUTPUT": "TEMPORARY_OUTPUT",
                },
            )["OUTPUT"]
        layer = processing.run(
            "native:deletecolumn",
            {"INPUT": layer, "COLUMN": JOIN_EXTRA + [f"{name}_tid"], "OUTPUT": "TEMPORARY_OUTPUT"},
        )["OUTPUT"]
    total = " + ".join(f'{w} * "score_{name}"' for name, w, _ in CRITERIA)
    layer = processing.run(
        "native:fieldcalculator",
        {
            "INPUT": layer,
            "FIELD_NAME": "priority_score",
            "FIELD_TYPE": 0,
            "FORMULA": f"100 * ({total})",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    names = ["parcel_id"] + [f"dist_{n}_m" for n, _, _ in CRITERIA]
    idx = [layer.fields().lookupField(n) for n in names]
    rows = np.array([[f.attributes()[i] for i in idx] for f in layer.getFeatures()], dtype=float)
    return {"wall_s": wall, "cpu_s": cpu, "load": os.getloadavg(), "rows": rows}


def native_target(gpkg: Path, name: str):
    """The criterion layer as a QGIS user who knows joinbynearest gives it: lines exploded
    into their segments (``native:explodelines``; the same nearest distance, exactly), as a
    long line's box overlaps most parcels' search (87.6 s -> 7.9 s for the lines at 100k)."""
    from qgis import processing
    from qgis.core import QgsVectorLayer, QgsWkbTypes

    uri = layer_uri(gpkg, name)
    lines = QgsWkbTypes.GeometryType.LineGeometry
    if QgsVectorLayer(uri, name, "ogr").geometryType() != lines:
        return uri
    params = {"INPUT": uri, "OUTPUT": "TEMPORARY_OUTPUT"}
    return processing.run("native:explodelines", params)["OUTPUT"]


def native_child(gpkg: Path, dump: Path) -> None:
    """The native chain in its own process (its peak RSS is its own): one JSON line."""
    from qgis_app import start_qgis

    app = start_qgis()  # noqa: F841 -- keeps QGIS alive
    result = run_native(gpkg)
    np.save(dump, result.pop("rows"))
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run_native_child(gpkg: Path, n: int, folder: Path) -> dict:
    dump = folder / f"native_{n}.npy"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--native-child", str(gpkg), str(dump)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"native chain child failed:\n{done.stderr[-3000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    out["rows"] = np.load(dump)
    return out


def max_difference(ours: np.ndarray, native: np.ndarray) -> tuple[float, int]:
    """Largest |ours - native| over every parcel and criterion (native rows may repeat on
    ties: the smallest distance per parcel counts) and the number of extra native rows."""
    order = np.lexsort((native[:, 0],))
    native = native[order]
    ids, first = np.unique(native[:, 0], return_index=True)
    best = np.minimum.reduceat(native[:, 1:], first, axis=0)
    ours = ours[np.argsort(ours[:, 0])]
    if not np.array_equal(ids, ours[:, 0]):
        raise SystemExit("native and ours cover different parcels")
    return float(np.nanmax(np.abs(best - ours[:, 1:]))), len(native) - len(ids)


# -- re-weighting, sensitivity, coverage --------------------------------------------------


def reweighting(distances: np.ndarray, source: str) -> dict:
    """Median time of score_parcels with new weights on a cached (n, 4) distance matrix."""
    from clearance_planner.engine.prioritise import Criterion, score_parcels

    rng = np.random.default_rng(1)
    times = []
    for _ in range(7):
        weights = rng.dirichlet(np.ones(4))
        criteria = [
            Criterion("settlements", weights[0], "linear", 5000.0),
            Criterion("cemeteries", weights[1], "linear", 2000.0),
            Criterion("infrastructure", weights[2], "exponential", 1000.0),
            Criterion("incidents", weights[3], "gaussian", 1500.0),
        ]
        start = time.perf_counter()
        score_parcels(distances, criteria)
        times.append(time.perf_counter() - start)
    return {
        "parcels": len(distances),
        "median_ms": 1000 * float(np.median(times)),
        "target_ms": 100,
        "distances": source,
    }


def dock_path(folder: Path, n: int = 100_000) -> dict:
    """The dock's whole re-weighting path (scripts/bench_dock_reweight.py, own process):
    slider -> table, live layer attributes, repaint request and charts."""
    out = folder / f"dock_{n}.json"
    out.unlink(missing_ok=True)
    script = ROOT / "scripts" / "bench_dock_reweight.py"
    cmd = [sys.executable, str(script), str(n), "--data", str(folder), "--json", str(out)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(cmd, cwd=script.parent, env=env, capture_output=True, text=True)
    if done.returncode or not out.exists():
        return {"failed": done.stderr.strip().splitlines()[-1:] or done.returncode}
    return json.loads(out.read_text())


def _fill(alg, values: dict) -> dict:
    """Parameters for an algorithm we did not write: known names, else its defaults."""
    params = {}
    for definition in alg.parameterDefinitions():
        name = definition.name()
        if name in values:
            params[name] = values[name]
        elif definition.isDestination():
            params[name] = "TEMPORARY_OUTPUT"
    return params


def optional_algorithm(alg_id: str, values: dict) -> dict:
    """Time ``alg_id`` when it is registered, else say it was skipped."""
    from qgis import processing
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    if alg is None:
        return {"skipped": f"{alg_id} is not registered on this branch"}
    params = _fill(alg, values)
    start = time.perf_counter()
    try:
        processing.run(alg_id, params)
    except Exception as exc:
        return {"failed": str(exc)[:300], "parameters": sorted(params)}
    return {"wall_s": time.perf_counter() - start, "parameters": sorted(params)}


def sensitivity_hook(folder: Path) -> dict:
    if not registered("clearance:sensitivity"):
        return {
            "skipped": "clearance:sensitivity is not registered on this branch",
            "parcels": 10_000,
        }
    gpkg = synthetic.ensure_inputs(folder, 10_000)
    values = {"PARCELS": layer_uri(gpkg, "parcels"), "RUNS": 1000, "N_RUNS": 1000, "SEED": 1}
    values.update({n.upper(): layer_uri(gpkg, n) for n in synthetic.TARGET_LAYERS})
    out = optional_algorithm("clearance:sensitivity", values)
    out.update({"parcels": 10_000, "runs": 1000})
    return out


def registered(alg_id: str) -> bool:
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(alg_id) is not None


COVERAGE_HAZARDS = 50_000
COVERAGE_TOLERANCE = 1e-6  # relative, areas; counts exactly


def coverage_hook(folder: Path) -> dict:
    """clearance:coverage on 50k hazards against the native chain of scripts/verify_coverage.py
    (fixgeometries, dissolve, intersection, difference, join by location) in the same run,
    with every district's figures compared."""
    if not registered("clearance:coverage"):
        return {
            "skipped": "clearance:coverage is not registered on this branch",
            "hazards": COVERAGE_HAZARDS,
        }
    from verify_coverage import compare, independent

    gpkg = synthetic.ensure_inputs(folder, COVERAGE_HAZARDS)
    uris = {
        "hazards": layer_uri(gpkg, "parcels"),
        "records": layer_uri(gpkg, "cemeteries"),
        "incidents": layer_uri(gpkg, "incidents"),
        "districts": str(synthetic.ensure_districts(folder, COVERAGE_HAZARDS)),
    }
    (ours_s, mine), ours_cpu = timed(run_coverage, uris, folder)
    (lean_s, lean), lean_cpu = timed(lambda: _wall(lean_native_chain, uris))
    (native_s, theirs), native_cpu = timed(
        lambda: _wall(independent, uris, name_field="district", victims_field=None)
    )
    worst, bad = compare(mine, theirs, COVERAGE_TOLERANCE, show=False)
    lean_worst, lean_bad = compare(mine, lean, COVERAGE_TOLERANCE, show=False)
    return {
        "hazards": COVERAGE_HAZARDS,
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
        "ours_s": ours_s,
        "native_chain_s": native_s,
        "ratio": native_s / ours_s,
        "lean_native_chain_s": lean_s,
        "lean_ratio": lean_s / ours_s,
        "cpu_s": {"ours": ours_cpu, "native_chain": native_cpu, "lean_native_chain": lean_cpu},
        "cpu_ratio": native_cpu / ours_cpu,
        "lean_cpu_ratio": lean_cpu / ours_cpu,
        "worst_relative_area_difference": max(worst, lean_worst),
        "figures_differing": (bad + lean_bad)[:20],
        "exact": not bad and not lean_bad,
    }


def timed(fn, *args, **kwargs):
    """``fn``'s result and the CPU time this process spent in it (less sensitive than wall
    time to other work on a shared machine; coverage and the native algorithms are
    single-threaded)."""
    start = time.process_time()
    result = fn(*args, **kwargs)
    return result, time.process_time() - start


def _wall(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


LEAN_FIGURES = ("hazard_ha", "hazard_in_records_ha", "unmapped_hazard_ha", "incidents")


def lean_native_chain(uris: dict[str, str]) -> dict[str, dict[str, float]]:
    """The fewest native steps for the headline figures per district (hazard area, inside and
    outside the records, incidents): dissolve hazards and records, intersect the hazards with
    the districts, intersect and subtract the records, count points in polygons; areas with
    QgsDistanceArea. Other figures are left at 0 (and not compared: see ``compare``)."""
    from qgis import processing
    from qgis.core import QgsDistanceArea, QgsProject

    def run(alg, **params):
        return processing.run(alg, {**params, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]

    hazards = run("native:dissolve", INPUT=uris["hazards"])
    records = run("native:dissolve", INPUT=uris["records"])
    per_district = run("native:intersection", INPUT=hazards, OVERLAY=uris["districts"])
    pieces = {
        "hazard_ha": per_district,
        "hazard_in_records_ha": run("native:intersection", INPUT=per_district, OVERLAY=records),
        "unmapped_hazard_ha": run("native:difference", INPUT=per_district, OVERLAY=records),
    }
    counted = run(
        "native:countpointsinpolygon", POLYGONS=uris["districts"], POINTS=uris["incidents"]
    )
    figures: dict[str, dict[str, float]] = {}
    for f in counted.getFeatures():
        figures[f["district"]] = {"incidents": float(f["NUMPOINTS"])}
    for key, layer in pieces.items():
        da = QgsDistanceArea()
        da.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
        da.setEllipsoid("WGS84")
        for f in layer.getFeatures():
            row = figures[f["district"]]
            row[key] = row.get(key, 0.0) + da.measureArea(f.geometry()) / 1e4
    return {name: {k: row.get(k, 0.0) for k in LEAN_FIGURES} for name, row in figures.items()}


def run_coverage(uris: dict[str, str], folder: Path) -> tuple[float, dict[str, dict]]:
    """Wall time of clearance:coverage (outputs on disk) and its rows by district name."""
    from qgis import processing
    from qgis.core import NULL, QgsVectorLayer

    out = folder / "coverage_out"
    out.mkdir(parents=True, exist_ok=True)
    params = {key.upper(): uri for key, uri in uris.items()}
    params.update(
        DISTRICT_FIELD="district",
        OUTPUT=str(out / "coverage.gpkg"),
        GAPS=str(out / "gaps.gpkg"),
        REPORT=str(out / "report.html"),
    )
    start = time.perf_counter()
    result = processing.run("clearance:coverage", params)
    wall = time.perf_counter() - start
    layer = QgsVectorLayer(result["OUTPUT"], "coverage", "ogr")
    names = layer.fields().names()
    rows = {}
    for feature in layer.getFeatures():
        values = [None if v == NULL else v for v in feature.attributes()]
        rows[feature["district"]] = dict(zip(names, values))
    return wall, rows


def surface_hook(folder: Path, cells: int) -> dict:
    """clearance:surface against gdal_rasterize + gdal_proximity.py + gdal_calc.py on a
    ``cells`` × ``cells`` grid over the 100k extent (the four criteria, default decays)."""
    import tempfile

    from qgis import processing

    gpkg = synthetic.ensure_inputs(folder, 100_000)
    x0, y0, x1, y1 = synthetic.extent(100_000)
    cell = (x1 - x0) / cells
    x1, y1 = x0 + cells * cell, y0 + cells * cell
    out = Path(tempfile.mkdtemp(dir=folder))
    load = os.getloadavg()
    params = {n.upper(): layer_uri(gpkg, n) for n in synthetic.TARGET_LAYERS}
    params.update(
        EXTENT=f"{x0},{x1},{y0},{y1} [EPSG:{synthetic.EPSG}]",
        CRS=f"EPSG:{synthetic.EPSG}",
        CELL_SIZE=cell,
        MAX_CELLS=cells * cells + 1,
        OUTPUT=str(out / "ours.tif"),
    )
    start, cpu = time.perf_counter(), time.process_time()
    processing.run("clearance:surface", params)
    ours, ours_cpu = time.perf_counter() - start, time.process_time() - cpu
    ours_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the diff
    start, children = time.perf_counter(), _children_cpu()
    inputs = []
    for k, (name, _, _) in enumerate(CRITERIA):
        burnt, dist = out / f"{name}.tif", out / f"{name}_d.tif"
        grid = ["-te", str(x0), str(y0), str(x1), str(y1), "-tr", str(cell), str(cell)]
        _cli(
            ["gdal_rasterize", "-q", "-at", "-burn", "1", "-ot", "Byte", "-l", name]
            + grid
            + [str(gpkg), str(burnt)]
        )
        _cli(
            [
                "gdal_proximity.py",
                "-q",
                str(burnt),
                str(dist),
                "-values",
                "1",
                "-distunits",
                "GEO",
                "-ot",
                "Float32",
            ]
        )
        inputs += [f"-{'ABCD'[k]}", str(dist)]
    formula = (
        "100*(0.40*maximum(0,1-A/5000)+0.15*maximum(0,1-B/2000)"
        "+0.25*exp(-log(2)*C/1000)+0.20*exp(-log(2)*(D/1500)**2))"
    )
    _cli(
        [
            "gdal_calc.py",
            "--quiet",
            *inputs,
            f"--outfile={out / 'gdal.tif'}",
            f"--calc={formula}",
            "--type=Float32",
        ]
    )
    gdal_s, gdal_cpu = time.perf_counter() - start, _children_cpu() - children
    diff, share = _band_difference(out / "ours.tif", out / "gdal.tif")
    # ours also counts targets outside the extent (the GDAL chain cannot): edges differ
    return {
        "cells_differing_over_1_point": share,
        "cells": f"{cells} x {cells}",
        "cell_m": cell,
        "ours_s": ours,
        "ours_cpu_s": ours_cpu,
        "ours_peak_rss_mb": ours_rss,
        "gdal_chain_s": gdal_s,
        "gdal_chain_cpu_s": gdal_cpu,
        "load_before": load,
        "ratio": gdal_s / ours,
        "max_score_difference": diff,
    }


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes (the GDAL command lines)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cli(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed: {done.stderr[-2000:]}")


def _band_difference(a: Path, b: Path) -> tuple[float, float]:
    """Largest |a - b| of band 1 and the share of cells differing by more than 1."""
    from osgeo import gdal

    bands = []
    for path in (a, b):
        ds = gdal.Open(str(path))  # keep the dataset alive while its band is read
        band = ds.GetRasterBand(1)
        values = band.ReadAsArray().astype(float)
        nodata = band.GetNoDataValue()
        bands.append(np.where(values == nodata, np.nan, values) if nodata is not None else values)
    diff = np.abs(bands[0] - bands[1])
    return float(np.nanmax(diff)), float(np.mean(diff > 1))


# -- main ------------------------------------------------------------------------------------


def bench_size(
    n: int, folder: Path, native_estimate: float | None, profile: bool, peer_up_to: int = 10**9
) -> dict:
    t0 = time.perf_counter()
    gpkg = synthetic.ensure_inputs(folder, n)
    entry = {"parcels": n, "criteria": 4, "input_build_s": round(time.perf_counter() - t0, 2)}
    print(f"[{n}] inputs ready ({entry['input_build_s']} s); clearance:prioritise…", flush=True)
    ours = run_ours(gpkg, n, folder, profile)
    entry.update(
        ours_s=ours["wall_s"],
        ours_cpu_s=ours["cpu_s"],
        ours_load=ours["load"],
        ours_peak_rss_mb=ours["peak_rss_mb"],
        ours_rss_before_mb=ours["rss_before_mb"],
    )
    if "profile" in ours:
        entry["profile"] = ours["profile"]
    print(f"[{n}] GeoPandas + shapely 2 peer…", flush=True)
    peer = run_peer(gpkg, n, folder) if n <= peer_up_to else {"skipped": "--peer-up-to"}
    if "rows" in peer:
        diff, _ = max_difference(ours["rows"], peer.pop("rows"))
        entry.update(
            peer_s=peer["wall_s"],
            peer_peak_rss_mb=peer["peak_rss_mb"],
            peer_ratio=peer["wall_s"] / ours["wall_s"],
            peer_max_distance_difference_m=diff,
            peer_shapely=peer.get("shapely"),
        )
    else:
        entry["peer"] = peer
    if native_estimate is not None and native_estimate > NATIVE_LIMIT_S:
        entry["native"] = (
            "skipped: --native-up-to"
            if math.isinf(native_estimate)
            else f"skipped: estimated {native_estimate:.0f} s > {NATIVE_LIMIT_S:.0f} s"
        )
    else:
        print(f"[{n}] native chain…", flush=True)
        native = run_native_child(gpkg, n, folder)
        diff, extra = max_difference(ours["rows"], native["rows"])
        entry.update(
            native_s=native["wall_s"],
            native_cpu_s=native["cpu_s"],
            native_load=native["load"],
            cpu_ratio=native["cpu_s"] / ours["cpu_s"],
            native_peak_rss_mb=native["peak_rss_mb"],
            ratio=native["wall_s"] / ours["wall_s"],
            max_distance_difference_m=diff,
            native_tie_rows=extra,
            exact=diff <= TOLERANCE_M,
        )
    entry["_distances"] = ours["rows"][:, 1:]
    return entry


def print_table(results: list[dict], extras: dict) -> None:
    """One row per size: time (s), peak RSS (MB) and max distance difference (m) of ours, the
    GeoPandas + shapely 2 peer and the native chain, and how many times faster ours is."""
    head = (
        f"{'parcels':>9} | {'ours s':>7} {'MB':>5} | {'GeoPandas s':>11} {'MB':>5} {'Δ m':>8} "
        f"{'×':>5} | {'native s':>8} {'MB':>5} {'Δ m':>8} {'×':>5}"
    )
    print("\n" + head)
    print("-" * len(head))
    for r in results:
        peer = (
            f"{r['peer_s']:>11.2f} {r['peer_peak_rss_mb']:>5.0f} "
            f"{r['peer_max_distance_difference_m']:>8.1e} {r['peer_ratio']:>4.1f}×"
            if "peer_s" in r
            else f"{'skipped':>11} {'':>5} {'':>8} {'':>5}"
        )
        native = (
            f"{r['native_s']:>8.2f} {r['native_peak_rss_mb']:>5.0f} "
            f"{r['max_distance_difference_m']:>8.1e} {r['ratio']:>4.1f}×"
            if "native_s" in r
            else f"{'skipped':>8} {'':>5} {'':>8} {'':>5}"
        )
        ours = f"{r['ours_s']:>7.2f} {r['ours_peak_rss_mb']:>5.0f}"
        print(f"{r['parcels']:>9} | {ours} | {peer} | {native}")
        cpu = f"          CPU s: ours {r['ours_cpu_s']:.2f}"
        if "native_cpu_s" in r:
            cpu += f", native {r['native_cpu_s']:.2f} ({r['cpu_ratio']:.1f}×)"
        print(cpu + f"; load ours {r['ours_load'][0]:.2f}")
        for key in ("peer", "native"):
            if isinstance(r.get(key), (str, dict)):
                print(f"          {key}: {r[key]}")
    for key, value in extras.items():
        print(f"{key}: {json.dumps(value, default=float)}")


def surface_only(folder: Path, cells: int, info: dict, out: Path) -> int:
    """``--surface-only``: the surface comparison alone."""

    surface = surface_hook(folder, cells)
    surface["load_after"] = os.getloadavg()
    print(f"surface: {json.dumps(surface, default=float)}")
    report = {"machine": info, "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({**report, "surface": surface}, indent=2, default=float))
    print(f"\nwritten {out}")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="10000,100000,1000000", help="parcel counts, comma-separated"
    )
    parser.add_argument("--out", default=str(ROOT / "output" / "bench.json"), help="JSON report")
    parser.add_argument(
        "--data", default=str(ROOT / "output" / "bench"), help="cache of synthetic inputs"
    )
    parser.add_argument("--profile", action="store_true", help="cProfile ours at 100k")
    parser.add_argument(
        "--native-up-to", type=int, default=10**9, help="run the native chain up to this size"
    )
    parser.add_argument(
        "--peer-up-to", type=int, default=10**9, help="run the GeoPandas peer up to this size"
    )
    parser.add_argument(
        "--surface-cells", type=int, default=2000, help="surface grid edge (cells) vs GDAL"
    )
    parser.add_argument("--no-extras", action="store_true", help="skip sensitivity/coverage")
    parser.add_argument("--no-dock", action="store_true", help="skip the dock's re-weighting")
    parser.add_argument(
        "--postgis",
        default="",
        help="also ENGINE local vs database on PostGIS tables at these sizes, e.g. "
        "100000,1000000 (server: scripts/db.sh start build/pg)",
    )
    parser.add_argument(
        "--surface-only", action="store_true", help="only the surface against the GDAL chain"
    )
    parser.add_argument(
        "--coverage-only", action="store_true", help="only coverage vs its native chain"
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--native-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.native_child:
        native_child(Path(args.native_child[0]), Path(args.native_child[1]))
        return 0
    if args.child:
        child(
            Path(args.child[0]),
            Path(args.child[1]),
            Path(args.child[2]) if len(args.child) > 2 else None,
        )
        return 0
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    folder = Path(args.data)
    info = machine()
    from qgis_app import start_qgis

    app = start_qgis()  # noqa: F841
    from qgis.core import Qgis

    info["qgis"] = Qgis.version()
    if args.surface_only:
        return surface_only(folder, args.surface_cells, info, Path(args.out))
    if args.coverage_only:
        coverage = coverage_hook(folder)
        print(f"coverage: {json.dumps(coverage, default=float)}")
        _write_report(Path(args.out), {"machine": info, "coverage": coverage})
        return 0 if coverage.get("exact", True) else 1
    results, per_parcel = [], None
    for n in sizes:
        estimate = None if per_parcel is None else per_parcel * n * 1.1
        if n > args.native_up_to:
            estimate = math.inf
        entry = bench_size(n, folder, estimate, args.profile and n == 100_000, args.peer_up_to)
        if "native_s" in entry and per_parcel is None:
            per_parcel = entry["native_s"] / n
        results.append(entry)
    extras = {}
    at_100k = next((r for r in results if r["parcels"] == 100_000), None)
    if at_100k is not None:
        extras["reweighting"] = reweighting(at_100k["_distances"], "ours at 100k")
    else:
        rng = np.random.default_rng(2)
        extras["reweighting"] = reweighting(
            rng.uniform(0, 20_000, (100_000, 4)), "uniform random 0–20 km (100k not run)"
        )
    if not args.no_dock:
        print("dock re-weighting path at 100k…", flush=True)
        extras["dock_reweighting"] = dock_path(folder)
    if not args.no_extras:
        extras["sensitivity"] = sensitivity_hook(folder)
        extras["coverage"] = coverage_hook(folder)
        extras["surface"] = surface_hook(folder, args.surface_cells)
    for r in results:
        r.pop("_distances")
    if args.postgis:
        from postgis_bench import bench_postgis

        extras["postgis"] = bench_postgis([int(s) for s in args.postgis.split(",")], folder)
    print_table(results, extras)
    if args.postgis:
        from postgis_bench import print_postgis

        print_postgis(extras["postgis"])
    report = {
        "machine": info,
        "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "tolerance_m": TOLERANCE_M,
        "results": results,
        **extras,
    }
    _write_report(Path(args.out), report)
    bad = [r for r in results if r.get("exact") is False]
    return 1 if bad or extras.get("coverage", {}).get("exact") is False else 0


def _write_report(out: Path, report: dict) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, default=float))
    print(f"\nwritten {out}")


if __name__ == "__main__":
    sys.exit(main())
