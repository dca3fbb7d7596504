"""Expression parameters checked against the layer they filter, before any feature is read."""

from __future__ import annotations

from qgis.core import QgsExpression, QgsFeatureRequest, QgsProcessingException

from ..i18n import tr


def checked_expression(text: str, parameter: str, fields, layer: str) -> QgsExpression:
    """``text`` parsed, or an error naming ``parameter`` (unparsable) or the missing field(s)
    and ``layer``: a filter on a field the layer lacks would silently match nothing."""
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise QgsProcessingException(
            tr("{0} cannot be parsed: {1}").format(parameter, expression.parserErrorString())
        )
    missing = sorted(
        c
        for c in expression.referencedColumns()
        if c != QgsFeatureRequest.ALL_ATTRIBUTES and fields.lookupField(c) < 0
    )
    if missing:
        raise QgsProcessingException(
            tr("{0} refers to field(s) missing from layer '{1}': {2} (it has: {3}).").format(
                parameter, layer, ", ".join(missing), ", ".join(fields.names())
            )
        )
    return expression
