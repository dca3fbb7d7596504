"""Traverse maths checked against hand-computed figures."""

import math

import numpy as np
import pytest

from clearance_planner.engine.bearings import grid_convergence, parse_bearing, to_grid
from clearance_planner.engine.traverse import inverse, lay_out, ring_measures

SQUARE = [0.0, 90.0, 180.0, 270.0]
START = [[500_000.0, 4_400_000.0]]


def square(azimuths, distances=(100.0,) * 4, start=START, **kw):
    n = len(azimuths)
    return lay_out(np.zeros(n, int), np.zeros(n, bool), azimuths, distances, start, **kw)


def test_square_of_four_100m_legs_closes_with_zero_error_and_one_hectare():
    t = square(SQUARE)
    assert t.closure_error_m[0] == pytest.approx(0.0, abs=1e-9)
    assert t.area_m2[0] == pytest.approx(10_000.0)
    assert t.perimeter_m[0] == pytest.approx(400.0)
    expected = [[0, 0], [0, 100], [100, 100], [100, 0], [0, 0]]
    assert np.allclose(t.ring_xy - START[0], expected, atol=1e-9)
    assert not t.self_intersecting[0]


@pytest.mark.parametrize(
    ("unit", "values"),
    [
        ("nato_mils", ["0", "1600", "3200", "4800"]),
        ("wp_mils", ["0-00", "15-00", "30-00", "45-00"]),
        ("grads", ["0", "100", "200", "300"]),
    ],
)
def test_square_in_mils_and_grads_gives_the_same_hectare(unit, values):
    t = square([parse_bearing(v, unit) for v in values])
    assert t.closure_error_m[0] == pytest.approx(0.0, abs=1e-9)
    assert t.area_m2[0] == pytest.approx(10_000.0)


def test_magnetic_declination_rotates_the_square_about_its_first_point():
    # true = magnetic + declination: with 10° E declination a magnetic 0° leg runs 10° east of north
    grid = to_grid(np.array(SQUARE), "magnetic", declination_deg=10.0)
    t = square(grid, start=[[0.0, 0.0]])
    second = t.ring_xy[1]
    assert second == pytest.approx(
        [100 * math.sin(math.radians(10)), 100 * math.cos(math.radians(10))]
    )
    assert t.area_m2[0] == pytest.approx(10_000.0)
    assert t.closure_error_m[0] == pytest.approx(0.0, abs=1e-9)


def test_grid_bearing_is_true_minus_convergence():
    assert to_grid(np.array([90.0]), "true", convergence_deg=1.5)[0] == pytest.approx(88.5)
    assert to_grid(np.array([0.5]), "magnetic", 6.0, 1.5)[0] == pytest.approx(5.0)
    assert to_grid(np.array([1.0]), "true", convergence_deg=2.0)[0] == pytest.approx(359.0)


def test_convergence_is_zero_on_the_central_meridian_and_sin_lat_times_offset_near_it():
    assert grid_convergence(45.0, 40.0, 38) == pytest.approx(0.0)
    # first-order term dλ·sinφ; the series adds under 0.1 % for 1° at 40° N
    gamma = grid_convergence(46.0, 40.0, 38)
    assert gamma == pytest.approx(math.sin(math.radians(40.0)), rel=2e-3)
    assert gamma > math.sin(math.radians(40.0))
    assert grid_convergence(44.0, -40.0, 38) == pytest.approx(gamma)


def test_open_traverse_closure_error_is_the_gap_back_to_the_first_point():
    # 3-4-5: east 30 m, north 40 m, then back west 30 m: ends 40 m north of the start
    t = lay_out(np.zeros(3, int), np.zeros(3, bool), [90, 0, 270], [30, 40, 30], [[0.0, 0.0]])
    assert t.closure_error_m[0] == pytest.approx(40.0)
    assert t.perimeter_m[0] == pytest.approx(30 + 40 + 30 + 40)  # ring closes with a 40 m edge
    assert t.area_m2[0] == pytest.approx(1200.0)


