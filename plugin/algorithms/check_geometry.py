"""``clearance:check_geometry`` — one row per geometry problem of any clearance layer."""

from __future__ import annotations

import json
import math
from contextlib import ExitStack

import numpy as np
from qgis.core import (
    NULL,
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ..engine import geometry_checks as checks
from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.crs import describe, source_metric_crs
from ..qgis_io.fields import extend_fields, make_field
from ..qgis_io.geometries import repair
from ..qgis_io.ids import feature_ids, id_field_parameter, require_field
from ..qgis_io.layers import read_source, require_crs
from ..qgis_io.sinks import AtomicSink, clear_empty_geometries, commit_all
from ..qgis_io.styling import style_on_load
from .base import ClearanceAlgorithm, geometry_counts, number_parameter

RULES = (
    "invalid",
    "too few vertices",
    "duplicate geometry",
    "duplicate id",
    "long gap",
    "sliver",
    "outside crs bounds",
)
PROBLEM_FIELDS = (
    ("feature_id", "long"),
    ("id_value", "string"),
    ("rule", "string"),
    ("detail", "string"),
)

HELP = QT_TR_NOOP(
    """One row (a point at the problem) per geometry problem of any layer: invalid \
geometry (with GEOS's reason; null or empty geometries and NaN or infinite coordinates \
are invalid rows too), fewer than three distinct vertices (two for lines), duplicate \
geometries, duplicate ids in ID_FIELD (also ids differing only by spaces or case), \
consecutive vertices further apart than MAX_GAP_M, polygons smaller than MIN_AREA_M2 \
(slivers) and features outside the bounds of the layer's CRS. Distances and areas are \
measured in the layer's CRS if it is projected in metres, else in the UTM zone of its \
extent. ID_FIELD (optional) must name a field of the layer; empty = the id field guessed \
as in every algorithm (unique, non-empty ids), which names the rows in id_value.

REPAIRED (optional) receives every input feature, 2D (curves segmentised): valid \
geometries as they are, invalid ones repaired with GEOS makeValid (repaired true). A \
feature that cannot be repaired into the layer's geometry type (a lone spike, a zero-area or \
2-point ring) keeps its original rings so its place is not lost, with repaired false and \
the reason in repair_note; null and empty geometries and geometries with NaN or infinite \
coordinates are written without geometry, with the reason. The input is never modified; \
a cancelled run writes neither output.""",
)


class CheckGeometryAlgorithm(ClearanceAlgorithm):
    """Geometry QA before export (GICHD geocheck rules)."""

    ALGORITHM_ID = "check_geometry"
    DISPLAY_NAME = QT_TR_NOOP("Check geometry")
    GROUP = QT_TR_NOOP("Quality assurance")
    GROUP_ID = "qa"
    HELP = HELP

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    MAX_GAP_M = "MAX_GAP_M"
    MIN_AREA_M2 = "MIN_AREA_M2"
    OUTPUT = "OUTPUT"
    REPAIRED = "REPAIRED"
    PROBLEMS = "PROBLEMS"

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Layer to check"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]
            )
        )
        self.addParameter(id_field_parameter(self.INPUT))
        self.addParameter(
            number_parameter(
                self.MAX_GAP_M,
                tr("Longest allowed gap between consecutive vertices (m)"),
                5000.0,
                0,
            )
        )
        self.addParameter(
            number_parameter(self.MIN_AREA_M2, tr("Sliver: polygons smaller than (m²)"), 1.0, 1)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Geometry problems"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.REPAIRED,
                tr("Repaired geometries"),
                QgsProcessing.SourceType.TypeVectorAnyGeometry,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.PROBLEMS, tr("Number of geometry problems")))
        self.add_count_outputs(
            (("PROBLEMS_BY_RULE", QT_TR_NOOP("Problems by rule (JSON: rule → count)"), "string"),)
        )

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        name = source.sourceName() or self.INPUT
        if source.wkbType() == QgsWkbTypes.Type.NoGeometry:
            raise QgsProcessingException(tr("Layer '{0}' has no geometry.").format(name))
        crs = require_crs(source, name)
        require_field(source, name, self.parameterAsString(parameters, self.ID_FIELD, context))
        metric = source_metric_crs(source)
        feedback.pushInfo(tr("Lengths and areas measured in {0}").format(describe(metric)))
        read = read_source(
            source, name, metric, context, feedback, keep_features=True, repair=False
        )
        to_layer = QgsCoordinateTransform(metric, crs, context.transformContext())
        field = self.parameterAsString(parameters, self.ID_FIELD, context)
        ids = feature_ids(source, name, field, feedback, read.fids)
        problems = self._problems(read, source, to_layer, ids, parameters, context, feedback)
        if problems is None:
            return {}
        results = self._write(parameters, context, source, read.features, problems, feedback)
        if not results:
            return {}
        style_on_load(context, results[self.OUTPUT], "geometry_problems")
        counts = {r: sum(p[2] == r for p in problems) for r in RULES}
        feedback.pushInfo(
            tr("Problems: {0}").format(", ".join(f"{r} {c}" for r, c in counts.items()))
        )
        results.update(geometry_counts(read.report))
        results["PROBLEMS_BY_RULE"] = json.dumps(counts)
        return results

    def _write(self, parameters, context, source, features, problems, feedback) -> dict:
        """OUTPUT and REPAIRED, replaced together or not at all ({} if cancelled)."""
        crs = source.sourceCrs()
        point = QgsWkbTypes.Type.Point
        with ExitStack() as stack:
            out = stack.enter_context(
                AtomicSink(self, parameters, self.OUTPUT, context, _fields(), point, crs)
            )
            sinks = [out]
            if parameters.get(self.REPAIRED) is not None:
                repaired = self._repaired_sink(parameters, context, source, crs)
                sinks.append(stack.enter_context(repaired))
            if not _write_problems(out, problems, feedback):
                return {}
            if len(sinks) > 1 and not _write_repaired(sinks[1], features, source, feedback):
                return {}
            dests = commit_all(sinks, feedback.isCanceled)
        if dests is None:
            return {}
        results = {self.OUTPUT: dests[0], self.PROBLEMS: len(problems)}
        if len(dests) > 1:
            results[self.REPAIRED] = dests[1]
            clear_empty_geometries(dests[1])  # NULL, not EMPTY
        return results

    def _problems(self, read, source, to_layer, ids, parameters, context, feedback):
        """Every problem row ``(fid, id, rule, detail, point)``; None when cancelled."""
        if feedback.isCanceled():
            return None
        features = read.features
        unusable = _unusable(read.report)
        problems = [(fid, None, "invalid", reason, None) for fid, reason in unusable.items()]
        checked = [f for f in features if f.id() not in unusable]
        invalid = self._invalid(checked, feedback)
        if invalid is None:
            return None
        problems += invalid
        problems += self._vertex_rules(
            read.geometry, features, source, to_layer, parameters, context
        )
        problems += self._duplicates(read.geometry, features, ids)
        outside = self._outside_bounds(checked, source.sourceCrs(), context, feedback)
        if outside is None:
            return None
        problems += outside
        if ids.field:  # every problem row named by the feature's label
            by_fid = ids.label_of()
            problems = [(p[0], by_fid.get(p[0]), *p[2:]) for p in problems]
        return None if feedback.isCanceled() else problems

    def _invalid(self, features, feedback) -> list[tuple] | None:
        """GEOS validity of features that have finite coordinates (None when cancelled)."""
        out = []
        for i, feature in enumerate(features):
            if _stopped(feedback, i):
                return None
            geom = feature.geometry()
            for error in geom.validateGeometry(Qgis.GeometryValidationEngine.Geos):
                point = error.where() if error.hasWhere() else geom.pointOnSurface().asPoint()
                out.append((feature.id(), None, "invalid", error.what(), QgsPointXY(point)))
        return out

    def _vertex_rules(self, geom, features, source, to_layer, parameters, context) -> list:
        out = []
        polygonal = geom.polygonal
        fids = [f.id() for f in features]
        needed = 3 if polygonal else 2
        point_layer = QgsWkbTypes.geometryType(source.wkbType()) == (
            QgsWkbTypes.GeometryType.PointGeometry
        )
        has = geom.has_geometry()
        if not point_layer:
            distinct = checks.distinct_vertex_counts(geom)
            for i in np.flatnonzero(has & (distinct < needed)):
                out.append(
                    (
                        fids[i],
                        None,
                        "too few vertices",
                        tr("{0} distinct vertices (needs {1})").format(distinct[i], needed),
                        _anchor(features[i]),
                    )
                )
            max_gap = self.parameterAsDouble(parameters, self.MAX_GAP_M, context)
            owner, mid, length = checks.long_gaps(geom, max_gap)
            for f, xy, d in zip(owner, mid, length):
                out.append(
                    (
                        fids[f],
                        None,
                        "long gap",
                        tr("consecutive vertices {0:,.0f} m apart (> {1:,.0f} m)").format(
                            d, max_gap
                        ),
                        _back(to_layer, xy),
                    )
                )
        if polygonal:
            min_area = self.parameterAsDouble(parameters, self.MIN_AREA_M2, context)
            area = checks.polygon_areas(geom)
            for i in np.flatnonzero(has & (area < min_area)):
                out.append(
                    (
                        fids[i],
                        None,
                        "sliver",
                        tr("area {0:.3g} m² < {1:g} m²").format(area[i], min_area),
                        _anchor(features[i]),
                    )
                )
        return out

    def _duplicates(self, geom, features, ids) -> list[tuple]:
        out = []
        for group in checks.duplicate_groups(checks.geometry_keys(geom)):
            same = ", ".join(str(features[i].id()) for i in group)
            for i in group:
                out.append(
                    (
                        features[i].id(),
                        None,
                        "duplicate geometry",
                        tr("same geometry as features {0}").format(same),
                        _anchor(features[i]),
                    )
                )
        if ids.field:
            values = ids.values
            keys = [checks.normalise_id(v) for v in values]
            for group in checks.duplicate_groups(keys):
                shown = ", ".join(repr(str(values[i])) for i in group)
                for i in group:
                    out.append(
                        (
                            features[i].id(),
                            values[i],
                            "duplicate id",
                            tr("{0} repeats: {1}").format(ids.field, shown),
                            _anchor(features[i]),
                        )
                    )
        return out

    def _outside_bounds(self, features, crs, context, feedback) -> list[tuple] | None:
        """Features outside the CRS's area of use (None when cancelled)."""
        bounds = crs.bounds()  # WGS 84
        if bounds.isEmpty():
            return []
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        to_wgs = QgsCoordinateTransform(crs, wgs84, context.transformContext())
        out = []
        for i, feature in enumerate(features):
            if _stopped(feedback, i):
                return None
            geom = feature.geometry()
            try:
                box = to_wgs.transformBoundingBox(geom.boundingBox())
                inside = bounds.contains(box) and box.isFinite()
            except QgsCsException:
                inside = False
            if not inside:
                out.append(
                    (
                        feature.id(),
                        None,
                        "outside crs bounds",
                        tr("outside the area of use of {0}").format(crs.authid()),
                        _anchor(feature),
                    )
                )
        return out

    def _repaired_sink(self, parameters, context, source, crs) -> AtomicSink:
        """REPAIRED: the source fields plus ``repaired`` and ``repair_note``, 2D multi-type."""
        fields, _ = repaired_fields(source)
        kind = QgsWkbTypes.flatType(QgsWkbTypes.linearType(source.wkbType()))
        return AtomicSink(
            self, parameters, self.REPAIRED, context, fields, QgsWkbTypes.multiType(kind), crs
        )


