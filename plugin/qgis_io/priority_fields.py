"""The fields of a prioritised layer a ranking map needs, read once without geometry."""

from __future__ import annotations

import math

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from .layers import iter_features

REQUIRED = ("priority_class", "priority_score")
ID_GUESSES = ("hazard_id", "parcel_id", "task_id", "id", "name")


def read_priority_fields(layer: QgsVectorLayer) -> dict[str, list]:
    """priority_class, priority_score, priority_rank, main_driver, district and an id field
    of every feature (no geometry; NULL and text in numeric fields as None)."""
    fields = layer.fields()
    wanted = [*REQUIRED, "priority_rank", "main_driver", "district"]
    id_field = next((n for n in ID_GUESSES if fields.lookupField(n) >= 0), "")
    names = [n for n in [*wanted, id_field] if n and fields.lookupField(n) >= 0]
    index = [fields.lookupField(n) for n in names]
    request = QgsFeatureRequest().setSubsetOfAttributes(index)
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    values: dict[str, list] = {n: [] for n in [*wanted, "id"]}
    for feature in iter_features(layer, request):
        attrs = feature.attributes()
        row = {n: _plain(attrs[i]) for n, i in zip(names, index)}
        for n in wanted:
            values[n].append(row.get(n))
        values["id"].append(row.get(id_field) if id_field else feature.id())
    values["priority_score"] = [_number(v) for v in values["priority_score"]]
    values["priority_rank"] = [_number(v) for v in values["priority_rank"]]
    values["id_field"] = id_field or "fid"
    return values


def _plain(value):
    """QVariant NULL → None; everything else as it is."""
    if value is None:
        return None
    try:
        if value.isNull():
            return None
    except AttributeError:
        pass
    return value


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
