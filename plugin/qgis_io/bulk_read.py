"""Bulk reading of GeoPackage and PostGIS layers: Arrow batches, walked WKB, the validity
certificate.

For a whole GeoPackage layer, or a whole PostGIS table with a single-column primary key
(``int2``/``int4``, ``int8``, text or uuid), read in its own CRS, :func:`read_table` reads the
geometry column in Arrow batches (``GetArrowStreamAsNumPy``; GDAL's PostgreSQL driver for
PostGIS, on the layer's connection with its authentication expanded), walks the WKB of a
batch at once (:mod:`wkb_arrays`) and lets :func:`geometries.certified` decide which
features need GEOS: those go through :func:`geometries.clean` one by one, as every feature
did before. Feature ids are QGIS's
(:mod:`pg_keys` for PostGIS keys: arithmetic for ``int2``/``int4``, one key-only read
through QGIS for the others, which QGIS numbers as it reads). Anything else (other
providers, subsets, selections, limits, transforms, SQL query layers, keys of several
columns, estimated metadata, curves, Z/M, kept features) is read feature by feature by
:func:`layers.read_source`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from osgeo import gdal, ogr
from qgis.core import (
    NULL,
    QgsDataSourceUri,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..engine.geometry import GeometryArrays, GeometryBuilder
from ..i18n import tr
from .gdal_calls import gdal_errors_quiet
from .geometries import REPAIRED, GeometryReport, certified, clean
from .heap import release_free_memory
from .pg_keys import Int32Ids, MappedIds, keys_are_ids
from .pg_tables import KEY_TYPES
from .postgis import qualified, quote_ident
from .wkb_arrays import walk

BATCH = 100_000
CURSOR_PAGE = "5000"  # rows per fetch of GDAL's PostgreSQL cursor (its 500: 1.5 s per 100k)
DRIVERS = ("GPKG",)
PLAIN_NAME = re.compile(r"[^.,()\"'\s]+")  # a name GDAL's TABLES option takes as it is


@dataclass(frozen=True)
class OgrTable:
    """One layer of a file, or one PostGIS table, that GDAL reads in Arrow batches."""

    path: str = field(repr=False)  # a PostGIS connection string may hold a password
    layer: str | int
    driver: str = "GPKG"
    open_options: tuple = field(default=(), repr=False)
    key_ids: Int32Ids | MappedIds | None = field(default=None, repr=False)  # PostGIS keys
    relation: tuple = ()  # PostGIS: (schema, table, key, geometry column)

    @property
    def mapped_keys(self) -> bool:
        """True when QGIS numbers the rows through a map (an ``int8`` or text key)."""
        return self.key_ids is not None and self.key_ids.mapped

    def select(self, fields: Sequence[str], geometry: bool) -> str:
        """PostGIS: the SQL reading the key, ``fields`` and the geometry in key order (the
        same order in every pass over the table)."""
        schema, name, key, geom = self.relation
        columns = [key, *fields] + ([geom] if geometry else [])
        return (
            f"SELECT {', '.join(quote_ident(c) for c in columns)} FROM "
            f"{qualified(schema, name)} ORDER BY {quote_ident(key)}"
        )

    def open(self):
        """The GDAL dataset (read-only); None when it cannot be opened."""
        with gdal_errors_quiet():
            try:
                return gdal.OpenEx(
                    self.path,
                    gdal.OF_VECTOR | gdal.OF_READONLY,
                    open_options=list(self.open_options),
                )
            except RuntimeError:
                return None

    def feature_ids(self, keys: np.ndarray) -> np.ndarray:
        """QGIS's feature ids of the keys (fids, PostGIS key values) GDAL read."""
        return self.key_ids.ids(keys) if self.key_ids is not None else keys

    def key_values(self, ids: np.ndarray) -> np.ndarray | list:
        """The key values GDAL reads of QGIS's feature ids."""
        if self.key_ids is not None:
            return self.key_ids.keys(ids)
        return np.asarray(ids, dtype=np.int64)


