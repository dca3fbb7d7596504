"""qgis_io.gates: one gate evaluation for the algorithms and the dock (NULL or false fails)."""

import pytest
from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsProcessingException

from clearance_planner.qgis_io.gates import gate_expression, gate_mask
from tests.qgis_support import QVariant, memory_layer

SQUARE = "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))"


@pytest.fixture()
def layer():
    return memory_layer(
        "Polygon",
        [SQUARE] * 4,
        fields=[("secure", QVariant.Bool), ("area", QVariant.Double)],
        rows=[(True, 5.0), (False, 5.0), (None, 5.0), (True, 50.0)],
    )


def mask(layer, text):
    expression = gate_expression(text, layer.fields(), layer.name())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    features = list(layer.getFeatures())
    return gate_mask(expression, enumerate(features), len(features), context)


def test_false_and_null_results_fail_the_gate(layer):
    assert mask(layer, '"secure"').tolist() == [False, True, True, False]
    assert mask(layer, '"secure" AND "area" < 10').tolist() == [False, True, True, True]


def test_empty_gate_gates_nothing(layer):
    assert mask(layer, "  ") is None


def test_unparsable_gate_and_missing_field_are_named(layer):
    with pytest.raises(QgsProcessingException, match="GATE_EXPRESSION cannot be parsed"):
        mask(layer, '"secure" AND')
    with pytest.raises(
        QgsProcessingException, match="missing from layer 'test': nope \\(it has: secure, area\\)"
    ):
        mask(layer, '"nope" = 1')


def test_evaluation_error_names_the_feature(layer):
    with pytest.raises(QgsProcessingException, match="GATE_EXPRESSION fails on feature 1"):
        mask(layer, "to_int('x' || \"area\") > 0")
