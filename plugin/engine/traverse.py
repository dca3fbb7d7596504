"""Compass-and-tape traverses on a plane: legs to turning points, closure, area, checks.

All records are laid out at once: legs are sorted by record, each record starts at its own
reference point, and per-record sums use ``np.add.reduceat`` over the leg offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .geometry import expand_ranges
from .text import QT_TR_NOOP, Text

ADJUSTMENTS = ("none", "bowditch")


@dataclass(frozen=True)
class Traverses:
    """Laid-out records. Legs are in input order (sorted by record); rings per record.

    ``leg_xy[i]`` is the end point of leg ``i``; ``first_tp[r]`` the first turning point of
    record ``r`` (the reference point unless approach legs lead to it). ``ring_xy``
    with ``ring_offsets`` holds each record's polygon ring (closed, first vertex repeated)
    or line vertices.
    """

    leg_xy: np.ndarray
    first_tp: np.ndarray
    ring_xy: np.ndarray
    ring_offsets: np.ndarray
    perimeter_legs: np.ndarray
    closure_error_m: np.ndarray
    perimeter_m: np.ndarray
    area_m2: np.ndarray
    self_intersecting: np.ndarray


def _group_cumsum(values: np.ndarray, starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Cumulative sums restarting at every contiguous group (given by starts and counts)."""
    total = np.cumsum(values, axis=0)
    padded = np.concatenate([np.zeros((1,) + values.shape[1:]), total])
    return total - np.repeat(padded[starts], counts, axis=0)


def leg_vectors(azimuth_deg: np.ndarray, distance_m: np.ndarray) -> np.ndarray:
    """(dx, dy) of each leg; azimuth clockwise from grid north."""
    theta = np.radians(np.asarray(azimuth_deg, dtype=float))
    d = np.asarray(distance_m, dtype=float)
    return np.column_stack([d * np.sin(theta), d * np.cos(theta)])


def lay_out(
    record: np.ndarray,
    approach: np.ndarray,
    azimuth_deg: np.ndarray,
    distance_m: np.ndarray,
    start_xy: np.ndarray,
    closed: bool = True,
    adjustment: str = "none",
    snap_m: float = 1e-3,
) -> Traverses:
    """Lay out every record's legs from its start point.

    ``record`` (non-decreasing, 0..R-1) gives the record of each leg, ``approach`` marks the
    leading legs from the reference point to the first turning point. With ``bowditch`` the
    misclosure of closed traverses is spread over the perimeter legs in proportion to the
    distance travelled (compass rule); ``closure_error_m`` is always the raw misclosure.
    A closed record's last point within ``snap_m`` of the first turning point is taken as
    the return to it: the ring closes there without a spurious short edge.
    """
    record = np.asarray(record, dtype=np.int64)
    approach = np.asarray(approach, dtype=bool)
    start_xy = np.asarray(start_xy, dtype=float).reshape(-1, 2)
    n_rec = len(start_xy)
    if np.any(np.diff(record) < 0):
        raise ValueError(Text(QT_TR_NOOP("legs must be sorted by record")))
    counts = np.bincount(record, minlength=n_rec)
    starts = np.cumsum(counts) - counts
    vec = leg_vectors(azimuth_deg, distance_m)
    leg_xy = start_xy[record] + _group_cumsum(vec, starts, counts)

    # first turning point: end of the last approach leg, else the start point
    first_tp = start_xy.copy()
    if approach.any():
        idx = np.flatnonzero(approach)
        last = np.zeros(n_rec, dtype=np.int64) - 1
        np.maximum.at(last, record[idx], idx)
        has = last >= 0
        first_tp[has] = leg_xy[last[has]]
    per = ~approach
    perimeter_legs = np.bincount(record[per], minlength=n_rec)
    p_rec = record[per]
    p_xy = leg_xy[per]
    p_len = np.asarray(distance_m, dtype=float)[per]
    p_starts = np.cumsum(perimeter_legs) - perimeter_legs
    last_xy = first_tp.copy()
    has_legs = perimeter_legs > 0
    last_xy[has_legs] = p_xy[p_starts[has_legs] + perimeter_legs[has_legs] - 1]
    misclosure = last_xy - first_tp  # vector from the first turning point to the last point
    closure = np.hypot(misclosure[:, 0], misclosure[:, 1])
    if closed and adjustment == "bowditch":
        travelled = _group_cumsum(p_len[:, None], p_starts, perimeter_legs)[:, 0]
        total = np.zeros(n_rec)
        total[has_legs] = travelled[p_starts[has_legs] + perimeter_legs[has_legs] - 1]
        share = np.divide(
            travelled, total[p_rec], out=np.zeros_like(travelled), where=total[p_rec] > 0
        )
        p_xy = p_xy - misclosure[p_rec] * share[:, None]
        leg_xy = leg_xy.copy()
        leg_xy[per] = p_xy
    elif adjustment not in ADJUSTMENTS:
        raise ValueError(
            Text(QT_TR_NOOP("unknown adjustment {0!r}; use {1}"), adjustment, ADJUSTMENTS)
        )
    ring_xy, ring_offsets = _rings(first_tp, p_xy, perimeter_legs, closed, snap_m)
    perimeter, area = ring_measures(ring_xy, ring_offsets)
    crossing = self_intersections(ring_xy, ring_offsets, closed)
    return Traverses(
        leg_xy,
        first_tp,
        ring_xy,
        ring_offsets,
        perimeter_legs,
        closure,
        perimeter,
        area if closed else np.full(n_rec, np.nan),
        crossing,
    )