def ogr_table(parameters: dict, key: str, context, source) -> OgrTable | None:
    """The GeoPackage layer or PostGIS table behind parameter ``key`` when ``source`` is all
    of it (no selection, limit, filter or subset) and GDAL can read it in bulk, else None."""
    if not _main_thread():  # layers are resolved and touched only on the main thread: a
        return None  # background task (the dock, dialogs) reads its prepared source per feature
    value = parameters.get(key)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit != -1:
            return None
        if getattr(value, "filterExpression", ""):
            return None
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    layer = value if isinstance(value, QgsVectorLayer) else None
    if layer is None and isinstance(value, str) and value:
        layer = QgsProcessingUtils.mapLayerFromString(value, context)
    if not isinstance(layer, QgsVectorLayer):
        return None
    if layer.subsetString() or layer.featureCount() != source.featureCount():
        return None
    if layer.providerType() == "postgres":
        return _postgres_table(layer)
    if layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("geometryType") or parts.get("subset"):  # a part of the table only
        return None
    path, name = parts.get("path"), parts.get("layerName") or parts.get("layerId") or 0
    table = OgrTable(path, name)
    ds = table.open()
    if ds is None or ds.GetDriver().ShortName not in DRIVERS or _layer(ds, name) is None:
        return None
    return table


def _postgres_table(layer: QgsVectorLayer) -> OgrTable | None:
    """The PostGIS table behind ``layer`` as GDAL reads it, when its primary key is one
    integer, text or uuid column and GDAL sees that key and geometry column; else None. For a
    key QGIS numbers through a map, the map is read here (the key only)."""
    uri = QgsDataSourceUri(layer.source())
    if uri.sql() or uri.useEstimatedMetadata() or not uri.geometryColumn():
        return None
    keys = layer.dataProvider().pkAttributeIndexes()
    if len(keys) != 1:
        return None
    key_field = layer.fields().at(keys[0])
    int32 = keys_are_ids(key_field.typeName())
    if not int32 and key_field.typeName().lower() not in KEY_TYPES:  # as ENGINE=database
        return None
    schema, name, geom = uri.schema() or "public", uri.table(), uri.geometryColumn()
    if not all(PLAIN_NAME.fullmatch(n) for n in (schema, name, geom, key_field.name())):
        return None  # an SQL query layer, or names the TABLES option would split
    table = OgrTable(
        "PG:" + uri.connectionInfo(True),  # the authentication configuration expanded
        0,
        "PostgreSQL",
        (f"TABLES={schema}.{name}({geom})",),
        relation=(schema, name, key_field.name(), geom),
    )
    if not _gdal_sees(table, layer.featureCount()):
        return None
    ids = Int32Ids() if int32 else MappedIds.read(layer, key_field.name(), layer.name())
    return replace(table, key_ids=ids)


def _gdal_sees(table: OgrTable, count: int) -> bool:
    """True when GDAL opens the table with its key and geometry column and counts the rows
    QGIS shows (no hidden type or SRID filter, QGIS's count not stale)."""
    ds = table.open()
    lyr = ds.GetLayer(0) if ds is not None and ds.GetLayerCount() == 1 else None
    if lyr is None or lyr.GetGeometryColumn() != table.relation[3]:
        return False
    defn = lyr.GetLayerDefn()
    fields = {defn.GetFieldDefn(k).GetName() for k in range(defn.GetFieldCount())}
    return table.relation[2] in fields | {lyr.GetFIDColumn()} and lyr.GetFeatureCount() == count


def _main_thread() -> bool:
    """True on the main thread (asked of Python, not of Qt: no Qt call off the main thread)."""
    return threading.current_thread() is threading.main_thread()


def _layer(ds, name):
    return ds.GetLayerByName(name) if isinstance(name, str) else ds.GetLayer(int(name))


