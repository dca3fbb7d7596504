"""``make demo-postgis``: the demo in a PostGIS database (the server of ``make db-start``).

Loads the demo layers into the schema ``clearance_demo`` (SYNTHETIC layers say so in their
table comments and carry the plugin's styles in ``layer_styles``), runs prioritise, coverage
and the work plan with PostGIS inputs and outputs, saves
``output/postgis/clearance_demo_postgis.qgz`` whose layers read from the database, and renders it
to ``output/postgis/postgis_map.png``."""

from __future__ import annotations

import argparse
import os
import subprocess
from pathlib import Path

from map_export import export_map
from qgis_app import start_qgis

SCHEMA = "clearance_demo"
SYNTHETIC = ("hazards", "minefield_records", "incidents", "cleared_land", "cemeteries",
             "planned_infrastructure")  # fmt: skip
REAL = {"districts": "Natural Earth admin-1 (public domain)",
        "settlements": "GeoNames (CC BY 4.0)"}  # fmt: skip
LAYERS = (*REAL, *SYNTHETIC)
TEAMS = "manual:2,mechanical:1,mdd:1,technical_survey:1,non_technical_survey:1"


def server(env_file: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in env_file.read_text().splitlines() if "=" in line)
    return {k.strip(): v.strip() for k, v in pairs}


def connection(env: dict[str, str]) -> str:
    return (
        f"dbname='{env['PGDATABASE']}' host={env['PGHOST']} port={env['PGPORT']} "
        f"user='{env['PGUSER']}' sslmode=disable"
    )


def psql(env: dict[str, str], sql: str) -> None:
    subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql],
        env=dict(os.environ, **env, PGOPTIONS="-c client_min_messages=warning"),
        check=True,
    )


