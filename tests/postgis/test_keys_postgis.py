"""PostGIS keys QGIS does not number its features by: a negative ``int4`` key (QGIS's id is
the key plus 2**32), a ``bigint`` key (QGIS numbers the rows as it reads them), district
keys -1 and -2 (the overlay's old markers of the outside and total rows). ENGINE=database
gives the local engine's results on them: no run stops as "changed", no district is lost."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.postgis import test_coverage_database_postgis as coverage
from tests.postgis import test_engine_database_postgis as prioritise

KEYS = {
    "negative int4": "UPDATE {t} SET fid = -fid WHERE fid % 3 = 0",
    "bigint": (
        "ALTER TABLE {t} ALTER COLUMN fid TYPE bigint; "
        "UPDATE {t} SET fid = fid * 10000000000 WHERE fid % 2 = 0"
    ),
    # text keys with what breaks lists (commas, quotes, a pipe, trailing spaces), and uuid
    # keys as IMSMA's GUIDs; renamed, as a GeoPackage output's fid cannot be text
    "text": (
        "ALTER TABLE {t} ALTER COLUMN fid TYPE text USING "
        "'HZ, \"' || fid || '|' || chr(39) || repeat(' ', fid % 3); "
        "ALTER TABLE {t} RENAME fid TO guid"
    ),
    "uuid": (
        "ALTER TABLE {t} ALTER COLUMN fid DROP DEFAULT; "
        "ALTER TABLE {t} ALTER COLUMN fid TYPE uuid USING md5(fid::text)::uuid; "
        "ALTER TABLE {t} RENAME fid TO guid"
    ),
}


def rekey(db, table: str, kind: str) -> None:
    """Give ``table`` the key of ``kind``; its layers then name the key column."""
    db.sql(KEYS[kind].format(t=f"{db.schema}.{table}"))
    if "guid" in KEYS[kind]:
        db.keys[table] = "guid"


def test_int4_ids_are_the_key_and_a_negative_key_plus_two_to_the_32(pg_db):
    from clearance_planner.qgis_io.pg_keys import int32_ids, int32_keys

    pg_db.sql(
        f"CREATE TABLE {pg_db.schema}.k (fid integer PRIMARY KEY, geom geometry(Point, 32638));"
        f"INSERT INTO {pg_db.schema}.k VALUES (5, NULL), (-3, NULL), (-2147483648, NULL), "
        "(2147483647, NULL), (0, NULL)"
    )
    layer = QgsVectorLayer(pg_db.table_uri("k"), "k", "postgres")
    qgis = {f["fid"]: f.id() for f in layer.getFeatures()}  # what QGIS itself numbers
    keys = np.array(sorted(qgis))
    assert int32_ids(keys).tolist() == [qgis[k] for k in keys.tolist()]
    assert int32_ids(keys).tolist() == [2147483648, 4294967293, 0, 5, 2147483647]
    assert int32_keys(int32_ids(keys)).tolist() == keys.tolist()


@pytest.mark.parametrize("kind", sorted(KEYS))
def test_prioritise_database_engine_equals_local_on_keys_qgis_does_not_number_by(
    clearance_provider, pg_db, tmp_path, kind
):
    pg_db.sql(prioritise.MESSY.format(s=pg_db.schema))
    rekey(pg_db, "parcels", kind)
    out = {
        engine: prioritise.run(
            pg_db,
            engine,
            str(tmp_path / f"e{engine}.gpkg"),
            parcels="parcels",
            criteria=prioritise.MESSY_CRITERIA,
            ID_FIELD="pid",
        )
        for engine in (0, 1)
    }
    fields = prioritise.DISTANCES + prioritise.RESULTS
    want, got = (prioritise.rows(out[e]["OUTPUT"], "pid", fields) for e in (0, 1))
    prioritise.assert_same_distances(
        {k: v[:4] for k, v in want.items()}, {k: v[:4] for k, v in got.items()}, 408
    )
    assert {k: v[5:] for k, v in got.items()} == {k: v[5:] for k, v in want.items()}
    for key in ("NULL_GEOMETRIES", "REPAIRED_GEOMETRIES", "DEGENERATE_GEOMETRIES"):
        assert out[1][key] == out[0][key], key


@pytest.mark.parametrize("kind", sorted(KEYS))
def test_coverage_database_engine_equals_local_with_district_keys_minus_one_and_two(
    clearance_provider, pg_db, tmp_path, kind
):
    s = pg_db.schema
    pg_db.sql(coverage.MESSY.format(s=s))
    pg_db.sql(f"UPDATE {s}.districts SET fid = -fid")  # West -1, East -2: no marker clash
    rekey(pg_db, "hazards", kind)
    extra = {"HAZARD_TYPE_FIELD": "hazard_type", "ID_FIELD": "hazard_id"}
    local, database = (
        coverage.run(pg_db, e, tmp_path, coverage.MESSY_TABLES, **extra) for e in (0, 1)
    )
    want, got = (coverage.table_rows(r["OUTPUT"]) for r in (local, database))
    assert set(want) == {"West", "East", "Nowhere", "Hollow", "Outside districts", "Total"}
    coverage.assert_same_tables(want, got)
    hazard = coverage.FIELDS.index("hazard_ha")
    assert got["West"][hazard] > 100 and got["East"][hazard] > 100
    coverage.assert_same_gaps(coverage.gap_rows(local["GAPS"]), coverage.gap_rows(database["GAPS"]))


def test_database_engine_refuses_a_key_of_two_columns_naming_the_layer(
    clearance_provider, pg_db, tmp_path
):
    t = f"{pg_db.schema}.parcels"
    pg_db.sql(prioritise.MESSY.format(s=pg_db.schema))
    pg_db.sql(
        f"ALTER TABLE {t} DROP CONSTRAINT parcels_pkey; ALTER TABLE {t} ADD PRIMARY KEY (fid, pid)"
    )
    pg_db.keys["parcels"] = '"fid","pid"'
    with pytest.raises(
        QgsProcessingException, match="'parcels' \\(PARCELS\\) has no primary key of one"
    ):
        prioritise.run(
            pg_db,
            1,
            str(tmp_path / "x.gpkg"),
            parcels="parcels",
            criteria=prioritise.MESSY_CRITERIA,
        )
