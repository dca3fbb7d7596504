"""qgis_io/focus: the focused source shows only the features intersecting AREA, and a
request's own filters (ids, rectangle, expression) still apply within it."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
)

from tests.qgis_support import QVariant, memory_layer


def square(x: float) -> str:
    return f"POLYGON(({x} 0, {x + 10} 0, {x + 10} 10, {x} 10, {x} 0))"


@pytest.fixture()
def focused():
    from clearance_planner.qgis_io.focus import focus_source

    layer = memory_layer(
        "Polygon",
        [square(x) for x in (0, 100, 200, 300, 400)],
        fields=[("n", QVariant.Int)],
        rows=[[x] for x in range(5)],
    )
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    # covers squares 1, 2 (x 100-210) and 4 (x 400-410), not 0 and 3
    area = memory_layer(
        "Polygon", ["POLYGON((105 -5, 205 -5, 205 5, 105 5, 105 -5))", square(405)], "EPSG:32638"
    )
    source = QgsProcessingFeatureSource(layer, context)
    focus = focus_source(
        source, "hazards", "PARCELS", area, "area", context, QgsProcessingFeedback()
    )
    fid = {f["n"]: f.id() for f in layer.getFeatures()}
    yield focus, fid
    del layer  # the source reads the layer: alive until the test ends


def ns(source, request=None) -> list[int]:
    return sorted(f["n"] for f in source.getFeatures(request or QgsFeatureRequest()))


def test_only_features_intersecting_the_area_with_their_ids_and_extent(focused):
    focus, fid = focused
    assert ns(focus.source) == [1, 2, 4]
    assert (focus.kept, focus.left_out, focus.source.featureCount()) == (3, 2, 3)
    assert sorted(f.id() for f in focus.source.getFeatures()) == [fid[1], fid[2], fid[4]]
    assert focus.source.sourceExtent() == QgsRectangle(100, 0, 410, 10)


def test_id_rectangle_and_expression_filters_apply_within_the_focus(focused):
    focus, fid = focused
    assert ns(focus.source, QgsFeatureRequest().setFilterFids([fid[0], fid[1], fid[4]])) == [1, 4]
    assert ns(focus.source, QgsFeatureRequest(fid[3])) == []
    assert ns(focus.source, QgsFeatureRequest().setFilterRect(QgsRectangle(0, 0, 150, 10))) == [1]
    assert ns(focus.source, QgsFeatureRequest().setFilterExpression('"n" >= 2')) == [2, 4]


def test_no_feature_in_the_area_is_an_error_naming_layer_parameter_and_area():
    from clearance_planner.qgis_io.focus import focus_source

    layer = memory_layer("Polygon", [square(0)])
    context = QgsProcessingContext()
    with pytest.raises(QgsProcessingException, match=r"'hazards' \(PARCELS\).*'far' \(AREA\)"):
        focus_source(
            layer, "hazards", "PARCELS", memory_layer("Polygon", [square(900)]), "far",
            context, QgsProcessingFeedback(),
        )  # fmt: skip
