"""Bulk GeoPackage rows from a PostGIS source (qgis_io/gpkg_rows, Arrow batches of GDAL's
PostgreSQL driver) write what the per-feature writer writes, with either ENGINE: the same
schema, fids, values (NULLs, text with quotes and accents, 64-bit integers, reals),
geometries (null, empty, repaired, multi-part), extent, RTree and triggers; fields that are
not plain integers, reals or text, and keys that are not positive, are written feature by
feature; an edit between the passes stops the run naming the layer."""

from __future__ import annotations

import math

import pytest
from qgis import processing
from qgis.core import QgsProcessingException

from tests.algorithms.test_bulk_read import E, N, _random_multipolygons, _random_polygons
from tests.algorithms.test_gpkg_rows import (
    PLAIN,
    bulk_calls,  # noqa: F401 -- a fixture
    gpkg_facts,
    ogr_rows,
    per_feature,
    qgis_rows,
    same_values,
)

pytestmark = pytest.mark.usefixtures("clearance_provider")

COLUMNS = "name text, n integer, big bigint, x float8"


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def make_tables(db, extra_columns: str = "", first_key: int = 1) -> None:
    """Messy parcels keyed ``fid`` from ``first_key`` (gaps at 3, 7, 30; every tenth with
    NULL attributes; stored out of key order) and three points."""
    s = db.schema
    extra = f", {extra_columns}" if extra_columns else ""
    db.sql(
        f"CREATE TABLE {s}.parcels (fid integer PRIMARY KEY, {COLUMNS}{extra}, "
        f"geom geometry(Geometry, 32638))"
    )
    wkts = PLAIN + _random_polygons(1, 40) + _random_multipolygons(1, 20)
    rows = []
    for i, wkt in enumerate(wkts):
        key = first_key + i
        if key in (3, 7, 30):
            continue
        geom = "NULL" if wkt is None else f"ST_GeomFromText('{wkt}', 32638)"
        if i % 10:
            values = f"{_text(f'p{i} é' + chr(39) + chr(34))}, {i - 20}, {2**40 + i}, "
            values += repr(i / 3 + math.pi)
        else:
            values = "NULL, NULL, NULL, NULL"
        rows.append(
            f"INSERT INTO {s}.parcels (fid, name, n, big, x, geom) VALUES ({key}, "
            f"{values}, {geom});"
        )
    rows = rows[5:] + rows[:5]
    inserts = " ".join(f"BEGIN {r} EXCEPTION WHEN OTHERS THEN NULL; END;" for r in rows)
    db.sql(f"DO $$BEGIN {inserts} END$$")
    db.sql(f"CREATE TABLE {s}.points (fid serial PRIMARY KEY, geom geometry(Point, 32638))")
    db.sql(
        f"INSERT INTO {s}.points (geom) VALUES "
        + ", ".join(
            f"(ST_SetSRID(ST_MakePoint({x}, {y}), 32638))"
            for x, y in ((E, N), (E + 2000, N + 60), (E + 9000, N - 300))
        )
    )


def chunk_counts(monkeypatch, writer: type) -> list:
    """The count of rows each chunk given to ``writer.add`` held (a bulk writer's class)."""
    counts = []
    add = writer.add

    def counted(self, rows, results):
        counts.append(len(rows))
        return add(self, rows, results)

    monkeypatch.setattr(writer, "add", counted)
    return counts


@pytest.fixture()
def bulk_rows(monkeypatch) -> list:
    """The count of rows each bulk GeoPackage chunk inserted."""
    from clearance_planner.qgis_io import gpkg_rows

    return chunk_counts(monkeypatch, gpkg_rows._GpkgWriter)


def prioritise(db, output: str, engine: int = 0, key: str = "fid") -> dict:
    params = {
        "PARCELS": db.source("parcels", key=key),
        "SETTLEMENTS": db.source("points"),
        "INCIDENTS": db.source("points"),
        "ENGINE": engine,
        "OUTPUT": output,
    }
    return processing.run("clearance:prioritise", params)


def assert_same_outputs(fast: str, slow: str) -> dict:
    a, b = ogr_rows(fast), ogr_rows(slow)
    same_values(a, b)
    assert qgis_rows(fast) == qgis_rows(slow)
    name_fast, name_slow = (p.rsplit("/", 1)[1][:-5] for p in (fast, slow))
    facts_fast, facts_slow = gpkg_facts(fast, name_fast), gpkg_facts(slow, name_slow)
    assert facts_fast.pop("contents") == pytest.approx(facts_slow.pop("contents"), abs=1e-6)
    same_values(facts_fast, facts_slow)
    assert facts_fast["integrity"] == "ok"
    return a


