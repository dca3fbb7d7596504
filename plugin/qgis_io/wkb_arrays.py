"""Many WKB geometries walked at once into vertex arrays (no Python loop per feature).

Only little-endian 2D points, lines, polygons and their multi types are walked, each part,
ring and vertex count checked against the feature's own bytes; a feature that is anything
else (null, empty, curved, Z/M, a collection, truncated, very many parts or rings) is left
to the per-feature path of :mod:`wkb` and :mod:`geometries` (``walked`` is False).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

POINT, LINESTRING, POLYGON = 1, 2, 3
MAX_STEPS = 64  # parts per feature, rings per polygon walked at once; more: per feature


@dataclass(frozen=True)
class WalkedWkb:
    """The rings/lines/points of the walked features, in feature, part and ring order.

    ``ring_feature`` indexes the input; ``ring_part`` numbers the parts of a feature and
    ``ring_hole`` marks polygon rings after the first of their polygon. ``kind`` is the
    base type of every walked feature (0 where not walked).
    """

    xy: np.ndarray
    ring_offsets: np.ndarray
    ring_feature: np.ndarray
    ring_part: np.ndarray
    ring_hole: np.ndarray
    walked: np.ndarray
    kind: np.ndarray


class _Buffer:
    """All blobs in one byte array; reads are checked against each feature's end."""

    def __init__(self, blobs) -> None:
        lengths = np.fromiter((0 if b is None else len(b) for b in blobs), np.int64, len(blobs))
        self.data = np.frombuffer(b"".join(b for b in blobs if b is not None), np.uint8)
        self.end = np.cumsum(lengths)
        self.start = self.end - lengths

    def u32(self, offset: np.ndarray) -> np.ndarray:
        return self.records(offset, 4).view("<u4")[:, 0].astype(np.int64)

    def records(self, offset: np.ndarray, size: int) -> np.ndarray:
        """``(len(offset), size)`` bytes from each offset: one index per record, not per
        byte (a byte index of every vertex was 128 bytes per vertex, 16× the vertices)."""
        if not len(offset):
            return np.zeros((0, size), np.uint8)
        windows = np.lib.stride_tricks.sliding_window_view(self.data, size)
        return np.ascontiguousarray(windows[offset])

    def byte(self, offset: np.ndarray) -> np.ndarray:
        return self.data[offset].astype(np.int64)


def walk(blobs) -> WalkedWkb:
    """Walk ``blobs`` (a sequence of WKB bytes or None)."""
    buf = _Buffer(blobs)
    n = len(buf.end)
    ok = buf.end - buf.start >= 9
    feature = np.flatnonzero(ok)
    head = buf.start[feature]
    code = np.zeros(n, np.int64)
    code[feature] = buf.u32(head + 1) * (buf.byte(head) == 1) - (buf.byte(head) != 1)
    ok &= (code >= 1) & (code <= 6)
    multi = code >= 4
    kind = np.where(ok, np.where(multi, code - 3, code), 0)
    n_parts = np.ones(n, np.int64)
    cursor = buf.start.copy()
    idx = np.flatnonzero(ok & multi)
    n_parts[idx] = buf.u32(buf.start[idx] + 5)
    cursor[idx] += 9
    ok &= (n_parts >= 1) & (n_parts <= MAX_STEPS)
    rings: list[tuple] = []
    for part in range(int(n_parts[ok].max()) if ok.any() else 0):
        active = np.flatnonzero(ok & (part < n_parts))
        active = active[cursor[active] + 9 <= buf.end[active]]
        ok[np.setdiff1d(np.flatnonzero(ok & (part < n_parts)), active)] = False
        at = cursor[active]
        same = (buf.byte(at) == 1) & (buf.u32(at + 1) == kind[active])
        ok[active[~same]] = False
        active, at = active[same], at[same]
        for k in (POINT, LINESTRING, POLYGON):
            sel = kind[active] == k
            cursor[active[sel]] = _part(buf, k, active[sel], at[sel], part, ok, rings)
    ok &= cursor == buf.end
    return _assemble(buf, rings, ok, kind, n)


def _part(buf: _Buffer, k: int, feats, at, part: int, ok, rings: list) -> np.ndarray:
    """Walk one part of type ``k`` at ``at`` for ``feats``; append its rings; the offsets
    after it (features found broken are cleared in ``ok``)."""
    if k == POINT:
        fits = at + 21 <= buf.end[feats]
        ok[feats[~fits]] = False
        rings.append((feats, part, 0, at + 5, np.ones(len(feats), np.int64)))
        return at + 21
    if k == LINESTRING:
        count = buf.u32(at + 5)
        after = at + 9 + 16 * count
        ok[feats[(count < 1) | (after > buf.end[feats])]] = False
        rings.append((feats, part, 0, at + 9, count))
        return after
    n_rings = buf.u32(at + 5)
    too_many = (n_rings < 1) | (n_rings > MAX_STEPS)
    ok[feats[too_many]] = False
    n_rings = np.where(too_many, 0, n_rings)
    cursor = at + 9
    for ring in range(int(n_rings.max()) if len(n_rings) else 0):
        live = np.flatnonzero(ring < n_rings)
        fits = cursor[live] + 4 <= buf.end[feats[live]]
        ok[feats[live[~fits]]] = False
        live = live[fits]
        count = buf.u32(cursor[live])
        after = cursor[live] + 4 + 16 * count
        ok[feats[live[(count < 1) | (after > buf.end[feats[live]])]]] = False
        rings.append((feats[live], part, ring, cursor[live] + 4, count))
        cursor[live] = after
    return cursor


def _assemble(buf: _Buffer, rings: list, ok: np.ndarray, kind: np.ndarray, n: int) -> WalkedWkb:
    if rings:
        feature = np.concatenate([r[0] for r in rings])
        part = np.concatenate([np.full(len(r[0]), r[1]) for r in rings])
        ring = np.concatenate([np.full(len(r[0]), r[2]) for r in rings])
        coords = np.concatenate([r[3] for r in rings])
        count = np.concatenate([r[4] for r in rings])
    else:
        feature = part = ring = coords = count = np.zeros(0, np.int64)
    keep = ok[feature]
    order = np.lexsort((ring[keep], part[keep], feature[keep]))
    feature, part, ring = feature[keep][order], part[keep][order], ring[keep][order]
    coords, count = coords[keep][order], count[keep][order]
    offsets = np.zeros(len(count) + 1, np.int64)
    np.cumsum(count, out=offsets[1:])
    vertex_at = np.repeat(coords, count) + 16 * (
        np.arange(int(offsets[-1])) - np.repeat(offsets[:-1], count)
    )
    xy = buf.records(vertex_at, 16).view("<f8").reshape(-1, 2).astype(float, copy=False)
    return WalkedWkb(xy, offsets, feature, part, ring > 0, ok, np.where(ok, kind, 0))
