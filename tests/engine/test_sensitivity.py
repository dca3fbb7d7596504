"""Weight perturbation and rank statistics (no QGIS)."""

import numpy as np
import pytest

from clearance_planner.engine.prioritise import Criterion, score_parcels
from clearance_planner.engine.sensitivity import (
    perturb_weights,
    rank_sensitivity,
    ranks_for_weights,
)


def test_dirichlet_draws_sum_to_one_with_mean_near_weights_and_are_reproducible():
    w = np.array([0.5, 0.3, 0.2, 0.0])
    runs = perturb_weights(w, 4000, "dirichlet", concentration=50, seed=7)
    assert runs.shape == (4000, 4)
    assert runs.sum(axis=1) == pytest.approx(np.ones(4000))
    assert (runs[:, 3] == 0).all()
    assert runs.mean(axis=0) == pytest.approx(w, abs=0.01)
    # Dirichlet variance w(1-w)/(kappa+1)
    assert runs[:, 0].var() == pytest.approx(0.5 * 0.5 / 51, rel=0.1)
    assert np.array_equal(runs, perturb_weights(w, 4000, "dirichlet", concentration=50, seed=7))


def test_uniform_draws_stay_within_the_spread_before_normalising():
    w = np.array([0.6, 0.4])
    runs = perturb_weights(w, 1000, "uniform", spread=0.2, seed=1)
    ratio = runs[:, 0] / runs[:, 1]  # normalising does not change ratios
    assert ratio.min() >= 1.5 * 0.8 / 1.2 - 1e-12
    assert ratio.max() <= 1.5 * 1.2 / 0.8 + 1e-12
    assert runs.sum(axis=1) == pytest.approx(np.ones(1000))


def test_zero_spread_gives_the_planner_weights():
    runs = perturb_weights([2, 1, 1], 3, "uniform", spread=0.0)
    assert runs == pytest.approx(np.tile([0.5, 0.25, 0.25], (3, 1)))


def test_ranks_match_the_engine_ranking_including_gates_and_unknowns():
    rng = np.random.default_rng(3)
    distances = rng.uniform(0, 3000, size=(40, 2))
    distances[5] = np.nan  # no geometry
    distances[7] = distances[8]  # tie: input order decides
    gated = np.zeros(40, dtype=bool)
    gated[[1, 2, 30]] = True
    criteria = [Criterion("a", 0.7, "linear", 2000), Criterion("b", 0.3, "gaussian", 800)]
    result = score_parcels(distances, criteria, gated)
    ranks = ranks_for_weights(result.criterion_scores, result.weights[None, :], gated)
    assert ranks[0].tolist() == result.ranking.rank.tolist()


def test_ties_rank_by_feature_id_in_every_run_as_the_engine_ranking():
    # parcels 0..3 read as fids 8, 3, 5, 1, all with the same scores: ranks by fid
    scores = np.full((4, 2), 0.5)
    runs = np.array([[0.5, 0.5], [0.9, 0.1], [0.2, 0.8]])
    ids = np.array([8, 3, 5, 1])
    out = rank_sensitivity(scores, runs, top_k=1, ids=ids)
    assert out.mean_rank.tolist() == [4.0, 2.0, 3.0, 1.0]
    assert out.p_top_k.tolist() == [0.0, 0.0, 0.0, 1.0]
    base = score_parcels(np.zeros((4, 1)), [Criterion("a", 1.0, "linear", 100)], ids=ids)
    assert base.ranking.rank.tolist() == [4, 2, 3, 1]


def test_hand_computed_rank_statistics():
    # parcel 0 scores only on criterion a, parcel 1 only on b, parcel 2 is half on both
    scores = np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]])
    runs = np.array([[0.8, 0.2], [0.2, 0.8], [0.6, 0.4], [0.4, 0.6]])
    # totals per run: p0 = .8 .2 .6 .4 ; p1 = .2 .8 .4 .6 ; p2 = .5 always
    # ranks:          p0 = 1 3 1 3    ; p1 = 3 1 3 1    ; p2 = 2 always
    out = rank_sensitivity(scores, runs, top_k=1)
    assert out.mean_rank.tolist() == [2.0, 2.0, 2.0]
    assert out.p_top_k.tolist() == [0.5, 0.5, 0.0]
    assert out.rank_p05.tolist() == pytest.approx([1.0, 1.0, 2.0])
    assert out.rank_p95.tolist() == pytest.approx([3.0, 3.0, 2.0])


def test_unknown_parcels_get_nan_statistics():
    scores = np.array([[1.0], [np.nan], [0.2]])
    out = rank_sensitivity(scores, np.ones((5, 1)), top_k=1)
    assert out.mean_rank[0] == 1 and out.mean_rank[2] == 2
    assert np.isnan(out.mean_rank[1]) and np.isnan(out.p_top_k[1])


def test_progress_is_reported_to_completion():
    seen = []
    rank_sensitivity(np.ones((3, 1)), np.ones((130, 1)), 1, progress=seen.append)
    assert seen[-1] == 1.0 and len(seen) == 3
