"""``ENGINE=database`` for coverage: the district overlay done by PostGIS, only the figures
and the unmapped pieces read back.

One call of the provider connection's ``executeSql``, one REPEATABLE READ transaction (one
snapshot of every input). Each polygon layer is cleaned as :func:`geometries.clean` does
(:meth:`PgTable.cleaned_sql`) into a temporary table in the overlay CRS with a GiST index;
per district the hazards of each type are dissolved (``ST_Union`` of those whose box meets
the district) and clipped by it, the records and cleared land likewise; then the seven
areas of :data:`engine.coverage.AREA_FIELDS` of every district, of the "outside every
district" row and of the whole area, each measured on the WGS 84 spheroid
(``ST_Area(ST_Transform(g, 4326)::geography)``), and the unmapped pieces per row and
hazard type (overlaps to the type first in alphabetical order, as :mod:`.overlay`) as WKB;
the types are those of the local read (:func:`hazard_types`: codes in a VALUES list). No
row checksum is taken here: the run's checksums of every input at its start and again
before the commit (:mod:`.pg_snapshot`) already stop it when a table changed in between,
this snapshot's read included.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsGeometry

from ..engine.coverage import AREA_FIELDS
from ..i18n import tr
from .overlay import Gap, OverlayResult, type_order
from .pg_keys import feature_ids
from .pg_snapshot import changed
from .pg_tables import PgTable, database_rows, sql_text
from .polygons import PolygonSet, polygon_parts, type_text
from .postgis import quote_ident, quote_literal

M2_PER_HA = 10_000.0
DISTRICT_ROW = "'d' || d.fid::text"  # a district's row key: never a marker, whatever its key
OUTSIDE_ROW, TOTAL_ROW = "outside", "total"  # the SQL's other row keys


def _area(expr: str) -> str:
    return f"coalesce(ST_Area(ST_Transform({expr}, 4326)::geography, true), 0) / {M2_PER_HA}"


@dataclass(frozen=True)
class HazardTypes:
    """The hazard types of a type field as the local read has them: ``names`` in the order
    of the local split (:func:`overlay.type_order`, no type last) and the position in it of
    each raw value of the table, keyed ``(is NULL, value as PostgreSQL text)``."""

    field: str
    names: list
    codes: dict

    def values_sql(self) -> str:
        """``(VALUES …) m(n, raw, kind)``: every raw value with the code of its type."""
        rows = ", ".join(
            f"({'true' if null else 'false'}, {quote_literal(raw)}, {code})"
            for (null, raw), code in self.codes.items()
        )
        return f"(VALUES {rows}) m(n, raw, kind)"


def _flag(value) -> bool:
    return value is True or str(value).lower() in ("true", "t", "1")


def hazard_types(
    hazards: PgTable, field: str, read: PolygonSet, feedback=None, sources: dict | None = None
) -> HazardTypes | None:
    """The :class:`HazardTypes` of ``field``: each distinct raw value of the table with one
    feature holding it, whose value in the local read ``read`` :func:`polygons.type_text`
    turns into its type (one rule for both engines, none in SQL); None when cancelled.
    ``sources``: as :func:`pg_keys.feature_ids` takes them."""
    column, key = quote_ident(field), quote_ident(hazards.fid)
    key = key if hazards.integer_key else f"{key}::text"  # no min() of uuid
    sql = (
        f"SELECT {column} IS NULL, coalesce({column}::text, ''), min({key})"
        f" FROM {hazards.from_sql()} GROUP BY 1, 2"
    )
    rows = database_rows(hazards, sql, tr("overlay in the database"), feedback)
    if rows is None:
        return None
    value_of = dict(zip(read.row_ids, read.row_values()))
    fids = feature_ids(hazards, [hazards.key_of(r[2]) for r in rows], sources).tolist()
    kinds = {}
    for (null, raw, _key), fid in zip(rows, fids):
        if fid not in value_of:  # a row added since the layer was read
            raise changed(hazards.name)
        kinds[(_flag(null), str(raw))] = type_text(value_of[fid])
    names = type_order(list(kinds.values()))
    return HazardTypes(field, names, {key: names.index(k) for key, k in kinds.items()})


@dataclass(frozen=True)
class OverlayInputs:
    """The tables and settings of one database overlay: districts, records, hazards (with
    their types, None: no type), cleared land (optional), in the overlay CRS ``srid``."""

    districts: PgTable
    records: PgTable
    hazards: PgTable
    cleared: PgTable | None
    types: HazardTypes | None
    srid: int


def overlay_sql(inputs: OverlayInputs, token: str) -> str:
    """The one multi-statement SQL text of :func:`database_overlay` (see the module)."""
    districts, records, hazards = inputs.districts, inputs.records, inputs.hazards
    cleared, types, srid = inputs.cleared, inputs.types, inputs.srid
    t = {k: quote_ident(f"clearance_{token}_{k}") for k in "drhcku"}
    empty = f"ST_SetSRID('POLYGON EMPTY'::geometry, {int(srid)})"

    def union(expr: str) -> str:
        return f"coalesce(ST_CollectionExtract(ST_Union({expr}), 3), {empty})"

    def clip(layer: str, alias: str) -> str:
        return (
            f"(SELECT ST_CollectionExtract(ST_Intersection({union('x.g')}, {alias}.g), 3) "
            f"FROM {t[layer]} x WHERE x.g && {alias}.g)"
        )

    def usable(table: PgTable) -> str:
        return f"SELECT fid, g FROM ({table.cleaned_sql(srid)}) q WHERE g IS NOT NULL"

    if types is not None and types.codes:  # kind: the code of the local type (HazardTypes)
        column = quote_ident(types.field)
        hazard_rows = (
            f"SELECT c.fid, c.g, m.kind FROM ({hazards.cleaned_sql(srid)}) c JOIN (SELECT "
            f"{quote_ident(hazards.fid)} AS fid, {column} IS NULL AS n, coalesce({column}::text,"
            f" '') AS raw FROM {hazards.from_sql()}) a USING (fid) LEFT JOIN "
            f"{types.values_sql()} ON m.n = a.n AND m.raw = a.raw WHERE c.g IS NOT NULL"
        )
    else:
        hazard_rows = (
            f"SELECT fid, g, NULL::int AS kind FROM ({hazards.cleaned_sql(srid)}) c "
            "WHERE g IS NOT NULL"
        )
    cleared_rows = usable(cleared) if cleared else f"SELECT 0 AS fid, {empty} AS g LIMIT 0"
    sql = ["SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", "SET LOCAL jit = off"]
    for key, rows in (
        ("d", usable(districts)),
        ("r", usable(records)),
        ("h", hazard_rows),
        ("c", cleared_rows),
    ):
        sql += [
            f"CREATE TEMP TABLE {t[key]} ON COMMIT DROP AS {rows}",
            f"CREATE INDEX ON {t[key]} USING gist (g)",
            f"ANALYZE {t[key]}",
        ]
    whole = {
        "du": f"(SELECT {union('g')} FROM {t['d']})",
        "hu": f"(SELECT {union('g')} FROM {t['h']})",
        "ru": f"(SELECT {union('g')} FROM {t['r']})",
        "cu": f"(SELECT {union('g')} FROM {t['c']})",
    }
    # hazards dissolved per district (or outside) and type
    sql.append(
        f"CREATE TEMP TABLE {t['k']} ON COMMIT DROP AS "
        f"SELECT {DISTRICT_ROW} AS row, k.kind, k.g FROM {t['d']} d CROSS JOIN LATERAL (SELECT "
        f"h.kind, ST_CollectionExtract(ST_Intersection({union('h.g')}, d.g), 3) AS g "
        f"FROM {t['h']} h WHERE h.g && d.g GROUP BY h.kind) k UNION ALL "
        f"SELECT {quote_literal(OUTSIDE_ROW)}, h.kind, ST_CollectionExtract(ST_Difference("
        f"{union('h.g')}, {whole['du']}), 3) FROM {t['h']} h GROUP BY h.kind"
    )
    row_hazard = f"(SELECT {union('k.g')} FROM {t['k']} k WHERE k.row = {DISTRICT_ROW})"
    sql.append(
        f"CREATE TEMP TABLE {t['u']} ON COMMIT DROP AS "
        f"SELECT {DISTRICT_ROW} AS row, d.g AS dg, {row_hazard} AS hg, "
        f"coalesce({clip('r', 'd')}, {empty}) AS rg, coalesce({clip('c', 'd')}, {empty}) AS cg "
        f"FROM {t['d']} d UNION ALL SELECT {quote_literal(OUTSIDE_ROW)}, {empty}, "
        + ", ".join(
            f"ST_CollectionExtract(ST_Difference({whole[k]}, {whole['du']}), 3)"
            for k in ("hu", "ru", "cu")
        )
        + f" UNION ALL SELECT {quote_literal(TOTAL_ROW)}, {whole['du']}, {whole['hu']}, "
        f"{whole['ru']}, {whole['cu']}"
    )
    figures = ", ".join(
        _area(expr)
        for expr in (
            "dg",
            "rg",
            "hg",
            "ST_Intersection(hg, rg)",
            "ST_Difference(hg, rg)",
            "ST_Difference(rg, hg)",
            "cg",
        )
    )
    before = "(p.kind < k.kind)"  # codes in the order of the local split, no type last
    prior = f"(SELECT {union('p.g')} FROM {t['k']} p WHERE p.row = k.row AND {before})"
    piece = f"ST_CollectionExtract(ST_Difference(ST_Difference(k.g, u.rg), {prior}), 3)"
    sql.append(
        f"SELECT 'a', row, NULL::text, NULL::text, {figures} FROM {t['u']} UNION ALL "
        f"SELECT 'g', row, kind::text, encode(ST_AsBinary(p), 'hex'), "
        + ", ".join(["NULL::float8"] * len(AREA_FIELDS))
        + f" FROM (SELECT k.row, k.kind, {piece} AS p FROM {t['k']} k JOIN {t['u']} u "
        "USING (row)) z WHERE NOT ST_IsEmpty(p)"
    )
    return "; ".join(sql)


def database_overlay(
    inputs: OverlayInputs,
    districts: PolygonSet,
    feedback=None,
    sources: dict | None = None,
) -> OverlayResult | None:
    """The :class:`OverlayResult` of :func:`overlay.coverage_overlay` computed by PostGIS,
    rows in the order of ``districts.feature_ids`` (the usable districts as read), then
    outside; None when cancelled. ``sources``: as :func:`pg_keys.feature_ids` takes them. A
    district the local read does not hold (a row added since) stops the run."""
    district_ids = districts.feature_ids
    sql = overlay_sql(inputs, uuid.uuid4().hex[:12])
    rows = database_rows(inputs.districts, sql, tr("overlay in the database"), feedback)
    if rows is None:
        return None
    keys = [str(r[1]) for r in rows]
    row_of = _row_positions(inputs.districts, keys, district_ids, districts.null_ids, sources)
    n = len(district_ids) + 1
    areas = {k: np.zeros(n) for k in AREA_FIELDS}
    totals = dict.fromkeys(AREA_FIELDS, 0.0)
    gaps = []
    for what, row, kind, wkb_hex, *values in rows:
        row = str(row)
        if sql_text(what) == "g":
            geom = QgsGeometry()
            geom.fromWkb(bytes.fromhex(str(wkb_hex)))
            code = sql_text(kind)
            name = None if code is None or inputs.types is None else inputs.types.names[int(code)]
            if row_of[row] is not None:
                gaps.append(Gap(row_of[row], name, polygon_parts(geom)))
            continue
        figures = dict(zip(AREA_FIELDS, (float(v) for v in values)))
        if row == TOTAL_ROW:
            totals = figures
        elif row_of[row] is not None:
            for key, value in figures.items():
                areas[key][row_of[row]] = value
    gaps.sort(key=lambda g: (g.row, g.kind is None, g.kind or ""))  # as the local order
    result = OverlayResult(areas, totals, gaps)
    result.district_union_ha = totals["district_ha"]
    return result


def _row_positions(
    districts: PgTable, rows: list[str], district_ids, unusable: Collection, sources
) -> dict:
    """The position (in ``district_ids``, outside last) of each row key the SQL returned;
    None for a district the local read found unusable (its row stays as the local engine
    has it); a district the local read does not hold at all stops the run."""
    rows = sorted({r for r in rows if r not in (OUTSIDE_ROW, TOTAL_ROW)})
    keys = [districts.key_of(r[1:]) for r in rows]  # the 'd' of DISTRICT_ROW off
    position = {fid: i for i, fid in enumerate(district_ids)}
    found: dict = {OUTSIDE_ROW: len(district_ids)}
    unusable = set(unusable)
    for row, fid in zip(rows, feature_ids(districts, keys, sources).tolist()):
        if fid not in position and fid not in unusable:
            raise changed(districts.name)
        found[row] = position.get(fid)
    return found
