"""The dock's scenarios: settings kept in the project file, saved scenarios that survive a
real project file, JSON export/import, bad JSON named, and "Compare with…"."""

from __future__ import annotations

import json

import pytest
from qgis.core import Qgis, QgsProject

from tests.gui.test_desktop_gui import extension, plugin, pushed_messages, small_project

__all__ = ["plugin", "small_project"]  # fixtures used by the tests below


@pytest.fixture(autouse=True)
def cleared_project():
    """A project without scenario entries before and after each test (pytest-qgis's new
    project keeps the custom entries of the last one)."""
    QgsProject.instance().clear()
    yield
    QgsProject.instance().clear()


def set_rows(dock, settings: dict) -> None:
    for name, (weight, decay, distance) in settings.items():
        dock.rows[name].spin.setValue(weight)
        dock.rows[name].decay.setCurrentText(decay)
        dock.rows[name].distance.setValue(distance)


def test_dock_settings_live_in_the_project_file_not_the_user_profile(
    plugin, small_project, tmp_path
):
    from clearance_planner.engine.scenario import default_scenario
    from clearance_planner.gui.scenarios import scenario_of
    from clearance_planner.qgis_io.scenario_store import current_settings

    dock = extension(plugin, "DockExtension").open_dock()
    set_rows(dock, {"settlements": (0.7, "step", 2500), "incidents": (0.05, "linear", 800)})
    dock.gate.setText("\"hazard_id\" <> 'H0'")
    dock.gate.editingFinished.emit()
    path = str(tmp_path / "colleague.qgz")
    assert small_project.write(path)
    fresh = QgsProject()
    assert fresh.read(path)
    kept = current_settings(fresh)
    assert kept.criteria["settlements"].weight == pytest.approx(0.7)
    assert (kept.criteria["settlements"].decay, kept.criteria["settlements"].distance_m) == (
        "step",
        2500.0,
    )
    assert kept.criteria["incidents"].distance_m == 800.0
    assert kept.gate_expression == "\"hazard_id\" <> 'H0'"
    # opening a project without settings shows the defaults: nothing came from the profile
    small_project.clear()
    empty = str(tmp_path / "empty.qgz")
    assert small_project.write(empty)
    assert small_project.read(empty)
    assert {n: r.setting() for n, r in dock.rows.items()} == default_scenario().criteria
    assert current_settings(small_project) is None  # showing defaults writes nothing
    # reopening the file gives the open dock the project's settings back
    small_project.read(path)
    assert scenario_of(dock, "x").criteria == kept.criteria
    assert dock.gate.text() == kept.gate_expression


def test_a_saved_scenario_comes_back_identical_from_a_project_file(plugin, small_project, tmp_path):
    from clearance_planner.gui.ahp_dialog import AhpDialog
    from clearance_planner.gui.scenarios import scenario_of
    from clearance_planner.qgis_io.scenario_store import saved_scenarios

    dock = extension(plugin, "DockExtension").open_dock()
    set_rows(dock, {"settlements": (0.3, "gaussian", 1200), "cemeteries": (0.6, "linear", 900)})
    dialog = AhpDialog(["settlements", "cemeteries"], None, dock)
    dialog.set_judgement(0, 1, 5)  # settlements strongly more important: 5/6 and 1/6
    dock.apply_ahp(dialog, ["settlements", "cemeteries"])
    assert dock.scenarios.save_as("Roads and cemeteries") == "Roads and cemeteries"
    saved = saved_scenarios(small_project)["Roads and cemeteries"]
    assert saved.ahp.criteria == ("settlements", "cemeteries")
    assert saved.ahp.matrix == ((1.0, 5.0), (0.2, 1.0))
    assert saved.criteria["settlements"].weight == pytest.approx(5 / 6)
    assert saved.criteria["cemeteries"].decay == "linear"
    path = str(tmp_path / "scenarios.qgz")
    assert small_project.write(path)
    fresh = QgsProject()
    assert fresh.read(path)
    assert saved_scenarios(fresh) == {"Roads and cemeteries": saved}
    # move the weights, then choose the scenario again: the dock shows it
    dock.rows["settlements"].slider.setValue(100)
    assert dock.ahp_weights is None
    dock.scenarios.choose("Roads and cemeteries")
    assert scenario_of(dock, "Roads and cemeteries") == saved
    assert dock.ahp_weights is not None


