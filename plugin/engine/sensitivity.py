"""Weight sensitivity of a ranking: perturb the weights many times and re-rank (vectorised).

Weights are drawn around the planner's weights ``w`` (normalised to sum 1):

* ``dirichlet``: ``Dirichlet(concentration · w)`` — mean ``w``; the larger the concentration
  the smaller the spread (criteria with weight 0 stay 0);
* ``uniform``: each weight times ``1 + U(−x, +x)`` (``x`` a fraction, e.g. 0.2 for ±20 %),
  then renormalised.

For every run the parcels are ranked as :func:`scoring.rank_and_class` does (score
descending, gated parcels after all others, ties by feature id when given, else in input
order); per parcel the mean rank,
the 5–95 % rank interval and the probability of being in the top K are reported.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .progress import CancelFn, ProgressFn, check_cancel
from .scoring import normalise_weights
from .text import QT_TR_NOOP, Text

METHODS = ("dirichlet", "uniform")
RUNS_PER_CHUNK = 64


@dataclass(frozen=True)
class SensitivityResult:
    """Per parcel (NaN where the score is unknown)."""

    mean_rank: np.ndarray
    rank_p05: np.ndarray
    rank_p95: np.ndarray
    p_top_k: np.ndarray
    weights: np.ndarray  # (runs, c) the weights drawn


def perturb_weights(
    weights,
    runs: int,
    method: str = "dirichlet",
    spread: float = 0.2,
    concentration: float = 100.0,
    seed: int = 0,
) -> np.ndarray:
    """``(runs, c)`` weight vectors around ``weights``, every row summing to 1."""
    w = normalise_weights(weights)
    if runs < 1:
        raise ValueError(Text(QT_TR_NOOP("runs must be >= 1, got {0}"), runs))
    rng = np.random.default_rng(seed)
    if method == "dirichlet":
        if concentration <= 0:
            raise ValueError(Text(QT_TR_NOOP("concentration must be > 0, got {0}"), concentration))
        out = np.zeros((runs, len(w)))
        active = w > 0
        out[:, active] = rng.dirichlet(concentration * w[active], size=runs)
        return out
    if method == "uniform":
        if not 0 <= spread < 1:
            raise ValueError(Text(QT_TR_NOOP("spread must be in [0, 1), got {0}"), spread))
        factors = 1.0 + rng.uniform(-spread, spread, size=(runs, len(w)))
        drawn = w * factors
        return drawn / drawn.sum(axis=1, keepdims=True)
    raise ValueError(
        Text(QT_TR_NOOP("unknown method {0!r}; expected one of {1}"), method, ", ".join(METHODS))
    )


def ranks_for_weights(
    criterion_scores: np.ndarray, weight_runs: np.ndarray, gated: np.ndarray | None = None
) -> np.ndarray:
    """``(runs, n)`` 1-based ranks of every parcel for every weight vector (0 where unknown)."""
    scores = np.asarray(criterion_scores, dtype=float)
    n = len(scores)
    known = ~np.isnan(scores).any(axis=1)
    total = (
        np.where(known[:, None], scores, 0.0) @ np.asarray(weight_runs, dtype=float).T
    )  # (n, runs)
    key = 100.0 * total.T  # (runs, n), 0..100
    if gated is not None:
        key = key - 1000.0 * np.asarray(gated, dtype=bool)  # gated after every open parcel
    key[:, ~known] = -np.inf
    order = np.argsort(-key, axis=1, kind="stable")  # ties keep input order
    ranks = np.empty(order.shape, dtype=np.int32)
    rows = np.arange(len(order))[:, None]
    ranks[rows, order] = np.arange(1, n + 1, dtype=np.int32)
    ranks[:, ~known] = 0
    return ranks


def rank_sensitivity(
    criterion_scores: np.ndarray,
    weight_runs: np.ndarray,
    top_k: int,
    gated: np.ndarray | None = None,
    progress: ProgressFn = None,
    cancelled: CancelFn = None,
    ids: np.ndarray | None = None,
) -> SensitivityResult:
    """Mean rank, 5–95 % rank interval and P(rank <= top_k) over the weight runs; equal
    scores rank by ``ids`` ascending (as :func:`scoring.rank_and_class`)."""
    scores = np.asarray(criterion_scores, dtype=float)
    runs = np.asarray(weight_runs, dtype=float)
    n, r = len(scores), len(runs)
    # rows in id order: the stable sort of each run breaks ties by id; statistics back after
    by_id = np.arange(n) if ids is None else np.argsort(np.asarray(ids), kind="stable")
    scores = scores[by_id]
    gated = None if gated is None else np.asarray(gated, dtype=bool)[by_id]
    all_ranks = np.empty((r, n), dtype=np.int32)
    for start in range(0, r, RUNS_PER_CHUNK):
        check_cancel(cancelled)
        stop = min(start + RUNS_PER_CHUNK, r)
        all_ranks[start:stop] = ranks_for_weights(scores, runs[start:stop], gated)
        if progress is not None:
            progress(stop / r)
    known = ~np.isnan(scores).any(axis=1)
    # statistics on the int32 rank matrix (runs x n x 4 bytes), no float copy of it
    mean = all_ranks.mean(axis=0, dtype=np.float64)
    p05, p95 = np.percentile(all_ranks, [5, 95], axis=0)
    p_top = (all_ranks <= top_k).mean(axis=0)
    back = np.empty(n, dtype=np.int64)
    back[by_id] = np.arange(n)
    stats = []
    for values in (mean, p05, p95, p_top):
        values[~known] = np.nan
        stats.append(values[back])
    return SensitivityResult(*stats, runs)
