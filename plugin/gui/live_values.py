"""Score, rank, class and main driver of the dock's live layer, kept in the layer itself.

Writing a value into a memory layer costs 3–10 µs (``QVariant`` conversion and the
provider's checks), so a slider move cannot rewrite 100,000 values, and a jump of the
weights changes the class of a quarter of them. So nothing is written per feature: each
result field is an expression field reading a hidden layer variable that holds one
fixed-width text of all rows (feature id ``k`` is row ``k - 1``). A move sets four
variables (≈ 2.8 MB of text at 100k parcels, built by numpy in a few milliseconds).

The expressions are plain QGIS expressions, no Python function: the renderer evaluates the
class in its own thread (categorized on ``priority_class``, as the saved style), and the
values stay meaningful without the plugin — after it is unloaded, in a saved project
(variables and expressions are part of the layer's XML) and when the layer is exported.
The score is stored as the 64 bits of its double, so it is read back exactly.
"""

from __future__ import annotations

import math

import numpy as np
from qgis.core import QgsExpressionContextUtils, QgsVectorLayer

from ..engine.prioritise import PriorityResult
from ..engine.scoring import CLASSES

SCORE, RANK, CLASS, DRIVER = "priority_score", "priority_rank", "priority_class", "main_driver"
PREFIX = "_clearance_live_"  # a leading underscore hides a variable from the user's lists
NAMES = PREFIX + "driver_names"
SCORE_DIGITS = 20  # int64 bits of the double, zero-padded
_QUADS = np.frombuffer(
    "".join(f"{k:04d}" for k in range(10_000)).encode("ascii"), dtype=np.uint8
).reshape(10_000, 4)
_MANTISSA = 2**52
_NAN_BITS = 0x7FF8_0000_0000_0000


def rank_digits(n_rows: int) -> int:
    """Width of one rank: enough digits for ``n_rows``, a multiple of 4."""
    return 4 * math.ceil(len(str(max(n_rows, 1))) / 4)


def digits(values: np.ndarray, width: int) -> str:
    """Non-negative integers as one text of zero-padded ``width``-digit numbers."""
    rest = np.asarray(values, dtype=np.int64).copy()
    quads = np.empty((len(rest), width // 4), dtype=np.int64)
    for g in range(width // 4 - 1, -1, -1):
        rest, quads[:, g] = np.divmod(rest, 10_000)
    return _QUADS[quads].tobytes().decode("ascii")


def codes(values: np.ndarray) -> str:
    """Small non-negative codes as one character each ('0' + code)."""
    return (np.asarray(values, dtype=np.uint8) + 48).tobytes().decode("ascii")


def score_bits(score: np.ndarray) -> np.ndarray:
    """The int64 bits of each 0–100 score (+0.0 for −0.0, one NaN for every NaN)."""
    score = np.asarray(score, dtype=np.float64) + 0.0
    return np.where(np.isnan(score), _NAN_BITS, score.view(np.int64))


def variables(result: PriorityResult, driver_names: list) -> dict[str, str]:
    """The layer variables of ``result``; ``driver_names`` are what its driver codes index
    (the last, None, is read as NULL)."""
    n = len(result.score)
    return {
        PREFIX + SCORE: digits(score_bits(result.score), SCORE_DIGITS),
        PREFIX + RANK: digits(result.ranking.rank, rank_digits(n)),
        PREFIX + CLASS: codes(result.ranking.codes),
        PREFIX + DRIVER: codes(result.driver_codes),
        NAMES: ",".join(name for name in driver_names if name is not None),
    }


def write(layer: QgsVectorLayer, result: PriorityResult, driver_names: list) -> None:
    """Show ``result`` in ``layer``'s expression fields (its other variables kept)."""
    for name, value in variables(result, driver_names).items():
        QgsExpressionContextUtils.setLayerVariable(layer, name, value)


def _slice(field: str, width: int) -> str:
    return f"substr(@{PREFIX}{field}, ($id - 1) * {width} + 1, {width})"


def _code(field: str) -> str:
    return f"ascii(substr(@{PREFIX}{field}, $id, 1)) - 48"


def expressions(n_rows: int) -> dict[str, str]:
    """The expression of each result field of a live layer of ``n_rows`` features (ids 1…n).
    NULL until a result is written, as for an unknown score or rank."""
    classes = ", ".join(f"'{name}'" for name in CLASSES.tolist())
    return {
        SCORE: (
            f"with_variable('b', to_int({_slice(SCORE, SCORE_DIGITS)}), "
            f"with_variable('m', @b % {_MANTISSA}, "
            f"with_variable('e', (@b - @m) / {_MANTISSA}, "
            "CASE WHEN @e = 2047 THEN NULL WHEN @e = 0 THEN @m * 2 ^ -1074 "
            f"ELSE (@m + {_MANTISSA}) * 2 ^ (@e - 1075) END)))"
        ),
        RANK: f"nullif(to_int({_slice(RANK, rank_digits(n_rows))}), 0)",
        CLASS: f"array_get(array({classes}), {_code(CLASS)})",
        DRIVER: f"array_get(string_to_array(@{NAMES}, ','), {_code(DRIVER)})",
    }
