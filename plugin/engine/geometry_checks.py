"""Geometry QA rules on :class:`GeometryArrays` (GICHD geocheck style), vectorised.

Rules here need no GEOS: few distinct vertices, long gaps between consecutive vertices,
slivers, duplicate geometries and duplicate ids. GEOS validity and CRS bounds are checked
at the QGIS boundary.
"""

from __future__ import annotations

import numpy as np

from .geometry import GeometryArrays
from .ids import id_key
from .traverse import ring_measures


def distinct_vertex_counts(geom: GeometryArrays, decimals: int = 6) -> np.ndarray:
    """Per feature, the number of distinct vertices (coordinates rounded to ``decimals``)."""
    out = np.zeros(geom.n_features, dtype=np.int64)
    if len(geom.xy) == 0:
        return out
    owner = np.repeat(geom.ring_feature, np.diff(geom.ring_offsets))
    keyed = np.column_stack([owner, np.round(geom.xy, decimals)])
    unique = np.unique(keyed, axis=0)
    np.add.at(out, unique[:, 0].astype(np.int64), 1)
    return out


def long_gaps(geom: GeometryArrays, max_gap: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Consecutive vertices further apart than ``max_gap``: (feature, midpoint xy, length)."""
    lengths = np.diff(geom.ring_offsets)
    ring_of_vertex = np.repeat(np.arange(geom.n_rings), lengths)
    start = np.flatnonzero(ring_of_vertex[:-1] == ring_of_vertex[1:])
    d = geom.xy[start + 1] - geom.xy[start]
    length = np.hypot(d[:, 0], d[:, 1])
    hit = length > max_gap
    mid = (geom.xy[start[hit]] + geom.xy[start[hit] + 1]) / 2.0
    return geom.ring_feature[ring_of_vertex[start[hit]]], mid, length[hit]


def polygon_areas(geom: GeometryArrays) -> np.ndarray:
    """Per feature: shell areas minus hole areas (rings taken as shell if counter-clockwise
    sign matches the feature's first ring; valid OGC polygons only)."""
    if geom.n_rings == 0:
        return np.zeros(geom.n_features)
    _, ring_area = ring_measures(geom.xy, geom.ring_offsets)
    signed = _signed_areas(geom)
    first = np.ones(geom.n_rings, dtype=bool)
    first[1:] = geom.ring_feature[1:] != geom.ring_feature[:-1]
    shell_sign = np.sign(signed[np.flatnonzero(first)])
    sign_of_first = shell_sign[np.cumsum(first) - 1]
    contribution = np.where(np.sign(signed) == sign_of_first, ring_area, -ring_area)
    out = np.zeros(geom.n_features)
    np.add.at(out, geom.ring_feature, contribution)
    return out


def _signed_areas(geom: GeometryArrays) -> np.ndarray:
    xy = geom.xy
    cross = np.append(xy[:-1, 0] * xy[1:, 1] - xy[1:, 0] * xy[:-1, 1], 0.0)
    cross[geom.ring_offsets[1:-1] - 1] = 0.0
    sizes = np.diff(geom.ring_offsets)
    out = np.zeros(geom.n_rings)
    multi = sizes > 1
    out[multi] = np.add.reduceat(cross, geom.ring_offsets[:-1][multi]) / 2.0
    return out


def geometry_keys(geom: GeometryArrays, decimals: int = 6) -> list[bytes]:
    """A key per feature, equal for geometries with the same vertices up to ring start and
    direction (closing vertex ignored); empty for features without geometry and for features
    that cannot have a duplicate (no other feature shares their vertex count and box)."""
    keys: list[bytes] = [b""] * geom.n_features
    rings: dict[int, list[bytes]] = {}
    candidate = _shared_signature(geom, decimals)
    for r in np.flatnonzero(candidate[geom.ring_feature]):
        ring = np.round(geom.xy[geom.ring_offsets[r] : geom.ring_offsets[r + 1]], decimals)
        if len(ring) > 1 and np.array_equal(ring[0], ring[-1]):
            ring = ring[:-1]
        rings.setdefault(int(geom.ring_feature[r]), []).append(_canonical(ring, geom.polygonal))
    for f, parts in rings.items():
        keys[f] = b"|".join(sorted(parts))
    return keys


def _shared_signature(geom: GeometryArrays, decimals: int) -> np.ndarray:
    """Features whose (distinct vertex count, rounded bounding box) another feature shares.

    Equal geometries always share it, so only these need the exact canonical key: the
    per-ring work is skipped, vectorised, for every feature that cannot have a duplicate."""
    n = geom.n_features
    if geom.n_rings == 0:
        return np.zeros(n, dtype=bool)
    xy = np.round(geom.xy, decimals)
    first, last = geom.ring_offsets[:-1], geom.ring_offsets[1:] - 1
    sizes = last - first + 1
    closed = (sizes > 1) & np.all(xy[first] == xy[np.maximum(last, first)], axis=1)
    count = np.bincount(geom.ring_feature, weights=sizes - closed, minlength=n)
    signature = np.column_stack([count, np.round(geom.bounds(), decimals)])
    valid = np.flatnonzero(np.isfinite(signature).all(axis=1))
    _, group, size = np.unique(signature[valid], axis=0, return_inverse=True, return_counts=True)
    shared = np.zeros(n, dtype=bool)
    shared[valid] = size[group.ravel()] > 1
    return shared


def _canonical(ring: np.ndarray, cyclic: bool) -> bytes:
    """Smallest of the ring's rotations/directions (lines: either direction)."""
    candidates = [ring, ring[::-1]]
    if cyclic and len(ring):
        out = []
        for r in candidates:
            start = np.lexsort((r[:, 1], r[:, 0]))[0]
            out.append(np.roll(r, -start, axis=0))
        candidates = out
    return min(c.tobytes() for c in candidates)


def duplicate_groups(keys: list) -> list[list[int]]:
    """Indexes sharing a non-empty key, groups of two or more, in first-seen order."""
    groups: dict = {}
    for i, key in enumerate(keys):
        if key not in (b"", "", None):
            groups.setdefault(key, []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def normalise_id(value) -> str:
    """Ids compared as everywhere (:func:`.ids.id_key`); "" for no id."""
    return id_key(value) or ""
