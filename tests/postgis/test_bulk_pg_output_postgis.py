"""Bulk PostGIS output rows (qgis_io/pg_rows) write what the per-feature writer writes: the
same table (columns, types, key, geometry column), keys, values (NULL next to 0, text with
quotes, backslashes and accents, 64-bit integers, reals to the last bit, booleans, dates) and
geometries (null, empty, repaired, degenerate, multi-part; multi-polygon and multi-surface
columns), from a GeoPackage or a PostGIS source and with either ENGINE; values the bulk
writer cannot write as QGIS does send the run feature by feature; a cancel while writing
leaves the earlier table untouched."""

from __future__ import annotations

import json
import math
import sqlite3
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.algorithms.test_gpkg_rows import (
    FIELDS,
    PLAIN,
    bulk_calls,  # noqa: F401 -- a fixture
    make_source,
    per_feature,
)
from tests.algorithms.test_gpkg_rows import prioritise as prioritise_gpkg
from tests.postgis.test_bulk_write_postgis import chunk_counts, make_tables
from tests.postgis.test_bulk_write_postgis import prioritise as prioritise_pg

pytestmark = pytest.mark.usefixtures("clearance_provider")


@pytest.fixture()
def pg_batches(monkeypatch) -> list:
    """The count of rows each bulk PostGIS chunk inserted."""
    from clearance_planner.qgis_io import pg_rows

    return chunk_counts(monkeypatch, pg_rows.PgWriter)


def table_facts(db, table: str) -> dict:
    """Columns, key, geometry column and every row (geometry as EWKB hex) of ``table``."""
    s = db.schema
    columns = db.sql(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull FROM pg_attribute "
        f"a WHERE a.attrelid = '{s}.{table}'::regclass AND a.attnum > 0 AND NOT a.attisdropped "
        "ORDER BY a.attnum"
    )
    key = db.sql(
        f"SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '{s}.{table}'"
        "::regclass ORDER BY 1"  # PostgreSQL 18 lists NOT NULL constraints too, in any order
    )
    geometry = db.sql(
        "SELECT f_geometry_column, srid, type, coord_dimension FROM geometry_columns "
        f"WHERE f_table_schema = '{s}' AND f_table_name = '{table}'"
    )
    names = [line.split("|")[0] for line in columns.splitlines()]
    selected = ", ".join(
        f'"{n}"' if n != "geom" else "encode(ST_AsEWKB(geom), 'hex') AS geom" for n in names
    )
    rows = db.sql(
        f'SELECT row_to_json(t) FROM (SELECT {selected} FROM {s}."{table}") t ORDER BY t.fid'
    )
    return {"columns": columns, "key": key, "geometry": geometry, "rows": rows.splitlines()}


def same_tables(db, fast: str, slow: str) -> dict:
    a, b = table_facts(db, fast), table_facts(db, slow)
    for key in a:
        assert a[key] == b[key], key
    return a


def test_bulk_postgis_rows_of_a_geopackage_source_equal_the_per_feature_writer(
    pg_db,
    tmp_path,
    monkeypatch,
    bulk_calls,  # noqa: F811
    pg_batches,
):
    source = make_source(tmp_path / "src.gpkg")
    counts_fast = prioritise_gpkg(source, pg_db.destination("fast"))
    assert len(bulk_calls) == 1 and sum(pg_batches) == len(PLAIN) + 60 - 3  # all in bulk
    per_feature(monkeypatch)
    counts_slow = prioritise_gpkg(source, pg_db.destination("slow"))
    assert len(bulk_calls) == 1
    counts_fast.pop("OUTPUT"), counts_slow.pop("OUTPUT")
    assert counts_fast == counts_slow
    assert counts_fast["NULL_GEOMETRIES"] and counts_fast["DEGENERATE_GEOMETRIES"]
    assert counts_fast["REPAIRED_GEOMETRIES"]
    facts = same_tables(pg_db, "fast", "slow")
    assert "MULTIPOLYGON" in facts["geometry"] and "PRIMARY KEY (fid)" in facts["key"]
    rows = [json.loads(r) for r in facts["rows"]]
    assert "p11 é'\"" in [r["name"] for r in rows]  # text and dates as QGIS wrote them
    assert "2024-03-12" in [r["d"] for r in rows]