def test_export_then_import_round_trips_and_bad_json_is_named(
    plugin, small_project, tmp_path, monkeypatch
):
    from clearance_planner.qgis_io.scenario_store import saved_scenarios

    dock = extension(plugin, "DockExtension").open_dock()
    set_rows(dock, {"settlements": (0.9, "exponential", 3000)})
    dock.scenarios.save_as("Villages")
    before = saved_scenarios(small_project)["Villages"]
    path = tmp_path / "villages.json"
    assert dock.scenarios.export_file(str(path), "Villages") == str(path)
    assert json.loads(path.read_text())["version"] == 1
    assert dock.scenarios.delete("Villages", confirm=False)
    assert saved_scenarios(small_project) == {}
    assert dock.scenarios.import_file(str(path)) == ["Villages"]
    assert saved_scenarios(small_project)["Villages"] == before
    combo = dock.panel.scenario_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Villages"]

    data = json.loads(path.read_text())
    data["name"] = "Broken"
    data["criteria"]["cemeteries"]["decay"] = "quadratic"
    bad = tmp_path / "broken.json"
    bad.write_text(json.dumps(data))
    messages = pushed_messages(plugin.iface.messageBar(), monkeypatch)
    assert dock.scenarios.import_file(str(bad)) is None
    assert "Broken" not in saved_scenarios(small_project)
    (text,) = [m[1] for m in messages if m[2] == Qgis.MessageLevel.Critical]
    assert "criteria.cemeteries.decay must be one of linear" in text
    assert "'quadratic'" in text


def test_compare_with_a_saved_scenario_gives_hand_computed_tau_and_overlap(plugin, small_project):
    # parcels H0, H1, H2 are 100, 300, 900 m from the settlement (0, 0), 900, 700, 100 m
    # from the cemetery. B: settlements only, linear 1000 m, gate excludes H0:
    # H1 (70), H2 (10), then H0 -> ranks 3 1 2. The dock (A): settlements only -> 1 2 3.
    # Pairs (H0,H1) and (H0,H2) discordant, (H1,H2) concordant: tau-b = (1 - 2) / 3.
    dock = extension(plugin, "DockExtension").open_dock()
    set_rows(dock, {"settlements": (1.0, "linear", 1000), "cemeteries": (0.0, "linear", 1000)})
    dock.gate.setText("\"hazard_id\" <> 'H0'")
    dock.scenarios.save_as("Gate H0")
    dock.gate.setText("")
    dock.gate.editingFinished.emit()
    dock.scenarios.compare_with("Gate H0", wait=True)
    results = dock.scenarios.last_results
    assert results["KENDALL_TAU"] == pytest.approx(-1 / 3)
    assert results["TOP_K_OVERLAP"] == 3 and results["TOP_K_SHARE"] == 1.0  # K cut to 3
    layer = dock.scenarios.compared
    assert layer is not None and layer.renderer().classAttribute() == "rank_change"
    got = {
        f["hazard_id"]: (f["rank_a"], f["rank_b"], f["rank_change"]) for f in layer.getFeatures()
    }
    assert got == {"H0": (1, 3, -2), "H1": (2, 1, 1), "H2": (3, 2, 1)}
    html = dock.panel.explanation.toHtml()
    assert "H0" in html and "-2" in html and "-0.333" in html


def test_a_saved_scenario_named_in_a_background_run_is_read_on_the_main_thread(
    plugin, small_project, qtbot
):
    from clearance_planner.gui.task_runner import TaskRunner

    dock = extension(plugin, "DockExtension").open_dock()
    set_rows(dock, {"settlements": (1.0, "linear", 1000), "cemeteries": (0.0, "linear", 1000)})
    dock.gate.setText("\"hazard_id\" <> 'H0'")
    dock.scenarios.save_as("Gate H0")
    dock.gate.setText("")
    params = {**dock.scenarios.compare_parameters("Gate H0"), "SCENARIO_B": "Gate H0"}
    outcomes = []
    task = TaskRunner().run_algorithm("clearance:compare_scenarios", params, outcomes.append)
    assert task is not None
    qtbot.waitUntil(lambda: bool(outcomes), timeout=30000)
    assert outcomes[0].ok, outcomes[0].log
    # the same hand computation as above: tau-b -1/3 (B gates H0)
    assert outcomes[0].value["KENDALL_TAU"] == pytest.approx(-1 / 3)
