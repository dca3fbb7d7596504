"""Priority surface on a regular grid: exact Euclidean distance transform, tile by tile.

Output tiles are as large as the criterion with the narrowest halo allows; a criterion with a
wider halo computes its distances in sub-tiles of its own size (:func:`criterion_distance`),
so one far-reaching criterion no longer makes every criterion work on small tiles.

Each criterion's targets are burnt into a boolean window (by the caller) and
``scipy.ndimage.distance_transform_edt`` gives, per cell centre, the distance to the nearest
burnt cell centre. A tile is processed with a halo of ``halo`` cells on each side, where
``halo * cell`` reaches the criterion's *cap*: the distance beyond which its score is 0 (linear,
step) or below ``TAIL`` (exponential, gaussian). A distance found within the window that is
<= the cap is the true grid distance (any burnt cell outside the window is farther than the
cap); anything else is reported as ``inf`` (score 0). The same rule applies to one big tile,
so tiled and untiled results are identical, and memory depends only on the tile size.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from scipy.ndimage import distance_transform_edt

from .progress import CancelFn, ProgressFn, check_cancel
from .scoring import normalise_weights, value
from .text import QT_TR_NOOP, Text

TAIL = 1e-6  # exponential/gaussian scores below this are 0 on the surface
WINDOW_CELLS = 16_000_000  # cells of one tile plus its halo (~300 MB of EDT work arrays)


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
        return Window(
            self.row - cells, self.col - cells, self.height + 2 * cells, self.width + 2 * cells
        )


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


MAX_TILE = 2048
MAX_WINDOW_CELLS = 20_000_000  # beyond this one window's EDT needs more than ~1.5 GB


def tile_size(max_halo: int, window_cells: int = WINDOW_CELLS) -> int:
    """The largest square tile (at most ``MAX_TILE``, at least 256) whose window (tile plus
    halo) stays within ``window_cells``; a halo wider than that window makes tiles of 256."""
    return max(256, min(MAX_TILE, int(math.sqrt(window_cells)) - 2 * max_halo))


def window_cells(tile: int, halo: int) -> int:
    """Cells of one tile's window: the tile plus its halo on every side."""
    return (tile + 2 * halo) ** 2


def min_cell_size(decays: list[tuple[str, float]], tile: int = 256) -> float:
    """The smallest cell size (m) for which a ``tile`` cells tile keeps every criterion's
    window within ``MAX_WINDOW_CELLS``."""
    cap = max((cap_distance(d, s) for d, s in decays), default=0.0)
    room = (math.isqrt(MAX_WINDOW_CELLS) - tile) / 2
    return cap / room if room > 0 else math.inf


def tiles(grid: Grid, size: int) -> Iterator[Window]:
    """Row-major tiles of at most ``size`` × ``size`` cells covering the grid."""
    for row in range(0, grid.height, size):
        for col in range(0, grid.width, size):
            yield Window(row, col, min(size, grid.height - row), min(size, grid.width - col))


def tile_distance(
    burn: Callable[[Window], np.ndarray], grid: Grid, window: Window, halo: int
) -> np.ndarray:
    """Metres from each cell centre of ``window`` to the nearest burnt cell centre; ``inf``
    beyond ``halo`` cells (the cap) or when nothing is burnt nearby.

    ``burn(w)`` returns a boolean ``(w.height, w.width)`` array: True where a target touches.
    """
    outer = window.grown(halo)
    burnt = np.asarray(burn(outer), dtype=bool)
    out = np.full((window.height, window.width), np.inf)
    if not burnt.any():
        return out
    dist = distance_transform_edt(~burnt)
    core = dist[halo : halo + window.height, halo : halo + window.width]
    within = core <= halo + 1e-9
    out[within] = core[within] * grid.cell
    return out


def criterion_distance(
    burn: Callable[[Window], np.ndarray], grid: Grid, window: Window, halo: int, size: int
) -> np.ndarray:
    """:func:`tile_distance` over ``window`` in sub-tiles of at most ``size`` cells: a
    criterion with a wide halo works on small windows, one with a narrow halo on the whole
    tile. Every distance is exact up to the cap whatever the window, so the result does not
    depend on ``size``."""
    if window.height <= size and window.width <= size:
        return tile_distance(burn, grid, window, halo)
    out = np.empty((window.height, window.width))
    for r in range(0, window.height, size):
        for c in range(0, window.width, size):
            h, w = min(size, window.height - r), min(size, window.width - c)
            sub = Window(window.row + r, window.col + c, h, w)
            out[r : r + h, c : c + w] = tile_distance(burn, grid, sub, halo)
    return out


def tile_scores(
    distances: list[np.ndarray],
    decays: list[tuple[str, float]],
    rasters: list[np.ndarray],
    weights: np.ndarray,
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Priority score 0–100 of a tile and each criterion's 0–1 score (vector then raster).

    ``weights`` are normalised over vector and raster criteria together.
    """
    scores = [value(d, decay, scale) for d, (decay, scale) in zip(distances, decays)]
    scores += [np.clip(r, 0.0, 1.0) for r in rasters]
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
) -> SurfaceStats:
    """Compute the surface tile by tile and hand each tile to ``write``.

    ``burns[i](window)`` rasterises vector criterion ``i`` (scored by ``decays[i]`` =
    ``(decay, distance)``); ``rasters[j](window)`` gives raster criterion ``j`` already
    normalised to 0–1. ``write(window, bands, valid)`` receives the score band, then (with
    ``with_criteria``) each criterion's score band and each vector criterion's distance band.
    ``mask(window)`` is True where cells are kept (default: all).
    """
    w = normalise_weights(list(weights))
    halos = [halo_cells(decay, scale, grid.cell) for decay, scale in decays]
    # output tiles as large as the narrowest halo allows; each criterion in sub-tiles of its own
    size = tile or tile_size(min(halos, default=0))
    sub_sizes = [min(size, tile_size(h)) for h in halos]
    windows = list(tiles(grid, size))
    n_bands = 1 + (2 * len(burns) + len(rasters) if with_criteria else 0)
    total = np.zeros(2)  # valid cells, sum of their scores
    low, high = np.inf, -np.inf
    for i, window in enumerate(windows):
        check_cancel(cancelled)
        valid = (
            np.ones((window.height, window.width), dtype=bool)
            if mask is None
            else np.asarray(mask(window), dtype=bool)
        )
        if not valid.any():  # masked out: nodata in every band, nothing to compute
            write(window, [np.full(valid.shape, np.nan)] * n_bands, valid)
            continue
        dists = [
            criterion_distance(b, grid, window, h, s) for b, h, s in zip(burns, halos, sub_sizes)
        ]
        score, parts = tile_scores(dists, decays, [r(window) for r in rasters], w)
        bands = [score] + (parts + dists if with_criteria else [])
        write(window, bands, valid)
        if valid.any():
            s = score[valid]
            total[0] += s.size
            total[1] += float(s.sum())
            low, high = min(low, float(s.min())), max(high, float(s.max()))
        if progress is not None:
            progress((i + 1) / len(windows))
    mean = total[1] / total[0] if total[0] else float("nan")
    return SurfaceStats(grid.n_cells, int(total[0]), low, high, mean, size, len(windows))
