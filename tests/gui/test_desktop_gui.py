"""Layer set, role mapping and the prioritisation dock with pytest-qgis's qgis_iface."""

from __future__ import annotations

from unittest.mock import MagicMock

import numpy as np
import pytest
from qgis.core import Qgis, QgsProject, QgsRuleBasedRenderer, QgsVectorLayer

from clearance_planner.qgis_io.fields import TYPES
from tests.qgis_support import DEMO_GPKG, memory_layer

# parcels 0, 1, 2 lie 100, 300 and 900 m east of the settlement and 900, 300, 100 m from
# the cemetery (hand-computed: boxes of 10 m, points on the x axis)
PARCELS = [f"POLYGON(({x} -5, {x + 10} -5, {x + 10} 5, {x} 5, {x} -5))" for x in (100, 300, 900)]


@pytest.fixture()
def plugin(qgis_iface, qgis_new_project, qgis_processing, clearance_provider, monkeypatch):
    import clearance_planner

    for name in (
        "removePluginMenu",
        "removeDockWidget",
        "addPluginToMenu",
        "addDockWidget",
        "addToolBar",
    ):
        monkeypatch.setattr(qgis_iface, name, MagicMock(), raising=False)
    monkeypatch.setattr(qgis_iface.messageBar(), "pushWidget", MagicMock(), raising=False)
    p = clearance_planner.classFactory(qgis_iface)
    p.initGui()
    yield p
    p.unload()


def extension(plugin, cls_name: str):
    return next(e for e in plugin.gui_extensions if type(e).__name__ == cls_name)


def pushed_messages(bar, monkeypatch) -> list[tuple[str, str, object]]:
    """(title, text, level) of each message pushed, plain or as a widget with Details.

    pytest-qgis 2.x's bar has no createMessage (plain messages); 3.x and later subclass
    QgsMessageBar, so the plugin pushes a message item with a Details button instead.
    """
    calls = []

    def plain(title, text, level, *_):
        calls.append((title, text, level))

    def widget(item, level, *_):
        calls.append((item.title(), item.text(), level))

    monkeypatch.setattr(bar, "pushMessage", plain)
    monkeypatch.setattr(bar, "pushWidget", widget, raising=False)
    return calls


@pytest.fixture()
def small_project(qgis_new_project):
    from clearance_planner.gui.roles import add_layer_set

    project = QgsProject.instance()
    hazards = memory_layer(
        "Polygon",
        PARCELS,
        fields=[("hazard_id", TYPES["string"])],
        rows=[("H0",), ("H1",), ("H2",)],
    )
    hazards.setName("hazards")
    settlements = memory_layer("Point", ["POINT(0 0)"])
    cemeteries = memory_layer("Point", ["POINT(1010 0)"])
    add_layer_set(
        project,
        {"hazards": hazards, "settlements": settlements, "cemeteries": cemeteries},
        "Clearance layers",
    )
    return project


@pytest.mark.skipif(not DEMO_GPKG.exists(), reason="run make demo-data")
def test_load_demo_gives_one_styled_group_and_roles_survive_a_save(plugin, tmp_path):
    from clearance_planner.gui.roles import DEMO_GROUP, ROLE_NAMES, load_roles

    extension(plugin, "LayerSet").load_demo()
    project = QgsProject.instance()
    group = project.layerTreeRoot().findGroup(DEMO_GROUP)
    layers = [node.layer() for node in group.findLayers()]
    assert [lyr.customProperty("clearance_planner/role") for lyr in layers] == list(ROLE_NAMES)
    by_role = {lyr.customProperty("clearance_planner/role"): lyr for lyr in layers}
    assert "SYNTHETIC" in by_role["hazards"].name()
    assert isinstance(by_role["hazards"].renderer(), QgsRuleBasedRenderer)
    fills = {
        r.label(): r.symbol().symbolLayer(0).color().getRgb()
        for r in by_role["hazards"].renderer().rootRule().children()
    }
    assert fills["CHA – Open"] == (255, 0, 0, 128)  # IMAS 07.11 Annex C, 50 % opacity
    assert fills["SHA – Open"] == (244, 167, 24, 128)
    assert by_role["incidents"].renderer().classAttribute() == "incident_type"
    assert by_role["districts"].labelsEnabled() and by_role["settlements"].labelsEnabled()
    dock = extension(plugin, "DockExtension").open_dock()
    path = str(tmp_path / "p.qgz")
    assert project.write(path)
    project.clear()
    assert project.read(path)
    assert sorted(load_roles(project)) == sorted(ROLE_NAMES)
    # the open dock picked up the reopened project's roles
    assert dock.parcels.currentLayer().id() == load_roles(project)["hazards"].id()
    assert dock.rows["incidents"].layer.currentLayer().id() == load_roles(project)["incidents"].id()


