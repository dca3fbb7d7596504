"""What the dock computes once: the parcels' distances to every criterion layer and the gate.

The layers are read on the main thread (:func:`read_inputs`, same CRS and repair as
``clearance:prioritise``); :func:`distance_matrix` is numpy only and runs in a task.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from ..engine import nearest
from ..engine.geometry import GeometryArrays
from ..engine.progress import CancelFn, ProgressFn
from ..i18n import tr
from ..qgis_io.crs import metric_crs
from ..qgis_io.expressions import checked_expression
from ..qgis_io.gates import gate_mask
from ..qgis_io.ids import feature_ids
from ..qgis_io.layers import read_source
from .task_runner import desktop_context


@dataclass
class DistanceCache:
    """What re-weighting needs; valid while the parcels and criterion layers stay the same."""

    parcels_id: str
    layer_ids: tuple  # criterion layer ids in order
    names: tuple  # criterion names in order
    gate: str
    distances: np.ndarray  # (n, c)
    gated: np.ndarray | None
    labels: list
    fids: list

    def key(self) -> tuple:
        return self.parcels_id, self.layer_ids, self.gate


@dataclass
class DistanceInputs:
    """The layers read for one computation; ``cache.distances`` is filled in afterwards."""

    cache: DistanceCache
    parcels: GeometryArrays
    targets: list[GeometryArrays]
    features: list[QgsFeature]


def read_inputs(
    parcels: QgsVectorLayer, layers: dict[str, QgsVectorLayer], gate: str, id_field: str = ""
) -> DistanceInputs:
    """Parcels (features kept, repaired), the gate on them, then the criterion layers, in
    the metric CRS of the parcels; parcels labelled by ``id_field`` (empty: guessed).
    Errors name the layer (``QgsProcessingException``) or the gate (``ValueError``)."""
    context = desktop_context(QgsProject.instance())
    crs = metric_crs(parcels.crs(), parcels.extent())
    read = read_source(parcels, parcels.name(), crs, context, keep_features=True, repair=True)
    gated = evaluate_gate(parcels, read.features, gate)
    targets = [read_source(layer, layer.name(), crs, context).geometry for layer in layers.values()]
    cache = DistanceCache(
        parcels.id(),
        tuple(layer.id() for layer in layers.values()),
        tuple(layers),
        gate,
        np.empty((0, 0)),
        gated,
        parcel_labels(parcels, [f.id() for f in read.features], id_field),
        [f.id() for f in read.features],
    )
    return DistanceInputs(cache, read.geometry, targets, read.features)


def evaluate_gate(
    layer: QgsVectorLayer, features: list[QgsFeature], text: str
) -> np.ndarray | None:
    """True where a parcel fails the gate, as in clearance:prioritise (NULL or false fails);
    None without a gate. An unparsable gate or one on a missing field is a ``ValueError``
    naming "the gate" and the field."""
    if not text:
        return None
    try:
        expression = checked_expression(text, tr("the gate"), layer.fields(), layer.name())
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        return gate_mask(expression, enumerate(features), len(features), context)
    except QgsProcessingException as exc:
        raise ValueError(str(exc)) from exc


def distance_matrix(
    parcels: GeometryArrays,
    targets: list[GeometryArrays],
    progress: ProgressFn = None,
    cancelled: CancelFn = None,
) -> np.ndarray:
    """``(n, c)`` exact nearest distances, one column per target (numpy only)."""
    return nearest.distance_matrix(parcels, targets, progress, cancelled)


def parcel_labels(layer: QgsVectorLayer, fids: list, id_field: str) -> list[str]:
    """The label of every parcel row (``fids``), as every algorithm names it
    (:func:`..qgis_io.ids.feature_ids`); an id field the layer lost falls back to fids."""
    if id_field and layer.fields().lookupField(id_field) < 0:
        id_field = ""
    return feature_ids(layer, layer.name(), id_field, fids=fids).labels if fids else []
