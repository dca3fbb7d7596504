"""ENGINE=database of clearance:prioritise: PostGIS computes the distances, the results equal
the local engine's (within 0.01 m) on the demo and on messy generated data; refusals name
the layer and parameter; an edit of any input before the commit stops the run (either ENGINE)."""

from __future__ import annotations

import math

import pytest
from qgis import processing
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from tests.postgis_support import edit_during
from tests.qgis_support import DEMO_GPKG

CRITERIA = {
    "SETTLEMENTS": "settlements",
    "CEMETERIES": "cemeteries",
    "INFRASTRUCTURE": "planned_infrastructure",
    "INCIDENTS": "incidents",
}
DISTANCES = (
    "dist_settlements_m",
    "dist_cemeteries_m",
    "dist_infrastructure_m",
    "dist_incidents_m",
)
RESULTS = ("priority_score", "priority_rank", "priority_class", "main_driver")


def run(db, engine, out, parcels="hazards", criteria=CRITERIA, **extra):
    params = {"PARCELS": db.source(parcels), "ENGINE": engine, "OUTPUT": out, **extra}
    params.update({key: db.source(table) for key, table in criteria.items()})
    return processing.run("clearance:prioritise", params)


def rows(path, key, fields):
    layer = QgsVectorLayer(path, "out", "ogr")
    return {f[key]: tuple(f[n] for n in fields) for f in layer.getFeatures()}


def missing(value) -> bool:
    return value is None or value == NULL or (isinstance(value, float) and math.isnan(value))


def assert_same_distances(local: dict, database: dict, n: int) -> None:
    assert len(local) == len(database) == n
    for key, values in local.items():
        for a, b in zip(values, database[key]):
            if missing(a):
                assert missing(b), key
            else:
                assert b == pytest.approx(a, abs=0.01), key


def test_database_engine_gives_the_local_distances_and_ranking_on_the_demo(
    clearance_provider, pg_db, tmp_path
):
    pg_db.load(DEMO_GPKG, "hazards", *CRITERIA.values())
    local = run(pg_db, 0, str(tmp_path / "local.gpkg"))
    database = run(pg_db, 1, str(tmp_path / "database.gpkg"))
    fields = DISTANCES + RESULTS
    got, want = (rows(r["OUTPUT"], "hazard_id", fields) for r in (database, local))
    assert_same_distances(
        {k: v[:4] for k, v in want.items()}, {k: v[:4] for k, v in got.items()}, 3000
    )
    assert {k: v[5:] for k, v in got.items()} == {k: v[5:] for k, v in want.items()}
    assert sum(1 for v in got.values() if v[0] == 0) > 0  # settlements inside hazards: 0 m


