"""Exact point–segment and segment–segment distances on arrays (broadcasting)."""

from __future__ import annotations

import numpy as np


def point_segment_distance(px, py, x0, y0, x1, y1) -> np.ndarray:
    """Distance from points to segments (zero-length segments are points)."""
    dx = x1 - x0
    dy = y1 - y0
    l2 = dx * dx + dy * dy
    safe = np.where(l2 > 0, l2, 1.0)
    t = np.clip(((px - x0) * dx + (py - y0) * dy) / safe, 0.0, 1.0)
    t = np.where(l2 > 0, t, 0.0)
    return np.hypot(px - (x0 + t * dx), py - (y0 + t * dy))


def _orient(ax, ay, bx, by, cx, cy) -> np.ndarray:
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)


def segments_cross(ax0, ay0, ax1, ay1, bx0, by0, bx1, by1) -> np.ndarray:
    """True where two segments cross at a point interior to both (proper crossing)."""
    o1 = _orient(ax0, ay0, ax1, ay1, bx0, by0)
    o2 = _orient(ax0, ay0, ax1, ay1, bx1, by1)
    o3 = _orient(bx0, by0, bx1, by1, ax0, ay0)
    o4 = _orient(bx0, by0, bx1, by1, ax1, ay1)
    return (o1 * o2 < 0) & (o3 * o4 < 0)


def segment_distance(ax0, ay0, ax1, ay1, bx0, by0, bx1, by1) -> np.ndarray:
    """Distance between segments: 0 when they cross or touch.

    In the plane the closest points of two disjoint segments include an endpoint of one of
    them, so the minimum of four point–segment distances is exact.
    """
    d = np.minimum(
        np.minimum(
            point_segment_distance(ax0, ay0, bx0, by0, bx1, by1),
            point_segment_distance(ax1, ay1, bx0, by0, bx1, by1),
        ),
        np.minimum(
            point_segment_distance(bx0, by0, ax0, ay0, ax1, ay1),
            point_segment_distance(bx1, by1, ax0, ay0, ax1, ay1),
        ),
    )
    return np.where(segments_cross(ax0, ay0, ax1, ay1, bx0, by0, bx1, by1), 0.0, d)
