"""Every algorithm of the provider takes PostGIS inputs and writes PostGIS outputs with the
same results as on files (the cases of tests/algorithms/test_atomic_outputs.py, real server),
and the demo's prioritise → coverage → workplan chain gives the same figures from the
database as from the GeoPackage."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import (
    QgsDataSourceUri,
    QgsGeometry,
    QgsVectorLayer,
    QgsVectorLayerExporter,
)

from tests.algorithms.test_atomic_outputs import CASES
from tests.qgis_support import DEMO_GPKG


def to_postgis(db, layer: QgsVectorLayer, table: str) -> str:
    """Copy ``layer`` (any provider) into a new table of the test schema; its source string."""
    uri = QgsDataSourceUri(db.connection())
    uri.setDataSource(db.schema, table, "geom" if layer.isSpatial() else "")
    error, message = QgsVectorLayerExporter.exportLayer(
        layer, uri.uri(False), "postgres", layer.crs()
    )
    assert error == 0, message
    key = "id"  # the exporter's primary key
    return db.source(table, geometry="geom" if layer.isSpatial() else None, key=key)


def database_inputs(db, inputs: dict, suffix: str = "") -> dict:
    out = {}
    for name, value in inputs.items():
        if isinstance(value, str) and value.endswith(".csv"):
            value = QgsVectorLayer(value, name, "ogr")
        if isinstance(value, QgsVectorLayer):
            out[name] = to_postgis(db, value, name.lower() + suffix)
        else:
            out[name] = value
    return out


def rows(layer: QgsVectorLayer, names: list[str] | None = None) -> list[tuple]:
    """Every feature as (sorted (field, value) pairs, normalised WKT), in a stable order;
    ``names``: the fields to compare (default: all but the keys)."""
    if names is None:
        names = [f.name() for f in layer.fields() if f.name() not in ("fid", "id")]
    out = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        wkt = "" if geometry.isNull() or geometry.isEmpty() else _normal_wkt(geometry)
        values = tuple((n, _plain(feature[n])) for n in names)
        out.append((values, wkt))
    return sorted(out, key=repr)


def same_rows(got: QgsVectorLayer, expected: QgsVectorLayer) -> None:
    """``got`` holds the features of ``expected`` (the database copy of an input may add its
    own key column, which the algorithm carries through like any other)."""
    names = [f.name() for f in expected.fields() if f.name() not in ("fid", "id")]
    assert set(names) <= set(got.fields().names()), expected.name()
    assert rows(got, names) == rows(expected, names), expected.name()


def _normal_wkt(geometry: QgsGeometry) -> str:
    g = QgsGeometry(geometry)
    g.convertToMultiType()
    g.normalize()
    return g.asWkt(6)


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime().isoformat()
    if hasattr(value, "toPyDate"):
        return value.toPyDate().isoformat()
    if isinstance(value, float):
        return round(value, 6)
    return value


def pixels(path: str) -> tuple:
    import rasterio

    with rasterio.open(path) as raster:
        return raster.transform, raster.crs.to_epsg(), raster.read().tobytes()


def sha(path: Path) -> dict:
    if path.is_dir():
        return {str(p.relative_to(path)): sha(p) for p in sorted(path.rglob("*")) if p.is_file()}
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", sorted(CASES))
def test_postgis_inputs_and_outputs_give_the_file_results(
    name, clearance_provider, pg_db, tmp_path
):
    case = CASES[name]
    feature_outputs = set(case.csv)
    (tmp_path / "file").mkdir()
    (tmp_path / "db").mkdir()
    file_outputs = {k: str(tmp_path / "file" / v) for k, v in case.outputs.items()}
    file_result = processing.run(
        f"clearance:{case.alg}", {**case.inputs(tmp_path), **case.extra, **file_outputs}
    )
    db_outputs = {
        k: (
            pg_db.destination(f"out_{k.lower()}")
            if k in feature_outputs
            else str(tmp_path / "db" / v)
        )
        for k, v in case.outputs.items()
    }
    db_result = processing.run(
        f"clearance:{case.alg}",
        {**database_inputs(pg_db, case.inputs(tmp_path)), **case.extra, **db_outputs},
    )
    for key in case.outputs:
        if key in feature_outputs:
            assert db_result[key].startswith("postgres://"), db_result[key]
            got = QgsVectorLayer(db_result[key][len("postgres://") :], key, "postgres")
            assert got.isValid(), db_result[key]
            expected = QgsVectorLayer(file_result[key], key, "ogr")
            same_rows(got, expected)
        elif Path(file_outputs[key]).suffix == ".tif":  # metadata names the inputs: pixels
            assert pixels(db_outputs[key]) == pixels(file_outputs[key]), key
        elif Path(file_outputs[key]).suffix in (".gpkg", ".csv"):
            assert sha(Path(db_outputs[key])) == sha(Path(file_outputs[key])), key
        else:  # documents (PDF, PNG, HTML) carry the input's name or a time: written, not empty
            assert Path(db_outputs[key]).exists() and sha(Path(db_outputs[key])), key


LAYERS = (
    "districts",
    "hazards",
    "minefield_records",
    "incidents",
    "cleared_land",
    "settlements",
    "cemeteries",
    "planned_infrastructure",
)


def test_demo_chain_from_the_database_equals_the_geopackage_chain(
    clearance_provider, pg_db, tmp_path
):
    pg_db.load(DEMO_GPKG, *LAYERS)

    def chain(src, dest, folder: Path):
        prioritised = processing.run(
            "clearance:prioritise",
            {
                "PARCELS": src("hazards"),
                "SETTLEMENTS": src("settlements"),
                "CEMETERIES": src("cemeteries"),
                "INFRASTRUCTURE": src("planned_infrastructure"),
                "INCIDENTS": src("incidents"),
                "OUTPUT": dest("priorities"),
            },
        )["OUTPUT"]
        coverage = processing.run(
            "clearance:coverage",
            {
                "DISTRICTS": src("districts"),
                "DISTRICT_FIELD": "district",
                "RECORDS": src("minefield_records"),
                "HAZARDS": src("hazards"),
                "HAZARD_TYPE_FIELD": "hazard_type",
                "INCIDENTS": src("incidents"),
                "DATE_FIELD": "incident_date",
                "CASUALTY_FIELD": "casualties",
                "CLEARED": src("cleared_land"),
                "OUTPUT": dest("coverage"),
                "GAPS": dest("coverage_gaps"),
                "REPORT": str(folder / "coverage.html"),
            },
        )
        top = QgsVectorLayer(_layer_source(prioritised), "p", _provider(prioritised))
        top.setSubsetString('"priority_rank" <= 40 AND "status" <> \'Closed\'')
        plan = processing.run(
            "clearance:workplan",
            {
                "PARCELS": top,
                "METHOD_FIELD": "method",
                "ID_FIELD": "hazard_id",
                "TEAMS": "manual:2,mechanical:1,mdd:1,technical_survey:1,non_technical_survey:1",
                "START_DATE": "2027-03-01",
                "OUTPUT": dest("workplan"),
                "SUMMARY": dest("workplan_summary"),
            },
        )
        return [
            QgsVectorLayer(_layer_source(v), k, _provider(v))
            for k, v in (
                ("priorities", prioritised),
                ("coverage", coverage["OUTPUT"]),
                ("gaps", coverage["GAPS"]),
                ("plan", plan["OUTPUT"]),
                ("summary", plan["SUMMARY"]),
            )
        ]

    (tmp_path / "f").mkdir()
    (tmp_path / "d").mkdir()
    files = chain(
        lambda n: f"{DEMO_GPKG}|layername={n}",
        lambda n: str(tmp_path / "f" / f"{n}.gpkg"),
        tmp_path / "f",
    )
    database = chain(pg_db.source, pg_db.destination, tmp_path / "d")
    for expected, got in zip(files, database):
        assert got.providerType() == "postgres"
        assert got.featureCount() == expected.featureCount() > 0, expected.name()
        same_rows(got, expected)


def _provider(dest: str) -> str:
    return "postgres" if dest.startswith("postgres://") else "ogr"


def _layer_source(dest: str) -> str:
    return dest[len("postgres://") :] if dest.startswith("postgres://") else dest
