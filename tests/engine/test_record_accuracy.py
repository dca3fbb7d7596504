"""Record accuracy: incidents missed by records, reliability per district."""

import math

import numpy as np
import pytest

from clearance_planner.engine.geometry import GeometryArrays
from clearance_planner.engine.record_accuracy import incidents_inside, nearest_outside, summarise

SQ = np.array([[0, 0], [0, 100], [100, 100], [100, 0], [0, 0]], float)


def records(*rings):
    return GeometryArrays.from_parts([[r] if r is not None else [] for r in rings], polygonal=True)


def test_nearest_incident_outside_skips_incidents_inside_the_record():
    recs = records(SQ, SQ + [1000, 0], None)
    # inside record 0; 30 m east of record 0; 400 m north-east of record 1's corner
    px, py = np.array([50.0, 130.0, 1100.0 + 300]), np.array([50.0, 50.0, 100.0 + 400])
    d = nearest_outside(recs, px, py)
    assert d[0] == pytest.approx(30.0)
    assert d[1] == pytest.approx(500.0)
    assert math.isnan(d[2])
    counts, inside_any = incidents_inside(recs, px, py)
    assert counts.tolist() == [1, 0, 0]
    assert inside_any.tolist() == [True, False, False]


def test_nearest_outside_is_exact_far_beyond_the_first_radius():
    recs = records(SQ)
    d = nearest_outside(recs, np.array([50.0, 50.0]), np.array([50.0, 5100.0]))
    assert d[0] == pytest.approx(5000.0)


def test_all_incidents_inside_gives_infinity():
    d = nearest_outside(records(SQ), np.array([10.0]), np.array([10.0]))
    assert d[0] == math.inf


def test_district_summary_is_area_weighted_with_an_all_row():
    s = summarise(
        ["A", "A", "B"],
        np.array([100.0, 300.0, 50.0]),
        np.array([100.0, 0.0, 10.0]),
        np.array([1, 0, 2]),
        threshold=0.5,
    )
    assert s.districts == ["A", "B", "ALL"]
    assert s.records.tolist() == [2, 1, 3]
    assert s.area_reliability == pytest.approx([0.25, 0.2, 110 / 450])
    assert s.records_accurate.tolist() == [1, 0, 1]
    assert s.record_reliability == pytest.approx([0.5, 0.0, 1 / 3])
    assert s.incidents_inside.tolist() == [1, 2, 3]
