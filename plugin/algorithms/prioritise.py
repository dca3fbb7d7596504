"""``clearance:prioritise`` — score parcels by proximity to settlements, cemeteries,
planned infrastructure and incidents."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
from qgis.core import (
    NULL,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..engine.ahp import AhpError, AhpResult, ahp_weights, parse_matrix
from ..engine.nearest import nearest_distance
from ..engine.prioritise import Criterion, score_parcels
from ..engine.progress import OperationCancelled
from ..engine.scoring import DECAYS
from ..engine.zonal import zonal_mean_max
from ..i18n import tr
from ..qgis_io.crs import describe, metric_crs
from ..qgis_io.fields import extend_fields
from ..qgis_io.layers import aligned, iter_features, read_source, require_crs
from ..qgis_io.provenance import layer_metadata, record_in_geopackage, run_record
from ..qgis_io.raster import read_band
from ..qgis_io.sinks import AtomicSink, clear_empty_geometries, commit_all
from ..qgis_io.styling import style_on_load
from .base import ClearanceAlgorithm, number_parameter

# name, label, default weight, default decay, default distance (m)
CRITERIA = (
    ("settlements", "Settlements", 0.40, "linear", 5000.0),
    ("cemeteries", "Cemeteries", 0.15, "linear", 2000.0),
    ("infrastructure", "Planned infrastructure", 0.25, "exponential", 1000.0),
    ("incidents", "Incidents (accidents)", 0.20, "gaussian", 1500.0),
)


def criterion_parameters() -> list:
    """Layer, weight, decay and distance of every criterion: one definition for every
    algorithm that scores proximity (prioritise, sensitivity, surface)."""
    params = []
    for name, label, weight, decay, distance in CRITERIA:
        key = name.upper()
        params += [
            QgsProcessingParameterFeatureSource(
                key, tr(label), [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True
            ),
            number_parameter(f"{key}_WEIGHT", tr("{0}: weight").format(tr(label)), weight, 2),
            QgsProcessingParameterEnum(
                f"{key}_DECAY",
                tr("{0}: decay").format(tr(label)),
                list(DECAYS),
                defaultValue=DECAYS.index(decay),
            ),
            number_parameter(
                f"{key}_DISTANCE", tr("{0}: distance (m)").format(tr(label)), distance, 0
            ),
        ]
    return params


RESULT_FIELDS = ("priority_score", "priority_rank", "priority_class", "main_driver")

HELP = """Scores polygons (hazard areas SHA/CHA, cadastral parcels or grid cells) by their \
shortest distance to the nearest settlement, cemetery, planned infrastructure and incident.

Per criterion: a weight (>= 0, normalised to sum 1 over the layers given), a decay \
(linear: score 1 at distance 0 falling to 0 at DISTANCE; exponential and gaussian: score 0.5 \
at DISTANCE; step: 1 up to DISTANCE, else 0) and DISTANCE in metres.

Distances are exact (0 when touching or overlapping), computed in the parcels' CRS if it is \
projected, else in the WGS 84 / UTM zone of their extent centre.

Output: every input feature with dist_NAME_m, score_NAME (0-1) per criterion, \
priority_score (0-100), priority_rank (1 = most urgent), priority_class (High/Medium/Low by \
score terciles or CLASS_THRESHOLDS "high,medium"; "Gated" for parcels failing \
GATE_EXPRESSION, ranked after all others; "Unknown" for null geometries) and main_driver.

WEIGHTS_AHP (optional) replaces the direct weights by AHP weights: a pairwise-comparison \
matrix on the Saaty 1-9 scale, rows separated by ";" and values by ",", in the order of the \
criterion layers given (settlements, cemeteries, infrastructure, incidents; skip those not \
given), e.g. "1,3,5;1/3,1,3;1/5,1/3,1". The weights are the principal eigenvector; the \
consistency ratio is reported (output AHP_CR) with a warning when CR > 0.10.

