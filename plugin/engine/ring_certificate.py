"""A vectorised certificate that polygon rings are simple, so GEOS need not check them.

A closed ring whose turns are all strictly left or right and whose non-adjacent edges are
strictly apart is simple and has area. Every orientation is decided only when its sign is
certain (Shewchuk's error bound for the floating-point determinant, with a margin); rings
that are not certain — touching or crossing edges, collinear turns, spikes, rounding too
close to call, very many edges — are left to GEOS. ``True`` therefore always means valid;
``False`` means only "not certified".
"""

from __future__ import annotations

import numpy as np

from .geometry import all_by

MAX_EDGES = 32  # longer rings are left to GEOS (the pair test grows with edges squared)
PAIRS_PER_CHUNK = 4_000_000
ERR = 1e-15  # > (3 + 16 eps) eps, Shewchuk's bound for the orientation determinant


def _orient(ax, ay, bx, by, cx, cy) -> np.ndarray:
    """Sign of the turn a → b → c: +1, -1, or 0 where the sign is not certain."""
    left = (bx - ax) * (cy - ay)
    right = (by - ay) * (cx - ax)
    det = left - right
    certain = np.abs(det) > ERR * (np.abs(left) + np.abs(right))
    return np.where(certain, np.sign(det), 0.0)


def simple_rings(xy: np.ndarray, ring_offsets: np.ndarray) -> np.ndarray:
    """True per ring (``xy[ring_offsets[r]:ring_offsets[r + 1]]``) when it is certainly a
    closed simple ring with area; repeated consecutive vertices are allowed (GEOS ignores
    them)."""
    n_rings = len(ring_offsets) - 1
    out = np.zeros(n_rings, dtype=bool)
    counts = np.diff(ring_offsets)
    ring_of = np.repeat(np.arange(n_rings), counts)
    if not len(xy):
        return out
    finite = np.isfinite(xy).all(axis=1)
    fine = all_by(ring_of, finite, n_rings)
    first, last = ring_offsets[:-1], ring_offsets[1:] - 1
    nonempty = counts > 0
    closed = np.zeros(n_rings, dtype=bool)
    closed[nonempty] = np.all(xy[first[nonempty]] == xy[last[nonempty]], axis=1)
    repeat = np.zeros(len(xy), dtype=bool)
    repeat[1:] = np.all(xy[1:] == xy[:-1], axis=1) & (ring_of[1:] == ring_of[:-1])
    kept = np.flatnonzero(~repeat)
    edges = np.bincount(ring_of[kept], minlength=n_rings) - 1
    candidate = fine & closed & (edges >= 3) & (edges <= MAX_EDGES)
    kept_start = np.searchsorted(ring_of[kept], np.arange(n_rings))
    for m in np.unique(edges[candidate]):
        same = np.flatnonzero(candidate & (edges == m))
        step = max(1, PAIRS_PER_CHUNK // (m * m))
        for rings in (same[k : k + step] for k in range(0, len(same), step)):
            index = kept[kept_start[rings][:, None] + np.arange(m)]  # P_0 … P_{m-1}
            out[rings] = _simple(xy[index, 0], xy[index, 1])
    return out


def _simple(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Rings of ``m`` distinct-consecutive vertices as ``(k, m)`` arrays (closing vertex
    omitted): every turn certain and every non-adjacent edge pair certainly apart.

    Two edges whose bounding boxes are strictly apart share no point (exact comparisons), so
    only the pairs whose boxes touch (a few percent in parcels) take the orientation test.
    """
    m = x.shape[1]
    nxt, nxt2 = np.roll(np.arange(m), -1), np.roll(np.arange(m), -2)
    xn, yn = x[:, nxt], y[:, nxt]
    turns = _orient(x, y, xn, yn, x[:, nxt2], y[:, nxt2])
    ok = np.all(turns != 0, axis=1)
    i, j = np.triu_indices(m, k=2)
    keep = ~((i == 0) & (j == m - 1))  # edges 0 and m-1 are adjacent (share P_0)
    i, j = i[keep], j[keep]
    if not len(i):
        return ok
    x0, x1, y0, y1 = np.minimum(x, xn), np.maximum(x, xn), np.minimum(y, yn), np.maximum(y, yn)
    boxed = (x1[:, i] < x0[:, j]) | (x1[:, j] < x0[:, i])
    boxed |= (y1[:, i] < y0[:, j]) | (y1[:, j] < y0[:, i])
    rows, pairs = np.nonzero(~boxed)
    ei, ej = i[pairs], j[pairs]
    ax, ay, bx, by = x[rows, ei], y[rows, ei], xn[rows, ei], yn[rows, ei]
    cx, cy, dx, dy = x[rows, ej], y[rows, ej], xn[rows, ej], yn[rows, ej]
    o1, o2 = _orient(ax, ay, bx, by, cx, cy), _orient(ax, ay, bx, by, dx, dy)
    o3, o4 = _orient(cx, cy, dx, dy, ax, ay), _orient(cx, cy, dx, dy, bx, by)
    meets = ~(((o1 * o2) > 0) | ((o3 * o4) > 0))
    ok[rows[meets]] = False
    return ok


def rings_apart(xy: np.ndarray, ring_offsets: np.ndarray, a: np.ndarray, b: np.ndarray):
    """True per pair ``(a[i], b[i])`` of closed rings when they certainly share no point
    and neither lies inside the other (two parts of a valid MultiPolygon); ``False`` means
    "not certified"."""
    ea = ring_offsets[a + 1] - ring_offsets[a] - 1
    eb = ring_offsets[b + 1] - ring_offsets[b] - 1
    out = (ea >= 1) & (eb >= 1) & (ea <= MAX_EDGES) & (eb <= MAX_EDGES)
    pairs = np.flatnonzero(out)
    work = ea[pairs] * eb[pairs]
    cum = np.cumsum(work)
    cuts = np.searchsorted(
        cum, np.arange(PAIRS_PER_CHUNK, cum[-1] if len(cum) else 0, PAIRS_PER_CHUNK)
    )
    for chunk in np.split(pairs, cuts):
        if len(chunk):
            out[chunk] = _edges_apart(xy, ring_offsets, a[chunk], b[chunk], ea[chunk], eb[chunk])
    for p, q in ((a, b), (b, a)):
        inside, certain = _point_in_ring(xy[ring_offsets[p]], xy, ring_offsets, q)
        out &= certain & ~inside
    return out


def _edges_apart(xy, offsets, a, b, ea, eb) -> np.ndarray:
    """Every edge of ring ``a[i]`` certainly apart from every edge of ring ``b[i]``."""
    work = ea * eb
    pair = np.repeat(np.arange(len(a)), work)
    k = np.arange(len(pair)) - np.repeat(np.cumsum(work) - work, work)
    i, j = k // eb[pair], k % eb[pair]
    p0, q0 = offsets[a[pair]] + i, offsets[b[pair]] + j
    x, y = xy[:, 0], xy[:, 1]
    ax, ay, bx, by = x[p0], y[p0], x[p0 + 1], y[p0 + 1]
    cx, cy, dx, dy = x[q0], y[q0], x[q0 + 1], y[q0 + 1]
    o1, o2 = _orient(ax, ay, bx, by, cx, cy), _orient(ax, ay, bx, by, dx, dy)
    o3, o4 = _orient(cx, cy, dx, dy, ax, ay), _orient(cx, cy, dx, dy, bx, by)
    meets = ~(((o1 * o2) > 0) | ((o3 * o4) > 0))
    return np.bincount(pair, weights=meets, minlength=len(a)) == 0


def _point_in_ring(points: np.ndarray, xy, offsets, rings):
    """Even–odd ``(inside, certain)`` of ``points[i]`` against ring ``rings[i]``: uncertain
    when an edge the ray may cross has an orientation too close to call."""
    n_edges = offsets[rings + 1] - offsets[rings] - 1
    pair = np.repeat(np.arange(len(rings)), np.maximum(n_edges, 0))
    k = np.arange(len(pair)) - np.repeat(np.cumsum(n_edges) - n_edges, np.maximum(n_edges, 0))
    e0 = offsets[rings[pair]] + k
    x0, y0, x1, y1 = xy[e0, 0], xy[e0, 1], xy[e0 + 1, 0], xy[e0 + 1, 1]
    px, py = points[pair, 0], points[pair, 1]
    straddles = (y0 > py) != (y1 > py)
    o = _orient(x0, y0, x1, y1, px, py)
    crossing = straddles & (o * np.sign(y1 - y0) > 0)
    unsure = straddles & (o == 0)
    count = np.bincount(pair, weights=crossing, minlength=len(rings))
    certain = np.bincount(pair, weights=unsure, minlength=len(rings)) == 0
    return count.astype(np.int64) % 2 == 1, certain