@pytest.mark.parametrize("engine", [0, 1], ids=["local", "database"])
def test_bulk_postgis_rows_of_a_postgis_source_equal_the_per_feature_writer(
    pg_db,
    monkeypatch,
    bulk_calls,  # noqa: F811
    pg_batches,
    engine,
):
    make_tables(pg_db)  # a geometry(Geometry) column: the output is a multi-surface one
    prioritise_pg(pg_db, pg_db.destination("fast"), engine)
    assert len(bulk_calls) == 1 and sum(pg_batches) == len(PLAIN) + 60 - 3 - 1
    per_feature(monkeypatch)
    prioritise_pg(pg_db, pg_db.destination("slow"), engine)
    facts = same_tables(pg_db, "fast", "slow")
    assert "MULTISURFACE" in facts["geometry"]
    empties = pg_db.sql(f"SELECT count(*) FROM {pg_db.schema}.fast WHERE ST_IsEmpty(geom)")
    assert int(empties) >= 1  # an empty source polygon stays an empty multi-surface


def test_rows_in_more_than_one_insert_statement_are_all_written(
    pg_db, tmp_path, monkeypatch, pg_batches
):
    from clearance_planner.qgis_io import pg_rows

    monkeypatch.setattr(pg_rows, "BATCH", 7)
    source = make_source(tmp_path / "src.gpkg", seed=4)
    prioritise_gpkg(source, pg_db.destination("fast"))
    per_feature(monkeypatch)
    prioritise_gpkg(source, pg_db.destination("slow"))
    assert sum(pg_batches) == len(PLAIN) + 60 - 3
    same_tables(pg_db, "fast", "slow")


def _set_value(path: str, sql: str) -> None:
    """Run ``sql`` on the GeoPackage through GDAL (its triggers need GDAL's SQL functions);
    sqlite stores a value of another type as it comes."""
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL(sql)
    ds = None


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE parcels SET n = 'twelve' WHERE fid = 5",  # text in an integer column
        "UPDATE parcels SET x = 'NaN' WHERE fid = 6",  # text in a real column
        "UPDATE parcels SET d = '2024-02-30' WHERE fid = 8",  # a date that does not exist
        "UPDATE parcels SET ok = 7 WHERE fid = 9",  # a boolean neither 0 nor 1
        "UPDATE parcels SET name = 'a' || char(0) || 'b' WHERE fid = 10",  # a NUL character
        "UPDATE parcels SET n = 3000000000 WHERE fid = 11",  # beyond a 32-bit integer
    ],
    ids=["text-in-int", "text-in-real", "bad-date", "bool-7", "nul", "int-overflow"],
)
def test_values_the_bulk_writer_cannot_write_as_qgis_does_go_feature_by_feature(
    pg_db,
    tmp_path,
    monkeypatch,
    bulk_calls,  # noqa: F811
    sql,
):
    source = make_source(tmp_path / "src.gpkg", seed=5)
    _set_value(source, sql)
    prioritise_gpkg(source, pg_db.destination("fast"))
    assert len(bulk_calls) == 1  # tried, then written by QGIS's provider
    per_feature(monkeypatch)
    prioritise_gpkg(source, pg_db.destination("slow"))
    same_tables(pg_db, "fast", "slow")
    partial = pg_db.sql(
        f"SELECT count(*) FROM pg_tables WHERE schemaname = '{pg_db.schema}' "
        "AND tablename LIKE '%partial%'"
    )
    assert partial == "0"  # the abandoned bulk table was dropped


def test_a_cancel_while_writing_postgis_rows_in_bulk_leaves_the_earlier_table(
    pg_db, tmp_path, monkeypatch
):
    from clearance_planner.qgis_io import gpkg_rows, pg_rows

    source = make_source(tmp_path / "src.gpkg", seed=6)
    dest = pg_db.destination("ranked")
    prioritise_gpkg(source, dest, SETTLEMENTS_DISTANCE=100)
    before = table_facts(pg_db, "ranked")
    monkeypatch.setattr(gpkg_rows, "CHUNK", 5)
    feedback = QgsProcessingFeedback()
    add = pg_rows.PgWriter.add

    chunks: list = []

    def add_then_cancel(self, rows, results):
        chunks.append(len(rows))
        add(self, rows, results)
        if len(chunks) == 2:
            feedback.cancel()

    monkeypatch.setattr(pg_rows.PgWriter, "add", add_then_cancel)
    prioritise_gpkg(source, dest, feedback)
    assert chunks == [5, 5] and table_facts(pg_db, "ranked") == before
    tables = pg_db.sql(f"SELECT tablename FROM pg_tables WHERE schemaname = '{pg_db.schema}'")
    assert "partial" not in tables


