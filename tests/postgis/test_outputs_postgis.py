"""PostGIS outputs on the real test server: swapped in atomically, kept intact on cancel or
failure, views on them kept valid, concurrent writers never mixed, clear refusals."""

from __future__ import annotations

import json
import subprocess
import uuid

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.qgis_support import QGIS_PROCESS, QVariant, WarningFeedback, memory_layer

X, Y = 600_000, 4_400_000


def box(x, y, w, h):
    return f"POLYGON(({x} {y},{x} {y + h},{x + w} {y + h},{x + w} {y},{x} {y}))"


def parcels(n=6):
    return memory_layer(
        "Polygon",
        [box(X + 100 * i, Y, 50, 50) for i in range(n)],
        fields=[("hazard_id", QVariant.String)],
        rows=[[f"H{i}"] for i in range(n)],
    )


def points():
    return memory_layer("Point", [f"POINT({X - 10} {Y + 25})", f"POINT({X + 700} {Y + 25})"])


def prioritise(out, n=6, feedback=None, **extra):
    params = {"PARCELS": parcels(n), "SETTLEMENTS": points(), "OUTPUT": out, **extra}
    return processing.run("clearance:prioritise", params, feedback=feedback)


def table_rows(db, table="priorities"):
    text = db.sql(
        f'SELECT hazard_id, priority_rank FROM {db.schema}."{table}" ORDER BY priority_rank'
    )
    return [tuple(line.split("|")) for line in text.splitlines()]


def partial_tables(db):
    return db.sql(
        f"SELECT tablename FROM pg_tables WHERE schemaname = '{db.schema}' "
        "AND tablename LIKE '%\\_\\_partial\\_%'"
    )


def test_second_run_replaces_the_table_and_keeps_a_view_on_it_valid(clearance_provider, pg_db):
    prioritise(pg_db.destination("priorities"), n=6)
    pg_db.sql(
        f"CREATE VIEW {pg_db.schema}.top AS SELECT hazard_id FROM {pg_db.schema}.priorities "
        "WHERE priority_rank <= 2"
    )
    prioritise(pg_db.destination("priorities"), n=4)
    assert [r[0] for r in table_rows(pg_db)] == ["H0", "H1", "H2", "H3"]
    assert pg_db.sql(f"SELECT count(*) FROM {pg_db.schema}.top") == "2"
    assert pg_db.sql(f"SELECT count(*) FROM {pg_db.schema}.clearance_runs") == "2"
    assert partial_tables(pg_db) == ""


def indexes(db, table="priorities") -> list[str]:
    text = db.sql(
        f"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = '{db.schema}' "
        f"AND tablename = '{table}' ORDER BY indexname"
    )
    return text.splitlines()


def test_an_output_table_gets_a_spatial_index_named_after_it_and_keeps_one(
    clearance_provider, pg_db
):
    prioritise(pg_db.destination("priorities"))
    gist = [i for i in indexes(pg_db) if "USING gist (geom)" in i]
    assert [i.split("|")[0] for i in gist] == ["priorities_geom_idx"]
    prioritise(pg_db.destination("priorities"), n=4)  # refilled: its own index kept, no second
    assert [i for i in indexes(pg_db) if "USING gist" in i] == gist
    assert (
        pg_db.sql(
            f"SELECT count(*) FROM {pg_db.schema}.priorities WHERE geom && ST_MakeEnvelope("
            f"{X}, {Y}, {X + 60}, {Y + 60}, 32638)"
        )
        == "1"
    )


def test_output_with_other_columns_replaces_a_table_nothing_depends_on(clearance_provider, pg_db):
    prioritise(pg_db.destination("priorities"))
    processing.run(
        "clearance:prioritise",
        {"PARCELS": parcels(3), "CEMETERIES": points(), "OUTPUT": pg_db.destination("priorities")},
    )
    columns = pg_db.sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        f"'{pg_db.schema}' AND table_name = 'priorities'"
    ).split()
    assert "dist_cemeteries_m" in columns and "dist_settlements_m" not in columns
    assert len(table_rows(pg_db)) == 3
    assert partial_tables(pg_db) == ""


