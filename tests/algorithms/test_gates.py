"""qgis_io.gates.gate_mask: the one gate evaluation of clearance:prioritise and the dock."""

from __future__ import annotations

import pytest
from qgis.core import NULL, QgsProcessingException

from tests.qgis_support import QVariant, memory_layer

SQUARES = [f"POLYGON(({x} 0, {x + 1} 0, {x + 1} 1, {x} 1, {x} 0))" for x in range(4)]


@pytest.fixture()
def parcels(qgis_new_project):
    # access: true, false, NULL, true; area field 1, 5, 2, 7
    return memory_layer(
        "Polygon",
        SQUARES,
        fields=[("access", QVariant.Type.Bool), ("size", QVariant.Type.Int)],
        rows=[(True, 1), (False, 5), (NULL, 2), (True, 7)],
    )


def test_false_and_null_fail_the_gate_from_a_layer_or_a_feature_list(parcels):
    from clearance_planner.qgis_io.gates import gate_mask

    expected = [False, True, True, False]
    assert gate_mask(parcels, '"access"').tolist() == expected
    assert gate_mask(list(parcels.getFeatures()), '"access"').tolist() == expected


def test_rows_follow_the_feature_ids_of_an_earlier_read(parcels):
    from clearance_planner.qgis_io.gates import gate_mask

    fids = [f.id() for f in parcels.getFeatures()]
    # the earlier read saw the features in the reverse order: row 0 is the last feature
    mask = gate_mask(parcels, '"size" > 3', fids=fids[::-1])
    assert mask.tolist() == [False, True, False, True]  # sizes by row: 7, 2, 5, 1


def test_empty_expression_means_no_gate(parcels):
    from clearance_planner.qgis_io.gates import gate_mask

    assert gate_mask(parcels, "  ") is None


@pytest.mark.parametrize(
    "text, message",
    [
        ('"access" AND (', "GATE_EXPRESSION cannot be parsed"),
        ('"no_such_field" > 1', "missing from layer 'test': no_such_field"),
        ("to_int('x') > 1", "fails on feature 1 of layer 'test'"),
    ],
)
def test_errors_name_the_parameter_the_layer_and_the_feature(parcels, text, message):
    from clearance_planner.qgis_io.gates import gate_mask

    with pytest.raises(QgsProcessingException, match=message):
        gate_mask(parcels, text)


def test_the_label_names_the_dock_gate(parcels):
    from clearance_planner.qgis_io.gates import gate_mask

    with pytest.raises(QgsProcessingException, match=r"^the gate cannot be parsed"):
        gate_mask(list(parcels.getFeatures()), "(", label="the gate")
