"""The dock's live result: a memory layer of the parcels whose scores follow the weights.

A slider move must reach the map within 150 ms at 100,000 parcels, and writing a value into
a memory layer costs 3–10 µs, while a jump of the weights changes the class of a quarter of
the parcels. So no result is stored per feature: ``priority_score``, ``priority_rank``,
``priority_class`` and ``main_driver`` are expression fields over layer variables set once
per move (:mod:`.live_values`); the renderer draws the ``priority_class`` expression field.
"""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..engine.prioritise import PriorityResult
from ..engine.scoring import CLASSES, driver_labels
from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.fields import make_field
from ..qgis_io.styling import load_shipped_style
from . import live_values

LIVE_NAME = QT_TR_NOOP("Live priority (dock, not saved)")
OUTPUT_PROPERTY = "clearance_planner/output"
STORED_FIELDS = (("src_fid", "long"), ("parcel", "string"))
COMPUTED_FIELDS = (  # in the saved result's order
    (live_values.SCORE, "double"),
    (live_values.RANK, "int"),
    (live_values.CLASS, "string"),
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
        self.ids: list[int] = []  # feature id per parcel row: 1 … n

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
        if self.ids != list(range(1, len(self.ids) + 1)):  # the variables are read by $id
            raise RuntimeError(f"memory layer feature ids are not 1…n: {self.ids[:5]}")
        _style(layer)  # before the expression fields: a style may carry (no) expression fields
        expressions = live_values.expressions(len(self.ids))
        for name, kind in COMPUTED_FIELDS:
            layer.addExpressionField(expressions[name], make_field(name, kind))
        layer.setCustomProperty(OUTPUT_PROPERTY, "live")  # never guessed as an input role
        QgsProject.instance().addMapLayer(layer, False)
        QgsProject.instance().layerTreeRoot().insertLayer(0, layer)
        self.layer = layer

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
        """Let go of the layer (another project was opened) without touching the project:
        it keeps showing the last result."""
        self.layer, self.ids = None, []

    def show(self, result: PriorityResult, criteria: list[str]) -> bool:
        """Show ``result`` of the ``criteria`` (names, in order): its values in the layer's
        variables, then a repaint. False when there is no layer to show it in."""
        layer = self.in_project()
        if layer is None:
            return False
        live_values.write(layer, result, driver_labels(criteria).tolist())
        layer.triggerRepaint()
        return True

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
    load_shipped_style(layer, "priority")
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
    feature.setAttributes([fid, label])
    return feature