def read_table(
    table: OgrTable, name: str, polygonal: bool, metric_parts, feedback=None, total: int = 0
):
    """``(GeometryArrays, report, fids, repaired)`` of the whole table (None if cancelled).

    ``metric_parts(geometry, fid)`` gives a cleaned geometry's rings for the features that
    need :func:`clean` (the same path as the per-feature reader).
    """
    found = TableRead(name)
    pieces = list(found.batches(table, polygonal, metric_parts, feedback, total))
    if found.cancelled:
        return None
    return _concat(pieces, polygonal), found.report, found.fids.tolist(), found.repaired


class TableRead:
    """What reading a table in batches found: report, fids (an int64 array: a Python list
    of ten million ids is 360 MB) and repaired geometries."""

    def __init__(self, name: str) -> None:
        self.report = GeometryReport(name)
        self.repaired: dict = {}
        self.n_read = 0
        self.batch_fids = np.zeros(0, np.int64)  # of the batch yielded last
        self._fids: list[np.ndarray] = []
        self.cancelled = False

    @property
    def fids(self) -> np.ndarray:
        """The feature id of every row read, in order."""
        if len(self._fids) != 1:
            self._fids = [np.concatenate(self._fids) if self._fids else np.zeros(0, np.int64)]
        return self._fids[0]

    def batches(self, table: OgrTable, polygonal: bool, metric_parts, feedback=None, total=0):
        """The table's geometry arrays, one Arrow batch (``BATCH`` features) at a time;
        ``total``: the count of rows expected, for the progress (0: counted here)."""
        with Batches(table, (), geometry=True) as read:
            total = max(total or read.count(), 1)
            for keys, _, geometries in read:
                if feedback is not None:
                    if feedback.isCanceled():
                        self.cancelled = True
                        return
                    feedback.setProgress(100.0 * self.n_read / total)
                self.batch_fids = table.feature_ids(keys)
                blobs = wkb_blobs(geometries)
                del geometries  # a view of the Arrow batch (its WKB)
                self._fids.append(self.batch_fids)
                self.n_read += len(self.batch_fids)
                yield _batch(
                    blobs, self.batch_fids, polygonal, self.report, self.repaired, metric_parts
                )
                del blobs


class Batches:
    """Arrow batches of a table as ``(keys, {field: column}, geometry column or None)``:
    the GeoPackage fid or PostGIS key (int64, copied), then views of the batch, which is
    released before the next is read. PostGIS rows come in key order (:meth:`OgrTable.select`);
    a GeoPackage's in its table order. Use as a context manager."""

    def __init__(self, table: OgrTable, fields: Sequence[str], geometry: bool) -> None:
        self.table, self.fields, self.geometry = table, list(fields), geometry
        self.postgis = table.driver == "PostgreSQL"
        self.ds = table.open()
        if self.ds is None:
            raise _unreadable(table)
        if self.postgis:  # the page is read as the query runs: kept for the whole read
            self.page = gdal.GetThreadLocalConfigOption("OGR_PG_CURSOR_PAGE", None)
            gdal.SetThreadLocalConfigOption("OGR_PG_CURSOR_PAGE", CURSOR_PAGE)
            with gdal_errors_quiet():
                try:
                    self.lyr = self.ds.ExecuteSQL(table.select(self.fields, geometry))
                except RuntimeError:
                    self.lyr = None
            if self.lyr is None:
                gdal.SetThreadLocalConfigOption("OGR_PG_CURSOR_PAGE", self.page)
                raise _unreadable(table)
            self.fid_name, self.geom_name = table.relation[2], table.relation[3]
        else:
            self.lyr = _layer(self.ds, table.layer)
            defn = self.lyr.GetLayerDefn()
            names = [defn.GetFieldDefn(k).GetName() for k in range(defn.GetFieldCount())]
            ignored = [n for n in names if n not in self.fields]
            self.lyr.SetIgnoredFields(ignored + ([] if geometry else ["OGR_GEOMETRY"]))
            self.fid_name = self.lyr.GetFIDColumn() or "OGC_FID"
            self.geom_name = self.lyr.GetGeometryColumn() or "wkb_geometry"

    def __enter__(self) -> Batches:
        return self

    def __exit__(self, *exc) -> None:
        if self.postgis:
            self.ds.ReleaseResultSet(self.lyr)
            gdal.SetThreadLocalConfigOption("OGR_PG_CURSOR_PAGE", self.page)
        self.lyr = self.ds = None

    def count(self) -> int:
        return self.lyr.GetFeatureCount()

    def field(self, name: str):
        """The definition of field ``name`` as the batches hold it (None: not one); valid
        only while the reader is open (it belongs to the layer)."""
        defn = self.lyr.GetLayerDefn()
        k = defn.GetFieldIndex(name)
        return defn.GetFieldDefn(k) if k >= 0 and defn.GetFieldDefn(k).GetName() == name else None

    def __iter__(self):
        stream = self.lyr.GetArrowStreamAsNumPy(options=[f"MAX_FEATURES_IN_BATCH={BATCH}"])
        for batch in self._checked(stream):
            keys = _keys(batch[self.fid_name])
            columns = {name: batch[name] for name in self.fields}
            geometries = batch[self.geom_name] if self.geometry else None
            del batch
            yield keys, columns, geometries
            del columns, geometries
            release_free_memory()  # the batch's buffers go before the next is read

    def _checked(self, stream):
        """The batches of ``stream``; a failure (the server gone, the file removed) stops the
        run naming the table in either GDAL error mode (raised, or the rows cut short, which
        the callers' counts catch)."""
        batches = iter(stream)
        while True:
            try:
                yield next(batches)
            except StopIteration:
                return
            except RuntimeError:
                raise _unreadable(self.table) from None