Optional SURFACE_STATS: a raster (e.g. from clearance:surface); adds surface_mean and \
surface_max of band 1 over the cells whose centre lies in each parcel (the cell under the \
parcel's bounding-box centre for parcels smaller than a cell; nodata ignored)."""


class PrioritiseAlgorithm(ClearanceAlgorithm):
    """Weighted proximity scoring with hard gates kept apart from the score."""

    ALGORITHM_ID = "prioritise"
    DISPLAY_NAME = "Prioritise parcels"
    GROUP = "Prioritisation"
    GROUP_ID = "prioritisation"
    HELP = HELP

    PARCELS = "PARCELS"
    GATE_EXPRESSION = "GATE_EXPRESSION"
    CLASS_THRESHOLDS = "CLASS_THRESHOLDS"
    WEIGHTS_AHP = "WEIGHTS_AHP"
    SURFACE_STATS = "SURFACE_STATS"
    OUTPUT = "OUTPUT"
    AHP_CR = "AHP_CR"

    def __init__(self) -> None:
        super().__init__()
        self._dest_id: str | None = None
        self._metadata = None
        self._ahp: AhpResult | None = None

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PARCELS,
                tr("Parcels to score (polygons)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        for param in criterion_parameters():
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterExpression(
                self.GATE_EXPRESSION,
                tr("Hard gate: parcels must satisfy (expression)"),
                parentLayerParameterName=self.PARCELS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CLASS_THRESHOLDS,
                tr('Class thresholds "high,medium" on the 0-100 score (default: terciles)'),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.WEIGHTS_AHP,
                tr(
                    'AHP pairwise matrix replacing the weights, rows separated by ";" '
                    "(criteria in layer order)"
                ),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.SURFACE_STATS,
                tr("Surface raster for zonal statistics (mean/max per parcel)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Prioritised parcels"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(self.AHP_CR, tr("AHP consistency ratio (WEIGHTS_AHP)"))
        )

    def checkParameterValues(self, parameters, context):
        for name, *_ in CRITERIA:
            for suffix in ("WEIGHT", "DISTANCE"):
                key = f"{name.upper()}_{suffix}"
                raw = parameters.get(key)
                try:
                    number = float(raw) if raw is not None else 0.0
                except (TypeError, ValueError):
                    continue  # the base check names the parameter
                if number < 0 or math.isnan(number):
                    return False, tr("{0} must be >= 0 (got {1}).").format(key, raw)
        return super().checkParameterValues(parameters, context)

    # -- processing -------------------------------------------------------------------------

    def _thresholds(self, parameters, context) -> tuple | None:
        text = self.parameterAsString(parameters, self.CLASS_THRESHOLDS, context).strip()
        if not text:
            return None
        try:
            high, medium = (float(v) for v in text.replace(";", ",").split(","))
        except ValueError as exc:
            raise QgsProcessingException(
                tr(
                    'CLASS_THRESHOLDS must be two numbers "high,medium", e.g. "60,30" (got {0}).'
                ).format(text)
            ) from exc
        if not 0 <= medium <= high <= 100:
            raise QgsProcessingException(
                tr("CLASS_THRESHOLDS must satisfy 0 <= medium <= high <= 100 (got {0}).").format(
                    text
                )
            )
        return high, medium

    def _criteria(self, parameters, context) -> list[tuple[Criterion, object]]:
        chosen = []
        for name, *_ in CRITERIA:
            key = name.upper()
            source = self.parameterAsSource(parameters, key, context)
            if source is None:
                continue
            chosen.append(
                (
                    Criterion(
                        name,
                        self.parameterAsDouble(parameters, f"{key}_WEIGHT", context),
                        DECAYS[self.parameterAsEnum(parameters, f"{key}_DECAY", context)],
                        self.parameterAsDouble(parameters, f"{key}_DISTANCE", context),
                    ),
                    source,
                )
            )
        if not chosen:
            raise QgsProcessingException(
                tr(
                    "Give at least one criterion layer: SETTLEMENTS, CEMETERIES, "
                    "INFRASTRUCTURE or INCIDENTS."
                )
            )
        ahp_text = self.parameterAsString(parameters, self.WEIGHTS_AHP, context).strip()
        if not ahp_text and sum(c.weight for c, _ in chosen) <= 0:
            raise QgsProcessingException(
                tr("All weights of the given criteria are 0; give at least one weight > 0.")
            )
        return chosen

    def _apply_ahp(self, parameters, context, feedback, chosen: list) -> list:
        """``chosen`` with the weights of WEIGHTS_AHP when given (CR reported)."""
        self._ahp = None
        text = self.parameterAsString(parameters, self.WEIGHTS_AHP, context).strip()
        if not text:
            return chosen
        names = [c.name for c, _ in chosen]
        try:
            matrix = parse_matrix(text)
            if len(matrix) != len(chosen):
                raise AhpError(
                    tr("it has {0} rows but {1} criterion layers are given ({2})").format(
                        len(matrix), len(chosen), ", ".join(names)
                    )
                )
            result = ahp_weights(matrix)
        except AhpError as exc:
            raise QgsProcessingException(tr("WEIGHTS_AHP: {0}").format(exc)) from exc
        self._ahp = result
        feedback.pushInfo(
            tr("AHP weights ({0}): {1}; lambda_max {2:.4f}, CI {3:.4f}, CR {4:.4f}").format(
                ", ".join(names),
                ", ".join(f"{w:.4f}" for w in result.weights),
                result.lambda_max,
                result.ci,
                result.cr,
            )
        )
        if not result.consistent:
            feedback.pushWarning(
                tr(
                    "AHP consistency ratio {0:.3f} > 0.10: the pairwise judgements are "
                    "inconsistent; revise them."
                ).format(result.cr)
            )
        return [
            (dataclasses.replace(c, weight=float(w)), source)
            for (c, source), w in zip(chosen, result.weights)
        ]

    def _common_record(self, criteria, weights, crs, inputs) -> dict:
        """Run-record entries shared by every algorithm that scores proximity."""
        return {
            "criteria": [
                {"name": c.name, "weight": float(w), "decay": c.decay, "distance_m": c.distance}
                for c, w in zip(criteria, weights)
            ],
            "metric_crs": crs.authid(),
            "inputs": inputs,
            "ahp": self._ahp_record(),
        }

    def _ahp_record(self) -> dict | None:
        if self._ahp is None:
            return None
        ahp = self._ahp
        weights = [float(w) for w in ahp.weights]
        return {"weights": weights, "lambda_max": ahp.lambda_max, "ci": ahp.ci, "cr": ahp.cr}

    def _parcels(self, parameters, context):
        source = self.parameterAsSource(parameters, self.PARCELS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PARCELS))
        name = source.sourceName() or "PARCELS"
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                tr("Layer '{0}' (PARCELS) must be a polygon layer; it has {1} geometries.").format(
                    name, QgsWkbTypes.displayString(source.wkbType())
                )
            )
        if source.featureCount() == 0:
            raise QgsProcessingException(tr("Layer '{0}' (PARCELS) has no features.").format(name))
        require_crs(source, name)
        return source, name

    def _gates(self, parameters, context, source, read) -> np.ndarray | None:
        """True per parcel failing GATE_EXPRESSION (None without one)."""
        text = self.parameterAsString(parameters, self.GATE_EXPRESSION, context).strip()
        if not text:
            return None
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(
                tr("GATE_EXPRESSION cannot be parsed: {0}").format(expression.parserErrorString())
            )
        missing = sorted(
            c
            for c in expression.referencedColumns()
            if c != QgsFeatureRequest.ALL_ATTRIBUTES and source.fields().lookupField(c) < 0
        )
        if missing:
            raise QgsProcessingException(
                tr("GATE_EXPRESSION refers to field(s) missing from layer '{0}': {1}").format(
                    source.sourceName(), ", ".join(missing)
                )
            )
        expr_context = self.createExpressionContext(parameters, context, source)
        expression.prepare(expr_context)
        gated = np.zeros(read.n_features, dtype=bool)
        for i, feature in self._rows(source, read, expression):
            expr_context.setFeature(feature)
            result = expression.evaluate(expr_context)
            if expression.hasEvalError():
                raise QgsProcessingException(
                    tr("GATE_EXPRESSION fails on feature {0}: {1}").format(
                        feature.id(), expression.evalErrorString()
                    )
                )
            gated[i] = result in (None, NULL) or not bool(result)
        return gated

    @staticmethod
    def _rows(source, read, expression: QgsExpression | None = None):
        """``(row, feature)`` of the parcels: the kept features, or a second pass over the
        source (only the expression's fields and, if it needs none, no geometry)."""
        if read.features:
            return enumerate(read.features)
        request = QgsFeatureRequest()
        if expression is not None:
            columns = expression.referencedColumns()
            if QgsFeatureRequest.ALL_ATTRIBUTES not in columns:
                request.setSubsetOfAttributes(columns, source.fields())
            if not expression.needsGeometry():
                request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        return aligned(iter_features(source, request), read.fids)

    def _distances(
        self, parcels, parcels_name, chosen, context, feedback, steps, keep_features=True
    ):
        """Read the parcels and compute the ``(n, c)`` distance matrix (None if cancelled).

        Without ``keep_features`` only geometry is held in memory; attributes are read again
        when the result is written (what makes a million parcels fit in memory)."""
        crs = metric_crs(parcels.sourceCrs(), parcels.sourceExtent())
        feedback.pushInfo(tr("Distances computed in {0}").format(describe(crs)))

        read = read_source(
            parcels, parcels_name, crs, context, steps, keep_features=keep_features, repair=True
        )
        if feedback.isCanceled():
            return None
        read.report.warn(feedback, tr("kept with NULL scores, class Unknown"))
        distances = np.empty((read.n_features, len(chosen)))
        inputs = {
            "PARCELS": {
                "name": parcels_name,
                "features": read.n_features,
                "geometry": read.report.record(),
            }
        }
        for j, (criterion, source) in enumerate(chosen):
            steps.setCurrentStep(2 * j + 1)
            name = source.sourceName() or criterion.name
            targets = read_source(source, name, crs, context, steps)
            targets.report.warn(feedback, tr("not used as {0}").format(criterion.name))
            inputs[criterion.name.upper()] = {
                "name": name,
                "features": targets.n_features,
                "geometry": targets.report.record(),
            }
            steps.setCurrentStep(2 * j + 2)
            feedback.pushInfo(tr("Nearest {0} for {1} parcels…").format(name, read.n_features))
            try:
                distances[:, j] = nearest_distance(
                    read.geometry,
                    targets.geometry,
                    progress=lambda f: steps.setProgress(100 * f),
                    cancelled=feedback.isCanceled,
                )
            except OperationCancelled:
                return None
            if not np.isfinite(distances[:, j][~np.isnan(distances[:, j])]).all():
                feedback.pushWarning(
                    tr("Layer '{0}' has no geometry: every parcel scores 0 on {1}.").format(
                        name, criterion.name
                    )
                )
        return crs, read, distances, inputs

    def processAlgorithm(self, parameters, context, feedback):
        parcels, parcels_name = self._parcels(parameters, context)
        chosen = self._apply_ahp(parameters, context, feedback, self._criteria(parameters, context))
        thresholds = self._thresholds(parameters, context)
        steps = QgsProcessingMultiStepFeedback(len(chosen) * 2 + 2, feedback)
        computed = self._distances(
            parcels, parcels_name, chosen, context, feedback, steps, keep_features=False
        )
        if computed is None:
            return {}
        crs, read, distances, inputs = computed
        steps.setCurrentStep(len(chosen) * 2 + 1)
        criteria = [c for c, _ in chosen]
        gated = self._gates(parameters, context, parcels, read)
        result = score_parcels(distances, criteria, gated, thresholds)
        zonal = self._zonal(parameters, context, parcels, parcels_name, read, crs)

        record = run_record(
            self.ALGORITHM_ID,
            {
                **self._common_record(criteria, result.weights, crs, inputs),
                "gate_expression": self.parameterAsString(
                    parameters, self.GATE_EXPRESSION, context
                ),
                "class_breaks": [float(b) for b in result.ranking.breaks],
                "repaired_geometries": read.n_repaired,
            },
        )
        self._metadata = layer_metadata(
            tr("Prioritised parcels"),
            tr("Clearance Planner priority scores of '{0}'.").format(parcels_name),
            record,
        )
        dest_id = self._write(
            parameters, context, steps, parcels, read, criteria, distances, result, zonal
        )
        if dest_id is None:
            return {}
        if read.n_null:
            clear_empty_geometries(dest_id)  # 3.22 writes missing geometry as EMPTY
        record_in_geopackage(dest_id, record, self._metadata, "priority")
        self._dest_id = dest_id
        outputs = {self.OUTPUT: dest_id}
        if self._ahp is not None:
            outputs[self.AHP_CR] = self._ahp.cr
        return outputs

    def _zonal(self, parameters, context, parcels, name, read, crs) -> np.ndarray | None:
        """``(n, 2)`` surface mean and max per parcel, or None without SURFACE_STATS."""
        layer = self.parameterAsRasterLayer(parameters, self.SURFACE_STATS, context)
        if layer is None:
            return None
        geometry = (
            read.geometry
            if layer.crs() == crs
            else read_source(parcels, name, layer.crs(), context).geometry
        )
        box = geometry.bounds()
        if not np.isfinite(box).any():
            return np.full((read.n_features, 2), np.nan)
        bounds = (
            np.nanmin(box[:, 0]),
            np.nanmin(box[:, 1]),
            np.nanmax(box[:, 2]),
            np.nanmax(box[:, 3]),
        )
        try:
            values, left, top, cx, cy = read_band(layer.source().split("|")[0], bounds)
        except Exception as exc:  # rasterio raises several types; name the layer
            raise QgsProcessingException(
                tr("SURFACE_STATS raster '{0}' cannot be read: {1}").format(layer.name(), exc)
            ) from exc
        mean, peak = zonal_mean_max(geometry, values, left, top, cx, cy)
        return np.column_stack([mean, peak])

    def _write(
        self, parameters, context, feedback, parcels, read, criteria, distances, result, zonal
    ):
        added = [(f"dist_{c.name}_m", "double") for c in criteria]
        added += [(f"score_{c.name}", "double") for c in criteria]
        added += [
            ("priority_score", "double"),
            ("priority_rank", "int"),
            ("priority_class", "string"),
            ("main_driver", "string"),
        ]
        if zonal is not None:
            added += [("surface_mean", "double"), ("surface_max", "double")]
        fields, kept = extend_fields(parcels.fields(), added)
        rows = _result_rows(distances, result, zonal)
        wkb_type = QgsWkbTypes.multiType(parcels.wkbType())
        with AtomicSink(
            self, parameters, self.OUTPUT, context, fields, wkb_type, parcels.sourceCrs()
        ) as out:
            for n, (i, feature) in enumerate(self._rows(parcels, read)):
                if n % 5000 == 0 and feedback.isCanceled():
                    return None
                source_attrs = feature.attributes()
                new = QgsFeature(fields, feature.id())
                geom = read.repaired.get(feature.id())
                if geom is None:
                    geom = feature.geometry()
                if geom is not None and not geom.isNull():
                    geom.convertToMultiType()
                    new.setGeometry(geom)
                new.setAttributes([source_attrs[k] for k in kept] + rows[i])
                out.add(new)
            dests = commit_all([out], feedback.isCanceled)
        return dests[0] if dests else None

    def postProcessAlgorithm(self, context, feedback):
        if self._dest_id:
            style_on_load(context, self._dest_id, "priority", self._metadata)
        if not self._dest_id:
            return {}
        outputs = {self.OUTPUT: self._dest_id}
        if self._ahp is not None:
            outputs[self.AHP_CR] = self._ahp.cr
        return outputs


def _nullable(values: np.ndarray) -> np.ndarray:
    """Object array of floats with NULL where the value is NaN or infinite."""
    out = values.astype(object)
    out[~np.isfinite(values)] = NULL
    return out


def _result_rows(distances, result, zonal) -> list[list]:
    """The result attributes of every parcel as lists, built column-wise (no per-cell calls)."""
    rank = result.ranking.rank
    columns = [
        _nullable(distances),
        _nullable(result.criterion_scores),
        _nullable(result.score[:, None]),
        np.where(rank > 0, rank, NULL).astype(object)[:, None],
        np.array(result.ranking.classes, dtype=object)[:, None],
        np.array([NULL if d is None else d for d in result.drivers], dtype=object)[:, None],
    ]
    if zonal is not None:
        columns.append(_nullable(zonal))
    return np.concatenate(columns, axis=1).tolist()