def test_a_server_error_while_writing_in_bulk_names_the_output(pg_db, tmp_path, monkeypatch):
    from clearance_planner.qgis_io import pg_rows

    source = make_source(tmp_path / "src.gpkg", seed=7)
    real = pg_rows.PgWriter.__init__

    def broken(self, *args):
        real(self, *args)
        self.head = f"INSERT INTO {pg_db.schema}.nowhere "

    monkeypatch.setattr(pg_rows.PgWriter, "__init__", broken)
    with pytest.raises(QgsProcessingException, match="could not write its rows to PostGIS") as e:
        prioritise_gpkg(source, pg_db.destination("ranked"))
    message = str(e.value)  # the server's error, not megabytes of SQL
    assert f'relation "{pg_db.schema}.nowhere" does not exist' in message and len(message) < 800
    tables = pg_db.sql(f"SELECT tablename FROM pg_tables WHERE schemaname = '{pg_db.schema}'")
    assert "partial" not in tables and "ranked" not in tables


def _sqlite_literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value) if isinstance(value, float) else str(value)


TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12
)
VALUES = st.fixed_dictionaries(
    {
        "name": st.none() | TEXT | st.sampled_from(["\\", "'", "\\'", "E'x'", "$$", "ä\\n"]),
        "n": st.none() | st.integers(-(2**31), 2**31 - 1),
        "big": st.none() | st.integers(-(2**63), 2**63 - 1),
        "x": st.none()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.sampled_from([0.0, -0.0, 5e-324, 1.7976931348623157e308, 0.1]),
        "ok": st.none() | st.sampled_from([0, 1]),
    }
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(VALUES, min_size=1, max_size=8))
def test_any_plain_values_are_written_in_bulk_as_the_per_feature_writer_writes_them(
    pg_db, tmp_path_factory, monkeypatch, rows
):
    folder = Path(tmp_path_factory.mktemp("values"))
    source = make_source(folder / "src.gpkg", fields=[f for f in FIELDS if f[0] != "d"], seed=8)
    with sqlite3.connect(source) as db:
        fids = [r[0] for r in db.execute("SELECT fid FROM parcels ORDER BY fid")]
    for fid, values in zip(fids, rows):
        literals = ", ".join(f"{k} = {_sqlite_literal(v)}" for k, v in values.items())
        _set_value(source, f"UPDATE parcels SET {literals} WHERE fid = {fid}")
    with monkeypatch.context() as m:
        prioritise_gpkg(source, pg_db.destination("fast"))
        per_feature(m)
        prioritise_gpkg(source, pg_db.destination("slow"))
    facts = same_tables(pg_db, "fast", "slow")
    assert len(facts["rows"]) == len(fids)
    pg_db.sql(f"DROP TABLE {pg_db.schema}.fast, {pg_db.schema}.slow")


def test_a_double_is_written_to_the_last_bit(pg_db, tmp_path):
    source = make_source(tmp_path / "src.gpkg", seed=9)
    values = [math.pi, 1 / 3, 2**-1074, 1e308 * 1.7, -1.5e-300]  # SQLite keeps no -0.0
    with sqlite3.connect(source) as db:
        fids = [r[0] for r in db.execute("SELECT fid FROM parcels ORDER BY fid LIMIT 5")]
    for fid, x in zip(fids, values):
        _set_value(source, f"UPDATE parcels SET x = {_sqlite_literal(x)} WHERE fid = {fid}")
    prioritise_gpkg(source, pg_db.destination("fast"))
    got = pg_db.sql(
        f"SELECT float8send(x) FROM {pg_db.schema}.fast WHERE fid IN ({', '.join(map(str, fids))}) "
        "ORDER BY fid"
    )
    expected = ["\\x" + struct.pack(">d", v).hex() for v in values]
    assert got.splitlines() == expected
    assert ogr.Open(source) is not None  # the source untouched and readable