@pytest.mark.parametrize("engine", [0, 1], ids=["local", "database"])
def test_bulk_rows_of_a_postgis_source_equal_the_per_feature_writer(
    pg_db,
    tmp_path,
    monkeypatch,
    bulk_calls,  # noqa: F811
    bulk_rows,
    engine,
):
    make_tables(pg_db)
    fast, slow = str(tmp_path / "fast.gpkg"), str(tmp_path / "slow.gpkg")
    counts_fast = prioritise(pg_db, fast, engine)
    assert len(bulk_calls) == 1 and sum(bulk_rows) == len(PLAIN) + 60 - 3 - 1  # all in bulk
    per_feature(monkeypatch)
    counts_slow = prioritise(pg_db, slow, engine)
    assert len(bulk_calls) == 1
    counts_fast.pop("OUTPUT"), counts_slow.pop("OUTPUT")
    assert counts_fast == counts_slow
    assert counts_fast["NULL_GEOMETRIES"] and counts_fast["REPAIRED_GEOMETRIES"]
    rows = assert_same_outputs(fast, slow)["rows"]
    assert 3 not in rows and len(rows) == len(PLAIN) + 60 - 3 - 1  # fids are the keys
    names = [r[0][0] for r in rows.values()]
    assert "p11 é'\"" in names and None in names


@pytest.mark.parametrize(
    "variant",
    ["boolean and date fields", "a key of 0", "fid not the key", "negative keys last, EPSG:4326"],
    ids=["types", "key0", "fid-not-key", "negative-4326"],
)
def test_postgis_sources_the_bulk_writer_cannot_copy_are_written_feature_by_feature(
    pg_db, tmp_path, monkeypatch, bulk_rows, variant
):
    s = pg_db.schema
    if variant == "a key of 0":
        make_tables(pg_db, first_key=0)
    elif variant == "fid not the key":  # a field named fid beside the real key
        make_tables(pg_db)
        pg_db.sql(
            f"ALTER TABLE {s}.parcels DROP CONSTRAINT parcels_pkey; "
            f"ALTER TABLE {s}.parcels ADD COLUMN id serial PRIMARY KEY; "
            f"UPDATE {s}.parcels SET fid = 1000 - fid"
        )
    elif variant == "negative keys last, EPSG:4326":  # read per feature: ids ascending
        make_tables(pg_db)
        pg_db.sql(
            f"ALTER TABLE {s}.parcels ALTER COLUMN geom TYPE geometry(Geometry, 4326) USING "
            f"ST_Transform(geom, 4326); CREATE TABLE {s}.tail AS SELECT * FROM {s}.parcels "
            f"WHERE fid > 60; DELETE FROM {s}.parcels WHERE fid > 60; "
            f"INSERT INTO {s}.parcels SELECT -fid, name, n, big, x, geom FROM {s}.tail"
        )
    else:
        make_tables(pg_db, "ok boolean, d date")
        pg_db.sql(f"UPDATE {pg_db.schema}.parcels SET ok = fid % 2 = 0, d = '2024-03-01'")
    fast, slow = str(tmp_path / "fast.gpkg"), str(tmp_path / "slow.gpkg")
    key = "id" if variant == "fid not the key" else "fid"
    prioritise(pg_db, fast, key=key)
    assert bulk_rows == []  # not one row in bulk
    per_feature(monkeypatch)
    prioritise(pg_db, slow, key=key)
    assert_same_outputs(fast, slow)


def test_a_postgis_row_edited_between_the_passes_stops_the_bulk_write_naming_the_layer(
    pg_db, tmp_path, monkeypatch
):
    from clearance_planner.qgis_io import gpkg_rows

    make_tables(pg_db)
    real = gpkg_rows._postgis_rows

    def edited_first(source, names):
        pg_db.sql(f"DELETE FROM {pg_db.schema}.parcels WHERE fid = 12")
        yield from real(source, names)

    monkeypatch.setattr(gpkg_rows, "_postgis_rows", edited_first)
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match=r"Layer 'parcels' changed while"):
        prioritise(pg_db, str(out))
    assert not out.exists()


def test_an_expression_field_as_id_and_in_the_output_is_read_and_written_through_qgis(
    pg_db, tmp_path
):
    from qgis.core import QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    make_tables(pg_db)
    layer = QgsVectorLayer(pg_db.table_uri("parcels"), "parcels", "postgres")
    layer.addExpressionField("'V' || \"fid\"", QgsField("vid", QVariant.String))
    out = str(tmp_path / "out.gpkg")
    params = {
        "PARCELS": layer,
        "ID_FIELD": "vid",
        "SETTLEMENTS": pg_db.source("points"),
        "OUTPUT": out,
    }
    processing.run("clearance:prioritise", params)
    rows = ogr_rows(out)["rows"]
    assert len(rows) == len(PLAIN) + 60 - 3 - 1
    names = [name for name, *_ in ogr_rows(out)["schema"]]
    values = {r[0][names.index("vid")] for r in rows.values()}
    assert {"V1", "V2", "V4"} <= values
