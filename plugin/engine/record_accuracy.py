"""How far handed-over minefield records can be trusted: incidents they miss, and
area-weighted reliability per district."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .geometry import GeometryArrays, expand_ranges, segments
from .point_in_polygon import boxes_containing_points, points_in_polygons
from .progress import CancelFn, check_cancel
from .segment_distance import point_segment_distance

PAIR_BUDGET = 2_000_000


def incidents_inside(records: GeometryArrays, px: np.ndarray, py: np.ndarray) -> tuple:
    """``(count per record, bool per incident: inside at least one record)``."""
    point, poly = points_in_polygons(px, py, records)
    counts = np.bincount(poly, minlength=records.n_features)
    inside_any = np.zeros(len(px), dtype=bool)
    inside_any[point] = True
    return counts, inside_any


def nearest_outside(
    records: GeometryArrays, px: np.ndarray, py: np.ndarray, cancelled: CancelFn = None
) -> np.ndarray:
    """Per record, the distance from its boundary to the nearest point lying outside it.

    Exact: candidates come from the record's box grown by a radius that quadruples until a
    candidate no further than the radius is found (any closer point would lie in that box).
    ``inf`` when every point is inside, NaN for records without geometry.
    """
    px, py = np.asarray(px, float), np.asarray(py, float)
    out = np.full(records.n_features, np.nan)
    has = records.has_geometry()
    out[has] = np.inf
    if len(px) == 0 or not has.any():
        return out
    inside_point, inside_poly = points_in_polygons(px, py, records)
    inside_key = inside_poly.astype(np.int64) * len(px) + inside_point
    seg = segments(records)
    ids = np.arange(records.n_features)
    seg_start = np.searchsorted(seg.feature, ids, side="left")
    seg_count = np.searchsorted(seg.feature, ids, side="right") - seg_start
    bounds = records.bounds()
    span = np.max(bounds[has][:, 2:] - bounds[has][:, :2], axis=1)
    radius = max(float(np.median(span)), 1.0)
    reach = float(
        np.ptp(np.concatenate([px, bounds[has][:, 0], bounds[has][:, 2]]))
        + np.ptp(np.concatenate([py, bounds[has][:, 1], bounds[has][:, 3]]))
    )
    pending = np.flatnonzero(has)
    while len(pending):
        check_cancel(cancelled)
        grown = bounds[pending] + np.array([-radius, -radius, radius, radius])
        point, box = boxes_containing_points(px, py, grown)
        poly = pending[box]
        outside = ~np.isin(poly.astype(np.int64) * len(px) + point, inside_key)
        point, poly = point[outside], poly[outside]
        best = _pair_minimum(point, poly, px, py, seg, seg_start, seg_count, records.n_features)
        done = best[pending] <= radius
        final = radius >= reach
        settle = pending[done | final]
        out[settle] = np.minimum(out[settle], best[settle])
        pending = pending[~(done | final)]
        radius *= 4.0
    return out


def _pair_minimum(point, poly, px, py, seg, seg_start, seg_count, n) -> np.ndarray:
    """Per polygon, the smallest point-boundary distance over the given pairs."""
    best = np.full(n, np.inf)
    work = seg_count[poly]
    cum = np.cumsum(work)
    edges = np.unique(
        np.concatenate(
            [
                [0],
                np.searchsorted(
                    cum, np.arange(PAIR_BUDGET, cum[-1] if len(cum) else 0, PAIR_BUDGET), "right"
                ),
                [len(work)],
            ]
        )
    )
    for start, stop in zip(edges[:-1], edges[1:]):
        sl = slice(start, stop)
        pair = np.repeat(np.arange(start, stop), work[sl])
        edge = expand_ranges(seg_start[poly[sl]], work[sl])
        d = point_segment_distance(
            px[point[pair]], py[point[pair]], seg.x0[edge], seg.y0[edge], seg.x1[edge], seg.y1[edge]
        )
        np.minimum.at(best, poly[pair], d)
    return best


@dataclass(frozen=True)
class DistrictSummary:
    districts: list[str]
    records: np.ndarray
    record_area: np.ndarray
    confirmed_area: np.ndarray
    area_reliability: np.ndarray  # confirmed / record area
    records_accurate: np.ndarray
    record_reliability: np.ndarray  # share of records with confirmed share >= threshold
    incidents_inside: np.ndarray


def summarise(
    district: list[str],
    record_area: np.ndarray,
    confirmed_area: np.ndarray,
    inside_counts: np.ndarray,
    threshold: float,
) -> DistrictSummary:
    """Per district (and a last row ``"ALL"``): area-weighted and per-record reliability.

    Records with no area (no geometry) count as records but add no area.
    """
    names = sorted(set(district))
    index = np.array([names.index(d) for d in district], dtype=np.int64)
    index = np.append(index, np.full(len(district), len(names)))
    names.append("ALL")
    area = np.nan_to_num(np.tile(record_area, 2))
    confirmed = np.nan_to_num(np.tile(confirmed_area, 2))
    share = np.divide(confirmed, area, out=np.zeros_like(area), where=area > 0)
    accurate = (area > 0) & (share >= threshold)
    k = len(names)
    n = np.bincount(index, minlength=k)
    a = np.bincount(index, weights=area, minlength=k)
    c = np.bincount(index, weights=confirmed, minlength=k)
    good = np.bincount(index, weights=accurate, minlength=k).astype(np.int64)
    inc = np.bincount(index, weights=np.tile(inside_counts, 2), minlength=k).astype(np.int64)
    return DistrictSummary(
        names,
        n,
        a,
        c,
        np.divide(c, a, out=np.full(k, np.nan), where=a > 0),
        good,
        np.divide(good, n, out=np.full(k, np.nan), where=n > 0),
        inc,
    )
