"""How two rankings of the same parcels differ: Kendall's tau-b, top-K overlap, movers.

The order compared is the priority order itself: parcels passing the gate by score, then
gated parcels by score. Kendall's tau is the **tau-b** variant on that order with ties kept
as ties (equal scores are not ordered by the feature-id tie break the ranks use), so
``tau_b = (C - D) / sqrt((n0 - n1) (n0 - n2))`` with C concordant and D discordant pairs,
``n0 = n (n - 1) / 2`` and n1, n2 the pairs tied in the first and second order. Parcels
without a score (no geometry) in either scenario are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.stats import kendalltau

GATED_OFFSET = 1000.0  # scores are 0-100: a gated parcel's key is below every open one


@dataclass(frozen=True)
class RankComparison:
    """The comparison of ranking A with ranking B (``rank_change = rank_a - rank_b``:
    positive means more urgent under B)."""

    tau_b: float  # NaN with fewer than 2 parcels or an order without any strict pair
    n_compared: int
    top_k: int  # K used: the K asked, at most the parcels compared
    overlap: int  # parcels in both top-K lists
    rank_change: np.ndarray  # (n,) int, 0 where a rank is unknown
    in_top_a: np.ndarray  # (n,) bool
    in_top_b: np.ndarray
    movers: np.ndarray  # indices of the parcels moving most, largest |rank_change| first

    @property
    def share(self) -> float:
        """Share of the top K kept (overlap / K); NaN when nothing is compared."""
        return self.overlap / self.top_k if self.top_k else float("nan")


def priority_key(score: np.ndarray, gated: np.ndarray | None) -> np.ndarray:
    """A number per parcel whose descending order is the priority order, ties kept."""
    score = np.asarray(score, dtype=float)
    if gated is None:
        return score
    return np.where(np.asarray(gated, dtype=bool), score - GATED_OFFSET, score)


def kendall_tau_b(a: np.ndarray, b: np.ndarray) -> float:
    """Kendall's tau-b of two orders given as keys (ties allowed); NaN if undefined."""
    if len(a) < 2:
        return float("nan")
    tau = kendalltau(np.asarray(a, dtype=float), np.asarray(b, dtype=float), variant="b")
    return float(tau.statistic if hasattr(tau, "statistic") else tau[0])


def compare_rankings(
    rank_a: np.ndarray,
    rank_b: np.ndarray,
    key_a: np.ndarray,
    key_b: np.ndarray,
    top_k: int,
    n_movers: int = 10,
) -> RankComparison:
    """Compare two rankings of the same parcels.

    ``rank_*`` are 1-based ranks (0 where unknown), ``key_*`` the priority keys
    (:func:`priority_key`). The top K of a ranking is its ranks 1..K; K is cut to the parcels
    known in both. Movers are the parcels with a non-zero rank change, largest absolute change
    first (then by rank under A), at most ``n_movers``.
    """
    rank_a, rank_b = np.asarray(rank_a, dtype=np.int64), np.asarray(rank_b, dtype=np.int64)
    known = (rank_a > 0) & (rank_b > 0)
    n_compared = int(known.sum())
    tau = kendall_tau_b(np.asarray(key_a)[known], np.asarray(key_b)[known])
    k = min(int(top_k), n_compared)
    in_a = known & (rank_a <= k)
    in_b = known & (rank_b <= k)
    change = np.where(known, rank_a - rank_b, 0)
    moved = np.flatnonzero(change != 0)
    order = np.lexsort((rank_a[moved], -np.abs(change[moved])))
    return RankComparison(
        tau, n_compared, k, int((in_a & in_b).sum()), change, in_a, in_b, moved[order][:n_movers]
    )
