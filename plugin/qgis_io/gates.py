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
    QgsFields,
    QgsProcessingException,
)

from ..i18n import tr
from .expressions import checked_expression

GATE = "GATE_EXPRESSION"


def gate_expression(
    text: str, fields: QgsFields, layer_name: str, parameter: str = GATE
) -> QgsExpression | None:
    """The gate (None for an empty text), checked against the layer's fields: an error
    naming ``parameter`` if it cannot be parsed or uses a field the layer lacks."""
    text = (text or "").strip()
    if not text:
        return None
    return checked_expression(text, parameter, fields, layer_name)


def gate_mask(
    expression: QgsExpression | None,
    rows: Iterable[tuple[int, QgsFeature]],
    n: int,
    context: QgsExpressionContext,
    parameter: str = GATE,
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
                tr("{0} fails on feature {1}: {2}").format(
                    parameter, feature.id(), expression.evalErrorString()
                )
            )
        gated[i] = result in (None, NULL) or not bool(result)
    return gated
