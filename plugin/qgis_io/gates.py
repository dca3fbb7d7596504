"""Hard gates: which parcels fail a QGIS expression (a NULL or false result fails).

One evaluation for ``clearance:prioritise``/``clearance:sensitivity`` and the dock."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from qgis.core import (
    NULL,
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsProcessingException,
)

from ..i18n import tr


def parse_gate(text: str, fields: QgsFields, layer_name: str) -> QgsExpression | None:
    """The gate expression (None for an empty text), checked against the layer's fields."""
    text = (text or "").strip()
    if not text:
        return None
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise QgsProcessingException(
            tr("GATE_EXPRESSION cannot be parsed: {0}").format(expression.parserErrorString())
        )
    missing = sorted(
        c
        for c in expression.referencedColumns()
        if c != QgsFeatureRequest.ALL_ATTRIBUTES and fields.lookupField(c) < 0
    )
    if missing:
        raise QgsProcessingException(
            tr("GATE_EXPRESSION refers to field(s) missing from layer '{0}': {1}").format(
                layer_name, ", ".join(missing)
            )
        )
    return expression


def gate_mask(
    expression: QgsExpression | None,
    rows: Iterable[tuple[int, QgsFeature]],
    n: int,
    context: QgsExpressionContext,
) -> np.ndarray | None:
    """True for every row failing ``expression`` (None without one).

    ``rows`` are ``(row, feature)`` pairs of the ``n`` parcels; ``context`` holds the
    project and layer scopes the expression may use."""
    if expression is None:
        return None
    expression.prepare(context)
    gated = np.zeros(n, dtype=bool)
    for i, feature in rows:
        context.setFeature(feature)
        result = expression.evaluate(context)
        if expression.hasEvalError():
            raise QgsProcessingException(
                tr("GATE_EXPRESSION fails on feature {0}: {1}").format(
                    feature.id(), expression.evalErrorString()
                )
            )
        gated[i] = result in (None, NULL) or not bool(result)
    return gated
