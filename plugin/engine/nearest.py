"""Exact shortest distance from each parcel to the nearest feature of a target layer.

The distance between two geometries is 0 when they touch, cross or one contains the other;
otherwise it is the shortest distance between their boundaries (rings, lines or points).

Boundaries are cut into pieces no longer than ``L`` (the parcels' pieces once for every
criterion, :mod:`parcel_pieces`) and the target pieces go into a k-d
tree over their midpoints. Per parcel, the exact distance to the target piece nearest to its
centre bounds the answer; only target pieces whose midpoints lie within that bound plus the
parcel's radius can do better, and they are paired with the parcel's pieces in bulk. Parcels
with very many such pairs use a per-piece search instead: a parcel piece whose k-th nearest
target midpoint is farther than the parcel's best distance so far plus ``L`` cannot improve
it, so k grows only for the few pieces that are not yet certain. Candidate sets come from
fixed-k queries as arrays; only parcels with more candidates than k take a ball query.
Every distance is exact, and no Python loop runs per parcel.
Containment (a parcel inside a target polygon, or a target inside a parcel) is found by
ray casting in :mod:`point_in_polygon`.
"""

from __future__ import annotations

import itertools
import os
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from .geometry import GeometryArrays, Segments, expand_ranges, segments, split_segments
from .parcel_pieces import PreparedParcels, piece_length, prepare_parcels
from .point_in_polygon import inside_pairs, points_in_polygons
from .progress import CancelFn, ProgressFn, check_cancel
from .segment_distance import point_segment_distance, segment_distance

PIECES_PER_CHUNK = 400_000
FIRST_K = 1
PARCELS_PER_CHUNK = 2_500  # small: the last chunks of a block keep both cores busy
PAIRS_PER_CHUNK = 500_000  # candidate pairs per step of a chunk (working memory per thread)
HEAVY_PAIRS = 200_000  # parcels with more candidate pairs take the per-piece search
PARCELS_PER_BLOCK = 100_000  # distance_matrix: parcels prepared at once (memory)
CANDIDATES_K = 24  # target pieces asked of the k-d tree per parcel; more: a ball query


@dataclass(eq=False)
class PreparedTargets:
    """A target layer cut into pieces of ``length`` with the k-d tree of their midpoints,
    built once and used by every block of parcels prepared with the same ``length``."""

    geometry: GeometryArrays
    pieces: Segments
    length: float
    tree: cKDTree | None


def prepare_targets(targets: GeometryArrays, length: float) -> PreparedTargets:
    tseg = segments(targets)
    if len(tseg) == 0:
        return PreparedTargets(targets, tseg, length, None)
    tseg = split_segments(tseg, length)
    return PreparedTargets(targets, tseg, length, cKDTree(_midpoints(tseg)))


def nearest_distance(
    parcels: GeometryArrays | PreparedParcels,
    targets: GeometryArrays | PreparedTargets,
    progress: ProgressFn = None,
    cancelled: CancelFn = None,
    workers: int = -1,
) -> np.ndarray:
    """Distance from every parcel to the nearest target feature (NaN for empty parcels).

    ``parcels`` must be polygons, as arrays or prepared once for several criteria by
    :func:`parcel_pieces.prepare_parcels`; ``targets`` may be points, lines or polygons (or
    prepared with the parcels' piece length). Coordinates are planar (metres in a projected
    CRS). Returns ``inf`` for all parcels when ``targets`` holds no geometry.
    """
    prep = parcels if isinstance(parcels, PreparedParcels) else prepare_parcels(parcels)
    if not isinstance(targets, PreparedTargets) or targets.length != prep.length:
        geometry = targets.geometry if isinstance(targets, PreparedTargets) else targets
        targets = prepare_targets(geometry, prep.length)
    out = np.full(prep.n_features, np.nan)
    has = prep.geometry.has_geometry()
    if targets.tree is None:
        out[has] = np.inf
        return out
    if len(prep.pieces) == 0:
        return out
    best = _boundary_distance(prep, targets, progress, cancelled, workers)
    out[has] = best[has]
    out[_containment(prep, targets.geometry, out)] = 0.0
    return out


