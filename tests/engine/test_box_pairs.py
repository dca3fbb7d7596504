"""Box meets box: the grid join equals the brute-force test on random boxes (no QGIS)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from clearance_planner.engine.box_pairs import box_pairs, meets_another, meets_any, segment_boxes
from clearance_planner.engine.geometry import Segments

BOUNDED = settings(max_examples=80)  # the rest: the "clearance" profile (tests/conftest.py)


def brute_pairs(a: np.ndarray, b: np.ndarray) -> set[tuple[int, int]]:
    return {
        (i, j)
        for i in range(len(a))
        for j in range(len(b))
        if a[i, 0] <= b[j, 2] and b[j, 0] <= a[i, 2] and a[i, 1] <= b[j, 3] and b[j, 1] <= a[i, 3]
    }


def random_boxes(seed: int, n: int, nan_share: float = 0.1) -> np.ndarray:
    """Boxes of very different sizes (points, slivers, huge ones), some on a coarse lattice
    so that edges touch exactly, some NaN."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 100, n)
    y = rng.uniform(0, 100, n)
    lattice = rng.random(n) < 0.3
    x[lattice], y[lattice] = np.round(x[lattice] / 10) * 10, np.round(y[lattice] / 10) * 10
    w = rng.choice([0.0, 0.5, 10.0, 60.0], n) * rng.random(n)
    h = rng.choice([0.0, 0.5, 10.0, 60.0], n) * rng.random(n)
    w[lattice], h[lattice] = 10.0, 10.0
    boxes = np.column_stack([x, y, x + w, y + h])
    boxes[rng.random(n) < nan_share] = np.nan
    return boxes


@BOUNDED
@given(st.integers(0, 10_000), st.integers(0, 40), st.integers(0, 40))
def test_box_pairs_are_exactly_the_boxes_that_share_a_point(seed, n, m):
    a, b = random_boxes(seed, n), random_boxes(seed + 1, m)
    i, j = box_pairs(a, b)
    assert set(zip(i.tolist(), j.tolist())) == brute_pairs(a, b)
    assert len(i) == len(set(zip(i.tolist(), j.tolist())))  # each pair once


@BOUNDED
@given(st.integers(0, 10_000), st.integers(1, 60))
def test_meets_another_ignores_the_box_itself(seed, n):
    boxes = random_boxes(seed, n)
    expected = [any(j != i for k, j in brute_pairs(boxes, boxes) if k == i) for i in range(n)]
    assert meets_another(boxes).tolist() == expected


def test_edges_touching_meet_and_a_gap_does_not():
    a = np.array([[0.0, 0.0, 1.0, 1.0]])
    b = np.array([[1.0, 0.0, 2.0, 1.0], [1.0 + 1e-9, 0.0, 2.0, 1.0], [1.0, 1.0, 3.0, 3.0]])
    assert meets_any(a, b).tolist() == [True]
    assert box_pairs(a, b)[1].tolist() == [0, 2]


def test_nan_boxes_and_empty_sets_meet_nothing():
    nan = np.full((2, 4), np.nan)
    assert meets_another(nan).tolist() == [False, False]
    assert meets_any(np.zeros((0, 4)), nan).tolist() == []
    assert meets_any(np.array([[0.0, 0.0, 1.0, 1.0]]), np.zeros((0, 4))).tolist() == [False]


def test_segment_boxes_span_both_ends():
    seg = Segments(
        np.array([2.0, 0.0]),
        np.array([0.0, 5.0]),
        np.array([0.0, 1.0]),
        np.array([3.0, 5.0]),
        np.array([0, 0]),
    )
    assert segment_boxes(seg).tolist() == [[0.0, 0.0, 2.0, 3.0], [0.0, 5.0, 1.0, 5.0]]