def test_other_columns_with_a_dependent_view_are_refused_and_the_old_table_stays(
    clearance_provider, pg_db
):
    prioritise(pg_db.destination("priorities"))
    pg_db.sql(f"CREATE VIEW {pg_db.schema}.v AS SELECT * FROM {pg_db.schema}.priorities")
    with pytest.raises(QgsProcessingException, match="views depend on it"):
        processing.run(
            "clearance:prioritise",
            {
                "PARCELS": parcels(3),
                "CEMETERIES": points(),
                "OUTPUT": pg_db.destination("priorities"),
            },
        )
    assert len(table_rows(pg_db)) == 6
    assert partial_tables(pg_db) == ""


class CancelAfterProgress(QgsProcessingFeedback):
    """Cancels itself at the second progress report or question whether it is cancelled."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def isCanceled(self) -> bool:
        self.calls += 1
        if self.calls >= 2:
            self.cancel()
        return super().isCanceled()


def test_cancelled_run_leaves_the_earlier_table_untouched(clearance_provider, pg_db):
    prioritise(pg_db.destination("priorities"), n=6)
    before = table_rows(pg_db)
    feedback = CancelAfterProgress()
    try:
        result = prioritise(pg_db.destination("priorities"), n=3, feedback=feedback)
    except QgsProcessingException:
        result = {}
    assert feedback.isCanceled()
    assert "OUTPUT" not in result
    assert table_rows(pg_db) == before
    assert partial_tables(pg_db) == ""


def test_failure_while_writing_leaves_the_earlier_table_untouched(
    clearance_provider, pg_db, monkeypatch
):
    from clearance_planner.qgis_io import sinks

    prioritise(pg_db.destination("priorities"), n=6)
    before = table_rows(pg_db)
    add = sinks.AtomicSink.add

    def fail_on_third(self, feature):
        if self.count == 2:
            raise QgsProcessingException("injected failure")
        add(self, feature)

    monkeypatch.setattr(sinks.AtomicSink, "add", fail_on_third)
    with pytest.raises(QgsProcessingException, match="injected failure"):
        prioritise(pg_db.destination("priorities"), n=3)
    assert table_rows(pg_db) == before
    assert partial_tables(pg_db) == ""


def test_user_without_create_right_is_refused_before_the_run(clearance_provider, pg_db):
    role = "reader_" + uuid.uuid4().hex[:8]
    pg_db.sql(
        f"CREATE ROLE {role} LOGIN; GRANT USAGE ON SCHEMA {pg_db.schema} TO {role}; "
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {pg_db.schema} TO {role}"
    )
    try:
        with pytest.raises(QgsProcessingException, match="no CREATE right") as raised:
            prioritise(pg_db.destination("priorities", user=role))
        assert pg_db.schema in str(raised.value)
    finally:
        pg_db.sql(f"REVOKE ALL ON SCHEMA {pg_db.schema} FROM {role}; DROP ROLE {role}")
    assert "priorities" not in pg_db.sql(
        f"SELECT tablename FROM pg_tables WHERE schemaname = '{pg_db.schema}'"
    )


def test_missing_schema_is_named(clearance_provider, pg_db):
    missing = pg_db.destination("priorities").replace(f'"{pg_db.schema}"', '"no_such_schema"')
    with pytest.raises(QgsProcessingException, match="schema 'no_such_schema' does not exist"):
        prioritise(missing)


def test_server_down_is_said_without_a_password(clearance_provider, pg_db):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    dest = (
        f"postgis:dbname='clearance' host=127.0.0.1 port={port} user='clearance' "
        f'password=\'s3cret\' sslmode=disable table="{pg_db.schema}"."priorities" (geom)'
    )
    with pytest.raises(QgsProcessingException, match="server is not reachable") as raised:
        prioritise(dest)
    assert "s3cret" not in str(raised.value)


def test_run_record_holds_no_password(clearance_provider, pg_db):
    dest = pg_db.destination("priorities").replace(
        "sslmode=disable", "password='s3cret' sslmode=disable"
    )
    prioritise(dest)  # the test server trusts loopback: the password is ignored, not refused
    parameters = pg_db.sql(f"SELECT parameters FROM {pg_db.schema}.clearance_runs")
    assert "s3cret" not in parameters
    assert json.loads(parameters)["criteria"]


@pytest.mark.parametrize(
    "colleague",
    [
        "CREATE TABLE {s}.priorities (x integer)",  # other columns, nothing depends on it
        "CREATE TABLE {s}.priorities AS SELECT * FROM {s}.first",  # the same columns
    ],
    ids=["other-columns", "same-columns"],
)
def test_a_target_created_by_a_colleague_after_the_checks_is_replaced_not_failed(
    clearance_provider, pg_db, monkeypatch, colleague
):
    """The swap decides under its lock inside the transaction: a table a colleague's run put
    in the target's place after this run looked (there was none) gets this run's rows."""
    from clearance_planner.qgis_io import postgis

    prioritise(pg_db.destination("first"), n=2)
    original = postgis.AtomicPgTable.swap_sql

    def decide_then_colleague_writes(table, conn):
        sql = original(table, conn)
        if table.table == "priorities":
            pg_db.sql(colleague.format(s=pg_db.schema))
        return sql

    monkeypatch.setattr(postgis.AtomicPgTable, "swap_sql", decide_then_colleague_writes)
    prioritise(pg_db.destination("priorities"), n=4)
    assert [r[0] for r in table_rows(pg_db)] == ["H0", "H1", "H2", "H3"]
    assert partial_tables(pg_db) == ""


def test_two_concurrent_writers_never_mix_rows(qgis_process_env, pg_db, tmp_path):
    """Two qgis_process runs at once into the same table and into tables of their own: each
    table holds exactly one run's rows, and both runs are recorded."""
    inputs = {}
    for n in (5, 9):
        path = tmp_path / f"parcels{n}.geojson"
        features = [
            {
                "type": "Feature",
                "properties": {"hazard_id": f"R{n}-{i}"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[x, Y], [x + 50, Y], [x + 50, Y + 50], [x, Y + 50], [x, Y]]],
                },
            }
            for i, x in enumerate(range(X, X + 100 * n, 100))
        ]
        crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32638"}}
        path.write_text(json.dumps({"type": "FeatureCollection", "crs": crs, "features": features}))
        inputs[n] = path
    towns = tmp_path / "towns.geojson"
    towns.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32638"}},
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": {"type": "Point", "coordinates": [X - 10, Y]},
                    }
                ],
            }
        )
    )

    def start(n, table):
        return subprocess.Popen(
            [
                QGIS_PROCESS,
                "run",
                "clearance:prioritise",
                "--",
                f"PARCELS={inputs[n]}",
                f"SETTLEMENTS={towns}",
                f"OUTPUT={pg_db.destination(table)}",
            ],
            env=qgis_process_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    runs = [start(5, "shared"), start(9, "shared"), start(5, "own5"), start(9, "own9")]
    for run in runs:
        _out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    shared = {r[0].split("-")[0] for r in table_rows(pg_db, "shared")}
    assert shared in ({"R5"}, {"R9"})
    assert len(table_rows(pg_db, "shared")) == (5 if shared == {"R5"} else 9)
    assert [r[0] for r in table_rows(pg_db, "own5")] == [f"R5-{i}" for i in range(5)]
    assert [r[0] for r in table_rows(pg_db, "own9")] == [f"R9-{i}" for i in range(9)]
    assert pg_db.sql(f"SELECT count(DISTINCT run_id) FROM {pg_db.schema}.clearance_runs") == "4"
    assert partial_tables(pg_db) == ""


def test_backslashes_survive_a_server_without_standard_conforming_strings(
    clearance_provider, pg_db
):
    """A role (or database) set to ``standard_conforming_strings = off``, old servers'
    default, reads ``'C:\\new'`` as a newline: the ids and the Windows path in the run
    record keep every backslash."""
    role = "legacy_" + uuid.uuid4().hex[:8]
    pg_db.sql(
        f"CREATE ROLE {role} LOGIN IN ROLE {pg_db.env['PGUSER']}; "
        f"ALTER ROLE {role} SET standard_conforming_strings = off"
    )
    ids = ["C:\\new\\H0", "H1\\", "it's \\'H2"]
    layer = memory_layer(
        "Polygon",
        [box(X + 100 * i, Y, 50, 50) for i in range(3)],
        fields=[("hazard_id", QVariant.String)],
        rows=[[i] for i in ids],
    )
    layer.setName("D:\\parcels\\new")  # a Windows path as a layer name
    try:
        assert pg_db.sql("SHOW standard_conforming_strings", user=role) == "off"
        processing.run(
            "clearance:prioritise",
            {
                "PARCELS": layer,
                "SETTLEMENTS": points(),
                "OUTPUT": pg_db.destination("priorities", user=role),
            },
        )
        stored = pg_db.sql(f"SELECT hazard_id FROM {pg_db.schema}.priorities ORDER BY 1")
        record = pg_db.sql(f"SELECT parameters FROM {pg_db.schema}.clearance_runs")
    finally:
        pg_db.sql(f"DROP OWNED BY {role}; DROP ROLE {role}")
    assert sorted(stored.splitlines()) == sorted(ids)
    assert json.loads(record)["inputs"]["PARCELS"]["name"] == "D:\\parcels\\new"


@pytest.fixture
def writer_role(pg_db):
    """A role with USAGE and CREATE on the test schema only (no right on public, where
    layer_styles lives), dropped with what it owns afterwards."""
    role = "writer_" + uuid.uuid4().hex[:8]
    pg_db.sql(f"CREATE ROLE {role} LOGIN; GRANT USAGE, CREATE ON SCHEMA {pg_db.schema} TO {role}")
    yield role
    pg_db.sql(f"DROP OWNED BY {role}; DROP ROLE {role}")


def test_a_style_that_cannot_be_saved_is_said_and_the_run_record_still_written(
    clearance_provider, pg_db, writer_role
):
    """The style's transaction fails (no right on layer_styles): QGIS's shared connection is
    rolled back, so the comment and the run record after it are written, and the user reads
    why the style is missing in the algorithm's own log."""
    log = WarningFeedback()
    prioritise(pg_db.destination("priorities", user=writer_role), feedback=log)
    assert [w for w in log.warnings if "layer_styles" in w], log.warnings
    assert not [w for w in log.warnings if "aborted" in w], log.warnings
    assert pg_db.sql(f"SELECT output_layer FROM {pg_db.schema}.clearance_runs") == "priorities"
    comment = f"SELECT obj_description('{pg_db.schema}.priorities'::regclass) IS NOT NULL"
    assert pg_db.sql(comment) == "t"


def test_a_run_record_that_cannot_be_written_is_said_in_the_run_log(
    clearance_provider, pg_db, writer_role
):
    """The output is committed; the run record is refused (a colleague's clearance_runs this
    role may not insert into): the user reads why in the algorithm's own log."""
    pg_db.sql(
        f"CREATE TABLE {pg_db.schema}.clearance_runs (run_id text, run_time timestamptz, "
        "algorithm text, plugin_version text, output_layer text, parameters jsonb, "
        "PRIMARY KEY (run_id, output_layer))"
    )
    log = WarningFeedback()
    prioritise(pg_db.destination("priorities", user=writer_role), feedback=log)
    said = [w for w in log.warnings if "clearance_runs" in w]
    assert said and "permission denied" in said[0], log.warnings
    assert len(table_rows(pg_db)) == 6
