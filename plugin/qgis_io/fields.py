"""Field construction in one place (``QVariant`` today, ``QMetaType`` in QGIS 4)."""

from __future__ import annotations

import math

from qgis.core import NULL, QgsField, QgsFields
from qgis.PyQt.QtCore import QVariant

TYPES = {
    "double": QVariant.Type.Double,
    "int": QVariant.Type.Int,
    "long": QVariant.Type.LongLong,
    "string": QVariant.Type.String,
    "date": QVariant.Type.Date,
    "datetime": QVariant.Type.DateTime,
    "bool": QVariant.Type.Bool,
}


def make_field(name: str, kind: str) -> QgsField:
    """A field of one of the kinds in :data:`TYPES`."""
    return QgsField(name, TYPES[kind])


def extend_fields(base: QgsFields, added: list[tuple[str, str]]) -> tuple[QgsFields, list[int]]:
    """``base`` without fields that ``added`` redefines, then ``added``.

    Returns the new fields and the indexes of ``base`` kept, so re-running an analysis on its
    own output replaces its result fields instead of failing on duplicate names.
    """
    names = {name.lower() for name, _ in added}
    out = QgsFields()
    kept = []
    for i, field in enumerate(base):
        if field.name().lower() not in names:
            out.append(field)
            kept.append(i)
    for name, kind in added:
        out.append(make_field(name, kind))
    return out, kept


def number_or_null(x: float):
    """A float for an attribute table: NULL for NaN or infinity."""
    x = float(x)
    return x if math.isfinite(x) else NULL
