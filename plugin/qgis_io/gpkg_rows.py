"""Bulk writing of output rows: a whole GeoPackage or PostGIS source copied with new columns
into a GeoPackage output (here) or a PostGIS output (:mod:`.pg_rows`).

The output table is created (empty) by QGIS's own writer through :class:`.sinks.AtomicSink`,
so its fields, types, CRS and metadata tables are what the per-feature path gives; then
:func:`write_rows` streams the source table in chunks (a GeoPackage with sqlite, a PostGIS
table whose key is named ``fid`` in Arrow batches of GDAL's driver), appends the result
columns and hands each chunk to the target's writer. A GeoPackage writer inserts them with
``executemany`` into the sink's temporary GeoPackage in one transaction, with the per-row
triggers (RTree upkeep through GDAL's SQL functions, feature count) dropped: the RTree is
written once at the end, packed (:mod:`.packed_rtree`), the triggers are created again, extent
and count written once. The temporary file (or partial table) is swapped in by the sink as
before (a cancel or failure leaves the earlier output untouched).

Geometries are written as the per-feature path writes them (``SourceArrays.output_geometry``,
:class:`OutputBlobs`): the source's own blob as a multi type (a repaired geometry for the
repaired features; NULL for null ones; empty ones NULL in a GeoPackage, a multi-type empty in
PostGIS). A geometry that is not a plain 2D polygon (curves, Z/M: QGIS's writers convert
those in ways of their own) raises :class:`Unsupported`, and the caller writes feature by
feature instead. Source values are copied as stored, so only fields whose stored value is what
QGIS writes back qualify (:func:`copyable`; from PostGIS only plain integers, reals and text).
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from osgeo import ogr
from qgis.core import QgsFields, QgsGeometry, QgsProcessingException, QgsWkbTypes

from ..i18n import tr
from . import packed_rtree
from .bulk_read import Batches, OgrTable, wkb_blobs
from .fields import TYPES
from .gdal_calls import gdal_return_codes
from .geometries import REPAIRED, clean
from .heap import release_free_memory
from .layers import changed_text
from .wkb_arrays import walk

CHUNK = 100_000
# field types whose stored GeoPackage value QGIS writes back unchanged (not datetimes: QGIS
# 3.22 drops their milliseconds and time zone)
COPYABLE = tuple(TYPES[k] for k in ("int", "long", "double", "string", "bool", "date"))
_MULTI_HEADER = b"\x01" + struct.pack("<II", 6, 1)  # little-endian MultiPolygon of one part
_HEADER = struct.Struct("<2sBBi4d")  # GPKG blob: magic, version, flags, srs_id, xy envelope
_FLAGS_XY_LE = 0b0011  # envelope [minx, maxx, miny, maxy], little-endian, not empty
_FLAG_EMPTY = 0b10000


class Unsupported(Exception):
    """A geometry that is not a plain 2D polygon (curves, Z/M): write feature by feature."""


@dataclass(frozen=True)
class Target:
    """The table a sink writes in its temporary GeoPackage."""

    path: str
    table: str

    def writer(self, columns: Sequence[str], blobs: OutputBlobs) -> _GpkgWriter:
        return _GpkgWriter(self, columns, blobs)


def target(path: str, table: str | None) -> Target | None:
    """The features table ``table`` (else the only one) of the GeoPackage ``path``."""
    with closing(_read_only(path)) as db:
        tables = [
            r[0]
            for r in db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")
        ]
    if table is None and len(tables) == 1:
        table = tables[0]
    return Target(path, table) if table in tables else None


def copyable(fields, kept: Sequence[int]) -> bool:
    """True when the kept source fields can be copied as stored: the first is the GeoPackage
    fid (written as the output's fid, as QGIS does), every one has a plain type and is a
    column of the table (not an expression, virtual or joined field)."""
    names = [fields.at(k).name().lower() for k in kept]
    stored = all(fields.fieldOrigin(k) == QgsFields.FieldOrigin.OriginProvider for k in kept)
    plain = all(fields.at(k).type() in COPYABLE for k in kept[1:])
    return bool(names) and names[0] == "fid" and stored and plain


def write_rows(
    source: OgrTable,
    names: tuple[Sequence[str], Sequence[str]],
    target,
    results: Callable[[slice], list[list]],
    expected_fids: np.ndarray,
    repaired: dict | set,
    cancelled: Callable[[], bool],
    layer_name: str = "",
) -> bool:
    """Copy the source columns ``names[0]`` (the fid first) of every row of ``source``, in fid
    order (which must be ``expected_fids``), with ``results(rows)`` appended, into the output
    columns ``names[1]`` of ``target``; False if cancelled (nothing committed).

    ``source``: a GeoPackage (read with sqlite) or a PostGIS table whose key is the fid
    (read in Arrow batches, :func:`_postgis_rows`). ``target``: a :class:`Target` or a
    :class:`.pg_rows.PgTarget` (anything whose ``writer(columns, blobs)`` gives a writer with
    ``add`` and ``finish``). ``repaired``: feature id -> repaired geometry (written instead of
    the source's), or the set of the repaired ids (then repaired here from the source's, as
    ENGINE=database's writer does). Rows that are not ``expected_fids`` (the source edited
    since it was read) stop the run naming ``layer_name``."""
    expected_fids = np.asarray(expected_fids, dtype=np.int64)
    src_names, out_names = names
    changed = QgsProcessingException(
        changed_text(layer_name, tr("its rows were edited after they were read"))
    )
    reader = _postgis_rows if source.driver == "PostgreSQL" else _sqlite_rows
    with target.writer(out_names, OutputBlobs(repaired)) as writer:
        start = 0
        for rows in reader(source, src_names):
            if cancelled():
                return False
            fids = np.fromiter((r[0] for r in rows), np.int64, len(rows))
            if not np.array_equal(fids, expected_fids[start : start + len(rows)]):
                raise changed
            writer.add(rows, results(slice(start, start + len(rows))))
            start += len(rows)
            del rows
            release_free_memory()  # this chunk's blobs and rows are gone
        if start != len(expected_fids):
            raise changed
        writer.finish()
    return True


def _sqlite_rows(source: OgrTable, names: Sequence[str]) -> Iterator[list[tuple]]:
    """Chunks of ``(fid, *values, blob)`` of a GeoPackage table in fid order, read with sqlite."""
    src_table, src_fid, src_geom = _source_columns(source)
    selected = ", ".join(_q(n) for n in [src_fid, *names[1:], src_geom])
    with closing(_read_only(source.path)) as src:
        cursor = src.execute(f"SELECT {selected} FROM {_q(src_table)} ORDER BY {_q(src_fid)}")
        while rows := cursor.fetchmany(CHUNK):
            yield rows


_PLAIN_FIELDS = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal, ogr.OFTString)


def _postgis_rows(source: OgrTable, names: Sequence[str]) -> Iterator[list[tuple]]:
    """Chunks of ``(key, *values, blob)`` of a PostGIS table in key order (Arrow batches of
    :class:`bulk_read.Batches`), values as QGIS writes them, geometries as GeoPackage blobs
    (:func:`_gpkg_blobs`). A field that is not a plain integer, real or text raises
    :class:`Unsupported`."""
    fields = list(names[1:])
    with Batches(source, fields, geometry=True) as read:
        for name in fields:
            field = read.field(name)
            plain = field is not None and field.GetSubType() == ogr.OFSTNone
            if not plain or field.GetType() not in _PLAIN_FIELDS:
                raise Unsupported(name)
        for keys, columns, geometries in read:
            values = [_values(columns[name]) for name in fields]
            blobs = _gpkg_blobs(keys, geometries)
            del columns, geometries
            yield list(zip(keys.tolist(), *values, blobs))


def _values(column) -> list:
    """An Arrow column as Python values, None for NULL (text decoded)."""
    mask = np.ma.getmaskarray(column).tolist()
    data = np.ma.getdata(column).tolist()
    if data and isinstance(data[0], bytes):
        data = [v.decode("utf-8", "replace") for v in data]
    return [None if m else v for v, m in zip(data, mask)]


def _gpkg_blobs(keys: np.ndarray, column) -> list:
    """GeoPackage blobs (srs id 0, XY envelope, little-endian) of WKB polygons and
    multi-polygons (envelopes from the walked vertices; QGIS's for the few the walk leaves,
    e.g. very many parts); None for null geometries, an empty blob for empty ones. Any other
    geometry (curves, Z/M, NaN or infinite coordinates) raises :class:`Unsupported`."""
    wkbs = wkb_blobs(column)
    walked = walk(wkbs)
    lo, hi = _feature_boxes(walked, len(wkbs))
    finite = np.isfinite(lo).all(axis=1) & np.isfinite(hi).all(axis=1)
    out = []
    for i, wkb in enumerate(wkbs):
        if wkb is None:
            out.append(None)
        elif walked.walked[i] and walked.kind[i] == 3 and finite[i]:
            envelope = (lo[i, 0], hi[i, 0], lo[i, 1], hi[i, 1])
            out.append(_HEADER.pack(b"GP", 0, _FLAGS_XY_LE, 0, *envelope) + wkb)
        else:
            out.append(_blob_of(int(keys[i]), wkb))
    return out


def _feature_boxes(walked, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per feature the (x, y) minimum and maximum of its walked vertices (inf/-inf: none)."""
    lo, hi = np.full((n, 2), np.inf), np.full((n, 2), -np.inf)
    if len(walked.xy):
        feature = np.repeat(walked.ring_feature, np.diff(walked.ring_offsets))
        np.minimum.at(lo, feature, walked.xy)
        np.maximum.at(hi, feature, walked.xy)
    return lo, hi


def _blob_of(key: int, wkb: bytes) -> bytes | None:
    """:func:`_gpkg_blobs` of one geometry the walk left: an empty blob when empty, a blob for a
    little-endian 2D (multi-)polygon with finite coordinates, else :class:`Unsupported`."""
    geom = QgsGeometry()
    geom.fromWkb(wkb)
    if geom.isEmpty():
        return _empty_blob(_as_multi(wkb))
    plain = (QgsWkbTypes.Type.Polygon, QgsWkbTypes.Type.MultiPolygon)
    box = geom.boundingBox()
    envelope = (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())
    if wkb[:1] != b"\x01" or geom.wkbType() not in plain or not np.isfinite(envelope).all():
        raise Unsupported(key)
    return _HEADER.pack(b"GP", 0, _FLAGS_XY_LE, 0, *envelope) + wkb


class OutputBlobs:
    """The geometry an output writes for one feature, as the per-feature path writes it: a
    GeoPackage blob (output srs id, XY envelope, little-endian multi type), an empty blob
    (:func:`is_empty`) for an empty geometry, None for a null one. A geometry that is not a
    plain 2D (multi-)polygon raises :class:`Unsupported`."""

    def __init__(self, repaired: dict | set, srs_id: int = 0) -> None:
        self.repaired, self.srs = repaired, struct.pack("<i", srs_id)

    def blob(self, fid: int, blob: bytes | None) -> bytes | None:
        """The output blob of feature ``fid`` whose source blob is ``blob``."""
        if blob is not None:
            blob = bytes(blob)
        if fid in self.repaired:  # few are: the others skip the lookup's call
            geom = self._repaired(fid, blob)
            if geom is not None:
                return self._from_geometry(fid, geom)
        if blob is None or blob[:2] != b"GP":
            return None
        if is_empty(blob):
            return _empty_blob(_as_multi(blob[header_size(blob) :]))
        wkb = blob[header_size(blob) :]
        kind = struct.unpack("<I" if wkb[:1] == b"\x01" else ">I", wkb[1:5])[0]
        if blob[3] & 0b1111 != _FLAGS_XY_LE or kind not in (3, 6):
            raise Unsupported(fid)
        body = _MULTI_HEADER + wkb if kind == 3 else wkb
        return blob[:4] + self.srs + blob[8:40] + body

    def _repaired(self, fid: int, blob: bytes | None) -> QgsGeometry | None:
        """The repaired geometry of the repaired feature ``fid``: given (a dict), or (a set
        of the repaired ids) ``blob``'s geometry repaired here as :func:`geometries.clean`
        does."""
        if isinstance(self.repaired, dict):
            return self.repaired[fid]
        if blob is None or blob[:2] != b"GP":
            return None
        geom = QgsGeometry()
        geom.fromWkb(blob[header_size(blob) :])
        cleaned = clean(geom, polygonal=True)
        return cleaned.geometry if cleaned.state == REPAIRED else None

    def _from_geometry(self, fid: int, geom: QgsGeometry) -> bytes:
        out = QgsGeometry(geom)
        out.convertToMultiType()
        if out.isEmpty():
            return _empty_blob(bytes(out.asWkb()))
        if out.wkbType() != QgsWkbTypes.Type.MultiPolygon:
            raise Unsupported(fid)
        box = out.boundingBox()
        envelope = (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())
        header = _HEADER.pack(b"GP", 0, _FLAGS_XY_LE, 0, *envelope)
        return header[:4] + self.srs + header[8:] + bytes(out.asWkb())


def is_empty(blob: bytes) -> bool:
    """True for a GeoPackage blob flagged empty."""
    return len(blob) >= 8 and bool(blob[3] & _FLAG_EMPTY)


def _empty_blob(wkb: bytes) -> bytes:
    """A GeoPackage blob flagged empty, without envelope, holding ``wkb``."""
    return b"GP\x00" + bytes([_FLAG_EMPTY | 1]) + b"\x00" * 4 + wkb


def _as_multi(wkb: bytes) -> bytes:
    """The multi-type WKB of an empty geometry, as QGIS's ``convertToMultiType`` gives it."""
    geom = QgsGeometry()
    geom.fromWkb(wkb)
    geom.convertToMultiType()
    return bytes(geom.asWkb())


class _GpkgWriter:
    """Inserts chunks of rows into a table of a GeoPackage, in one transaction, and writes
    the RTree, triggers, extent and count at the end."""

    def __init__(self, target: Target, columns: Sequence[str], blobs: OutputBlobs) -> None:
        self.target, self.columns, self.blobs = target, columns, blobs
        self.rtree_ids: list[np.ndarray] = []  # per chunk, for the RTree written at the end
        self.rtree_boxes: list[np.ndarray] = []  # per chunk, rounded as sqlite stores them
        self.extent = np.array([np.inf, np.inf, -np.inf, -np.inf])
        self.count = 0

    def __enter__(self) -> _GpkgWriter:
        self.db = sqlite3.connect(self.target.path, isolation_level=None)
        self.table = self.target.table
        self.geom, srs_id = self.db.execute(
            "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
            (self.table,),
        ).fetchone()
        self.blobs.srs = struct.pack("<i", srs_id)
        names = ", ".join(_q(c) for c in [*self.columns, self.geom])
        marks = ", ".join("?" * (len(self.columns) + 1))
        self.insert = f"INSERT INTO {_q(self.table)} ({names}) VALUES ({marks})"
        self.rtree = f"rtree_{self.table}_{self.geom}"
        self.has_rtree = self._exists(self.rtree)
        self.triggers = _drop_triggers(self.db, self.table)
        self.db.execute("BEGIN")
        return self

    def __exit__(self, *exc) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        self.db.close()

    def add(self, rows: list[tuple], results: list[list]) -> None:
        values, boxes = [], []
        for row, result in zip(rows, results):
            blob = self.blobs.blob(row[0], row[-1])
            if blob is not None and is_empty(blob):
                blob = None  # QGIS's GeoPackage writer writes an empty geometry as NULL
            elif blob is not None:
                boxes.append((row[0], *struct.unpack("<4d", blob[8:40])))
            values.append((*row[:-1], *result, blob))
        self.db.executemany(self.insert, values)
        self.count += len(values)
        if boxes:
            box = np.array([b[1:] for b in boxes])
            if self.has_rtree:
                self.rtree_ids.append(np.array([b[0] for b in boxes], dtype=np.int64))
                self.rtree_boxes.append(packed_rtree.rounded(box))
            low, high = box[:, [0, 2]].min(axis=0), box[:, [1, 3]].max(axis=0)
            self.extent = np.concatenate(
                [np.minimum(self.extent[:2], low), np.maximum(self.extent[2:], high)]
            )

    def finish(self) -> None:
        """Write the RTree, put the triggers back, record the extent and the count; commit."""
        if self.rtree_ids:
            self._write_rtree()
        for sql in self.triggers:
            self.db.execute(sql)
        if np.isfinite(self.extent).all():
            self.db.execute(
                "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                "last_change = ? WHERE table_name = ?",
                (*map(float, self.extent), _now(), self.table),
            )
        if self._exists("gpkg_ogr_contents"):
            self.db.execute(
                "UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                (self.count, self.table),
            )
        self.db.execute("COMMIT")

    def _write_rtree(self) -> None:
        """The RTree packed in one go when it is empty (a new table), else row by row."""
        ids, boxes = np.concatenate(self.rtree_ids), np.concatenate(self.rtree_boxes)
        self.rtree_ids = self.rtree_boxes = []
        if packed_rtree.is_empty(self.db, self.rtree):
            packed_rtree.write(self.db, self.rtree, ids, boxes)
            return
        insert = f"INSERT INTO {_q(self.rtree)} VALUES (?, ?, ?, ?, ?)"
        self.db.executemany(insert, zip(ids.tolist(), *boxes.astype(np.float64).T.tolist()))

    def _exists(self, name: str) -> bool:
        found = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,))
        return found.fetchone() is not None


