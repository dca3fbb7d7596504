"""Analytic Hierarchy Process: weights from a pairwise-comparison matrix (Saaty 1–9 scale).

The weights are the principal (Perron) eigenvector of the reciprocal matrix, normalised to
sum 1; consistency is ``CI = (λmax − n) / (n − 1)`` and ``CR = CI / RI(n)`` with Saaty's
random indices. A CR above 0.10 means the judgements should be revised.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .text import QT_TR_NOOP, Text

# Saaty's random consistency index by matrix order (n = 1, 2 are always consistent)
RANDOM_INDEX = {1: 0.0, 2: 0.0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41}
CR_LIMIT = 0.10
SAATY_MIN, SAATY_MAX = 1.0 / 9.0, 9.0
RECIPROCAL_TOLERANCE = 0.02  # relative: "0.33" is accepted as the reciprocal of 3


class AhpError(ValueError):
    """The matrix is not a valid pairwise-comparison matrix (message says where)."""


@dataclass(frozen=True)
class AhpResult:
    weights: np.ndarray  # (n,) sum 1
    lambda_max: float
    ci: float
    cr: float

    @property
    def consistent(self) -> bool:
        return self.cr <= CR_LIMIT


def parse_matrix(text: str) -> np.ndarray:
    """A square matrix from text: rows separated by ``;`` (or new lines), values by ``,`` or
    spaces; values may be fractions such as ``1/3``."""
    rows = [r for r in text.replace("\n", ";").split(";") if r.strip()]
    if not rows:
        raise AhpError(Text(QT_TR_NOOP("the pairwise matrix is empty")))
    matrix = []
    for i, row in enumerate(rows, start=1):
        cells = row.replace(",", " ").split()
        try:
            matrix.append([float(Fraction(cell)) for cell in cells])
        except (ValueError, ZeroDivisionError) as exc:
            raise AhpError(
                Text(
                    QT_TR_NOOP(
                        "row {0} of the pairwise matrix has a value that is not a number or "
                        "fraction: {1!r}"
                    ),
                    i,
                    row.strip(),
                )
            ) from exc
    n = len(matrix)
    for i, row in enumerate(matrix, start=1):
        if len(row) != n:
            raise AhpError(
                Text(
                    QT_TR_NOOP(
                        "the pairwise matrix must be square: row {0} has {1} values, expected {2}"
                    ),
                    i,
                    len(row),
                    n,
                )
            )
    return np.array(matrix, dtype=float)


def validate(matrix: np.ndarray) -> np.ndarray:
    """The matrix as float array if it is a positive reciprocal matrix on the Saaty scale."""
    a = np.asarray(matrix, dtype=float)
    if a.ndim != 2 or a.shape[0] != a.shape[1] or a.shape[0] == 0:
        raise AhpError(
            Text(QT_TR_NOOP("the pairwise matrix must be square, got shape {0}"), a.shape)
        )
    if not np.all(np.isfinite(a)) or np.any(a <= 0):
        i, j = np.argwhere(~np.isfinite(a) | (a <= 0))[0]
        raise AhpError(
            Text(
                QT_TR_NOOP("entry ({0}, {1}) must be a positive number, got {2}"),
                i + 1,
                j + 1,
                a[i, j],
            )
        )
    if not np.allclose(np.diag(a), 1.0):
        i = int(np.argmax(np.abs(np.diag(a) - 1.0)))
        raise AhpError(
            Text(QT_TR_NOOP("diagonal entry ({0}, {1}) must be 1, got {2}"), i + 1, i + 1, a[i, i])
        )
    low, high = SAATY_MIN * (1 - RECIPROCAL_TOLERANCE), SAATY_MAX * (1 + RECIPROCAL_TOLERANCE)
    outside = (a < low) | (a > high)
    if outside.any():
        i, j = np.argwhere(outside)[0]
        raise AhpError(
            Text(
                QT_TR_NOOP("entry ({0}, {1}) = {2:g} is outside the Saaty scale 1/9 … 9"),
                i + 1,
                j + 1,
                a[i, j],
            )
        )
    bad = np.abs(a * a.T - 1.0) > RECIPROCAL_TOLERANCE
    if bad.any():
        i, j = np.argwhere(bad)[0]
        raise AhpError(
            Text(
                QT_TR_NOOP(
                    "entries ({0}, {1}) = {2:g} and ({3}, {4}) = {5:g} are not reciprocal (their "
                    "product must be 1)"
                ),
                i + 1,
                j + 1,
                a[i, j],
                j + 1,
                i + 1,
                a[j, i],
            )
        )
    return a


def ahp_weights(matrix) -> AhpResult:
    """Principal-eigenvector weights, λmax, CI and CR of a pairwise-comparison matrix.

    The lower triangle is made the exact reciprocal of the upper one first, so rounded
    reciprocals such as 0.33 do not bias the result.
    """
    a = validate(matrix)
    n = len(a)
    a = np.triu(a) + np.tril(1.0 / a.T, -1)
    if n not in RANDOM_INDEX:
        raise AhpError(
            Text(QT_TR_NOOP("AHP supports 1 to {0} criteria, got {1}"), max(RANDOM_INDEX), n)
        )
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    vector = np.abs(vectors[:, k].real)
    weights = vector / vector.sum()
    lambda_max = float(values[k].real)
    ci = (lambda_max - n) / (n - 1) if n > 2 else 0.0
    ci = max(ci, 0.0)  # λmax >= n in exact arithmetic; clip round-off
    ri = RANDOM_INDEX[n]
    cr = ci / ri if ri > 0 else 0.0
    return AhpResult(weights, lambda_max, ci, cr)


def matrix_to_text(matrix) -> str:
    """The matrix as ``WEIGHTS_AHP`` text, fractions written ``1/k`` where they are."""

    def cell(x: float) -> str:
        if x >= 1 or x <= 0:
            return f"{x:g}"
        inverse = 1.0 / x
        return f"1/{round(inverse):d}" if abs(inverse - round(inverse)) < 1e-9 else f"{x:g}"

    return ";".join(",".join(cell(float(x)) for x in row) for row in np.asarray(matrix))
