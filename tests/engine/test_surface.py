"""Priority surface engine: grid distances against vector distances, tiling, caps, masks."""

from __future__ import annotations

import math

import numpy as np
import pytest

from clearance_planner.engine.geometry import GeometryArrays, segments
from clearance_planner.engine.segment_distance import point_segment_distance
from clearance_planner.engine.surface import (
    Grid,
    Window,
    cap_distance,
    halo_cells,
    normalise_range,
    render,
    tile_distance,
)
from clearance_planner.qgis_io.raster import burner

CELL = 10.0
GRID = Grid.cover(0.0, 0.0, 400.0, 300.0, CELL)  # 40 × 30 cells


def collect(grid: Grid, n_bands: int):
    """A writer filling full-grid arrays (NaN where not valid)."""
    bands = [np.full((grid.height, grid.width), np.nan) for _ in range(n_bands)]

    def write(window: Window, arrays, valid):
        rows = slice(window.row, window.row + window.height)
        cols = slice(window.col, window.col + window.width)
        for band, array in zip(bands, arrays):
            band[rows, cols] = np.where(valid, array, np.nan)

    return bands, write


def vector_distance(grid: Grid, geom: GeometryArrays) -> np.ndarray:
    """Brute force: distance from every cell centre to the nearest segment/point."""
    x, y = grid.centres(Window(0, 0, grid.height, grid.width))
    px, py = np.meshgrid(x, y)
    seg = segments(geom)
    d = point_segment_distance(px[..., None], py[..., None], seg.x0, seg.y0, seg.x1, seg.y1).min(
        axis=-1
    )
    return d


def test_grid_cover_rounds_up_and_rejects_zero_cells():
    grid = Grid.cover(0, 0, 401, 300, 10)
    assert (grid.width, grid.height, grid.left, grid.top) == (41, 30, 0.0, 300.0)
    with pytest.raises(ValueError):
        Grid.cover(0, 0, 10, 10, 0)


def test_caps_are_where_scores_vanish():
    assert cap_distance("linear", 500) == 500
    assert cap_distance("step", 500) == 500
    # exponential: 2^-(d/D) = 1e-6  ->  d = D log2(1e6)
    assert cap_distance("exponential", 100) == pytest.approx(100 * math.log2(1e6))
    assert cap_distance("gaussian", 100) == pytest.approx(100 * math.sqrt(math.log2(1e6)))
    assert halo_cells("linear", 95, 10) == 10


@pytest.mark.parametrize(
    "parts,polygonal",
    [
        ([[np.array([[123.0, 77.0]])], [np.array([[351.0, 240.0]])]], False),  # points
        ([[np.array([[20.0, 20.0], [180.0, 260.0], [390.0, 150.0]])]], False),  # a line
        (
            [[np.array([[200.0, 100.0], [260.0, 100.0], [260.0, 180.0], [200.0, 100.0]])]],
            True,
        ),  # a triangle
    ],
)
def test_cell_distances_within_half_a_cell_diagonal_of_vector_distances(parts, polygonal):
    geom = GeometryArrays.from_parts(parts, polygonal=polygonal)
    burn = burner(geom, GRID, all_touched=True)
    window = Window(0, 0, GRID.height, GRID.width)
    raster = tile_distance(burn, GRID, window, halo=100)
    exact = vector_distance(GRID, geom)
    if polygonal:  # inside the polygon the vector distance is 0: cells there are burnt
        burnt = burn(window)
        exact = np.where(burnt, np.minimum(exact, raster), exact)
    assert np.isfinite(raster).all()
    assert np.abs(raster - exact).max() <= CELL * math.sqrt(2) / 2 + 1e-9


def test_point_in_one_cell_gives_exact_centre_distances():
    geom = GeometryArrays.from_parts([[np.array([[105.0, 295.0]])]])  # cell row 0, col 10
    raster = tile_distance(burner(geom, GRID, True), GRID, Window(0, 0, 30, 40), halo=100)
    assert raster[0, 10] == 0.0
    assert raster[3, 14] == pytest.approx(50.0)  # 3 rows, 4 columns away
    assert raster[29, 0] == pytest.approx(math.hypot(290, 100))


def test_distances_beyond_the_halo_are_infinite():
    geom = GeometryArrays.from_parts([[np.array([[5.0, 295.0]])]])
    raster = tile_distance(burner(geom, GRID, True), GRID, Window(0, 0, 30, 40), halo=5)
    assert raster[0, 5] == 50.0
    assert np.isinf(raster[0, 6])
    assert np.isinf(raster[29, 39])


def test_targets_outside_the_extent_still_count():
    geom = GeometryArrays.from_parts([[np.array([[-45.0, 155.0]])]])  # 4.5 cells left of grid
    raster = tile_distance(burner(geom, GRID, True), GRID, Window(0, 0, 30, 40), halo=20)
    assert raster[14, 0] == pytest.approx(50.0)


