"""Value functions, weights, ranks, classes and drivers (no QGIS)."""

import math

import numpy as np
import pytest

from clearance_planner.engine.prioritise import Criterion, score_parcels
from clearance_planner.engine.scoring import (
    combine,
    main_driver,
    normalise_weights,
    rank_and_class,
    value,
)


def test_linear_decay_falls_to_zero_at_distance():
    assert value(np.array([0, 250, 1000, 5000]), "linear", 1000).tolist() == [1, 0.75, 0, 0]


def test_exponential_and_gaussian_score_half_at_distance():
    assert value(np.array([500.0]), "exponential", 500)[0] == pytest.approx(0.5)
    assert value(np.array([1000.0]), "exponential", 500)[0] == pytest.approx(0.25)
    assert value(np.array([500.0]), "gaussian", 500)[0] == pytest.approx(0.5)
    assert value(np.array([1000.0]), "gaussian", 500)[0] == pytest.approx(0.5**4)


def test_step_includes_its_threshold():
    assert value(np.array([99.0, 100.0, 100.1]), "step", 100).tolist() == [1, 1, 0]


def test_nan_stays_nan_and_infinity_scores_zero():
    out = value(np.array([np.nan, np.inf]), "exponential", 100)
    assert math.isnan(out[0]) and out[1] == 0.0


def test_unknown_decay_and_negative_scale_are_refused():
    with pytest.raises(ValueError, match="unknown decay"):
        value(np.array([1.0]), "cubic", 10)
    with pytest.raises(ValueError, match=">= 0"):
        value(np.array([1.0]), "linear", -1)


def test_weights_are_normalised_and_validated():
    assert normalise_weights([2, 6]).tolist() == [0.25, 0.75]
    with pytest.raises(ValueError):
        normalise_weights([0, 0])
    with pytest.raises(ValueError):
        normalise_weights([1, -1])


def test_combine_is_weighted_mean_times_100():
    scores = np.array([[1.0, 0.0], [0.5, 0.5]])
    assert combine(scores, [3, 1]).tolist() == [75.0, 50.0]


def test_ranks_descend_by_score_with_ties_in_input_order():
    r = rank_and_class(np.array([10.0, 50.0, 50.0, 90.0]))
    assert r.rank.tolist() == [4, 2, 3, 1]


def test_ties_rank_by_feature_id_whatever_the_input_order():
    # rows read as fids 9, 4, 7, 2: scores 50, 50, 90, 50 -> 7 first, then 2, 4, 9
    r = rank_and_class(np.array([50.0, 50.0, 90.0, 50.0]), ids=np.array([9, 4, 7, 2]))
    assert r.rank.tolist() == [4, 3, 1, 2]
    gated = rank_and_class(
        np.array([50.0, 50.0, 50.0]), gated=np.array([False, True, True]), ids=[30, 20, 10]
    )
    assert gated.rank.tolist() == [1, 3, 2]  # gated ties after the open one, by id


def test_gated_parcels_rank_after_all_others_and_keep_class_gated():
    r = rank_and_class(np.array([90.0, 10.0, 50.0]), gated=np.array([True, False, False]))
    assert r.rank.tolist() == [3, 2, 1]
    assert r.classes[0] == "Gated"


def test_unknown_scores_have_rank_zero_and_class_unknown():
    r = rank_and_class(np.array([np.nan, 20.0]))
    assert r.rank.tolist() == [0, 1] and r.classes == ["Unknown", "High"]


def test_terciles_split_classes():
    score = np.arange(1.0, 10.0)  # 1..9: terciles at 11/3 and 19/3
    r = rank_and_class(score)
    assert r.classes == ["Low"] * 3 + ["Medium"] * 3 + ["High"] * 3
    assert r.breaks == pytest.approx((19 / 3, 11 / 3))


def test_thresholds_override_terciles():
    r = rank_and_class(np.array([10.0, 40.0, 70.0]), thresholds=(60, 30))
    assert r.classes == ["Low", "Medium", "High"]


def test_main_driver_names_largest_contribution():
    scores = np.array([[1.0, 0.2], [0.1, 0.9], [0.0, 0.0], [np.nan, 1.0]])
    assert main_driver(scores, [1, 1], ["a", "b"]) == ["a", "b", "none", None]


def test_score_parcels_end_to_end_by_hand():
    criteria = [Criterion("settlements", 3, "linear", 1000), Criterion("cemeteries", 1, "step", 50)]
    d = np.array([[250.0, 10.0], [0.0, 100.0], [np.inf, 0.0]])
    res = score_parcels(d, criteria)
    # 100 * (0.75 * 0.75 + 0.25 * 1) = 81.25; 100 * 0.75 = 75; 100 * 0.25 = 25
    assert res.score.tolist() == pytest.approx([81.25, 75.0, 25.0])
    assert res.ranking.rank.tolist() == [1, 2, 3]
    assert res.drivers == ["settlements", "settlements", "cemeteries"]


def test_class_and_driver_codes_index_the_labels_they_stand_for():
    from clearance_planner.engine.scoring import CLASSES, driver_labels

    r = rank_and_class(np.array([np.nan, 10.0, 50.0, 90.0]), gated=np.array([0, 1, 0, 0], bool))
    assert CLASSES[r.codes].tolist() == r.classes == ["Unknown", "Gated", "Low", "High"]
    criteria = [Criterion("a", 1, "linear", 100), Criterion("b", 1, "linear", 100)]
    res = score_parcels(np.array([[0.0, 50.0], [100.0, 100.0], [np.nan, 0.0]]), criteria)
    assert res.driver_codes.tolist() == [0, 2, 3]
    labels = driver_labels(["a", "b"])
    assert labels[res.driver_codes].tolist() == res.drivers == ["a", "none", None]
