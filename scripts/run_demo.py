"""``make demo``: prioritise the demo hazards, write GeoPackage + CSV + a rendered map, print the
ten most urgent parcels, and save a QGIS project (output/clearance_demo.qgz)."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from qgis_app import start_qgis

CREDIT = (
    "Boundaries: Made with Natural Earth (public domain). Settlements: © GeoNames "
    "(www.geonames.org), CC BY 4.0. Hazards, minefield records, incidents, cemeteries and "
    "planned infrastructure: SYNTHETIC demo data, not real minefields."
)
SYNTHETIC_NAMES = {
    "hazards": "Hazards SHA/CHA (SYNTHETIC)",
    "minefield_records": "Minefield records (SYNTHETIC)",
    "incidents": "Incidents (SYNTHETIC)",
    "cleared_land": "Released land (SYNTHETIC)",
    "cemeteries": "Cemeteries (SYNTHETIC)",
    "planned_infrastructure": "Planned infrastructure (SYNTHETIC)",
    "districts": "Districts (Natural Earth)",
    "settlements": "Settlements (GeoNames)",
}


def demo_layer(gpkg: Path, name: str):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername={name}", SYNTHETIC_NAMES.get(name, name), "ogr")
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
            "OUTPUT": str(target),
        },
    )
    return Path(result["OUTPUT"])


def write_csv(layer, path: Path) -> None:
    from clearance_planner.csv_text import safe_cell

    tmp = path.with_suffix(".csv.partial")
    names = layer.fields().names()
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(names + ["wkt_utm38n_centroid"])
        for f in layer.getFeatures():
            c = f.geometry().centroid().asWkt(1) if f.hasGeometry() else ""
            writer.writerow([safe_cell(v) for v in f.attributes()] + [c])
    tmp.replace(path)


def top_ten(layer) -> list:
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setFilterExpression('"priority_rank" <= 10')
    rows = sorted(layer.getFeatures(request), key=lambda f: f["priority_rank"])
    return rows


def build_project(gpkg: Path, result: Path, out: Path):
    from qgis.core import QgsProject, QgsVectorLayer

    project = QgsProject.instance()
    project.clear()
    project.setTitle("Clearance Planner demo — SYNTHETIC hazard data")
    order = [
        "districts",
        "cleared_land",
        "minefield_records",
        "planned_infrastructure",
        "cemeteries",
        "incidents",
        "settlements",
    ]
    layers = {name: demo_layer(gpkg, name) for name in order}
    priorities = QgsVectorLayer(str(result), "Hazard priority (SYNTHETIC hazards)", "ogr")
    for name in ["districts", "cleared_land"]:
        project.addMapLayer(layers[name])
    project.addMapLayer(priorities)
    for name in order[2:]:
        project.addMapLayer(layers[name])
    root = project.layerTreeRoot()
    for layer in reversed([layers[n] for n in order[2:]] + [priorities]):
        node = root.findLayer(layer.id())
        clone = node.clone()
        root.insertChildNode(0, clone)
        root.removeChildNode(node)
    project.write(str(out / "clearance_demo.qgz"))
    return project, priorities, layers


def fit_aspect(extent, aspect: float):
    """``extent`` grown in one direction to width/height = ``aspect`` (keeps the item size)."""
    from qgis.core import QgsRectangle

    w, h, c = extent.width(), extent.height(), extent.center()
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


def render_map(project, priorities, layers, png: Path) -> None:
    from qgis.core import (
        QgsLayout,
        QgsLayoutExporter,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtGui import QFont

    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    layout = QgsLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(297, 210, mm))
    title = QgsLayoutItemLabel(layout)
    title.setText(
        "Clearance Planner demo — hazard priority, Karabakh and East Zangezur "
        "(SYNTHETIC hazard data)"
    )
    title.setFont(QFont("DejaVu Sans", 14, QFont.Weight.Bold))
    layout.addLayoutItem(title)
    title.attemptMove(QgsLayoutPoint(8, 5, mm))
    title.attemptResize(QgsLayoutSize(281, 10, mm))
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(8, 16, mm))
    map_item.attemptResize(QgsLayoutSize(190, 172, mm))
    map_item.setCrs(priorities.crs())
    extent = layers["districts"].extent()
    from qgis.core import QgsCoordinateTransform

    extent = QgsCoordinateTransform(
        layers["districts"].crs(), priorities.crs(), project
    ).transformBoundingBox(extent)
    extent.grow(2000)
    map_item.setExtent(fit_aspect(extent, 190 / 172))
    map_item.setFrameEnabled(True)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("Legend")
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(202, 16, mm))
    for part in (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Subgroup):
        legend.rstyle(part).setFont(QFont("DejaVu Sans", 8))
    legend.setLegendFilterByMapEnabled(True)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setUnitsPerSegment(10)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(12, 172, mm))
    credit = QgsLayoutItemLabel(layout)
    credit.setText(CREDIT)
    credit.setFont(QFont("DejaVu Sans", 7))
    layout.addLayoutItem(credit)
    credit.attemptMove(QgsLayoutPoint(8, 191, mm))
    credit.attemptResize(QgsLayoutSize(281, 14, mm))
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    tmp = png.with_name(png.stem + ".partial.png")
    status = QgsLayoutExporter(layout).exportToImage(str(tmp), settings)
    if status != QgsLayoutExporter.ExportResult.Success:
        raise SystemExit(f"map export failed: {status}")
    tmp.replace(png)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gpkg", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("output"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = start_qgis()
    result = prioritise(args.gpkg.resolve(), args.out.resolve())
    project, priorities, layers = build_project(args.gpkg.resolve(), result, args.out.resolve())
    write_csv(priorities, args.out / "priorities.csv")
    render_map(project, priorities, layers, args.out / "priority_map.png")
    print(f"\nWrote {result}, {args.out / 'priorities.csv'}, {args.out / 'priority_map.png'}")
    print("\nTen highest-priority parcels (SYNTHETIC hazards):")
    print(f"{'rank':>4}  {'hazard':<9} {'type':<4} {'district':<12} {'score':>6}  driver")
    for f in top_ten(priorities):
        print(
            f"{f['priority_rank']:>4}  {f['hazard_id']:<9} {f['hazard_type']:<4} "
            f"{f['district']!s:<12} {f['priority_score']:6.1f}  {f['main_driver']}"
        )
    app.exitQgis()


if __name__ == "__main__":
    main()
