"""Check ``clearance:coverage`` against an independent computation on fresh random layers.

Builds random SYNTHETIC layers no test has seen (districts with a wavy border and an enclave
in EPSG:4326, overlapping circular hazards in UTM 38N, records in Web Mercator, incidents in
EPSG:4326), runs the real ``qgis_process.bin run clearance:coverage``, then recomputes every
figure with QGIS's own Processing algorithms (native:dissolve, native:intersection,
native:difference, native:joinattributesbylocation) and QgsDistanceArea, and prints both.

    /usr/bin/python3 scripts/verify_coverage.py --out output/verify_coverage [--seed 7]

Exit status 1 when any figure differs by more than 0.1 % (areas) or at all (counts).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from qgis_app import ROOT, start_qgis

AREAS = (
    "district_ha",
    "records_ha",
    "hazard_ha",
    "hazard_in_records_ha",
    "unmapped_hazard_ha",
    "records_without_hazard_ha",
    "cleared_ha",
)
COUNTS = ("incidents", "incidents_in_records", "casualties")
LON0, LON1, LAT0, LAT1 = 46.55, 47.05, 39.55, 39.95


def _wavy_districts():
    """Four districts split by wavy lines, plus an enclave cut out of the first one."""
    from qgis.core import QgsGeometry, QgsPointXY

    steps = 60
    xs = [LON0 + (LON1 - LON0) * i / steps for i in range(steps + 1)]
    ys = [LAT0 + (LAT1 - LAT0) * i / steps for i in range(steps + 1)]
    split_x = [
        (46.80 + 0.03 * math.sin(8 * (y - LAT0) / (LAT1 - LAT0) * math.pi / 2), y) for y in ys
    ]
    split_y = [
        (x, 39.75 + 0.02 * math.sin(6 * (x - LON0) / (LON1 - LON0) * math.pi / 2)) for x in xs
    ]

    def poly(points):
        return QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in points + points[:1]]])

    west = poly([(LON0, LAT1), (LON0, LAT0)] + split_x)
    south = poly([(LON0, LAT0)] + [(x, LAT0) for x in (LON1,)] + split_y[::-1])
    whole = QgsGeometry.fromWkt(
        f"POLYGON(({LON0} {LAT0},{LON1} {LAT0},{LON1} {LAT1},{LON0} {LAT1},{LON0} {LAT0}))"
    )
    east, north = whole.difference(west), whole.difference(south)
    enclave = QgsGeometry.fromPointXY(QgsPointXY(46.66, 39.65)).buffer(0.025, 24)
    parts = {
        "South-West": west.intersection(south).difference(enclave),
        "South-East": east.intersection(south),
        "North-West": west.intersection(north),
        "North-East": east.intersection(north),
        "Enclave": enclave,
    }
    return parts


def build_inputs(path: Path, seed: int, n_hazards: int = 1500) -> None:
    """Write the random layers to a GeoPackage (labelled SYNTHETIC)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsPointXY,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QVariant

    rng = random.Random(seed)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    utm = QgsCoordinateReferenceSystem("EPSG:32638")
    merc = QgsCoordinateReferenceSystem("EPSG:3857")
    to_utm = QgsCoordinateTransform(wgs84, utm, QgsProject.instance())
    to_merc = QgsCoordinateTransform(utm, merc, QgsProject.instance())

    def random_utm(margin=0.05):
        lon = rng.uniform(LON0 - margin, LON1 + margin)
        lat = rng.uniform(LAT0 - margin, LAT1 + margin)
        return to_utm.transform(QgsPointXY(lon, lat))

    def write(name, kind, crs, fields, rows):
        layer = QgsVectorLayer(f"{kind}?crs={crs.authid()}", name, "memory")
        layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
        layer.updateFields()
        feats = []
        for geom, attrs in rows:
            f = QgsFeature(layer.fields())
            f.setGeometry(geom)
            f.setAttributes(attrs)
            feats.append(f)
        layer.dataProvider().addFeatures(feats)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName, options.layerName = "GPKG", name
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if path.exists()
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        err = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(path), QgsProject.instance().transformContext(), options
        )
        if err[0] != QgsVectorFileWriter.WriterError.NoError:
            raise SystemExit(f"{name}: {err}")

    src = "SYNTHETIC verification data"
    districts = [(g, [n]) for n, g in _wavy_districts().items()]
    write("districts", "MultiPolygon", wgs84, [("name", QVariant.String)], districts)
    hazards = []
    for i in range(n_hazards):
        centre = random_utm()
        radius = rng.uniform(40, 400)
        geom = QgsGeometry.fromPointXY(centre).buffer(radius, 8)
        hazards.append((geom, [f"H{i}", rng.choice(["SHA", "CHA"]), src]))
    write(
        "hazards",
        "MultiPolygon",
        utm,
        [("hazard_id", QVariant.String), ("kind", QVariant.String), ("source", QVariant.String)],
        hazards,
    )
    records = []
    for i in range(250):
        c = random_utm()
        w, h = rng.uniform(200, 1500), rng.uniform(200, 1500)
        geom = QgsGeometry.fromWkt(
            f"POLYGON(({c.x()} {c.y()},{c.x() + w} {c.y()},{c.x() + w} {c.y() + h},"
            f"{c.x()} {c.y() + h},{c.x()} {c.y()}))"
        )
        geom.rotate(rng.uniform(0, 90), geom.centroid().asPoint())
        geom.transform(to_merc)
        records.append((geom, [f"R{i}", src]))
    write(
        "records",
        "MultiPolygon",
        merc,
        [("record_id", QVariant.String), ("source", QVariant.String)],
        records,
    )
    incidents = []
    to_wgs = QgsCoordinateTransform(utm, wgs84, QgsProject.instance())
    for i in range(600):
        if rng.random() < 0.5:
            centre = hazards[rng.randrange(len(hazards))][0].centroid().asPoint()
            point = QgsPointXY(centre.x() + rng.gauss(0, 300), centre.y() + rng.gauss(0, 300))
        else:
            point = random_utm()
        geom = QgsGeometry.fromPointXY(to_wgs.transform(point))
        date = (
            "n/a"
            if rng.random() < 0.03
            else (f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        )
        victims = None if rng.random() < 0.05 else rng.randint(0, 4)
        incidents.append((geom, [f"I{i}", date, victims, src]))
    write(
        "incidents",
        "Point",
        wgs84,
        [
            ("incident_id", QVariant.String),
            ("when", QVariant.String),
            ("victims", QVariant.Int),
            ("source", QVariant.String),
        ],
        incidents,
    )
    cleared = [
        (QgsGeometry.fromPointXY(random_utm()).buffer(rng.uniform(50, 300), 8), [src])
        for _ in range(100)
    ]
    write("cleared", "MultiPolygon", utm, [("source", QVariant.String)], cleared)


def run_qgis_process(gpkg: Path, out: Path) -> dict:
    """The real command line, as a user would type it."""
    env = dict(os.environ, QGIS_PLUGINPATH=str(ROOT / "build"), QT_QPA_PLATFORM="offscreen")
    exe = "/usr/bin/qgis_process.bin"
    subprocess.run(
        [exe, "plugins", "enable", "clearance_planner"], env=env, capture_output=True, check=False
    )  # already enabled: exit 1
    args = [
        exe,
        "--json",
        "run",
        "clearance:coverage",
        "--",
        f"DISTRICTS={gpkg}|layername=districts",
        "DISTRICT_FIELD=name",
        f"RECORDS={gpkg}|layername=records",
        f"HAZARDS={gpkg}|layername=hazards",
        "HAZARD_TYPE_FIELD=kind",
        f"INCIDENTS={gpkg}|layername=incidents",
        "DATE_FIELD=when",
        "CASUALTY_FIELD=victims",
        f"CLEARED={gpkg}|layername=cleared",
        f"OUTPUT={out / 'coverage.gpkg'}",
        f"GAPS={out / 'gaps.gpkg'}",
        f"REPORT={out / 'report.html'}",
    ]
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr + done.stdout)
    return json.loads(done.stdout[done.stdout.index("{") :])["results"]


