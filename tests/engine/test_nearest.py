"""Exact parcel→target distances on hand-computed geometry (no QGIS)."""

import numpy as np
import pytest

from clearance_planner.engine.geometry import GeometryArrays
from clearance_planner.engine.nearest import nearest_distance
from clearance_planner.engine.point_in_polygon import points_in_polygons
from clearance_planner.engine.progress import OperationCancelled
from clearance_planner.engine.segment_distance import segment_distance


def square(x0, y0, size):
    return np.array(
        [(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size), (x0, y0)], float
    )


def polys(*features):
    """Each feature: a list of rings (shell, holes…, further parts)."""
    return GeometryArrays.from_parts([list(f) for f in features], polygonal=True)


def points(*xy):
    return GeometryArrays.from_parts([[np.array([p], float)] for p in xy])


def lines(*coords):
    return GeometryArrays.from_parts([[np.array(c, float)] for c in coords])


# UTM-like coordinates so precision is tested where the plugin works (EPSG:32638)
E, N = 650_000.0, 4_420_000.0


def test_point_beside_middle_of_long_edge_measures_to_the_edge_not_a_vertex():
    parcels = polys([square(E, N, 1000)])
    d = nearest_distance(parcels, points((E + 500, N - 30)))
    assert d[0] == pytest.approx(30.0, abs=1e-9)


def test_point_off_a_corner_measures_the_diagonal():
    d = nearest_distance(polys([square(E, N, 100)]), points((E + 103, N + 104)))
    assert d[0] == pytest.approx(5.0, abs=1e-9)


def test_nearest_of_several_points_wins():
    targets = points((E - 50, N + 50), (E + 50, N + 120), (E + 500, N + 500))
    d = nearest_distance(polys([square(E, N, 100)]), targets)
    assert d[0] == pytest.approx(20.0)


def test_touching_polygons_are_at_distance_zero():
    d = nearest_distance(polys([square(E, N, 100)]), polys([square(E + 100, N, 100)]))
    assert d[0] == 0.0


def test_crossing_polygons_without_vertices_inside_each_other_are_at_zero():
    # a tall thin bar crossing a wide thin bar: no vertex of either lies inside the other
    wide = np.array([(E, N + 40), (E + 100, N + 40), (E + 100, N + 60), (E, N + 60), (E, N + 40)])
    tall = np.array([(E + 40, N), (E + 60, N), (E + 60, N + 100), (E + 40, N + 100), (E + 40, N)])
    assert nearest_distance(polys([wide]), polys([tall]))[0] == 0.0


def test_parcel_inside_target_polygon_is_at_zero():
    d = nearest_distance(polys([square(E + 10, N + 10, 10)]), polys([square(E, N, 100)]))
    assert d[0] == 0.0


def test_target_point_inside_parcel_is_at_zero():
    assert nearest_distance(polys([square(E, N, 100)]), points((E + 50, N + 50)))[0] == 0.0


def test_target_line_wholly_inside_parcel_is_at_zero():
    target = lines([(E + 20, N + 20), (E + 80, N + 30)])
    assert nearest_distance(polys([square(E, N, 100)]), target)[0] == 0.0


def test_point_in_a_hole_measures_to_the_hole_ring():
    hole = square(E + 40, N + 40, 20)[::-1]
    parcel = polys([square(E, N, 100), hole])
    d = nearest_distance(parcel, points((E + 50, N + 50)))
    assert d[0] == pytest.approx(10.0)


def test_parcel_in_hole_of_target_polygon_measures_to_the_hole_ring():
    target = polys([square(E, N, 300), square(E + 100, N + 100, 100)[::-1]])
    d = nearest_distance(polys([square(E + 140, N + 140, 20)]), target)
    assert d[0] == pytest.approx(40.0)


def test_multipart_parcel_takes_its_nearest_part():
    parcel = polys([square(E, N, 10), square(E + 1000, N, 10)])
    d = nearest_distance(parcel, points((E + 1015, N + 5)))
    assert d[0] == pytest.approx(5.0)


def test_line_crossing_the_parcel_boundary_is_at_zero():
    target = lines([(E - 50, N + 50), (E + 50, N + 50)])
    assert nearest_distance(polys([square(E, N, 100)]), target)[0] == 0.0


def test_long_line_segment_passing_near_is_measured_exactly():
    # a 40 km segment passing 7 m below the parcel: pieces must not lose the exact distance
    target = lines([(E - 20_000, N - 7), (E + 20_000, N - 7)])
    d = nearest_distance(polys([square(E, N, 50)]), target)
    assert d[0] == pytest.approx(7.0, abs=1e-9)


