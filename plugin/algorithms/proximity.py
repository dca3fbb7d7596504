"""Base of the algorithms that score proximity (prioritise, sensitivity, surface): the
criterion parameters and their reading, AHP, parcels, gates, distances and run record.
Each algorithm declares only the parameters it uses."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..engine.ahp import AhpError, AhpResult, ahp_weights, parse_matrix
from ..engine.nearest import DistanceStream, distance_matrix
from ..engine.prioritise import CRITERIA, Criterion
from ..engine.progress import OperationCancelled
from ..engine.scoring import DECAYS
from ..i18n import QT_TR_NOOP, tr, tr_message
from ..qgis_io.bulk_read import ogr_table
from ..qgis_io.crs import describe, source_metric_crs
from ..qgis_io.gates import gate_expression, gate_mask
from ..qgis_io.ids import ID_FIELD, FeatureIds, feature_ids, id_field_parameter, require_field
from ..qgis_io.layers import aligned, iter_features, read_source, require_crs, stream_source
from ..qgis_io.pg_distances import database_distances
from ..qgis_io.pg_snapshot import Checksums
from .base import ClearanceAlgorithm, number_parameter


def criterion_parameters() -> list:
    """Layer, weight, decay and distance of every criterion: one definition for every
    algorithm that scores proximity (prioritise, sensitivity, surface)."""
    params = []
    for (name, label, weight, decay, distance), layer in zip(
        CRITERIA, criterion_layer_parameters()
    ):
        key = name.upper()
        params += [
            layer,
            number_parameter(f"{key}_WEIGHT", tr("{0}: weight").format(tr(label)), weight, 2),
            QgsProcessingParameterEnum(
                f"{key}_DECAY",
                tr("{0}: decay").format(tr(label)),
                [tr(code) for code in DECAYS],
                defaultValue=DECAYS.index(decay),
            ),
            number_parameter(
                f"{key}_DISTANCE", tr("{0}: distance (m)").format(tr(label)), distance, 0
            ),
        ]
    return params


def criterion_layer_parameters() -> list:
    """The optional layer of every criterion (SETTLEMENTS, CEMETERIES…), no settings."""
    return [
        QgsProcessingParameterFeatureSource(
            name.upper(),
            tr(label),
            [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            optional=True,
        )
        for name, label, *_ in CRITERIA
    ]


class ProximityAlgorithm(ClearanceAlgorithm):
    """Shared parameters and reading of the proximity-scoring algorithms (not listed itself:
    no ALGORITHM_ID)."""

    GROUP = QT_TR_NOOP("Prioritisation")
    GROUP_ID = "prioritisation"

    PARCELS = "PARCELS"
    ID_FIELD = ID_FIELD
    GATE_EXPRESSION = "GATE_EXPRESSION"
    WEIGHTS_AHP = "WEIGHTS_AHP"
    OUTPUT = "OUTPUT"

    def __init__(self) -> None:
        super().__init__()
        self._dest_id: str | None = None
        self._metadata = None
        self._ahp: AhpResult | None = None
        self._tables: dict = {}  # source -> OgrTable read in bulk (qgis_io/bulk_read)
        self._id_choice = ""  # ID_FIELD as given
        self.parcel_ids: FeatureIds | None = None  # set by _distances
        self._pg: list = []  # PgTable of PARCELS and each criterion with ENGINE=database
        self._checksums = Checksums()  # of every PostGIS input at the start of the run

    # -- parameters ----------------------------------------------------------------------------

    def _add_parcels_parameter(self) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PARCELS,
                tr("Parcels to score (polygons)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )

    def _add_id_parameter(self) -> None:
        self.addParameter(id_field_parameter(self.PARCELS))

    def _add_criterion_parameters(self) -> None:
        for param in criterion_parameters():
            self.addParameter(param)

    def _add_gate_parameter(self) -> None:
        self.addParameter(
            QgsProcessingParameterExpression(
                self.GATE_EXPRESSION,
                tr("Hard gate: parcels must satisfy (expression)"),
                parentLayerParameterName=self.PARCELS,
                optional=True,
            )
        )

    def _add_ahp_parameter(self) -> None:
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

    def _add_parcels_sink(self, description: str) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, description, QgsProcessing.SourceType.TypeVectorPolygon
            )
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

    # -- criteria ------------------------------------------------------------------------------

    def _criterion_sources(self, parameters, context) -> list[tuple[Criterion, object]]:
        """``(Criterion, source)`` of every criterion whose layer is given, in CRITERIA order:
        the one reader of the criterion parameters."""
        chosen = []
        for name, *_ in CRITERIA:
            key = name.upper()
            source = self.parameterAsSource(parameters, key, context)
            if source is None:
                continue
            self._tables[id(source)] = ogr_table(parameters, key, context, source)
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
        return chosen

    def _criterion_layers(self, parameters, context) -> list[tuple[str, object]]:
        """``(criterion name, source)`` of every criterion layer given, in CRITERIA order
        (for algorithms whose settings come from elsewhere, e.g. scenarios)."""
        found = []
        for name, *_ in CRITERIA:
            source = self.parameterAsSource(parameters, name.upper(), context)
            if source is not None:
                found.append((name, source))
        return found

    def _criteria(self, parameters, context) -> list[tuple[Criterion, object]]:
        """The given criteria; at least one, with a weight > 0 unless WEIGHTS_AHP is given."""
        chosen = self._criterion_sources(parameters, context)
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
            raise QgsProcessingException(tr("WEIGHTS_AHP: {0}").format(tr_message(exc))) from exc
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

    # -- parcels -------------------------------------------------------------------------------

    def _parcels(self, parameters, context):
        source = self.parameterAsSource(parameters, self.PARCELS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PARCELS))
        name = source.sourceName() or self.PARCELS
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                tr("Layer '{0}' (PARCELS) must be a polygon layer; it has {1} geometries.").format(
                    name, QgsWkbTypes.displayString(source.wkbType())
                )
            )
        if source.featureCount() == 0:
            raise QgsProcessingException(tr("Layer '{0}' (PARCELS) has no features.").format(name))
        require_crs(source, name)
        self._tables[id(source)] = ogr_table(parameters, self.PARCELS, context, source)
        if self.parameterDefinition(self.ID_FIELD) is not None:
            self._id_choice = self.parameterAsString(parameters, self.ID_FIELD, context)
            require_field(source, name, self._id_choice)
        return source, name

    def _gates(self, parameters, context, source, read) -> np.ndarray | None:
        """True per parcel failing GATE_EXPRESSION (None without one)."""
        text = self.parameterAsString(parameters, self.GATE_EXPRESSION, context)
        return self._gate_of(text, self.GATE_EXPRESSION, parameters, context, source, read)

    def _gate_of(self, text, label, parameters, context, source, read) -> np.ndarray | None:
        """True per parcel failing the gate ``text`` (None if empty); errors name ``label``."""
        expression = gate_expression(text, source.fields(), source.sourceName(), label)
        if expression is None:
            return None
        expr_context = self.createExpressionContext(parameters, context, source)
        rows = self._rows(source, read, expression)
        return gate_mask(expression, rows, read.n_features, expr_context, label)

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
        return aligned(iter_features(source, request), read.fids, source.sourceName())

    def _distances(
        self,
        parcels,
        parcels_name,
        chosen,
        context,
        feedback,
        steps,
        keep_features=True,
        stream=False,
    ):
        """Read the parcels and compute the ``(n, c)`` distance matrix (None if cancelled).

        Without ``keep_features`` only geometry is held in memory; attributes are read again
        when the result is written (what makes a million parcels fit in memory). With
        ``stream`` (and a whole GeoPackage table) not even that: each batch of parcels is
        measured as it is read and dropped (``read.geometry`` is None)."""
        crs = source_metric_crs(parcels)
        feedback.pushInfo(tr("Distances computed in {0}").format(describe(crs)))
        if self._pg:
            return self._database_distances(parcels, parcels_name, chosen, crs, feedback, steps)
        table = self._tables.get(id(parcels))
        try:
            if stream and table is not None:
                found = self._stream(parcels, parcels_name, chosen, crs, context, feedback, steps)
            else:
                found = self._read_then_measure(
                    parcels, parcels_name, chosen, crs, context, feedback, steps, keep_features
                )
        except OperationCancelled:
            return None
        if found is None or feedback.isCanceled():
            return None
        read, distances, inputs = found
        self._warn_empty_criteria(chosen, distances, feedback)
        return crs, read, distances, inputs

    def _read_then_measure(
        self, parcels, parcels_name, chosen, crs, context, feedback, steps, keep_features
    ):
        """``(read, distances, inputs)``: every parcel read, then measured in blocks."""
        read = read_source(
            parcels,
            parcels_name,
            crs,
            context,
            steps,
            keep_features=keep_features,
            repair=True,
            table=self._tables.get(id(parcels)),
        )
        if feedback.isCanceled():
            return None
        inputs = self._parcel_input(parcels, parcels_name, read, feedback)
        targets = self._targets(chosen, crs, context, feedback, steps)
        if targets is None:
            return None
        layers, inputs_of_targets = targets
        self._measuring(chosen, read.n_features, feedback, steps)
        distances = distance_matrix(
            read.geometry,
            layers,
            progress=lambda f: steps.setProgress(100 * f),
            cancelled=feedback.isCanceled,
        )
        return read, distances, {**inputs, **inputs_of_targets}

    def _stream(self, parcels, parcels_name, chosen, crs, context, feedback, steps):
        """``(read, distances, inputs)``: the targets read first, then each batch of
        parcels measured as it is read (:func:`layers.stream_source`)."""
        targets = self._targets(chosen, crs, context, feedback, steps)
        if targets is None:
            return None
        layers, inputs_of_targets = targets
        self._measuring(chosen, parcels.featureCount(), feedback, steps)
        measure = DistanceStream(layers, cancelled=feedback.isCanceled)
        # filled block by block: a list of blocks joined at the end held the matrix twice
        # (320 MB more at 10M parcels); stream_source stops on any other number of rows
        distances = np.full((max(parcels.featureCount(), 0), len(layers)), np.nan)
        filled = 0

        def on_block(arrays) -> None:
            nonlocal filled
            distances[filled : filled + arrays.n_features] = measure.block(arrays)
            filled += arrays.n_features

        table = self._tables.get(id(parcels))
        read = stream_source(parcels, parcels_name, crs, context, table, on_block, steps)
        if read is None:
            return self._read_then_measure(
                parcels, parcels_name, chosen, crs, context, feedback, steps, False
            )
        if feedback.isCanceled():
            return None
        inputs = self._parcel_input(parcels, parcels_name, read, feedback)
        return read, distances[:filled], {**inputs, **inputs_of_targets}

    def _targets(self, chosen, crs, context, feedback, steps):
        """``(layers, inputs)``: every criterion layer's geometry and record entry."""
        layers, inputs = [], {}
        for j, (criterion, source) in enumerate(chosen):
            steps.setCurrentStep(2 * j + 1)
            name = source.sourceName() or criterion.name
            targets = read_source(
                source, name, crs, context, steps, table=self._tables.get(id(source))
            )
            if feedback.isCanceled():
                return None
            inputs.update(
                self._criterion_input(criterion, name, targets.report, targets.n_features, feedback)
            )
            layers.append(targets.geometry)
        return layers, inputs

    @staticmethod
    def _criterion_input(criterion, name: str, report, n_features: int, feedback) -> dict:
        """The run-record inputs entry of one criterion layer; its geometry warnings said."""
        report.warn(feedback, tr("not used as {0}").format(criterion.name))
        return {
            criterion.name.upper(): {
                "name": name,
                "features": n_features,
                "geometry": report.record(),
            }
        }

    @staticmethod
    def _measuring(chosen, n_parcels: int, feedback, steps) -> None:
        steps.setCurrentStep(2 * len(chosen))
        feedback.pushInfo(
            tr("Nearest {0} for {1} parcels…").format(
                ", ".join(source.sourceName() or c.name for c, source in chosen), n_parcels
            )
        )

    def _parcel_input(self, parcels, parcels_name, read, feedback) -> dict:
        """The parcel ids in row order (ID_FIELD, else guessed, else feature ids), the
        geometry warnings, and the run-record inputs entry of the parcels."""
        table = self._tables.get(id(parcels))  # the id column read in bulk when it is one
        self.parcel_ids = feature_ids(
            parcels, parcels_name, self._id_choice, feedback, read.fids, table
        )
        read.report.names = self.parcel_ids.label_of()
        read.report.warn(feedback, tr("kept with NULL scores, class Unknown"))
        return {
            self.PARCELS: {
                "name": parcels_name,
                "features": read.n_features,
                "geometry": read.report.record(),
            }
        }

    def _database_distances(self, parcels, parcels_name, chosen, crs, feedback, steps):
        """:meth:`_distances` with ENGINE=database: PostGIS computes the distances in one
        snapshot of every input (qgis_io/pg_distances); None if cancelled."""
        feedback.pushInfo(
            tr("Nearest {0} for the parcels, in the database…").format(
                ", ".join(source.sourceName() or c.name for c, source in chosen)
            )
        )
        steps.setCurrentStep(2 * len(chosen))
        tables = self._pg
        sources = {tables[0].key: parcels}  # where QGIS's ids of a key are read (pg_keys)
        sources.update({t.key: source for t, (_, source) in zip(tables[1:], chosen)})
        computed = database_distances(tables[0], tables[1:], crs.postgisSrid(), feedback, sources)
        if computed is None:
            return None
        read, targets, distances = computed  # an input edited since the start (before or
        # after this snapshot) stops the run at the check before the commit (_checksums)
        inputs = self._parcel_input(parcels, parcels_name, read, feedback)
        for (criterion, source), target in zip(chosen, targets):
            name = source.sourceName() or criterion.name
            inputs.update(
                self._criterion_input(
                    criterion, name, target.report, target.report.n_features, feedback
                )
            )
        self._warn_empty_criteria(chosen, distances, feedback)
        return crs, read, distances, inputs

    @staticmethod
    def _warn_empty_criteria(chosen, distances, feedback) -> None:
        for j, (criterion, source) in enumerate(chosen):
            if not np.isfinite(distances[:, j][~np.isnan(distances[:, j])]).all():
                feedback.pushWarning(
                    tr("Layer '{0}' has no geometry: every parcel scores 0 on {1}.").format(
                        source.sourceName() or criterion.name, criterion.name
                    )
                )
