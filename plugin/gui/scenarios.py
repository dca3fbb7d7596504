"""The dock's scenarios: its settings as a scenario and back, the scenario combo (save, save
as, delete, import, export) and "Compare with…" (``clearance:compare_scenarios``).

Scenarios and the dock's current settings live in the project file
(:mod:`..qgis_io.scenario_store`), so a colleague opening the project sees them.
"""

from __future__ import annotations

import html
import json
import time
from pathlib import Path

import numpy as np
from qgis.core import Qgis, QgsProcessingUtils, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ..engine.ahp import ahp_weights
from ..engine.scenario import (
    AhpMatrix,
    Scenario,
    ScenarioError,
    collection_to_json,
    from_json,
    to_json,
)
from ..i18n import QT_TR_NOOP, tr, tr_message
from ..logs import LOGGER
from ..paths import SCENARIOS
from ..qgis_io import scenario_store as store
from ..qgis_io.styling import load_shipped_style
from .messages import guarded, push
from .task_runner import Outcome

CURRENT = "Current dock settings"


def scenario_of(dock, name: str) -> Scenario:
    """The dock's weights, decays, distances, gate and AHP matrix as scenario ``name``."""
    ahp = None
    if dock.ahp_weights is not None and dock.ahp_matrix is not None:
        matrix = tuple(tuple(float(x) for x in row) for row in np.asarray(dock.ahp_matrix))
        ahp = AhpMatrix(tuple(dock.ahp_weights[0]), matrix)
    return Scenario(
        name,
        {row.name: row.setting() for row in dock.rows.values()},
        dock.gate.text().strip(),
        ahp,
    )


def apply_to(dock, scenario: Scenario, keep: bool = True) -> None:
    """Show ``scenario`` in the dock (AHP weights from its matrix), then re-score once;
    ``keep`` saves it as the project's dock settings."""
    dock.applying = True
    try:
        for name, row in dock.rows.items():
            row.apply(scenario.criteria[name])
        if scenario.ahp is None:
            dock.ahp_weights = dock.ahp_matrix = None
        else:
            dock.ahp_matrix = np.array(scenario.ahp.matrix)
            dock.ahp_weights = (scenario.ahp.criteria, scenario.ahp.text())
            weights = ahp_weights(dock.ahp_matrix).weights
            for name, weight in zip(scenario.ahp.criteria, weights):
                dock.rows[name].set_weight(float(weight))
        if dock.gate.text().strip() != scenario.gate_expression:
            dock.gate.setText(scenario.gate_expression)
            dock.invalidate()
        if not keep:
            dock.rescore()
    finally:
        dock.applying = False
    if keep:
        dock.rescore()


