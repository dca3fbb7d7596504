"""Hard gates: which parcels fail an expression. One evaluation for the algorithms and the dock."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    NULL,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsFields,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from ..i18n import tr
from .layers import aligned, iter_features


def gate_mask(
    source_or_features,
    expression_text: str,
    *,
    context: QgsExpressionContext | None = None,
    fids: list[int] | None = None,
    fields: QgsFields | None = None,
    name: str = "",
    label: str = "GATE_EXPRESSION",
) -> np.ndarray | None:
    """True per row for a parcel failing ``expression_text`` (NULL or false fails); None
    when the text is empty.

    ``source_or_features`` is a list of features in row order, or a feature source / layer
    read again with only the fields the expression needs (rows matched to ``fids`` of an
    earlier :func:`layers.read_source`, else in source order). Errors raise
    ``QgsProcessingException`` naming ``label`` (the parameter), the layer and the feature.
    """
    text = (expression_text or "").strip()
    if not text:
        return None
    is_list = isinstance(source_or_features, list)
    if fields is None:
        fields = _fields(source_or_features)
    name = name or ("" if is_list else source_or_features.sourceName())
    expression = _parsed(text, fields, name, label)
    if context is None:
        context = default_context(source_or_features, fields)
    expression.prepare(context)
    if is_list:
        rows = enumerate(source_or_features)
        size = len(source_or_features)
    else:
        found = iter_features(source_or_features, _request(expression, fields))
        rows = aligned(found, fids) if fids is not None else enumerate(found)
        size = len(fids) if fids is not None else None
    failed: dict[int, bool] = {}
    for i, feature in rows:
        context.setFeature(feature)
        result = expression.evaluate(context)
        if expression.hasEvalError():
            raise QgsProcessingException(
                tr("{0} fails on feature {1} of layer '{2}': {3}").format(
                    label, feature.id(), name, expression.evalErrorString()
                )
            )
        failed[i] = result in (None, NULL) or not bool(result)
    mask = np.zeros(len(failed) if size is None else size, dtype=bool)
    mask[list(failed)] = list(failed.values())
    return mask


def default_context(source_or_features, fields: QgsFields | None = None) -> QgsExpressionContext:
    """Global, project and (for a layer) layer scopes, with the parcels' fields."""
    if isinstance(source_or_features, QgsVectorLayer):
        return QgsExpressionContext(
            QgsExpressionContextUtils.globalProjectLayerScopes(source_or_features)
        )
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.globalScope())
    context.appendScope(QgsExpressionContextUtils.projectScope(QgsProject.instance()))
    if fields is not None:
        context.setFields(fields)
    return context


def _parsed(text: str, fields: QgsFields | None, name: str, label: str) -> QgsExpression:
    """The parsed expression; every field it names must exist in ``fields``."""
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise QgsProcessingException(
            tr("{0} cannot be parsed: {1}").format(label, expression.parserErrorString())
        )
    missing = sorted(
        c
        for c in expression.referencedColumns()
        if c != QgsFeatureRequest.ALL_ATTRIBUTES
        and fields is not None
        and fields.lookupField(c) < 0
    )
    if missing:
        raise QgsProcessingException(
            tr("{0} refers to field(s) missing from layer '{1}': {2}").format(
                label, name, ", ".join(missing)
            )
        )
    return expression


def _request(expression: QgsExpression, fields: QgsFields) -> QgsFeatureRequest:
    """Only the expression's fields and, if it needs none, no geometry."""
    request = QgsFeatureRequest()
    columns = expression.referencedColumns()
    if QgsFeatureRequest.ALL_ATTRIBUTES not in columns:
        request.setSubsetOfAttributes(columns, fields)
    if not expression.needsGeometry():
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return request


def _fields(source_or_features) -> QgsFields | None:
    if isinstance(source_or_features, list):
        return source_or_features[0].fields() if source_or_features else None
    return source_or_features.fields()