def test_null_parcel_is_nan_and_empty_targets_are_infinite():
    parcels = GeometryArrays.from_parts([[square(E, N, 10)], []], polygonal=True)
    d = nearest_distance(parcels, points((E, N - 3)))
    assert d[0] == pytest.approx(3.0) and np.isnan(d[1])
    empty = GeometryArrays.from_parts([[]])
    assert np.isinf(nearest_distance(parcels, empty)[0])


def test_many_parcels_match_brute_force_segment_distances():
    rng = np.random.default_rng(7)
    centres = rng.uniform(0, 5000, (300, 2)) + (E, N)
    parcels = polys(*[[square(x, y, rng.uniform(5, 80))] for x, y in centres])
    targets = lines(*[rng.uniform(0, 5000, (4, 2)) + (E, N) for _ in range(12)])
    d = nearest_distance(parcels, targets)
    # brute force over all segment pairs (no containment possible: lines vs small squares
    # is covered by the crossing test, and a line vertex inside a square is caught below)
    seg_t = [(a, b) for c in targets.xy.reshape(12, 4, 2) for a, b in zip(c[:-1], c[1:])]
    for i in range(len(centres)):
        ring = parcels.xy[parcels.ring_offsets[i] : parcels.ring_offsets[i + 1]]
        best = min(
            float(segment_distance(*p0, *p1, *t0, *t1))
            for p0, p1 in zip(ring[:-1], ring[1:])
            for t0, t1 in seg_t
        )
        inside = points_in_polygons(targets.xy[:, 0], targets.xy[:, 1], parcels)[1]
        expected = 0.0 if i in set(inside.tolist()) else best
        assert d[i] == pytest.approx(expected, abs=1e-6)


def test_cancel_raises():
    parcels = polys([square(E, N, 10)])
    with pytest.raises(OperationCancelled):
        nearest_distance(parcels, points((E, N)), cancelled=lambda: True)


def test_segment_distance_parallel_and_crossing():
    assert segment_distance(0, 0, 10, 0, 0, 3, 10, 3) == pytest.approx(3.0)
    assert segment_distance(0, 0, 10, 10, 0, 10, 10, 0) == 0.0
    assert segment_distance(0, 0, 1, 0, 4, 4, 4, 4) == pytest.approx(5.0)


def test_second_part_of_a_multipart_parcel_inside_a_target_polygon_is_at_zero():
    # part 1 far from the target; part 2 lies wholly inside the target polygon
    parcel = polys([square(E, N, 10), square(E + 1010, N + 10, 20)])
    target = polys([square(E + 1000, N, 100)])
    d = nearest_distance(parcel, target)
    assert d[0] == 0.0


def test_second_part_of_a_multipart_target_inside_a_parcel_is_at_zero():
    parcel = polys([square(E, N, 100)])
    target = polys([square(E + 5000, N, 10), square(E + 40, N + 40, 10)])
    assert nearest_distance(parcel, target)[0] == 0.0
    line = lines([(E + 5000, N), (E + 5010, N)], [(E + 40, N + 40), (E + 60, N + 50)])
    merged = GeometryArrays(line.xy, line.ring_offsets, np.array([0, 0]), 1)
    assert nearest_distance(parcel, merged)[0] == 0.0


def _random_scene(seed=3):
    rng = np.random.default_rng(seed)
    parcels = []
    for _ in range(60):
        cx, cy = E + rng.uniform(0, 3000), N + rng.uniform(0, 3000)
        k = int(rng.integers(5, 9))
        ang = (np.arange(k) + rng.uniform(0.1, 0.9, k)) * 2 * np.pi / k
        rad = rng.uniform(20, 150, k)
        ring = np.column_stack([cx + rad * np.cos(ang), cy + rad * np.sin(ang)])
        parcels.append([np.vstack([ring, ring[:1]])])
    walks = [
        np.cumsum(rng.normal(0, 80, (40, 2)), axis=0) + (E + rng.uniform(0, 3000), N + 1500)
        for _ in range(6)
    ]
    return GeometryArrays.from_parts(parcels, polygonal=True), lines(*walks)


