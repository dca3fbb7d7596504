"""Bulk reading of GeoPackage layers: Arrow batches, walked WKB, the validity certificate.

For a whole GeoPackage layer read in its own CRS, :func:`read_table` reads the geometry
column in Arrow batches (``GetArrowStreamAsNumPy``), walks the WKB of a batch at once
(:mod:`wkb_arrays`) and lets :func:`geometries.certified` decide which features need GEOS:
those go through :func:`geometries.clean` one by one, as every feature did before. Anything
else (other providers, subsets, selections, limits, transforms, curves, Z/M, kept
features) is read feature by feature by :func:`layers.read_source`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsGeometry,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..engine.geometry import GeometryArrays
from .geometries import REPAIRED, GeometryReport, certified, clean
from .wkb_arrays import walk

BATCH = 100_000
DRIVERS = ("GPKG",)


@dataclass(frozen=True)
class OgrTable:
    """One layer of a file that GDAL reads in Arrow batches."""

    path: str
    layer: str | int


def ogr_table(parameters: dict, key: str, context, source) -> OgrTable | None:
    """The GeoPackage table behind parameter ``key`` when ``source`` is all of it (no
    selection, limit, filter or subset), else None."""
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
    if layer.providerType() != "ogr":
        return None
    if layer.subsetString() or layer.featureCount() != source.featureCount():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("geometryType") or parts.get("subset"):  # a part of the table only
        return None
    path, name = parts.get("path"), parts.get("layerName") or parts.get("layerId") or 0
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        return None
    if ds is None or ds.GetDriver().ShortName not in DRIVERS or _layer(ds, name) is None:
        return None
    return OgrTable(path, name)


def _main_thread() -> bool:
    """True on the main thread (asked of Python, not of Qt: no Qt call off the main thread)."""
    return threading.current_thread() is threading.main_thread()


def _layer(ds, name):
    return ds.GetLayerByName(name) if isinstance(name, str) else ds.GetLayer(int(name))


def read_table(table: OgrTable, name: str, polygonal: bool, metric_parts, feedback=None):
    """``(GeometryArrays, report, fids, repaired)`` of the whole table (None if cancelled).

    ``metric_parts(geometry, fid)`` gives a cleaned geometry's rings for the features that
    need :func:`clean` (the same path as the per-feature reader).
    """
    found = TableRead(name)
    pieces = list(found.batches(table, polygonal, metric_parts, feedback))
    if found.cancelled:
        return None
    return _concat(pieces, polygonal), found.report, found.fids, found.repaired


class TableRead:
    """What reading a table in batches found: report, fids and repaired geometries."""

    def __init__(self, name: str) -> None:
        self.report = GeometryReport(name)
        self.repaired: dict = {}
        self.fids: list[int] = []
        self.cancelled = False

    def batches(self, table: OgrTable, polygonal: bool, metric_parts, feedback=None):
        """The table's geometry arrays, one Arrow batch (``BATCH`` features) at a time."""
        ds = gdal.OpenEx(table.path, gdal.OF_VECTOR | gdal.OF_READONLY)
        lyr = _layer(ds, table.layer)
        defn = lyr.GetLayerDefn()
        lyr.SetIgnoredFields([defn.GetFieldDefn(k).GetName() for k in range(defn.GetFieldCount())])
        fid_name = lyr.GetFIDColumn() or "OGC_FID"
        geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
        total = max(lyr.GetFeatureCount(), 1)
        stream = lyr.GetArrowStreamAsNumPy(options=[f"MAX_FEATURES_IN_BATCH={BATCH}"])
        for batch in stream:
            if feedback is not None:
                if feedback.isCanceled():
                    self.cancelled = True
                    return
                feedback.setProgress(100.0 * len(self.fids) / total)
            batch_fids = batch[fid_name].tolist()
            blobs = _blobs(batch[geom_name])
            self.fids.extend(batch_fids)
            yield _batch(blobs, batch_fids, polygonal, self.report, self.repaired, metric_parts)


def _blobs(column) -> list:
    """WKB bytes per row, None for a null geometry (masked in the Arrow column)."""
    mask = np.ma.getmaskarray(column)
    data = np.ma.getdata(column)
    return [None if m else bytes(b) for b, m in zip(data.tolist(), mask.tolist())]


def _batch(blobs, fids, polygonal, report, repaired, metric_parts) -> GeometryArrays:
    """One Arrow batch: certified features from the walk, the others through clean()."""
    walked = walk(blobs)
    sure = certified(walked, polygonal)
    others = np.flatnonzero(~sure)
    parts_of_others = []
    for i in others.tolist():  # in feature order, so the report lists stay in order
        geom = QgsGeometry()
        if blobs[i] is not None:
            geom.fromWkb(bytes(blobs[i]))
        cleaned = clean(geom, polygonal)
        report.count(fids[i], cleaned)
        if cleaned.state == REPAIRED:
            repaired[fids[i]] = cleaned.geometry
        parts_of_others.append(metric_parts(cleaned.geometry, fids[i]) if cleaned.usable else [])
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
    slow = GeometryArrays.from_parts(parts_of_others, polygonal)
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
