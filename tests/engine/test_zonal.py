"""Zonal mean/max of raster cells whose centres lie inside each polygon (by hand)."""

import numpy as np
import pytest

from clearance_planner.engine import zonal
from clearance_planner.engine.geometry import GeometryArrays
from clearance_planner.engine.zonal import zonal_mean_max

# 10 × 10 cells of 10 m, top-left (0, 100); value = 10 * row + col
VALUES = np.arange(100, dtype=float).reshape(10, 10)


def rect(x0, y0, x1, y1):
    return np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], float)


def polys(*features):
    return GeometryArrays.from_parts([list(f) for f in features], polygonal=True)


def test_mean_and_max_of_cells_with_centres_inside():
    # x 0-20 covers columns 0-1, y 80-100 covers rows 0-1: values 0, 1, 10, 11
    mean, peak = zonal_mean_max(polys([rect(0, 80, 20, 100)]), VALUES, 0, 100, 10, 10)
    assert mean[0] == pytest.approx(5.5)
    assert peak[0] == 11


def test_multipart_holes_tiny_and_null_polygons():
    two_parts = [rect(0, 80, 10, 90), rect(90, 0, 100, 10)]  # cells (1, 0)=10 and (9, 9)=99
    with_hole = [rect(20, 20, 50, 50), rect(30, 30, 40, 40)]  # 3 × 3 cells minus the centre
    tiny = [rect(52, 52, 54, 54)]  # no centre inside: the cell under (53, 53) = row 4, col 5
    geom = polys(two_parts, with_hole, tiny, [])
    mean, peak = zonal_mean_max(geom, VALUES, 0, 100, 10, 10)
    assert mean[0] == pytest.approx((10 + 99) / 2) and peak[0] == 99
    ring = [52, 53, 54, 62, 64, 72, 73, 74]  # rows 5-7, columns 2-4 without (6, 3)
    assert mean[1] == pytest.approx(np.mean(ring)) and peak[1] == 74
    assert mean[2] == 45 and peak[2] == 45
    assert np.isnan(mean[3]) and np.isnan(peak[3])


def test_nodata_cells_are_ignored_and_chunks_do_not_change_results(monkeypatch):
    values = VALUES.copy()
    values[0, 0] = np.nan
    geom = polys(*[[rect(0, 100 - 10 * (i + 2), 20, 100)] for i in range(8)])
    mean, peak = zonal_mean_max(geom, values, 0, 100, 10, 10)
    monkeypatch.setattr(zonal, "MAX_PAIRS", 5)
    mean2, peak2 = zonal_mean_max(geom, values, 0, 100, 10, 10)
    assert mean[0] == pytest.approx((1 + 10 + 11) / 3) and peak[0] == 11
    assert np.array_equal(mean, mean2) and np.array_equal(peak, peak2)