def distance_matrix(
    parcels: GeometryArrays,
    targets: list[GeometryArrays],
    progress: ProgressFn = None,
    cancelled: CancelFn = None,
    block: int | None = None,
) -> np.ndarray:
    """``(n, c)`` exact distances, one column per target layer, in blocks of parcels.

    The piece length is chosen once from all parcels; each block of ``block`` parcels
    (``PARCELS_PER_BLOCK``) is prepared once for every criterion and dropped before the next,
    so memory follows the block, not the layer; the targets are prepared once.
    """
    block = block or PARCELS_PER_BLOCK
    out = np.full((parcels.n_features, len(targets)), np.nan)
    stream = DistanceStream(targets, piece_length(parcels, block), cancelled)
    starts = range(0, parcels.n_features, block)
    for b, f0 in enumerate(starts):
        out[f0 : f0 + block] = stream.block(parcels.feature_range(f0, f0 + block))
        if progress is not None:
            progress((b + 1) / len(starts))
    return out


class DistanceStream:
    """:func:`distance_matrix` for parcels that arrive a block at a time (read in batches):
    only the block's geometry is held. Without ``length`` the piece length is taken from the
    first block with boundaries (distances are exact for any length; it only sets how the
    work is cut); the targets are prepared once, then."""

    def __init__(
        self, targets: list[GeometryArrays], length: float | None = None, cancelled=None
    ) -> None:
        self.targets, self.length, self.cancelled = targets, length, cancelled
        self.prepared: list[PreparedTargets] | None = None

    def block(self, parcels: GeometryArrays) -> np.ndarray:
        """``(n, c)`` distances of one block of parcels (NaN rows for those without rings)."""
        check_cancel(self.cancelled)
        out = np.full((parcels.n_features, len(self.targets)), np.nan)
        if not len(parcels.ring_feature) or not self.targets:
            return out
        if self.prepared is None:
            self.length = self.length or piece_length(parcels)
            self.prepared = [prepare_targets(t, self.length) for t in self.targets]
        part = prepare_parcels(parcels, self.length)
        for j, target in enumerate(self.prepared):
            out[:, j] = nearest_distance(part, target, cancelled=self.cancelled)
        return out


def _midpoints(seg: Segments) -> np.ndarray:
    return np.column_stack([(seg.x0 + seg.x1) * 0.5, (seg.y0 + seg.y1) * 0.5])


def _boundary_distance(
    prep: PreparedParcels,
    targets: PreparedTargets,
    progress: ProgressFn,
    cancelled: CancelFn,
    workers: int,
) -> np.ndarray:
    """Per parcel, the smallest distance between its pieces and any target piece.

    Most parcels go through :func:`_parcel_candidates` (one k-d tree query per parcel); the
    few with very many candidate pairs (large parcels near dense targets) through the
    per-piece certified search.
    """
    tseg, tree = targets.pieces, targets.tree
    t_half_max = float(tseg.lengths().max()) * 0.5
    best = np.full(prep.n_features, np.inf)
    heavy = _parcel_candidates(prep, tseg, tree, best, progress, cancelled, workers)
    if not heavy.any():
        return best
    pseg = prep.pieces.take(np.flatnonzero(heavy))
    # pieces are sorted by feature: chunk on feature boundaries so ``best`` stays local
    cuts = np.searchsorted(pseg.feature, pseg.feature[::PIECES_PER_CHUNK][1:], side="left")
    edges = np.unique(np.concatenate([[0], cuts, [len(pseg)]]))
    for start, stop in zip(edges[:-1], edges[1:]):
        check_cancel(cancelled)
        _certified_chunk(pseg.take(np.arange(start, stop)), tseg, tree, t_half_max, best, workers)
    return best


