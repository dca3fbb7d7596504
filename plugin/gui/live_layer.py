"""The dock's live result: a memory layer of the parcels whose scores follow the weights."""

from __future__ import annotations

from qgis.core import NULL, QgsFeature, QgsProject, QgsVectorLayer, QgsWkbTypes

from ..engine.prioritise import PriorityResult
from ..i18n import QT_TR_NOOP, tr
from ..paths import style_path
from ..qgis_io.fields import make_field, number_or_null

LIVE_NAME = QT_TR_NOOP("Live priority (dock, not saved)")
RESULT_FIELDS = ("priority_score", "priority_rank", "priority_class", "main_driver")
LIVE_FIELDS = (
    ("src_fid", "long"),
    ("parcel", "string"),
    ("priority_score", "double"),
    ("priority_rank", "int"),
    ("priority_class", "string"),
    ("main_driver", "string"),
)


class LiveLayer:
    """One live layer at a time, on top of the layer tree, styled like the saved result."""

    def __init__(self) -> None:
        self.layer: QgsVectorLayer | None = None
        self.ids: list[int] = []  # feature id per parcel row

    def create(self, parcels: QgsVectorLayer, fids: list, labels: list, features: list) -> None:
        """Replace the live layer by the parcels (multi-part geometry, ids and labels)."""
        self.remove()
        wkb = QgsWkbTypes.displayString(QgsWkbTypes.multiType(parcels.wkbType()))
        layer = QgsVectorLayer(f"{wkb}?crs={parcels.crs().authid()}", tr(LIVE_NAME), "memory")
        if not parcels.crs().authid():
            layer.setCrs(parcels.crs())
        layer.dataProvider().addAttributes([make_field(n, kind) for n, kind in LIVE_FIELDS])
        layer.updateFields()
        layer.dataProvider().addFeatures(
            [_live_feature(layer, *row) for row in zip(fids, labels, features)]
        )
        layer.loadNamedStyle(style_path("priority"))
        QgsProject.instance().addMapLayer(layer, False)
        QgsProject.instance().layerTreeRoot().insertLayer(0, layer)
        self.layer = layer
        self.ids = [f.id() for f in layer.getFeatures()]

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
        self.layer, self.ids = None, []

    def show(self, result: PriorityResult) -> None:
        """Write the scores, ranks, classes and main drivers in one provider call."""
        layer = self.in_project()
        if layer is None:
            return
        fields = layer.fields()
        index = [fields.lookupField(n) for n in RESULT_FIELDS]
        changes = {
            fid: dict(zip(index, result_values(result, i))) for i, fid in enumerate(self.ids)
        }
        layer.dataProvider().changeAttributeValues(changes)
        layer.triggerRepaint()

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


def result_values(result: PriorityResult, i: int) -> tuple:
    """Values of :data:`RESULT_FIELDS` for parcel row ``i`` (NULL when unknown)."""
    return (
        number_or_null(result.score[i]),
        int(result.ranking.rank[i]) or NULL,
        result.ranking.classes[i],
        result.drivers[i] or NULL,
    )


def _live_feature(layer: QgsVectorLayer, fid: int, label: str, parcel: QgsFeature) -> QgsFeature:
    feature = QgsFeature(layer.fields())
    if parcel.hasGeometry():
        geometry = parcel.geometry()
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
    feature.setAttributes([fid, label, NULL, NULL, NULL, NULL])
    return feature
