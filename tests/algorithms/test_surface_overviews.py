"""The surface's overviews, computed while the cells are written (qgis_io.raster.Pyramid)."""

from __future__ import annotations

import numpy as np
import rasterio

from clearance_planner.qgis_io.raster import Pyramid
from tests.algorithms.test_surface import run
from tests.qgis_support import memory_layer


def cascade(cells: np.ndarray, levels: int) -> list[np.ndarray]:
    """Each level the nan-mean of the 2 × 2 cells of the level below (edges padded)."""
    out = []
    for _ in range(levels):
        h, w = cells.shape
        padded = np.full((h + h % 2, w + w % 2), np.nan)
        padded[:h, :w] = cells
        quads = padded.reshape(padded.shape[0] // 2, 2, padded.shape[1] // 2, 2)
        valid = (~np.isnan(quads)).sum(axis=(1, 3))
        total = np.nansum(quads, axis=(1, 3))
        with np.errstate(invalid="ignore"):
            cells = (total / valid).astype(np.float32)
        out.append(cells)
    return out


def built(cells: np.ndarray, levels: int, windows) -> list[np.ndarray]:
    h, w = cells.shape
    got = [np.full(((h + 2**k - 1) // 2**k, (w + 2**k - 1) // 2**k), -1.0) for k in range(1, 9)]
    filled = [np.zeros(g.shape, dtype=int) for g in got]

    def emit(level, row, rows):
        got[level][row : row + len(rows)] = rows
        filled[level][row : row + len(rows)] += 1

    pyramid = Pyramid(w, h, levels, emit)
    for r, c, hh, ww in windows:
        pyramid.add(r, c, cells[r : r + hh, c : c + ww])
    assert pyramid.done()
    assert all((f == 1).all() for f in filled[:levels])  # every row emitted once
    return got[:levels]


def test_pyramid_in_any_window_order_equals_the_cascaded_mean_of_valid_cells():
    rng = np.random.default_rng(7)
    for _ in range(20):
        h, w = rng.integers(1, 90, 2)
        cells = (rng.random((h, w)) * 100).astype(np.float32)
        cells[rng.random((h, w)) < 0.3] = np.nan
        levels = int(rng.integers(1, 6))
        rows = np.unique(np.r_[0, rng.integers(0, h, 3), h])
        cols = np.unique(np.r_[0, rng.integers(0, w, 3), w])
        windows = [
            (r0, c0, r1 - r0, c1 - c0)
            for r0, r1 in zip(rows[:-1], rows[1:])
            for c0, c1 in zip(cols[:-1], cols[1:])
        ]
        rng.shuffle(windows)
        for got, want in zip(built(cells, levels, windows), cascade(cells, levels)):
            np.testing.assert_array_equal(got, want)


def test_pyramid_of_a_3_by_5_grid_by_hand():
    nan = np.nan
    cells = np.array([[1, 2, 3, 4, 5], [3, nan, 5, nan, 7], [nan, nan, 8, 9, 10]], np.float32)
    one, two = built(cells, 2, [(0, 0, 3, 2), (0, 2, 3, 3)])
    # (1+2+3)/3, (3+5+4)/3, (5+7)/2 ; then nan, (8+9)/2, 10
    np.testing.assert_array_equal(one, np.array([[2, 4, 6], [nan, 8.5, 10]], np.float32))
    np.testing.assert_array_equal(two, np.array([[(2 + 4 + 8.5) / 3, 8]], np.float32))


def test_surface_overviews_are_the_cascaded_means_of_the_written_cells(
    clearance_provider, tmp_path
):
    settlements = memory_layer("Point", ["POINT(420 970)", "POINT(1600 200)"])
    mask = memory_layer("Polygon", ["POLYGON((0 0, 3000 0, 3000 2000, 0 5000, 0 0))"])
    params = {"EXTENT": "0,6010,0,5030 [EPSG:32638]", "SETTLEMENTS": settlements, "MASK": mask}
    out = run({**params, "CELL_SIZE": 10}, tmp_path)
    with rasterio.open(out) as ds:
        assert ds.overviews(1) == [2, 4]
        cells = ds.read(1, masked=True).filled(np.nan)
        want = cascade(cells, 2)
        for k, factor in enumerate(ds.overviews(1)):
            with rasterio.open(out, overview_level=k) as level:
                got = level.read(1, masked=True).filled(np.nan)
            assert got.shape == ((503 + factor - 1) // factor, (601 + factor - 1) // factor)
            np.testing.assert_array_equal(got, want[k])
    assert np.isnan(want[1]).any() and not np.isnan(want[1]).all()
