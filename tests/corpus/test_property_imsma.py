"""Property-based: random invalid polygons with random IMSMA cells through
clearance:import_imsma. Every feature comes out, in order; a polygon's state is what
``geometries.clean`` says of it and its area_m2 (no area given) is the area of the cleaned
polygon, GEOS's makeValid area for a repaired one; every non-blank status cell is mapped or
noted on its row. Bounded like test_property_geometry (derandomized, no database)."""

from __future__ import annotations

import tempfile

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from qgis import processing
from qgis.core import NULL
from qgis.PyQt.QtCore import QVariant

from clearance_planner.qgis_io.geometries import clean

from .builder import LayerSpec, build_layer
from .test_property_geometry import BOUNDED, RELATIVE, invalid_polygons

pytestmark = pytest.mark.usefixtures("clearance_provider")
TEXT = QVariant.String
statuses = st.one_of(
    st.none(),
    st.sampled_from(["Open", " open ", "WORKED_ON", "Закрыт", "handed over", "n/a", ""]),
    st.text(max_size=8),
)


@settings(BOUNDED, max_examples=40)
@given(
    polygons=st.lists(invalid_polygons, min_size=1, max_size=4),
    cells=st.lists(statuses, min_size=4, max_size=4),
)
def test_import_keeps_every_random_feature_with_its_cleaned_area(polygons, cells):
    rows = [[f"HZ-{i}", cells[i]] for i in range(len(polygons))]
    layer = build_layer(
        LayerSpec(
            "polygon",
            polygons,
            [("hazard_localid", TEXT), ("status", TEXT)],
            rows,
            name="random_imsma",
            wkb="MultiPolygon",
        ),
        None,
    )
    with tempfile.TemporaryDirectory() as folder:
        result = processing.run(
            "clearance:import_imsma",
            {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": f"{folder}/r.html"},
        )
    out = list(result["OUTPUT"].getFeatures())
    assert [f["hazard_id"] for f in out] == [r[0] for r in rows]
    for feature, geom, (_, status) in zip(out, polygons, rows):
        cleaned = clean(geom, polygonal=True)
        state = feature["geometry_state"]
        event(f"import: {state}")
        assert state == cleaned.state
        if cleaned.usable:
            expected = cleaned.geometry.area()
            assert abs(feature["area_m2"] - expected) <= RELATIVE * max(expected, 1.0)
        else:
            assert feature["area_m2"] == NULL and not feature.geometry().isNull()
        blank = status is None or not status.strip()
        noted = "status:" in (feature["import_notes"] or "")
        assert (feature["status"] != NULL) == (not blank and not noted)
