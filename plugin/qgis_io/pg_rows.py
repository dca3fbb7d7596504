"""Bulk writing of PostGIS output rows: the chunks of :func:`.gpkg_rows.write_rows` inserted
into the sink's partial table.

QGIS's provider creates the partial table (empty, through :class:`.sinks.AtomicSink`), so its
columns, types, key and geometry column are what the per-feature path gives; the rows then go
in ``BATCH`` rows per statement on the output's own connection (saved connection, auth
manager), and the sink swaps the table in as before (a cancel or failure drops only the
partial table). Each statement is ``INSERT … SELECT * FROM unnest(…)`` of one typed array
literal per column: the server parses a few arrays, not an expression per value. Values are
written as QGIS writes them: integers and reals exactly (``repr`` of a double reads back as
the same double), text escaped, geometries as the per-feature path's multi-type WKB as hex
EWKB (:class:`.gpkg_rows.OutputBlobs`; an empty geometry as QGIS's multi-type empty). A
value the column's type would not take as QGIS gives it (text in a number column, an integer
out of range, NaN, a NUL character, a malformed date) or a column type not listed in
:data:`FORMATS` raises :class:`.gpkg_rows.Unsupported`, and the caller writes feature by
feature instead.
"""

from __future__ import annotations

import datetime
import math
import re
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsDataSourceUri, QgsGeometry, QgsProcessingException

from ..i18n import tr
from .gpkg_rows import OutputBlobs, Unsupported, header_size
from .pg_geometry import refused_rings, storable
from .postgis import AtomicPgTable, Connection, DatabaseError, qualified, quote_ident, quote_literal
from .wkb_arrays import walk

BATCH = 5000  # rows per INSERT statement (a few MB of SQL)
_MULTI_CODES = {"MULTIPOLYGON": 6, "MULTISURFACE": 12}
_VARCHAR = re.compile(r"character varying(?:\((\d+)\))?$")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_EWKB_SRID = 0x20000000  # EWKB type flag: an SRID follows


@dataclass(frozen=True)
class PgTarget:
    """The partial table a PostGIS sink writes (see :func:`target`)."""

    uri: QgsDataSourceUri = field(repr=False)  # may hold a password
    schema: str
    table: str
    geometry: str
    srid: int
    multi_code: int  # WKB type of the geometry column: 6 MultiPolygon, 12 MultiSurface
    types: tuple[tuple[str, str], ...]  # (column, format_type) in column order
    layer_name: str

    def writer(self, columns: Sequence[str], blobs: OutputBlobs) -> PgWriter:
        return PgWriter(self, columns, blobs)


def target(table: AtomicPgTable, layer_name: str) -> PgTarget | None:
    """The partial table of ``table`` when its geometry column is a 2D multi-polygon (or
    multi-surface) column with an SRID, else None (written feature by feature)."""
    conn = Connection(table.uri)
    rows = conn.execute(
        "SELECT f_geometry_column, srid, type, coord_dimension FROM geometry_columns "
        f"WHERE f_table_schema = {quote_literal(table.schema)} "
        f"AND f_table_name = {quote_literal(table.partial)}",
        tr("geometry column of {0}").format(table.partial),
    )
    if len(rows) != 1:
        return None
    geometry, srid, kind, dimensions = (str(v) for v in rows[0])
    if kind.upper() not in _MULTI_CODES or dimensions != "2" or int(srid) <= 0:
        return None
    types = tuple(conn.columns(table.schema, table.partial))
    code = _MULTI_CODES[kind.upper()]
    return PgTarget(
        table.uri, table.schema, table.partial, geometry, int(srid), code, types, layer_name
    )


