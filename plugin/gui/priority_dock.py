"""Prioritisation dock: distances computed once (background task), then live re-weighting.

Moving a weight, decay or distance re-runs only :func:`engine.prioritise.score_parcels` on
the cached ``(n, c)`` distance matrix, then updates the ranked table, the live map layer
(:mod:`.live_layer`) and the charts at once (goal ≤ 150 ms at 100,000 parcels, measured
in docs/scale.md). While a slider is dragged its moves are coalesced: one update per pass of
the event loop, for the latest value, and the last one when it is released. "Save result" runs
``clearance:prioritise`` with exactly the dock's parameters, so the saved layer equals what
the dock shows. The widgets are laid out in :mod:`.dock_panel`; this module wires them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import Qgis, QgsProject, QgsTask, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QModelIndex, Qt, QTimer
from qgis.PyQt.QtWidgets import QFileDialog

from ..engine.prioritise import Criterion, PriorityResult, score_parcels
from ..engine.scenario import default_scenario
from ..engine.scoring import DECAYS
from ..i18n import QT_TR_NOOP, tr
from ..logs import LOGGER
from ..paths import icon_path
from ..qgis_io.ids import guess_layer_field
from ..qgis_io.scenario_store import current_settings, id_field, save_current, set_id_field
from ..qgis_io.styling import load_shipped_style
from .criterion_row import CriterionRow, criterion_rows
from .distances import DistanceCache, distance_matrix, parcel_labels, read_inputs
from .dock_panel import DEMO_GATE, DockPanel
from .explanation import explanation_html
from .live_layer import LiveLayer
from .messages import guarded, push, report
from .roles import CRITERION_ROLE, PARCELS_ROLE, load_roles
from .scenarios import DockScenarios, apply_to, scenario_of
from .task_runner import Outcome, TaskRunner

START = QT_TR_NOOP("Choose the layers, then Compute distances.")


class PrioritisationDock(QgsDockWidget):
    """The planner's live prioritisation panel."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("Clearance prioritisation"), parent)
        self.setObjectName("ClearancePrioritisationDock")
        self.iface = iface
        self.cache: DistanceCache | None = None
        self.result: PriorityResult | None = None
        self.task: QgsTask | None = None  # the running distance computation
        self.runner = TaskRunner()
        self.live = LiveLayer()
        self.ahp_matrix: np.ndarray | None = None
        self.ahp_weights: tuple | None = None
        self.saved_layer: QgsVectorLayer | None = None
        self.saving = False  # Save result runs in the background
        self.applying = False  # a scenario is being shown: settings saved once at the end
        self.mapping = False  # Ranking map runs in the background
        self.map_results: dict = {}  # the last ranking map's results
        self.rows = criterion_rows()
        self._drag_timer = QTimer(self)  # coalesces the moves of a dragged slider
        self._drag_timer.setSingleShot(True)
        self._drag_timer.setInterval(0)
        self._drag_timer.timeout.connect(self.rescore)
        self.panel = DockPanel(self.rows, tr(START))
        self.setWidget(self.panel)
        # the widgets the wiring, tests and scripts reach directly
        self.parcels, self.gate = self.panel.parcels, self.panel.gate
        self.id_field = self.panel.id_field
        self.model, self.table, self.charts = self.panel.model, self.panel.table, self.panel.charts
        self._wire()
        self.update_buttons()
        self.load_settings()
        self.prefill_from_roles()
        self.scenarios = DockScenarios(self)

    def _wire(self) -> None:
        self.parcels.layerChanged.connect(self.parcels_changed)
        self.parcels.layerChanged.connect(self.invalidate)
        self.id_field.fieldChanged.connect(self.relabel)
        self.gate.editingFinished.connect(self.invalidate)
        self.gate.editingFinished.connect(self.save_settings)
        for row in self.rows.values():
            row.layer.layerChanged.connect(self.invalidate)
            row.slider.valueChanged.connect(lambda v, row=row: self.weight_moved(row, v / 100))
            row.slider.sliderReleased.connect(self.slider_released)
            row.spin.valueChanged.connect(lambda v, row=row: self.weight_moved(row, v))
            row.decay.currentIndexChanged.connect(self.rescore)
            row.distance.valueChanged.connect(self.rescore)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.panel.compute_button.clicked.connect(lambda: self.compute_distances())
        self.panel.cancel_button.clicked.connect(self.cancel)
        self.panel.ahp_button.clicked.connect(self.open_ahp)
        self.panel.sensitivity_button.clicked.connect(self.open_sensitivity)
        self.panel.save_button.clicked.connect(lambda: self.save_result())
        self.panel.map_button.clicked.connect(lambda: self.ranking_map())

    @property
    def live_layer(self) -> QgsVectorLayer | None:
        """The live result layer (None before the first computation)."""
        return self.live.layer

    # -- state ------------------------------------------------------------------------------

    def prefill_from_roles(self) -> None:
        """Parcels and criterion layers from the project's role mapping."""
        roles = load_roles(QgsProject.instance())
        if PARCELS_ROLE in roles:
            self.parcels.setLayer(roles[PARCELS_ROLE])
            fields = roles[PARCELS_ROLE].fields()
            if not self.gate.text() and all(
                fields.lookupField(f) >= 0 for f in ("access_secure", "land_disputed")
            ):
                self.gate.setText(DEMO_GATE)
        for name, row in self.rows.items():
            row.layer.setLayer(roles.get(CRITERION_ROLE[name]))
        self.invalidate()

    @guarded(QT_TR_NOOP("Could not read the dock settings of the project"))
    def load_settings(self) -> None:
        """The weights, decays, distances, gate and AHP matrix saved in the project (the
        defaults in a project without them; not written to it until they change)."""
        scenario = current_settings(QgsProject.instance())
        apply_to(self, scenario or default_scenario(), keep=False)
        self.parcels_changed(self.parcels.currentLayer())

    def save_settings(self, *_args) -> None:
        """Keep the dock's settings in the project file (not the user profile)."""
        if not self.applying:
            save_current(QgsProject.instance(), scenario_of(self, "Current dock settings"))

    def parcels_changed(self, layer) -> None:
        """The id field of new parcels: the saved one if the layer has it, else guessed."""
        self.id_field.blockSignals(True)
        self.id_field.setLayer(layer)
        if layer is not None:
            saved = id_field(QgsProject.instance())
            has_saved = bool(saved) and layer.fields().lookupField(saved) >= 0
            self.id_field.setField(saved if has_saved else guess_layer_field(layer))
        self.id_field.blockSignals(False)

    @guarded(QT_TR_NOOP("Could not name the parcels by that field"))
    def relabel(self, *_args) -> None:
        """Another id field: new labels in the table, the live layer and the explanation."""
        set_id_field(QgsProject.instance(), self.id_field.currentField())
        parcels = self.parcels.currentLayer()
        if self.cache is None or parcels is None or parcels.id() != self.cache.parcels_id:
            return
        self.cache.labels = parcel_labels(parcels, self.cache.fids, self.id_field.currentField())
        self.live.relabel(self.cache.labels)
        if self.result is not None:
            selected = self.selected_parcel()
            self.model.set_result(self.cache.labels, self.result)
            if selected is not None:
                self.select_parcel(selected)  # its explanation names it anew

    def active_rows(self) -> list[CriterionRow]:
        return [row for row in self.rows.values() if row.layer.currentLayer() is not None]

    def criteria(self) -> list[Criterion]:
        """Criteria of the cached distance columns with the current widget values."""
        names = self.cache.names if self.cache else tuple(r.name for r in self.active_rows())
        return [self.rows[name].criterion() for name in names]

    def reset(self) -> None:
        """Drop cached distances and results (another project was opened)."""
        self.cache = self.result = None
        self.live.forget()
        self.ahp_weights = self.ahp_matrix = None
        self.model.clear()
        self.panel.explanation.clear()
        self.panel.status.setText(tr(START))
        self.update_buttons()

    def invalidate(self, *_args) -> None:
        """Layers or gate changed: the cached distances no longer apply."""
        if self.cache is not None and self._cache_key() != self.cache.key():
            self.cache = None
            self.panel.status.setText(tr("Layers changed: Compute distances again."))
        self.update_buttons()

    def _cache_key(self) -> tuple:
        parcels = self.parcels.currentLayer()
        return (
            parcels.id() if parcels else "",
            tuple(r.layer.currentLayer().id() for r in self.active_rows()),
            self.gate.text().strip(),
        )

    def update_buttons(self) -> None:
        ready = self.cache is not None
        self.panel.save_button.setEnabled(ready and not self.saving)
        self.panel.map_button.setEnabled(self.saved_layer is not None and not self.mapping)
        self.panel.sensitivity_button.setEnabled(ready)
        self.panel.compute_button.setEnabled(self.task is None)

    # -- distances --------------------------------------------------------------------------

    @guarded(QT_TR_NOOP("Could not compute the distances"))
    def compute_distances(self, wait: bool = False) -> None:
        """Read the layers (main thread), then compute distances in a background task.

        ``wait`` runs the task in the calling thread (tests, scripts).
        """
        parcels = self.parcels.currentLayer()
        rows = self.active_rows()
        if parcels is None or not rows:
            raise ValueError(tr("choose a parcels layer and at least one criterion layer"))
        layers = {row.name: row.layer.currentLayer() for row in rows}
        inputs = read_inputs(
            parcels, layers, self.gate.text().strip(), self.id_field.currentField()
        )
        n = inputs.parcels.n_features
        self.panel.cancel_button.setEnabled(True)
        self.panel.status.setText(tr("Computing distances for {0} parcels…").format(n))
        LOGGER.info(tr("Dock: distances for {0} parcels, {1} criteria").format(n, len(rows)))
        self.task = self.runner.run_function(
            tr("Clearance Planner: distances"),
            lambda progress, cancelled: distance_matrix(
                inputs.parcels, inputs.targets, progress, cancelled
            ),
            lambda outcome: self._distances_done(outcome, inputs),
            progress=lambda p: self.panel.progress.setValue(int(p)),
            wait=wait,
        )
        self.update_buttons()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _distances_done(self, outcome: Outcome, inputs) -> None:
        self.task = None
        self.panel.cancel_button.setEnabled(False)
        if not outcome.ok:
            if outcome.error is not None:
                report(self.iface, tr("Distance computation failed"), outcome.error)
            self.panel.status.setText(tr("Distance computation cancelled."))
            self.update_buttons()
            return
        self.cache = inputs.cache
        self.cache.distances = outcome.value
        self.panel.progress.setValue(100)
        self.panel.tabs.setCurrentIndex(1)
        try:
            parcels = QgsProject.instance().mapLayer(self.cache.parcels_id)
            self.live.create(parcels, self.cache.fids, self.cache.labels, inputs.features)
        except Exception as exc:
            report(self.iface, tr("Could not create the live map layer"), exc)
        self.update_buttons()
        self.rescore()

    # -- re-weighting -----------------------------------------------------------------------

    def weight_moved(self, row: CriterionRow, weight: float) -> None:
        """A new weight: re-score now, or once the event loop is free while dragging."""
        row.set_weight(weight)
        self.ahp_weights = None  # direct weights again
        if row.slider.isSliderDown():
            if not self._drag_timer.isActive():
                self._drag_timer.start()
        else:
            self.rescore()

    def slider_released(self) -> None:
        """The drag ended: its last value now, if not yet shown."""
        if self._drag_timer.isActive():
            self._drag_timer.stop()
            self.rescore()

    @guarded(QT_TR_NOOP("Could not re-score the parcels"))
    def rescore(self, *_args) -> PriorityResult | None:
        """Score from the cached distances, then the table, the live layer and the charts."""
        self._drag_timer.stop()
        self.save_settings()
        if self.cache is None:
            self.charts.update_charts(self.criteria(), None)
            return None
        criteria = self.criteria()
        if sum(c.weight for c in criteria) <= 0:
            self.panel.status.setText(tr("All weights are 0: give at least one weight > 0."))
            return None
        self.result = score_parcels(
            self.cache.distances, criteria, self.cache.gated, ids=self.cache.fids
        )
        selected = self.selected_parcel()
        self.model.set_result(self.cache.labels, self.result)
        self.panel.status.setText(self.summary())
        if selected is not None:
            self.select_parcel(selected)
        self.update_map_and_charts()
        return self.result

    def summary(self) -> str:
        w = ", ".join(f"{tr(c.name)} {x:.2f}" for c, x in zip(self.criteria(), self.result.weights))
        return tr("{0} parcels ranked; normalised weights: {1}").format(len(self.cache.fids), w)

    def update_map_and_charts(self) -> None:
        if self.result is None:
            return
        self.update_live_layer()
        self.charts.update_charts(self.criteria(), self.result.score)

    def update_live_layer(self) -> None:
        if self.result is not None and self.cache is not None:
            self.live.show(self.result, list(self.cache.names))

    # -- selection and explanation ----------------------------------------------------------

    def selected_parcel(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.parcel_at(rows[0].row()) if rows and self.result is not None else None

    def select_parcel(self, i: int) -> None:
        """Select parcel ``i`` in the table; its explanation is shown anew even when its row
        was selected already (the table's data changed under the selection)."""
        row = self.model.row_of(i)
        if self.table.selectionModel().isRowSelected(row, QModelIndex()):
            self.selection_changed()
        else:
            self.table.selectRow(row)

    def selection_changed(self, *_args) -> None:
        i = self.selected_parcel()
        if i is None:
            return
        self.panel.explanation.setHtml(self.explain(i))
        self.live.select(i)

    def explain(self, i: int) -> str:
        """HTML: rank, class and per criterion distance, score, weight and contribution."""
        c = self.cache
        gated = c.gated is not None and bool(c.gated[i])
        return explanation_html(i, c.labels[i], self.result, self.criteria(), c.distances[i], gated)

    # -- AHP, sensitivity, save ------------------------------------------------------------

    @guarded(QT_TR_NOOP("Could not apply the AHP weights"))
    def open_ahp(self, exec_dialog: bool = True):
        from .ahp_dialog import AhpDialog

        names = [r.name for r in self.active_rows()] or list(self.rows)
        dialog = AhpDialog(names, self.ahp_matrix, self)
        if exec_dialog and not dialog.exec():
            return dialog
        self.apply_ahp(dialog, names)
        return dialog

    def apply_ahp(self, dialog, names: list[str]) -> None:
        if dialog.result is None:
            raise ValueError(dialog.summary.text())
        self.ahp_matrix = dialog.matrix.copy()
        for name, weight in zip(names, dialog.result.weights):
            self.rows[name].set_weight(float(weight))
        self.ahp_weights = (tuple(names), dialog.matrix_text())
        level = Qgis.MessageLevel.Info if dialog.result.consistent else Qgis.MessageLevel.Warning
        push(self.iface, dialog.summary.text(), level)
        self.rescore()

    def parameters(self) -> dict:
        """``clearance:prioritise`` parameters equal to what the dock shows."""
        params = {"PARCELS": self.parcels.currentLayer().id(), "OUTPUT": "TEMPORARY_OUTPUT"}
        if self.id_field.currentField():
            params["ID_FIELD"] = self.id_field.currentField()
        for name, row in self.rows.items():
            key = name.upper()
            layer = (
                row.layer.currentLayer() if self.cache is None or name in self.cache.names else None
            )
            if layer is not None:
                params[key] = layer.id()
            params[f"{key}_WEIGHT"] = row.weight
            params[f"{key}_DECAY"] = DECAYS.index(row.decay_code())
            params[f"{key}_DISTANCE"] = row.distance.value()
        if self.gate.text().strip():
            params["GATE_EXPRESSION"] = self.gate.text().strip()
        if self.ahp_weights is not None and self.cache and self.ahp_weights[0] == self.cache.names:
            params["WEIGHTS_AHP"] = self.ahp_weights[1]
        return params

    @guarded(QT_TR_NOOP("Could not save the result"))
    def save_result(self, path: str | None = None, wait: bool = False) -> QgsTask | None:
        """Run clearance:prioritise with the dock's parameters in a background task, then
        load the styled result. ``wait`` runs it in the calling thread (tests, scripts)."""
        if self.cache is None:
            raise ValueError(tr("compute the distances first"))
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Save prioritised parcels"), "", tr("GeoPackage (*.gpkg)")
            )
        if not path:
            return None
        params = {**self.parameters(), "OUTPUT": path}
        LOGGER.info(tr("Dock: Save result runs clearance:prioritise with {0}").format(params))
        task = self.runner.run_algorithm(
            "clearance:prioritise", params, lambda outcome: self._saved(outcome, path), wait=wait
        )
        self.saving = task is not None
        self.update_buttons()
        return task

    def _saved(self, outcome: Outcome, path: str) -> None:
        self.saving = False
        self.update_buttons()
        if not outcome.ok or not outcome.value.get("OUTPUT"):
            push(
                self.iface,
                tr("Saving the prioritised parcels failed"),
                Qgis.MessageLevel.Critical,
                outcome.log,
            )
            return
        layer = QgsVectorLayer(outcome.value["OUTPUT"], tr("Prioritised parcels"), "ogr")
        load_shipped_style(layer, "priority", True)
        QgsProject.instance().addMapLayer(layer)
        self.saved_layer = layer
        self.update_buttons()  # the ranking map needs a saved result
        push(
            self.iface,
            tr("Prioritised parcels saved to {0}").format(path),
            Qgis.MessageLevel.Success,
        )

    @guarded(QT_TR_NOOP("Could not make the ranking map"))
    def ranking_map(self, path: str | None = None, wait: bool = False) -> QgsTask | None:
        """Run clearance:priority_map on the saved result (districts from the layer roles)
        in a background task: a PDF at ``path`` and a PNG of its map page beside it."""
        if self.saved_layer is None:
            raise ValueError(tr("save the result first"))
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Save the ranking map"), "", tr("PDF files (*.pdf)")
            )
        if not path:
            return None
        params = {
            "INPUT": self.saved_layer.id(),
            "OUTPUT_PDF": path,
            "OUTPUT_PNG": str(Path(path).with_suffix(".png")),
        }
        districts = load_roles(QgsProject.instance()).get("districts")
        if districts is not None:
            params["DISTRICTS"] = districts.id()
        task = self.runner.run_algorithm("clearance:priority_map", params, self._mapped, wait=wait)
        self.mapping = task is not None
        self.update_buttons()
        return task

    def _mapped(self, outcome: Outcome) -> None:
        self.mapping = False
        self.update_buttons()
        if not outcome.ok or not outcome.value.get("OUTPUT_PDF"):
            push(self.iface, tr("The ranking map failed"), Qgis.MessageLevel.Critical, outcome.log)
            return
        self.map_results = dict(outcome.value)
        push(
            self.iface,
            tr("Ranking map written to {0}").format(outcome.value["OUTPUT_PDF"]),
            Qgis.MessageLevel.Success,
        )

    @guarded(QT_TR_NOOP("Could not open the sensitivity analysis"))
    def open_sensitivity(self) -> None:
        import processing

        params = self.parameters()
        params.pop("OUTPUT", None)
        processing.execAlgorithmDialog("clearance:sensitivity", params)


class DockExtension:
    """Menu entry that shows the dock; the dock is created on first use."""

    def __init__(self, plugin) -> None:
        self.iface = plugin.iface
        self.dock: PrioritisationDock | None = None
        plugin.add_action(
            tr("Prioritisation dock"), self.open_dock, icon_path("priority_dock.svg"), toolbar=True
        )

    def open_dock(self) -> PrioritisationDock:
        if self.dock is None:
            self.dock = PrioritisationDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            QgsProject.instance().readProject.connect(self.project_opened)
        else:
            self.dock.prefill_from_roles()
        self.dock.show()
        self.dock.raise_()
        return self.dock

    def project_opened(self, *_args) -> None:
        """A project was opened: forget cached distances, take its role mapping."""
        if self.dock is not None:
            self.dock.reset()
            self.dock.load_settings()
            self.dock.prefill_from_roles()
            self.dock.scenarios.refresh()

    def unload(self) -> None:
        if self.dock is not None:
            QgsProject.instance().readProject.disconnect(self.project_opened)
            self.dock.runner.cancel_all()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None  # a live layer left in the project keeps its last values


def install(plugin) -> DockExtension:
    return DockExtension(plugin)