MESSY = """
CREATE TABLE {s}.parcels (fid serial PRIMARY KEY, pid text, geom geometry(Geometry, 32638));
INSERT INTO {s}.parcels (pid, geom)
SELECT 'P' || i, ST_Buffer(ST_MakePoint(400000 + (i % 40) * 530.0, 4400000 + (i / 40) * 470.0),
       40 + (i % 7) * 15, 2 + i % 5)
FROM generate_series(1, 400) i;
INSERT INTO {s}.parcels (pid, geom) VALUES
 ('bowtie', 'SRID=32638;POLYGON((401000 4401000, 401300 4401300, 401300 4401000,
   401000 4401300, 401000 4401000))'),
 ('null', NULL),
 ('empty', 'SRID=32638;POLYGON EMPTY'),
 ('flat', 'SRID=32638;POLYGON((402000 4402000, 402100 4402000, 402200 4402000,
   402000 4402000))'),
 ('spike', 'SRID=32638;POLYGON((403000 4403000, 403100 4403000, 403100 4403100,
   403000 4403100, 403000 4403000, 403050 4403500, 403000 4403000))'),
 ('curve', 'SRID=32638;CURVEPOLYGON(CIRCULARSTRING(404000 4404000, 404100 4404100,
   404200 4404000, 404100 4403900, 404000 4404000))'),
 ('multi', 'SRID=32638;MULTIPOLYGON(((406000 4406000, 406100 4406000, 406100 4406100,
   406000 4406000)), ((408000 4402000, 408100 4402000, 408100 4402100, 408000 4402000)))'),
 ('far', 'SRID=32638;POLYGON((500000 4500000, 500010 4500000, 500010 4500010,
   500000 4500000))');
CREATE TABLE {s}.towns (fid serial PRIMARY KEY, geom geometry(Point, 4326));
INSERT INTO {s}.towns (geom)
SELECT ST_Transform(ST_SetSRID(ST_MakePoint(400100 + (i * 7919) % 21000,
       4400100 + (i * 104729) % 18000), 32638), 4326) FROM generate_series(1, 60) i;
INSERT INTO {s}.towns (geom) VALUES (NULL), ('SRID=4326;POINT EMPTY');
CREATE TABLE {s}.roads (fid serial PRIMARY KEY, geom geometry(Geometry, 32638));
INSERT INTO {s}.roads (geom)
SELECT ST_MakeLine(ST_MakePoint(399000 + i * 2500, 4398000), ST_MakePoint(399500 + i * 2300,
       4421000)) FROM generate_series(0, 8) i;
INSERT INTO {s}.roads (geom) VALUES (NULL),
 ('SRID=32638;LINESTRING(410000 4410000, 410000 4410000)');
CREATE TABLE {s}.fields (fid serial PRIMARY KEY, geom geometry(Geometry, 32638));
INSERT INTO {s}.fields (geom)
SELECT ST_Buffer(ST_MakePoint(401000 + i * 3100, 4403000 + (i % 3) * 5000), 900)
FROM generate_series(0, 6) i;
INSERT INTO {s}.fields (geom) VALUES
 ('SRID=32638;POLYGON((407000 4407000, 408000 4408000, 408000 4407000, 407000 4408000,
   407000 4407000))'), (NULL);
CREATE TABLE {s}.nothing (fid serial PRIMARY KEY, geom geometry(Point, 32638));
INSERT INTO {s}.nothing (geom) VALUES (NULL), ('SRID=32638;POINT EMPTY');
"""

MESSY_CRITERIA = {
    "SETTLEMENTS": "towns",
    "INFRASTRUCTURE": "roads",
    "CEMETERIES": "fields",
    "INCIDENTS": "nothing",
}


def test_database_engine_equals_local_on_invalid_null_and_degenerate_geometries(
    clearance_provider, pg_db, tmp_path
):
    pg_db.sql(MESSY.format(s=pg_db.schema))
    out = {}
    for engine in (0, 1):
        out[engine] = run(
            pg_db,
            engine,
            str(tmp_path / f"e{engine}.gpkg"),
            parcels="parcels",
            criteria=MESSY_CRITERIA,
            ID_FIELD="pid",
        )
    fields = DISTANCES + RESULTS
    want, got = (rows(out[e]["OUTPUT"], "pid", fields) for e in (0, 1))
    assert_same_distances(
        {k: v[:4] for k, v in want.items()}, {k: v[:4] for k, v in got.items()}, 408
    )
    assert {k: v[5:] for k, v in got.items()} == {k: v[5:] for k, v in want.items()}
    for name in ("null", "empty", "flat"):
        assert missing(got[name][0]), name
        assert got[name][6] == "Unknown", name
    for name in ("bowtie", "spike", "curve", "multi"):  # repaired or linearised, scored
        assert not missing(got[name][0]), name
    for key in ("NULL_GEOMETRIES", "REPAIRED_GEOMETRIES", "DEGENERATE_GEOMETRIES"):
        assert out[1][key] == out[0][key], key
    layer = QgsVectorLayer(out[1]["OUTPUT"], "out", "ogr")
    assert layer.featureCount() == 408  # nothing lost


def test_database_engine_refuses_a_file_input_naming_the_layer_and_parameter(
    clearance_provider, pg_db, tmp_path
):
    pg_db.load(DEMO_GPKG, "hazards")
    with pytest.raises(QgsProcessingException, match=r"settlements.*SETTLEMENTS.*not a PostGIS"):
        processing.run(
            "clearance:prioritise",
            {
                "PARCELS": pg_db.source("hazards"),
                "SETTLEMENTS": f"{DEMO_GPKG}|layername=settlements",
                "ENGINE": 1,
                "OUTPUT": str(tmp_path / "out.gpkg"),
            },
        )
    assert not (tmp_path / "out.gpkg").exists()


