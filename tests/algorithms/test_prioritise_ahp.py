"""WEIGHTS_AHP of clearance:prioritise: AHP weights replace the direct weights."""

from __future__ import annotations

import pytest
from qgis import processing
from qgis.core import QgsProcessingException

from tests.qgis_support import QVariant, WarningFeedback, memory_layer

# parcel 1 touches the settlement, parcel 2 touches the cemetery
PARCELS = [
    "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))",
    "POLYGON((5000 0, 5100 0, 5100 100, 5000 100, 5000 0))",
]


@pytest.fixture()
def layers():
    parcels = memory_layer("Polygon", PARCELS, fields=[("id", QVariant.Int)], rows=[(1,), (2,)])
    settlements = memory_layer("Point", ["POINT(50 50)"])
    cemeteries = memory_layer("Point", ["POINT(5050 50)"])
    return parcels, settlements, cemeteries


def run(layers, **extra):
    parcels, settlements, cemeteries = layers
    params = {
        "PARCELS": parcels,
        "SETTLEMENTS": settlements,
        "CEMETERIES": cemeteries,
        "SETTLEMENTS_DISTANCE": 1000,
        "CEMETERIES_DISTANCE": 1000,
        "OUTPUT": "TEMPORARY_OUTPUT",
        **extra,
    }
    return processing.run("clearance:prioritise", params)


def scores(result) -> dict:
    return {f["id"]: f["priority_score"] for f in result["OUTPUT"].getFeatures()}


def test_ahp_matrix_replaces_the_direct_weights(clearance_provider, layers):
    # settlements 3x as important as cemeteries: weights 0.75 / 0.25, CR 0
    result = run(layers, SETTLEMENTS_WEIGHT=0.1, CEMETERIES_WEIGHT=0.9, WEIGHTS_AHP="1,3;1/3,1")
    assert scores(result) == pytest.approx({1: 75.0, 2: 25.0})
    assert result["AHP_CR"] == pytest.approx(0.0)


def test_without_ahp_the_direct_weights_apply_and_no_cr_is_reported(clearance_provider, layers):
    result = run(layers, SETTLEMENTS_WEIGHT=0.1, CEMETERIES_WEIGHT=0.9)
    assert scores(result) == pytest.approx({1: 10.0, 2: 90.0})
    assert "AHP_CR" not in result or result["AHP_CR"] is None


def test_inconsistent_matrix_warns_with_its_cr(clearance_provider, layers):
    incidents = memory_layer("Point", ["POINT(9000 9000)"])
    feedback = WarningFeedback()
    parcels, settlements, cemeteries = layers
    result = processing.run(
        "clearance:prioritise",
        {
            "PARCELS": parcels,
            "SETTLEMENTS": settlements,
            "CEMETERIES": cemeteries,
            "INCIDENTS": incidents,
            "WEIGHTS_AHP": "1,9,1/9;1/9,1,9;9,1/9,1",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    cr = (1 + 9 + 1 / 9 - 3) / 2 / 0.58
    assert result["AHP_CR"] == pytest.approx(cr)
    assert any("0.10" in w and f"{cr:.3f}" in w for w in feedback.warnings)


def test_matrix_of_the_wrong_size_names_the_criteria(clearance_provider, layers):
    with pytest.raises(QgsProcessingException, match=r"3 rows but 2 criterion layers.*settlements"):
        run(layers, WEIGHTS_AHP="1,1,1;1,1,1;1,1,1")


def test_non_reciprocal_matrix_is_refused(clearance_provider, layers):
    with pytest.raises(QgsProcessingException, match=r"WEIGHTS_AHP: .*not reciprocal"):
        run(layers, WEIGHTS_AHP="1,3;1/2,1")
