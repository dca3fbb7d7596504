"""Priority surface on a regular grid: one exact Euclidean distance transform per criterion
and band of rows, scored and written tile by tile.

Each criterion's targets are burnt into a boolean window (by the caller) and
``scipy.ndimage.distance_transform_edt`` (its feature transform) gives, per cell centre, the
nearest burnt cell centre. A criterion's *cap* is the distance beyond which its score is 0
(linear, step) or below ``TAIL`` (exponential, gaussian); ``halo`` cells reach it.

The grid is cut into **blocks**: whole-width bands of rows (narrower blocks only when the
budget ``BAND_WINDOW_CELLS`` does not allow the whole width). Each block is extended by a
*reach* per side (top, bottom, left, right), burnt, cropped to the burnt cells (empty rows and
columns change no distance), and transformed once; where a side's reach was too short for
some distance to be certain (:func:`needed_sides`), once more with the reach it needs (at most
the cap). Every distance kept is the exact grid distance, so blocks, reaches, output tiles and
one whole-grid transform give identical results, and memory depends on the budget, not the
grid.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from functools import partial

import numpy as np
from scipy.ndimage import _nd_image, distance_transform_edt

from .progress import CancelFn, ProgressFn, check_cancel
from .scoring import normalise_weights, value
from .text import QT_TR_NOOP, Text

TAIL = 1e-6  # exponential/gaussian scores below this are 0 on the surface
# cells of one block plus its halo: the burnt window (1 B/cell) and the feature transform
# (10 B/cell of the cropped window) stay within about 1.6 GB
BAND_WINDOW_CELLS = 150_000_000
MAX_WINDOW_CELLS = BAND_WINDOW_CELLS
ALIGN = 256  # block edges fall on the GeoTIFF's 256-cell blocks
MAX_TILE = 2048
OUTPUT_TILE = 1024  # default output tile (scores and bands held at once)
CHUNK_ROWS = 256  # rows of feature transform turned into distances at a time
# rows of a band (when the budget allows more): the transform's column pass stays in cache
BAND_ROWS = 2048
WORKERS = 2  # criteria transformed at once
LOOKAHEAD = 2  # blocks whose transforms are queued ahead of the one being scored


@dataclass(frozen=True)
class Grid:
    """A north-up grid: ``width`` × ``height`` cells of ``cell`` metres, top-left corner at
    (``left``, ``top``)."""

    left: float
    top: float
    cell: float
    width: int
    height: int

    @classmethod
    def cover(cls, xmin: float, ymin: float, xmax: float, ymax: float, cell: float) -> Grid:
        """The smallest grid of ``cell`` metres anchored at (xmin, ymax) covering the box."""
        if not cell > 0:
            raise ValueError(Text(QT_TR_NOOP("cell size must be > 0, got {0}"), cell))
        width = max(1, math.ceil((xmax - xmin) / cell - 1e-9))
        height = max(1, math.ceil((ymax - ymin) / cell - 1e-9))
        return cls(float(xmin), float(ymax), float(cell), width, height)

    @property
    def n_cells(self) -> int:
        return self.width * self.height

    def centres(self, window: Window) -> tuple[np.ndarray, np.ndarray]:
        """x (columns) and y (rows) of the cell centres of ``window``."""
        x = self.left + (window.col + np.arange(window.width) + 0.5) * self.cell
        y = self.top - (window.row + np.arange(window.height) + 0.5) * self.cell
        return x, y


@dataclass(frozen=True)
class Window:
    """Cells ``row:row + height`` × ``col:col + width`` of a grid (may reach outside it)."""

    row: int
    col: int
    height: int
    width: int

    def grown(self, cells: int) -> Window:
        return self.extended((cells,) * 4)

    def extended(self, sides: Sides) -> Window:
        """The window with ``sides`` = (top, bottom, left, right) more cells around it."""
        top, bottom, left, right = sides
        return Window(
            self.row - top, self.col - left, self.height + top + bottom, self.width + left + right
        )


Sides = tuple[int, int, int, int]  # cells beyond a window's top, bottom, left and right edges


def cap_distance(decay: str, distance: float) -> float:
    """Distance beyond which the criterion's score is 0 (or below ``TAIL``)."""
    if decay in ("linear", "step") or distance == 0:
        return float(distance)
    halvings = math.log2(1.0 / TAIL)
    if decay == "exponential":
        return float(distance) * halvings
    if decay == "gaussian":
        return float(distance) * math.sqrt(halvings)
    raise ValueError(Text(QT_TR_NOOP("unknown decay {0!r}"), decay))


