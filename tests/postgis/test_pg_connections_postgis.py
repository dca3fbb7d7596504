"""ENGINE=database shares the parcels among several connections: the distances, states and
reports equal those of one connection (parcels with negative ids, invalid, null and
degenerate geometries included); a failure on one connection cancels the others and names
its cause; a cancel stops every query on the server within seconds."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from tests.postgis.test_engine_database_postgis import MESSY

pytestmark = pytest.mark.usefixtures("clearance_provider")


def _tables(db):
    from clearance_planner.qgis_io.pg_tables import PgTable

    def table(key, name, polygonal):
        uri = QgsDataSourceUri(db.table_uri(name))
        return PgTable(
            key, name, uri, db.schema, name, "geom", "fid", 32638, polygonal, fid_type="int4"
        )

    return table("PARCELS", "parcels", True), [
        table("SETTLEMENTS", "towns", False),
        table("INFRASTRUCTURE", "roads", False),
        table("CEMETERIES", "fields", True),
    ]


def _active(db, text: str) -> int:
    return int(
        db.sql(
            f"SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%{text}%' "
            "AND state = 'active' AND pid <> pg_backend_pid()"
        )
    )


def test_parcels_shared_among_three_connections_give_the_distances_and_reports_of_one(
    pg_db, monkeypatch
):
    from clearance_planner.qgis_io import pg_distances
    from clearance_planner.qgis_io.pg_keys import int32_keys

    pg_db.sql(MESSY.format(s=pg_db.schema))
    pg_db.sql(  # negative and sparse ids: every id still lands in exactly one part
        f"INSERT INTO {pg_db.schema}.parcels (fid, pid, geom) SELECT -i * 7, 'N' || i, "
        "ST_Buffer(ST_MakePoint(401000 + i * 900, 4409000), 60) FROM generate_series(1, 11) i"
    )
    parcels, targets = _tables(pg_db)
    parts = []
    real = pg_distances.database_rows_each
    monkeypatch.setattr(
        pg_distances,
        "database_rows_each",
        lambda table, sqls, *a: parts.append(len(sqls)) or real(table, sqls, *a),
    )
    monkeypatch.setattr(pg_distances, "MAX_CONNECTIONS", 1)
    one = pg_distances.database_distances(parcels, targets, 32638, None)
    monkeypatch.setattr(pg_distances, "MAX_CONNECTIONS", 3)
    monkeypatch.setattr(pg_distances, "PARCELS_PER_CONNECTION", 10)
    three = pg_distances.database_distances(parcels, targets, 32638, None)
    assert parts == [1, 3]  # the server's default max_parallel_workers_per_gather is 2
    (read1, targets1, d1), (read3, targets3, d3) = one, three
    keys = int32_keys(read3.fids).tolist()  # QGIS's ids: a negative key plus 2**32
    assert read3.fids == read1.fids and keys == sorted(keys)
    assert len(read3.fids) == 419 and keys[0] == -77 and read3.fids[0] == 2**32 - 77
    np.testing.assert_array_equal(d3, d1)  # the same statement per parcel: the same floats
    np.testing.assert_array_equal(read3.usable_mask, read1.usable_mask)
    assert read3.repaired_fids == read1.repaired_fids and read3.repaired_fids
    assert read3.report.n_features == 419
    for a, b in zip(targets3, targets1):
        assert (a.n_usable, a.report.n_features) == (b.n_usable, b.report.n_features)
    assert np.isnan(d3[~read3.usable_mask]).all() and (~read3.usable_mask).sum() == 3


@pytest.mark.parametrize("kind", ["text", "uuid"])
def test_parcels_keyed_by_text_or_uuid_shared_among_three_connections_give_those_of_one(
    pg_db, monkeypatch, kind
):
    """A text key is shared among the connections by its hash; every parcel lands in exactly
    one part and gets QGIS's own id back through its map."""
    from dataclasses import replace

    from clearance_planner.qgis_io import pg_distances
    from tests.postgis.test_keys_postgis import rekey

    pg_db.sql(MESSY.format(s=pg_db.schema))
    rekey(pg_db, "parcels", kind)
    parcels, targets = _tables(pg_db)
    uri = QgsDataSourceUri(pg_db.table_uri("parcels"))
    parcels = replace(parcels, uri=uri, fid="guid", fid_type=kind)
    layer = QgsVectorLayer(pg_db.table_uri("parcels"), "parcels", "postgres")
    qgis = {f.id(): f["guid"] for f in layer.getFeatures()}
    monkeypatch.setattr(pg_distances, "MAX_CONNECTIONS", 1)
    one = pg_distances.database_distances(parcels, targets, 32638, None, {"PARCELS": layer})
    monkeypatch.setattr(pg_distances, "MAX_CONNECTIONS", 3)
    monkeypatch.setattr(pg_distances, "PARCELS_PER_CONNECTION", 10)
    sizes = []
    real = pg_distances._parcel_rows
    monkeypatch.setattr(
        pg_distances, "_parcel_rows", lambda *a: sizes.append(len(real(*a)[0])) or real(*a)
    )
    three = pg_distances.database_distances(parcels, targets, 32638, None, {"PARCELS": layer})
    (read1, _, d1), (read3, _, d3) = one, three
    assert len(sizes) == 3 and min(sizes) > 50 and sum(sizes) == 408
    assert read3.fids == read1.fids and sorted(read3.fids) == sorted(qgis)
    np.testing.assert_array_equal(d3, d1)
    np.testing.assert_array_equal(read3.usable_mask, read1.usable_mask)