def _keys(column) -> np.ndarray:
    """A copy of a batch's key column: int64, or UTF-8 bytes for a text key."""
    if column.dtype.kind in "iu":
        return np.array(column, np.int64, copy=True)
    return np.array(column.tolist(), "S")


def _unreadable(table: OgrTable) -> QgsProcessingException:
    """The error of a table that could be read before and not now (a file removed, a table
    dropped, the server gone), with GDAL's reason."""
    where = ".".join(table.relation[:2]) if table.relation else str(table.layer)
    return QgsProcessingException(
        tr("Table '{0}' cannot be read any more: {1}").format(where, gdal.GetLastErrorMsg())
    )


def read_column(table: OgrTable, name: str, fids: np.ndarray) -> np.ndarray | list | None:
    """The values of field ``name`` in the row order ``fids``, read in Arrow batches: an
    int64 array for an integer field without NULL, else a list (str, int or NULL as QGIS
    gives them). None when the field is of another type or the rows are not ``fids``
    (then read it through QGIS)."""
    key = table.relation[2] if table.relation else None
    if name == key:  # QGIS shows a PostGIS key as a field
        return table.key_values(fids)
    with Batches(table, [name], geometry=False) as read:
        if name == read.fid_name:  # QGIS shows a GeoPackage's fid column as a field
            return np.array(fids, dtype=np.int64)
        field = read.field(name)
        if field is None or field.GetSubType() != ogr.OFSTNone:
            return None
        if field.GetType() not in _COLUMN_TYPES:
            return None
        text = field.GetType() == ogr.OFTString  # asked now: the definition goes with the layer
        read_fids, parts = [], []
        for keys, columns, _ in read:
            read_fids.append(table.feature_ids(keys))
            parts.append(columns[name].copy())  # not views holding the batches
    got = np.concatenate(read_fids) if read_fids else np.zeros(0, np.int64)
    if not np.array_equal(got, np.asarray(fids)):
        return None
    return _column_values(parts, text)


_COLUMN_TYPES = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTString)


def _column_values(parts: list, text: bool) -> np.ndarray | list:
    """Arrow column batches as an int64 array (integers without NULL) or a list."""
    masks = [np.ma.getmaskarray(p) for p in parts]
    if not text and not any(m.any() for m in masks):
        return np.concatenate([np.ma.getdata(p) for p in parts]).astype(np.int64)
    out: list = []
    for part, mask in zip(parts, masks):
        data = np.ma.getdata(part).tolist()
        if text:
            data = [v.decode("utf-8", "replace") for v in data]
        out += [NULL if m else v for v, m in zip(data, mask.tolist())]
    return out