def _rings(first_tp, p_xy, counts, closed: bool, snap_m: float) -> tuple[np.ndarray, np.ndarray]:
    """Per record: first turning point, perimeter points, and (polygons) the first again.

    A closed ring whose last point falls within ``snap_m`` of the first turning point does
    not keep it (the ring closes on the first turning point).
    """
    n_rec = len(first_tp)
    p_starts = np.cumsum(counts) - counts
    has = counts > 0
    last = np.full((n_rec, 2), np.nan)
    last[has] = p_xy[p_starts[has] + counts[has] - 1]
    coincide = has & (np.hypot(*(last - first_tp).T) <= snap_m)
    keep = np.ones(len(p_xy), dtype=bool)
    if closed:
        keep[(p_starts + counts - 1)[coincide]] = False
    kept_counts = counts - (coincide if closed else 0)
    sizes = 1 + kept_counts + (1 if closed else 0)
    offsets = np.zeros(n_rec + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    ring = np.empty((offsets[-1], 2))
    ring[offsets[:-1]] = first_tp
    body = expand_ranges(offsets[:-1] + 1, kept_counts)
    ring[body] = p_xy[keep]
    if closed:
        ring[offsets[1:] - 1] = first_tp
    return ring, offsets


def ring_measures(ring_xy: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Length and absolute shoelace area of each ring/line (area is meaningless for lines)."""
    n = len(offsets) - 1
    if len(ring_xy) == 0:
        return np.zeros(n), np.zeros(n)
    seg_len = np.hypot(*np.diff(ring_xy, axis=0).T)
    cross = ring_xy[:-1, 0] * ring_xy[1:, 1] - ring_xy[1:, 0] * ring_xy[:-1, 1]
    last_of_ring = offsets[1:-1] - 1  # segment from a ring's last vertex into the next ring
    seg_len[last_of_ring] = 0.0
    cross[last_of_ring] = 0.0
    sizes = np.diff(offsets)
    length = np.zeros(n)
    area = np.zeros(n)
    multi = sizes > 1
    starts = offsets[:-1][multi]
    seg_len = np.append(seg_len, 0.0)
    cross = np.append(cross, 0.0)
    length[multi] = np.add.reduceat(seg_len, starts)
    area[multi] = np.abs(np.add.reduceat(cross, starts)) / 2.0
    return length, area


def self_intersections(ring_xy: np.ndarray, offsets: np.ndarray, closed: bool) -> np.ndarray:
    """Per ring: do two non-adjacent segments touch or cross? (all pairs within a ring)."""
    n = len(offsets) - 1
    out = np.zeros(n, dtype=bool)
    n_seg = np.maximum(np.diff(offsets) - 1, 0)
    # pairs (i, j), i < j, within each ring: enumerate i, then j over i+1..m-1
    seg_start = offsets[:-1]
    owner = np.repeat(np.arange(n), n_seg)
    local_i = expand_ranges(np.zeros(n, dtype=np.int64), n_seg)
    n_j = n_seg[owner] - local_i - 1
    pair_owner = np.repeat(owner, n_j)
    i = np.repeat(local_i, n_j)
    j = expand_ranges(local_i + 1, n_j)
    m = n_seg[pair_owner]
    adjacent = (j == i + 1) | (closed & (i == 0) & (j == m - 1))
    i, j, pair_owner = i[~adjacent], j[~adjacent], pair_owner[~adjacent]
    if len(i) == 0:
        return out
    base = seg_start[pair_owner]
    a0, a1 = ring_xy[base + i], ring_xy[base + i + 1]
    b0, b1 = ring_xy[base + j], ring_xy[base + j + 1]
    hit = segments_intersect(a0, a1, b0, b1)
    out[np.unique(pair_owner[hit])] = True
    return out


def _orient(p, q, r) -> np.ndarray:
    return (q[:, 0] - p[:, 0]) * (r[:, 1] - p[:, 1]) - (q[:, 1] - p[:, 1]) * (r[:, 0] - p[:, 0])


def _on_segment(p, q, r, pad) -> np.ndarray:
    """r lies within the bounding box of p-q, widened by ``pad`` (used when collinear)."""
    lo, hi = np.minimum(p, q) - pad[:, None], np.maximum(p, q) + pad[:, None]
    return np.all((lo <= r) & (r <= hi), axis=1)


def segments_intersect(a0, a1, b0, b1, eps: float = 1e-9) -> np.ndarray:
    """Vectorised closed-segment intersection test (touching counts).

    Coordinates are taken relative to ``a0`` so large UTM values do not swamp the
    collinearity tolerance, which scales with the squared segment lengths.
    """
    a1, b0, b1 = a1 - a0, b0 - a0, b1 - a0
    a0 = np.zeros_like(a1)
    size = np.maximum(np.abs(np.concatenate([a1, b0, b1], axis=1)).max(axis=1), 1e-12)
    tol, pad = eps * size * size, eps * size
    d1, d2 = _orient(b0, b1, a0), _orient(b0, b1, a1)
    d3, d4 = _orient(a0, a1, b0), _orient(a0, a1, b1)
    proper = (((d1 > tol) & (d2 < -tol)) | ((d1 < -tol) & (d2 > tol))) & (
        ((d3 > tol) & (d4 < -tol)) | ((d3 < -tol) & (d4 > tol))
    )
    touch = (
        ((np.abs(d1) <= tol) & _on_segment(b0, b1, a0, pad))
        | ((np.abs(d2) <= tol) & _on_segment(b0, b1, a1, pad))
        | ((np.abs(d3) <= tol) & _on_segment(a0, a1, b0, pad))
        | ((np.abs(d4) <= tol) & _on_segment(a0, a1, b1, pad))
    )
    return proper | touch


def inverse(xy0: np.ndarray, xy1: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Grid azimuth (degrees, [0, 360)) and distance from points ``xy0`` to ``xy1``."""
    d = np.asarray(xy1, float) - np.asarray(xy0, float)
    return np.mod(np.degrees(np.arctan2(d[:, 0], d[:, 1])), 360.0), np.hypot(d[:, 0], d[:, 1])