def test_a_failing_statement_cancels_the_others_and_its_error_is_reported(pg_db):
    from clearance_planner.qgis_io.pg_tables import database_rows_each

    parcels, _ = _tables(pg_db)
    start = time.monotonic()
    with pytest.raises(QgsProcessingException, match="division by zero"):
        database_rows_each(
            parcels,
            ["SELECT pg_sleep(60), 'clearance_sleeper'", "SELECT pg_sleep(0.5), 1 / 0"],
            "test",
            None,
        )
    assert time.monotonic() - start < 20  # not the 60 s of the sleeper
    assert _active(pg_db, "clearance\\_sleeper") == 0


def test_a_cancel_stops_every_connection_on_the_server_within_seconds(pg_db):
    from clearance_planner.qgis_io.pg_tables import database_rows_each

    parcels, _ = _tables(pg_db)
    feedback = QgsProcessingFeedback()
    threading.Timer(1.0, feedback.cancel).start()
    start = time.monotonic()
    sqls = [f"SELECT pg_sleep(60), 'clearance_sleeper{k}'" for k in range(3)]
    assert database_rows_each(parcels, sqls, "test", feedback) is None
    assert time.monotonic() - start < 20
    assert _active(pg_db, "clearance\\_sleeper") == 0


def test_statements_run_at_the_same_time_and_keep_their_order(pg_db):
    from clearance_planner.qgis_io.pg_tables import database_rows_each

    parcels, _ = _tables(pg_db)
    start = time.monotonic()
    sqls = [f"SELECT pg_sleep({3 - k * 0.5}), {k}" for k in range(3)]
    done = database_rows_each(parcels, sqls, "test", None)
    assert [int(rows[0][1]) for rows in done] == [0, 1, 2]
    assert time.monotonic() - start < 6  # together (3 s), not one after another (7.5 s)


def test_the_connections_are_limited_by_the_parcels_and_the_free_slots_of_the_server(
    pg_db, monkeypatch
):
    from clearance_planner.qgis_io import pg_distances
    from clearance_planner.qgis_io.pg_distances import connection_count

    monkeypatch.setattr(pg_distances, "MAX_CONNECTIONS", 4)
    monkeypatch.setattr(pg_distances, "PARCELS_PER_CONNECTION", 20_000)
    assert connection_count(3, 90, 1_000_000) == 3  # the server's parallel-query size
    assert connection_count(8, 90, 1_000_000) == 4  # at most MAX_CONNECTIONS
    assert connection_count(3, 90, 45_000) == 2  # one per 20,000 parcels
    assert connection_count(3, 90, 19_999) == 1
    assert connection_count(3, 5, 1_000_000) == 2  # half the free slots
    assert connection_count(3, 1, 1_000_000) == 1  # the server nearly full: still one
    pg_db.sql(MESSY.format(s=pg_db.schema))  # 408 parcels, on the test server
    parcels, _ = _tables(pg_db)
    workers = int(pg_db.sql("SELECT current_setting('max_parallel_workers_per_gather')")) + 1
    monkeypatch.setattr(pg_distances, "PARCELS_PER_CONNECTION", 200)
    assert pg_distances.connections(parcels) == min(2, workers)  # 408 // 200
    monkeypatch.setattr(pg_distances, "PARCELS_PER_CONNECTION", 1000)
    assert pg_distances.connections(parcels) == 1
