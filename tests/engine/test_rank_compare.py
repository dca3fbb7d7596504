"""Rank comparison: Kendall tau-b, top-K overlap and movers against hand counts."""

import math

import numpy as np
import pytest

from clearance_planner.engine.rank_compare import compare_rankings, kendall_tau_b, priority_key
from clearance_planner.engine.scoring import rank_and_class


def test_tau_b_of_a_small_case_with_a_tie_equals_the_hand_count():
    # pairs of 4 parcels, A = 4,3,2,1 and B = 3,4,1,1: (0,1) discordant; (0,2) (0,3) (1,2)
    # (1,3) concordant; (2,3) tied in B only. tau_b = (4 - 1) / sqrt((6 - 0) (6 - 1))
    assert kendall_tau_b(np.array([4, 3, 2, 1]), np.array([3, 4, 1, 1])) == pytest.approx(
        3 / math.sqrt(30)
    )


def test_identical_and_reversed_orders_give_one_and_minus_one():
    a = np.array([5.0, 1.0, 3.0])
    assert kendall_tau_b(a, a) == pytest.approx(1.0)
    assert kendall_tau_b(a, -a) == pytest.approx(-1.0)


def test_gated_parcels_order_after_every_open_parcel():
    key = priority_key(np.array([90.0, 10.0, 50.0]), np.array([True, False, False]))
    assert np.argsort(-key).tolist() == [2, 1, 0]


def test_compare_counts_overlap_changes_and_movers():
    score_a = np.array([90.0, 80.0, 70.0, 60.0, 50.0, np.nan])
    score_b = np.array([60.0, 80.0, 90.0, 70.0, 10.0, np.nan])
    rank_a = rank_and_class(score_a).rank  # 1 2 3 4 5 0
    rank_b = rank_and_class(score_b).rank  # 4 2 1 3 5 0
    result = compare_rankings(rank_a, rank_b, score_a, score_b, top_k=2)
    assert result.n_compared == 5 and result.top_k == 2
    # top 2 of A: parcels 0, 1; of B: 2, 1 -> overlap {1}
    assert result.overlap == 1 and result.share == 0.5
    assert result.rank_change.tolist() == [-3, 0, 2, 1, 0, 0]
    assert result.in_top_a.tolist() == [True, True, False, False, False, False]
    assert result.in_top_b.tolist() == [False, True, True, False, False, False]
    # |change| 3, 2, 1 for parcels 0, 2, 3
    assert result.movers.tolist() == [0, 2, 3]
    # the 10 pairs of the 5 known parcels: B reverses (0,1), (0,2), (0,3) and (1,2), the
    # other 6 agree -> (6 - 4) / 10
    assert result.tau_b == pytest.approx(0.2)


def test_top_k_is_cut_to_the_parcels_compared():
    score = np.array([3.0, 2.0, 1.0])
    rank = rank_and_class(score).rank
    result = compare_rankings(rank, rank, score, score, top_k=20)
    assert (result.top_k, result.overlap, result.share) == (3, 3, 1.0)
    assert result.movers.tolist() == []


def test_tau_is_nan_with_one_parcel():
    result = compare_rankings(np.array([1]), np.array([1]), np.array([5.0]), np.array([5.0]), 1)
    assert math.isnan(result.tau_b)
