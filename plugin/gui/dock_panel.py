"""The widgets of the prioritisation dock, laid out; :mod:`.priority_dock` wires them."""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..i18n import QT_TR_NOOP, tr
from .charts import DockCharts
from .criterion_row import CriterionRow
from .ranking_model import RankingModel

DEMO_GATE = '"access_secure" AND NOT "land_disputed"'


class DockPanel(QWidget):
    """Layers and weights tabs, buttons, progress, ranked table, explanation and charts."""

    def __init__(self, rows: dict[str, CriterionRow], status: str, parent=None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.tabs = QTabWidget()
        self.tabs.addTab(self._layers_tab(), tr("Layers"))
        self.tabs.addTab(self._weights_tab(), tr("Weights"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumHeight(14)
        self.status = QLabel(status)
        self.status.setWordWrap(True)
        self.model = RankingModel(self)
        self.table = self._table()
        self.explanation = QTextBrowser()
        self.charts = DockCharts()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tabs)
        top_layout.addLayout(self._buttons())
        top_layout.addWidget(self.progress)
        top_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for widget in (top, self.table, self.explanation, self.charts):
            splitter.addWidget(widget)
        splitter.setSizes([250, 260, 150, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)

    def _layers_tab(self) -> QWidget:
        """Parcels and their id field, one layer per criterion and the gate."""
        tab = QWidget()
        form = QFormLayout(tab)
        self.parcels = QgsMapLayerComboBox()
        self.parcels.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        form.addRow(tr("Parcels"), self.parcels)
        self.id_field = QgsFieldComboBox()
        self.id_field.setAllowEmptyFieldName(True)  # empty: guessed, as the algorithms do
        self.id_field.setToolTip(
            tr("The field naming the parcels (guessed; empty: guessed at each run, else fid)")
        )
        form.addRow(tr("Parcel id"), self.id_field)
        for row in self.rows.values():
            form.addRow(row.label.text(), row.layer)
        self.gate = QLineEdit()
        self.gate.setPlaceholderText(tr("optional hard gate, e.g. {0}").format(DEMO_GATE))
        form.addRow(tr("Gate"), self.gate)
        return tab

    def _weights_tab(self) -> QWidget:
        """Per criterion: weight slider and number, decay and distance, one line each."""
        tab = QWidget()
        outer = QVBoxLayout(tab)
        outer.addLayout(self._scenario_rows())
        grid = QGridLayout()
        outer.addLayout(grid)
        grid.setColumnStretch(1, 1)
        for col, text in enumerate(
            (
                QT_TR_NOOP("Criterion"),
                QT_TR_NOOP("Weight"),
                "",
                QT_TR_NOOP("Decay"),
                QT_TR_NOOP("Distance"),
            )
        ):
            grid.addWidget(QLabel(tr(text) if text else ""), 0, col)
        for r, row in enumerate(self.rows.values(), start=1):
            for col, widget in enumerate(
                (row.label, row.slider, row.spin, row.decay, row.distance)
            ):
                grid.addWidget(widget, r, col)
        grid.setRowStretch(len(self.rows) + 1, 1)
        return tab

    def _scenario_rows(self) -> QVBoxLayout:
        """Scenario combo with save / save as / delete / import / export / compare."""
        self.scenario_combo = QComboBox()
        self.scenario_combo.setToolTip(tr("Scenarios saved in the project: choose one to apply"))
        self.scenario_save = QPushButton(tr("Save"))
        self.scenario_save_as = QPushButton(tr("Save as…"))
        self.scenario_delete = QPushButton(tr("Delete"))
        self.scenario_import = QPushButton(tr("Import…"))
        self.scenario_export = QPushButton(tr("Export…"))
        self.compare_button = QPushButton(tr("Compare with…"))
        self.compare_button.setToolTip(
            tr("Rank changes between these settings and a saved scenario")
        )
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(QLabel(tr("Scenario")))
        first.addWidget(self.scenario_combo, 1)
        for button in (self.scenario_save, self.scenario_save_as):
            first.addWidget(button)
        for button in (
            self.scenario_delete,
            self.scenario_import,
            self.scenario_export,
            self.compare_button,
        ):
            second.addWidget(button)
        rows = QVBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.compute_button = QPushButton(tr("Compute distances"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.ahp_button = QPushButton(tr("AHP…"))
        self.sensitivity_button = QPushButton(tr("Sensitivity…"))
        self.save_button = QPushButton(tr("Save result…"))
        self.map_button = QPushButton(tr("Ranking map…"))
        self.map_button.setToolTip(
            tr("PDF and PNG map of the saved result (clearance:priority_map)")
        )
        for button in (
            self.compute_button,
            self.cancel_button,
            self.ahp_button,
            self.sensitivity_button,
            self.save_button,
            self.map_button,
        ):
            buttons.addWidget(button)
        return buttons

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(20)
        return table
