"""Value functions, weighted combination, ranks, classes and the main driver of a score."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .text import QT_TR_NOOP, Text

# decay codes (parameters, scenarios, run records); marked so that the dock and the
# Processing dialog can show them translated
DECAYS = (
    QT_TR_NOOP("linear"),
    QT_TR_NOOP("exponential"),
    QT_TR_NOOP("gaussian"),
    QT_TR_NOOP("step"),
)
HIGH, MEDIUM, LOW, GATED, UNKNOWN = "High", "Medium", "Low", "Gated", "Unknown"
CLASSES = np.array([HIGH, MEDIUM, LOW, GATED, UNKNOWN], dtype=object)  # indexed by class code


def value(distance: np.ndarray, decay: str, scale: float) -> np.ndarray:
    """Score 0–1 from a distance in metres: 1 at the target, falling with distance.

    ``scale`` is where a linear score reaches 0, the half-score distance of the exponential
    and gaussian curves, and the threshold of the step (score 1 up to and including it).
    NaN distances stay NaN; an infinite distance scores 0.
    """
    d = np.asarray(distance, dtype=float)
    if scale < 0:
        raise ValueError(Text(QT_TR_NOOP("distance scale must be >= 0, got {0}"), scale))
    if decay == "step":
        out = (d <= scale).astype(float)
    elif scale == 0:
        out = (d <= 0).astype(float)
    elif decay == "linear":
        out = np.clip(1.0 - d / scale, 0.0, 1.0)
    elif decay == "exponential":
        out = np.exp(-np.log(2.0) * d / scale)
    elif decay == "gaussian":
        out = np.exp(-np.log(2.0) * (d / scale) ** 2)
    else:
        raise ValueError(
            Text(QT_TR_NOOP("unknown decay {0!r}; expected one of {1}"), decay, ", ".join(DECAYS))
        )
    return np.where(np.isnan(d), np.nan, out)


def normalise_weights(weights) -> np.ndarray:
    """Weights scaled to sum 1; all must be >= 0 and at least one > 0."""
    w = np.asarray(weights, dtype=float)
    if np.any(w < 0) or not np.all(np.isfinite(w)):
        raise ValueError(Text(QT_TR_NOOP("weights must be finite and >= 0")))
    total = w.sum()
    if total <= 0:
        raise ValueError(Text(QT_TR_NOOP("at least one weight must be > 0")))
    return w / total


def combine(scores: np.ndarray, weights) -> np.ndarray:
    """Weighted linear combination, 0–100; NaN where any criterion score is NaN.

    ``scores`` has one row per parcel and one column per criterion.
    """
    w = normalise_weights(weights)
    return 100.0 * (np.asarray(scores, dtype=float) @ w)


def contributions(scores: np.ndarray, weights) -> np.ndarray:
    """Each criterion's share of the 0–100 score (same shape as ``scores``)."""
    return 100.0 * np.asarray(scores, dtype=float) * normalise_weights(weights)


def main_driver(scores: np.ndarray, weights, names: list[str]) -> list:
    """Name of the criterion contributing most per parcel; "none" at score 0, None if NaN."""
    return driver_labels(names)[driver_codes(scores, weights)].tolist()


def driver_labels(names: list[str]) -> np.ndarray:
    """What :func:`driver_codes` index: the criterion names, then "none", then None."""
    return np.array([*names, "none", None], dtype=object)


def driver_codes(scores: np.ndarray, weights) -> np.ndarray:
    """Per parcel the index in :func:`driver_labels` of its main driver."""
    c = contributions(scores, weights)
    n_names = c.shape[1] if c.ndim == 2 else 0
    unknown = np.isnan(c).any(axis=1)
    best = np.argmax(np.where(np.isnan(c), -np.inf, c), axis=1)
    top = c[np.arange(len(c)), best] if len(c) else np.zeros(0)
    return np.where(unknown, n_names + 1, np.where(top <= 0, n_names, best))


@dataclass(frozen=True)
class Ranking:
    """``rank`` is 1-based (0 where the score is unknown); ``classes`` are class labels,
    ``codes`` their indexes in :data:`CLASSES`."""

    rank: np.ndarray
    classes: list
    breaks: tuple
    codes: np.ndarray


def rank_and_class(
    score: np.ndarray,
    gated: np.ndarray | None = None,
    thresholds: tuple | None = None,
    ids: np.ndarray | None = None,
) -> Ranking:
    """Rank (1 = most urgent) and class every parcel.

    Order: parcels passing the gates by score, descending, then gated parcels by score; ties
    by ``ids`` ascending (the feature ids: the same ranks whatever order a provider reads the
    rows in), in input order without them. Unknown (NaN) scores get rank 0 and class
    "Unknown". Classes of parcels
    that pass: "High" at or above the upper break, "Medium" at or above the lower one, else
    "Low". Breaks are ``thresholds = (high, medium)`` or the score terciles of those parcels.
    """
    score = np.asarray(score, dtype=float)
    n = len(score)
    gated = np.zeros(n, dtype=bool) if gated is None else np.asarray(gated, dtype=bool)
    known = ~np.isnan(score)
    tie = np.arange(n) if ids is None else np.asarray(ids)
    order = np.lexsort((tie, -np.where(known, score, 0.0), gated, ~known))
    rank = np.zeros(n, dtype=np.int64)
    n_known = int(known.sum())
    rank[order[:n_known]] = np.arange(1, n_known + 1)
    open_ = known & ~gated
    if thresholds is not None:
        high, medium = float(thresholds[0]), float(thresholds[1])
        if medium > high:
            raise ValueError(
                Text(QT_TR_NOOP("the High threshold must not be below the Medium threshold"))
            )
    elif open_.any():
        medium, high = (float(q) for q in np.quantile(score[open_], [1 / 3, 2 / 3]))
    else:
        medium = high = np.nan
    codes = np.full(n, 4, dtype=np.int8)  # indexes of CLASSES: no string array is built
    codes[known & gated] = 3
    s = score[open_]
    codes[open_] = np.where(s >= high, 0, np.where(s >= medium, 1, 2))
    return Ranking(rank, CLASSES[codes].tolist(), (high, medium), codes)
