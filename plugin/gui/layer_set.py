"""Menu entries "Load demo project" and "Add clearance layers…" (role mapping dialog)."""

from __future__ import annotations

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ..i18n import QT_TR_NOOP, tr
from .messages import guarded, push
from .roles import ROLES, add_layer_set, geopackage_layers, guess_role, load_demo, load_roles

GROUP = QT_TR_NOOP("Clearance layers")


class RoleDialog(QDialog):
    """Map project layers or GeoPackage layers to the clearance roles."""

    def __init__(self, project: QgsProject, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add clearance layers"))
        self.project = project
        self._gpkg_layers: dict[str, QgsVectorLayer] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Choose a GeoPackage and/or project layers for each role.")))
        form = QFormLayout()
        self.file = QgsFileWidget()
        self.file.setFilter(tr("GeoPackage (*.gpkg)"))
        self.file.fileChanged.connect(self.set_geopackage)
        form.addRow(tr("GeoPackage"), self.file)
        self.group = QLineEdit(tr(GROUP))
        form.addRow(tr("Layer group"), self.group)
        self.combos: dict[str, QComboBox] = {}
        for role, label in ROLES:
            combo = QComboBox()
            self.combos[role] = combo
            form.addRow(tr(label), combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refill()

    def refill(self) -> None:
        """Combos: (none), layers of the chosen GeoPackage, vector layers of the project."""
        current = load_roles(self.project)
        vector = [
            layer
            for layer in self.project.mapLayers().values()
            if isinstance(layer, QgsVectorLayer)
        ]
        for role, combo in self.combos.items():
            combo.clear()
            combo.addItem(tr("(none)"), None)
            for name, layer in self._gpkg_layers.items():
                combo.addItem(tr("GeoPackage: {0}").format(name), layer)
            for layer in vector:
                combo.addItem(layer.name(), layer)
            chosen = next(
                (lyr for name, lyr in self._gpkg_layers.items() if guess_role(name) == role),
                current.get(role),
            )
            if chosen is None:
                chosen = next((lyr for lyr in vector if guess_role(lyr.name()) == role), None)
            if chosen is not None:
                combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def set_geopackage(self, path: str) -> None:
        self._gpkg_layers = geopackage_layers(path) if path else {}
        self.refill()

    def mapping(self) -> dict:
        return {role: c.currentData() for role, c in self.combos.items() if c.currentData()}


class LayerSet:
    """Owns the two menu actions."""

    def __init__(self, plugin) -> None:
        self.iface = plugin.iface
        plugin.add_action(tr("Load demo project"), self.load_demo)
        plugin.add_action(tr("Add clearance layers…"), self.add_layers)

    @guarded(QT_TR_NOOP("Could not load the demo project"))
    def load_demo(self) -> None:
        group = load_demo(QgsProject.instance())
        self._zoom_to(group)
        push(
            self.iface,
            tr("Demo layers added (hazards and records are SYNTHETIC)."),
            Qgis.MessageLevel.Success,
        )

    @guarded(QT_TR_NOOP("Could not add the clearance layers"))
    def add_layers(self) -> None:
        dialog = RoleDialog(QgsProject.instance(), self.iface.mainWindow())
        if not dialog.exec() or not dialog.mapping():
            return
        group = add_layer_set(QgsProject.instance(), dialog.mapping(), dialog.group.text())
        self._zoom_to(group)

    def _zoom_to(self, group) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        layers = [node.layer() for node in group.findLayers()]
        districts = next(
            (lyr for lyr in layers if lyr.customProperty("clearance_planner/role") == "districts"),
            None,
        )
        target = districts or (layers[0] if layers else None)
        if canvas is None or target is None:
            return
        from qgis.core import QgsCoordinateTransform

        transform = QgsCoordinateTransform(
            target.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        canvas.setExtent(transform.transformBoundingBox(target.extent()))
        canvas.refresh()

    def unload(self) -> None:
        return None


def install(plugin) -> LayerSet:
    return LayerSet(plugin)