def test_database_engine_refuses_inputs_of_two_databases(
    clearance_provider, pg_db, pg_server, tmp_path
):
    from tests.postgis_support import Database, psql

    other = "clearance_other"
    if not psql(pg_server, f"SELECT 1 FROM pg_database WHERE datname = '{other}'"):
        psql(pg_server, f"CREATE DATABASE {other}")
    psql(dict(pg_server, PGDATABASE=other), "CREATE EXTENSION IF NOT EXISTS postgis")
    second = Database(dict(pg_server, PGDATABASE=other), pg_db.schema)
    psql(second.env, f"CREATE SCHEMA IF NOT EXISTS {pg_db.schema}")
    pg_db.load(DEMO_GPKG, "hazards")
    second.load(DEMO_GPKG, "settlements")
    try:
        with pytest.raises(QgsProcessingException, match=r"SETTLEMENTS.*another database"):
            processing.run(
                "clearance:prioritise",
                {
                    "PARCELS": pg_db.source("hazards"),
                    "SETTLEMENTS": second.source("settlements"),
                    "ENGINE": 1,
                    "OUTPUT": str(tmp_path / "out.gpkg"),
                },
            )
    finally:
        psql(second.env, f"DROP SCHEMA {pg_db.schema} CASCADE")


EDITS = [
    ("UPDATE {s}.hazards SET hazard_id = 'EDITED' WHERE fid = 7", "hazards"),
    ("UPDATE {s}.hazards SET geom = ST_Translate(geom, 500, 0) WHERE fid = 9", "hazards"),
    ("UPDATE {s}.settlements SET geom = ST_Translate(geom, 0.1, 0) WHERE fid = 3", "settlements"),
]


@pytest.mark.parametrize("engine", [0, 1], ids=["local", "database"])
@pytest.mark.parametrize("edit, layer", EDITS, ids=["attribute", "geometry", "criterion"])
def test_an_edit_of_any_postgis_input_after_the_reads_stops_either_engine_naming_the_layer(
    clearance_provider, pg_db, monkeypatch, tmp_path, engine, edit, layer
):
    pg_db.load(DEMO_GPKG, "hazards", "settlements")
    edit_during(monkeypatch, pg_db, edit)  # distances computed, before anything is written
    with pytest.raises(QgsProcessingException, match=f"'{layer}' changed while the analysis ran"):
        run(pg_db, engine, str(tmp_path / "out.gpkg"), criteria={"SETTLEMENTS": "settlements"})
    assert not (tmp_path / "out.gpkg").exists()


def test_database_engine_stops_when_an_input_changed_between_the_start_and_its_snapshot(
    clearance_provider, pg_db, monkeypatch, tmp_path
):
    """The one snapshot of the database read must be of the inputs as they were when the run
    started (what QGIS read of them): a settlement moved just before the read stops it, at the
    check before the commit (the statement itself takes no checksum: that pass was redundant)."""
    pg_db.load(DEMO_GPKG, "hazards", "settlements")
    edit = "UPDATE {s}.settlements SET geom = ST_Translate(geom, 0.1, 0) WHERE fid = 3"
    edit_during(monkeypatch, pg_db, edit, before="proximity.database_distances")
    with pytest.raises(QgsProcessingException, match="'settlements' changed while the analysis"):
        run(pg_db, 1, str(tmp_path / "out.gpkg"), criteria={"SETTLEMENTS": "settlements"})
    assert not (tmp_path / "out.gpkg").exists()


