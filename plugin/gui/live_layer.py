"""The dock's live result: a memory layer of the parcels whose scores follow the weights.

A slider move must reach the map within 150 ms at 100,000 parcels, and writing a value into
a memory layer costs 3–10 µs. So only what the map draws is stored: ``priority_class``,
written for the parcels whose class changed (≈ 0.5 % of them per 0.01 of weight) in one
provider call. ``priority_score``, ``priority_rank`` and ``main_driver`` are expression
fields reading the dock's result arrays (:mod:`.live_values`).
"""

from __future__ import annotations

import contextlib

import numpy as np
from qgis.core import (
    NULL,
    QgsFeature,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..engine.prioritise import PriorityResult
from ..engine.scoring import CLASSES, driver_labels
from ..i18n import QT_TR_NOOP, tr
from ..paths import style_path
from ..qgis_io.fields import make_field
from . import live_values

LIVE_NAME = QT_TR_NOOP("Live priority (dock, not saved)")
OUTPUT_PROPERTY = "clearance_planner/output"
STORED_FIELDS = (("src_fid", "long"), ("parcel", "string"), ("priority_class", "string"))
COMPUTED_FIELDS = (
    (live_values.SCORE, "double"),
    (live_values.RANK, "int"),
    (live_values.DRIVER, "string"),
)
# drawn last on top, as the saved style's order by score: High over Medium over Low …
DRAW_ORDER = 'array_find(array({}), "priority_class")'.format(
    ", ".join(f"'{c}'" for c in reversed(CLASSES.tolist()))
)


class LiveLayer:
    """One live layer at a time, on top of the layer tree, styled like the saved result."""

    def __init__(self) -> None:
        self.layer: QgsVectorLayer | None = None
        self.ids: list[int] = []  # feature id per parcel row
        self.values: live_values.LiveValues | None = None
        self.shown = np.zeros(0, dtype=np.int8)  # class codes in the layer (-1: NULL)

    def create(self, parcels: QgsVectorLayer, fids: list, labels: list, features: list) -> None:
        """Replace the live layer by the parcels (multi-part geometry, ids and labels)."""
        self.remove()
        wkb = QgsWkbTypes.displayString(QgsWkbTypes.multiType(parcels.wkbType()))
        layer = QgsVectorLayer(f"{wkb}?crs={parcels.crs().authid()}", tr(LIVE_NAME), "memory")
        if not parcels.crs().authid():
            layer.setCrs(parcels.crs())
        layer.dataProvider().addAttributes([make_field(n, kind) for n, kind in STORED_FIELDS])
        layer.updateFields()
        layer.dataProvider().addFeatures(
            [_live_feature(layer, *row) for row in zip(fids, labels, features)]
        )
        self.ids = [f.id() for f in layer.getFeatures(_no_attributes())]
        _style(layer)
        self.values = live_values.attach(layer.id(), self.ids)
        for name, kind in COMPUTED_FIELDS:
            layer.addExpressionField(
                live_values.expression(layer.id(), name), make_field(name, kind)
            )
        layer.setCustomProperty(OUTPUT_PROPERTY, "live")  # never guessed as an input role
        QgsProject.instance().addMapLayer(layer, False)
        QgsProject.instance().layerTreeRoot().insertLayer(0, layer)
        self.layer = layer
        self.shown = np.full(len(self.ids), -1, dtype=np.int8)

    def in_project(self) -> QgsVectorLayer | None:
        """The layer, unless the user removed it from the project."""
        if self.layer is None:
            return None
        try:
            return QgsProject.instance().mapLayer(self.layer.id())
        except RuntimeError:  # deleted by the user
            return None

    def remove(self) -> None:
        old = self.in_project()
        if old is not None:
            QgsProject.instance().removeMapLayer(old.id())
        self.forget()

    def forget(self) -> None:
        """Let go of the layer (another project was opened) without touching the project."""
        if self.layer is not None:
            with contextlib.suppress(RuntimeError):  # deleted with its project
                live_values.detach(self.layer.id())
        self.layer, self.ids, self.values = None, [], None
        self.shown = np.zeros(0, dtype=np.int8)

    def show(self, result: PriorityResult, criteria: list[str]) -> int:
        """Show ``result`` of the ``criteria`` (names, in order): new score, rank and driver
        arrays, the classes that changed in one provider call, then a repaint. Returns the
        number of classes written."""
        layer = self.in_project()
        if layer is None:
            return 0
        self.values.set(result, driver_labels(criteria).tolist())
        codes = result.ranking.codes
        changed = np.flatnonzero(codes != self.shown).tolist()
        if changed:
            index = layer.fields().lookupField("priority_class")
            ids, names = self.ids, CLASSES[codes[changed]].tolist()
            layer.dataProvider().changeAttributeValues(
                {ids[i]: {index: name} for i, name in zip(changed, names)}
            )
            self.shown = codes.copy()
        layer.triggerRepaint()
        return len(changed)

    def relabel(self, labels: list) -> None:
        """Write new parcel labels (another id field was chosen)."""
        layer = self.in_project()
        if layer is None:
            return
        index = layer.fields().lookupField("parcel")
        changes = {fid: {index: label} for fid, label in zip(self.ids, labels)}
        layer.dataProvider().changeAttributeValues(changes)
        layer.triggerRepaint()

    def select(self, i: int) -> None:
        """Select parcel row ``i`` on the map."""
        layer = self.in_project()
        if layer is not None:
            layer.selectByIds([self.ids[i]])


def _style(layer: QgsVectorLayer) -> None:
    """The saved result's style, drawn in class order (the score is not stored)."""
    layer.loadNamedStyle(style_path("priority"))
    renderer = layer.renderer()
    if renderer is not None:
        clause = QgsFeatureRequest.OrderByClause(DRAW_ORDER, True)
        renderer.setOrderBy(QgsFeatureRequest.OrderBy([clause]))
        renderer.setOrderByEnabled(True)


def _no_attributes() -> QgsFeatureRequest:
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setNoAttributes()
    return request


def _live_feature(layer: QgsVectorLayer, fid: int, label: str, parcel: QgsFeature) -> QgsFeature:
    feature = QgsFeature(layer.fields())
    if parcel.hasGeometry():
        geometry = parcel.geometry()
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
    feature.setAttributes([fid, label, NULL])
    return feature