def header_size(blob: bytes) -> int:
    """Bytes of a GeoPackage blob's header: 8 and its envelope (none, XY, XYZ, XYM, XYZM)."""
    return 8 + (0, 32, 48, 48, 64, 0, 0, 0)[(blob[3] >> 1) & 0b111]


def _drop_triggers(db, table: str) -> list[str]:
    """Drop the triggers on ``table`` (RTree upkeep through GDAL's SQL functions, feature
    count); returns their SQL to create them again."""
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    ).fetchall()
    for name, _sql in rows:
        db.execute(f"DROP TRIGGER {_q(name)}")
    return [sql for _name, sql in rows]


@gdal_return_codes()
def _source_columns(source: OgrTable) -> tuple[str, str, str]:
    """(table, fid column, geometry column) of the source table."""
    from osgeo import gdal

    ds = gdal.OpenEx(source.path, gdal.OF_VECTOR | gdal.OF_READONLY)
    layer = (
        ds.GetLayerByName(source.layer)
        if isinstance(source.layer, str)
        else ds.GetLayer(int(source.layer))
    )
    names = layer.GetName(), layer.GetFIDColumn() or "fid", layer.GetGeometryColumn()
    layer = ds = None  # closes the dataset
    return names


def _read_only(path: str) -> sqlite3.Connection:
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