def test_per_parcel_candidates_equal_the_per_piece_search_and_brute_force(monkeypatch):
    from clearance_planner.engine import nearest as engine
    from clearance_planner.engine.geometry import segments

    parcels, targets = _random_scene()
    default = nearest_distance(parcels, targets)
    monkeypatch.setattr(engine, "HEAVY_PAIRS", 0)  # every parcel through the per-piece search
    certified = nearest_distance(parcels, targets)
    monkeypatch.setattr(engine, "HEAVY_PAIRS", 10**9)
    monkeypatch.setattr(engine, "PARCELS_PER_CHUNK", 7)
    monkeypatch.setattr(engine, "PAIRS_PER_CHUNK", 50)
    chunked = nearest_distance(parcels, targets)
    p, t = segments(parcels), segments(targets)
    brute = segment_distance(
        p.x0[:, None], p.y0[:, None], p.x1[:, None], p.y1[:, None], t.x0, t.y0, t.x1, t.y1
    ).min(axis=1)
    expected = np.full(parcels.n_features, np.inf)
    np.minimum.at(expected, p.feature, brute)
    assert np.array_equal(default, certified)
    assert np.array_equal(default, chunked)
    assert np.allclose(default, expected, rtol=0, atol=1e-9)
    assert (default > 0).sum() > 40 and (default == 0).any()  # both cases present


def test_threaded_chunks_give_the_same_distances_as_one_thread(monkeypatch):
    import clearance_planner.engine.nearest as nearest

    rng = np.random.default_rng(11)
    centres = rng.uniform(0, 8000, (700, 2)) + (E, N)
    parcels = polys(*[[square(x, y, rng.uniform(5, 120))] for x, y in centres])
    targets = lines(*[rng.uniform(0, 8000, (6, 2)) + (E, N) for _ in range(15)])
    one = nearest_distance(parcels, targets, workers=1)
    monkeypatch.setattr(nearest, "PARCELS_PER_CHUNK", 37)  # 19 chunks on a thread pool
    seen = []
    many = nearest_distance(parcels, targets, workers=2, progress=seen.append)
    assert np.array_equal(one, many)
    assert seen[-1] == pytest.approx(1.0) and len(seen) == 19
    assert (one == 0).any() and (one > 0).any()  # crossings and gaps both present


def test_cancel_stops_threaded_chunks(monkeypatch):
    import clearance_planner.engine.nearest as nearest

    monkeypatch.setattr(nearest, "PARCELS_PER_CHUNK", 2)
    parcels = polys(*[[square(E + 30 * i, N, 10)] for i in range(20)])
    with pytest.raises(OperationCancelled):
        nearest_distance(parcels, points((E, N - 50)), workers=2, cancelled=lambda: True)


def _even_odd(x, y, rings) -> bool:
    """Brute-force ray casting over every ring of one feature (plain Python)."""
    inside = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring[:-1], ring[1:]):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def _brute_force(parcels, targets):
    """Per parcel: 0 when a ring start of one lies inside the other, else the smallest
    segment–segment distance over all pairs."""
    from clearance_planner.engine.geometry import segments

    p, t = segments(parcels), segments(targets)
    pair = segment_distance(
        p.x0[:, None], p.y0[:, None], p.x1[:, None], p.y1[:, None], t.x0, t.y0, t.x1, t.y1
    )
    per_target = np.full((parcels.n_features, targets.n_features), np.inf)
    np.minimum.at(per_target, (p.feature[:, None], t.feature[None, :]), pair)

    def rings(g, i):
        r = np.flatnonzero(g.ring_feature == i)
        return [g.xy[g.ring_offsets[k] : g.ring_offsets[k + 1]] for k in r]

    for i in range(parcels.n_features):
        for j in range(targets.n_features):
            pr, tr = rings(parcels, i), rings(targets, j)
            if any(_even_odd(*r[0], pr) for r in tr):
                per_target[i, j] = 0.0
            if targets.polygonal and any(_even_odd(*r[0], tr) for r in pr):
                per_target[i, j] = 0.0
    return per_target.min(axis=1)


def _scene_targets(seed):
    rng = np.random.default_rng(seed)
    pts = points(*(rng.uniform(0, 3000, (40, 2)) + (E, N)))
    walks = lines(
        *[np.cumsum(rng.normal(0, 90, (30, 2)), axis=0) + (E + 1500, N + 1500) for _ in range(5)]
    )
    stars = []
    for cx, cy in rng.uniform(0, 3000, (25, 2)) + (E, N):
        k = int(rng.integers(5, 9))
        ang = (np.arange(k) + rng.uniform(0.1, 0.9, k)) * 2 * np.pi / k
        rad = rng.uniform(10, 260, k)
        ring = np.column_stack([cx + rad * np.cos(ang), cy + rad * np.sin(ang)])
        stars.append([np.vstack([ring, ring[:1]])])
    return pts, walks, GeometryArrays.from_parts(stars, polygonal=True)


