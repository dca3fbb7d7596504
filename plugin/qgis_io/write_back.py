"""The write-back table of ``clearance:prioritise``: priority fields keyed on the parcels'
id field, so a national database (IMSMA ``hazard_localid`` / ``localid``) can join them."""

from __future__ import annotations

import numpy as np
from qgis.core import NULL, QgsFeature, QgsField, QgsFields

from .fields import make_field, number_or_null
from .ids import FALLBACK_FIELD, FeatureIds

WRITE_BACK_FIELDS = (
    ("priority_score", "double"),
    ("priority_rank", "int"),
    ("priority_class", "string"),
    ("main_driver", "string"),
    ("run_id", "string"),
    ("run_date", "string"),
)


def write_back_fields(source_fields: QgsFields, ids: FeatureIds) -> QgsFields:
    """The key (the id field as in the source, or ``source_fid``), then the priority fields."""
    fields = QgsFields()
    if ids.field:
        fields.append(QgsField(source_fields.field(source_fields.lookupField(ids.field))))
    else:
        fields.append(make_field(FALLBACK_FIELD, "long"))
    for name, kind in WRITE_BACK_FIELDS:
        fields.append(make_field(name, kind))
    return fields


def write_back_features(fields: QgsFields, ids: FeatureIds, rows: list[list], run: dict):
    """One feature per parcel (row order): its key value exactly as in the source (so the
    join matches the database), then ``rows[i]`` (score, rank, class, driver), run id/date."""
    keys = ids.values.tolist() if isinstance(ids.values, np.ndarray) else ids.values
    for key, row in zip(keys, rows):
        feature = QgsFeature(fields)
        feature.setAttributes([key, *row, run["run_id"], run["run_time"]])
        yield feature


def result_columns(score, rank, classes, drivers) -> list[list]:
    """Score, rank, class and main driver per parcel (NULL where there is none)."""
    out = []
    for s, r, c, d in zip(score, rank, classes, drivers):
        out.append(
            [
                number_or_null(s),
                int(r) if r > 0 else NULL,
                c,
                NULL if d is None else d,
            ]
        )
    return out
