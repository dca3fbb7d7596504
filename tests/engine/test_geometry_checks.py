"""Geometry QA rules without GEOS."""

import numpy as np
import pytest

from clearance_planner.engine import geometry_checks as gc
from clearance_planner.engine.geometry import GeometryArrays

SQ = np.array([[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]], float)
HOLE = np.array([[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]], float)


def polys(*features):
    return GeometryArrays.from_parts([list(f) for f in features], polygonal=True)


def test_area_subtracts_holes_and_counts_distinct_vertices():
    g = polys([SQ, HOLE], [SQ[[0, 1, 0, 0]]])
    assert gc.polygon_areas(g) == pytest.approx([96.0, 0.0])
    assert gc.distinct_vertex_counts(g).tolist() == [8, 2]


def test_long_gaps_report_feature_midpoint_and_length():
    g = polys([SQ * 1000])
    owner, mid, length = gc.long_gaps(g, 5000.0)
    assert owner.tolist() == [0, 0, 0, 0]
    assert length == pytest.approx([10_000.0] * 4)
    assert mid[0] == pytest.approx([0, 5000])


def test_duplicate_geometry_ignores_start_vertex_and_direction():
    rotated = np.vstack([SQ[2:-1], SQ[:3]])[::-1]
    g = polys([SQ], [rotated], [SQ + 1])
    assert gc.duplicate_groups(gc.geometry_keys(g)) == [[0, 1]]


def test_ids_differing_by_spaces_or_case_are_duplicates():
    keys = [gc.normalise_id(v) for v in ["MR-1", " mr-1 ", "MR-2", "MR -1"]]
    assert gc.duplicate_groups(keys) == [[0, 1]]


def test_duplicate_groups_equal_those_of_keys_computed_for_every_feature():
    rng = np.random.default_rng(5)
    shapes = [SQ * rng.uniform(1, 50) + rng.uniform(0, 1e5, 2) for _ in range(300)]
    features = [[s] for s in shapes]
    for i, j in [(3, 250), (17, 18), (40, 299)]:  # plant rotated / reversed duplicates
        ring = shapes[i][:-1]
        turned = np.roll(ring, int(rng.integers(1, 4)), axis=0)[:: int(rng.choice([-1, 1]))]
        features[j] = [np.vstack([turned, turned[:1]])]
    g = polys(*features)
    full = [gc._canonical(np.round(f[0][:-1], 6), True) for f in features]
    assert gc.duplicate_groups(gc.geometry_keys(g)) == gc.duplicate_groups(full)
    assert gc.duplicate_groups(full) == [[3, 250], [17, 18], [40, 299]]
    assert sum(k != b"" for k in gc.geometry_keys(g)) == 6  # keys only where needed
