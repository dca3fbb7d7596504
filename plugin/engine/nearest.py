"""Exact shortest distance from each parcel to the nearest feature of a target layer.

The distance between two geometries is 0 when they touch, cross or one contains the other;
otherwise it is the shortest distance between their boundaries (rings, lines or points).

Boundaries are cut into pieces no longer than ``L`` and the target pieces go into a k-d
tree over their midpoints. A parcel piece whose k-th nearest target midpoint is farther than
the parcel's best distance so far plus ``L`` cannot improve it, so k grows only for the few
pieces that are not yet certain: every distance is exact, and no Python loop runs per parcel.
Containment (a parcel inside a target polygon, or a target inside a parcel) is found by
ray casting in :mod:`point_in_polygon`.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree

from .geometry import GeometryArrays, Segments, segments, split_segments
from .point_in_polygon import points_in_polygons
from .progress import CancelFn, ProgressFn, check_cancel
from .segment_distance import segment_distance

PIECES_PER_CHUNK = 400_000
FIRST_K = 1


def piece_length(a: Segments, b: Segments) -> float:
    """Cut length: the upper quartile of all segment lengths (at least 1 m)."""
    lengths = np.concatenate([a.lengths(), b.lengths()])
    lengths = lengths[lengths > 0]
    return max(float(np.quantile(lengths, 0.75)), 1.0) if len(lengths) else 1.0


def nearest_distance(
    parcels: GeometryArrays,
    targets: GeometryArrays,
    progress: ProgressFn = None,
    cancelled: CancelFn = None,
    workers: int = -1,
) -> np.ndarray:
    """Distance from every parcel to the nearest target feature (NaN for empty parcels).

    ``parcels`` must be polygons; ``targets`` may be points, lines or polygons. Coordinates
    are planar (metres in a projected CRS). Returns ``inf`` for all parcels when ``targets``
    holds no geometry.
    """
    out = np.full(parcels.n_features, np.nan)
    has = parcels.has_geometry()
    pseg, tseg = segments(parcels), segments(targets)
    if len(tseg) == 0:
        out[has] = np.inf
        return out
    if len(pseg) == 0:
        return out
    length = piece_length(pseg, tseg)
    pseg, tseg = split_segments(pseg, length), split_segments(tseg, length)
    best = _boundary_distance(pseg, tseg, parcels.n_features, progress, cancelled, workers)
    out[has] = best[has]
    out[_containment(parcels, targets, out)] = 0.0
    return out


def _midpoints(seg: Segments) -> np.ndarray:
    return np.column_stack([(seg.x0 + seg.x1) * 0.5, (seg.y0 + seg.y1) * 0.5])


def _boundary_distance(
    pseg: Segments,
    tseg: Segments,
    n_features: int,
    progress: ProgressFn,
    cancelled: CancelFn,
    workers: int,
) -> np.ndarray:
    """Per parcel, the smallest distance between its pieces and any target piece."""
    tree = cKDTree(_midpoints(tseg))
    t_half_max = float(tseg.lengths().max()) * 0.5
    best = np.full(n_features, np.inf)
    # pieces are sorted by feature: chunk on feature boundaries so ``best`` stays local
    cuts = np.searchsorted(pseg.feature, pseg.feature[::PIECES_PER_CHUNK][1:], side="left")
    edges = np.unique(np.concatenate([[0], cuts, [len(pseg)]]))
    for i, (start, stop) in enumerate(zip(edges[:-1], edges[1:])):
        check_cancel(cancelled)
        _certified_chunk(pseg.take(np.arange(start, stop)), tseg, tree, t_half_max, best, workers)
        if progress is not None:
            progress((i + 1) / (len(edges) - 1))
    return best


def _certified_chunk(
    piece: Segments,
    tseg: Segments,
    tree: cKDTree,
    t_half_max: float,
    best: np.ndarray,
    workers: int,
) -> None:
    """Lower ``best`` for the parcels of these pieces until every piece is certified."""
    n_targets = len(tseg)
    mid = _midpoints(piece)
    slack = piece.lengths() * 0.5 + t_half_max  # midpoint distance - slack <= true distance
    rows = np.arange(len(piece))
    k = min(FIRST_K, n_targets)
    dist, idx = _query(tree, mid, rows, k, workers)
    # a midpoint-to-midpoint distance bounds the true distance from above: prune with it
    np.minimum.at(best, piece.feature, dist[:, 0])
    while len(rows):
        near = dist[:, 0] - slack[rows] < best[piece.feature[rows]]
        if near.any():
            r = rows[near][:, None]
            i = idx[near]
            d = segment_distance(
                piece.x0[r],
                piece.y0[r],
                piece.x1[r],
                piece.y1[r],
                tseg.x0[i],
                tseg.y0[i],
                tseg.x1[i],
                tseg.y1[i],
            )
            np.minimum.at(best, piece.feature[rows[near]], d.min(axis=1))
        if k == n_targets:
            return
        # any target piece beyond the k-th midpoint is at least this far from the piece
        rows = rows[dist[:, -1] - slack[rows] < best[piece.feature[rows]]]
        k = min(2 * k, n_targets)
        dist, idx = _query(tree, mid, rows, k, workers)


def _query(tree: cKDTree, mid: np.ndarray, rows: np.ndarray, k: int, workers: int):
    """The ``k`` nearest target midpoints of the pieces ``rows``, as ``(len(rows), k)``."""
    dist, idx = tree.query(mid[rows], k=k, workers=workers)
    return dist.reshape(len(rows), k), idx.reshape(len(rows), k)


def _ring_starts(geom: GeometryArrays) -> tuple[np.ndarray, np.ndarray]:
    """The first vertex of every ring/line/point: ``(feature index, (k, 2) xy)``.

    Every part counts: one part of a multipart geometry may lie inside the other layer while
    its first part does not.
    """
    nonempty = np.flatnonzero(np.diff(geom.ring_offsets) > 0)
    return geom.ring_feature[nonempty], geom.xy[geom.ring_offsets[nonempty]]


def _containment(parcels: GeometryArrays, targets: GeometryArrays, dist: np.ndarray) -> np.ndarray:
    """Parcels (with distance > 0) that contain a target part or have a part inside a target
    polygon (boundaries that touch or cross are already at distance 0)."""
    contained = np.zeros(parcels.n_features, dtype=bool)
    open_ = np.isfinite(dist) & (dist > 0)
    if not open_.any():
        return contained
    _, txy = _ring_starts(targets)
    _, hit = points_in_polygons(txy[:, 0], txy[:, 1], parcels)
    contained[hit] = True
    if targets.polygonal:
        feat, pxy = _ring_starts(parcels)
        keep = open_[feat] & ~contained[feat]
        pts, _ = points_in_polygons(pxy[keep, 0], pxy[keep, 1], targets)
        contained[feat[keep][pts]] = True
    return contained & open_
