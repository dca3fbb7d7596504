"""Which bounding boxes meet which: a uniform grid join (sorting and searching, no loops).

Boxes are ``[xmin, ymin, xmax, ymax]`` rows; two boxes meet when they share a point (edges
touching count), so boxes that do not meet hold geometries that cannot touch. Rows with a
NaN never meet anything.
"""

from __future__ import annotations

import numpy as np

from .geometry import Segments, expand_ranges

MAX_CELLS_PER_BOX = 4


def box_pairs(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every ``(i, j)`` with box ``a[i]`` meeting box ``b[j]``, each pair once, sorted."""
    a, b = np.asarray(a, float).reshape(-1, 4), np.asarray(b, float).reshape(-1, 4)
    va = np.flatnonzero(np.all(np.isfinite(a), axis=1))
    vb = np.flatnonzero(np.all(np.isfinite(b), axis=1))
    if len(va) == 0 or len(vb) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    grid = _Grid(np.vstack([a[va], b[vb]]))
    key_a, own_a = grid.cells(a[va])
    key_b, own_b = grid.cells(b[vb])
    order = np.argsort(key_a, kind="stable")
    key_a, own_a = key_a[order], own_a[order]
    lo = np.searchsorted(key_a, key_b, side="left")
    count = np.searchsorted(key_a, key_b, side="right") - lo
    i = own_a[expand_ranges(lo, count)]
    j = np.repeat(own_b, count)
    ba, bb = a[va[i]], b[vb[j]]
    meet = (ba[:, 0] <= bb[:, 2]) & (bb[:, 0] <= ba[:, 2])
    meet &= (ba[:, 1] <= bb[:, 3]) & (bb[:, 1] <= ba[:, 3])
    pair = np.unique(i[meet] * len(vb) + j[meet])
    return va[pair // len(vb)], vb[pair % len(vb)]


def meets_another(boxes: np.ndarray) -> np.ndarray:
    """Per box: does it meet any other box of the same set?"""
    i, j = box_pairs(boxes, boxes)
    out = np.zeros(len(boxes), dtype=bool)
    out[i[i != j]] = True
    return out


def meets_any(boxes: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Per box: does it meet any box of ``others``?"""
    i, _ = box_pairs(boxes, others)
    out = np.zeros(len(boxes), dtype=bool)
    out[i] = True
    return out


def segment_boxes(seg: Segments) -> np.ndarray:
    """The bounding box of every segment."""
    return np.column_stack(
        [
            np.minimum(seg.x0, seg.x1),
            np.minimum(seg.y0, seg.y1),
            np.maximum(seg.x0, seg.x1),
            np.maximum(seg.y0, seg.y1),
        ]
    )


class _Grid:
    """Square cells about the size of a typical box, over the extent of ``boxes``."""

    def __init__(self, boxes: np.ndarray) -> None:
        size = np.maximum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1])
        self.cell = max(float(np.median(size)) if np.any(size > 0) else 1.0, 1e-9)
        self.x0, self.y0 = boxes[:, 0].min(), boxes[:, 1].min()
        while self._n_cells(boxes) > MAX_CELLS_PER_BOX * len(boxes) + 1_000_000:
            self.cell *= 2.0
        self.width = int(np.floor((boxes[:, 2].max() - self.x0) / self.cell)) + 2

    def _index(self, boxes: np.ndarray) -> tuple[np.ndarray, ...]:
        ix0 = np.floor((boxes[:, 0] - self.x0) / self.cell).astype(np.int64)
        iy0 = np.floor((boxes[:, 1] - self.y0) / self.cell).astype(np.int64)
        ix1 = np.floor((boxes[:, 2] - self.x0) / self.cell).astype(np.int64)
        iy1 = np.floor((boxes[:, 3] - self.y0) / self.cell).astype(np.int64)
        return ix0, iy0, ix1 - ix0 + 1, iy1 - iy0 + 1

    def _n_cells(self, boxes: np.ndarray) -> int:
        _, _, nx, ny = self._index(boxes)
        return int((nx * ny).sum())

    def cells(self, boxes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cell key and box index of every (box, covered cell)."""
        ix0, iy0, nx, ny = self._index(boxes)
        per_box = nx * ny
        owner = np.repeat(np.arange(len(boxes)), per_box)
        k = expand_ranges(np.zeros(len(boxes), np.int64), per_box)
        cx = ix0[owner] + k % nx[owner]
        cy = iy0[owner] + k // nx[owner]
        return cy * self.width + cx, owner