def wkb_blobs(column) -> list:
    """WKB bytes per row, None for a null geometry (masked in the Arrow column)."""
    mask = np.ma.getmaskarray(column)
    data = np.ma.getdata(column)
    return [None if m else bytes(b) for b, m in zip(data.tolist(), mask.tolist())]


def _batch(blobs, fids, polygonal, report, repaired, metric_parts) -> GeometryArrays:
    """One Arrow batch: certified features from the walk, the others through clean()."""
    walked = walk(blobs)
    sure = certified(walked, polygonal)
    others = np.flatnonzero(~sure)
    slow = GeometryBuilder(polygonal)
    for i in others.tolist():  # in feature order, so the report lists stay in order
        fid = int(fids[i])
        geom = QgsGeometry()
        if blobs[i] is not None:
            geom.fromWkb(bytes(blobs[i]))
        cleaned = clean(geom, polygonal)
        report.count(fid, cleaned)
        if cleaned.state == REPAIRED:
            repaired[fid] = cleaned.geometry
        slow.add(metric_parts(cleaned.geometry, fid) if cleaned.usable else [])
    report.n_features += int(sure.sum())
    keep = sure[walked.ring_feature]
    counts = np.diff(walked.ring_offsets)[keep]
    rings = GeometryArrays(
        walked.xy[np.repeat(keep, np.diff(walked.ring_offsets))],
        np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
        walked.ring_feature[keep],
        len(blobs),
        polygonal,
    )
    slow = slow.build()
    slow = GeometryArrays(
        slow.xy, slow.ring_offsets, others[slow.ring_feature], len(blobs), polygonal
    )
    return _concat([rings, slow], polygonal, same_features=True)


def _concat(arrays: list[GeometryArrays], polygonal: bool, same_features=False):
    """Rings of several arrays in feature order: over the same features (each feature's
    rings in one of them) or one after another."""
    if not arrays:
        return GeometryArrays.from_parts([], polygonal)
    if not same_features:  # batches one after another: already in feature order
        return _append(arrays, polygonal)
    shift = np.cumsum([0] + [a.n_features for a in arrays])[:-1]
    if same_features:
        shift[:] = 0
    feature = np.concatenate([a.ring_feature + s for a, s in zip(arrays, shift)])
    counts = np.concatenate([np.diff(a.ring_offsets) for a in arrays])
    starts = np.concatenate(
        [a.ring_offsets[:-1] + o for a, o in zip(arrays, _xy_shift(arrays))]
    ).astype(np.int64)
    xy = np.concatenate([a.xy for a in arrays]) if arrays else np.zeros((0, 2))
    order = np.argsort(feature, kind="stable")
    counts, starts = counts[order], starts[order]
    offsets = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    index = np.repeat(starts - offsets[:-1], counts) + np.arange(int(offsets[-1]))
    n = arrays[0].n_features if same_features else int(sum(a.n_features for a in arrays))
    return GeometryArrays(xy[index].reshape(-1, 2), offsets, feature[order], n, polygonal)


def _append(arrays: list[GeometryArrays], polygonal: bool) -> GeometryArrays:
    """Arrays of consecutive features joined without reordering (no gather, one copy)."""
    features = np.cumsum([0] + [a.n_features for a in arrays])
    vertices = _xy_shift(arrays)
    offsets = np.concatenate(
        [a.ring_offsets[:-1] + v for a, v in zip(arrays, vertices)]
        + [np.array([vertices[-1] + len(arrays[-1].xy)])]
    ).astype(np.int64)
    feature = np.concatenate([a.ring_feature + f for a, f in zip(arrays, features[:-1])])
    xy = np.concatenate([a.xy for a in arrays]).reshape(-1, 2)
    return GeometryArrays(xy, offsets, feature.astype(np.int64), int(features[-1]), polygonal)


def _xy_shift(arrays: list[GeometryArrays]) -> np.ndarray:
    return np.cumsum([0] + [len(a.xy) for a in arrays])[:-1]
