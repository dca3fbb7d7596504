"""Desktop entry "Coverage report…": menu action, background task, styled GAPS, report opened."""

from __future__ import annotations

from unittest.mock import MagicMock

import pytest
from qgis.core import QgsApplication, QgsProject

from clearance_planner.qgis_io.fields import TYPES
from tests.algorithms.test_coverage import CRS, box, pt
from tests.qgis_support import memory_layer


class FakePlugin:
    """What a GUI extension sees of ClearancePlugin: iface and add_action."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.actions: list[tuple[str, object]] = []

    def add_action(self, text, callback, icon=None, toolbar=False):
        self.actions.append((text, callback))
        return MagicMock()


@pytest.fixture()
def project_layers(qgis_new_project):
    named = {
        "districts": memory_layer(
            "Polygon",
            [box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)],
            CRS,
            [("district", TYPES["string"])],
            [["A"], ["B"]],
        ),
        "minefield_records": memory_layer("Polygon", [box(100, 100, 500, 500)], CRS),
        "hazards": memory_layer(
            "Polygon",
            [box(200, 200, 600, 600), box(1200, 200, 1400, 400)],
            CRS,
            [("hazard_type", TYPES["string"])],
            [["CHA"], ["SHA"]],
        ),
        "incidents": memory_layer(
            "Point",
            [pt(300, 300), pt(1300, 300)],
            CRS,
            [("incident_date", TYPES["string"])],
            [["2022-01-01"], ["2023-05-05"]],
        ),
    }
    for name, layer in named.items():
        layer.setName(name)
        QgsProject.instance().addMapLayer(layer)
    return named


def test_menu_entry_runs_task_adds_styled_gaps_and_opens_report(
    clearance_provider, qgis_iface, project_layers, qtbot, monkeypatch, tmp_path
):
    from clearance_planner.gui import coverage_action

    opened = []
    monkeypatch.setattr(coverage_action.QDesktopServices, "openUrl", opened.append)
    plugin = FakePlugin(qgis_iface)
    extension = coverage_action.install(plugin)
    assert [text for text, _ in plugin.actions] == ["Coverage report…"]

    dialog = coverage_action.CoverageDialog()  # guesses layers and fields from their names
    assert dialog.ok_button.isEnabled()
    params = dialog.parameters()
    assert params["DISTRICTS"] == project_layers["districts"].id()
    assert params["RECORDS"] == project_layers["minefield_records"].id()
    assert (params["DISTRICT_FIELD"], params["HAZARD_TYPE_FIELD"]) == ("district", "hazard_type")
    assert params["DATE_FIELD"] == "incident_date" and "CLEARED" not in params

    task = extension.run(coverage_action.with_outputs(params, str(tmp_path), pdf=True))
    assert task is not None
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened[0].toLocalFile() == str(tmp_path / "coverage_report.html")
    assert (tmp_path / "coverage_report.pdf").stat().st_size > 10_000  # made on the main thread
    gaps = QgsProject.instance().mapLayersByName("Unmapped hazard (gaps)")
    assert len(gaps) == 1 and gaps[0].featureCount() == 2  # L-shaped rest of H1 in A, H2 in B
    assert gaps[0].renderer().symbol().color().name() == "#d7301f"
    table = QgsProject.instance().mapLayersByName("Coverage per district")[0]
    assert table.renderer().type() == "graduatedSymbol"
    extension.unload()
    assert QgsApplication.taskManager().countActiveTasks() == 0


def test_dialog_needs_the_required_layers(clearance_provider, qgis_new_project):
    from clearance_planner.gui import coverage_action

    only_districts = memory_layer(
        "Polygon", [box(0, 0, 10, 10)], CRS, [("district", TYPES["string"])], [["A"]]
    )
    only_districts.setName("districts")
    QgsProject.instance().addMapLayer(only_districts)
    dialog = coverage_action.CoverageDialog()
    # the polygon layer fills every polygon slot, but there is no point layer for incidents
    assert dialog.layers["INCIDENTS"].currentLayer() is None
    assert not dialog.ok_button.isEnabled()
