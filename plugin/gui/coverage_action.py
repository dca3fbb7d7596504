"""Menu entry "Coverage report…": pick the layers, run ``clearance:coverage`` as a background
task, add the styled GAPS (and per-district) layers and open the HTML report."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsFieldProxyModel,
    QgsMapLayer,
    QgsMapLayerProxyModel,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout

from ..i18n import tr
from ..logs import LOGGER
from ..qgis_io.styling import load_shipped_style
from .messages import push
from .roles import guess_roles, is_plugin_output, load_roles
from .task_runner import Outcome, TaskRunner

ALGORITHM = "clearance:coverage"
COVERAGE_ROLES = {  # parameter -> layer role saved in the project (gui/roles.py)
    "DISTRICTS": "districts",
    "RECORDS": "minefield_records",
    "HAZARDS": "hazards",
    "INCIDENTS": "incidents",
    "CLEARED": "cleared_land",
}
REQUIRED = ("DISTRICTS", "RECORDS", "HAZARDS", "INCIDENTS")
FIELD_GUESSES = {
    "DISTRICT_FIELD": ("district", "name"),
    "HAZARD_TYPE_FIELD": ("hazard_type", "type"),
    "DATE_FIELD": ("incident_date", "date"),
    "CASUALTY_FIELD": ("casualties", "victims"),
}


def preselected_layers(project: QgsProject) -> dict[str, QgsMapLayer]:
    """Parameter -> layer: the saved roles first, then the roles guessed (geometry, names,
    fields, values) among the other layers; never a plugin output such as the live layer."""
    saved = load_roles(project)
    held = {layer.id() for layer in saved.values()}
    others = [lyr for lyr in project.mapLayers().values() if lyr.id() not in held]
    guessed = {role: layer for role, (layer, _) in guess_roles(others).items()}
    chosen = {**guessed, **saved}
    return {key: chosen[role] for key, role in COVERAGE_ROLES.items() if role in chosen}


def _guess_field(combo: QgsFieldComboBox, names: tuple[str, ...]) -> None:
    layer = combo.layer()
    if layer is None:
        return
    fields = [f.name() for f in layer.fields()]
    for name in names:
        for field in fields:
            if field.lower() == name:
                combo.setField(field)
                return


class CoverageDialog(QDialog):
    """Inputs of the coverage report, pre-filled from the saved roles (else guessed) and the
    field names; a required input nothing fits stays empty (OK disabled)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Coverage report"))
        form = QFormLayout(self)
        self.layers: dict[str, QgsMapLayerComboBox] = {}
        self.fields: dict[str, QgsFieldComboBox] = {}
        chosen = preselected_layers(QgsProject.instance())
        outputs = [
            lyr for lyr in QgsProject.instance().mapLayers().values() if is_plugin_output(lyr)
        ]
        polygon = QgsMapLayerProxyModel.Filter.PolygonLayer
        point = QgsMapLayerProxyModel.Filter.PointLayer
        rows = (
            ("DISTRICTS", tr("Districts"), polygon, False, "DISTRICT_FIELD", tr("District name")),
            ("RECORDS", tr("Minefield records"), polygon, False, None, ""),
            (
                "HAZARDS",
                tr("Hazards (SHA/CHA)"),
                polygon,
                False,
                "HAZARD_TYPE_FIELD",
                tr("Hazard type (optional)"),
            ),
            ("INCIDENTS", tr("Incidents"), point, False, "DATE_FIELD", tr("Date (optional)")),
            ("CLEARED", tr("Released land (optional)"), polygon, True, None, ""),
        )
        for key, label, kind, _optional, field_key, field_label in rows:
            combo = QgsMapLayerComboBox(self)
            combo.setFilters(kind)
            combo.setExceptedLayerList(outputs)
            combo.setAllowEmptyLayer(True)
            combo.setLayer(chosen.get(key))
            form.addRow(label, combo)
            self.layers[key] = combo
            if field_key:
                self._add_field(form, combo, field_key, field_label, field_key != "DISTRICT_FIELD")
        self._add_field(
            form,
            self.layers["INCIDENTS"],
            "CASUALTY_FIELD",
            tr("Casualties (optional)"),
            True,
            QgsFieldProxyModel.Filter.Numeric,
        )
        self.area = QgsMapLayerComboBox(self)
        self.area.setFilters(polygon)
        self.area.setExceptedLayerList(outputs)
        self.area.setAllowEmptyLayer(True)
        self.area.setLayer(None)
        form.addRow(tr("Focus area (optional; its selection if it has one)"), self.area)
        self.folder = QgsFileWidget(self)
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(QgsProcessingUtils.tempFolder())
        form.addRow(tr("Output folder"), self.folder)
        self.pdf = QCheckBox(tr("Also write a PDF report"), self)
        form.addRow("", self.pdf)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for key in REQUIRED:
            self.layers[key].layerChanged.connect(self._update_ok)
        self.fields["DISTRICT_FIELD"].fieldChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        """OK only once every required layer and the district name field are chosen."""
        ready = all(self.layers[k].currentLayer() is not None for k in REQUIRED)
        self.ok_button.setEnabled(ready and bool(self.fields["DISTRICT_FIELD"].currentField()))

    def _add_field(self, form, layer_combo, key, label, optional, filters=None) -> None:
        combo = QgsFieldComboBox(self)
        combo.setAllowEmptyFieldName(optional)
        if filters is not None:
            combo.setFilters(filters)
        combo.setLayer(layer_combo.currentLayer())
        layer_combo.layerChanged.connect(combo.setLayer)
        _guess_field(combo, FIELD_GUESSES[key])
        form.addRow(label, combo)
        self.fields[key] = combo

    def parameters(self) -> dict:
        """Processing parameters of ``clearance:coverage`` (layer ids, files in the folder)."""
        params = {k: c.currentLayer().id() for k, c in self.layers.items() if c.currentLayer()}
        params.update({k: c.currentField() for k, c in self.fields.items() if c.currentField()})
        area = self.area.currentLayer()
        if area is not None:
            params["AREA"] = focus_definition(area)
        return with_outputs(params, self.folder.filePath(), self.pdf.isChecked())


