"""Prioritisation dock: distances computed once (QgsTask), then live re-weighting.

Moving a weight, decay or distance re-runs only :func:`engine.prioritise.score_parcels` on
the cached ``(n, c)`` distance matrix; the ranked table updates at once and the live map
layer and charts shortly after (debounced). "Save result" runs ``clearance:prioritise`` with
exactly the dock's parameters, so the saved layer equals what the dock shows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    NULL,
    Qgis,
    QgsApplication,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsField,
    QgsMapLayerProxyModel,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
    QgsTask,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QTimer, QVariant
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..algorithms.prioritise import CRITERIA
from ..engine.nearest import nearest_distance
from ..engine.prioritise import Criterion, PriorityResult, score_parcels
from ..engine.progress import OperationCancelled
from ..engine.scoring import DECAYS, contributions
from ..i18n import tr
from ..logs import LOGGER
from ..paths import icon_path, style_path
from ..qgis_io.crs import metric_crs
from ..qgis_io.expressions import checked_expression
from ..qgis_io.fields import number_or_null
from ..qgis_io.layers import read_source
from .messages import guarded, push, report
from .roles import CRITERION_ROLE, PARCELS_ROLE, load_roles

SETTINGS = "clearance_planner/dock"
LIVE_NAME = "Live priority (dock, not saved)"
LIVE_FIELDS = (
    ("src_fid", QVariant.LongLong),
    ("parcel", QVariant.String),
    ("priority_score", QVariant.Double),
    ("priority_rank", QVariant.Int),
    ("priority_class", QVariant.String),
    ("main_driver", QVariant.String),
)
DEMO_GATE = '"access_secure" AND NOT "land_disputed"'


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


class DistanceTask(QgsTask):
    """Nearest distances for every criterion in a worker thread (numpy only)."""

    def __init__(self, parcels, targets: list, on_done) -> None:
        super().__init__(tr("Clearance Planner: distances"), QgsTask.CanCancel)
        self.parcels, self.targets, self.on_done = parcels, targets, on_done
        self.distances = np.empty((parcels.n_features, len(targets)))
        self.error: Exception | None = None

    def run(self) -> bool:
        c = max(len(self.targets), 1)
        try:
            for j, target in enumerate(self.targets):
                self.distances[:, j] = nearest_distance(
                    self.parcels,
                    target,
                    progress=lambda f, j=j: self.setProgress(100.0 * (j + f) / c),
                    cancelled=self.isCanceled,
                )
        except OperationCancelled:
            return False
        except Exception as exc:  # reported on the main thread in finished()
            self.error = exc
            return False
        return True

    def finished(self, ok: bool) -> None:
        self.on_done(ok, self)


class CriterionRow:
    """Layer, weight (slider + number), decay and distance of one criterion."""

    def __init__(self, name: str, label: str, weight: float, decay: str, distance: float):
        self.name = name
        self.label = QLabel(tr(label))
        self.layer = QgsMapLayerComboBox()
        self.layer.setFilters(QgsMapLayerProxyModel.VectorLayer)
        self.layer.setAllowEmptyLayer(True)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setMinimumWidth(110)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 1.0)
        self.spin.setDecimals(3)
        self.spin.setSingleStep(0.01)
        self.decay = QComboBox()
        self.decay.addItems(list(DECAYS))
        self.distance = QDoubleSpinBox()
        self.distance.setRange(0.0, 1e7)
        self.distance.setDecimals(0)
        self.distance.setSuffix(" m")
        self.distance.setSingleStep(100)
        self.weight = weight
        self.set_weight(weight)
        self.decay.setCurrentText(decay)
        self.distance.setValue(distance)

    def set_weight(self, weight: float) -> None:
        """Show ``weight`` (kept exactly) in the slider and the number box."""
        self.weight = float(weight)
        for widget, value in ((self.slider, round(weight * 100)), (self.spin, weight)):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)

    def criterion(self) -> Criterion:
        return Criterion(self.name, self.weight, self.decay.currentText(), self.distance.value())


class PrioritisationDock(QgsDockWidget):
    """The planner's live prioritisation panel."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("Clearance prioritisation"), parent)
        self.setObjectName("ClearancePrioritisationDock")
        self.iface = iface
        self.cache: DistanceCache | None = None
        self.result: PriorityResult | None = None
        self.task: DistanceTask | None = None
        self.ahp_matrix: np.ndarray | None = None
        self.ahp_weights: tuple | None = None
        self.live_layer: QgsVectorLayer | None = None
        self.saved_layer: QgsVectorLayer | None = None
        self._save_run = None
        self.rows = {
            name: CriterionRow(name, label, *defaults) for name, label, *defaults in CRITERIA
        }
        self._restyle_timer = QTimer(self)
        self._restyle_timer.setSingleShot(True)
        self._restyle_timer.setInterval(150)
        self._restyle_timer.timeout.connect(self.update_map_and_charts)
        self._build()
        self.load_settings()
        self.prefill_from_roles()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        from .charts import DockCharts
        from .ranking_model import RankingModel

        self.tabs = QTabWidget()
        self.tabs.addTab(self._layers_tab(), tr("Layers"))
        self.tabs.addTab(self._weights_tab(), tr("Weights"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumHeight(14)
        self.status = QLabel(tr("Choose the layers, then Compute distances."))
        self.status.setWordWrap(True)
        self.model = RankingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(20)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.explanation = QTextBrowser()
        self.charts = DockCharts()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tabs)
        top_layout.addLayout(self._buttons())
        top_layout.addWidget(self.progress)
        top_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Vertical)
        for w in (top, self.table, self.explanation, self.charts):
            splitter.addWidget(w)
        splitter.setSizes([250, 260, 150, 160])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)
        self.setWidget(body)
        self.update_buttons()

    def _layers_tab(self) -> QWidget:
        """Parcels, one layer per criterion and the gate."""
        tab = QWidget()
        form = QFormLayout(tab)
        self.parcels = QgsMapLayerComboBox()
        self.parcels.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.parcels.layerChanged.connect(self.invalidate)
        form.addRow(tr("Parcels"), self.parcels)
        for row in self.rows.values():
            form.addRow(row.label.text(), row.layer)
            row.layer.layerChanged.connect(self.invalidate)
        self.gate = QLineEdit()
        self.gate.setPlaceholderText(tr("optional hard gate, e.g. {0}").format(DEMO_GATE))
        self.gate.editingFinished.connect(self.invalidate)
        form.addRow(tr("Gate"), self.gate)
        return tab

    def _weights_tab(self) -> QWidget:
        """Per criterion: weight slider and number, decay and distance, one line each."""
        tab = QWidget()
        grid = QGridLayout(tab)
        grid.setColumnStretch(1, 1)
        for col, text in enumerate(("Criterion", "Weight", "", "Decay", "Distance")):
            grid.addWidget(QLabel(tr(text)), 0, col)
        for r, row in enumerate(self.rows.values(), start=1):
            grid.addWidget(row.label, r, 0)
            grid.addWidget(row.slider, r, 1)
            grid.addWidget(row.spin, r, 2)
            grid.addWidget(row.decay, r, 3)
            grid.addWidget(row.distance, r, 4)
            row.slider.setToolTip(tr("Weight (normalised over the criteria used)"))
            row.decay.setToolTip(tr("Decay: how the score falls with distance"))
            row.distance.setToolTip(
                tr(
                    "linear: score 0 at this distance; exponential/gaussian: score 0.5; "
                    "step: score 1 up to it"
                )
            )
            row.slider.valueChanged.connect(lambda v, row=row: self.weight_moved(row, v / 100))
            row.spin.valueChanged.connect(lambda v, row=row: self.weight_moved(row, v))
            row.decay.currentIndexChanged.connect(self.rescore)
            row.distance.valueChanged.connect(self.rescore)
        grid.setRowStretch(len(self.rows) + 1, 1)
        return tab

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.compute_button = QPushButton(tr("Compute distances"))
        self.compute_button.clicked.connect(lambda: self.compute_distances())
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.ahp_button = QPushButton(tr("AHP…"))
        self.ahp_button.clicked.connect(self.open_ahp)
        self.sensitivity_button = QPushButton(tr("Sensitivity…"))
        self.sensitivity_button.clicked.connect(self.open_sensitivity)
        self.save_button = QPushButton(tr("Save result…"))
        self.save_button.clicked.connect(lambda: self.save_result())
        for b in (
            self.compute_button,
            self.cancel_button,
            self.ahp_button,
            self.sensitivity_button,
            self.save_button,
        ):
            buttons.addWidget(b)
        return buttons

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

    def load_settings(self) -> None:
        s = QgsSettings()
        for name, row in self.rows.items():
            row.set_weight(s.value(f"{SETTINGS}/{name}/weight", row.weight, type=float))
            row.decay.setCurrentText(
                s.value(f"{SETTINGS}/{name}/decay", row.decay.currentText(), type=str)
            )
            row.distance.setValue(
                s.value(f"{SETTINGS}/{name}/distance", row.distance.value(), type=float)
            )

    def save_settings(self) -> None:
        s = QgsSettings()
        for name, row in self.rows.items():
            s.setValue(f"{SETTINGS}/{name}/weight", row.weight)
            s.setValue(f"{SETTINGS}/{name}/decay", row.decay.currentText())
            s.setValue(f"{SETTINGS}/{name}/distance", row.distance.value())

    def active_rows(self) -> list[CriterionRow]:
        return [row for row in self.rows.values() if row.layer.currentLayer() is not None]

    def criteria(self) -> list[Criterion]:
        """Criteria of the cached distance columns with the current widget values."""
        names = self.cache.names if self.cache else tuple(r.name for r in self.active_rows())
        return [self.rows[name].criterion() for name in names]

    def reset(self) -> None:
        """Drop cached distances and results (another project was opened)."""
        self.cache = self.result = None
        self.live_layer = None
        self.ahp_weights = self.ahp_matrix = None
        self.model.beginResetModel()
        self.model.result = None
        self.model.endResetModel()
        self.explanation.clear()
        self.status.setText(tr("Choose the layers, then Compute distances."))
        self.update_buttons()

    def invalidate(self, *_args) -> None:
        """Layers or gate changed: the cached distances no longer apply."""
        if self.cache is not None and self._cache_key() != self._cached_key():
            self.cache = None
            self.status.setText(tr("Layers changed: Compute distances again."))
        self.update_buttons()

    def _cache_key(self) -> tuple:
        parcels = self.parcels.currentLayer()
        return (
            parcels.id() if parcels else "",
            tuple(r.layer.currentLayer().id() for r in self.active_rows()),
            self.gate.text().strip(),
        )

    def _cached_key(self) -> tuple:
        c = self.cache
        return (c.parcels_id, c.layer_ids, c.gate) if c else ()

    def update_buttons(self) -> None:
        ready = self.cache is not None
        self.save_button.setEnabled(ready)
        self.sensitivity_button.setEnabled(ready)
        self.compute_button.setEnabled(self.task is None)

    # -- distances --------------------------------------------------------------------------

    @guarded("Could not compute the distances")
    def compute_distances(self, wait: bool = False) -> None:
        """Read the layers (main thread), then compute distances in a QgsTask.

        ``wait`` runs the task in the calling thread (tests, scripts).
        """
        parcels = self.parcels.currentLayer()
        rows = self.active_rows()
        if parcels is None or not rows:
            raise ValueError(tr("choose a parcels layer and at least one criterion layer"))
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        crs = metric_crs(parcels.crs(), parcels.extent())
        read = read_source(parcels, parcels.name(), crs, context, keep_features=True, repair=True)
        targets = [
            read_source(
                r.layer.currentLayer(), r.layer.currentLayer().name(), crs, context
            ).geometry
            for r in rows
        ]
        gate = self.gate.text().strip()
        self._pending = DistanceCache(
            parcels.id(),
            tuple(r.layer.currentLayer().id() for r in rows),
            tuple(r.name for r in rows),
            gate,
            np.empty((0, 0)),
            evaluate_gate(parcels, read.features, gate),
            parcel_labels(parcels, read.features),
            [f.id() for f in read.features],
        )
        self._pending_features = read.features
        self.task = DistanceTask(read.geometry, targets, self._distances_done)
        self.task.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.cancel_button.setEnabled(True)
        self.update_buttons()
        self.status.setText(tr("Computing distances for {0} parcels…").format(read.n_features))
        LOGGER.info("Dock: distances for %s parcels, %s criteria", read.n_features, len(rows))
        if wait:
            self.task.finished(self.task.run())
        else:
            QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _distances_done(self, ok: bool, task: DistanceTask) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        if not ok:
            if task.error is not None:
                report(self.iface, tr("Distance computation failed"), task.error)
            self.status.setText(tr("Distance computation cancelled."))
            self.update_buttons()
            return
        self.cache = self._pending
        self.cache.distances = task.distances
        self.progress.setValue(100)
        self.tabs.setCurrentIndex(1)
        try:
            self.make_live_layer(self._pending_features)
        except Exception as exc:
            report(self.iface, tr("Could not create the live map layer"), exc)
        self.update_buttons()
        self.rescore()
        self.update_map_and_charts()

    # -- re-weighting -----------------------------------------------------------------------

    def weight_moved(self, row: CriterionRow, weight: float) -> None:
        row.set_weight(weight)
        self.ahp_weights = None  # direct weights again
        self.rescore()

    @guarded("Could not re-score the parcels")
    def rescore(self, *_args) -> PriorityResult | None:
        """Score from the cached distances; table now, map and charts after a short pause."""
        self.save_settings()
        if self.cache is None:
            self.charts.update_charts(self.criteria(), None)
            return None
        criteria = self.criteria()
        if sum(c.weight for c in criteria) <= 0:
            self.status.setText(tr("All weights are 0: give at least one weight > 0."))
            return None
        self.result = score_parcels(self.cache.distances, criteria, self.cache.gated)
        selected = self.selected_parcel()
        self.model.set_result(self.cache.labels, self.result)
        self.status.setText(self.summary())
        if selected is not None:
            self.select_parcel(selected)
        self._restyle_timer.start()
        return self.result

    def summary(self) -> str:
        w = ", ".join(f"{c.name} {x:.2f}" for c, x in zip(self.criteria(), self.result.weights))
        return tr("{0} parcels ranked; normalised weights: {1}").format(len(self.cache.fids), w)

    def update_map_and_charts(self) -> None:
        if self.result is None:
            return
        self.update_live_layer()
        self.charts.update_charts(self.criteria(), self.result.score)

    # -- live layer -------------------------------------------------------------------------

    def make_live_layer(self, features: list[QgsFeature]) -> None:
        parcels = QgsProject.instance().mapLayer(self.cache.parcels_id)
        old = self.live_layer_in_project()
        if old is not None:
            QgsProject.instance().removeMapLayer(old.id())
        wkb = QgsWkbTypes.displayString(QgsWkbTypes.multiType(parcels.wkbType()))
        layer = QgsVectorLayer(f"{wkb}?crs={parcels.crs().authid()}", tr(LIVE_NAME), "memory")
        if not parcels.crs().authid():
            layer.setCrs(parcels.crs())
        layer.dataProvider().addAttributes([QgsField(n, t) for n, t in LIVE_FIELDS])
        layer.updateFields()
        new = []
        for fid, label, feature in zip(self.cache.fids, self.cache.labels, features):
            f = QgsFeature(layer.fields())
            if feature.hasGeometry():
                geom = feature.geometry()
                geom.convertToMultiType()
                f.setGeometry(geom)
            f.setAttributes([fid, label, NULL, NULL, NULL, NULL])
            new.append(f)
        layer.dataProvider().addFeatures(new)
        layer.loadNamedStyle(style_path("priority"))
        QgsProject.instance().addMapLayer(layer, False)
        QgsProject.instance().layerTreeRoot().insertLayer(0, layer)
        self.live_layer = layer
        self._live_ids = [f.id() for f in layer.getFeatures()]

    def live_layer_in_project(self) -> QgsVectorLayer | None:
        if self.live_layer is None:
            return None
        try:
            return QgsProject.instance().mapLayer(self.live_layer.id())
        except RuntimeError:  # deleted by the user
            return None

    def update_live_layer(self) -> None:
        layer = self.live_layer_in_project()
        if layer is None or self.result is None:
            return
        fields = layer.fields()
        idx = [
            fields.lookupField(n)
            for n in ("priority_score", "priority_rank", "priority_class", "main_driver")
        ]
        r = self.result
        changes = {
            fid: dict(
                zip(
                    idx,
                    (
                        number_or_null(r.score[i]),
                        int(r.ranking.rank[i]) or NULL,
                        r.ranking.classes[i],
                        r.drivers[i] or NULL,
                    ),
                )
            )
            for i, fid in enumerate(self._live_ids)
        }
        layer.dataProvider().changeAttributeValues(changes)
        layer.triggerRepaint()

    # -- explanation ------------------------------------------------------------------------

    def selected_parcel(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.parcel_at(rows[0].row()) if rows and self.result is not None else None

    def select_parcel(self, i: int) -> None:
        row = int(np.flatnonzero(self.model.order == i)[0])
        self.table.selectRow(row)

    def selection_changed(self, *_args) -> None:
        i = self.selected_parcel()
        if i is None:
            return
        self.explanation.setHtml(self.explain(i))
        layer = self.live_layer_in_project()
        if layer is not None:
            layer.selectByIds([self._live_ids[i]])

    def explain(self, i: int) -> str:
        """HTML: rank, class and per criterion distance, score, weight and contribution."""
        r, c = self.result, self.cache
        criteria = self.criteria()
        contrib = contributions(r.criterion_scores[i : i + 1], r.weights)[0]
        gated = c.gated is not None and bool(c.gated[i])
        head = tr("<b>{0}</b>: rank {1} of {2}, score {3:.1f}, class {4}{5}").format(
            c.labels[i],
            r.ranking.rank[i],
            len(c.fids),
            r.score[i],
            r.ranking.classes[i],
            tr(" (fails the gate, ranked after all open parcels)") if gated else "",
        )
        rows = "".join(
            f"<tr><td>{cr.name}</td><td align=right>{c.distances[i, j]:,.0f}</td>"
            f"<td>{cr.decay} {cr.distance:,.0f} m</td>"
            f"<td align=right>{r.criterion_scores[i, j]:.3f}</td>"
            f"<td align=right>{r.weights[j]:.3f}</td><td align=right>{contrib[j]:.1f}</td></tr>"
            for j, cr in enumerate(criteria)
        )
        return (
            f"<p>{head}</p><table border=1 cellspacing=0 cellpadding=2><tr><th>criterion"
            "</th><th>distance (m)</th><th>decay</th><th>score</th><th>weight</th>"
            f"<th>points</th></tr>{rows}</table><p>"
            + tr("Score = sum of points (weight × criterion score × 100).")
            + "</p>"
        )

    # -- AHP, sensitivity, save ------------------------------------------------------------

    @guarded("Could not apply the AHP weights")
    def open_ahp(self, exec_dialog: bool = True):
        from .ahp_dialog import AhpDialog

        names = [r.name for r in self.active_rows()] or list(self.rows)
        dialog = AhpDialog(names, self.ahp_matrix, self)
        if exec_dialog and not dialog.exec_():
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
        for name, row in self.rows.items():
            key = name.upper()
            layer = (
                row.layer.currentLayer() if self.cache is None or name in self.cache.names else None
            )
            if layer is not None:
                params[key] = layer.id()
            params[f"{key}_WEIGHT"] = row.weight
            params[f"{key}_DECAY"] = DECAYS.index(row.decay.currentText())
            params[f"{key}_DISTANCE"] = row.distance.value()
        if self.gate.text().strip():
            params["GATE_EXPRESSION"] = self.gate.text().strip()
        if self.ahp_weights is not None and self.cache and self.ahp_weights[0] == self.cache.names:
            params["WEIGHTS_AHP"] = self.ahp_weights[1]
        return params

    @guarded("Could not save the result")
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
        alg = QgsApplication.processingRegistry().createAlgorithmById("clearance:prioritise")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        LOGGER.info("Dock: Save result runs clearance:prioritise with %s", params)
        if wait:
            results, ok = alg.run(params, context, feedback)
            self._saved(ok, results, feedback, path)
            return None
        task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
        task.executed.connect(lambda ok, results: self._saved(ok, results, feedback, path))
        self._save_run = (task, context, feedback, alg)  # keep alive until executed
        self.save_button.setEnabled(False)
        QgsApplication.taskManager().addTask(task)
        return task

    def _saved(self, ok: bool, results: dict, feedback, path: str) -> None:
        self._save_run = None
        self.update_buttons()
        if not ok or not results.get("OUTPUT"):
            push(
                self.iface,
                tr("Saving the prioritised parcels failed"),
                Qgis.MessageLevel.Critical,
                feedback.textLog(),
            )
            return
        layer = QgsVectorLayer(results["OUTPUT"], tr("Prioritised parcels"), "ogr")
        layer.loadNamedStyle(style_path("priority"), True)
        QgsProject.instance().addMapLayer(layer)
        self.saved_layer = layer
        push(
            self.iface,
            tr("Prioritised parcels saved to {0}").format(path),
            Qgis.MessageLevel.Success,
        )

    @guarded("Could not open the sensitivity analysis")
    def open_sensitivity(self) -> None:
        import processing

        params = self.parameters()
        params.pop("OUTPUT", None)
        processing.execAlgorithmDialog("clearance:sensitivity", params)


def evaluate_gate(layer, features, text: str) -> np.ndarray | None:
    """True where a parcel fails the gate (as clearance:prioritise: NULL or false fails)."""
    if not text:
        return None
    try:  # a gate on a missing field would silently gate every parcel
        expression = checked_expression(text, tr("the gate"), layer.fields(), layer.name())
    except QgsProcessingException as exc:
        raise ValueError(str(exc)) from exc
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expression.prepare(context)
    gated = np.zeros(len(features), dtype=bool)
    for i, feature in enumerate(features):
        context.setFeature(feature)
        result = expression.evaluate(context)
        if expression.hasEvalError():
            raise ValueError(
                tr("the gate fails on feature {0}: {1}").format(
                    feature.id(), expression.evalErrorString()
                )
            )
        gated[i] = result in (None, NULL) or not bool(result)
    return gated


def parcel_labels(layer, features) -> list[str]:
    """hazard_id (or the first field, or the feature id) as a readable parcel name."""
    fields = layer.fields()
    index = fields.lookupField("hazard_id")
    if index < 0:
        index = 0 if len(fields) else -1
    return [str(f.attributes()[index]) if index >= 0 else str(f.id()) for f in features]


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
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
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
            self.dock.prefill_from_roles()

    def unload(self) -> None:
        if self.dock is not None:
            QgsProject.instance().readProject.disconnect(self.project_opened)
            if self.dock.task is not None:
                self.dock.task.cancel()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None


def install(plugin) -> DockExtension:
    return DockExtension(plugin)
