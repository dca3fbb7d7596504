"""Bulk reading of PostGIS tables (GDAL's PostgreSQL driver, Arrow batches) gives exactly what
QGIS's provider gives feature by feature: arrays, report, feature ids (negative int4 keys
too; bigint, text and uuid keys, which QGIS numbers through a map), repaired geometries and id
columns; tables it cannot read the same way (keys of two columns, query layers, filters,
estimated metadata, transforms) are read feature by feature."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsProcessingContext,
    QgsProcessingException,
    QgsVectorLayer,
)

from tests.algorithms.test_bulk_read import (
    POLYGONS,
    E,
    N,
    _assert_same,
    _random_multipolygons,
    _random_polygons,
)

UTM = QgsCoordinateReferenceSystem("EPSG:32638")


def int32_keys(ids):
    from clearance_planner.qgis_io.pg_keys import int32_keys

    return int32_keys(ids)


def _store(db, name: str, wkts: list, key: str = "integer", shuffle: int = 0) -> int:
    """``wkts`` in table ``name`` (SRID 32638, any geometry type), keys from -(n // 3) up,
    stored in key order (``shuffle``: the first rows stored last, so QGIS's provider reads
    them last); a text column with trailing spaces and NULLs. Geometries
    PostGIS refuses to store (a two-point ring, Z in a 2D column) are left out; the count of
    rows stored."""
    rows = []
    for i, wkt in enumerate(wkts):
        geom = "NULL" if wkt is None else f"ST_GeomFromText('{wkt}', 32638)"
        tag = "NULL" if i % 5 == 0 else f"'f{i} '"
        rows.append(f"({i - len(wkts) // 3}, {tag}, {geom})")
    rows = rows[shuffle:] + rows[:shuffle]
    table = f"{db.schema}.{name}"
    inserts = " ".join(
        f"BEGIN INSERT INTO {table} VALUES {row}; EXCEPTION WHEN OTHERS THEN NULL; END;"
        for row in rows
    )
    db.sql(
        f"CREATE TABLE {table} (fid {key} PRIMARY KEY, tag text, "
        f"geom geometry(Geometry, 32638)); DO $$BEGIN {inserts} END$$"
    )
    return int(db.sql(f"SELECT count(*) FROM {table}"))


def _nan_rows(db, name: str) -> None:
    """A polygon with a NaN vertex and points with NaN or infinite coordinates."""
    db.sql(
        f"INSERT INTO {db.schema}.{name} (fid, tag, geom) VALUES (9001, 'nan', ST_SetSRID("
        f"ST_MakePolygon(ST_MakeLine(ARRAY[ST_MakePoint({E}, {N}), ST_MakePoint({E + 9}, {N}), "
        f"ST_MakePoint('NaN', {N + 3}), ST_MakePoint({E}, {N})])), 32638))"
    )


def _layer(db, name: str, **uri) -> QgsVectorLayer:
    layer = QgsVectorLayer(db.table_uri(name, **uri), name, "postgres")
    assert layer.isValid()
    return layer


def _table(layer):
    from clearance_planner.qgis_io.bulk_read import ogr_table

    return ogr_table({"L": layer}, "L", QgsProcessingContext(), layer)


def _both(layer, crs=UTM):
    from clearance_planner.qgis_io.layers import read_source

    context = QgsProcessingContext()
    table = _table(layer)
    assert table is not None and table.driver == "PostgreSQL"
    slow = read_source(layer, layer.name(), crs, context)
    return slow, read_source(layer, layer.name(), crs, context, table=table)


def test_bulk_read_of_messy_postgis_polygons_equals_the_providers_read(pg_db):
    wkts = [*POLYGONS, *_random_polygons(4, 150), *_random_multipolygons(5, 60)]
    stored = _store(pg_db, "messy", wkts)
    assert stored == len(wkts) - 2  # PostGIS refuses the two-point ring and Z in a 2D column
    _nan_rows(pg_db, "messy")
    slow, fast = _both(_layer(pg_db, "messy"))
    _assert_same(slow, fast)
    record = slow.report.record()
    assert record["null"] == 2 and record["repaired"] > 50 and record["degenerate"] >= 2
    assert min(slow.fids) == 0 and max(slow.fids) == 2**32 - 1  # keys 0 and -1 as QGIS has them
    assert slow.report.n_features == stored + 1


def _by_feature(read) -> dict:
    """Feature id -> its rings (bytes), whatever the row order."""
    g = read.geometry
    rings: dict = {fid: [] for fid in read.fids}
    for r, row in enumerate(g.ring_feature.tolist()):
        rings[read.fids[row]].append(g.xy[g.ring_offsets[r] : g.ring_offsets[r + 1]].tobytes())
    return rings


def test_bulk_read_of_a_table_stored_out_of_key_order_reads_it_in_key_order(pg_db):
    wkts = [*POLYGONS, *_random_polygons(6, 80)]
    _store(pg_db, "shuffled", wkts, shuffle=37)
    slow, fast = _both(_layer(pg_db, "shuffled"))
    keys = int32_keys(np.array(fast.fids))
    assert keys.tolist() == sorted(keys.tolist()) and slow.fids != fast.fids
    _assert_same_features(slow, fast)


def _assert_same_features(slow, fast) -> None:
    """The same rings, repairs and report for every feature, whatever the row order."""
    assert _by_feature(fast) == _by_feature(slow)
    assert sorted(slow.repaired) == sorted(fast.repaired)
    a, b = slow.report.record(), fast.report.record()
    assert sorted(map(str, a.pop("degenerate_features"))) == sorted(
        map(str, b.pop("degenerate_features"))
    )
    assert a == b


def _rekey(db, name: str, kind: str) -> None:
    """The key of ``name`` as bigint far beyond int4 (negative ones too), as text with
    trailing spaces and a non-ASCII letter, or as uuid (QGIS numbers all three by its map)."""
    t = f"{db.schema}.{name}"
    if kind == "bigint":
        db.sql(f"ALTER TABLE {t} ALTER fid TYPE bigint; UPDATE {t} SET fid = fid * 5000000001")
    elif kind == "uuid":  # as IMSMA's hazard_guid
        db.sql(f"ALTER TABLE {t} ALTER fid TYPE uuid USING md5(fid::text)::uuid")
    else:
        db.sql(
            f"ALTER TABLE {t} ALTER fid TYPE text USING 'Ş-' || fid || repeat(' ', abs(fid) % 3)"
        )


@pytest.mark.parametrize("kind", ["bigint", "text", "uuid"])
def test_bulk_read_of_a_table_with_a_bigint_text_or_uuid_key_gives_qgis_own_ids(pg_db, kind):
    from clearance_planner.qgis_io.bulk_read import read_column
    from clearance_planner.qgis_io.ids import read_columns

    _store(pg_db, "keyed", [*POLYGONS, *_random_polygons(5, 60)], shuffle=17)
    _rekey(pg_db, "keyed", kind)
    layer = _layer(pg_db, "keyed")
    table = _table(layer)
    assert table is not None and table.mapped_keys
    slow, fast = _both(layer)
    assert sorted(slow.fids) == sorted(fast.fids) and len(set(fast.fids)) == len(fast.fids)
    _assert_same_features(slow, fast)
    for name in ("fid", "tag"):
        want = read_columns(layer, [name], fast.fids)[0][name]
        assert list(read_column(table, name, np.asarray(fast.fids))) == list(want), name
    keys = read_column(table, "fid", np.asarray(fast.fids))
    if kind == "bigint":
        assert min(keys) < -(2**33)
    elif kind == "text":
        assert any(k.endswith("  ") for k in keys)
    else:
        assert all(len(k) == 36 and k.count("-") == 4 for k in keys)


def test_a_row_added_after_the_key_map_was_read_stops_the_bulk_read_naming_the_layer(pg_db):
    from clearance_planner.qgis_io.layers import read_source

    _store(pg_db, "keyed", _random_polygons(3, 20))
    _rekey(pg_db, "keyed", "bigint")
    layer = _layer(pg_db, "keyed")
    table = _table(layer)
    pg_db.sql(
        f"INSERT INTO {pg_db.schema}.keyed (fid, geom) VALUES "
        f"(7, ST_Buffer(ST_SetSRID(ST_MakePoint({E}, {N}), 32638), 5))"
    )
    with pytest.raises(QgsProcessingException, match="keyed"):
        read_source(layer, "keyed", UTM, QgsProcessingContext(), table=table)


def test_bulk_read_of_a_mixed_case_table_beside_its_lower_case_namesake_reads_the_right_one(
    pg_db,
):
    _store(pg_db, "parcels", _random_polygons(5, 30))
    _store(pg_db, '"Parcels"', _random_polygons(6, 12))
    layer = QgsVectorLayer(pg_db.table_uri("Parcels"), "Parcels", "postgres")
    assert layer.isValid() and layer.featureCount() == 12
    assert _table(layer) is not None  # read in bulk (TABLES= keeps the case)
    slow, fast = _both(layer)
    _assert_same(slow, fast)
    assert fast.report.n_features == 12


def test_bulk_read_of_postgis_polygons_with_z_and_m_equals_the_providers_read(pg_db):
    pg_db.sql(
        f"CREATE TABLE {pg_db.schema}.zm (fid serial PRIMARY KEY, geom geometry(PolygonZM, "
        f"32638)); INSERT INTO {pg_db.schema}.zm (geom) SELECT ST_SetSRID(ST_MakePolygon("
        f"ST_MakeLine(ARRAY[ST_MakePoint({E} + i, {N}, 5, 1), ST_MakePoint({E} + i + 30, {N}, "
        f"6, 2), ST_MakePoint({E} + i, {N} + 30 - (i % 2) * 30, 7, 3), "
        f"ST_MakePoint({E} + i, {N}, 5, 1)])), 32638) FROM generate_series(0, 9) i"
    )
    slow, fast = _both(_layer(pg_db, "zm"))
    _assert_same(slow, fast)
    assert slow.report.record()["degenerate"] == 5 and len(slow.fids) == 10


def test_bulk_read_of_postgis_points_and_lines_equals_the_providers_read(pg_db):
    rng = np.random.default_rng(9)
    lines = [
        "LINESTRING (" + ", ".join(f"{E + x} {N + y}" for x, y in rng.uniform(0, 500, (k, 2))) + ")"
        for k in rng.integers(2, 30, 60)
    ]
    lines += [f"LINESTRING ({E} {N}, {E} {N})", "LINESTRING EMPTY", None]
    lines += [f"MULTILINESTRING (({E} {N}, {E + 5} {N}), ({E + 9} {N}, {E + 9} {N + 9}))"]
    _store(pg_db, "lines", lines)
    _assert_same(*_both(_layer(pg_db, "lines")))
    points = [f"POINT ({E + x} {N + y})" for x, y in rng.uniform(0, 900, (80, 2))]
    points += ["POINT EMPTY", None, f"MULTIPOINT (({E} {N}), ({E} {N}))"]
    _store(pg_db, "points", points)
    pg_db.sql(
        f"INSERT INTO {pg_db.schema}.points (fid, geom) VALUES "
        "(700, ST_SetSRID(ST_MakePoint('NaN', 5), 32638)), "
        "(701, ST_SetSRID(ST_MakePoint(5, 'Infinity'), 32638))"
    )
    slow, fast = _both(_layer(pg_db, "points"))
    _assert_same(slow, fast)
    assert slow.report.record()["null"] >= 2


def test_bulk_id_columns_of_postgis_equal_the_providers_values(pg_db):
    from clearance_planner.qgis_io.bulk_read import read_column
    from clearance_planner.qgis_io.ids import read_columns

    _store(pg_db, "ids", _random_polygons(8, 40))
    layer = _layer(pg_db, "ids")
    table = _table(layer)
    fast = _both(layer)[1]
    for name in ("fid", "tag"):
        want = read_columns(layer, [name], fast.fids)[0][name]
        got = read_column(table, name, np.asarray(fast.fids))
        assert list(got) == list(want), name
    assert min(read_column(table, "fid", np.asarray(fast.fids))) == -13  # the key, not the id


@pytest.mark.parametrize(
    "variant",
    ["two-column key", "filter", "estimated metadata", "query layer", "one type"],
)
def test_postgis_tables_bulk_cannot_read_as_qgis_numbers_them_are_read_per_feature(pg_db, variant):
    wkts = _random_polygons(2, 12)
    _store(pg_db, "t", wkts)
    if variant == "two-column key":
        pg_db.sql(
            f"ALTER TABLE {pg_db.schema}.t DROP CONSTRAINT t_pkey; "
            f"UPDATE {pg_db.schema}.t SET tag = 'k' || fid; "
            f"ALTER TABLE {pg_db.schema}.t ADD PRIMARY KEY (fid, tag)"
        )
        layer = _layer(pg_db, "t", key='"fid","tag"')
    else:
        layer = _layer(pg_db, "t")
    if variant == "filter":
        layer.setSubsetString("fid > 0")
    elif variant == "estimated metadata":
        layer = QgsVectorLayer(layer.source() + " estimatedmetadata=true", "t", "postgres")
    elif variant == "one type":  # QGIS's own filter on a mixed column: fewer rows shown
        pg_db.sql(
            f"INSERT INTO {pg_db.schema}.t (fid, geom) VALUES "
            "(900, ST_SetSRID(ST_MakePoint(1, 2), 32638))"
        )
        layer = QgsVectorLayer(layer.source() + " type=Polygon", "t", "postgres")
        assert layer.featureCount() == len(wkts)
    elif variant == "query layer":
        uri = QgsDataSourceUri(pg_db.connection())
        uri.setDataSource("", f'(SELECT * FROM "{pg_db.schema}"."t")', "geom", "", "fid")
        layer = QgsVectorLayer(uri.uri(False), "t", "postgres")
    assert layer.isValid()
    assert _table(layer) is None


def test_bulk_read_through_an_authentication_configuration_keeps_the_password_out_of_sight(
    pg_db,
):
    manager = QgsApplication.authManager()
    manager.setMasterPassword("clearance-test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("clearance bulk test")
    config.setConfig("username", pg_db.env["PGUSER"])
    config.setConfig("password", "s3cret-not-needed-on-loopback")
    assert manager.storeAuthenticationConfig(config)[0]
    try:
        _store(pg_db, "auth", _random_polygons(3, 20))
        e = pg_db.env
        uri = (
            f"dbname='{e['PGDATABASE']}' host={e['PGHOST']} port={e['PGPORT']} "
            f"authcfg={config.id()} sslmode=disable key='fid' "
            f'table="{pg_db.schema}"."auth" (geom)'
        )
        layer = QgsVectorLayer(uri, "auth", "postgres")
        assert layer.isValid()
        table = _table(layer)
        assert table is not None and "s3cret" not in repr(table)
        slow, fast = _both(layer)
        _assert_same(slow, fast)
        assert fast.report.n_features == 20
    finally:
        manager.removeAuthenticationConfig(config.id())


def test_a_table_dropped_after_it_was_chosen_for_the_bulk_read_stops_with_its_name(pg_db):
    from qgis.core import QgsProcessingException

    from clearance_planner.qgis_io.layers import read_source

    _store(pg_db, "gone", _random_polygons(2, 5))
    layer = _layer(pg_db, "gone")
    table = _table(layer)
    pg_db.sql(f"DROP TABLE {pg_db.schema}.gone")
    with pytest.raises(QgsProcessingException, match=rf"'{pg_db.schema}\.gone' cannot be read"):
        read_source(layer, "gone", UTM, QgsProcessingContext(), table=table)
