"""clearance:prioritise with PostGIS inputs and a PostGIS output equals the file run."""

from __future__ import annotations

import pytest
from qgis import processing
from qgis.core import QgsVectorLayer

from tests.qgis_support import DEMO_GPKG

LAYERS = ("hazards", "settlements", "cemeteries", "planned_infrastructure", "incidents")
RESULT_FIELDS = (
    "dist_settlements_m",
    "dist_cemeteries_m",
    "dist_infrastructure_m",
    "dist_incidents_m",
    "priority_score",
    "priority_rank",
    "priority_class",
    "main_driver",
)


def params(source, out):
    return {
        "PARCELS": source("hazards"),
        "SETTLEMENTS": source("settlements"),
        "CEMETERIES": source("cemeteries"),
        "INFRASTRUCTURE": source("planned_infrastructure"),
        "INCIDENTS": source("incidents"),
        "OUTPUT": out,
    }


def gpkg_source(name):
    return f"{DEMO_GPKG}|layername={name}"


def rows(layer, key="hazard_id"):
    return {f[key]: tuple(f[n] for n in RESULT_FIELDS) for f in layer.getFeatures()}


def test_prioritise_postgis_inputs_and_output_equal_the_geopackage_run(
    clearance_provider, pg_db, tmp_path
):
    pg_db.load(DEMO_GPKG, *LAYERS)
    file_out = processing.run("clearance:prioritise", params(gpkg_source, str(tmp_path / "p.gpkg")))
    db_out = processing.run(
        "clearance:prioritise", params(pg_db.source, pg_db.destination("priorities"))
    )
    assert db_out["OUTPUT"].startswith("postgres://")
    layer = QgsVectorLayer(db_out["OUTPUT"][len("postgres://") :], "p", "postgres")
    assert layer.isValid()
    expected = rows(QgsVectorLayer(file_out["OUTPUT"], "f", "ogr"))
    got = rows(layer)
    assert len(got) == 3000
    assert got.keys() == expected.keys()
    for key, values in expected.items():
        assert got[key][4:] == values[4:], key
        assert got[key][:4] == pytest.approx(values[:4], abs=1e-9), key
    tables = pg_db.sql(
        f"SELECT tablename FROM pg_tables WHERE schemaname = '{pg_db.schema}' ORDER BY 1"
    ).split()
    assert "priorities" in tables and "clearance_runs" in tables
    assert not [t for t in tables if "__partial_" in t]
    runs = pg_db.sql(f"SELECT algorithm, output_layer FROM {pg_db.schema}.clearance_runs")
    assert runs == "clearance:prioritise|priorities"
    assert "SYNTHETIC" in pg_db.sql(
        f"SELECT obj_description('{pg_db.schema}.priorities'::regclass)"
    )
    styles = pg_db.sql(
        "SELECT stylename, useasdefault FROM public.layer_styles "
        f"WHERE f_table_schema = '{pg_db.schema}' AND f_table_name = 'priorities'"
    )
    assert styles == "priority|t"
    for source in (layer.source(), layer.source() + " type=MultiPolygon"):  # as the browser
        reopened = QgsVectorLayer(source, "colleague", "postgres")
        assert reopened.renderer().type() == "categorizedSymbol"
    assert reopened.renderer().type() == "categorizedSymbol"  # the default style from the db
    assert reopened.renderer().classAttribute() == "priority_class"


@pytest.mark.parametrize(
    "rekey",
    [
        "ALTER fid TYPE bigint; UPDATE {t} SET fid = fid * 5000000001 - 2 ^ 40",
        "ALTER fid TYPE text USING 'HZ ' || fid || repeat(' ', fid % 3); "
        "ALTER TABLE {t} RENAME fid TO guid",  # a GeoPackage's fid cannot be text
    ],
    ids=["bigint key", "text key"],
)
def test_prioritise_of_hazards_keyed_by_bigint_or_text_equals_the_geopackage_run(
    clearance_provider, pg_db, tmp_path, monkeypatch, rekey
):
    """QGIS numbers such rows through a map: the bulk reader takes its ids from one key-only
    read, and every parcel keeps its own distances."""
    from clearance_planner.qgis_io import pg_keys

    pg_db.load(DEMO_GPKG, *LAYERS)
    table = f"{pg_db.schema}.hazards"
    pg_db.sql(f"ALTER TABLE {table} " + rekey.format(t=table))
    maps = []
    real = pg_keys.MappedIds.read.__func__
    monkeypatch.setattr(
        pg_keys.MappedIds, "read", classmethod(lambda cls, *a: maps.append(a[1]) or real(cls, *a))
    )
    file_out = processing.run("clearance:prioritise", params(gpkg_source, str(tmp_path / "p.gpkg")))
    key = "guid" if "guid" in rekey else "fid"

    def source(name):
        return pg_db.source(name, key=key if name == "hazards" else "fid")

    db_out = processing.run("clearance:prioritise", params(source, str(tmp_path / "d.gpkg")))
    assert maps == [key]  # the hazards' map, read once; the other layers have int4 keys
    expected = rows(QgsVectorLayer(file_out["OUTPUT"], "f", "ogr"))
    got = rows(QgsVectorLayer(db_out["OUTPUT"], "d", "ogr"))
    assert len(got) == 3000 and got.keys() == expected.keys()
    for key, values in expected.items():
        assert got[key][4:] == values[4:], key
        assert got[key][:4] == pytest.approx(values[:4], abs=1e-9), key