def _candidates(
    tree: cKDTree, centre: np.ndarray, reach: np.ndarray, workers: int
) -> tuple[np.ndarray, np.ndarray]:
    """Per centre, the indices of the tree points within ``reach``: ``(counts, flat)``.

    One fixed-k query bounded by the largest reach answers every centre with fewer than
    ``CANDIDATES_K`` points in reach as arrays; only the others take a ball query (lists).
    """
    n = len(tree.data)
    k = min(CANDIDATES_K, n)
    dist, idx = tree.query(
        centre, k=k, distance_upper_bound=float(reach.max()) * (1 + 1e-12), workers=workers
    )
    dist, idx = dist.reshape(len(centre), k), idx.reshape(len(centre), k)
    within = (idx < n) & (dist <= reach[:, None])
    counts = within.sum(axis=1)
    full = np.flatnonzero(dist[:, -1] <= reach) if k < n else np.zeros(0, np.int64)
    if not len(full):
        return counts, idx[within]
    found = tree.query_ball_point(centre[full], reach[full], workers=workers, return_sorted=False)
    extra = np.fromiter(map(len, found), np.int64, len(found))
    counts[full] = extra
    within[full] = False
    owner = np.concatenate([np.nonzero(within)[0], np.repeat(full, extra)])
    flat = np.concatenate(
        [idx[within], np.fromiter(itertools.chain.from_iterable(found), np.int64, extra.sum())]
    )
    return counts, flat[np.argsort(owner, kind="stable")]


def _parcel_candidates(
    prep: PreparedParcels,
    tseg: Segments,
    tree: cKDTree,
    best: np.ndarray,
    progress: ProgressFn,
    cancelled: CancelFn,
    workers: int,
) -> np.ndarray:
    """Exact distances parcel by parcel from a candidate set of target pieces.

    Every point of a parcel lies within ``r`` (half its bounding-box diagonal) of the box
    centre ``c``. The distance ``ub`` to the target piece whose midpoint is nearest to ``c``
    bounds the parcel's distance from above; a target piece whose midpoint is farther than
    ``ub + r + t_half_max`` from ``c`` is farther than ``ub`` from every point of the parcel,
    so only the pieces within that radius are paired with the parcel's pieces (after a cheap
    midpoint lower-bound filter). Sets ``best`` for the parcels done and returns a mask of
    the pieces of parcels left to the per-piece search (more than ``HEAVY_PAIRS`` pairs).
    """
    pseg = prep.pieces
    t_half = tseg.lengths() * 0.5
    t_half_max = float(t_half.max())
    tmid = tree.data
    pmid, p_half = prep.midpoints, prep.half_lengths
    points = bool(np.all(t_half == 0))
    starts, counts, group_feature = prep.starts, prep.counts, prep.group_feature
    heavy = np.zeros(len(pseg), dtype=bool)
    n_groups = len(starts)
    # inside the thread pool each k-d tree query runs on its own thread
    inner = 1 if n_groups > PARCELS_PER_CHUNK else workers

    def chunk(g0: int) -> None:
        """Parcels ``g0 …`` of one chunk: writes only their own ``best`` and ``heavy`` entries,
        so chunks can run on separate threads (numpy and the k-d tree release the GIL)."""
        check_cancel(cancelled)
        groups = np.arange(g0, min(g0 + PARCELS_PER_CHUNK, n_groups))
        sl = slice(starts[groups[0]], starts[groups[-1]] + counts[groups[-1]])
        local_starts = starts[groups] - sl.start
        centre, radius = prep.centre[groups], prep.radius[groups]
        _, first = tree.query(centre, k=1, workers=inner)
        piece = np.arange(sl.start, sl.stop)
        t = np.repeat(first, counts[groups])
        ub = np.minimum.reduceat(_pair_distance(pseg, tseg, piece, t, points), local_starts)
        reach = ub + radius + t_half_max
        reach += 1e-9 * np.maximum(reach, 1.0)  # never lose a candidate to rounding
        n_cand, flat = _candidates(tree, centre, reach, inner)
        cand_start = np.cumsum(n_cand) - n_cand
        work = counts[groups] * n_cand
        is_heavy = work > HEAVY_PAIRS
        heavy[expand_ranges(starts[groups[is_heavy]], counts[groups[is_heavy]])] = True
        local_best = ub.copy()
        light = np.flatnonzero(~is_heavy)
        for a, b in _work_chunks(work[light], PAIRS_PER_CHUNK):
            idx = light[a:b]
            owner = np.repeat(idx, n_cand[idx])
            cand = flat[expand_ranges(cand_start[idx], n_cand[idx])]
            per = counts[groups[owner]]
            piece = expand_ranges(starts[groups[owner]], per)
            t = np.repeat(cand, per)
            owner = np.repeat(owner, per)
            lower = (
                np.hypot(pmid[piece, 0] - tmid[t, 0], pmid[piece, 1] - tmid[t, 1])
                - p_half[piece]
                - t_half[t]
            )
            keep = lower < local_best[owner]
            piece, t, owner = piece[keep], t[keep], owner[keep]
            if len(piece):
                d = _pair_distance(pseg, tseg, piece, t, points)
                head = np.flatnonzero(np.concatenate([[True], owner[1:] != owner[:-1]]))
                o = owner[head]
                local_best[o] = np.minimum(local_best[o], np.minimum.reduceat(d, head))
        feats = group_feature[groups[~is_heavy]]
        best[feats] = np.minimum(best[feats], local_best[~is_heavy])
        best[group_feature[groups[is_heavy]]] = ub[is_heavy]  # an upper bound to certify below

    _run_chunks(chunk, range(0, n_groups, PARCELS_PER_CHUNK), progress, workers)
    return heavy


