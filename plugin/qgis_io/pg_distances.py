"""``ENGINE=database`` for the proximity algorithms: the nearest-feature distances computed by
PostGIS, only ids, states and distances read back.

The parcels are shared among a few connections run at the same time (:func:`connections`:
as many server processes as PostgreSQL gives one parallel query), each ONE call of the
provider connection's ``executeSql`` in one REPEATABLE READ transaction, so each reads every
input in one snapshot. In each, every criterion layer is cleaned (the rules of
:func:`geometries.clean`: curves linearised, Z/M dropped, ``ST_MakeValid`` for invalid
geometries, polygon parts kept) and transformed into the metric CRS in a temporary table
with a GiST index; each parcel of the connection's part, cleaned the same way, takes its 4
candidates nearest by bounding box (``ORDER BY g <#> parcel``) and the minimum exact
``ST_Distance`` of them, proven nearest when it does not exceed the 4th candidate's box
distance, else found again among the pieces within it (``ST_DWithin``); 0 for a contained or
overlapping parcel. (``<->`` ordering is not used: its index recheck fails with "index
returned tuples in wrong order" on PostGIS 3.5 for some repaired geometries.) Null, empty and
degenerate parcels keep their row with NULL distances. No row checksum is taken here: the
run's checksums of every input at its start and again before the commit (:mod:`.pg_snapshot`)
already stop it when a table changed in between, so the connections' snapshots, all taken
in between, saw the same rows. A cancel (the Processing feedback) or a failure of one
connection cancels every running query on the server (QGIS's ``PQcancel``).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace

import numpy as np
from qgis.core import QgsGeometry

from ..i18n import tr
from .geometries import REPAIRED, GeometryReport, clean
from .layers import ReadCounts
from .pg_keys import feature_ids
from .pg_tables import (
    USABLE,
    PgTable,
    cleaned_state,
    database_rows,
    database_rows_each,
    sql_text,
)
from .postgis import quote_ident

CANDIDATES = 4  # pieces nearest by box distance, re-checked with ST_Distance
PIECE_VERTICES = 32  # targets cut with ST_Subdivide: small index boxes for long lines
PARCELS_PER_CONNECTION = 20_000  # fewer parcels per connection: one more costs more than it saves
MAX_CONNECTIONS = 4


@dataclass
class DatabaseRead(ReadCounts):
    """The parcels as ``ENGINE=database`` read them: ids, states and report, no geometry.
    Offers what the writers use of :class:`layers.SourceArrays`."""

    name: str
    fids: list[int]
    report: GeometryReport
    usable_mask: np.ndarray
    repaired_fids: set = field(default_factory=set)
    features: list = field(default_factory=list)  # never kept
    geometry: object = None  # no arrays: distances came from the database

    @property
    def n_features(self) -> int:
        return len(self.fids)

    def has_geometry(self) -> np.ndarray:
        return self.usable_mask

    @property
    def repaired(self) -> set:
        """The ids the database repaired (a writer repairs their geometry again)."""
        return self.repaired_fids

    def output_geometry(self, feature) -> QgsGeometry | None:
        """As :meth:`SourceArrays.output_geometry`: repaired when the database repaired it."""
        geom = feature.geometry()
        if geom is None or geom.isNull():
            return None
        if feature.id() in self.repaired_fids:
            cleaned = clean(geom, polygonal=True)
            if cleaned.state == REPAIRED:
                geom = cleaned.geometry
        out = QgsGeometry(geom)
        out.convertToMultiType()
        return out


@dataclass
class TargetRead:
    """One criterion layer as the database read it."""

    report: GeometryReport
    n_usable: int


def _nearest_sql(table: str) -> str:
    """Exact distance from parcel ``p.g`` to the nearest piece of ``table``: the minimum over
    the CANDIDATES pieces nearest by box distance, which is the true minimum whenever it is not
    greater than the largest box distance among them (every other piece is at least that far);
    otherwise the minimum over the pieces within that distance."""
    first = (
        f"(SELECT min(ST_Distance(p.g, x.g)) AS d, max(x.b) AS b FROM (SELECT t.g, "
        f"t.g <#> p.g AS b FROM {table} t WHERE t.g IS NOT NULL ORDER BY t.g <#> p.g "
        f"LIMIT {CANDIDATES}) x)"
    )
    again = (
        f"(SELECT min(ST_Distance(p.g, t.g)) FROM {table} t WHERE t.g IS NOT NULL "
        f"AND ST_DWithin(t.g, p.g, c.d))"
    )
    return f"(SELECT CASE WHEN c.d <= c.b THEN c.d ELSE {again} END FROM {first} c)"


def _numbers(text: str | None, n: int) -> np.ndarray:
    if not text:
        return np.full(n, np.nan)
    return np.array(text.split(","), dtype=float)


def _report(name: str, fids: list, states: str) -> GeometryReport:
    report = GeometryReport(name)
    for fid, code in zip(fids, states):
        report.count(fid, cleaned_state(code))
    return report


def distance_sql(
    parcels: PgTable, targets: list[PgTable], srid: int, token: str, part: tuple[int, int] = (0, 1)
) -> str:
    """The one multi-statement SQL text of :func:`database_distances` (see the module), for
    the parcels of ``part`` = ``(k, n)``: those whose id is ``k`` modulo ``n``."""
    temp = [quote_ident(f"clearance_{token}_{j}") for j in range(len(targets))]
    # no JIT: compiling this large statement cost seconds and saves nothing (per-row KNN)
    sql = ["SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", "SET LOCAL jit = off"]
    for name, target in zip(temp, targets):
        cleaned = f"(SELECT * FROM ({target.cleaned_sql(srid)}) x)"
        pieces = (  # the union of a feature's pieces is the feature: the same distances
            f"WITH c AS {cleaned} SELECT fid, state, ST_Subdivide(g, {PIECE_VERTICES}) AS g "
            "FROM c WHERE g IS NOT NULL UNION ALL SELECT fid, state, g FROM c WHERE g IS NULL"
        )
        sql += [
            f"CREATE TEMP TABLE {name} ON COMMIT DROP AS {pieces}",
            f"CREATE INDEX ON {name} USING gist (g)",
            f"ANALYZE {name}",
        ]
    nearest = [f"{_nearest_sql(name)} AS d{j}" for j, name in enumerate(temp)]
    columns = [
        f"string_agg(coalesce(d{j}::text, 'NaN'), ',' ORDER BY fid)" for j in range(len(targets))
    ]
    reports = [  # keys as JSON: a text key may hold commas, quotes, anything
        f"(SELECT json_build_array(json_agg(fid ORDER BY fid), string_agg(state, '' "
        f"ORDER BY fid))::text FROM (SELECT DISTINCT fid, state FROM {name}) f)"
        for name in temp
    ]
    selected = ", ".join(
        ["json_agg(fid ORDER BY fid)::text", "string_agg(state, '' ORDER BY fid)"]
        + columns
        + reports
    )
    sql.append(
        f"WITH p AS MATERIALIZED ({_part(parcels, *part).cleaned_sql(srid)}), r AS (SELECT "
        f"p.fid, p.state, {', '.join(nearest)} FROM p) SELECT {selected} FROM r"
    )
    return "; ".join(sql)


def _part(parcels: PgTable, k: int, n: int) -> PgTable:
    """The parcels whose key (a text key's hash) is ``k`` modulo ``n`` (all when ``n`` is 1)."""
    if n == 1:
        return parcels
    fid = quote_ident(parcels.fid)
    number = fid if parcels.integer_key else f"hashtext({fid}::text)"
    rows = f"(({number} % {n}) + {n}) % {n} = {k}"  # also for negative ids and hashes
    return replace(parcels, subset=f"({parcels.subset}) AND {rows}" if parcels.subset else rows)


def connections(parcels: PgTable) -> int:
    """How many connections share the parcels: as many server processes as PostgreSQL gives
    one parallel query (``max_parallel_workers_per_gather`` + 1), at most one per
    ``PARCELS_PER_CONNECTION`` parcels, ``MAX_CONNECTIONS`` and half the server's free
    connection slots (colleagues must still get in)."""
    free = (
        "current_setting('max_connections')::int - "
        "current_setting('superuser_reserved_connections')::int - "
        "(SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')"
    )
    sql = (
        f"SELECT current_setting('max_parallel_workers_per_gather')::int + 1, {free}, "
        f"(SELECT count(*) FROM {parcels.from_sql()})"
    )
    rows = database_rows(parcels, sql, tr("count of the parcels"), None)
    return connection_count(*(int(v) for v in rows[0]))


def connection_count(workers: int, free_slots: int, parcels: int) -> int:
    """:func:`connections` from the server's figures: at least one."""
    share = parcels // PARCELS_PER_CONNECTION
    return max(1, min(workers, MAX_CONNECTIONS, free_slots // 2, share))


def database_distances(
    parcels: PgTable, targets: list[PgTable], srid: int, feedback, sources: dict | None = None
) -> tuple[DatabaseRead, list[TargetRead], np.ndarray] | None:
    """The parcels' read, each criterion's read and the ``(n, c)`` distances (NaN without a
    parcel geometry, inf where a layer has no usable geometry), parcels in key order, ids as
    QGIS numbers the features (:func:`pg_keys.feature_ids`; ``sources``: the QGIS source of
    each parameter whose key QGIS does not number by); None when cancelled."""
    n_parts = connections(parcels)
    token = uuid.uuid4().hex[:12]
    sqls = [distance_sql(parcels, targets, srid, token, (k, n_parts)) for k in range(n_parts)]
    done = database_rows_each(parcels, sqls, tr("distances in the database"), feedback)
    if not done or not all(done):
        return None
    parts = [_parcel_rows(rows[0], len(targets), parcels) for rows in done]
    keys = np.concatenate([p[0] for p in parts])
    order = np.argsort(keys, kind="stable")
    fids = feature_ids(parcels, keys[order], sources).tolist()
    state_codes = np.frombuffer("".join(p[1] for p in parts).encode("ascii"), dtype="S1")
    states = state_codes[order].tobytes().decode("ascii")
    distances = np.concatenate([p[2] for p in parts])[order]
    reads = []
    row = [sql_text(v) for v in done[0][0]]  # every part read the criteria in the same state
    c = len(targets)
    for j, target in enumerate(targets):
        keys_of, codes = json.loads(row[2 + c + j] or "[null, null]")
        codes = codes or ""
        ids = feature_ids(target, [target.key_of(k) for k in keys_of or []], sources).tolist()
        usable = sum(code in USABLE for code in codes)
        reads.append(TargetRead(_report(target.name, ids, codes), usable))
        if usable == 0:
            distances[:, j] = np.inf  # as the local engine: no target anywhere
    usable_mask = np.array([code in USABLE for code in states], dtype=bool)
    distances[~usable_mask] = np.nan
    read = DatabaseRead(
        parcels.name,
        fids,
        _report(parcels.name, fids, states),
        usable_mask,
        repaired_fids={fid for fid, code in zip(fids, states) if code == "r"},
    )
    return read, reads, distances


def _parcel_rows(row: list, c: int, parcels: PgTable) -> tuple[np.ndarray, str, np.ndarray]:
    """The keys (int64, or str), state codes and ``(n, c)`` distances of one part's row."""
    row = [sql_text(v) for v in row]
    keys = [parcels.key_of(k) for k in json.loads(row[0] or "[]")]
    keys = np.array(keys, dtype=np.int64 if parcels.integer_key else str)
    n = len(keys)
    columns = [_numbers(row[2 + j], n) for j in range(c)]
    return keys, row[1] or "", np.column_stack(columns) if c else np.zeros((n, 0))
