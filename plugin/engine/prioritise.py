"""Scoring parcels from a cached distance matrix: the part that re-runs when a weight moves."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .scoring import (
    Ranking,
    combine,
    driver_codes,
    driver_labels,
    normalise_weights,
    rank_and_class,
    value,
)
from .text import QT_TR_NOOP

# The proximity criteria and their defaults, for the algorithms and the dock:
# name, label (translated by the caller), default weight, default decay, default distance (m)
CRITERIA = (
    ("settlements", QT_TR_NOOP("Settlements"), 0.40, "linear", 5000.0),
    ("cemeteries", QT_TR_NOOP("Cemeteries"), 0.15, "linear", 2000.0),
    (
        "infrastructure",
        QT_TR_NOOP("Planned infrastructure"),
        0.25,
        "exponential",
        1000.0,
    ),
    ("incidents", QT_TR_NOOP("Incidents (accidents)"), 0.20, "gaussian", 1500.0),
)


@dataclass(frozen=True)
class Criterion:
    """One proximity criterion: closer to its layer means more urgent."""

    name: str
    weight: float
    decay: str
    distance: float  # metres; see scoring.value for its meaning per decay


@dataclass(frozen=True)
class PriorityResult:
    """Everything the output layer (or the dock) shows per parcel."""

    criterion_scores: np.ndarray  # (n, c) 0..1, NaN for parcels without geometry
    score: np.ndarray  # (n,) 0..100
    ranking: Ranking
    drivers: list
    weights: np.ndarray  # normalised
    driver_codes: np.ndarray  # index of each parcel's driver in driver_labels(names)


def score_parcels(
    distances: np.ndarray,
    criteria: list[Criterion],
    gated: np.ndarray | None = None,
    thresholds: tuple | None = None,
    ids: np.ndarray | None = None,
) -> PriorityResult:
    """Score, rank and class parcels from their ``(n, c)`` distances to each criterion.

    A distance of ``inf`` (the criterion's layer has no geometry) scores 0; NaN (the parcel
    has no geometry) makes the parcel's score unknown. Equal scores rank by ``ids`` (the
    parcels' feature ids) ascending, see :func:`scoring.rank_and_class`.
    """
    distances = np.asarray(distances, dtype=float).reshape(-1, len(criteria))
    scores = (
        np.column_stack(
            [value(distances[:, j], c.decay, c.distance) for j, c in enumerate(criteria)]
        )
        if criteria
        else np.zeros((len(distances), 0))
    )
    weights = normalise_weights([c.weight for c in criteria])
    total = combine(scores, weights)
    ranking = rank_and_class(total, gated, thresholds, ids)
    codes = driver_codes(scores, weights)
    drivers = driver_labels([c.name for c in criteria])[codes].tolist()
    return PriorityResult(scores, total, ranking, drivers, weights, codes)
