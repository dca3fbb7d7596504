"""``make demo``: prioritise the demo hazards, write GeoPackage + CSV + the ranking map (PDF,
PNG), print the ten most urgent parcels, and save a QGIS project (output/clearance_demo.qgz)."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from qgis_app import start_qgis
from text_table import table


def demo_layer(gpkg: Path, name: str):
    from qgis.core import QgsVectorLayer

    from clearance_planner.demo.names import DEMO_NAMES

    layer = QgsVectorLayer(f"{gpkg}|layername={name}", DEMO_NAMES.get(name, name), "ogr")
    if not layer.isValid():
        raise SystemExit(f"demo layer {name} missing in {gpkg}: run make demo-data")
    return layer


def prioritise(gpkg: Path, out: Path) -> Path:
    from qgis import processing

    target = out / "priorities.gpkg"
    result = processing.run(
        "clearance:prioritise",
        {
            "PARCELS": f"{gpkg}|layername=hazards",
            "SETTLEMENTS": f"{gpkg}|layername=settlements",
            "CEMETERIES": f"{gpkg}|layername=cemeteries",
            "INFRASTRUCTURE": f"{gpkg}|layername=planned_infrastructure",
            "INCIDENTS": f"{gpkg}|layername=incidents",
            "GATE_EXPRESSION": '"access_secure" AND NOT "land_disputed"',
            "DISTRICTS": f"{gpkg}|layername=districts",
            "OUTPUT": str(target),
            "DISTRICT_SUMMARY": str(out / "district_summary.csv"),
            "WRITE_BACK": str(out / "priorities_write_back.csv"),  # keyed on hazard_id
            "XLSX": str(out / "priorities.xlsx"),
        },
    )
    return Path(result["OUTPUT"])


def print_district_summary(path: Path) -> None:
    """Hazards per district and class (DISTRICT_SUMMARY of clearance:prioritise)."""
    print(f"\nHazards per district (SYNTHETIC), {path}:")
    print(f"{'district':<18} {'High':>5} {'Med':>5} {'Low':>5} {'Gated':>5} {'ha':>9}  top ids")
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            counts = [row[f"n_{c}"] for c in ("high", "medium", "low", "gated")]
            print(
                f"{row['district']:<18} {counts[0]:>5} {counts[1]:>5} {counts[2]:>5} "
                f"{counts[3]:>5} {float(row['ha_total']):9.1f}  {row['top_ids']}"
            )


def coverage(gpkg: Path, out: Path) -> dict:
    """clearance:coverage on the demo: district table, gaps, HTML and PDF report."""
    from qgis import processing

    folder = out / "coverage"
    folder.mkdir(parents=True, exist_ok=True)
    g = f"{gpkg}|layername="
    return processing.run(
        "clearance:coverage",
        {
            "DISTRICTS": g + "districts",
            "DISTRICT_FIELD": "district",
            "RECORDS": g + "minefield_records",
            "HAZARDS": g + "hazards",
            "HAZARD_TYPE_FIELD": "hazard_type",
            "INCIDENTS": g + "incidents",
            "DATE_FIELD": "incident_date",
            "CASUALTY_FIELD": "casualties",
            "CLEARED": g + "cleared_land",
            "OUTPUT": str(folder / "coverage.gpkg"),
            "GAPS": str(folder / "coverage_gaps.gpkg"),
            "REPORT": str(folder / "coverage_report.html"),
            "REPORT_PDF": str(folder / "coverage_report.pdf"),
            "XLSX": str(folder / "coverage.xlsx"),
        },
    )


def print_coverage(result: dict) -> None:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(result["OUTPUT"], "coverage", "ogr")
    total = next(f for f in layer.getFeatures() if f["district"] == "Total")
    print(
        table(
            f"Coverage (SYNTHETIC data), {result['DISTRICTS']} districts:",
            ["figure", "value", "unit"],
            [
                ["hazard area", float(total["hazard_ha"]), "ha"],
                ["hazard inside minefield records", float(total["pct_hazard_mapped"]), "%"],
                ["unmapped hazard", float(total["unmapped_hazard_ha"]), "ha"],
                ["incidents", int(total["incidents"]), "count"],
                ["incidents outside records", float(total["pct_incidents_outside_records"]), "%"],
            ],
        )
    )
    print(f"Report: {result['REPORT']}")


def write_csv(layer, path: Path) -> None:
    from clearance_planner.csv_text import safe_cell
    from clearance_planner.formatting import text
    from clearance_planner.qgis_io.atomic import AtomicFile

    names = layer.fields().names()
    with AtomicFile(path) as out:
        with out.path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(names + ["wkt_utm38n_centroid"])
            for f in layer.getFeatures():
                c = f.geometry().centroid().asWkt(1) if f.hasGeometry() else ""
                cells = [text(n, v) for n, v in zip(names, f.attributes())]
                writer.writerow([safe_cell(v) for v in cells] + [c])
        out.commit()


def top_ten(layer) -> list:
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setFilterExpression('"priority_rank" <= 10')
    rows = sorted(layer.getFeatures(request), key=lambda f: f["priority_rank"])
    return rows


def demo_extent(project, districts, crs):
    """The districts' extent in ``crs``, with a 2 km margin."""
    from qgis.core import QgsCoordinateTransform

    transform = QgsCoordinateTransform(districts.crs(), crs, project)
    extent = transform.transformBoundingBox(districts.extent())
    extent.grow(2000)
    return extent


