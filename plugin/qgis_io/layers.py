"""Read a Processing feature source into :class:`GeometryArrays` in a chosen CRS."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsWkbTypes,
)

from ..engine.geometry import GeometryArrays, GeometryBuilder
from ..i18n import tr, tr_message
from . import wkb
from .bulk_read import OgrTable, TableRead, read_table
from .geometries import POLYGON, REPAIRED, GeometryReport, clean, raw


class ReadCounts:
    """What every read of a layer counts from its ``report``."""

    report: GeometryReport

    @property
    def n_null(self) -> int:
        """Features without a result: null, empty or degenerate geometry."""
        return self.report.n_null + self.report.n_degenerate

    @property
    def n_repaired(self) -> int:
        return self.report.n_repaired


@dataclass
class SourceArrays(ReadCounts):
    """Geometry arrays of one source plus what reading it found (``report``)."""

    name: str
    geometry: GeometryArrays | None  # None when streamed (stream_source)
    report: GeometryReport
    features: list[QgsFeature] = field(default_factory=list)  # only when kept
    fids: Sequence[int] = field(default_factory=list)  # feature id of every row, in order
    # (an int64 array when streamed)
    repaired: dict = field(default_factory=dict)  # feature id -> repaired source geometry

    @property
    def n_features(self) -> int:
        return self.geometry.n_features if self.geometry is not None else len(self.fids)

    def has_geometry(self) -> np.ndarray:
        """True per row with a usable geometry."""
        return self.geometry.has_geometry()

    def output_geometry(self, feature: QgsFeature) -> QgsGeometry | None:
        """What an output writes for ``feature``: its repaired geometry, else its own (a
        degenerate one as it came), as a multi-type copy; None without geometry."""
        geom = self.repaired.get(feature.id())
        if geom is None:
            geom = feature.geometry()
        if geom is None or geom.isNull():
            return None
        out = QgsGeometry(geom)
        out.convertToMultiType()
        return out


def require_crs(source, name: str) -> QgsCoordinateReferenceSystem:
    """The CRS of a feature source (or any map layer), or a clear error when it has none."""
    crs = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
    if not crs.isValid():
        raise QgsProcessingException(
            tr(
                "Layer '{0}' has no coordinate reference system. Set it in Layer Properties ▸ "
                "Source (or run 'Assign projection') and run again."
            ).format(name)
        )
    return crs


def read_source(
    source,
    name: str,
    crs: QgsCoordinateReferenceSystem,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback | None = None,
    *,
    keep_features: bool = False,
    repair: bool = True,
    table: OgrTable | None = None,
) -> SourceArrays:
    """Every feature's geometry, through :func:`geometries.clean`, in ``crs`` as arrays.

    One row per feature, in source order: features whose geometry is null, empty or
    degenerate keep a row without rings (the engine gives them NULL results) and are
    counted in ``report``. Repaired geometries (source CRS) are kept in ``repaired``; with
    ``repair=False`` invalid geometries are used as they are (rings only, e.g. for checks).
    With ``keep_features`` the features are kept in order too.

    ``table`` (from :func:`bulk_read.ogr_table`) reads a whole GeoPackage layer or PostGIS
    table in bulk when nothing is transformed or kept; the result is the same (a PostGIS
    table's rows in key order, the provider's in its storage order).
    """
    transform = QgsCoordinateTransform(require_crs(source, name), crs, context.transformContext())
    if table is not None and repair and not keep_features and transform.isShortCircuited():
        bulk = _read_bulk(source, table, name, transform, feedback)
        if bulk is not None:
            return bulk
    request = QgsFeatureRequest()
    if not keep_features:
        request.setNoAttributes()
    polygonal = source.wkbType() != QgsWkbTypes.Type.NoGeometry and (
        QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    )
    rings = GeometryBuilder(polygonal)  # flat growing arrays, not one array per ring
    fids: list[int] = []
    kept: list[QgsFeature] = []
    report = GeometryReport(name)
    repaired: dict = {}
    total = max(source.featureCount(), 1)
    for i, feature in enumerate(iter_features(source, request)):
        if feedback is not None and i % 2000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * i / total)
        cleaned = clean(feature.geometry(), polygonal) if repair else raw(feature.geometry())
        report.count(feature.id(), cleaned)
        if cleaned.state == REPAIRED:
            repaired[feature.id()] = cleaned.geometry
        rings.add(
            _metric_parts(cleaned.geometry, transform, name, feature.id()) if cleaned.usable else []
        )
        fids.append(feature.id())
        if keep_features:
            kept.append(feature)
    arrays = rings.build()
    _require_finite(arrays, fids, transform, name)
    return SourceArrays(name, arrays, report, kept, fids, repaired)


def _read_bulk(source, table: OgrTable, name: str, transform, feedback) -> SourceArrays | None:
    """:func:`read_source` through :func:`bulk_read.read_table`; None (read feature by
    feature instead) when the table does not hold exactly the source's features."""
    polygonal = QgsWkbTypes.geometryType(source.wkbType()) == POLYGON
    bulk = read_table(
        table,
        name,
        polygonal,
        lambda geom, fid: _metric_parts(geom, transform, name, fid),
        feedback,
        source.featureCount(),
    )
    if bulk is None:  # cancelled
        return SourceArrays(name, GeometryArrays.from_parts([]), GeometryReport(name))
    arrays, report, fids, repaired = bulk
    if arrays.n_features != source.featureCount():
        return None
    _require_finite(arrays, fids, transform, name)
    return SourceArrays(name, arrays, report, [], fids, repaired)


