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
    block_shape,
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


def brute_distance(burnt: np.ndarray, cell: float, cap_cells: int) -> np.ndarray:
    """Brute force over every burnt cell: metres between centres, ``inf`` beyond the cap."""
    rows, cols = np.nonzero(burnt)
    yy, xx = np.indices(burnt.shape)
    if not rows.size:
        return np.full(burnt.shape, np.inf)
    d2 = ((yy[..., None] - rows) ** 2 + (xx[..., None] - cols) ** 2).min(axis=-1)
    return np.where(d2 <= cap_cells**2, np.sqrt(d2.astype(float)) * cell, np.inf)


def array_burner(burnt: np.ndarray):
    """A burner over a fixed boolean array of the grid (nothing burnt outside it)."""

    def burn(window: Window) -> np.ndarray:
        out = np.zeros((window.height, window.width), dtype=bool)
        r0, c0 = max(window.row, 0), max(window.col, 0)
        r1 = min(window.row + window.height, burnt.shape[0])
        c1 = min(window.col + window.width, burnt.shape[1])
        if r1 > r0 and c1 > c0:
            out[r0 - window.row : r1 - window.row, c0 - window.col : c1 - window.col] = burnt[
                r0:r1, c0:c1
            ]
        return out

    return burn


@pytest.mark.parametrize("seed", range(6))
def test_band_distances_equal_a_brute_force_transform_with_the_cap(seed):
    rng = np.random.default_rng(seed)
    grid = Grid.cover(0.0, 0.0, 370.0, 290.0, CELL)  # 37 × 29 cells
    burnt = rng.random((grid.height, grid.width)) < [0.002, 0.01, 0.05][seed % 3]
    cap = [3, 9, 40][seed // 2]
    window = Window(0, 0, grid.height, grid.width)
    got = tile_distance(array_burner(burnt), grid, window, cap)
    assert np.array_equal(got, brute_distance(burnt, CELL, cap))


def test_rows_of_a_band_equal_the_whole_grid_transform():
    rng = np.random.default_rng(7)
    grid = Grid.cover(0.0, 0.0, 400.0, 300.0, CELL)
    burnt = rng.random((grid.height, grid.width)) < 0.01
    burn = array_burner(burnt)
    whole = tile_distance(burn, grid, Window(0, 0, grid.height, grid.width), 12)
    for row, height in ((0, 5), (5, 11), (16, 14)):
        band = tile_distance(burn, grid, Window(row, 0, height, grid.width), 12)
        assert np.array_equal(band, whole[row : row + height])


def test_block_shape_takes_whole_width_bands_within_the_budget():
    grid = Grid.cover(0.0, 0.0, 10_000.0, 10_000.0, 1.0)  # 10,000²
    assert block_shape(grid, 0) == (10_000, 10_000)  # 100 M cells: the whole grid at once
    rows, cols = block_shape(grid, 2_098)  # the bench's exponential criterion
    assert cols == 10_000 and rows % 256 == 0
    assert (rows + 2 * 2_098) * (10_000 + 2 * 2_098) <= 150_000_000
    assert block_shape(grid, 2_098, window_cells=4_000_000) == (256, 256)  # too wide: blocks
    # 4 M // (256 + 200) - 200 = 8,571 columns, down to a multiple of 256
    assert block_shape(grid, 100, window_cells=4_000_000) == (256, 8_448)


@pytest.mark.parametrize("window_cells,blocks", [(2_000, 80), (3_000, 16), (5_000, 2)])
def test_surface_in_small_blocks_equals_one_whole_grid_transform(monkeypatch, window_cells, blocks):
    from clearance_planner.engine import surface

    pts = GeometryArrays.from_parts([[np.array([[33.0, 44.0]])], [np.array([[301.0, 222.0]])]])
    line = GeometryArrays.from_parts([[np.array([[0.0, 290.0], [390.0, 10.0]])]])
    calls = []
    line_burn = burner(line, GRID, True)
    burns = [burner(pts, GRID, True), lambda w: calls.append(w) or line_burn(w)]
    decays = [("linear", 40.0), ("exponential", 10.0)]  # halos of 4 and 20 cells
    whole, write = collect(GRID, 1 + 2 + 2)
    render(GRID, burns, decays, [], [0.6, 0.4], write, with_criteria=True)
    assert len(calls) == 1
    monkeypatch.setattr(surface, "ALIGN", 4)  # blocks of 4-cell multiples on this small grid
    split, write = collect(GRID, 1 + 2 + 2)
    render(
        GRID,
        burns,
        decays,
        [],
        [0.6, 0.4],
        write,
        with_criteria=True,
        window_cells=window_cells,
        tile=7,
    )
    # one transform per block, two where the first reach guessed was too short
    assert blocks <= len(calls) - 1 <= 2 * blocks
    for a, b in zip(whole, split):
        assert np.array_equal(a, b, equal_nan=True)
    assert np.isfinite(whole[3]).any()
    assert np.isinf(whole[3]).any()  # capped distances too


def test_block_transforms_are_cropped_to_the_burnt_cells():
    seen = []
    pts = GeometryArrays.from_parts([[np.array([[105.0, 295.0]])]])  # cell row 0, col 10
    burn = burner(pts, GRID, True)

    def spy(window):
        seen.append(window)
        return burn(window)

    d = tile_distance(spy, GRID, Window(0, 0, 30, 40), halo=1000)  # a huge empty halo
    assert seen == [Window(-1000, -1000, 2030, 2040)]
    assert d[3, 14] == pytest.approx(50.0)
    assert d[29, 39] == pytest.approx(math.hypot(290, 290))


@pytest.mark.parametrize("workers", [1, 2])
def test_cancel_is_checked_between_transforms(monkeypatch, workers):
    from clearance_planner.engine import surface
    from clearance_planner.engine.progress import OperationCancelled

    monkeypatch.setattr(surface, "WORKERS", workers)

    pts = GeometryArrays.from_parts([[np.array([[105.0, 295.0]])]])
    calls = []
    bands, write = collect(GRID, 1)
    with pytest.raises(OperationCancelled):
        render(
            GRID,
            [burner(pts, GRID, True)] * 3,
            [("linear", 100.0)] * 3,
            [],
            [1, 1, 1],
            write,
            progress=calls.append,
            cancelled=lambda: len(calls) >= 2,
        )
    # stopped before the third criterion's transform (with 2 workers it may have started
    # while the second was running) and before any tile was written
    assert len(calls) == 2 if workers == 1 else 2 <= len(calls) <= 3
    assert np.isnan(bands[0]).all()


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


def masked_point_surface(ring: list, tile: int):
    """Bands and stats of one linear 1 km criterion (a point at 105, 295) on GRID, masked
    to the polygon ``ring``."""
    pts = GeometryArrays.from_parts([[np.array([[105.0, 295.0]])]])
    mask = GeometryArrays.from_parts([[np.array(ring)]], polygonal=True)
    bands, write = collect(GRID, 1)
    stats = render(
        GRID,
        [burner(pts, GRID, True)],
        [("linear", 1000.0)],
        [],
        [1.0],
        write,
        mask=burner(mask, GRID, all_touched=False),
        tile=tile,
    )
    return bands, stats


def test_mask_leaves_cells_outside_as_nodata_and_stats_skip_them():
    square = [[0.0, 200.0], [100.0, 200.0], [100.0, 300.0], [0.0, 300.0], [0.0, 200.0]]
    bands, stats = masked_point_surface(square, tile=16)
    assert np.isfinite(bands[0][:10, :10]).all()
    assert np.isnan(bands[0][10:, :]).all() and np.isnan(bands[0][:, 10:]).all()
    assert stats.valid_cells == 100
    # cell (0, 9) is one cell from the burnt cell (0, 10): 10 m between centres
    assert stats.score_max == pytest.approx(100 * (1 - 10 / 1000))


def test_raster_normalisation_clips_and_scores_nodata_zero():
    values = np.array([np.nan, -5.0, 0.0, 5.0, 10.0, 20.0])
    assert normalise_range(values, 0.0, 10.0).tolist() == [0.0, 0.0, 0.0, 0.5, 1.0, 1.0]


def test_burnt_cells_do_not_depend_on_the_window_origin():
    # GDAL's all-touched rasteriser burns cell (21, 30) for this line in a window starting at
    # (8, 8) but not in one starting at (-20, -20): windows are assembled from fixed chunks
    line = GeometryArrays.from_parts([[np.array([[0.0, 290.0], [390.0, 10.0]])]])
    burn = burner(line, GRID, True)
    whole = burn(Window(-20, -20, 70, 80))[20:50, 20:60]
    for window in (Window(8, 8, 44, 68), Window(8, -20, 44, 68), Window(21, 30, 1, 1)):
        part = burn(window)
        r1, c1 = min(window.row + window.height, 30), min(window.col + window.width, 40)
        r0, c0 = max(window.row, 0), max(window.col, 0)
        inside = part[r0 - window.row : r1 - window.row, c0 - window.col : c1 - window.col]
        assert np.array_equal(inside, whole[r0:r1, c0:c1])


def test_direct_feature_transform_equals_scipys_public_one():
    from scipy.ndimage import distance_transform_edt

    from clearance_planner.engine.surface import feature_transform

    burnt = np.random.default_rng(3).random((23, 31)) < 0.03
    public = distance_transform_edt(~burnt, return_distances=False, return_indices=True)
    assert np.array_equal(feature_transform(burnt), public)


def padded_burner(burnt: np.ndarray, pad: int, bounded: bool):
    """A burner over ``burnt``, an array of the grid grown by ``pad`` cells on every side
    (targets outside the grid count); with ``bounded`` it tells the cells it can burn."""
    inner = array_burner(burnt)

    def burn(window: Window) -> np.ndarray:
        return inner(Window(window.row + pad, window.col + pad, window.height, window.width))

    if bounded:
        rows, cols = np.nonzero(burnt)
        burn.cells = Window(
            int(rows.min()) - pad,
            int(cols.min()) - pad,
            int(rows.max() - rows.min()) + 1,
            int(cols.max() - cols.min()) + 1,
        )
    return burn


def test_two_workers_and_queued_blocks_give_the_surface_of_one(monkeypatch):
    from clearance_planner.engine import surface

    rng = np.random.default_rng(11)
    burns = [array_burner(rng.random((30, 40)) < p) for p in (0.002, 0.01, 0.03)]
    decays = [("linear", 80.0), ("exponential", 15.0), ("gaussian", 40.0)]
    results = []
    for workers, lookahead in ((1, 1), (2, 2), (2, 3)):
        monkeypatch.setattr(surface, "WORKERS", workers)
        monkeypatch.setattr(surface, "LOOKAHEAD", lookahead)
        monkeypatch.setattr(surface, "BAND_ROWS", 8)
        monkeypatch.setattr(surface, "ALIGN", 4)
        bands, write = collect(GRID, 1 + 3 + 3)
        render(GRID, burns, decays, [], [0.5, 0.3, 0.2], write, with_criteria=True)
        results.append(bands)
    for other in results[1:]:
        for a, b in zip(results[0], other):
            assert np.array_equal(a, b, equal_nan=True)
    assert np.isfinite(results[0][4]).any() and np.isinf(results[0][4]).any()


def test_each_transform_holds_the_cells_of_the_window_it_burns():
    from contextlib import contextmanager

    from clearance_planner.engine import surface

    burnt = np.zeros((30, 40), dtype=bool)
    burnt[0, 0] = burnt[29, 39] = True  # the far corner needs a second, longer reach
    seen, held = [], []
    inner = array_burner(burnt)

    def burn(window):
        seen.append(window.height * window.width)
        return inner(window)

    @contextmanager
    def hold(cells):
        held.append(cells)
        yield

    got, need = surface.block_distance2(burn, Window(10, 0, 10, 40), 30, 2, hold)
    assert held == seen == [14 * 44, (10 + need[0] + need[1]) * (40 + need[2] + need[3])]
    assert got[0, 0] == 100  # 10 rows below the top-left target


@pytest.mark.parametrize("lookahead", [1, 2, 3])
def test_transforms_are_queued_lookahead_blocks_ahead_of_the_block_written(monkeypatch, lookahead):
    from clearance_planner.engine import surface

    monkeypatch.setattr(surface, "BAND_ROWS", 8)
    monkeypatch.setattr(surface, "ALIGN", 4)
    monkeypatch.setattr(surface, "LOOKAHEAD", lookahead)
    events = []
    submit = surface._Distances.submit
    monkeypatch.setattr(
        surface._Distances,
        "submit",
        lambda self, block: events.append(("submit", block.row)) or submit(self, block),
    )
    rng = np.random.default_rng(5)
    burns = [array_burner(rng.random((30, 40)) < 0.01) for _ in range(2)]
    bands, write = collect(GRID, 1)

    def writes(window, arrays, valid):
        if not events or events[-1] != ("write", window.row // 8 * 8):
            events.append(("write", window.row // 8 * 8))
        write(window, arrays, valid)

    render(GRID, burns, [("linear", 80.0)] * 2, [], [1, 1], writes, tile=8)
    rows = [0, 8, 16, 24]
    expected = [("submit", r) for r in rows[:lookahead]]
    for k, row in enumerate(rows):
        expected += [("submit", rows[k + lookahead])] if k + lookahead < len(rows) else []
        expected.append(("write", row))
    assert events == expected
    assert np.isfinite(bands[0]).all()


@pytest.mark.parametrize("seed", range(12))
def test_bands_with_guessed_reaches_equal_one_whole_grid_edt(monkeypatch, seed):
    from scipy.ndimage import distance_transform_edt

    from clearance_planner.engine import surface

    rng = np.random.default_rng(100 + seed)
    height, width, pad = int(rng.integers(20, 60)), int(rng.integers(20, 60)), 15
    burnt = rng.random((height + 2 * pad, width + 2 * pad)) < [0.0005, 0.003, 0.02][seed % 3]
    burnt[rng.integers(0, height + 2 * pad), rng.integers(0, width + 2 * pad)] = True
    halo = int(rng.integers(1, 40))
    exact = distance_transform_edt(~burnt)[pad:-pad, pad:-pad] ** 2  # whole grid, no halo
    expected = np.where(np.rint(exact) <= halo * halo, np.rint(exact), -1).astype(np.int32)
    monkeypatch.setattr(surface, "ALIGN", 1)
    monkeypatch.setattr(surface, "BAND_ROWS", int(rng.integers(1, 12)))
    burn = padded_burner(burnt, pad, bounded=seed % 2 == 0)
    row = 0
    while row < height:
        rows = min(surface.BAND_ROWS, height - row)
        band = Window(row, 0, rows, width)
        got, need = surface.block_distance2(burn, band, halo, int(rng.integers(0, halo + 1)))
        assert np.array_equal(got, expected[row : row + rows])
        assert all(0 <= n <= halo for n in need)
        row += rows


@pytest.mark.parametrize("seed", range(12))
def test_blocks_with_a_reach_per_side_equal_one_whole_grid_edt(seed):
    from scipy.ndimage import distance_transform_edt

    from clearance_planner.engine import surface

    rng = np.random.default_rng(300 + seed)
    height, width, pad = int(rng.integers(20, 60)), int(rng.integers(20, 60)), 15
    burnt = rng.random((height + 2 * pad, width + 2 * pad)) < [0.0005, 0.003, 0.02][seed % 3]
    burnt[rng.integers(0, height + 2 * pad), rng.integers(0, width + 2 * pad)] = True
    halo = int(rng.integers(1, 40))
    exact = np.rint(distance_transform_edt(~burnt)[pad:-pad, pad:-pad] ** 2)
    expected = np.where(exact <= halo * halo, exact, -1).astype(np.int32)
    burn = padded_burner(burnt, pad, bounded=seed % 2 == 0)
    rows = np.unique(np.r_[0, rng.integers(0, height, 2), height])
    cols = np.unique(np.r_[0, rng.integers(0, width, 2), width])
    for r0, r1 in zip(rows[:-1], rows[1:]):
        for c0, c1 in zip(cols[:-1], cols[1:]):
            block = Window(int(r0), int(c0), int(r1 - r0), int(c1 - c0))
            first = tuple(int(r) for r in rng.integers(0, halo + 1, 4))
            got, need = surface.block_distance2(burn, block, halo, first)
            assert np.array_equal(got, expected[r0:r1, c0:c1])
            assert all(0 <= n <= halo for n in need)
            # the reach found per side is enough: no second transform, the same distances
            again, _ = surface.block_distance2(burn, block, halo, need)
            assert np.array_equal(again, got)


def test_needed_sides_differ_per_side():
    from clearance_planner.engine.surface import needed_sides

    d2 = np.full((5, 8), 4, dtype=np.int32)  # every cell 2 cells from a target
    assert needed_sides(d2, Window(0, 0, 5, 8), 10, None) == (1, 1, 1, 1)
    d2[1, 6] = 36  # 6 cells: 1 row below the top, 3 above the bottom, 6 / 1 from left / right
    assert needed_sides(d2, Window(0, 0, 5, 8), 10, None) == (4, 2, 1, 4)
    # nothing can burn above row -2 or right of column 8: those sides need at most 2 and 1
    assert needed_sides(d2, Window(0, 0, 5, 8), 10, Window(-2, -9, 20, 18)) == (2, 2, 1, 1)


def test_next_reach_takes_the_shared_edge_from_the_block_above_or_left():
    from clearance_planner.engine.surface import next_reach

    need = (0, 160, 40, 200)  # top, bottom, left, right of the block done
    done = Window(0, 0, 100, 50)
    most = 200 + 50 + 8
    below = next_reach(need, done, Window(100, 0, 100, 50))
    assert below == (160 + 20 + 8, most, most, most)
    right = next_reach(need, done, Window(0, 50, 100, 50))
    assert right == (most, most, 200 + 25 + 8, most)
    # the first block of the next row of narrow blocks borders neither edge
    assert next_reach(need, Window(0, 50, 100, 50), Window(100, 0, 100, 50)) == (most,) * 4


def test_needed_reach_is_the_distance_beyond_the_window_edge():
    from clearance_planner.engine.surface import needed_reach

    d2 = np.full((5, 8), 4, dtype=np.int32)  # every cell 2 cells from a target
    assert needed_reach(d2, Window(0, 0, 5, 8), 10, None) == 1  # edge cells: d - 1 - 0
    d2[2, 4] = 49  # 7 cells, 2 rows from the top and bottom edges, 3 from the right
    assert needed_reach(d2, Window(0, 0, 5, 8), 10, None) == 4  # 7 - 1 - 2
    # with a cap of 3 cells that cell only has to be known beyond the cap: 3 - 2
    assert needed_reach(d2, Window(0, 0, 5, 8), 3, None) == 1
    d2[0, 4] = 49  # on the top edge: the whole cap
    assert needed_reach(d2, Window(0, 0, 5, 8), 3, None) == 3
    d2[0, 4] = 4
    d2[2, 4] = -1  # nothing found: known only once the reach covers the cap (10 - 2)
    assert needed_reach(d2, Window(0, 0, 5, 8), 10, None) == 8
    # every burnable cell is within 1 cell of the window: 1 is enough whatever was found
    assert needed_reach(d2, Window(0, 0, 5, 8), 10, Window(-1, -1, 7, 10)) == 1


@pytest.mark.parametrize("decay", ["linear", "exponential", "gaussian", "step"])
def test_score_table_gives_the_scores_of_the_cells_bit_for_bit(decay):
    from clearance_planner.engine.scoring import value
    from clearance_planner.engine.surface import metres, score_table

    d2 = np.random.default_rng(5).integers(-1, 90_000, (40, 50)).astype(np.int32)
    d2[0, :3] = (-1, 0, 89_999)
    table = score_table(d2, decay, 1234.5, 7.925)
    assert np.array_equal(table[d2], value(metres(d2, 7.925), decay, 1234.5))
    assert table[-1] == value(np.inf, decay, 1234.5) and table[0] == 1.0


def test_bands_masked_out_entirely_are_nodata_and_the_others_scored(monkeypatch):
    from clearance_planner.engine import surface

    monkeypatch.setattr(surface, "ALIGN", 4)
    monkeypatch.setattr(surface, "BAND_ROWS", 8)  # bands of 8 rows: the last two masked out
    top = [[0.0, 150.0], [400.0, 150.0], [400.0, 300.0], [0.0, 300.0], [0.0, 150.0]]
    bands, stats = masked_point_surface(top, tile=8)
    assert np.isfinite(bands[0][:15]).all() and np.isnan(bands[0][15:]).all()
    assert stats.valid_cells == 15 * 40 and stats.score_max == 100.0
