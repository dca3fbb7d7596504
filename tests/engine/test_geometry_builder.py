"""GeometryBuilder (flat growing arrays) builds exactly what GeometryArrays.from_parts builds
from one list of ring arrays per feature."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from clearance_planner.engine.geometry import GeometryArrays, GeometryBuilder

coordinate = st.one_of(
    st.floats(-1e7, 1e7, allow_nan=False),
    st.sampled_from([0.0, -0.0, float("nan"), float("inf"), float("-inf")]),
)


@st.composite
def rings(draw) -> np.ndarray:
    """A ``(n, 2)`` vertex array as the WKB parser gives it: native, big-endian, or the x/y
    view of a Z or ZM array (not contiguous); ``n`` may be 0."""
    n = draw(st.integers(0, 6))
    dim = draw(st.sampled_from([2, 3, 4]))
    values = np.array(draw(st.lists(coordinate, min_size=n * dim, max_size=n * dim)), float)
    xyz = values.reshape(n, dim).astype(draw(st.sampled_from(["<f8", ">f8"])))
    return xyz[:, :2]


features = st.lists(st.lists(rings(), max_size=4), max_size=12)


def _built(parts, polygonal: bool) -> GeometryArrays:
    builder = GeometryBuilder(polygonal)
    for rings_of_feature in parts:
        builder.add(rings_of_feature)
    return builder.build()


def _assert_same(a: GeometryArrays, b: GeometryArrays) -> None:
    for name in ("xy", "ring_offsets", "ring_feature"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype and x.shape == y.shape, name
        assert np.array_equal(x, y, equal_nan=name == "xy"), name
    assert np.array_equal(np.signbit(a.xy), np.signbit(b.xy))  # -0.0 stays -0.0
    assert (a.n_features, a.polygonal) == (b.n_features, b.polygonal)


@settings(max_examples=300)
@given(features, st.booleans())
def test_builder_gives_the_arrays_of_from_parts(parts, polygonal):
    _assert_same(_built(parts, polygonal), GeometryArrays.from_parts(parts, polygonal))


def test_builder_keeps_features_without_rings_and_numbers_rings_by_feature():
    square = np.array([[0, 0], [2, 0], [2, 2], [0, 0]], float)
    point = np.array([[5.0, 6.0]])
    built = _built([[], [square, point], [], [point]], True)
    assert built.n_features == 4
    assert built.ring_offsets.tolist() == [0, 4, 5, 6]
    assert built.ring_feature.tolist() == [1, 1, 3]
    assert built.xy[4].tolist() == [5.0, 6.0]
    assert built.has_geometry().tolist() == [False, True, False, True]


def test_builder_without_features_gives_empty_arrays():
    _assert_same(_built([], False), GeometryArrays.from_parts([]))
    _assert_same(_built([[], []], True), GeometryArrays.from_parts([[], []], True))