def halo_cells(decay: str, distance: float, cell: float) -> int:
    """Halo (cells) that makes every distance up to the cap exact in a tile."""
    return math.ceil(cap_distance(decay, distance) / cell - 1e-9)


def block_shape(grid: Grid, halo: int, window_cells: int | None = None) -> tuple[int, int]:
    """Rows and columns of the blocks one transform covers: whole-width bands (a multiple of
    ``ALIGN`` rows, or the whole grid) whose window with the halo stays within
    ``window_cells``; blocks of ``ALIGN`` rows and fewer columns when even that does not fit."""
    budget = BAND_WINDOW_CELLS if window_cells is None else window_cells
    rows = budget // (grid.width + 2 * halo) - 2 * halo
    if rows >= grid.height:
        return grid.height, grid.width
    if rows >= ALIGN:
        return rows // ALIGN * ALIGN, grid.width
    cols = budget // (ALIGN + 2 * halo) - 2 * halo
    return ALIGN, min(grid.width, max(ALIGN, cols // ALIGN * ALIGN))


def window_cells(block: int, halo: int) -> int:
    """Cells of the window of a ``block`` × ``block`` block: the block plus its halo."""
    return (block + 2 * halo) ** 2


def min_cell_size(decays: list[tuple[str, float]], block: int = ALIGN) -> float:
    """The smallest cell size (m) for which a ``block`` cells block keeps every criterion's
    window within ``MAX_WINDOW_CELLS``."""
    cap = max((cap_distance(d, s) for d, s in decays), default=0.0)
    room = (math.isqrt(MAX_WINDOW_CELLS) - block) / 2
    return cap / room if room > 0 else math.inf


def tiles(area: Window, size: int) -> Iterator[Window]:
    """Row-major tiles of at most ``size`` × ``size`` cells covering ``area``."""
    for row in range(area.row, area.row + area.height, size):
        for col in range(area.col, area.col + area.width, size):
            yield Window(
                row,
                col,
                min(size, area.row + area.height - row),
                min(size, area.col + area.width - col),
            )


def block_distance2(
    burn: Callable[[Window], np.ndarray],
    window: Window,
    halo: int,
    reach: int | Sides | None = None,
    hold: Callable[[int], AbstractContextManager] | None = None,
) -> tuple[np.ndarray, Sides]:
    """Squared distance (cells², int32) from each cell centre of ``window`` to the nearest
    burnt cell centre; -1 beyond ``halo`` cells (the cap) or when nothing is burnt nearby.
    Also the reach (cells looked beyond the window's top, bottom, left, right) it needed.

    ``burn(w)`` returns a boolean ``(w.height, w.width)`` array: True where a target touches;
    its optional attribute ``cells`` (a :class:`Window`) holds every cell it can burn. The
    window is first extended by ``reach`` cells, one number or one per side (default: the
    cap). Every distance found that no burnt cell outside the extended window can beat is
    exact (see :func:`needed_sides`); if some cell is not, the block is transformed once more
    with the reach each side needs (at most the cap, where every distance up to the cap is
    exact). Exact distances do not depend on the window, so neither the reach nor the blocks
    change a value. ``hold(cells)``, when given, is entered around each transform with the
    cells of its extended window (a memory budget shared by threads).
    """
    sides = (halo if reach is None else reach,) * 4 if not isinstance(reach, tuple) else reach
    tried: Sides = tuple(max(0, min(r, halo)) for r in sides)
    hold = hold or (lambda cells: nullcontext())
    d2 = _window_distance2(burn, window, tried, hold)
    need = needed_sides(d2, window, halo, getattr(burn, "cells", None))
    if any(n > r for n, r in zip(need, tried)):
        del d2
        d2 = _window_distance2(burn, window, need, hold)
    np.putmask(d2, d2 > halo * halo, -1)
    return d2, need


def needed_reach(d2: np.ndarray, window: Window, halo: int, cells: Window | None) -> int:
    """The largest of :func:`needed_sides`: one reach for every side."""
    return max(needed_sides(d2, window, halo, cells))


def needed_sides(d2: np.ndarray, window: Window, halo: int, cells: Window | None) -> Sides:
    """The smallest reach beyond each side of ``window`` (top, bottom, left, right) at which
    every distance of ``d2`` (found in some window, -1 where nothing was found) is exact or
    known to exceed the cap.

    A burnt cell outside a window extended by ``r`` on one side is more than ``r + t`` cells
    from a cell ``t`` cells inside that edge, so a distance found ``d <= r + t + 1`` is exact
    against every burnt cell beyond that side, and so is "beyond the cap" once ``r + t >=
    halo``. Each side therefore needs ``r >= min(d - 1, halo) - t`` over its cells, unless the
    extended window already covers every cell ``burn`` can reach on that side (``cells``); a
    burnt cell outside the window lies beyond at least one side."""
    if not d2.size:
        return (0, 0, 0, 0)
    far = np.uint32(halo * halo)
    big = d2.view(np.uint32)  # -1 (nothing found) becomes the largest value
    rows, cols = big.max(axis=1), big.max(axis=0)
    need = []
    for line, covered in zip((rows, rows[::-1], cols, cols[::-1]), covering(window, cells)):
        short = np.where(line > far, halo, np.ceil(np.sqrt(line, dtype=np.float64)) - 1)
        side = int((short - np.arange(line.size)).max())
        side = side if covered is None else min(side, covered)
        need.append(max(0, min(side, halo)))
    return tuple(need)


def covering(window: Window, cells: Window | None) -> tuple[int | None, ...]:
    """Cells beyond each side of ``window`` (top, bottom, left, right) to the far edge of
    ``cells`` (``None`` without ``cells``): a reach that covers every cell burnt there."""
    if cells is None:
        return (None,) * 4
    return (
        window.row - cells.row,
        cells.row + cells.height - window.row - window.height,
        window.col - cells.col,
        cells.col + cells.width - window.col - window.width,
    )


def next_reach(need: Sides, done: Window, block: Window) -> Sides:
    """The reach to try first on ``block`` from the reach each side of the criterion's
    previous block ``done`` needed. Where ``block`` continues ``done`` below (or to the right),
    its top (left) side needs about what ``done``'s bottom (right) side needed: both are set by
    the distances of the cells along the edge they share; that plus an eighth. Every other side
    gets a quarter more than the most any side of ``done`` needed (a second transform costs
    more than the margin)."""
    most = max(need) + max(need) // 4 + 8
    below = block.row == done.row + done.height and (block.col, block.width) == (
        done.col,
        done.width,
    )
    right = block.col == done.col + done.width and (block.row, block.height) == (
        done.row,
        done.height,
    )
    top = need[1] + need[1] // 8 + 8 if below else most
    left = need[3] + need[3] // 8 + 8 if right else most
    return (top, most, left, most)


def _window_distance2(
    burn: Callable[[Window], np.ndarray],
    window: Window,
    reach: Sides,
    hold: Callable[[int], AbstractContextManager],
) -> np.ndarray:
    """Squared distances (int32, -1 where nothing is burnt) found in ``window`` extended by
    ``reach`` (top, bottom, left, right) cells: one feature transform of the extended window
    cropped to its burnt cells."""
    extended = window.extended(reach)
    with hold(extended.height * extended.width):
        return _transformed(burn, window, extended, reach)


def _transformed(
    burn: Callable[[Window], np.ndarray], window: Window, extended: Window, reach: Sides
) -> np.ndarray:
    """The squares of :func:`_window_distance2` once its memory is held."""
    out = np.full((window.height, window.width), -1, dtype=np.int32)
    burnt = np.asarray(burn(extended), dtype=bool)
    rows, cols = np.flatnonzero(burnt.any(axis=1)), np.flatnonzero(burnt.any(axis=0))
    if not rows.size:
        return out
    # crop to the core and the burnt cells: the empty rows and columns around change nothing
    above, left_of = reach[0], reach[2]
    r0, c0 = min(above, int(rows[0])), min(left_of, int(cols[0]))
    r1 = max(above + window.height, int(rows[-1]) + 1)
    c1 = max(left_of + window.width, int(cols[-1]) + 1)
    ft = feature_transform(burnt[r0:r1, c0:c1])
    del burnt
    top, left = above - r0, left_of - c0
    wide = max(r1 - r0, c1 - c0) >= 32_768  # int32 squares could overflow
    kind = np.int64 if wide else np.int32
    x = np.arange(left, left + window.width, dtype=kind)
    for i in range(0, window.height, CHUNK_ROWS):
        h = min(CHUNK_ROWS, window.height - i)
        y = np.arange(top + i, top + i + h, dtype=kind)[:, None]
        dy = ft[0, top + i : top + i + h, left : left + window.width] - y
        dx = ft[1, top + i : top + i + h, left : left + window.width] - x
        dy *= dy
        dx *= dx
        dy += dx
        out[i : i + h] = dy
    return out


def feature_transform(burnt: np.ndarray) -> np.ndarray:
    """Row and column (int32, ``(2, h, w)``) of the nearest burnt cell of every cell: scipy's
    exact Euclidean feature transform, called directly when this scipy has it so that no
    8-byte-per-cell copy of the input is made (``distance_transform_edt`` makes one). The
    two coordinates of a cell are stored side by side (a ``(h, w, 2)`` array seen as
    ``(2, h, w)``): the column pass then touches one cache line per cell instead of two."""
    direct = getattr(_nd_image, "euclidean_feature_transform", None)
    if direct is None:  # pragma: no cover - a scipy without the private function
        return distance_transform_edt(~burnt, return_distances=False, return_indices=True)
    free = (~burnt).view(np.int8)  # 1 where no target: the input scipy makes itself
    ft = np.zeros((*burnt.shape, 2), dtype=np.int32).transpose(2, 0, 1)
    direct(free, None, ft)
    return ft


def metres(d2: np.ndarray, cell: float) -> np.ndarray:
    """Distances (m) from :func:`block_distance2` squares; ``inf`` where -1 (beyond the cap)."""
    out = np.sqrt(np.maximum(d2, 0), dtype=np.float64)
    out *= cell
    np.putmask(out, d2 < 0, np.inf)
    return out


def tile_distance(
    burn: Callable[[Window], np.ndarray], grid: Grid, window: Window, halo: int
) -> np.ndarray:
    """Metres from each cell centre of ``window`` to the nearest burnt cell centre; ``inf``
    beyond ``halo`` cells (the cap) or when nothing is burnt nearby (one transform)."""
    return metres(block_distance2(burn, window, halo)[0], grid.cell)


def score_table(d2: np.ndarray, decay: str, scale: float, cell: float) -> np.ndarray:
    """Score 0–1 of every square ``0 .. d2.max()`` of :func:`block_distance2`, then of -1
    (beyond the cap) last, so that ``table[d2]`` scores a block: the same formula on the same
    distances as scoring the cells one by one, for a fraction of the cells."""
    squares = np.append(np.arange(max(int(d2.max(initial=-1)), -1) + 1, dtype=np.int64), -1)
    return value(metres(squares, cell), decay, scale)


def tile_scores(
    parts: list[np.ndarray], rasters: list[np.ndarray], weights: np.ndarray
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Priority score 0–100 of a tile from each vector criterion's 0–1 score (``parts``) and
    the raster criteria, and all the criteria's 0–1 scores (vector then raster).

    ``weights`` are normalised over vector and raster criteria together.
    """
    scores = parts + [np.clip(r, 0.0, 1.0) for r in rasters]
    total = np.zeros_like(scores[0])
    for w, s in zip(weights, scores):
        total += w * s
    return 100.0 * total, scores


def normalise_range(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """Raster values to 0–1 over ``[low, high]`` (clipped); NaN (nodata) scores 0."""
    if not high > low:
        out = np.where(values >= high, 1.0, 0.0)
    else:
        out = np.clip((values - low) / (high - low), 0.0, 1.0)
    return np.where(np.isnan(values), 0.0, out)


@dataclass(frozen=True)
class SurfaceStats:
    """Summary of the written score band (valid cells only)."""

    cells: int
    valid_cells: int
    score_min: float
    score_max: float
    score_mean: float
    tile: int
    tiles: int


def render(
    grid: Grid,
    burns: list[Callable[[Window], np.ndarray]],
    decays: list[tuple[str, float]],
    rasters: list[Callable[[Window], np.ndarray]],
    weights,
    write: Callable[[Window, list[np.ndarray], np.ndarray], None],
    mask: Callable[[Window], np.ndarray] | None = None,
    tile: int | None = None,
    with_criteria: bool = False,
    progress: ProgressFn = None,
    cancelled: CancelFn = None,
    window_cells: int | None = None,
) -> SurfaceStats:
    """Compute the surface block by block and hand each output tile to ``write``.

    ``burns[i](window)`` rasterises vector criterion ``i`` (scored by ``decays[i]`` =
    ``(decay, distance)``); ``rasters[j](window)`` gives raster criterion ``j`` already
    normalised to 0–1. ``write(window, bands, valid)`` receives the score band, then (with
    ``with_criteria``) each criterion's score band and each vector criterion's distance band.
    ``mask(window)`` is True where cells are kept (default: all). ``tile`` is the output tile
    (default ``OUTPUT_TILE``); ``window_cells`` the budget of one transform (see
    :func:`block_shape`). Neither changes a value.
    """
    w = normalise_weights(list(weights))
    halos = [halo_cells(decay, scale, grid.cell) for decay, scale in decays]
    size = tile or OUTPUT_TILE
    blocks = _blocks(grid, max(halos, default=0), window_cells)
    n_bands = 1 + (2 * len(burns) + len(rasters) if with_criteria else 0)
    acc = _Totals()
    steps, done = len(blocks) * (len(burns) + 1), 0
    scoring = _Scoring(grid, decays, rasters, w, write, with_criteria, acc, cancelled)
    with _Distances(burns, halos, window_cells or BAND_WINDOW_CELLS, cancelled) as distances:

        def start(block: Window) -> tuple[list, list]:
            """The kept tiles of ``block`` and its transforms, started."""
            check_cancel(cancelled)
            kept = _kept_tiles(block, size, mask, write, n_bands, acc)
            return kept, distances.submit(block) if kept else []

        # the next LOOKAHEAD blocks' transforms are queued: the workers never wait for this
        # block to be scored and written, nor for its slowest criterion
        started = deque(start(b) for b in blocks[:LOOKAHEAD])
        for k, block in enumerate(blocks):
            kept, jobs = started.popleft()
            squares = []
            for d2 in distances.collect(jobs) if kept else [None] * len(burns):
                squares.append(d2)
                done += 1
                _report(progress, done / steps)
            if k + LOOKAHEAD < len(blocks):
                started.append(start(blocks[k + LOOKAHEAD]))
            scoring.write_block(block, kept, squares)
            done += 1
            _report(progress, done / steps)
    return SurfaceStats(grid.n_cells, acc.valid, acc.low, acc.high, acc.mean(), size, acc.tiles)


@dataclass
class _Scoring:
    """Scores the output tiles of a block from its criteria's squares and writes them."""

    grid: Grid
    decays: list[tuple[str, float]]
    rasters: list[Callable[[Window], np.ndarray]]
    weights: np.ndarray
    write: Callable[[Window, list[np.ndarray], np.ndarray], None]
    with_criteria: bool
    totals: _Totals
    cancelled: CancelFn

    def write_block(self, block: Window, kept: list, squares: list[np.ndarray]) -> None:
        if not kept:  # masked out: written as nodata already
            return
        cell = self.grid.cell
        tables = [score_table(d2, d, s, cell) for d2, (d, s) in zip(squares, self.decays)]
        for window, valid in kept:
            check_cancel(self.cancelled)
            r, c = window.row - block.row, window.col - block.col
            cut = [d2[r : r + window.height, c : c + window.width] for d2 in squares]
            score, parts = tile_scores(
                [table[d2] for table, d2 in zip(tables, cut)],
                [f(window) for f in self.rasters],
                self.weights,
            )
            bands = [score] + (
                parts + [metres(d2, cell) for d2 in cut] if self.with_criteria else []
            )
            self.write(window, bands, valid)
            self.totals.add(score[valid])


class _Distances:
    """Each criterion's squares of a block, ``WORKERS`` transforms at a time (scipy's feature
    transform releases the GIL) whose windows together stay within ``budget`` cells; the
    reach each criterion needed is the guess for its next block."""

    def __init__(self, burns, halos: list[int], budget: int, cancelled: CancelFn) -> None:
        self.burns, self.halos, self.cancelled = burns, halos, cancelled
        self.first = [(min(halo, BAND_ROWS // 4),) * 4 for halo in halos]
        # per criterion: its last block and the reach each side of it needed
        self.last: list[tuple[Window, Sides] | None] = [None] * len(halos)
        self.budget = _Budget(budget)
        self.pool = ThreadPoolExecutor(WORKERS) if WORKERS > 1 and len(burns) > 1 else None

    def __enter__(self) -> _Distances:
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, block: Window) -> list:
        """Start the transforms of every criterion over ``block`` (lazily without workers)."""
        if self.pool is None:
            return [partial(self._one, i, block) for i in range(len(self.burns))]
        return [self.pool.submit(self._one, i, block) for i in range(len(self.burns))]

    def collect(self, jobs: list) -> Iterator[np.ndarray]:
        """The squares of each criterion of submitted ``jobs``, in order."""
        try:
            for job in jobs:
                yield job() if self.pool is None else job.result()
        finally:
            if self.pool is not None:
                for job in jobs:
                    job.cancel()

    def _one(self, i: int, block: Window) -> np.ndarray:
        check_cancel(self.cancelled)
        halo = self.halos[i]
        last = self.last[i]
        reach = self.first[i] if last is None else next_reach(last[1], last[0], block)
        d2, need = block_distance2(self.burns[i], block, halo, reach, self.budget.hold)
        self.last[i] = (block, need)
        return d2


class _Budget:
    """Window cells the transforms running at once may hold together."""

    def __init__(self, cells: int) -> None:
        self.cells, self.free = cells, cells
        self.change = threading.Condition()

    @contextmanager
    def hold(self, cells: int) -> Iterator[None]:
        cells = min(cells, self.cells)  # a single window is never refused
        with self.change:
            self.change.wait_for(lambda: self.free >= cells)
            self.free -= cells
        try:
            yield
        finally:
            with self.change:
                self.free += cells
                self.change.notify_all()


def _blocks(grid: Grid, halo: int, budget: int | None) -> list[Window]:
    """The blocks of :func:`block_shape`, whole-width bands at most ``BAND_ROWS`` tall."""
    rows, cols = block_shape(grid, halo, budget)
    if cols == grid.width:
        rows = min(rows, BAND_ROWS)
    return [
        Window(r, c, min(rows, grid.height - r), min(cols, grid.width - c))
        for r in range(0, grid.height, rows)
        for c in range(0, grid.width, cols)
    ]


def _kept_tiles(block: Window, size: int, mask, write, n_bands: int, acc) -> list:
    """``(window, valid)`` of the output tiles of ``block`` with a cell to compute; tiles
    masked out entirely are written as nodata at once."""
    kept = []
    for window in tiles(block, size):
        valid = (
            np.ones((window.height, window.width), dtype=bool)
            if mask is None
            else np.asarray(mask(window), dtype=bool)
        )
        if valid.any():
            kept.append((window, valid))
        else:  # masked out: nodata in every band, nothing to compute
            write(window, [np.full(valid.shape, np.nan)] * n_bands, valid)
            acc.tiles += 1
    return kept


@dataclass
class _Totals:
    """Running count, sum, min and max of the valid scores, and the tiles written."""

    valid: int = 0
    total: float = 0.0
    low: float = math.inf
    high: float = -math.inf
    tiles: int = 0

    def add(self, scores: np.ndarray) -> None:
        self.tiles += 1
        self.valid += scores.size
        self.total += float(scores.sum())
        self.low, self.high = (
            min(self.low, float(scores.min())),
            max(self.high, float(scores.max())),
        )

    def mean(self) -> float:
        return self.total / self.valid if self.valid else float("nan")


def _report(progress: ProgressFn, fraction: float) -> None:
    if progress is not None:
        progress(fraction)
