"""Layer roles on real widgets: guessed from geometry, names, fields and values; refused when
the geometry cannot serve; every dialog and the dock pre-select the saved roles."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject

from tests.gui.test_desktop_gui import extension, plugin  # noqa: F401 - fixture
from tests.qgis_support import QVariant, memory_layer

SQUARE = "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))"


def named(layer, name: str):
    layer.setName(name)
    return layer


@pytest.fixture()
def programme_layers(qgis_new_project):
    """Layers named like a national programme's files; districts added first (the combo's
    first polygon layer), a live-priority-like layer last."""
    project = QgsProject.instance()
    layers = {
        "districts": named(
            memory_layer("Polygon", [SQUARE], fields=[("NAME_3", QVariant.String)], rows=[["A"]]),
            "BiH_adm3",
        ),
        "hazards": named(
            memory_layer(
                "Polygon",
                [SQUARE, SQUARE],
                fields=[("gid", QVariant.Int), ("hazard_type", QVariant.String)],
                rows=[[1, "SHA"], [2, "CHA"]],
            ),
            "BHMAC_SHA_2023",
        ),
        "records": named(memory_layer("Polygon", [SQUARE]), "minefields_polygons"),
        "record_points": named(memory_layer("Point", ["POINT(5 5)"]), "minefields_points"),
        "incidents": named(
            memory_layer(
                "Point",
                ["POINT(1 1)"],
                fields=[("killed", QVariant.Int), ("injured", QVariant.Int)],
                rows=[[1, 2]],
            ),
            "accidents_points",
        ),
        "settlements": named(
            memory_layer(
                "Point", ["POINT(2 2)"], fields=[("population", QVariant.Int)], rows=[[9]]
            ),
            "naselja",
        ),
    }
    for layer in layers.values():
        project.addMapLayer(layer)
    return layers


def test_role_dialog_guesses_real_file_names_and_explains(programme_layers):
    from clearance_planner.gui.layer_set import RoleDialog

    dialog = RoleDialog(QgsProject.instance())
    chosen = {role: layer.name() for role, layer in dialog.mapping().items()}
    assert chosen == {
        "districts": "BiH_adm3",
        "hazards": "BHMAC_SHA_2023",
        "minefield_records": "minefields_polygons",
        "incidents": "accidents_points",
        "settlements": "naselja",
    }
    note = dialog.notes["hazards"].text()
    assert note.startswith("guessed: name has 'sha'") and "field hazard_type holds CHA, SHA" in note
    assert dialog.ok_button.isEnabled()


def test_role_dialog_refuses_a_point_layer_as_minefield_records(programme_layers):
    from clearance_planner.gui.layer_set import RoleDialog

    dialog = RoleDialog(QgsProject.instance())
    combo = dialog.combos["minefield_records"]
    combo.setCurrentIndex(combo.findData(programme_layers["record_points"]))
    assert not dialog.ok_button.isEnabled()
    assert dialog.notes["minefield_records"].text() == (
        "Layer 'minefields_points' cannot be Minefield records: minefield_records needs "
        "polygon geometry; this layer has point."
    )
    dialog.accept()
    assert dialog.result() == 0  # not accepted: still open
    combo.setCurrentIndex(combo.findData(programme_layers["records"]))
    assert dialog.ok_button.isEnabled()  # back to the guess, and why it was guessed
    assert dialog.notes["minefield_records"].text() == (
        "guessed: name has 'minefields'; polygon geometry"
    )


def test_saving_a_point_layer_as_records_is_refused_and_saves_nothing(programme_layers):
    from clearance_planner.gui.roles import load_roles, save_roles

    project = QgsProject.instance()
    with pytest.raises(ValueError, match="cannot be Minefield records"):
        save_roles(
            project,
            {
                "hazards": programme_layers["hazards"],
                "minefield_records": programme_layers["record_points"],
            },
        )
    assert load_roles(project) == {}


def save_swapped_roles(layers) -> None:
    """Roles a user saved that the names would not suggest (so pre-selection must read them)."""
    from clearance_planner.gui.roles import save_roles

    save_roles(
        QgsProject.instance(),
        {
            "hazards": layers["records"],
            "minefield_records": layers["hazards"],
            "districts": layers["districts"],
            "incidents": layers["incidents"],
            "settlements": layers["settlements"],
        },
    )


def test_role_dialog_pre_selects_the_saved_roles_over_guesses(programme_layers):
    from clearance_planner.gui.layer_set import RoleDialog

    save_swapped_roles(programme_layers)
    dialog = RoleDialog(QgsProject.instance())
    mapping = dialog.mapping()
    assert mapping["hazards"] is programme_layers["records"]
    assert mapping["minefield_records"] is programme_layers["hazards"]
    assert dialog.notes["hazards"].text() == "saved in the project"


def test_coverage_dialog_pre_selects_saved_roles_never_the_live_layer(programme_layers):
    from clearance_planner.gui.coverage_action import CoverageDialog
    from clearance_planner.gui.live_layer import LIVE_NAME, OUTPUT_PROPERTY

    live = named(memory_layer("Polygon", [SQUARE]), LIVE_NAME)
    live.setCustomProperty(OUTPUT_PROPERTY, "live")
    QgsProject.instance().addMapLayer(live)
    save_swapped_roles(programme_layers)
    params = CoverageDialog().parameters()
    assert params["DISTRICTS"] == programme_layers["districts"].id()
    assert params["HAZARDS"] == programme_layers["records"].id()
    assert params["RECORDS"] == programme_layers["hazards"].id()
    assert params["INCIDENTS"] == programme_layers["incidents"].id()
    assert live.id() not in params.values() and "CLEARED" not in params


def test_coverage_dialog_without_saved_roles_guesses_and_leaves_the_rest_empty(qgis_new_project):
    from clearance_planner.gui.coverage_action import CoverageDialog

    hazards = named(memory_layer("Polygon", [SQUARE]), "BHMAC_SHA_2023")
    other = named(memory_layer("Polygon", [SQUARE]), "layer_1")
    for layer in (other, hazards):
        QgsProject.instance().addMapLayer(layer)
    dialog = CoverageDialog()
    assert dialog.layers["HAZARDS"].currentLayer() is hazards
    assert dialog.layers["DISTRICTS"].currentLayer() is None  # not the first polygon layer
    assert not dialog.ok_button.isEnabled()


def test_prioritise_dialog_pre_selects_the_saved_hazards_not_the_districts(
    plugin,  # noqa: F811
    programme_layers,
    qgis_iface,
    monkeypatch,
):
    from qgis.gui import QgsBrowserGuiModel

    model = QgsBrowserGuiModel()  # pytest-qgis's iface has none; Processing's dialog asks
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: model, raising=False)
    save_swapped_roles(programme_layers)
    dialog = plugin.prioritise_dialog()
    wrappers = dialog.mainWidget().wrappers
    assert wrappers["PARCELS"].parameterValue() == programme_layers["records"].id()
    assert wrappers["SETTLEMENTS"].parameterValue() == programme_layers["settlements"].id()
    assert wrappers["INCIDENTS"].parameterValue() == programme_layers["incidents"].id()
    assert wrappers["DISTRICTS"].parameterValue() == programme_layers["districts"].id()
    dialog.deleteLater()


def test_dock_pre_selects_the_saved_hazards_not_the_first_polygon_layer(plugin, programme_layers):  # noqa: F811
    save_swapped_roles(programme_layers)
    dock = extension(plugin, "DockExtension").open_dock()
    assert dock.parcels.currentLayer() is programme_layers["records"]
    assert dock.rows["incidents"].layer.currentLayer() is programme_layers["incidents"]
    assert dock.rows["cemeteries"].layer.currentLayer() is None


def test_coverage_dialog_focus_area_takes_the_selection_when_there_is_one(programme_layers):
    from clearance_planner.gui.coverage_action import CoverageDialog

    districts = programme_layers["districts"]
    dialog = CoverageDialog()
    assert "AREA" not in dialog.parameters()  # none by default
    dialog.area.setLayer(districts)
    area = dialog.parameters()["AREA"]
    assert (area.source.staticValue(), area.selectedFeaturesOnly) == (districts.id(), False)
    districts.selectByIds([next(districts.getFeatures()).id()])
    assert dialog.parameters()["AREA"].selectedFeaturesOnly is True


def test_a_point_layer_saved_as_records_by_an_older_version_is_not_pre_selected(
    programme_layers,
):
    from clearance_planner.gui.roles import SCOPE, load_roles

    project = QgsProject.instance()
    points = programme_layers["record_points"]
    project.writeEntry(SCOPE, "roles/minefield_records", points.id())
    project.writeEntry(SCOPE, "roles/hazards", programme_layers["hazards"].id())
    assert load_roles(project) == {"hazards": programme_layers["hazards"]}


def write_file(path, driver: str, table: str, kind: int, fields: dict, wkt: str) -> None:
    """One feature in a real file (OGR), as a programme would hand it over."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32638)
    data = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = data.CreateLayer(table, srs, kind)
    for name in fields:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, value in fields.items():
        feature.SetField(name, value)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(feature)
    data = None  # closes the file


def test_file_and_table_names_tell_even_when_the_layer_was_renamed(qgis_new_project, tmp_path):
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    from clearance_planner.gui.roles import guess_roles

    shp = tmp_path / "BHMAC_SHA_2023.shp"
    write_file(shp, "ESRI Shapefile", "BHMAC_SHA_2023", ogr.wkbPolygon, {}, SQUARE)
    gpkg = tmp_path / "accidents_points.gpkg"
    write_file(gpkg, "GPKG", "layer1", ogr.wkbPoint, {"killed": "1"}, "POINT(1 1)")
    hazards = QgsVectorLayer(str(shp), "Layer A", "ogr")  # renamed by the user
    incidents = QgsVectorLayer(f"{gpkg}|layername=layer1", "Layer B", "ogr")
    assert hazards.isValid() and incidents.isValid()
    chosen = {role: layer for role, (layer, _) in guess_roles([hazards, incidents]).items()}
    assert chosen == {"hazards": hazards, "incidents": incidents}