class DockScenarios:
    """Wires the dock's scenario widgets to the project's scenarios."""

    def __init__(self, dock) -> None:
        self.dock, self.iface = dock, dock.iface
        panel = dock.panel
        self.combo = panel.scenario_combo
        self.compared: QgsVectorLayer | None = None  # the last rank-change layer
        self.last_results: dict = {}
        self.combo.activated.connect(lambda _i: self.choose(self.combo.currentText()))
        panel.scenario_save.clicked.connect(lambda: self.save())
        panel.scenario_save_as.clicked.connect(lambda: self.save_as())
        panel.scenario_delete.clicked.connect(lambda: self.delete())
        panel.scenario_import.clicked.connect(lambda: self.import_file())
        panel.scenario_export.clicked.connect(lambda: self.export_file())
        panel.compare_button.clicked.connect(lambda: self.compare_with())
        self.refresh()

    @property
    def project(self) -> QgsProject:
        return QgsProject.instance()

    def saved(self) -> dict[str, Scenario]:
        try:
            return store.saved_scenarios(self.project)
        except ScenarioError as exc:  # a damaged entry must not block the dock
            push(self.iface, tr_message(exc), Qgis.MessageLevel.Warning)
            return {}

    def refresh(self) -> None:
        """Fill the combo with the saved scenarios and select the active one."""
        names = list(self.saved())
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(names)
        active = store.active_name(self.project)
        self.combo.setCurrentIndex(names.index(active) if active in names else -1)
        self.combo.blockSignals(False)
        self.dock.panel.compare_button.setEnabled(bool(names))

    def chosen(self) -> str:
        return self.combo.currentText() if self.combo.currentIndex() >= 0 else ""

    @guarded(QT_TR_NOOP("Could not apply the scenario"))
    def choose(self, name: str) -> None:
        """Show the saved scenario ``name`` in the dock."""
        scenario = self.saved().get(name)
        if scenario is None:
            raise ValueError(tr("There is no scenario {0!r} in this project.").format(name))
        apply_to(self.dock, scenario)
        store.set_active_name(self.project, name)
        self.refresh()

    @guarded(QT_TR_NOOP("Could not save the scenario"))
    def save(self) -> str | None:
        """Overwrite the chosen scenario with the dock's settings (Save as… without one)."""
        name = self.chosen()
        return self._store(name) if name else self.save_as()

    @guarded(QT_TR_NOOP("Could not save the scenario"))
    def save_as(self, name: str | None = None) -> str | None:
        if name is None:
            name, ok = QInputDialog.getText(self.dock, tr("Save scenario as"), tr("Name"))
            if not ok:
                return None
        name = name.strip()
        if not name:
            raise ValueError(tr("give the scenario a name"))
        return self._store(name)

    def _store(self, name: str) -> str:
        store.save_scenario(self.project, scenario_of(self.dock, name))
        store.set_active_name(self.project, name)
        self.refresh()
        push(self.iface, tr("Scenario {0!r} saved in the project.").format(name))
        return name

    @guarded(QT_TR_NOOP("Could not delete the scenario"))
    def delete(self, name: str | None = None, confirm: bool = True) -> bool:
        name = name or self.chosen()
        if not name:
            return False
        if confirm:
            answer = QMessageBox.question(
                self.dock, tr("Delete scenario"), tr("Delete scenario {0!r}?").format(name)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        done = store.delete_scenario(self.project, name)
        self.refresh()
        return done

    @guarded(QT_TR_NOOP("Could not import the scenarios"))
    def import_file(self, path: str | None = None) -> list[str]:
        """Add the scenario(s) of a JSON file to the project (same names are replaced)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.dock, tr("Import scenarios"), str(SCENARIOS), tr("Scenario JSON (*.json)")
            )
        if not path:
            return []
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(tr("cannot read {0}: {1}").format(path, exc)) from exc
        scenarios = from_json(text, Path(path).name)  # ScenarioError names the key
        store.write_scenarios(self.project, {**self.saved(), **{s.name: s for s in scenarios}})
        self.refresh()
        names = [s.name for s in scenarios]
        push(self.iface, tr("Imported scenario(s): {0}").format(", ".join(names)))
        return names

    @guarded(QT_TR_NOOP("Could not export the scenario"))
    def export_file(self, path: str | None = None, name: str | None = None) -> str | None:
        """Write the chosen scenario (the dock's settings without one) as JSON; ``name="*"``
        writes every saved scenario."""
        name = self.chosen() if name is None else name
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.dock,
                tr("Export scenario"),
                f"{name or 'scenario'}.json",
                tr("Scenario JSON (*.json)"),
            )
        if not path:
            return None
        if name == "*":
            text = collection_to_json(self.saved().values())
        else:
            saved = self.saved()
            text = to_json(saved[name] if name in saved else scenario_of(self.dock, CURRENT))
        Path(path).write_text(text + "\n", encoding="utf-8")
        return path

    # -- comparison -----------------------------------------------------------------------

    def compare_parameters(self, name: str) -> dict:
        """clearance:compare_scenarios parameters: the dock's layers, its settings as A and
        the saved scenario ``name`` as B."""
        other = self.saved().get(name)
        if other is None:
            raise ValueError(tr("There is no scenario {0!r} in this project.").format(name))
        params = {
            key: value
            for key, value in self.dock.parameters().items()
            if key == "PARCELS" or key.upper() in {r.upper() for r in self.dock.rows}
        }
        folder = Path(QgsProcessingUtils.tempFolder())
        stamp = time.strftime("%Y%m%d_%H%M%S")
        current = scenario_of(self.dock, self.chosen() or CURRENT)
        params.update(
            SCENARIO_A=to_json(current),
            SCENARIO_B=to_json(other),
            OUTPUT=str(folder / f"rank_change_{stamp}.gpkg"),
            REPORT=str(folder / f"scenario_comparison_{stamp}.html"),
        )
        return params

    @guarded(QT_TR_NOOP("Could not compare the scenarios"))
    def compare_with(self, name: str | None = None, wait: bool = False):
        """Rank the parcels under the dock's settings and under a saved scenario; load the
        rank-change layer and show tau-b, the top-K overlap and the movers in the dock."""
        if self.dock.parcels.currentLayer() is None or not self.dock.active_rows():
            raise ValueError(tr("choose a parcels layer and at least one criterion layer"))
        if name is None:
            names = list(self.saved())
            name, ok = QInputDialog.getItem(
                self.dock, tr("Compare with…"), tr("Saved scenario (B)"), names, 0, False
            )
            if not ok:
                return None
        params = self.compare_parameters(name)
        LOGGER.info(tr("Dock: Compare with {0} runs clearance:compare_scenarios").format(name))
        self.dock.panel.status.setText(tr("Comparing with {0!r}…").format(name))
        return self.dock.runner.run_algorithm(
            "clearance:compare_scenarios", params, lambda o: self._compared(o, name), wait=wait
        )

    def _compared(self, outcome: Outcome, name: str) -> None:
        results = outcome.value or {}
        if not outcome.ok or not results.get("OUTPUT"):
            push(
                self.dock.iface,
                tr("The scenario comparison failed"),
                Qgis.MessageLevel.Critical,
                outcome.log,
            )
            return
        self.last_results = dict(results)
        layer = QgsVectorLayer(results["OUTPUT"], tr("Rank change: {0}").format(name), "ogr")
        load_shipped_style(layer, "rank_change", True)
        QgsProject.instance().addMapLayer(layer)
        self.compared = layer
        self.dock.panel.explanation.setHtml(comparison_html(name, results))
        text = comparison_text(name, results)
        self.dock.panel.status.setText(text)
        push(self.iface, text, Qgis.MessageLevel.Success)


def comparison_text(name: str, results: dict) -> str:
    tau = results.get("KENDALL_TAU")
    tau_text = "undefined" if tau is None or tau != tau else f"{tau:.3f}"
    return tr("Compared with {0!r}: Kendall tau-b {1}; top-K overlap {2} ({3:.0%}).").format(
        name, tau_text, int(results.get("TOP_K_OVERLAP", 0)), results.get("TOP_K_SHARE") or 0.0
    )


def comparison_html(name: str, results: dict) -> str:
    """The dock's comparison view: the figures and the parcels that move most."""
    movers = json.loads(results.get("MOVERS") or "[]")
    heading = tr("Parcels that move most (+ = more urgent under B):")
    header = (tr("parcel"), tr("rank now"), tr("rank under B"), tr("change"))
    rows = "".join(
        f"<tr><td>{html.escape(str(m['parcel']))}</td><td align='right'>{m['rank_a']}</td>"
        f"<td align='right'>{m['rank_b']}</td><td align='right'>{m['rank_change']:+d}</td></tr>"
        for m in movers
    )
    return (
        f"<p><b>{html.escape(comparison_text(name, results))}</b></p>"
        f"<p>{html.escape(heading)}</p>"
        '<table cellpadding="3"><tr><th align="left">'
        + "</th><th>".join(html.escape(h) for h in header)
        + "</th></tr>"
        f"{rows}</table>"
    )
