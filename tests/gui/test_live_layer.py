"""gui.live_layer: the dock's unsaved result layer."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import NULL, QgsProject, QgsWkbTypes

from tests.qgis_support import memory_layer

SQUARE = "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"
RESULT = ("priority_score", "priority_rank", "priority_class", "main_driver")


def test_live_layer_is_multipart_on_top_and_shows_scores_ranks_and_nulls(qgis_new_project):
    from clearance_planner.engine.prioritise import Criterion, score_parcels
    from clearance_planner.gui.live_layer import LIVE_NAME, LiveLayer

    parcels = memory_layer("Polygon", [SQUARE, None, SQUARE])
    project = QgsProject.instance()
    project.addMapLayer(parcels)
    features = list(parcels.getFeatures())
    live = LiveLayer()
    live.create(parcels, [f.id() for f in features], ["A", "B", "C"], features)
    layer = live.in_project()
    assert layer.name() == LIVE_NAME and layer.wkbType() == QgsWkbTypes.Type.MultiPolygon
    assert project.layerTreeRoot().children()[0].layer() is layer
    # linear 1000 m: 1 - 200/1000 = 0.8 -> 80, 1 - 600/1000 = 0.4 -> 40; B has no geometry
    result = score_parcels(
        np.array([[200.0], [np.nan], [600.0]]), [Criterion("settlements", 1, "linear", 1000)]
    )
    live.show(result, ["settlements"])
    rows = [
        (f["parcel"], f["priority_score"], f["priority_rank"], f["priority_class"])
        for f in layer.getFeatures()
    ]
    assert rows[0][:3] == ("A", 80.0, 1) and rows[2][:3] == ("C", 40.0, 2)
    assert rows[1] == ("B", NULL, NULL, "Unknown")
    assert [f["src_fid"] for f in layer.getFeatures()] == [f.id() for f in features]
    live.select(2)
    assert layer.selectedFeatureIds() == [live.ids[2]]


def test_a_new_live_layer_replaces_the_old_and_a_removed_one_is_let_go(qgis_new_project):
    from clearance_planner.gui.live_layer import LiveLayer

    parcels = memory_layer("Polygon", [SQUARE])
    project = QgsProject.instance()
    project.addMapLayer(parcels)
    features = list(parcels.getFeatures())
    live = LiveLayer()
    live.create(parcels, [1], ["A"], features)
    first = live.layer.id()
    live.create(parcels, [1], ["A"], features)
    assert project.mapLayer(first) is None and len(project.mapLayers()) == 2
    project.removeMapLayer(live.layer.id())  # the user removes it
    assert live.in_project() is None
    live.select(0)  # nothing to select, no error


def _live(names: list[str], wkts: list) -> tuple:
    from clearance_planner.gui.live_layer import LiveLayer

    parcels = memory_layer("Polygon", wkts)
    QgsProject.instance().addMapLayer(parcels)
    features = list(parcels.getFeatures())
    live = LiveLayer()
    live.create(parcels, [f.id() for f in features], names, features)
    return live, live.in_project()


def _attributes(layer) -> list[tuple]:
    return [tuple(f[name] for name in ("parcel", *RESULT)) for f in layer.getFeatures()]


def test_a_new_result_shows_every_new_value_without_writing_a_feature(qgis_new_project):
    from clearance_planner.engine.prioritise import Criterion, score_parcels

    live, layer = _live(["A", "B", "C", "D"], [SQUARE] * 4)
    assert _attributes(layer) == [(name, NULL, NULL, NULL, NULL) for name in "ABCD"]
    d = np.array([[100.0, 900.0], [300.0, 700.0], [500.0, 500.0], [900.0, 100.0]])

    def result(w_settlements: float):
        criteria = [
            Criterion("settlements", w_settlements, "linear", 1000),
            Criterion("cemeteries", 1 - w_settlements, "linear", 1000),
        ]
        return score_parcels(d, criteria)

    names = ["settlements", "cemeteries"]
    assert live.show(result(0.8), names)
    # 0.8: 74, 62, 50, 26; terciles 50 and 62 -> High, High, Medium, Low
    assert [a[3] for a in _attributes(layer)] == ["High", "High", "Medium", "Low"]
    live.show(result(0.2), names)  # a jump: every class changes
    # 0.2: 26, 38, 50, 74; terciles 38 and 50 -> Low, Medium, High, High
    assert _attributes(layer) == [
        ("A", pytest.approx(26.0), 4, "Low", "settlements"),
        ("B", pytest.approx(38.0), 3, "Medium", "cemeteries"),
        ("C", pytest.approx(50.0), 2, "High", "cemeteries"),
        ("D", pytest.approx(74.0), 1, "High", "cemeteries"),
    ]
    # nothing was written into the features: the provider holds the id and label only
    assert layer.dataProvider().fields().names() == ["src_fid", "parcel"]
    assert [f.attributes() for f in layer.dataProvider().getFeatures()] == [
        [f.id(), name] for f, name in zip(layer.getFeatures(), "ABCD")
    ]
    layer.selectByExpression("\"priority_class\" = 'High'")
    assert sorted(f["parcel"] for f in layer.selectedFeatures()) == ["C", "D"]


def test_scores_are_read_back_bit_for_bit_with_gated_and_unknown_parcels(qgis_new_project):
    from clearance_planner.engine.prioritise import Criterion, score_parcels

    live, layer = _live(list("ABCDEF"), [SQUARE, None, SQUARE, SQUARE, SQUARE, SQUARE])
    d = np.array([[1 / 3], [np.nan], [0.0], [1000.0], [999.999999], [123.456]])
    gated = np.array([False, False, True, False, False, False])
    result = score_parcels(d, [Criterion("incidents", 1, "exponential", 700)], gated)
    live.show(result, ["incidents"])
    got = {f["parcel"]: f for f in layer.getFeatures()}
    for i, name in enumerate("ABCDEF"):
        score = result.score[i]
        if np.isnan(score):
            assert got[name]["priority_score"] == NULL
        else:  # the same double, not a rounded one
            assert np.float64(got[name]["priority_score"]).tobytes() == score.tobytes()
        assert got[name]["priority_rank"] == (int(result.ranking.rank[i]) or NULL)
        assert got[name]["priority_class"] == result.ranking.classes[i]
        assert got[name]["main_driver"] == (result.drivers[i] or NULL)
    assert got["B"]["priority_class"] == "Unknown" and got["C"]["priority_class"] == "Gated"


def _render(layer, extent):
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(200, 50))
    job = QgsMapRendererParallelJob(settings)  # layers drawn in worker threads
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def test_the_map_draws_each_class_in_the_colour_of_a_stored_class(qgis_new_project):
    from qgis.core import QgsRectangle

    from clearance_planner.engine.prioritise import Criterion, score_parcels
    from clearance_planner.gui.live_layer import _style
    from clearance_planner.qgis_io.fields import TYPES

    squares = [
        f"POLYGON(({x} 0, {x + 40} 0, {x + 40} 40, {x} 40, {x} 0))" for x in (0, 50, 100, 150)
    ]
    live, layer = _live(list("ABCD"), squares)
    result = score_parcels(
        np.array([[0.0], [400.0], [900.0], [100.0]]), [Criterion("settlements", 1, "linear", 1000)]
    )
    live.show(result, ["settlements"])
    classes = [f["priority_class"] for f in layer.getFeatures()]
    assert classes == ["High", "Medium", "Low", "High"]  # 100, 60, 10, 90
    stored = memory_layer(
        "MultiPolygon",
        squares,
        fields=[("priority_class", TYPES["string"])],
        rows=[[c] for c in classes],
    )
    _style(stored)
    extent = QgsRectangle(-5, -5, 195, 45)
    drawn, expected = _render(layer, extent), _render(stored, extent)
    centres = [(20 + 50 * k, 25) for k in range(4)]
    colours = [drawn.pixelColor(x, y).name() for x, y in centres]
    assert colours == [expected.pixelColor(x, y).name() for x, y in centres]
    assert colours[0] == colours[3] != colours[1] != colours[2] != colours[0]


def test_the_last_values_stay_after_unload_in_a_saved_project_and_an_export(
    qgis_new_project, tmp_path
):
    from qgis.core import QgsExpression, QgsFeature, QgsVectorFileWriter, QgsVectorLayer

    from clearance_planner.engine.prioritise import Criterion, score_parcels

    live, layer = _live(["A", "B"], [SQUARE, None])
    live.show(
        score_parcels(np.array([[0.0], [np.nan]]), [Criterion("incidents", 1, "step", 10)]), ["x"]
    )
    shown = _attributes(layer)
    assert shown == [("A", 100.0, 1, "High", "x"), ("B", NULL, NULL, "Unknown", NULL)]
    # plain QGIS expressions: nothing the plugin registers is needed to read them
    texts = [layer.expressionField(i) for i in range(layer.fields().count())]
    assert len([text for text in texts if text]) == 4
    for text in filter(None, texts):
        functions = QgsExpression(text).referencedFunctions()
        assert functions and not any(name.startswith("_") for name in functions)
    live.forget()  # another project opened or the plugin unloaded: the layer keeps its values
    assert _attributes(layer) == shown
    project_file = str(tmp_path / "saved.qgs")
    assert QgsProject.instance().write(project_file)
    reopened = QgsProject()
    assert reopened.read(project_file)
    again = reopened.mapLayer(layer.id())
    assert again.featureCount() == 0  # QGIS keeps no memory-layer features in a project …
    restored = []  # … a memory-layer saver restores them, in their order, with their fields
    for f in layer.dataProvider().getFeatures():
        feature = QgsFeature(again.dataProvider().fields())
        feature.setAttributes(f.attributes())
        feature.setGeometry(f.geometry())
        restored.append(feature)
    again.dataProvider().addFeatures(restored)
    assert _attributes(again) == shown
    path = str(tmp_path / "made_permanent.gpkg")  # "Make permanent" / Export: real values
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(
        layer, path, QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError
    exported = QgsVectorLayer(path, "exported", "ogr")
    assert _attributes(exported) == shown