def stream_source(
    source,
    name: str,
    crs: QgsCoordinateReferenceSystem,
    context: QgsProcessingContext,
    table: OgrTable | None,
    on_block,
    feedback: QgsProcessingFeedback | None = None,
) -> SourceArrays | None:
    """:func:`read_source` of a whole GeoPackage or PostGIS table in its own CRS, one batch
    at a time: ``on_block(arrays)`` gets each batch's geometry arrays, which are not kept
    (``geometry`` is None in the result). None when the source cannot be streamed (then
    read it with :func:`read_source`; ``on_block`` has not been called)."""
    transform = QgsCoordinateTransform(require_crs(source, name), crs, context.transformContext())
    if table is None or not transform.isShortCircuited():
        return None
    polygonal = QgsWkbTypes.geometryType(source.wkbType()) == POLYGON
    found = TableRead(name)
    parts = lambda geom, fid: _metric_parts(geom, transform, name, fid)  # noqa: E731
    for arrays in found.batches(table, polygonal, parts, feedback, source.featureCount()):
        if found.n_read > source.featureCount():
            at = found.n_read - len(found.batch_fids)
            added = int(found.batch_fids[source.featureCount() - at])
            what = tr("feature {0} was added").format(added)
            raise QgsProcessingException(changed_text(name, what))
        _require_finite(arrays, found.batch_fids, transform, name)
        on_block(arrays)
    if not found.cancelled and found.n_read != source.featureCount():
        gone = tr("{0} of its {1} features are gone").format(
            source.featureCount() - found.n_read, source.featureCount()
        )
        raise QgsProcessingException(changed_text(name, gone))
    return SourceArrays(name, None, found.report, [], found.fids, found.repaired)


def iter_features(source, request: QgsFeatureRequest | None = None):
    """Features of a source without the context's invalid-geometry check.

    Validity is handled by the caller (repair, or exact distances on the raw rings), so the
    context's "stop on invalid geometry" setting must not drop or abort on features.
    """
    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(
            request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        )
    return source.getFeatures(request)


def aligned(features, fids: list[int], name: str = ""):
    """``(row, feature)`` for a second pass over a source read before by :func:`read_source`.

    Providers return features in the same order for the same source, so the row is usually
    the position; if not, rows are found by feature id. A source that changed between the
    passes (a colleague editing a shared PostGIS table) stops the run with its layer named,
    rather than writing results onto the wrong features or dropping some.
    """
    position = None
    seen = 0
    try:
        for i, feature in enumerate(features):
            if position is None and (i >= len(fids) or fids[i] != feature.id()):
                position = {fid: row for row, fid in enumerate(fids)}
            if position is not None and feature.id() not in position:
                added = tr("feature {0} was added").format(feature.id())
                raise QgsProcessingException(changed_text(name, added))
            seen += 1
            yield (i if position is None else position[feature.id()]), feature
    finally:  # a database cursor left open would hold its table's lock
        getattr(features, "close", lambda: None)()
    if seen != len(fids):
        gone = tr("{0} of its {1} features are gone").format(len(fids) - seen, len(fids))
        raise QgsProcessingException(changed_text(name, gone))


def changed_text(name: str, what: str) -> str:
    """The error of a run whose input ``name`` changed between its passes (``what``)."""
    return tr(
        "Layer '{0}' changed while the analysis ran ({1}); nothing was written. Run it again "
        "when the edits are saved."
    ).format(name, what)


def in_crs(
    geom: QgsGeometry, transform: QgsCoordinateTransform, name: str, fid: int
) -> QgsGeometry:
    """``geom`` in the transform's destination CRS, curves segmentized; ``geom`` itself is
    never changed. A failing transform stops with an error naming the layer and feature."""
    out = geom
    if QgsWkbTypes.isCurvedType(out.wkbType()):
        out = QgsGeometry(out.constGet().segmentize())
    if transform.isShortCircuited():
        return out
    out = QgsGeometry(out)
    try:
        out.transform(transform)
    except QgsCsException as exc:
        raise QgsProcessingException(
            tr("Layer '{0}', feature {1}: cannot transform its geometry to {2} ({3}).").format(
                name, fid, transform.destinationCrs().authid(), exc
            )
        ) from exc
    return out


def _metric_parts(
    geom: QgsGeometry, transform: QgsCoordinateTransform, name: str, fid: int
) -> list:
    """The geometry's rings/lines/points in the target CRS as ``(n, 2)`` arrays."""
    metric = in_crs(geom, transform, name, fid)
    try:
        parts, _, _ = wkb.parse(bytes(metric.asWkb()))
    except (wkb.WkbError, ValueError) as exc:
        raise QgsProcessingException(
            tr("Layer '{0}', feature {1}: unreadable geometry ({2}).").format(
                name, fid, tr_message(exc)
            )
        ) from exc
    return parts


def _require_finite(
    arrays: GeometryArrays, fids: Sequence[int], transform: QgsCoordinateTransform, name: str
) -> None:
    """Refuse coordinates that did not survive the transform (checked once, vectorised)."""
    bad = np.flatnonzero(~np.isfinite(arrays.xy).all(axis=1))
    if not len(bad):
        return
    ring = np.searchsorted(arrays.ring_offsets, bad[0], side="right") - 1
    fid = int(fids[int(arrays.ring_feature[ring])])
    raise QgsProcessingException(
        tr(
            "Layer '{0}', feature {1}: coordinates cannot be transformed to {2} (are they "
            "in the layer's CRS {3}?)."
        ).format(name, fid, transform.destinationCrs().authid(), transform.sourceCrs().authid())
    )
