"""Zonal statistics of a raster band per polygon: mean and maximum of the cells whose centre
lies inside the polygon (even–odd rule, so holes and parts count as in the geometry)."""

from __future__ import annotations

import numpy as np

from .geometry import GeometryArrays, expand_ranges
from .point_in_polygon import inside_pairs

MAX_PAIRS = 4_000_000


def zonal_mean_max(
    polygons: GeometryArrays,
    values: np.ndarray,
    left: float,
    top: float,
    cell_x: float,
    cell_y: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Per polygon ``(mean, max)`` of ``values`` (rows north to south, NaN = nodata).

    A polygon without any cell centre inside (smaller than a cell) takes the cell under the
    centre of its bounding box. NaN where the polygon has no geometry or only nodata cells.
    """
    n = polygons.n_features
    mean, peak = np.full(n, np.nan), np.full(n, np.nan)
    height, width = values.shape
    box = polygons.bounds()
    has = np.isfinite(box).all(axis=1)
    c0 = np.ceil((box[:, 0] - left) / cell_x - 0.5)
    c1 = np.floor((box[:, 2] - left) / cell_x - 0.5)
    r0 = np.ceil((top - box[:, 3]) / cell_y - 0.5)
    r1 = np.floor((top - box[:, 1]) / cell_y - 0.5)
    c0, r0 = np.clip(np.nan_to_num(c0), 0, None), np.clip(np.nan_to_num(r0), 0, None)
    c1 = np.clip(np.nan_to_num(c1, nan=-1), None, width - 1)
    r1 = np.clip(np.nan_to_num(r1, nan=-1), None, height - 1)
    ncol = np.where(has, np.maximum(c1 - c0 + 1, 0), 0).astype(np.int64)
    nrow = np.where(has, np.maximum(r1 - r0 + 1, 0), 0).astype(np.int64)
    count = ncol * nrow
    total, hits = np.zeros(n), np.zeros(n, dtype=np.int64)
    for start, stop in _chunks(count):
        feats = np.arange(start, stop)
        poly = np.repeat(feats, count[feats])
        k = expand_ranges(np.zeros(len(feats), np.int64), count[feats])
        row = (r0[poly] + k // ncol[poly]).astype(np.int64)
        col = (c0[poly] + k % ncol[poly]).astype(np.int64)
        px = left + (col + 0.5) * cell_x
        py = top - (row + 0.5) * cell_y
        pair, owner = inside_pairs(px, py, np.arange(len(px)), poly, polygons)
        v = values[row[pair], col[pair]]
        ok = np.isfinite(v)
        _accumulate(owner[ok], v[ok], total, hits, peak)
    # polygons smaller than a cell: the cell under their bounding-box centre
    small = has & (hits == 0)
    col = np.floor(((box[small, 0] + box[small, 2]) / 2 - left) / cell_x).astype(np.int64)
    row = np.floor((top - (box[small, 1] + box[small, 3]) / 2) / cell_y).astype(np.int64)
    inside = (col >= 0) & (col < width) & (row >= 0) & (row < height)
    idx = np.flatnonzero(small)[inside]
    v = values[row[inside], col[inside]]
    ok = np.isfinite(v)
    _accumulate(idx[ok], v[ok], total, hits, peak)
    seen = hits > 0
    mean[seen] = total[seen] / hits[seen]
    return mean, peak


def _accumulate(owner, v, total, hits, peak) -> None:
    total += np.bincount(owner, weights=v, minlength=len(total))
    hits += np.bincount(owner, minlength=len(hits))
    np.fmax.at(peak, owner, v)


def _chunks(count: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive polygon ranges with about ``MAX_PAIRS`` candidate cells each."""
    cum = np.cumsum(count)
    cuts = np.searchsorted(cum, np.arange(MAX_PAIRS, cum[-1] if len(cum) else 0, MAX_PAIRS))
    edges = np.unique(np.concatenate([[0], cuts + 1, [len(count)]]))
    edges = edges[edges <= len(count)]
    return list(zip(edges[:-1].tolist(), edges[1:].tolist()))