def test_database_engine_cancel_stops_the_query_within_seconds(clearance_provider, pg_db, tmp_path):
    import threading
    import time

    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from clearance_planner.qgis_io.pg_distances import database_distances
    from clearance_planner.qgis_io.pg_tables import PgTable

    pg_db.sql(  # 200k parcels x 20k points: far longer than the cancel takes
        f"CREATE TABLE {pg_db.schema}.big (fid serial PRIMARY KEY, geom geometry(Polygon, 32638));"
        f"INSERT INTO {pg_db.schema}.big (geom) SELECT ST_Buffer(ST_MakePoint(random() * 1e5, "
        "random() * 1e5), 10, 2) FROM generate_series(1, 200000);"
        f"CREATE TABLE {pg_db.schema}.pts (fid serial PRIMARY KEY, geom geometry(Point, 32638));"
        f"INSERT INTO {pg_db.schema}.pts (geom) SELECT ST_MakePoint(random() * 1e5, "
        "random() * 1e5) FROM generate_series(1, 20000);"
    )
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(pg_db.table_uri("big"))
    table = PgTable("PARCELS", "big", uri, pg_db.schema, "big", "geom", "fid", 32638, True)
    points = PgTable("SETTLEMENTS", "pts", uri, pg_db.schema, "pts", "geom", "fid", 32638, False)
    feedback = QgsProcessingFeedback()
    threading.Timer(2.0, feedback.cancel).start()
    start = time.monotonic()
    assert database_distances(table, [points], 32638, feedback) is None
    # cancelled, not run to the end (which takes minutes); generous for a loaded CI machine
    assert time.monotonic() - start < 30
    del QgsProcessingContext
    active = pg_db.sql(
        "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%clearance\\_%' "
        "AND state = 'active' AND pid <> pg_backend_pid()"
    )
    assert active == "0"


def test_batched_postgis_output_keeps_nulls_next_to_zeros(clearance_provider, pg_db, tmp_path):
    """Rows without NULLs go in INSERT batches, a row with a NULL alone: the NULL distances
    of null parcels stay NULL beside the 0 m of contained ones (the provider's NULL == 0)."""
    pg_db.sql(MESSY.format(s=pg_db.schema))
    pg_db.sql(  # NULLs among zeros inside one would-be batch
        f"UPDATE {pg_db.schema}.parcels SET geom = NULL WHERE fid % 50 = 3"
    )
    gpkg = run(pg_db, 1, str(tmp_path / "f.gpkg"), "parcels", MESSY_CRITERIA, ID_FIELD="pid")
    table = run(pg_db, 1, pg_db.destination("scored"), "parcels", MESSY_CRITERIA, ID_FIELD="pid")
    fields = DISTANCES + RESULTS + ("score_incidents",)  # 0 for every parcel, NULL for null ones
    want = rows(gpkg["OUTPUT"], "pid", fields)
    layer = QgsVectorLayer(table["OUTPUT"][len("postgres://") :], "t", "postgres")
    got = {f["pid"]: tuple(f[n] for n in fields) for f in layer.getFeatures()}
    assert got.keys() == want.keys()
    zeros = nulls = 0
    for key, values in want.items():
        for a, b in zip(values, got[key]):
            assert missing(a) == missing(b), key
            if not missing(a):
                assert a == b, key
            zeros += a == 0
            nulls += missing(a)
    assert zeros > 10 and nulls > 10


