"""AREA (focus area) on prioritise, coverage and workplan equals a manual clip: the hazards
chosen by QGIS's own "Extract by location" (intersects), run without AREA."""

from __future__ import annotations

import pytest
from qgis import processing
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from tests.qgis_support import DEMO_GPKG, QVariant, demo_layer, memory_layer

pytestmark = pytest.mark.skipif(not DEMO_GPKG.exists(), reason="run make demo-data")

CRITERIA = ("settlements", "cemeteries", "planned_infrastructure", "incidents")


def selected_district(name_index: int = 0) -> tuple[QgsVectorLayer, object]:
    """The demo districts in the project with one district selected; its source definition
    with "selected features only"."""
    districts = demo_layer("districts")
    QgsProject.instance().addMapLayer(districts)
    fids = sorted(f.id() for f in districts.getFeatures())
    districts.selectByIds([fids[name_index]])
    return districts, QgsProcessingFeatureSourceDefinition(districts.id(), True)


def manual_clip(layer, area) -> QgsVectorLayer:
    """The hazards a user would pick by hand: native:extractbylocation, intersects."""
    out = processing.run(
        "native:extractbylocation",
        {"INPUT": layer, "PREDICATE": [0], "INTERSECT": area, "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    assert 0 < out.featureCount() < layer.featureCount()
    return out


def prioritise(parcels, **extra):
    params = {
        "PARCELS": parcels,
        "SETTLEMENTS": demo_layer("settlements"),
        "CEMETERIES": demo_layer("cemeteries"),
        "INFRASTRUCTURE": demo_layer("planned_infrastructure"),
        "INCIDENTS": demo_layer("incidents"),
        "OUTPUT": "TEMPORARY_OUTPUT",
        **extra,
    }
    return processing.run("clearance:prioritise", params)["OUTPUT"]


def rows(layer, key="hazard_id", skip=()) -> dict:
    names = [n for n in layer.fields().names() if n not in skip]
    return {f[key]: tuple(f[n] for n in names) for f in layer.getFeatures()}


def test_prioritise_with_a_selected_district_equals_prioritising_the_manual_clip(
    clearance_provider, qgis_new_project
):
    hazards = demo_layer("hazards")
    _, area = selected_district()
    clipped = manual_clip(hazards, area)
    focused = prioritise(hazards, AREA=area)
    by_hand = prioritise(clipped)
    assert focused.featureCount() == clipped.featureCount()
    assert rows(focused, skip=("fid",)) == rows(by_hand, skip=("fid",))
    assert {f.geometry().asWkt(3) for f in focused.getFeatures()} == {
        f.geometry().asWkt(3) for f in by_hand.getFeatures()
    }  # kept whole, not clipped


def test_selected_features_only_off_takes_every_area_polygon(clearance_provider, qgis_new_project):
    hazards = demo_layer("hazards")
    districts, selected = selected_district()
    whole = QgsProcessingFeatureSourceDefinition(districts.id(), False)
    by_hand = processing.run(
        "native:extractbylocation",
        {"INPUT": hazards, "PREDICATE": [0], "INTERSECT": whole, "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    focused = prioritise(hazards, AREA=whole)
    in_one = manual_clip(hazards, selected).featureCount()
    assert focused.featureCount() == by_hand.featureCount() > in_one


def square(x: float, size: float = 10.0) -> str:
    return f"POLYGON(({x} 0, {x + size} 0, {x + size} {size}, {x} {size}, {x} 0))"


@pytest.fixture()
def three_hazards():
    return memory_layer(
        "Polygon",
        [square(0), square(200), square(400), None],
        fields=[("hazard_id", QVariant.String)],
        rows=[("H0",), ("H200",), ("H400",), ("HNULL",)],
    )


def test_null_and_invalid_area_polygons_are_cleaned_and_named(clearance_provider, three_hazards):
    from tests.qgis_support import WarningFeedback

    # a bow-tie (repaired into two triangles meeting at 210,10), a null and a two-point ring
    area = memory_layer(
        "Polygon",
        ["POLYGON((190 -10, 230 30, 230 -10, 190 30, 190 -10))", None, "POLYGON((0 0, 5 5, 0 0))"],
    )
    feedback = WarningFeedback()
    params = {
        "PARCELS": three_hazards,
        "SETTLEMENTS": memory_layer("Point", ["POINT(0 -100)"]),
        "AREA": area,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    out = processing.run("clearance:prioritise", params, feedback=feedback)["OUTPUT"]
    assert [f["hazard_id"] for f in out.getFeatures()] == ["H200"]
    assert out.getFeature(next(out.getFeatures()).id())["priority_rank"] == 1
    area_warnings = [w for w in feedback.warnings if "not part of the focus area" in w]
    assert any("1 features without geometry" in w and "features 2" in w for w in area_warnings)
    assert any("1 features have no usable geometry" in w and "3 (" in w for w in area_warnings)
    assert "Layer 'test': 1 invalid geometries repaired with makeValid." in feedback.warnings


def test_an_area_without_a_usable_polygon_is_an_error_naming_it(clearance_provider, three_hazards):
    area = memory_layer("Polygon", [None])
    area.setName("empty focus")
    with pytest.raises(QgsProcessingException, match="AREA"):
        processing.run(
            "clearance:prioritise",
            {
                "PARCELS": three_hazards,
                "SETTLEMENTS": memory_layer("Point", ["POINT(0 0)"]),
                "AREA": area,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


def test_an_area_no_hazard_intersects_is_an_error_naming_both_layers(
    clearance_provider, three_hazards
):
    with pytest.raises(QgsProcessingException, match="intersects the focus area"):
        processing.run(
            "clearance:prioritise",
            {
                "PARCELS": three_hazards,
                "SETTLEMENTS": memory_layer("Point", ["POINT(0 0)"]),
                "AREA": memory_layer("Polygon", [square(5000)]),
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


def test_a_hazard_touching_the_area_is_in_and_kept_whole(clearance_provider, three_hazards):
    # the area's edge x = 410 touches H400 along its right side only: intersects holds
    area = memory_layer("Polygon", [square(410, 50)])
    out = prioritise_small(three_hazards, area)
    (feature,) = list(out.getFeatures())
    assert feature["hazard_id"] == "H400"
    assert feature.geometry().area() == pytest.approx(100.0)  # whole, not clipped


def prioritise_small(parcels, area):
    return processing.run(
        "clearance:prioritise",
        {
            "PARCELS": parcels,
            "SETTLEMENTS": memory_layer("Point", ["POINT(0 -100)"]),
            "AREA": area,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]


def coverage(hazards, tmp_path, tag, **extra):
    params = {
        "DISTRICTS": demo_layer("districts"),
        "DISTRICT_FIELD": "district",
        "RECORDS": demo_layer("minefield_records"),
        "HAZARDS": hazards,
        "HAZARD_TYPE_FIELD": "hazard_type",
        "INCIDENTS": demo_layer("incidents"),
        "OUTPUT": str(tmp_path / f"{tag}.gpkg"),
        "GAPS": str(tmp_path / f"{tag}_gaps.gpkg"),
        "REPORT": str(tmp_path / f"{tag}.html"),
        **extra,
    }
    result = processing.run("clearance:coverage", params)
    table = QgsVectorLayer(result["OUTPUT"], "c", "ogr")
    gaps = QgsVectorLayer(result["GAPS"], "g", "ogr")
    return rows(table, "district", skip=("fid",)), sorted(
        (f["district"], f["hazard_type"], round(f.geometry().area(), 3)) for f in gaps.getFeatures()
    )


def test_coverage_with_a_selected_district_equals_the_manual_clip(
    clearance_provider, qgis_new_project, tmp_path
):
    hazards = demo_layer("hazards")
    _, area = selected_district(3)
    clipped = manual_clip(hazards, area)
    focused = coverage(hazards, tmp_path, "focused", AREA=area)
    by_hand = coverage(clipped, tmp_path, "by_hand")
    assert focused == by_hand
    hazard_ha = focused[0]["Total"][focused_field(tmp_path, "hazard_ha")]
    assert hazard_ha > 0


def focused_field(tmp_path, name: str) -> int:
    """Position of ``name`` in the coverage table's rows (fid skipped)."""
    table = QgsVectorLayer(str(tmp_path / "focused.gpkg"), "c", "ogr")
    return [n for n in table.fields().names() if n != "fid"].index(name)


def workplan(parcels, **extra):
    params = {
        "PARCELS": parcels,
        "PRIORITY_FIELD": "priority_rank",
        "METHOD_FIELD": "method",
        "START_DATE": "2027-03-01",
        "TEAMS": "manual:2,mdd:1,mechanical:1,technical_survey:1,non_technical_survey:1",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
        **extra,
    }
    result = processing.run("clearance:workplan", params)
    return rows(result["OUTPUT"], "task_id", skip=("fid",)), rows(
        result["SUMMARY"], "method", skip=("fid",)
    )


def test_workplan_with_a_selected_district_equals_planning_the_manual_clip(
    clearance_provider, qgis_new_project
):
    prioritised = prioritise(demo_layer("hazards"))
    _, area = selected_district(0)
    clipped = manual_clip(prioritised, area)
    focused_tasks, focused_summary = workplan(prioritised, AREA=area)
    tasks, summary = workplan(clipped)
    assert focused_tasks == tasks and focused_summary == summary
    assert tasks and len(tasks) >= clipped.featureCount()  # every clipped parcel planned