def focus_definition(layer: QgsVectorLayer) -> QgsProcessingFeatureSourceDefinition:
    """AREA of ``layer``: only its selected features when it has a selection."""
    return QgsProcessingFeatureSourceDefinition(layer.id(), layer.selectedFeatureCount() > 0)


def with_outputs(params: dict, folder: str, pdf: bool) -> dict:
    """``params`` plus output files in ``folder``."""
    out = Path(folder or QgsProcessingUtils.tempFolder())
    out.mkdir(parents=True, exist_ok=True)
    params = dict(params)
    params.update(
        {
            "OUTPUT": str(out / "coverage.gpkg"),
            "GAPS": str(out / "coverage_gaps.gpkg"),
            "REPORT": str(out / "coverage_report.html"),
        }
    )
    if pdf:
        params["REPORT_PDF"] = str(out / "coverage_report.pdf")
    return params


class CoverageAction:
    """The menu entry; runs go through one :class:`TaskRunner`."""

    def __init__(self, plugin) -> None:
        self.plugin = plugin
        self.iface = plugin.iface
        self.action = plugin.add_action(tr("Coverage report…"), self.open_dialog)
        self.runner = TaskRunner()

    def open_dialog(self) -> None:
        dialog = CoverageDialog(self.iface.mainWindow())
        if dialog.exec():
            self.run(dialog.parameters())

    def run(self, parameters: dict) -> QgsTask | None:
        """Start the algorithm as a background task; results arrive in :meth:`_done`."""
        try:
            return self.runner.run_algorithm(ALGORITHM, parameters, self._done)
        except LookupError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Critical)
            return None

    def _done(self, outcome: Outcome) -> None:
        if not outcome.ok:
            log = outcome.log.strip()
            push(
                self.iface,
                tr("Coverage report failed: {0}").format(
                    log.splitlines()[-1] if log else tr("cancelled, or see the log")
                ),
                Qgis.MessageLevel.Critical,
            )
            return
        results = outcome.value
        project = QgsProject.instance()
        for out, name, style in (
            ("OUTPUT", tr("Coverage per district"), "coverage_districts"),
            ("GAPS", tr("Unmapped hazard (gaps)"), "coverage_gaps"),
        ):
            layer = QgsVectorLayer(results[out], name, "ogr")
            if not layer.isValid():
                LOGGER.warning(tr("Could not load {0}").format(results[out]))
                continue
            message, ok = load_shipped_style(layer, style)
            if not ok:
                LOGGER.warning(tr("Style {0} not applied: {1}").format(style, message))
            project.addMapLayer(layer)
        QDesktopServices.openUrl(QUrl.fromLocalFile(results["REPORT"]))
        push(
            self.iface,
            tr("Coverage report written to {0}").format(results["REPORT"]),
            Qgis.MessageLevel.Success,
        )

    def unload(self) -> None:
        """Cancel tasks still running; each stays referenced until it reports."""
        self.runner.cancel_all()


def install(plugin) -> CoverageAction:
    return CoverageAction(plugin)