# NaN and infinite coordinates cannot be written as WKT: built with ST_MakePoint, and one
# POINT(NaN NaN) from its WKB (PostGIS and QGIS both read that as an empty point)
NAN_WKB_POINT = "0101000000000000000000f87f000000000000f87f"
NON_FINITE = """
CREATE FUNCTION {s}.ring(VARIADIC xy float8[]) RETURNS geometry LANGUAGE sql AS $$
  SELECT ST_SetSRID(ST_MakePolygon(ST_MakeLine(array_agg(ST_MakePoint(xy[i], xy[i + 1])
  ORDER BY i))), 32638) FROM generate_series(1, array_length(xy, 1), 2) i $$;
CREATE TABLE {s}.parcels (fid serial PRIMARY KEY, pid text, geom geometry(Geometry, 32638));
INSERT INTO {s}.parcels (pid, geom)
SELECT 'P' || i, ST_Buffer(ST_MakePoint(400000 + i * 700.0, 4400000 + (i % 4) * 600.0), 80, 2)
FROM generate_series(1, 30) i;
INSERT INTO {s}.parcels (pid, geom) VALUES
 ('nan', {s}.ring(401000, 4401000, 401100, 4401000, 'NaN', 4401100, 401000, 4401000)),
 ('nan_first', {s}.ring('NaN', 4401000, 401100, 4401000, 401100, 4401100, 'NaN', 4401000)),
 ('inf', {s}.ring(402000, 4402000, 402100, 4402000, 402100, 'Infinity', 402000, 4402000)),
 ('multi_nan', ST_Collect({s}.ring(403000, 4403000, 403100, 4403000, 403100, 4403100,
   403000, 4403000), {s}.ring(404000, 4403000, 404100, 4403000, '-Infinity', 4403100,
   404000, 4403000)));
CREATE TABLE {s}.towns (fid serial PRIMARY KEY, geom geometry(Geometry, 32638));
INSERT INTO {s}.towns (geom)
SELECT ST_SetSRID(ST_MakePoint(400300 + i * 1900.0, 4400900), 32638)
FROM generate_series(0, 10) i;
INSERT INTO {s}.towns (geom) VALUES
 (ST_SetSRID(ST_MakePoint('NaN', 4400000), 32638)),
 (ST_SetSRID(ST_GeomFromWKB(decode('{nan_point}', 'hex')), 32638)),
 (ST_SetSRID(ST_MakePoint('Infinity', 4400000), 32638));
CREATE TABLE {s}.spots (fid serial PRIMARY KEY, geom geometry(Geometry, 32638));
INSERT INTO {s}.spots (geom) VALUES
 (ST_SetSRID(ST_MakePoint(410000, 4405000), 32638)),
 (ST_SetSRID(ST_Collect(ST_MakePoint(400050, 4400050), ST_MakePoint(400060, 'NaN')), 32638));
CREATE TABLE {s}.roads (fid serial PRIMARY KEY, geom geometry(Geometry, 32638));
INSERT INTO {s}.roads (geom) VALUES
 ('SRID=32638;LINESTRING(399000 4408000, 425000 4408000)'),
 (ST_SetSRID(ST_MakeLine(ARRAY[ST_MakePoint(400000, 4400100), ST_MakePoint(420000, 4400100),
   ST_MakePoint('NaN', 4400200)]), 32638)),
 (ST_SetSRID(ST_MakeLine(ST_MakePoint(400000, 4400500), ST_MakePoint(420000, '-Infinity')),
   32638));
CREATE TABLE {s}.fields (fid serial PRIMARY KEY, geom geometry(Geometry, 32638));
INSERT INTO {s}.fields (geom) VALUES
 ({s}.ring(405000, 4406000, 406000, 4406000, 406000, 4407000, 405000, 4406000)),
 ({s}.ring(400000, 4400000, 421000, 4400000, 'NaN', 4402000, 400000, 4400000)),
 ({s}.ring('NaN', 4400000, 421000, 4400000, 421000, 4402000, 'NaN', 4400000));
"""
NON_FINITE_CRITERIA = {
    "SETTLEMENTS": "towns",
    "INFRASTRUCTURE": "roads",
    "CEMETERIES": "fields",
    "INCIDENTS": "spots",
}


