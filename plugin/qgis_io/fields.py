"""Field construction in one place: ``QMetaType`` from QGIS 3.38 (and 4), ``QVariant`` before."""

from __future__ import annotations

import math

from qgis.core import NULL, Qgis, QgsField, QgsFields
from qgis.PyQt.QtCore import QMetaType, QVariant

# kind: (QMetaType.Type name, QVariant.Type name). QgsField takes QMetaType.Type from QGIS 3.38
# (QVariant.Type is deprecated there and gone in QGIS 4); QGIS 3.22 takes only QVariant.Type.
_NAMES = {
    "double": ("Double", "Double"),
    "int": ("Int", "Int"),
    "long": ("LongLong", "LongLong"),
    "string": ("QString", "String"),
    "date": ("QDate", "Date"),
    "datetime": ("QDateTime", "DateTime"),
    "bool": ("Bool", "Bool"),
}
_METATYPE = Qgis.versionInt() >= 33800
# looked up by name: the member spelling differs between the two enums
TYPES = {
    kind: getattr(QMetaType.Type, meta) if _METATYPE else getattr(QVariant.Type, variant)
    for kind, (meta, variant) in _NAMES.items()
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
