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


def test_a_new_result_writes_only_the_changed_classes_and_serves_every_new_value(
    qgis_new_project,
):
    from clearance_planner.engine.prioritise import Criterion, score_parcels

    live, layer = _live(["A", "B", "C", "D"], [SQUARE] * 4)
    d = np.array([[100.0, 900.0], [300.0, 700.0], [500.0, 500.0], [900.0, 100.0]])

    def result(w_settlements: float):
        criteria = [
            Criterion("settlements", w_settlements, "linear", 1000),
            Criterion("cemeteries", 1 - w_settlements, "linear", 1000),
        ]
        return score_parcels(d, criteria)

    names = ["settlements", "cemeteries"]
    assert live.show(result(0.8), names) == 4  # every class written once
    # 0.8: 74, 62, 50, 26; terciles 50 and 62 -> High, High, Medium, Low
    assert [a[3] for a in _attributes(layer)] == ["High", "High", "Medium", "Low"]
    assert live.show(result(0.8), names) == 0  # the same result writes nothing
    # 0.7: 66, 58, 50, 34; terciles 50 and 58: the same classes, nothing written, yet the
    # scores, ranks and drivers read are the new ones
    assert live.show(result(0.7), names) == 0
    assert _attributes(layer) == [
        ("A", pytest.approx(66.0), 1, "High", "settlements"),
        ("B", pytest.approx(58.0), 2, "High", "settlements"),
        ("C", pytest.approx(50.0), 3, "Medium", "settlements"),
        ("D", pytest.approx(34.0), 4, "Low", "cemeteries"),
    ]
    # 0.2: 26, 38, 50, 74; terciles 38 and 50 -> Low, Medium, High, High: four written
    assert live.show(result(0.2), names) == 4
    assert _attributes(layer) == [
        ("A", pytest.approx(26.0), 4, "Low", "settlements"),
        ("B", pytest.approx(38.0), 3, "Medium", "cemeteries"),
        ("C", pytest.approx(50.0), 2, "High", "cemeteries"),
        ("D", pytest.approx(74.0), 1, "High", "cemeteries"),
    ]


def test_scores_ranks_and_drivers_read_null_once_the_layer_is_no_longer_live(qgis_new_project):
    from clearance_planner.engine.prioritise import Criterion, score_parcels
    from clearance_planner.gui import live_values

    live, layer = _live(["A"], [SQUARE])
    live.show(score_parcels(np.array([[0.0]]), [Criterion("incidents", 1, "step", 10)]), ["x"])
    assert _attributes(layer) == [("A", 100.0, 1, "High", "x")]
    live.forget()  # another project was opened: the layer stays, its values go
    assert _attributes(layer) == [("A", NULL, NULL, "High", NULL)]
    live_values.release()  # the plugin is unloaded: NULL too, and no crash
    assert _attributes(layer)[0][1:3] == (NULL, NULL)
    again, layer = _live(["B"], [SQUARE])  # loaded again: the same function serves it
    again.show(score_parcels(np.array([[0.0]]), [Criterion("incidents", 1, "step", 10)]), ["x"])
    assert _attributes(layer) == [("B", 100.0, 1, "High", "x")]