def build_project(gpkg: Path, result: Path, out: Path):
    """The demo project (UTM 38N, opening on the demo districts), saved to out/; returns the
    priorities layer."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProject,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )

    project = QgsProject.instance()
    project.clear()
    project.setTitle("Clearance Planner demo — SYNTHETIC hazard data")
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
    names = ["settlements", "incidents", "cemeteries", "planned_infrastructure",
             "minefield_records", "cleared_land", "districts"]  # fmt: skip
    layers = {name: demo_layer(gpkg, name) for name in names}
    priorities = QgsVectorLayer(str(result), "Hazard priority (SYNTHETIC hazards)", "ogr")
    top_to_bottom = [layers[n] for n in names[:5]] + [priorities] + [layers[n] for n in names[5:]]
    root = project.layerTreeRoot()
    for layer in top_to_bottom:
        project.addMapLayer(layer, False)
        root.addLayer(layer)
    extent = demo_extent(project, layers["districts"], project.crs())
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
    project.write(str(out / "clearance_demo.qgz"))
    return priorities


def ranking_map(gpkg: Path, priorities: Path, out: Path) -> dict:
    """clearance:priority_map of the demo priorities: PDF (map + top parcels) and PNG."""
    from qgis import processing

    return processing.run(
        "clearance:priority_map",
        {
            "INPUT": str(priorities),
            "DISTRICTS": f"{gpkg}|layername=districts",
            "DISTRICT_FIELD": "name",
            "TITLE": "Clearance priority of the demo hazards, Karabakh and East Zangezur",
            "TOP_PARCELS": 40,
            "OUTPUT_PDF": str(out / "priority_map.pdf"),
            "OUTPUT_PNG": str(out / "priority_map.png"),
        },
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gpkg", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("output"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = start_qgis()
    result = prioritise(args.gpkg.resolve(), args.out.resolve())
    priorities = build_project(args.gpkg.resolve(), result, args.out.resolve())
    write_csv(priorities, args.out / "priorities.csv")
    mapped = ranking_map(args.gpkg.resolve(), result, args.out.resolve())
    print(
        f"\nWrote {result}, {args.out / 'priorities.csv'}, {mapped['OUTPUT_PDF']} "
        f"({mapped['PAGES']} pages), {mapped['OUTPUT_PNG']}"
    )
    print(
        table(
            "Ten highest-priority parcels (SYNTHETIC hazards):",
            ["rank", "hazard", "type", "district", "area (ha)", "score (0-100)", "driver"],
            [
                [
                    f["priority_rank"],
                    f["hazard_id"],
                    f["hazard_type"],
                    str(f["district"]),
                    float(f["area_m2"]) / 1e4,
                    float(f["priority_score"]),
                    f["main_driver"],
                ]
                for f in top_ten(priorities)
            ],
        )
    )
    print_district_summary(args.out / "district_summary.csv")
    print_coverage(coverage(args.gpkg.resolve(), args.out.resolve()))
    app.exitQgis()


if __name__ == "__main__":
    main()
