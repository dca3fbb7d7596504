"""QGIS's feature ids of PostGIS rows, from the key values SQL returns.

QGIS's PostgreSQL provider numbers the features of a table with a single ``int2``/``int4``
primary key by the key itself, a negative key ``k`` as ``k + 2**32``; any other key
(``int8``, text, several columns) through a map it fills as it reads the rows. SQL (the
database engine, the bulk reader) sees the key values, so every id it returns goes through
:func:`feature_ids` before it meets a feature QGIS read.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from qgis.core import QgsFeatureRequest

from .pg_snapshot import changed
from .pg_tables import PgTable

INT32_KEYS = ("int2", "int4", "smallint", "integer", "serial", "serial4", "smallserial", "int")
SHIFT = 1 << 32


def keys_are_ids(key_type: str) -> bool:
    """True when QGIS numbers the features by the key (``int2``/``int4``, see the module)."""
    return key_type.lower() in INT32_KEYS


def int32_ids(keys: np.ndarray) -> np.ndarray:
    """Feature ids of ``int2``/``int4`` keys: the key, a negative one plus ``2**32``."""
    keys = np.asarray(keys, dtype=np.int64)
    return np.where(keys < 0, keys + SHIFT, keys)


def int32_keys(ids: np.ndarray) -> np.ndarray:
    """The ``int2``/``int4`` keys of feature ids (the inverse of :func:`int32_ids`)."""
    ids = np.asarray(ids, dtype=np.int64)
    return np.where(ids >= SHIFT // 2, ids - SHIFT, ids)


def feature_ids(table: PgTable, keys: Sequence[int], sources: dict | None = None) -> np.ndarray:
    """QGIS's feature ids of the rows of ``table`` whose primary key holds ``keys``. For a
    key QGIS does not number by, the ids are read from ``sources[table.key]`` (the QGIS
    source of that parameter: the key only, no geometry), and a key it does not hold (a row
    added since) stops the run naming the layer; ``int2``/``int4`` keys are converted
    without a read (the callers match the ids against what QGIS read)."""
    keys = np.asarray(keys, dtype=np.int64)
    if keys_are_ids(table.fid_type):
        return int32_ids(keys)
    found = _id_of_key(sources[table.key], table.fid)
    try:
        return np.fromiter((found[k] for k in keys.tolist()), np.int64, len(keys))
    except KeyError:
        raise changed(table.name) from None


def _id_of_key(source, key: str) -> dict[int, int]:
    """Key value -> feature id of every feature of ``source``."""
    fields = source.fields()
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([fields.lookupField(key)])
    return {int(f.attribute(key)): f.id() for f in source.getFeatures(request)}
