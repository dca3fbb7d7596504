"""engine.ring_certificate: a certified ring is simple (checked exactly with fractions), and
the box prefilter of the edge-pair test certifies exactly the rings the full test does."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from clearance_planner.engine.ring_certificate import _orient, simple_rings

E, N = 650_000.0, 4_420_000.0  # UTM-sized offsets: the determinants round


def all_pairs(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The edge-pair test without its box prefilter (the certificate before 2026-12-07)."""
    m = x.shape[1]
    nxt, nxt2 = np.roll(np.arange(m), -1), np.roll(np.arange(m), -2)
    ok = np.all(_orient(x, y, x[:, nxt], y[:, nxt], x[:, nxt2], y[:, nxt2]) != 0, axis=1)
    i, j = np.triu_indices(m, k=2)
    keep = ~((i == 0) & (j == m - 1))
    i, j = i[keep], j[keep]
    ax, ay, bx, by = x[:, i], y[:, i], x[:, nxt[i]], y[:, nxt[i]]
    cx, cy, dx, dy = x[:, j], y[:, j], x[:, nxt[j]], y[:, nxt[j]]
    o1, o2 = _orient(ax, ay, bx, by, cx, cy), _orient(ax, ay, bx, by, dx, dy)
    o3, o4 = _orient(cx, cy, dx, dy, ax, ay), _orient(cx, cy, dx, dy, bx, by)
    return ok & np.all(((o1 * o2) > 0) | ((o3 * o4) > 0), axis=1)


def turn(a, b, c) -> Fraction:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def on_segment(p, a, b) -> bool:
    return min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def meet(a, b, c, d) -> bool:
    """Segments ab and cd share a point (exact)."""
    d1, d2, d3, d4 = turn(a, b, c), turn(a, b, d), turn(c, d, a), turn(c, d, b)
    if ((d1 > 0) != (d2 > 0)) and d1 and d2 and ((d3 > 0) != (d4 > 0)) and d3 and d4:
        return True
    return any(
        t == 0 and on_segment(p, s, e)
        for t, p, s, e in ((d1, c, a, b), (d2, d, a, b), (d3, a, c, d), (d4, b, c, d))
    )


def exactly_simple(ring: list[tuple[float, float]]) -> bool:
    """A closed ring without repeated consecutive vertices is simple with area: no two
    non-adjacent edges meet, adjacent ones share only their vertex."""
    v = [(Fraction(x), Fraction(y)) for x, y in ring[:-1]]
    m = len(v)
    edges = [(v[k], v[(k + 1) % m]) for k in range(m)]
    for a in range(m):
        for b in range(a + 1, m):
            (p, q), (r, s) = edges[a], edges[b]
            if b == a + 1 or (a == 0 and b == m - 1):
                shared, far_a, far_b = (q, p, s) if b == a + 1 else (p, q, r)
                back = (far_a[0] - shared[0]) * (far_b[0] - shared[0]) + (far_a[1] - shared[1]) * (
                    far_b[1] - shared[1]
                )
                if turn(far_a, shared, far_b) == 0 and back > 0:
                    return False  # a spike: the edges overlap
            elif meet(p, q, r, s):
                return False
    area = sum(v[k][0] * v[(k + 1) % m][1] - v[(k + 1) % m][0] * v[k][1] for k in range(m))
    return area != 0


@st.composite
def rings(draw) -> list[tuple[float, float]]:
    """Rings of 3-12 distinct consecutive vertices on a coarse half-metre grid (touching,
    collinear and crossing edges are common), far from the origin."""
    m = draw(st.integers(3, 12))
    points = draw(st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8)), min_size=m, max_size=m))
    kept = [p for k, p in enumerate(points) if k == 0 or p != points[k - 1]]
    if len(kept) > 1 and kept[-1] == kept[0]:
        kept.pop()
    kept = [(E + x / 2, N + y / 2) for x, y in kept]
    return [*kept, kept[0]] if kept else []


@settings(max_examples=400)
@given(st.lists(rings(), min_size=1, max_size=12))
def test_a_certified_ring_is_exactly_simple_and_the_box_prefilter_changes_nothing(batch):
    batch = [ring for ring in batch if len(ring) >= 4]
    if not batch:
        return
    xy = np.array([p for ring in batch for p in ring], dtype=np.float64)
    offsets = np.concatenate([[0], np.cumsum([len(r) for r in batch])])
    certified = simple_rings(xy, offsets)
    for ring, sure in zip(batch, certified):
        if sure:
            assert exactly_simple(ring), ring
        vertices = np.array([ring[:-1]])  # one ring of 3 or more distinct vertices
        assert bool(sure) == bool(all_pairs(vertices[..., 0], vertices[..., 1])[0]), ring


def test_a_square_is_certified_and_a_bowtie_a_spike_or_a_touching_vertex_is_not():
    square = [(E, N), (E + 10, N), (E + 10, N + 10), (E, N + 10), (E, N)]
    bowtie = [(E, N), (E + 10, N + 10), (E + 10, N), (E, N + 10), (E, N)]
    spike = [(E, N), (E + 10, N), (E + 10, N + 10), (E + 10, N + 20), (E + 10, N + 10), (E, N)]
    touching = [
        (E, N),
        (E + 10, N),
        (E + 5, N + 5),
        (E + 10, N + 10),
        (E, N + 10),
        (E + 5, N),
        (E, N),
    ]
    # a vertex on a vertical edge: the two edges' boxes only touch, at x = E + 2
    on_edge = [(2, 0), (2, 10), (9, 10), (9, 7), (2, 5), (9, 3), (9, 0), (2, 0)]
    on_edge = [(E + x, N + y) for x, y in on_edge]
    batch = [square, bowtie, spike, touching, on_edge]
    xy = np.array([p for ring in batch for p in ring])
    offsets = np.concatenate([[0], np.cumsum([len(r) for r in batch])])
    assert simple_rings(xy, offsets).tolist() == [True, False, False, False, False]
    assert [exactly_simple(r) for r in batch] == [True, False, False, False, False]