def independent(
    uris: dict[str, str], name_field: str = "name", victims_field: str | None = "victims"
) -> dict[str, dict[str, float]]:
    """Every figure per district from QGIS's native algorithms and QgsDistanceArea.

    ``uris`` maps districts, hazards, records, incidents and (optionally) cleared to layer
    sources; ``name_field`` names the districts, ``victims_field`` the casualties (or None).
    """
    from qgis import processing
    from qgis.core import QgsDistanceArea, QgsProject, QgsVectorLayer

    def layer(name):
        return QgsVectorLayer(uris[name], name, "ogr")

    def run(alg, **params):
        return processing.run(alg, {**params, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]

    def fixed(lyr):
        return run("native:dissolve", INPUT=run("native:fixgeometries", INPUT=lyr))

    districts = layer("districts")
    h, r = fixed(layer("hazards")), fixed(layer("records"))
    c = fixed(layer("cleared")) if "cleared" in uris else None
    all_d = run("native:dissolve", INPUT=districts)
    pieces = {
        "district_ha": districts,
        "records_ha": run("native:intersection", INPUT=r, OVERLAY=districts),
        "hazard_ha": run("native:intersection", INPUT=h, OVERLAY=districts),
        "hazard_in_records_ha": run(
            "native:intersection",
            INPUT=run("native:intersection", INPUT=h, OVERLAY=r),
            OVERLAY=districts,
        ),
        "unmapped_hazard_ha": run(
            "native:intersection",
            INPUT=run("native:difference", INPUT=h, OVERLAY=r),
            OVERLAY=districts,
        ),
        "records_without_hazard_ha": run(
            "native:intersection",
            INPUT=run("native:difference", INPUT=r, OVERLAY=h),
            OVERLAY=districts,
        ),
    }
    if c is not None:
        pieces["cleared_ha"] = run("native:intersection", INPUT=c, OVERLAY=districts)
    outside = {
        "records_ha": run("native:difference", INPUT=r, OVERLAY=all_d),
        "hazard_ha": run("native:difference", INPUT=h, OVERLAY=all_d),
        "hazard_in_records_ha": run(
            "native:difference", INPUT=run("native:intersection", INPUT=h, OVERLAY=r), OVERLAY=all_d
        ),
    }
    figures: dict[str, dict[str, float]] = {}
    for key, lyr in pieces.items():
        da = QgsDistanceArea()
        da.setSourceCrs(lyr.crs(), QgsProject.instance().transformContext())
        da.setEllipsoid("WGS84")
        for f in lyr.getFeatures():
            row = figures.setdefault(f[name_field], {k: 0.0 for k in AREAS + COUNTS})
            row[key] += da.measureArea(f.geometry()) / 1e4
    out_row = figures.setdefault("Outside districts", {k: 0.0 for k in AREAS + COUNTS})
    for key, lyr in outside.items():
        da = QgsDistanceArea()
        da.setSourceCrs(lyr.crs(), QgsProject.instance().transformContext())
        da.setEllipsoid("WGS84")
        out_row[key] = sum(da.measureArea(f.geometry()) / 1e4 for f in lyr.getFeatures())
    joined = run(
        "native:joinattributesbylocation",
        INPUT=layer("incidents"),
        JOIN=districts,
        PREDICATE=[0],
        METHOD=1,
        JOIN_FIELDS=[name_field],
        DISCARD_NONMATCHING=False,
    )
    in_rec = run("native:extractbylocation", INPUT=joined, PREDICATE=[0], INTERSECT=r)
    for f in joined.getFeatures():
        row = figures[f[name_field] or "Outside districts"]
        row["incidents"] += 1
        row["casualties"] += (f[victims_field] or 0) if victims_field else 0
    for f in in_rec.getFeatures():
        figures[f[name_field] or "Outside districts"]["incidents_in_records"] += 1
    return figures


def compare(
    mine: dict, theirs: dict, tolerance: float = 1e-3, show: bool = True
) -> tuple[float, list]:
    """Worst relative area difference and the figures that differ (areas by more than
    ``tolerance``, counts at all) between our rows (by district name) and the independent
    ones (the figures they have); prints every figure when ``show``."""
    worst, bad = 0.0, []
    if show:
        print(
            f"{'row':<18}{'figure':<28}{'clearance:coverage':>20}"
            f"{'independent':>14}{'rel. diff':>11}"
        )
    for name, expected in theirs.items():
        for key in (k for k in AREAS + COUNTS if k in expected):
            if name == "Outside districts" and key in (
                "district_ha",
                "cleared_ha",
                "unmapped_hazard_ha",
                "records_without_hazard_ha",
            ):
                continue
            got = mine[name][key] if name in mine else 0.0
            got = 0.0 if got is None else float(got)
            want = expected[key]
            rel = abs(got - want) / want if want else abs(got)
            worst = max(worst, rel) if key in AREAS else worst
            if (key in AREAS and rel > tolerance) or (key in COUNTS and got != want):
                bad.append((name, key, got, want))
            if show:
                print(f"{name:<18}{key:<28}{got:>20.3f}{want:>14.3f}{rel:>11.2e}")
    return worst, bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "output" / "verify_coverage")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--hazards", type=int, default=1500, help="number of random hazards")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    gpkg = args.out / "verify_inputs.gpkg"
    gpkg.unlink(missing_ok=True)
    app = start_qgis()
    build_inputs(gpkg, args.seed, args.hazards)
    started = time.perf_counter()
    results = run_qgis_process(gpkg, args.out)
    print(
        f"qgis_process run clearance:coverage: {time.perf_counter() - started:.1f} s "
        f"({args.hazards} hazards, QGIS start-up included)"
    )
    from qgis.core import QgsVectorLayer

    mine = {f["district"]: f for f in QgsVectorLayer(results["OUTPUT"], "o", "ogr").getFeatures()}
    names = ("districts", "hazards", "records", "incidents", "cleared")
    theirs = independent({name: f"{gpkg}|layername={name}" for name in names})
    worst, bad = compare(mine, theirs)
    total = mine["Total"]
    summed = {k: sum(float(mine[n][k] or 0) for n in mine if n != "Total") for k in AREAS[1:]}
    print("\nRows add up to the total row (relative difference):")
    for key, value in summed.items():
        print(f"  {key:<28}{abs(value - total[key]) / total[key]:.2e}")
    print(f"\nWorst area difference vs independent computation: {worst:.2e}")
    app.exitQgis()
    if bad:
        print("MISMATCHES:", bad)
        sys.exit(1)


if __name__ == "__main__":
    main()