def test_dock_prefills_from_roles_and_reweighting_ranks_as_the_engine(plugin, small_project):
    from clearance_planner.engine.prioritise import Criterion, score_parcels

    dock = extension(plugin, "DockExtension").open_dock()
    assert dock.parcels.currentLayer().name() == "hazards"
    assert dock.rows["settlements"].layer.currentLayer() is not None
    assert dock.rows["infrastructure"].layer.currentLayer() is None
    for name, weight in (("settlements", 0.8), ("cemeteries", 0.2)):
        dock.rows[name].spin.setValue(weight)
        dock.rows[name].decay.setCurrentText("linear")
        dock.rows[name].distance.setValue(1000)
    dock.compute_distances(wait=True)
    assert dock.task is None and dock.panel.compute_button.isEnabled()  # ready for another run
    assert dock.cache.distances == pytest.approx(np.array([[100, 900], [300, 700], [900, 100]]))
    # 0.8 (1 - d_s/1000) + 0.2 (1 - d_c/1000): 74, 62, 26 -> ranks 1, 2, 3
    assert dock.result.score == pytest.approx([74.0, 62.0, 26.0])
    assert dock.result.ranking.rank.tolist() == [1, 2, 3]
    dock.rows["settlements"].slider.setValue(10)  # settlements 0.1, cemeteries 0.2
    expected = score_parcels(
        np.array([[100, 900], [300, 700], [900, 100]]),
        [
            Criterion("settlements", 0.1, "linear", 1000),
            Criterion("cemeteries", 0.2, "linear", 1000),
        ],
    )
    assert dock.result.ranking.rank.tolist() == expected.ranking.rank.tolist() == [3, 2, 1]
    assert [dock.model.index(r, 1).data() for r in range(3)] == ["H2", "H1", "H0"]
    dock.update_map_and_charts()
    live = {f["parcel"]: f["priority_rank"] for f in dock.live_layer.getFeatures()}
    assert live == {"H0": 3, "H1": 2, "H2": 1}
    dock.select_parcel(0)
    html = dock.explain(0)
    assert "rank 3 of 3" in html and "900" in html


def test_dock_names_parcels_by_the_guessed_id_field_and_keeps_the_choice(plugin, small_project):
    from clearance_planner.qgis_io.scenario_store import id_field, set_id_field

    set_id_field(small_project, "")
    dock = extension(plugin, "DockExtension").open_dock()
    assert dock.id_field.currentField() == "hazard_id"  # guessed, as the algorithms do
    programme = memory_layer(
        "Polygon",
        PARCELS,
        fields=[("name", TYPES["string"]), ("localid", TYPES["string"])],
        rows=[("north", "BH-1 "), ("centre", "BH-2"), ("south", "BH-3")],
    )
    small_project.addMapLayer(programme)
    dock.parcels.setLayer(programme)
    assert dock.id_field.currentField() == "localid"
    dock.compute_distances(wait=True)
    assert dock.cache.labels == ["BH-1", "BH-2", "BH-3"]  # trailing space stripped
    dock.select_parcel(0)
    dock.id_field.setField("name")  # relabelled without computing again
    assert dock.cache.labels == ["north", "centre", "south"]
    assert "north" in dock.panel.explanation.toHtml()
    ranked = [dock.model.index(r, 1).data() for r in range(3)]
    assert sorted(ranked) == ["centre", "north", "south"]
    assert sorted(f["parcel"] for f in dock.live_layer.getFeatures()) == sorted(ranked)
    assert dock.parameters()["ID_FIELD"] == "name"
    assert id_field(small_project) == "name"  # kept in the project, like the weights
    dock.parcels.setLayer(None)
    dock.parcels.setLayer(programme)  # the saved choice wins over the guess
    assert dock.id_field.currentField() == "name"
    dock.id_field.setField("")  # no field: guessed, as clearance:prioritise without ID_FIELD
    dock.compute_distances(wait=True)
    assert dock.cache.labels == ["BH-1", "BH-2", "BH-3"]
    assert "ID_FIELD" not in dock.parameters()
    set_id_field(small_project, "")