def test_compass_rule_moves_the_last_point_onto_the_first_and_keeps_the_raw_error():
    t = lay_out(
        np.zeros(4, int),
        np.zeros(4, bool),
        [0, 90, 180, 270],
        [100, 100, 100, 96],
        [[0.0, 0.0]],
        adjustment="bowditch",
    )
    assert t.closure_error_m[0] == pytest.approx(4.0)
    # misclosure (+4, 0) spread by distance travelled: 100/396, 200/396, 300/396, 396/396
    assert t.leg_xy[0] == pytest.approx([-4 * 100 / 396, 100])
    assert t.leg_xy[2] == pytest.approx([100 - 4 * 300 / 396, 0])
    assert t.ring_offsets[-1] == 5  # last point fell onto the first: not repeated


def test_approach_legs_lead_to_the_first_turning_point_and_are_not_perimeter():
    t = lay_out(
        np.zeros(5, int),
        np.array([1, 0, 0, 0, 0], bool),
        [45] + SQUARE,
        [math.sqrt(2) * 50] + [100] * 4,
        [[0.0, 0.0]],
    )
    assert t.first_tp[0] == pytest.approx([50, 50])
    assert t.perimeter_legs[0] == 4
    assert t.area_m2[0] == pytest.approx(10_000.0)
    assert t.ring_xy[0] == pytest.approx([50, 50])


def test_several_records_are_laid_out_independently():
    record = np.array([0, 0, 0, 0, 1, 1, 1])
    t = lay_out(
        record,
        np.zeros(7, bool),
        SQUARE + [90, 0, 225],
        [100] * 4 + [10, 10, 10],
        [[0, 0], [1000, 1000]],
    )
    assert t.area_m2 == pytest.approx([10_000.0, 50.0])
    assert t.closure_error_m[1] == pytest.approx(
        math.hypot(10 - 10 / math.sqrt(2), 10 - 10 / math.sqrt(2))
    )


def test_crossing_legs_are_self_intersecting():
    d = 100 * math.sqrt(2)
    t = square([0, 135, 0, 225], [100, d, 100, d], start=[[0.0, 0.0]])
    assert t.self_intersecting[0]


def test_line_output_is_open_with_no_area():
    t = square([0, 90, 180], (100.0,) * 3, start=[[0.0, 0.0]], closed=False)
    assert t.ring_offsets.tolist() == [0, 4]
    assert t.perimeter_m[0] == pytest.approx(300.0)
    assert math.isnan(t.area_m2[0])


def test_turning_points_round_trip_to_the_input_bearings_and_distances():
    az, dist = np.array([12.5, 97.25, 183.0, 301.75]), np.array([55.0, 120.0, 80.5, 99.0])
    t = square(az, dist)
    points = np.vstack([START, t.leg_xy])
    back_az, back_d = inverse(points[:-1], points[1:])
    assert back_az == pytest.approx(az)
    assert back_d == pytest.approx(dist)


def test_ring_measures_of_a_triangle_and_a_line():
    xy = np.array([[0, 0], [4, 0], [0, 3], [0, 0], [10, 10], [13, 14]], float)
    length, area = ring_measures(xy, np.array([0, 4, 6]))
    assert length == pytest.approx([12.0, 5.0])
    assert area[0] == pytest.approx(6.0)


def test_last_point_within_snap_distance_closes_on_the_first_turning_point():
    # 1 m short on the last leg: kept as a vertex by default, snapped with a 2 m tolerance
    args = (np.zeros(4, int), np.zeros(4, bool), SQUARE, [100, 100, 100, 99], [[0.0, 0.0]])
    assert lay_out(*args).ring_offsets[-1] == 6
    snapped = lay_out(*args, snap_m=2.0)
    assert snapped.ring_offsets[-1] == 5
    assert snapped.area_m2[0] == pytest.approx(10_000.0)
    assert snapped.closure_error_m[0] == pytest.approx(1.0)
