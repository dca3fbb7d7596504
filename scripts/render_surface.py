"""Priority surface of the demo region with clearance:surface, rendered as a styled map PNG.

    /usr/bin/python3 scripts/render_surface.py --gpkg resources/demo/clearance_demo.gpkg \
        --out output --png docs/surface.png
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from map_export import export_map
from qgis_app import start_qgis
from run_demo import demo_layer

CELL_SIZE = 200.0


def region_extent(gpkg: Path):
    """The districts' extent in EPSG:32638, grown by 2 km."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    districts = demo_layer(gpkg, "districts")
    utm = QgsCoordinateReferenceSystem("EPSG:32638")
    extent = QgsCoordinateTransform(
        districts.crs(), utm, QgsProject.instance()
    ).transformBoundingBox(districts.extent())
    extent.grow(2000)
    return extent


def make_surface(gpkg: Path, out: Path):
    from qgis import processing

    extent = region_extent(gpkg)
    start = time.perf_counter()
    result = processing.run(
        "clearance:surface",
        {
            "EXTENT": f"{extent.xMinimum()},{extent.xMaximum()},{extent.yMinimum()},"
            f"{extent.yMaximum()} [EPSG:32638]",
            "CRS": "EPSG:32638",
            "CELL_SIZE": CELL_SIZE,
            "SETTLEMENTS": f"{gpkg}|layername=settlements",
            "CEMETERIES": f"{gpkg}|layername=cemeteries",
            "INFRASTRUCTURE": f"{gpkg}|layername=planned_infrastructure",
            "INCIDENTS": f"{gpkg}|layername=incidents",
            "MASK": f"{gpkg}|layername=districts",
            "CRITERION_BANDS": True,
            "OUTPUT": str(out / "priority_surface.tif"),
        },
    )
    print(f"clearance:surface: {time.perf_counter() - start:.1f} s -> {result['OUTPUT']}")
    return Path(result["OUTPUT"]), extent


def outline_districts(gpkg: Path):
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    layer = demo_layer(gpkg, "districts")
    layer.loadNamedStyle(str(Path(__file__).parents[1] / "resources/styles/districts.qml"))
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#333333", "outline_width": "0.5"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def render(gpkg: Path, tif: Path, extent, png: Path) -> None:
    from qgis.core import (
        QgsProject,
        QgsRasterLayer,
    )

    project = QgsProject.instance()
    project.clear()
    surface = QgsRasterLayer(str(tif), "Priority score 0-100 (SYNTHETIC inputs)", "gdal")
    surface.loadNamedStyle(str(tif.with_suffix(".qml")))
    others = [
        outline_districts(gpkg),
        demo_layer(gpkg, "planned_infrastructure"),
        demo_layer(gpkg, "settlements"),
    ]
    for layer in [surface, *others]:
        project.addMapLayer(layer)
    title = f"Clearance Planner demo — priority surface, {CELL_SIZE:.0f} m cells (SYNTHETIC inputs)"
    export_map(
        project, title, surface.crs(), extent, png, layers=[*reversed(others), surface], dpi=100
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gpkg", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("output"))
    parser.add_argument("--png", type=Path, default=Path("output/priority_surface.png"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = start_qgis()
    tif, extent = make_surface(args.gpkg.resolve(), args.out.resolve())
    render(args.gpkg.resolve(), tif, extent, args.png)
    print(f"Wrote {args.png}")
    app.exitQgis()


if __name__ == "__main__":
    main()
