"""The real PostgreSQL/PostGIS server that ``make db-start`` (and ``make test``) starts: its
connection, a fresh schema per test, and layers copied into it. No mocks."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def server_env() -> dict[str, str]:
    """PGHOST/PGPORT/PGUSER/PGDATABASE of the running test server (``build/pg/env``)."""
    path = Path(os.environ.get("CLEARANCE_PG_ENV", ROOT / "build" / "pg" / "env"))
    if not path.exists():
        pytest.fail(f"no PostGIS test server ({path} missing): run `make db-start` first")
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def psql(env: dict[str, str], sql: str, user: str | None = None) -> str:
    """Run ``sql`` with psql on the test server; stdout (tuples only, unaligned)."""
    bin_dir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
    done = subprocess.run(
        [str(bin_dir / "psql"), "-X", "-v", "ON_ERROR_STOP=1", "-qtA", "-c", sql],
        env={**os.environ, **env, **({"PGUSER": user} if user else {})},
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode:
        raise RuntimeError(done.stderr)
    return done.stdout.strip()


def edit_during(monkeypatch, db: Database, sql: str, before: str = "prioritise.score_parcels"):
    """Make a colleague run ``sql`` (``{s}`` = the test's schema) during a run, just before
    each call of ``before`` (``module.function`` of clearance_planner.algorithms), e.g.
    ``prioritise.score_parcels`` (inputs read, distances computed, nothing written yet),
    ``coverage.read_incidents`` (polygons read and overlaid), ``proximity.database_distances``
    (the start checked, before the database reads)."""
    import importlib

    module_name, name = before.rsplit(".", 1)
    module = importlib.import_module(f"clearance_planner.algorithms.{module_name}")
    original = getattr(module, name)

    def edit_then_run(*args, **kwargs):
        db.sql(sql.format(s=db.schema))
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, edit_then_run)


class Database:
    """One test's schema on the test server."""

    def __init__(self, env: dict[str, str], schema: str) -> None:
        self.env, self.schema = env, schema
        self.keys: dict[str, str] = {}  # table -> its key column when it is not fid

    def connection(self, user: str | None = None) -> str:
        e = self.env
        return (
            f"dbname='{e['PGDATABASE']}' host={e['PGHOST']} port={e['PGPORT']} "
            f"user='{user or e['PGUSER']}' sslmode=disable"
        )

    def table_uri(self, table: str, geometry: str | None = "geom", user=None, key="fid") -> str:
        geom = f" ({geometry})" if geometry else ""
        key = self.keys.get(table, key) if key == "fid" else key
        keypart = f" key='{key}'" if key else ""
        return f'{self.connection(user)}{keypart} table="{self.schema}"."{table}"{geom}'

    def source(self, table: str, **kw) -> str:
        """An input parameter value (``postgres://`` + URI), as QGIS accepts it."""
        return "postgres://" + self.table_uri(table, **kw)

    def destination(self, table: str, geometry: str | None = "geom", user=None) -> str:
        """An output parameter value (``postgis:`` + URI)."""
        return "postgis:" + self.table_uri(table, geometry, user=user, key=None)

    def sql(self, sql: str, user: str | None = None) -> str:
        return psql(self.env, sql, user)

    def load(self, gpkg: Path | str, *layers: str) -> None:
        """Copy ``layers`` of a GeoPackage into the schema with ogr2ogr (fid kept as key)."""
        e = self.env
        pg = (
            f"PG:host={e['PGHOST']} port={e['PGPORT']} user={e['PGUSER']} "
            f"dbname={e['PGDATABASE']} active_schema={self.schema}"
        )
        subprocess.run(
            [
                "ogr2ogr",
                "-f",
                "PostgreSQL",
                pg,
                str(gpkg),
                *layers,
                "-lco",
                f"SCHEMA={self.schema}",
                "-lco",
                "GEOMETRY_NAME=geom",
                "-lco",
                "FID=fid",
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )


@pytest.fixture(scope="session")
def pg_server() -> dict[str, str]:
    env = server_env()
    psql(env, "SELECT 1")
    return env


@pytest.fixture
def pg_db(pg_server):
    """A schema of its own for one test, dropped afterwards."""
    schema = "t_" + uuid.uuid4().hex[:12]
    psql(pg_server, f"CREATE SCHEMA {schema}")
    yield Database(pg_server, schema)
    psql(
        pg_server,
        f"DROP SCHEMA {schema} CASCADE; DO $$BEGIN IF to_regclass('layer_styles') IS NOT NULL "
        f"THEN DELETE FROM layer_styles WHERE f_table_schema = '{schema}'; END IF; END$$;",
    )