def _run_chunks(chunk, starts: range, progress: ProgressFn, workers: int) -> None:
    """Run ``chunk(start)`` for every start, on up to ``workers`` threads (-1: all cores)."""
    cores = (os.cpu_count() or 1) if workers < 0 else max(workers, 1)
    threads = min(len(starts), cores)
    if threads <= 1:
        for i, start in enumerate(starts):
            chunk(start)
            if progress is not None:
                progress((i + 1) / len(starts))
        return
    with ThreadPoolExecutor(threads) as pool:
        futures = [pool.submit(chunk, start) for start in starts]
        try:
            for i, future in enumerate(as_completed(futures)):
                future.result()
                if progress is not None:
                    progress((i + 1) / len(starts))
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _pair_distance(
    pseg: Segments, tseg: Segments, piece: np.ndarray, t: np.ndarray, points: bool
) -> np.ndarray:
    """Distance between parcel piece ``piece[i]`` and target piece ``t[i]``."""
    if points:  # point targets: one point–segment distance
        return point_segment_distance(
            tseg.x0[t], tseg.y0[t], pseg.x0[piece], pseg.y0[piece], pseg.x1[piece], pseg.y1[piece]
        )
    return segment_distance(
        pseg.x0[piece],
        pseg.y0[piece],
        pseg.x1[piece],
        pseg.y1[piece],
        tseg.x0[t],
        tseg.y0[t],
        tseg.x1[t],
        tseg.y1[t],
    )


def _work_chunks(work: np.ndarray, budget: int) -> list[tuple[int, int]]:
    """Consecutive ranges of ``work`` summing to about ``budget`` (at least one item)."""
    if not len(work):
        return []
    cum = np.cumsum(work)
    cuts = np.searchsorted(cum, np.arange(budget, cum[-1], budget), side="right")
    edges = np.unique(np.concatenate([[0], cuts, [len(work)]]))
    return list(zip(edges[:-1].tolist(), edges[1:].tolist()))


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


def _containment(prep: PreparedParcels, targets: GeometryArrays, dist: np.ndarray) -> np.ndarray:
    """Parcels (with distance > 0) that contain a target part or have a part inside a target
    polygon (boundaries that touch or cross are already at distance 0). The parcels' grid
    and edges are built once for every criterion."""
    contained = np.zeros(prep.n_features, dtype=bool)
    open_ = np.isfinite(dist) & (dist > 0)
    if not open_.any():
        return contained
    _, txy = _ring_starts(targets)
    point, poly = prep.grid.pairs(txy[:, 0], txy[:, 1])
    keep = open_[poly]
    _, hit = inside_pairs(txy[:, 0], txy[:, 1], point[keep], poly[keep], prep.edges)
    contained[hit] = True
    if targets.polygonal:
        feat, pxy = _ring_starts(prep.geometry)
        keep = open_[feat] & ~contained[feat]
        pts, _ = points_in_polygons(pxy[keep, 0], pxy[keep, 1], targets)
        contained[feat[keep][pts]] = True
    return contained & open_
