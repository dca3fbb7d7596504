"""gui.live_layer: the dock's unsaved result layer."""

from __future__ import annotations

import numpy as np
from qgis.core import NULL, QgsProject, QgsWkbTypes

from tests.qgis_support import memory_layer

SQUARE = "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"


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
    live.show(result)
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
