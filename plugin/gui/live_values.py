"""Score, rank and main driver of the dock's live layer, served to its expression fields.

Writing a value into a memory layer costs 3–10 µs (``QVariant`` conversion and the
provider's checks), so a slider move cannot rewrite 100,000 scores and ranks, which change
for nearly every parcel. The live layer's ``priority_score``, ``priority_rank`` and
``main_driver`` are expression fields instead, ``_clearance_live_value('<layer id>',
'<field>', $id)``: this function reads the dock's current result arrays, so they are exact
at no cost per move and are evaluated only when read (attribute table, identify, export),
never to draw the map (the renderer reads the stored ``priority_class``). The leading
underscore hides the function from the expression builder.
"""

from __future__ import annotations

import math

import numpy as np
from qgis.core import QgsExpression, QgsExpressionFunction
from qgis.PyQt import sip

from ..engine.prioritise import PriorityResult

FUNCTION = "_clearance_live_value"
SCORE, RANK, DRIVER = "priority_score", "priority_rank", "main_driver"


class LiveValues:
    """The current score, rank and main driver per feature id of one live layer."""

    def __init__(self, ids: list[int]) -> None:
        self.row = {fid: i for i, fid in enumerate(ids)}
        self.score = np.full(len(ids), np.nan)
        self.rank = np.zeros(len(ids), dtype=np.int64)
        self.drivers = np.zeros(len(ids), dtype=np.int64)
        self.driver_names: list = [None]

    def set(self, result: PriorityResult, driver_names: list) -> None:
        """A new result (its arrays are replaced, never changed in place); ``driver_names``
        are what its ``driver_codes`` index."""
        self.score, self.rank = result.score, result.ranking.rank
        self.drivers, self.driver_names = result.driver_codes, driver_names

    def value(self, field: str, fid: int):
        """The field's value for feature ``fid``: NULL (None) where unknown."""
        i = self.row.get(fid)
        if i is None:
            return None
        if field == SCORE:
            x = float(self.score[i])
            return x if math.isfinite(x) else None
        if field == RANK:
            return int(self.rank[i]) or None
        if field == DRIVER:
            return self.driver_names[int(self.drivers[i])]
        return None


_STORE: dict[str, LiveValues] = {}  # by live layer id


def expression(layer_id: str, field: str) -> str:
    """The expression of ``field`` for the live layer ``layer_id``."""
    return f"{register()}({QgsExpression.quotedString(layer_id)}, '{field}', $id)"


def attach(layer_id: str, ids: list[int]) -> LiveValues:
    """Serve values for the live layer ``layer_id`` (feature ids ``ids``, one per parcel)."""
    _STORE[layer_id] = values = LiveValues(ids)
    return values


def detach(layer_id: str) -> None:
    """The layer is no longer live: its expression fields read NULL."""
    _STORE.pop(layer_id, None)


class _LiveValueFunction(QgsExpressionFunction):
    def __init__(self, name: str, store: dict) -> None:
        super().__init__(name, 3, "Clearance Planner", "The dock's live score, rank, driver")
        self.store = store

    def func(self, values, context, parent, node):
        layer_id, field, fid = values
        values_ = self.store.get(layer_id)
        return None if values_ is None else values_.value(field, int(fid))

    def usesGeometry(self, node) -> bool:
        return False

    def referencedColumns(self, node) -> list:
        return []


_FUNCTION: list = []  # the function this load registered (kept alive), then its name


def register() -> str:
    """The name of this load's expression function, registered on first use. It is never
    unregistered: expressions already parsed (a live layer's fields) hold its index in
    QGIS's function list, so removing it would make them call another function or crash.
    C++ owns it, so a plugin unload leaves a function that reads NULL; a function of that
    name left by an earlier load is reused when it is ours, else a new name is taken."""
    if _FUNCTION:
        return _FUNCTION[1]
    for k in range(1, 100):
        name = FUNCTION if k == 1 else f"{FUNCTION}_{k}"
        if not QgsExpression.isFunctionName(name):
            function = _LiveValueFunction(name, _STORE)
            sip.transferto(function, None)
            QgsExpression.registerFunction(function)
            break
        function = QgsExpression.Functions()[QgsExpression.functionIndex(name)]
        if isinstance(getattr(function, "store", None), dict):
            function.store = _STORE
            break
    _FUNCTION[:] = [function, name]
    return name


def release() -> None:
    """Forget every layer's values (the plugin is unloaded): live layers read NULL."""
    _STORE.clear()
