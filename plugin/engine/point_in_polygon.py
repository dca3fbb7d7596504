"""Which points lie inside which polygons: grid join on bounding boxes, then ray casting.

The grid (:class:`BoxGrid`) and the edges (:class:`PolygonEdges`) can be built once and
queried many times (the parcels of every criterion)."""

from __future__ import annotations

import numpy as np

from .geometry import GeometryArrays, expand_ranges, segments

MAX_PAIRS_PER_CHUNK = 4_000_000


class BoxGrid:
    """Boxes in a uniform grid (cells about the size of a typical box), built once and
    queried with many point sets: the join becomes sorting and searching."""

    def __init__(self, boxes: np.ndarray) -> None:
        """``boxes`` are ``[xmin, ymin, xmax, ymax]`` rows (NaN rows never match)."""
        self.valid = np.flatnonzero(np.all(np.isfinite(boxes), axis=1))
        self.boxes = b = boxes[self.valid]
        if len(b) == 0:
            return
        size = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1])
        cell = float(np.median(size)) if np.any(size > 0) else 1.0
        cell = max(cell, 1e-9)
        x0, y0 = b[:, 0].min(), b[:, 1].min()
        while True:
            ix0 = np.floor((b[:, 0] - x0) / cell).astype(np.int64)
            iy0 = np.floor((b[:, 1] - y0) / cell).astype(np.int64)
            ix1 = np.floor((b[:, 2] - x0) / cell).astype(np.int64)
            iy1 = np.floor((b[:, 3] - y0) / cell).astype(np.int64)
            nx, ny = ix1 - ix0 + 1, iy1 - iy0 + 1
            if (nx * ny).sum() <= 4 * len(b) + 1_000_000:
                break
            cell *= 2.0
        width = int(ix1.max()) + 2
        per_box = nx * ny
        box_of_cell = np.repeat(np.arange(len(b)), per_box)
        k = expand_ranges(np.zeros(len(b), np.int64), per_box)
        cx = ix0[box_of_cell] + k % nx[box_of_cell]
        cy = iy0[box_of_cell] + k // nx[box_of_cell]
        keys = cy * width + cx
        order = np.argsort(keys, kind="stable")
        self.keys, self.box_of_cell = keys[order], box_of_cell[order]
        self.cell, self.x0, self.y0, self.width = cell, x0, y0, width

    def pairs(self, px: np.ndarray, py: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """All ``(point, box)`` index pairs with the point inside the box (edges included)."""
        if len(self.boxes) == 0 or len(px) == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        qx = np.floor((px - self.x0) / self.cell).astype(np.int64)
        qy = np.floor((py - self.y0) / self.cell).astype(np.int64)
        inside_grid = (qx >= 0) & (qy >= 0) & (qx < self.width) & np.isfinite(px) & np.isfinite(py)
        qkeys = np.where(inside_grid, qy * self.width + qx, -1)
        lo = np.searchsorted(self.keys, qkeys, side="left")
        hi = np.searchsorted(self.keys, qkeys, side="right")
        counts = np.where(inside_grid, hi - lo, 0)
        point = np.repeat(np.arange(len(px)), counts)
        box = self.box_of_cell[expand_ranges(lo, counts)]
        bb = self.boxes[box]
        keep = (px[point] >= bb[:, 0]) & (px[point] <= bb[:, 2])
        keep &= (py[point] >= bb[:, 1]) & (py[point] <= bb[:, 3])
        return point[keep], self.valid[box[keep]]


def boxes_containing_points(
    px: np.ndarray, py: np.ndarray, boxes: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """All ``(point, box)`` index pairs with the point inside the box (edges included).

    Boxes are ``[xmin, ymin, xmax, ymax]`` rows (NaN rows never match).
    """
    return BoxGrid(boxes).pairs(px, py)


class PolygonEdges:
    """The edges of every polygon feature, with where each feature's edges start: built once
    for many ray-casting queries."""

    def __init__(self, polygons: GeometryArrays) -> None:
        self.seg = seg = segments(polygons)
        features = np.arange(polygons.n_features)
        self.start = np.searchsorted(seg.feature, features, side="left")
        self.count = np.searchsorted(seg.feature, features, side="right") - self.start


def points_in_polygons(
    px: np.ndarray, py: np.ndarray, polygons: GeometryArrays
) -> tuple[np.ndarray, np.ndarray]:
    """``(point, polygon feature)`` pairs with the point strictly inside (even–odd rule).

    Holes and multipart polygons follow from counting crossings over all rings of a feature.
    Points exactly on a boundary may go either way; callers that care test distance 0 first.
    """
    px = np.asarray(px, dtype=float)
    py = np.asarray(py, dtype=float)
    point, poly = boxes_containing_points(px, py, polygons.bounds())
    return inside_pairs(px, py, point, poly, polygons)


def inside_pairs(
    px: np.ndarray,
    py: np.ndarray,
    point: np.ndarray,
    poly: np.ndarray,
    polygons: GeometryArrays | PolygonEdges,
) -> tuple[np.ndarray, np.ndarray]:
    """The given ``(point, polygon feature)`` candidate pairs that are inside (even–odd)."""
    if len(point) == 0:
        return point, poly
    edges = polygons if isinstance(polygons, PolygonEdges) else PolygonEdges(polygons)
    seg, seg_start, seg_count = edges.seg, edges.start, edges.count
    inside = np.zeros(len(point), dtype=bool)
    work = seg_count[poly]
    for start, stop in _chunks(work, MAX_PAIRS_PER_CHUNK):
        sl = slice(start, stop)
        pair = np.repeat(np.arange(start, stop), work[sl])
        edge = expand_ranges(seg_start[poly[sl]], work[sl])
        x, y = px[point[pair]], py[point[pair]]
        y0, y1 = seg.y0[edge], seg.y1[edge]
        straddles = (y0 > y) != (y1 > y)
        denom = np.where(straddles, y1 - y0, 1.0)
        x_cross = seg.x0[edge] + (y - y0) * (seg.x1[edge] - seg.x0[edge]) / denom
        crossing = straddles & (x < x_cross)
        counts = np.bincount(pair - start, weights=crossing, minlength=stop - start)
        inside[sl] = counts.astype(np.int64) % 2 == 1
    return point[inside], poly[inside]


def _chunks(work: np.ndarray, budget: int) -> list[tuple[int, int]]:
    """Split ``range(len(work))`` into consecutive runs whose summed work is about ``budget``."""
    cum = np.cumsum(work)
    cuts = np.searchsorted(cum, np.arange(budget, cum[-1] if len(cum) else 0, budget), "right")
    edges = np.unique(np.concatenate([[0], cuts, [len(work)]]))
    return list(zip(edges[:-1].tolist(), edges[1:].tolist()))
