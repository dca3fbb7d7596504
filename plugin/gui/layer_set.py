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

from ..i18n import QT_TR_NOOP, tr, tr_message
from .messages import guarded, push
from .roles import (
    ROLES,
    add_layer_set,
    geopackage_layers,
    guess_roles,
    load_demo,
    load_roles,
    role_refusal,
)

GROUP = QT_TR_NOOP("Clearance layers")


class RoleDialog(QDialog):
    """Map project layers or GeoPackage layers to the clearance roles."""

    def __init__(self, project: QgsProject, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add clearance layers"))
        self.project = project
        self._gpkg_layers: dict[str, QgsVectorLayer] = {}
        self.why: dict[str, str] = {}  # role -> why its layer was pre-selected
        self._preselected: dict[str, int] = {}
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
        self.notes: dict[str, QLabel] = {}
        for role, label in ROLES:
            combo = QComboBox()
            note = QLabel()
            note.setWordWrap(True)
            self.combos[role], self.notes[role] = combo, note
            form.addRow(tr(label), combo)
            form.addRow("", note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self.refill()
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self.check_all)  # a bound method: no cycle

    def refill(self) -> None:
        """Combos: (none), layers of the chosen GeoPackage, vector layers of the project;
        pre-selected from the GeoPackage's guesses, else the saved roles, else the guesses
        among the project layers no role holds yet."""
        current = load_roles(self.project)
        vector = [
            layer
            for layer in self.project.mapLayers().values()
            if isinstance(layer, QgsVectorLayer)
        ]
        from_gpkg = guess_roles(list(self._gpkg_layers.values()))
        held = {layer.id() for layer in current.values()}
        from_project = guess_roles([lyr for lyr in vector if lyr.id() not in held])
        for role, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(none)"), None)
            for name, layer in self._gpkg_layers.items():
                combo.addItem(tr("GeoPackage: {0}").format(name), layer)
            for layer in vector:
                combo.addItem(layer.name(), layer)
            chosen, why = self._choice(role, from_gpkg, current, from_project)
            if chosen is not None:
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
            self._preselected[role] = combo.currentIndex()
            combo.blockSignals(False)
            self.why[role] = why
            self.check(role)

    @staticmethod
    def _choice(role, from_gpkg, current, from_project):
        """(layer, reason) pre-selected for ``role``."""
        if role in from_gpkg:
            layer, guess = from_gpkg[role]
            return layer, tr("guessed: {0}").format(guess.explain(tr_message))
        if role in current:
            return current[role], tr("saved in the project")
        if role in from_project:
            layer, guess = from_project[role]
            return layer, tr("guessed: {0}").format(guess.explain(tr_message))
        return None, ""

    def check(self, role: str) -> str | None:
        """Show why the chosen layer is pre-selected, or why it cannot serve the role (then
        OK is disabled); the refusal, if any."""
        layer = self.combos[role].currentData()
        refused = role_refusal(role, layer) if layer is not None else None
        note = self.notes[role]
        if refused:
            note.setText(refused)
            note.setStyleSheet("color: #b00020;")
        else:
            chosen = self.why.get(role, "") if self._is_preselected(role) else ""
            note.setText(chosen)
            note.setStyleSheet("color: #555555;")
        self.ok_button.setEnabled(not self.refusals())
        return refused

    def check_all(self, *_args) -> None:
        for role in self.combos:
            self.check(role)

    def _is_preselected(self, role: str) -> bool:
        return self.combos[role].currentIndex() == self._preselected.get(role, -1)

    def refusals(self) -> list[str]:
        """Every chosen layer whose geometry cannot serve its role, named."""
        out = []
        for role, combo in self.combos.items():
            layer = combo.currentData()
            refused = role_refusal(role, layer) if layer is not None else None
            if refused:
                out.append(refused)
        return out

    def set_geopackage(self, path: str) -> None:
        self._gpkg_layers = geopackage_layers(path) if path else {}
        self.refill()

    def accept(self) -> None:
        """Refuse (stay open) while a chosen layer cannot serve its role."""
        refused = self.refusals()
        if refused:
            self.ok_button.setEnabled(False)
            return
        super().accept()

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
