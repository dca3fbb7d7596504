"""Compare the two shipped example scenarios on the demo hazards with clearance:compare_scenarios:
rank-change GeoPackage, HTML report, CSV summary and a rendered map (SYNTHETIC hazards).

    /usr/bin/python3 scripts/demo_scenarios.py --gpkg resources/demo/clearance_demo.gpkg \
        --out output/scenarios [--png docs/scenario_rank_change.png]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from map_export import export_map
from qgis_app import ROOT, start_qgis
from run_demo import demo_extent, demo_layer

EXAMPLES = ROOT / "resources" / "scenarios"


def compare(gpkg: Path, out: Path) -> dict:
    from qgis import processing

    g = f"{gpkg}|layername="
    return processing.run(
        "clearance:compare_scenarios",
        {
            "PARCELS": g + "hazards",
            "SETTLEMENTS": g + "settlements",
            "CEMETERIES": g + "cemeteries",
            "INFRASTRUCTURE": g + "planned_infrastructure",
            "INCIDENTS": g + "incidents",
            "SCENARIO_A": str(EXAMPLES / "settlements_first.json"),
            "SCENARIO_B": str(EXAMPLES / "infrastructure_first.json"),
            "TOP_K": 20,
            "OUTPUT": str(out / "rank_change.gpkg"),
            "REPORT": str(out / "scenario_comparison.html"),
            "CSV": str(out / "scenario_comparison.csv"),
        },
    )


def render(gpkg: Path, result: dict, png: Path) -> None:
    from qgis.core import QgsProject, QgsVectorLayer

    project = QgsProject.instance()
    project.clear()
    layers = {
        n: demo_layer(gpkg, n) for n in ("settlements", "planned_infrastructure", "districts")
    }
    for name, layer in layers.items():
        layer.loadNamedStyle(str(ROOT / "resources" / "styles" / f"{name}.qml"))
    name = "Rank change A → B (SYNTHETIC hazards)"
    change = QgsVectorLayer(result["OUTPUT"], name, "ogr")
    for layer in (*layers.values(), change):
        project.addMapLayer(layer)
    order = [layers["settlements"], layers["planned_infrastructure"], change, layers["districts"]]
    extent = demo_extent(project, layers["districts"], change.crs())
    title = (
        f"Rank change A → B: Kendall tau-b {result['KENDALL_TAU']:.2f}, top-20 overlap "
        f"{result['TOP_K_OVERLAP']:.0f} of 20 (SYNTHETIC hazards)"
    )
    export_map(project, title, change.crs(), extent, png, layers=order)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gpkg", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("output/scenarios"))
    parser.add_argument("--png", type=Path, help="map PNG (default: OUT/rank_change_map.png)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = start_qgis()
    result = compare(args.gpkg.resolve(), args.out.resolve())
    png = args.png or args.out / "rank_change_map.png"
    render(args.gpkg.resolve(), result, png)
    print(
        f"Settlements first -> Infrastructure first (SYNTHETIC hazards): "
        f"{result['PARCELS_COMPARED']:.0f} parcels, Kendall tau-b {result['KENDALL_TAU']:.4f}, "
        f"top-20 overlap {result['TOP_K_OVERLAP']:.0f} ({result['TOP_K_SHARE']:.0%})"
    )
    for m in json.loads(result["MOVERS"]):
        print(
            f"  {m['parcel']:<9} rank {m['rank_a']:>5} -> {m['rank_b']:>5} ({m['rank_change']:+d})"
        )
    print(f"Wrote {result['OUTPUT']}, {result['REPORT']}, {result['CSV']}, {png}")
    app.exitQgis()


if __name__ == "__main__":
    main()