class PgWriter:
    """Inserts chunks of rows into the partial table (each statement commits on its own: the
    partial table is nobody's until the sink swaps it in)."""

    def __init__(self, target: PgTarget, columns: Sequence[str], blobs: OutputBlobs) -> None:
        types = dict(target.types)
        if any(c not in types or c == target.geometry for c in columns):
            raise Unsupported(target.table)
        self.target, self.blobs = target, blobs
        self.formats = [column_format(types[c]) for c in columns]
        names = ", ".join(quote_ident(c) for c in [*columns, target.geometry])
        self.head = f"INSERT INTO {qualified(target.schema, target.table)} ({names}) "
        self.conn = Connection(target.uri)

    def __enter__(self) -> PgWriter:
        return self

    def __exit__(self, *exc) -> None:
        pass  # a failed run's partial table is dropped by the sink

    def add(self, rows: list[tuple], results: list[list]) -> None:
        """Insert ``rows`` (fid, values…, blob) with their ``results``: one array per column
        and statement, unnested (the server parses a few arrays, not thousands of rows)."""
        for start in range(0, len(rows), BATCH):
            part = slice(start, start + BATCH)
            values = [(*row[:-1], *result) for row, result in zip(rows[part], results[part])]
            arrays = [f(list(c)) for f, c in zip(self.formats, zip(*values))]
            arrays.append(self._geometries(rows[part]))
            self._execute(f"{self.head}SELECT * FROM unnest({', '.join(arrays)})")

    def finish(self) -> None:
        pass

    def _geometries(self, rows: list[tuple]) -> str:
        """The array of the rows' output geometries: the per-feature path's WKB as hex EWKB,
        rings PostGIS refuses made storable (:mod:`.pg_geometry`; found for the batch at
        once)."""
        wkbs = [self._wkb(row[0], row[-1]) for row in rows]
        walked = walk(wkbs)
        again = np.union1d(refused_rings(walked), np.flatnonzero(~walked.walked))
        for i in again.tolist():
            if wkbs[i] is not None:
                geom = QgsGeometry()
                geom.fromWkb(wkbs[i])
                wkbs[i] = bytes(storable(geom).asWkb())
        return _array([self._ewkb(wkb) for wkb in wkbs], "geometry", ":")  # PostGIS's typdelim

    def _wkb(self, fid: int, blob) -> bytes | None:
        """The WKB of the output geometry of feature ``fid`` (None: NULL)."""
        out = self.blobs.blob(fid, blob)
        wkb = None if out is None else out[header_size(out) :]
        if not wkb:  # null, or an empty blob QGIS could not read: a null geometry
            return None
        order = "<I" if wkb[:1] == b"\x01" else ">I"
        if struct.unpack(order, wkb[1:5])[0] != 6:
            raise Unsupported(fid)
        return wkb

    def _ewkb(self, wkb: bytes | None) -> str:
        """Hex EWKB of ``wkb`` in the column's type and SRID (``NULL`` for none)."""
        if wkb is None:
            return "NULL"
        order = "<" if wkb[:1] == b"\x01" else ">"
        head = struct.pack(order + "Ii", self.target.multi_code | _EWKB_SRID, self.target.srid)
        return (wkb[:1] + head + wkb[5:]).hex()

    def _execute(self, sql: str) -> None:
        try:
            self.conn.execute(sql, tr("rows of {0}").format(self.target.table))
        except DatabaseError as exc:
            raise QgsProcessingException(
                tr("{0}: could not write its rows to PostGIS: {1}").format(
                    self.target.layer_name, exc
                )
            ) from exc


Column = Callable[[list], str]


def column_format(kind: str) -> Column:
    """The SQL array of a column's values for a column of type ``kind`` (``format_type``),
    as QGIS would write the values; raises :class:`Unsupported` for a type or value it
    cannot."""
    if kind in FORMATS:
        return FORMATS[kind]
    match = _VARCHAR.match(kind)
    if kind == "text" or match:
        limit = int(match.group(1)) if match and match.group(1) else None
        return lambda values: _texts(values, limit)
    raise Unsupported(kind)


def _array(elements: list[str], kind: str, delimiter: str = ",") -> str:
    """An SQL array of type ``kind`` from its elements' text (``NULL`` for none), separated
    by the type's ``typdelim``."""
    return quote_literal("{" + delimiter.join(elements) + "}") + f"::{kind}[]"


def _types(values: list) -> set[type]:
    return set(map(type, values)) - {type(None)}


def _integers(bits: int) -> Column:
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1

    def column(values: list) -> str:
        present = [v for v in values if v is not None]
        if _types(values) - {int} or (present and not low <= min(present) <= max(present) <= high):
            raise Unsupported(bits)
        return _array(["NULL" if v is None else str(v) for v in values], "bigint")

    return column


def _doubles(values: list) -> str:
    kinds = _types(values)
    if int in kinds:
        if any(type(v) is int and abs(v) > 2**53 for v in values):
            raise Unsupported(values)
        values = [float(v) if type(v) is int else v for v in values]
        kinds = _types(values)
    if kinds - {float} or not all(map(math.isfinite, (v for v in values if v is not None))):
        raise Unsupported(values)
    return _array(["NULL" if v is None else repr(v) for v in values], "double precision")


def _booleans(values: list) -> str:
    if _types(values) - {int, bool} or set(values) - {None, 0, 1}:
        raise Unsupported(values)
    return _array(["NULL" if v is None else "tf"[not v] for v in values], "boolean")


def _dates(values: list) -> str:
    if _types(values) - {str} or not all(_is_date(v) for v in values if v is not None):
        raise Unsupported(values)
    return _array(["NULL" if v is None else v for v in values], "date")


def _is_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _texts(values: list, limit: int | None) -> str:
    present = [v for v in values if v is not None]
    if _types(values) - {str} or any("\x00" in v for v in present):
        raise Unsupported(values)
    if limit and present and max(map(len, present)) > limit:
        raise Unsupported(values)
    quoted = [
        "NULL" if v is None else '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        for v in values
    ]
    return _array(quoted, "text")


FORMATS: dict[str, Column] = {
    "smallint": _integers(16),
    "integer": _integers(32),
    "bigint": _integers(64),
    "double precision": _doubles,
    "boolean": _booleans,
    "date": _dates,
}
