"""``clearance:check_geometry`` — one row per geometry problem of any clearance layer."""

from __future__ import annotations

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
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..engine import geometry_checks as checks
from ..i18n import tr
from ..qgis_io.crs import describe, metric_crs
from ..qgis_io.fields import extend_fields, make_field
from ..qgis_io.layers import read_source, require_crs
from ..qgis_io.sinks import AtomicSink, commit_all
from ..qgis_io.styling import style_on_load
from .base import ClearanceAlgorithm, number_parameter

RULES = (
    "invalid",
    "too few vertices",
    "duplicate geometry",
    "duplicate id",
    "long gap",
    "sliver",
    "outside crs bounds",
)

HELP = """One row (a point at the problem) per geometry problem of any layer: invalid \
geometry (with GEOS's reason), fewer than three distinct vertices (two for lines), duplicate \
geometries, duplicate ids in ID_FIELD (also ids differing only by spaces or case), \
consecutive vertices further apart than MAX_GAP_M, polygons smaller than MIN_AREA_M2 \
(slivers) and features outside the bounds of the layer's CRS. Distances and areas are \
measured in the layer's CRS if it is projected in metres, else in the UTM zone of its \
extent. REPAIRED (optional) receives every feature with GEOS makeValid geometry and a \
'repaired' flag; the input is never modified."""