def test_database_engine_calls_nan_and_infinite_coordinates_degenerate_as_the_local_engine(
    clearance_provider, pg_db, tmp_path
):
    """Parcels and targets with a NaN or infinite vertex (points, lines, polygons, a part
    of a multi-polygon): no result, counted and named as the local engine does; a point with
    a NaN coordinate is an empty point for QGIS. ST_MakeValid would otherwise drop the bad
    vertex and keep the rest as a near target."""
    from tests.qgis_support import WarningFeedback

    pg_db.sql(NON_FINITE.format(s=pg_db.schema, nan_point=NAN_WKB_POINT))
    out, warnings = {}, {}
    for engine in (0, 1):
        feedback = WarningFeedback()
        params = {
            "PARCELS": pg_db.source("parcels"),
            "ENGINE": engine,
            "ID_FIELD": "pid",
            "OUTPUT": str(tmp_path / f"e{engine}.gpkg"),
            **{key: pg_db.source(t) for key, t in NON_FINITE_CRITERIA.items()},
        }
        out[engine] = processing.run("clearance:prioritise", params, feedback=feedback)
        warnings[engine] = sorted(feedback.warnings)
    want, got = (rows(out[e]["OUTPUT"], "pid", DISTANCES + RESULTS) for e in (0, 1))
    assert_same_distances(
        {k: v[:4] for k, v in want.items()}, {k: v[:4] for k, v in got.items()}, 34
    )
    assert {k: v[5:] for k, v in got.items()} == {k: v[5:] for k, v in want.items()}
    for name in ("nan", "nan_first", "inf", "multi_nan"):
        assert missing(got[name][0]) and got[name][6] == "Unknown", name
    assert out[1]["DEGENERATE_GEOMETRIES"] == out[0]["DEGENERATE_GEOMETRIES"] == 4
    assert warnings[1] == warnings[0]
    named = "\n".join(warnings[1])
    assert "'towns': 1 features have no usable geometry" in named  # the infinite point
    assert "'towns': 2 features without geometry" in named  # NaN points: empty
    assert "'roads': 2 features have no usable geometry" in named
    assert "'fields': 2 features have no usable geometry" in named
    assert "'spots': 1 features have no usable geometry" in named
    # the bad line and polygon lie along or over P1 (400700, 4400600; radius 80): kept
    # repaired, they would be its nearest road (420 m) and field (0 m)
    assert got["P1"][2] == pytest.approx(4408000 - 4400680, abs=0.01)
    assert got["P1"][1] > 5000


TIES = """
CREATE TABLE {s}.parcels (fid integer PRIMARY KEY, pid text, geom geometry(Polygon, 32638));
INSERT INTO {s}.parcels (fid, pid, geom)
SELECT i, 'P' || i, ST_MakeEnvelope(400000 + dx - 10, 4400000 + dy - 10, 400000 + dx + 10,
  4400000 + dy + 10, 32638)
FROM (SELECT i, d * (ARRAY[1, -1, 0, 0])[1 + i % 4] AS dx, d * (ARRAY[0, 0, 1, -1])[1 + i % 4]
  AS dy FROM (SELECT i, 100 * (1 + (i / 4) % 3) AS d FROM generate_series(1, 24) i) a) b
ORDER BY (i * 7) % 25;
CREATE TABLE {s}.towns (fid serial PRIMARY KEY, geom geometry(Point, 32638));
INSERT INTO {s}.towns (geom) VALUES ('SRID=32638;POINT(400000 4400000)');
"""


def test_equal_scores_rank_by_feature_id_in_both_engines_whatever_the_table_order(
    clearance_provider, pg_db, tmp_path
):
    """24 parcels in groups of four at exactly the same distance from one town (east, west,
    north and south of it), stored out of key order: the provider reads them in that order,
    the database engine in key order; both rank ties by feature id."""
    pg_db.sql(TIES.format(s=pg_db.schema))
    layer = QgsVectorLayer(pg_db.table_uri("parcels"), "parcels", "postgres")
    read_order = [f.id() for f in layer.getFeatures()]
    assert read_order != sorted(read_order)  # the local engine reads out of key order
    out = [
        run(pg_db, e, str(tmp_path / f"e{e}.gpkg"), "parcels", {"SETTLEMENTS": "towns"})
        for e in (0, 1)
    ]
    local, database = (rows(o["OUTPUT"], "pid", ("priority_score", "priority_rank")) for o in out)
    assert database == local
    # by hand: parcel i lies 100 * (1 + (i // 4) % 3) - 10 m from the town; nearer ranks
    # first, equal distances by fid
    by_distance = {100: [], 200: [], 300: []}
    for i in range(1, 25):
        by_distance[100 * (1 + (i // 4) % 3)].append(i)
    ranked = [i for group in by_distance.values() for i in group]
    expected = {f"P{i}": r + 1 for r, i in enumerate(ranked)}
    assert {pid: rank for pid, (_, rank) in local.items()} == expected
    assert len({score for score, _ in local.values()}) == 3