@pytest.mark.parametrize("seed", [1, 2, 5])
def test_parcels_prepared_once_match_brute_force_for_points_lines_and_polygons(monkeypatch, seed):
    from clearance_planner.engine import nearest as engine
    from clearance_planner.engine.parcel_pieces import prepare_parcels

    real, _ = _random_scene(seed)
    # and a last parcel without geometry
    parcels = GeometryArrays(real.xy, real.ring_offsets, real.ring_feature, real.n_features + 1)
    prepared = prepare_parcels(parcels)
    for targets in _scene_targets(seed):
        once = nearest_distance(prepared, targets)
        alone = nearest_distance(parcels, targets)
        monkeypatch.setattr(engine, "CANDIDATES_K", 1)  # every parcel through the ball query
        ball = nearest_distance(prepared, targets)
        monkeypatch.undo()
        expected = _brute_force(real, targets)
        assert np.array_equal(once, alone, equal_nan=True)
        assert np.array_equal(once, ball, equal_nan=True)
        assert np.isnan(once[-1])
        assert np.allclose(once[:-1], expected, rtol=0, atol=1e-9)
        assert (once[:-1] == 0).any() and (once[:-1] > 0).any()


def test_distance_matrix_in_blocks_equals_each_criterion_alone_and_brute_force():
    from clearance_planner.engine.nearest import distance_matrix

    real, _ = _random_scene(8)
    parcels = GeometryArrays(real.xy, real.ring_offsets, real.ring_feature, real.n_features + 1)
    targets = list(_scene_targets(8))
    whole = distance_matrix(parcels, targets)
    blocks = distance_matrix(parcels, targets, block=7)  # 9 blocks, the last one short
    alone = np.column_stack([nearest_distance(parcels, t) for t in targets])
    expected = np.column_stack([_brute_force(real, t) for t in targets])
    assert np.array_equal(whole, blocks, equal_nan=True)
    assert np.allclose(whole, alone, rtol=0, atol=1e-9, equal_nan=True)
    assert np.allclose(whole[:-1], expected, rtol=0, atol=1e-9)
    assert np.isnan(whole[-1]).all()


@pytest.mark.parametrize("seed", range(6))
def test_distance_stream_of_blocks_equals_brute_force_whatever_the_first_block(seed):
    """The piece length comes from the first block with rings (any length is exact)."""
    from clearance_planner.engine.nearest import DistanceStream

    real, _ = _random_scene(seed)
    targets = list(_scene_targets(seed))
    expected = np.column_stack([_brute_force(real, t) for t in targets])
    rng = np.random.default_rng(seed)
    cuts = np.unique(rng.integers(1, real.n_features, 4)).tolist()
    edges = [0, *cuts, real.n_features]
    stream = DistanceStream(targets)
    empty = GeometryArrays(np.zeros((0, 2)), np.zeros(1, np.int64), np.zeros(0, np.int64), 3)
    head = stream.block(empty)  # parcels without rings first: NaN, nothing prepared yet
    assert head.shape == (3, len(targets)) and np.isnan(head).all()
    assert stream.prepared is None
    got = np.concatenate([stream.block(real.feature_range(a, b)) for a, b in zip(edges, edges[1:])])
    assert np.allclose(got, expected, rtol=0, atol=1e-9)
    fixed = DistanceStream(targets, length=rng.uniform(1, 400))  # any given length
    assert np.allclose(fixed.block(real), expected, rtol=0, atol=1e-9)


def test_feature_range_renumbers_the_rings_of_a_slice():
    parcels = polys([square(E, N, 10)], [], [square(E, N, 5), square(E + 20, N, 5)])
    part = parcels.feature_range(1, 3)
    assert part.n_features == 2 and part.ring_feature.tolist() == [1, 1]
    assert np.array_equal(part.xy, parcels.xy[5:])
    assert part.ring_offsets.tolist() == [0, 5, 10]


def test_piece_length_from_blocks_of_features_equals_the_whole_layer():
    from clearance_planner.engine.geometry import segments
    from clearance_planner.engine.parcel_pieces import piece_length

    parcels, _ = _random_scene(4)
    whole = piece_length(segments(parcels))
    assert piece_length(parcels, block=7) == whole == piece_length(parcels)
    assert whole > 1.0