def test_after_weight_changes_the_live_layer_equals_a_fresh_prioritise_run(
    plugin, small_project, tmp_path
):
    from qgis import processing

    dock = extension(plugin, "DockExtension").open_dock()
    dock.compute_distances(wait=True)
    dock.rows["settlements"].slider.setValue(10)  # a click: re-scored at once
    for name, decay, distance in (("settlements", "linear", 1000), ("cemeteries", "step", 500)):
        dock.rows[name].decay.setCurrentText(decay)
        dock.rows[name].distance.setValue(distance)
    slider = dock.rows["cemeteries"].slider
    slider.setSliderDown(True)  # a drag: its moves wait for the event loop …
    before = dock.result
    for value in (40, 55, 70):
        slider.setValue(value)
    assert dock.result is before
    slider.setSliderDown(False)  # … and the release shows its last value
    assert dock.result is not before and dock.criteria()[1].weight == 0.7
    path = str(tmp_path / "fresh.gpkg")
    out = processing.run("clearance:prioritise", {**dock.parameters(), "OUTPUT": path})
    fields = ("priority_score", "priority_rank", "priority_class", "main_driver")
    fresh = {
        f["hazard_id"]: tuple(f[name] for name in fields)
        for f in QgsVectorLayer(out["OUTPUT"], "fresh", "ogr").getFeatures()
    }
    live = {f["parcel"]: tuple(f[name] for name in fields) for f in dock.live_layer.getFeatures()}
    assert live.keys() == fresh.keys() == {"H0", "H1", "H2"}
    for label, (score, *rest) in fresh.items():
        assert live[label][0] == pytest.approx(score) and list(live[label][1:]) == rest
    # weights 0.1 : 0.7 -> 1/8, 7/8; settlements linear 1 km: 0.9, 0.7, 0.1; cemeteries
    # step 500 m: 0, 0, 1 -> 11.25, 8.75, 88.75
    assert [live[label][:2] for label in ("H0", "H1", "H2")] == [
        (pytest.approx(11.25), 2),
        (pytest.approx(8.75), 3),
        (pytest.approx(88.75), 1),
    ]


def test_save_result_equals_the_algorithm_and_the_dock(plugin, small_project, tmp_path, qtbot):
    dock = extension(plugin, "DockExtension").open_dock()
    dock.rows["settlements"].spin.setValue(0.3)
    dock.rows["cemeteries"].spin.setValue(0.7)
    dock.compute_distances(wait=True)
    path = str(tmp_path / "saved.gpkg")
    task = dock.save_result(path)  # a background QgsProcessingAlgRunnerTask
    qtbot.waitUntil(lambda: dock.saved_layer is not None, timeout=30000)
    assert task is not None and dock.saved_layer.source() == path
    assert dock.saved_layer.renderer().classAttribute() == "priority_class"
    saved = QgsVectorLayer(path, "saved", "ogr")
    got = {f["hazard_id"]: (f["priority_score"], f["priority_rank"]) for f in saved.getFeatures()}
    for i, label in enumerate(dock.cache.labels):
        assert got[label][0] == pytest.approx(dock.result.score[i])
        assert got[label][1] == dock.result.ranking.rank[i]


def test_ranking_map_button_maps_the_saved_result_in_the_background(
    plugin, small_project, tmp_path, qtbot
):
    import subprocess

    dock = extension(plugin, "DockExtension").open_dock()
    assert not dock.panel.map_button.isEnabled()  # nothing saved yet
    dock.compute_distances(wait=True)
    dock.save_result(str(tmp_path / "saved.gpkg"), wait=True)
    assert dock.panel.map_button.isEnabled()
    pdf = tmp_path / "ranking.pdf"
    task = dock.ranking_map(str(pdf))  # a background QgsProcessingAlgRunnerTask
    assert task is not None and not dock.panel.map_button.isEnabled()
    qtbot.waitUntil(lambda: dock.map_results.get("OUTPUT_PDF") == str(pdf), timeout=60000)
    assert dock.panel.map_button.isEnabled()
    assert (tmp_path / "ranking.png").is_file()
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "top third of scored parcels" in " ".join(text.split())
    classes = [f["priority_class"] for f in dock.saved_layer.getFeatures()]
    assert dock.map_results["HIGH_COUNT"] == classes.count("High")


