"""Geometries as flat numpy arrays: vertices, rings (or lines, or points) and their features."""

from __future__ import annotations

from array import array
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class GeometryArrays:
    """Many features' geometries as arrays.

    ``xy`` holds every vertex; ``ring_offsets[r]:ring_offsets[r + 1]`` are the vertices of
    ring ``r`` (a polygon ring, closed; a line string; or a single point), owned by feature
    ``ring_feature[r]`` (non-decreasing). Features without rings are null or empty.
    """

    xy: np.ndarray
    ring_offsets: np.ndarray
    ring_feature: np.ndarray
    n_features: int
    polygonal: bool = False

    @classmethod
    def from_parts(
        cls, features: list[list[np.ndarray]], polygonal: bool = False
    ) -> GeometryArrays:
        """Build from a list (one entry per feature) of lists of ``(n, 2)`` vertex arrays."""
        rings = [np.asarray(r, dtype=float).reshape(-1, 2) for f in features for r in f]
        owner = [i for i, f in enumerate(features) for _ in f]
        lengths = np.array([len(r) for r in rings], dtype=np.int64)
        offsets = np.zeros(len(rings) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        xy = np.concatenate(rings) if rings else np.zeros((0, 2))
        return cls(xy, offsets, np.asarray(owner, dtype=np.int64), len(features), polygonal)

    @property
    def n_rings(self) -> int:
        return len(self.ring_feature)

    def has_geometry(self) -> np.ndarray:
        """Boolean per feature: does it own at least one vertex?"""
        has = np.zeros(self.n_features, dtype=bool)
        lengths = np.diff(self.ring_offsets)
        has[self.ring_feature[lengths > 0]] = True
        return has

    def first_vertex(self) -> tuple[np.ndarray, np.ndarray]:
        """One vertex per feature that has geometry: ``(feature index, (k, 2) xy)``."""
        lengths = np.diff(self.ring_offsets)
        nonempty = np.flatnonzero(lengths > 0)
        features, first = np.unique(self.ring_feature[nonempty], return_index=True)
        return features, self.xy[self.ring_offsets[nonempty[first]]]

    def feature_range(self, start: int, stop: int) -> GeometryArrays:
        """Features ``start:stop`` (renumbered from 0) as their own arrays."""
        stop = min(stop, self.n_features)
        r0, r1 = np.searchsorted(self.ring_feature, [start, stop], side="left")
        v0, v1 = self.ring_offsets[r0], self.ring_offsets[r1]
        return GeometryArrays(
            self.xy[v0:v1],
            self.ring_offsets[r0 : r1 + 1] - v0,
            self.ring_feature[r0:r1] - start,
            max(stop - start, 0),
            self.polygonal,
        )

    def bounds(self) -> np.ndarray:
        """Per feature ``[xmin, ymin, xmax, ymax]`` (NaN for features without geometry)."""
        out = np.full((self.n_features, 4), np.nan)
        if len(self.xy) == 0:
            return out
        vertex_feature = np.repeat(self.ring_feature, np.diff(self.ring_offsets))
        order_ok = np.all(np.diff(vertex_feature) >= 0)
        feats, starts = np.unique(vertex_feature, return_index=True)
        if not order_ok:  # pragma: no cover - ring_feature is documented as sorted
            raise ValueError("ring_feature must be non-decreasing")
        for col, (fn, axis) in enumerate(
            [(np.minimum, 0), (np.minimum, 1), (np.maximum, 0), (np.maximum, 1)]
        ):
            out[feats, col] = fn.reduceat(self.xy[:, axis], starts)
        return out


class GeometryBuilder:
    """:class:`GeometryArrays` grown one feature at a time, as :meth:`GeometryArrays.from_parts`
    builds them: every ring's vertices appended to one flat growing array of doubles, its end
    and owner to two more, so a reader never holds one small array per ring (about 3× the
    final arrays for 33-vertex polygons). :meth:`build` ends the building."""

    def __init__(self, polygonal: bool = False) -> None:
        self.polygonal = polygonal
        self.n_features = 0
        self._xy = array("d")  # x0, y0, x1, y1, … of every ring, in order
        self._ends = array("q")  # vertex count after each ring
        self._owner = array("q")  # feature of each ring

    def add(self, rings) -> None:
        """Append one feature with ``rings`` (``(n, 2)`` vertex arrays; none: no geometry)."""
        for ring in rings:
            self._xy.frombytes(np.asarray(ring, dtype=float).tobytes())
            self._ends.append(len(self._xy) // 2)
            self._owner.append(self.n_features)
        self.n_features += 1

    def build(self) -> GeometryArrays:
        """The arrays of every feature added; the vertices are not copied again (so no
        feature can be added after this)."""
        xy = np.frombuffer(self._xy, dtype=float) if self._xy else np.zeros(0)
        offsets = np.zeros(len(self._ends) + 1, dtype=np.int64)
        offsets[1:] = self._ends
        owner = np.array(self._owner, dtype=np.int64)
        return GeometryArrays(xy.reshape(-1, 2), offsets, owner, self.n_features, self.polygonal)


@dataclass(frozen=True)
class Segments:
    """Line segments ``(x0, y0) -> (x1, y1)`` with the feature each belongs to."""

    x0: np.ndarray
    y0: np.ndarray
    x1: np.ndarray
    y1: np.ndarray
    feature: np.ndarray

    def __len__(self) -> int:
        return len(self.x0)

    def lengths(self) -> np.ndarray:
        return np.hypot(self.x1 - self.x0, self.y1 - self.y0)

    def take(self, index: np.ndarray) -> Segments:
        return Segments(
            self.x0[index], self.y0[index], self.x1[index], self.y1[index], self.feature[index]
        )


def segments(geom: GeometryArrays) -> Segments:
    """All segments of all rings/lines; a single-vertex ring gives one zero-length segment."""
    lengths = np.diff(geom.ring_offsets)
    ring_of_vertex = np.repeat(np.arange(geom.n_rings), lengths)
    start = np.flatnonzero(ring_of_vertex[:-1] == ring_of_vertex[1:]) if len(lengths) else []
    start = np.asarray(start, dtype=np.int64)
    singles = geom.ring_offsets[:-1][lengths == 1]
    first = np.concatenate([start, singles])
    last = np.concatenate([start + 1, singles])
    order = np.argsort(first, kind="stable")
    first, last = first[order], last[order]
    xy = geom.xy
    return Segments(
        xy[first, 0],
        xy[first, 1],
        xy[last, 0],
        xy[last, 1],
        geom.ring_feature[ring_of_vertex[first]],
    )


def split_segments(seg: Segments, max_length: float) -> Segments:
    """Cut every segment longer than ``max_length`` into equal collinear pieces."""
    n_pieces = np.maximum(1, np.ceil(seg.lengths() / max_length)).astype(np.int64)
    if np.all(n_pieces == 1):
        return seg
    owner = np.repeat(np.arange(len(seg)), n_pieces)
    starts = np.cumsum(n_pieces) - n_pieces
    k = np.arange(len(owner)) - np.repeat(starts, n_pieces)
    t0 = k / n_pieces[owner]
    t1 = (k + 1) / n_pieces[owner]
    dx = seg.x1[owner] - seg.x0[owner]
    dy = seg.y1[owner] - seg.y0[owner]
    return Segments(
        seg.x0[owner] + t0 * dx,
        seg.y0[owner] + t0 * dy,
        np.where(k + 1 == n_pieces[owner], seg.x1[owner], seg.x0[owner] + t1 * dx),
        np.where(k + 1 == n_pieces[owner], seg.y1[owner], seg.y0[owner] + t1 * dy),
        seg.feature[owner],
    )


def expand_ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Concatenate ``arange(s, s + c)`` for every pair, without a Python loop."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(np.cumsum(counts) - counts, counts)
    return np.repeat(np.asarray(starts, dtype=np.int64), counts) + np.arange(total) - offsets


def all_by(group: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Per group ``0 … n-1``: True when every value of the group is true (or it has none);
    ``np.logical_and.at`` without its per-element cost."""
    return np.bincount(group, weights=~values, minlength=n)[:n] == 0


def any_by(group: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Per group ``0 … n-1``: True when any value of the group is true."""
    return np.bincount(group, weights=values, minlength=n)[:n] > 0