def load(env: dict[str, str], gpkg: Path) -> None:
    """The demo layers as tables of ``clearance_demo``, labelled and styled."""
    psql(env, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE; CREATE SCHEMA {SCHEMA}")
    pg = (
        f"PG:host={env['PGHOST']} port={env['PGPORT']} user={env['PGUSER']} "
        f"dbname={env['PGDATABASE']} active_schema={SCHEMA}"
    )
    subprocess.run(
        [
            "ogr2ogr",
            "-f",
            "PostgreSQL",
            pg,
            str(gpkg),
            *LAYERS,
            "-lco",
            f"SCHEMA={SCHEMA}",
            "-lco",
            "GEOMETRY_NAME=geom",
            "-lco",
            "FID=fid",
        ],
        check=True,
    )
    comments = {name: f"SYNTHETIC demo data (Clearance Planner): invented with a fixed seed, "
                f"never real {name.replace('_', ' ')}." for name in SYNTHETIC}  # fmt: skip
    comments.update({name: f"Real open data: {source}." for name, source in REAL.items()})
    psql(env, " ".join(
        f"COMMENT ON TABLE {SCHEMA}.{name} IS '{text}';" for name, text in comments.items()
    ))  # fmt: skip


def style_inputs(env: dict[str, str]) -> None:
    from qgis.core import QgsDataSourceUri

    from clearance_planner.paths import style_path
    from clearance_planner.qgis_io import postgis

    base = QgsDataSourceUri(connection(env))
    for name in LAYERS:
        uri = QgsDataSourceUri(connection(env))
        uri.setDataSource(SCHEMA, name, "geom")
        postgis.save_style(base, uri, name, Path(style_path(name)).read_text(encoding="utf-8"))


def run_analyses(env: dict[str, str], out: Path) -> dict[str, str]:
    from qgis import processing
    from qgis.core import QgsVectorLayer

    def src(name: str) -> str:
        return f'postgres://{connection(env)} key=\'fid\' table="{SCHEMA}"."{name}" (geom)'

    def dest(name: str, geometry: bool = True) -> str:
        geom = " (geom)" if geometry else ""
        return f'postgis:{connection(env)} table="{SCHEMA}"."{name}"{geom}'

    priorities = processing.run("clearance:prioritise", {
        "PARCELS": src("hazards"), "SETTLEMENTS": src("settlements"),
        "CEMETERIES": src("cemeteries"), "INFRASTRUCTURE": src("planned_infrastructure"),
        "INCIDENTS": src("incidents"), "OUTPUT": dest("priorities"),
    })["OUTPUT"]  # fmt: skip
    coverage = processing.run("clearance:coverage", {
        "DISTRICTS": src("districts"), "DISTRICT_FIELD": "district",
        "RECORDS": src("minefield_records"), "HAZARDS": src("hazards"),
        "HAZARD_TYPE_FIELD": "hazard_type", "INCIDENTS": src("incidents"),
        "DATE_FIELD": "incident_date", "CASUALTY_FIELD": "casualties",
        "CLEARED": src("cleared_land"), "OUTPUT": dest("coverage"),
        "GAPS": dest("coverage_gaps"), "REPORT": str(out / "coverage_report.html"),
    })  # fmt: skip
    top = QgsVectorLayer(priorities[len("postgres://") :], "top", "postgres")
    top.setSubsetString('"priority_rank" <= 12 AND "status" <> \'Closed\'')
    plan = processing.run("clearance:workplan", {
        "PARCELS": top, "METHOD_FIELD": "method", "ID_FIELD": "hazard_id", "TEAMS": TEAMS,
        "START_DATE": "2027-03-01", "OUTPUT": dest("workplan"),
        "SUMMARY": dest("workplan_summary", geometry=False),
    })  # fmt: skip
    return {
        "priorities": priorities,
        "coverage_gaps": coverage["GAPS"],
        "workplan": plan["OUTPUT"],
    }


def build_project(env: dict[str, str], outputs: dict[str, str], out: Path):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )

    from clearance_planner.demo.names import DEMO_NAMES

    project = QgsProject.instance()
    project.clear()
    project.setTitle("Clearance Planner demo on PostGIS — SYNTHETIC hazard data")
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32638"))

    def table(name: str) -> QgsVectorLayer:
        uri = f'{connection(env)} key=\'fid\' table="{SCHEMA}"."{name}" (geom)'
        return QgsVectorLayer(uri, DEMO_NAMES.get(name, name), "postgres")

    top_to_bottom = [
        table("settlements"),
        table("incidents"),
        QgsVectorLayer(
            outputs["workplan"][len("postgres://") :], "Work plan (SYNTHETIC)", "postgres"
        ),
        QgsVectorLayer(
            outputs["priorities"][len("postgres://") :],
            "Hazard priority (SYNTHETIC hazards)",
            "postgres",
        ),
        table("minefield_records"),
        table("districts"),
    ]
    root = project.layerTreeRoot()
    for layer in top_to_bottom:
        if not layer.isValid():
            raise SystemExit(f"layer {layer.name()} did not open from the database")
        project.addMapLayer(layer, False)
        root.addLayer(layer)
    districts = top_to_bottom[-1]
    extent = QgsCoordinateTransform(districts.crs(), project.crs(), project).transformBoundingBox(
        districts.extent()
    )
    extent.grow(2000)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
    project.write(str(out / "clearance_demo_postgis.qgz"))
    return project, extent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gpkg", type=Path, required=True)
    parser.add_argument("--env", type=Path, required=True, help="build/pg/env of make db-start")
    parser.add_argument("--out", type=Path, default=Path("output/postgis"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    env = server(args.env)
    app = start_qgis()
    load(env, args.gpkg.resolve())
    style_inputs(env)
    outputs = run_analyses(env, args.out.resolve())
    project, extent = build_project(env, outputs, args.out.resolve())
    png = args.out / "postgis_map.png"
    title = "Clearance Planner on PostGIS — hazard priority and work plan (SYNTHETIC hazard data)"
    export_map(project, title, project.crs(), extent, png)
    print(f"schema {SCHEMA}: {', '.join(LAYERS)}; outputs: priorities, coverage, coverage_gaps,")
    project_file = args.out / "clearance_demo_postgis.qgz"
    print(f"workplan, workplan_summary, clearance_runs; project {project_file}")
    print(f"map {png}")
    app.exitQgis()


if __name__ == "__main__":
    main()
