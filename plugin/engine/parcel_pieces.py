"""Parcels prepared once for every criterion: boundary pieces, per-parcel boxes, and the
grid and edges that containment tests need.

Cutting the parcels' boundary into pieces and indexing their boxes costs more than a
criterion's search; :func:`prepare_parcels` does it once and :func:`nearest.nearest_distance`
takes the result for each criterion in turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .geometry import GeometryArrays, Segments, segments, split_segments
from .point_in_polygon import BoxGrid, PolygonEdges

MIN_PIECE_M = 1.0


def piece_length(seg: Segments | GeometryArrays, block: int = 100_000) -> float:
    """Cut length: the upper quartile of the parcels' segment lengths (at least 1 m).

    For arrays, the segments are made ``block`` features at a time (only their lengths are
    kept), so a million parcels' segments are never held at once; the value is the same."""
    if isinstance(seg, GeometryArrays):
        starts = range(0, seg.n_features, block)
        parts = [segments(seg.feature_range(f0, f0 + block)).lengths() for f0 in starts]
        lengths = np.concatenate(parts) if parts else np.zeros(0)
    else:
        lengths = seg.lengths()
    lengths = lengths[lengths > 0]
    return max(float(np.quantile(lengths, 0.75)), MIN_PIECE_M) if len(lengths) else MIN_PIECE_M


@dataclass(eq=False)
class PreparedParcels:
    """Parcels with their boundary pieces (no longer than ``length``) and, per parcel with
    pieces (a *group*, in feature order), the first piece, piece count, box centre and
    half-diagonal. The containment grid and edges are built on first use."""

    geometry: GeometryArrays
    pieces: Segments
    length: float
    starts: np.ndarray
    counts: np.ndarray
    centre: np.ndarray
    radius: np.ndarray

    @property
    def n_features(self) -> int:
        return self.geometry.n_features

    @property
    def group_feature(self) -> np.ndarray:
        """The feature of every group."""
        return self.pieces.feature[self.starts]

    @cached_property
    def midpoints(self) -> np.ndarray:
        p = self.pieces
        return np.column_stack([(p.x0 + p.x1) * 0.5, (p.y0 + p.y1) * 0.5])

    @cached_property
    def half_lengths(self) -> np.ndarray:
        return self.pieces.lengths() * 0.5

    @cached_property
    def grid(self) -> BoxGrid:
        """Every parcel's bounding box in a grid (for target points inside parcels)."""
        return BoxGrid(self.geometry.bounds())

    @cached_property
    def edges(self) -> PolygonEdges:
        """The parcels' own edges (uncut) for ray casting."""
        return PolygonEdges(self.geometry)


def prepare_parcels(parcels: GeometryArrays, length: float | None = None) -> PreparedParcels:
    """Cut the parcels' boundaries into pieces (``length`` by default from
    :func:`piece_length`) and compute each parcel's box centre and half-diagonal."""
    seg = segments(parcels)
    if length is None:
        length = piece_length(seg)
    pieces = split_segments(seg, length) if len(seg) else seg
    f = pieces.feature
    starts = np.flatnonzero(np.concatenate([[True], f[1:] != f[:-1]])) if len(f) else f[:0]
    counts = np.diff(np.append(starts, len(f)))
    if len(f):
        x_lo = np.minimum.reduceat(np.minimum(pieces.x0, pieces.x1), starts)
        x_hi = np.maximum.reduceat(np.maximum(pieces.x0, pieces.x1), starts)
        y_lo = np.minimum.reduceat(np.minimum(pieces.y0, pieces.y1), starts)
        y_hi = np.maximum.reduceat(np.maximum(pieces.y0, pieces.y1), starts)
    else:
        x_lo = x_hi = y_lo = y_hi = np.zeros(0)
    centre = np.column_stack([(x_lo + x_hi) * 0.5, (y_lo + y_hi) * 0.5])
    radius = np.hypot(x_hi - x_lo, y_hi - y_lo) * 0.5
    return PreparedParcels(parcels, pieces, float(length), starts, counts, centre, radius)