def test_ahp_dialog_sets_the_weights_and_save_passes_weights_ahp(plugin, small_project, tmp_path):
    dock = extension(plugin, "DockExtension").open_dock()
    dock.compute_distances(wait=True)
    dialog = dock.open_ahp(exec_dialog=False)  # identity matrix: equal weights
    assert dock.rows["settlements"].weight == pytest.approx(0.5)
    dialog.set_judgement(0, 1, 3)  # settlements moderately more important
    dock.apply_ahp(dialog, ["settlements", "cemeteries"])
    assert dock.rows["settlements"].weight == pytest.approx(0.75)
    assert dock.rows["cemeteries"].weight == pytest.approx(0.25)
    assert dock.parameters()["WEIGHTS_AHP"] == "1,3;1/3,1"
    dock.gate.setText("\"hazard_id\" <> 'H0'")  # H0 fails the gate: ranked last
    dock.gate.editingFinished.emit()
    dock.compute_distances(wait=True)
    assert dock.result.ranking.rank.tolist()[0] == 3
    path = str(tmp_path / "ahp.gpkg")
    dock.save_result(path, wait=True)
    saved = {f["hazard_id"]: f for f in QgsVectorLayer(path, "s", "ogr").getFeatures()}
    for i, label in enumerate(dock.cache.labels):
        assert saved[label]["priority_score"] == pytest.approx(dock.result.score[i])
        assert saved[label]["priority_rank"] == dock.result.ranking.rank[i]
        assert saved[label]["priority_class"] == dock.result.ranking.classes[i]


def test_errors_go_to_the_message_bar_not_a_traceback(
    plugin, qgis_new_project, qgis_iface, monkeypatch
):
    dock = extension(plugin, "DockExtension").open_dock()
    messages = pushed_messages(qgis_iface.messageBar(), monkeypatch)
    dock.parcels.setLayer(None)
    dock.compute_distances(wait=True)  # no parcels: reported, nothing raised
    [(title, text, level)] = messages
    assert title == "Clearance Planner" and level == Qgis.MessageLevel.Critical
    assert "choose a parcels layer" in text


@pytest.mark.parametrize(
    "gate, message",
    [
        ('"hazard_id" = (', "the gate cannot be parsed"),
        ('"access_secure"', "missing from layer 'hazards': access_secure"),
    ],
)
def test_a_bad_gate_is_named_in_the_message_bar_and_keeps_no_cache(
    plugin, small_project, qgis_iface, monkeypatch, gate, message
):
    dock = extension(plugin, "DockExtension").open_dock()
    messages = pushed_messages(qgis_iface.messageBar(), monkeypatch)
    dock.gate.setText(gate)
    dock.compute_distances(wait=True)
    [(_, text, level)] = messages
    assert text.startswith("Could not compute the distances: ") and message in text
    assert level == Qgis.MessageLevel.Critical and dock.cache is None and dock.task is None


@pytest.mark.skipif(not DEMO_GPKG.exists(), reason="run make demo-data")
def test_role_dialog_guesses_every_role_of_the_demo_geopackage(plugin):
    from clearance_planner.gui.layer_set import RoleDialog
    from clearance_planner.gui.roles import ROLE_NAMES

    dialog = RoleDialog(QgsProject.instance())
    dialog.set_geopackage(str(DEMO_GPKG))
    mapping = dialog.mapping()
    assert sorted(mapping) == sorted(ROLE_NAMES)
    assert all(layer.name() == role for role, layer in mapping.items())


@pytest.mark.skipif(not DEMO_GPKG.exists(), reason="run make demo-data")
def test_loading_the_demo_twice_does_not_duplicate_layers(plugin):
    layer_set = extension(plugin, "LayerSet")
    layer_set.load_demo()
    count = len(QgsProject.instance().mapLayers())
    layer_set.load_demo()
    assert len(QgsProject.instance().mapLayers()) == count == 8


def test_project_layers_are_moved_into_the_group_and_styled(qgis_new_project):
    from clearance_planner.gui.roles import add_layer_set, load_roles

    project = QgsProject.instance()
    incidents = memory_layer(
        "Point", ["POINT(0 0)"], fields=[("incident_type", TYPES["string"])], rows=[("mine",)]
    )
    project.addMapLayer(incidents)
    group = add_layer_set(project, {"incidents": incidents}, "My clearance layers")
    assert [n.layer() for n in group.findLayers()] == [incidents]
    assert len(project.layerTreeRoot().findLayers()) == 1  # moved, not copied
    assert incidents.renderer().classAttribute() == "incident_type"
    assert load_roles(project) == {"incidents": incidents}