def repaired_fields(source) -> tuple[QgsFields, list[int]]:
    """Fields of REPAIRED and the indexes of the source attributes they keep."""
    return extend_fields(source.fields(), [("repaired", "bool"), ("repair_note", "string")])


def _fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in PROBLEM_FIELDS:
        fields.append(make_field(name, kind))
    return fields


def _stopped(feedback, i: int, every: int = 1000) -> bool:
    """True when the user cancelled (asked every ``every`` items)."""
    return i % every == 0 and feedback.isCanceled()


def _unusable(report) -> dict:
    """Feature id -> reason for features read without rings (null, empty, non-finite)."""
    out = {fid: tr("empty or null geometry") for fid in report.null_ids}
    out.update(dict(report.degenerate))
    return out


def _write_problems(out: AtomicSink, problems: list[tuple], feedback) -> bool:
    """Add the problem points; False when cancelled."""
    fields = _fields()
    for i, (fid, id_value, rule, detail, point) in enumerate(problems):
        if _stopped(feedback, i):
            return False
        f = QgsFeature(fields)
        f.setAttributes([fid, NULL if id_value in (None, NULL) else str(id_value), rule, detail])
        if point is not None:
            f.setGeometry(QgsGeometry.fromPointXY(point))
        out.add(f)
    return True


def _write_repaired(out: AtomicSink, features, source, feedback) -> bool:
    """Every feature, repaired where it can be (see HELP); False when cancelled."""
    fields, kept = repaired_fields(source)
    kind = QgsWkbTypes.geometryType(source.wkbType())
    for i, feature in enumerate(features):
        if _stopped(feedback, i):
            return False
        geom, fixed, note = repair(feature.geometry(), kind)
        f = QgsFeature(fields)
        if geom is not None:
            f.setGeometry(geom)
        attrs = feature.attributes()
        f.setAttributes([attrs[k] for k in kept] + [fixed, note])
        out.add(f)
    return True


def _anchor(feature) -> QgsPointXY | None:
    """The feature's first vertex (None without a finite one)."""
    geom = feature.geometry()
    if geom.isNull() or geom.isEmpty():
        return None
    point = QgsPointXY(geom.vertexAt(0))
    return point if math.isfinite(point.x()) and math.isfinite(point.y()) else None


def _back(transform, xy) -> QgsPointXY:
    return transform.transform(QgsPointXY(float(xy[0]), float(xy[1])))