def test_tiled_and_untiled_surfaces_are_identical():
    pts = GeometryArrays.from_parts([[np.array([[33.0, 44.0]])], [np.array([[301.0, 222.0]])]])
    line = GeometryArrays.from_parts([[np.array([[0.0, 290.0], [390.0, 10.0]])]])
    burns = [burner(pts, GRID, True), burner(line, GRID, True)]
    decays = [("linear", 150.0), ("exponential", 20.0)]
    ramp = [  # a raster criterion rising west to east, as a resampled raster would give
        lambda w: np.broadcast_to((w.col + np.arange(w.width)) / GRID.width, (w.height, w.width))
    ]
    results = []
    for tile in (7, 13, None):
        bands, write = collect(GRID, 1 + 3 + 2)
        render(GRID, burns, decays, ramp, [0.5, 0.3, 0.2], write, tile=tile, with_criteria=True)
        results.append(bands)
    for other in results[1:]:
        for a, b in zip(results[0], other):
            assert np.array_equal(a, b, equal_nan=True)


def test_wide_halo_criterion_in_its_own_sub_tiles_gives_the_same_surface(monkeypatch):
    from clearance_planner.engine import surface

    pts = GeometryArrays.from_parts([[np.array([[33.0, 44.0]])], [np.array([[301.0, 222.0]])]])
    line = GeometryArrays.from_parts([[np.array([[0.0, 290.0], [390.0, 10.0]])]])
    burns = [burner(pts, GRID, True), burner(line, GRID, True)]
    decays = [("linear", 40.0), ("exponential", 20.0)]  # halos of 4 and 40 cells
    whole, write = collect(GRID, 1 + 2 + 2)
    render(GRID, burns, decays, [], [0.6, 0.4], write, tile=64, with_criteria=True)
    calls = []
    real = surface.tile_distance

    def spy(burn, grid, window, halo):
        calls.append((halo, window.height, window.width))
        return real(burn, grid, window, halo)

    monkeypatch.setattr(surface, "tile_distance", spy)
    monkeypatch.setattr(surface, "tile_size", lambda halo, *a: 7 if halo > 10 else 64)
    split, write = collect(GRID, 1 + 2 + 2)
    stats = render(GRID, burns, decays, [], [0.6, 0.4], write, with_criteria=True)
    assert stats.tiles == 1  # one output tile (the narrow halo's size) …
    assert {(h, w) for h, hh, w in calls if h == 4} == {(4, 40)}  # … the narrow one whole
    assert max(max(hh, w) for h, hh, w in calls if h == 40) == 7  # the wide one in 7×7 pieces
    for a, b in zip(whole, split):
        assert np.array_equal(a, b, equal_nan=True)
    assert np.isfinite(whole[3]).any() and np.isinf(whole[3]).any()  # capped distances too


def test_scores_combine_weights_by_hand():
    pts = GeometryArrays.from_parts([[np.array([[105.0, 295.0]])]])
    bands, write = collect(GRID, 1 + 1 + 1)
    render(
        GRID, [burner(pts, GRID, True)], [("linear", 100.0)], [], [2.0], write, with_criteria=True
    )
    score, s1, dist = bands
    assert dist[3, 14] == pytest.approx(50.0)
    assert s1[3, 14] == pytest.approx(0.5)
    assert score[3, 14] == pytest.approx(50.0)
    assert score[0, 10] == 100.0
    assert score[29, 39] == 0.0


def test_mask_leaves_cells_outside_as_nodata_and_stats_skip_them():
    pts = GeometryArrays.from_parts([[np.array([[105.0, 295.0]])]])
    square = GeometryArrays.from_parts(
        [[np.array([[0.0, 200.0], [100.0, 200.0], [100.0, 300.0], [0.0, 300.0], [0.0, 200.0]])]],
        polygonal=True,
    )
    bands, write = collect(GRID, 1)
    stats = render(
        GRID,
        [burner(pts, GRID, True)],
        [("linear", 1000.0)],
        [],
        [1.0],
        write,
        mask=burner(square, GRID, all_touched=False),
        tile=16,
    )
    assert np.isfinite(bands[0][:10, :10]).all()
    assert np.isnan(bands[0][10:, :]).all() and np.isnan(bands[0][:, 10:]).all()
    assert stats.valid_cells == 100
    # cell (0, 9) is one cell from the burnt cell (0, 10): 10 m between centres
    assert stats.score_max == pytest.approx(100 * (1 - 10 / 1000))


def test_raster_normalisation_clips_and_scores_nodata_zero():
    values = np.array([np.nan, -5.0, 0.0, 5.0, 10.0, 20.0])
    assert normalise_range(values, 0.0, 10.0).tolist() == [0.0, 0.0, 0.0, 0.5, 1.0, 1.0]