class CheckGeometryAlgorithm(ClearanceAlgorithm):
    """Geometry QA before export (GICHD geocheck rules)."""

    ALGORITHM_ID = "check_geometry"
    DISPLAY_NAME = "Check geometry"
    GROUP = "Quality assurance"
    GROUP_ID = "qa"
    HELP = HELP

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    MAX_GAP_M = "MAX_GAP_M"
    MIN_AREA_M2 = "MIN_AREA_M2"
    OUTPUT = "OUTPUT"
    REPAIRED = "REPAIRED"

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Layer to check"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ID_FIELD, tr("Id field"), parentLayerParameterName=self.INPUT, optional=True
            )
        )
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

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        name = source.sourceName() or "INPUT"
        if source.wkbType() == QgsWkbTypes.Type.NoGeometry:
            raise QgsProcessingException(tr("Layer '{0}' has no geometry.").format(name))
        crs = require_crs(source, name)
        metric = metric_crs(crs, source.sourceExtent())
        feedback.pushInfo(tr("Lengths and areas measured in {0}").format(describe(metric)))
        read = read_source(
            source, name, metric, context, feedback, keep_features=True, repair=False
        )
        features = read.features
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        problems: list[tuple] = []  # (fid, id, rule, detail, point in layer CRS)
        to_layer = QgsCoordinateTransform(metric, crs, context.transformContext())
        problems += self._invalid(features, feedback)
        problems += self._vertex_rules(
            read.geometry, features, source, to_layer, parameters, context
        )
        problems += self._duplicates(read.geometry, features, id_field)
        problems += self._outside_bounds(features, crs, context)
        if id_field:
            by_fid = {f.id(): f[id_field] for f in features}
            problems = [
                (p[0], by_fid.get(p[0]) if p[1] is None else p[1], *p[2:]) for p in problems
            ]
        fields = QgsFields()
        for n, k in (
            ("feature_id", "long"),
            ("id_value", "string"),
            ("rule", "string"),
            ("detail", "string"),
        ):
            fields.append(make_field(n, k))
        with ExitStack() as stack:  # OUTPUT and REPAIRED are replaced together, or neither
            out = stack.enter_context(
                AtomicSink(
                    self, parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, crs
                )
            )
            for fid, id_value, rule, detail, point in problems:
                f = QgsFeature(fields)
                f.setAttributes(
                    [fid, NULL if id_value in (None, NULL) else str(id_value), rule, detail]
                )
                if point is not None:
                    f.setGeometry(QgsGeometry.fromPointXY(point))
                out.add(f)
            sinks = [out]
            if parameters.get(self.REPAIRED) is not None:
                sinks.append(self._repaired(stack, parameters, context, source, features, crs))
            dests = commit_all(sinks, feedback.isCanceled)
        if dests is None:
            return {}
        style_on_load(context, dests[0], "geometry_problems")
        counts = {r: sum(p[2] == r for p in problems) for r in RULES}
        feedback.pushInfo(
            tr("Problems: {0}").format(", ".join(f"{r} {c}" for r, c in counts.items()))
        )
        results = {self.OUTPUT: dests[0], "PROBLEMS": len(problems)}
        if len(dests) > 1:
            results[self.REPAIRED] = dests[1]
        return results

    def _id(self, feature, id_field):
        return feature[id_field] if id_field else None

    def _invalid(self, features, feedback) -> list[tuple]:
        out = []
        for i, feature in enumerate(features):
            if i % 1000 == 0 and feedback.isCanceled():
                break
            geom = feature.geometry()
            if geom.isNull() or geom.isEmpty():
                out.append((feature.id(), None, "invalid", "empty or null geometry", None))
                continue
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
                        f"{distinct[i]} distinct vertices (needs {needed})",
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
                        f"consecutive vertices {d:,.0f} m apart (> {max_gap:,.0f} m)",
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
                        f"area {area[i]:.3g} m² < {min_area:g} m²",
                        _anchor(features[i]),
                    )
                )
        return out

    def _duplicates(self, geom, features, id_field) -> list[tuple]:
        out = []
        for group in checks.duplicate_groups(checks.geometry_keys(geom)):
            ids = ", ".join(str(features[i].id()) for i in group)
            for i in group:
                out.append(
                    (
                        features[i].id(),
                        self._id(features[i], id_field),
                        "duplicate geometry",
                        f"same geometry as features {ids}",
                        _anchor(features[i]),
                    )
                )
        if id_field:
            values = [features[i][id_field] for i in range(len(features))]
            keys = [None if v in (None, NULL) else checks.normalise_id(v) for v in values]
            for group in checks.duplicate_groups(keys):
                shown = ", ".join(repr(str(values[i])) for i in group)
                for i in group:
                    out.append(
                        (
                            features[i].id(),
                            values[i],
                            "duplicate id",
                            f"{id_field} repeats: {shown}",
                            _anchor(features[i]),
                        )
                    )
        return out

    def _outside_bounds(self, features, crs, context) -> list[tuple]:
        bounds = crs.bounds()  # WGS 84
        if bounds.isEmpty():
            return []
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        to_wgs = QgsCoordinateTransform(crs, wgs84, context.transformContext())
        out = []
        for feature in features:
            geom = feature.geometry()
            if geom.isNull() or geom.isEmpty():
                continue
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

    def _repaired(self, stack, parameters, context, source, features, crs) -> AtomicSink:
        fields, kept = extend_fields(source.fields(), [("repaired", "bool")])
        out = stack.enter_context(
            AtomicSink(
                self,
                parameters,
                self.REPAIRED,
                context,
                fields,
                QgsWkbTypes.multiType(source.wkbType()),
                crs,
            )
        )
        for feature in features:
            geom = QgsGeometry(feature.geometry())
            fixed = not geom.isNull() and not geom.isGeosValid()
            if fixed:
                kind = geom.type()
                geom = geom.makeValid()
                if geom.type() != kind:
                    geom = geom.convertGeometryCollectionToSubclass(kind)
            if not geom.isNull():
                geom.convertToMultiType()
            f = QgsFeature(fields)
            f.setGeometry(geom)
            attrs = feature.attributes()
            f.setAttributes([attrs[i] for i in kept] + [fixed])
            out.add(f)
        return out


def _anchor(feature) -> QgsPointXY | None:
    geom = feature.geometry()
    if geom.isNull() or geom.isEmpty():
        return None
    return QgsPointXY(geom.vertexAt(0))


def _back(transform, xy) -> QgsPointXY:
    return transform.transform(QgsPointXY(float(xy[0]), float(xy[1])))
