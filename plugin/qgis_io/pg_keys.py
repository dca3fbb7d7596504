"""QGIS's feature ids of PostGIS rows, from the key values SQL returns.

QGIS's PostgreSQL provider numbers the features of a table with a single ``int2``/``int4``
primary key by the key itself, a negative key ``k`` as ``k + 2**32``; any other key
(``int8``, text, several columns) through a map it fills as it reads the rows. SQL (the
database engine, the bulk reader) sees the key values, so every id it returns goes through
:class:`Int32Ids` or :class:`MappedIds` (one key-only read through QGIS) before it meets a
feature QGIS read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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


class Int32Ids:
    """QGIS's ids of an ``int2``/``int4`` key: arithmetic, no read."""

    mapped = False

    def ids(self, keys) -> np.ndarray:
        return int32_ids(keys)

    def keys(self, ids) -> np.ndarray:
        return int32_keys(ids)


@dataclass(frozen=True, eq=False)
class MappedIds:
    """QGIS's ids of an ``int8`` or text key, which QGIS gives the rows as it first reads
    them: read once through QGIS (the key only) and kept as sorted arrays (int64 keys, or
    UTF-8 bytes for text, trailing spaces kept), so a batch of keys is looked up at once."""

    name: str  # the layer's, for the message when a key is not there
    sorted_keys: np.ndarray
    ids_of_sorted: np.ndarray
    text: bool
    mapped = True

    @classmethod
    def read(cls, source, key: str, name: str) -> MappedIds:
        """The ids of every feature of ``source`` (a layer or feature source) by key."""
        return cls.of(*_keys_and_ids(source, key), name)

    @classmethod
    def of(cls, keys: list, ids: list[int], name: str) -> MappedIds:
        """The map of ``keys[i]`` (int, or str) to ``ids[i]``."""
        text = any(isinstance(k, str) for k in keys)
        values = np.array([k.encode("utf-8") for k in keys] if text else keys)
        if not text:
            values = values.astype(np.int64)
        order = np.argsort(values, kind="stable")
        return cls(name, values[order], np.asarray(ids, np.int64)[order], text)

    def ids(self, keys) -> np.ndarray:
        """The ids of ``keys`` (int64, or text/bytes for a text key); a key QGIS did not read
        (a row added since) stops the run naming the layer."""
        keys = self._as_keys(keys)
        at = np.searchsorted(self.sorted_keys, keys)
        if len(keys) and (
            at.max() >= len(self.sorted_keys) or (self.sorted_keys[at] != keys).any()
        ):
            raise changed(self.name)
        return self.ids_of_sorted[at]

    def keys(self, ids) -> np.ndarray | list:
        """The key values of feature ids (str for a text key, as QGIS shows them)."""
        order = np.argsort(self.ids_of_sorted)
        by_id = self.ids_of_sorted[order]
        ids = np.asarray(ids, np.int64)
        at = np.searchsorted(by_id, ids)
        if len(ids) and (at.max() >= len(by_id) or (by_id[at] != ids).any()):
            raise changed(self.name)
        found = self.sorted_keys[order][at]
        return [k.decode("utf-8") for k in found.tolist()] if self.text else found

    def _as_keys(self, keys) -> np.ndarray:
        if not self.text:
            return np.asarray(keys, np.int64)
        if isinstance(keys, np.ndarray) and keys.dtype.kind == "S":
            return keys
        return np.array([k.encode("utf-8") if isinstance(k, str) else bytes(k) for k in keys], "S")


def feature_ids(table: PgTable, keys: Sequence[int], sources: dict | None = None) -> np.ndarray:
    """QGIS's feature ids of the rows of ``table`` whose primary key holds ``keys``. For a
    key QGIS does not number by, the ids are read from ``sources[table.key]`` (the QGIS
    source of that parameter: the key only, no geometry), and a key it does not hold (a row
    added since) stops the run naming the layer; ``int2``/``int4`` keys are converted
    without a read (the callers match the ids against what QGIS read)."""
    if keys_are_ids(table.fid_type):
        return int32_ids(keys)
    return MappedIds.read(sources[table.key], table.fid, table.name).ids(keys)


def _keys_and_ids(source, key: str) -> tuple[list, list[int]]:
    """The key value and feature id of every feature of ``source``, in its order."""
    fields = source.fields()
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([fields.lookupField(key)])
    keys, ids = [], []
    for feature in source.getFeatures(request):
        keys.append(feature.attribute(key))
        ids.append(feature.id())
    return keys, ids
