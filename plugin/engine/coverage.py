"""Coverage arithmetic: which district and record each incident falls in, and the per-district
table of mapped vs unmapped contamination with its totals, percentages and per-year counts.

Areas come in already measured (hectares, one value per district plus one "outside every
district" row); this module only adds, divides and counts. Nothing here imports QGIS.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .geometry import GeometryArrays, expand_ranges, segments
from .point_in_polygon import boxes_containing_points, points_in_polygons
from .segment_distance import point_segment_distance
from .text import QT_TR_NOOP

AREA_FIELDS = (
    "district_ha",
    "records_ha",
    "hazard_ha",
    "hazard_in_records_ha",
    "unmapped_hazard_ha",
    "records_without_hazard_ha",
    "cleared_ha",
)
PCT_FIELDS = ("pct_district_contaminated", "pct_hazard_mapped", "pct_incidents_outside_records")
COUNT_FIELDS = ("incidents", "incidents_in_records")
FIELDS = (
    *AREA_FIELDS,
    "pct_district_contaminated",
    "pct_hazard_mapped",
    *COUNT_FIELDS,
    "pct_incidents_outside_records",
    "casualties",
)
# the names of the last rows: English in the output's district field (keys, like codes),
# translated where a report shows them (CoverageTable.label)
OUTSIDE = QT_TR_NOOP("Outside districts")
TOTAL = QT_TR_NOOP("Total")
MAX_PAIRS = 4_000_000
SUM_TOLERANCE = 0.001  # district rows must add up to the totals within 0.1 %


# -- points ----------------------------------------------------------------------------------


def locate_points(
    px: np.ndarray, py: np.ndarray, polygons: GeometryArrays, tolerance: float = 1e-3
) -> np.ndarray:
    """Index of the first polygon feature (lowest index) holding each point, -1 for none.

    A point holds when it lies inside the polygon or within ``tolerance`` of its boundary, so
    a point on the border of two districts goes to the first of them and a point on a
    record's edge counts as inside the record.
    """
    px = np.asarray(px, dtype=float)
    py = np.asarray(py, dtype=float)
    found = np.full(len(px), np.iinfo(np.int64).max, dtype=np.int64)
    point, poly = points_in_polygons(px, py, polygons)
    np.minimum.at(found, point, poly)
    b_point, b_poly = _points_on_boundaries(px, py, polygons, tolerance)
    np.minimum.at(found, b_point, b_poly)
    found[found == np.iinfo(np.int64).max] = -1
    return found


def _points_on_boundaries(
    px: np.ndarray, py: np.ndarray, polygons: GeometryArrays, tolerance: float
) -> tuple[np.ndarray, np.ndarray]:
    """``(point, polygon)`` pairs with the point within ``tolerance`` of the polygon's rings."""
    boxes = polygons.bounds() + np.array([-tolerance, -tolerance, tolerance, tolerance])
    point, poly = boxes_containing_points(px, py, boxes)
    if len(point) == 0:
        return point, poly
    seg = segments(polygons)
    features = np.arange(polygons.n_features)
    seg_start = np.searchsorted(seg.feature, features, side="left")
    seg_count = np.searchsorted(seg.feature, features, side="right") - seg_start
    work = seg_count[poly]
    hit = np.zeros(len(point), dtype=bool)
    cuts = np.searchsorted(np.cumsum(work), np.arange(MAX_PAIRS, work.sum(), MAX_PAIRS))
    edges = np.unique(np.r_[0, cuts, len(point)]).tolist()
    for start, stop in zip(edges[:-1], edges[1:]):
        pair = np.repeat(np.arange(start, stop), work[start:stop])
        edge = expand_ranges(seg_start[poly[start:stop]], work[start:stop])
        d = point_segment_distance(
            px[point[pair]],
            py[point[pair]],
            seg.x0[edge],
            seg.y0[edge],
            seg.x1[edge],
            seg.y1[edge],
        )
        close = np.bincount(pair - start, weights=d <= tolerance, minlength=stop - start)
        hit[start:stop] = close > 0
    return point[hit], poly[hit]


# -- dates -----------------------------------------------------------------------------------

_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$"), (1, 2, 3)),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"), (3, 2, 1)),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), (3, 2, 1)),  # day/month/year
)


def parse_date(text: str) -> dt.date | None:
    """A date from ISO ``2021-03-04`` (optionally with a time), ``2021/03/04``,
    ``04.03.2021`` or ``04/03/2021`` (day first); None when the text is none of these."""
    text = text.strip()
    for pattern, (y, m, d) in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                return dt.date(int(match[y]), int(match[m]), int(match[d]))
            except ValueError:
                return None
    return None


def date_filter(days: np.ndarray, date_from: dt.date | None, date_to: dt.date | None) -> np.ndarray:
    """Keep mask for incidents by proleptic ordinal day (``-1`` = unknown date, always kept)."""
    keep = np.ones(len(days), dtype=bool)
    known = days >= 0
    if date_from is not None:
        keep &= ~known | (days >= date_from.toordinal())
    if date_to is not None:
        keep &= ~known | (days <= date_to.toordinal())
    return keep


# -- districts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DistrictNames:
    """A name per district row; ``unnamed`` feature ids got ``District <id>``, ``duplicates``
    are names shared by several rows (each keeps its own row)."""

    names: list[str]
    unnamed: list[int]
    duplicates: list[str]


def district_names(ids: list[int], values: list) -> DistrictNames:
    """The name of each district (``values``, None = empty), ``District <id>`` when empty."""
    names, unnamed = [], []
    for fid, value in zip(ids, values):
        if value is None or not str(value).strip():
            unnamed.append(fid)
            value = f"District {fid}"
        names.append(str(value))
    duplicates = sorted({n for n in names if names.count(n) > 1})
    return DistrictNames(names, unnamed, duplicates)


def with_null_rows(areas: dict[str, np.ndarray], n_null: int) -> dict[str, np.ndarray]:
    """Zero area rows for ``n_null`` districts without geometry, before the last ("outside")
    entry, so the rows follow the district rows (null geometries last)."""
    zeros = np.zeros(n_null)
    return {k: np.r_[v[:-1], zeros, v[-1:]] for k, v in areas.items()}


def overlaps_nothing(areas: dict[str, np.ndarray], incident_row: np.ndarray, n: int) -> bool:
    """True when no hazard, record or incident lies in any of the ``n`` districts."""
    inside = float(np.nansum(areas["hazard_ha"][:-1]))
    inside += float(np.nansum(areas["records_ha"][:-1]))
    return inside == 0 and not np.any(np.asarray(incident_row) < n)


def district_overlap_ha(areas: dict[str, np.ndarray], union_ha: float) -> float | None:
    """Area counted in more than one district (sum of rows - union), None within tolerance."""
    summed = float(np.sum(areas["district_ha"][:-1]))
    if union_ha > 0 and abs(summed - union_ha) / union_ha > SUM_TOLERANCE:
        return summed - union_ha
    return None


def sum_by(labels: list, values: list[float]) -> dict:
    """``values`` added up per label, labels in order of first appearance."""
    out: dict = {}
    for label, value in zip(labels, values):
        out[label] = out.get(label, 0.0) + value
    return out


# -- table -----------------------------------------------------------------------------------


@dataclass
class CoverageTable:
    """One row per district, then "Outside districts" (when anything lies outside), then the
    total. ``columns`` maps each name of :data:`FIELDS` to a float array over the rows
    (NaN = not applicable, written as NULL)."""

    names: list[str]
    columns: dict[str, np.ndarray]
    n_districts: int
    has_outside: bool
    sum_gap: dict[str, float] = field(default_factory=dict)  # relative |rows - total| / total

    def row(self, i: int) -> dict[str, float]:
        return {name: float(values[i]) for name, values in self.columns.items()}

    def worst_sum_gap(self) -> tuple[str, float] | None:
        """The area field whose rows differ most from its total, when beyond tolerance."""
        key, gap = max(self.sum_gap.items(), key=lambda kv: kv[1])
        return (key, gap) if gap > SUM_TOLERANCE else None

    @property
    def total_row(self) -> int:
        return len(self.names) - 1

    def label(self, i: int, translate: Callable[[str], str] = str) -> str:
        """The name of row ``i`` as a report shows it: "Outside districts" and "Total"
        through ``translate`` (e.g. ``i18n.tr``), district names as they are."""
        if i == self.total_row or (self.has_outside and i == self.total_row - 1):
            return translate(self.names[i])
        return self.names[i]


def pct(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """100 * numerator / denominator, NaN where the denominator is not positive."""
    numerator = np.asarray(numerator, dtype=float)
    denominator = np.asarray(denominator, dtype=float)
    safe = np.where(denominator > 0, denominator, 1.0)
    return np.where(denominator > 0, 100.0 * numerator / safe, np.nan)


def count_incidents(
    row: np.ndarray, in_records: np.ndarray, casualties: np.ndarray, n_rows: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Incidents, incidents in records and casualties (NaN ignored) per row index, as floats.

    ``np.bincount`` gives integers for empty weights, so the counts are cast (no incidents
    must still give float columns that can hold NaN).
    """
    row = np.asarray(row, dtype=np.int64)
    casualties = np.asarray(casualties, dtype=float)
    incidents = np.bincount(row, minlength=n_rows)[:n_rows]
    inside = np.bincount(row, weights=np.asarray(in_records, float), minlength=n_rows)[:n_rows]
    people = np.bincount(row, weights=np.nan_to_num(casualties), minlength=n_rows)[:n_rows]
    return incidents.astype(float), inside.astype(float), people.astype(float)


def coverage_table(
    names: list[str],
    areas: dict[str, np.ndarray],
    totals: dict[str, float],
    incident_row: np.ndarray,
    in_records: np.ndarray,
    casualties: np.ndarray,
    has_casualties: bool = True,
) -> CoverageTable:
    """Assemble the table.

    ``areas[name]`` has one value per district plus a last "outside" value (hectares);
    ``totals[name]`` is the same figure measured on the whole area at once, so the sums of
    the rows can be checked against it (``sum_gap``). ``incident_row`` is each incident's
    district index, ``len(names)`` for incidents outside every district.
    """
    n = len(names)
    incidents, inside, people = count_incidents(incident_row, in_records, casualties, n + 1)
    has_outside = bool(
        any(areas[k][n] > 0 for k in AREA_FIELDS if k != "district_ha") or incidents[n] > 0
    )
    keep = np.r_[np.arange(n), [n] if has_outside else []].astype(np.int64)
    cols: dict[str, np.ndarray] = {}
    for key in AREA_FIELDS:
        rows = np.asarray(areas[key], dtype=float)[keep]
        if key == "district_ha" and has_outside:
            rows[-1] = np.nan
        cols[key] = np.r_[rows, totals[key]]
    cols["incidents"] = np.r_[incidents[keep], incidents.sum()]
    cols["incidents_in_records"] = np.r_[inside[keep], inside.sum()]
    cols["casualties"] = np.r_[people[keep], people.sum()]
    if not has_casualties:
        cols["casualties"][:] = np.nan
    inside_hazard = np.r_[cols["hazard_ha"][:-1], totals["hazard_ha"] - areas["hazard_ha"][n]]
    if has_outside:
        inside_hazard[len(keep) - 1] = np.nan
    cols["pct_district_contaminated"] = pct(inside_hazard, cols["district_ha"])
    cols["pct_hazard_mapped"] = pct(cols["hazard_in_records_ha"], cols["hazard_ha"])
    outside = cols["incidents"] - cols["incidents_in_records"]
    cols["pct_incidents_outside_records"] = pct(outside, cols["incidents"])
    row_names = [*names, *([OUTSIDE] if has_outside else []), TOTAL]
    table = CoverageTable(row_names, {k: cols[k] for k in FIELDS}, n, has_outside)
    table.sum_gap = sum_gaps(areas, totals)
    return table


def sum_gaps(areas: dict[str, np.ndarray], totals: dict[str, float]) -> dict[str, float]:
    """Relative difference between the sum of the rows and the whole-area figure."""
    gaps = {}
    for key in AREA_FIELDS:
        if key == "district_ha":
            continue
        total = float(totals[key])
        summed = float(np.nansum(areas[key]))
        gaps[key] = abs(summed - total) / total if total > 0 else abs(summed)
    return gaps


# -- years -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class YearCounts:
    """Incidents per calendar year, inside and outside records; ``unknown_*`` lack a date."""

    years: np.ndarray
    inside: np.ndarray
    outside: np.ndarray
    unknown_inside: int
    unknown_outside: int


def per_year(years: np.ndarray, in_records: np.ndarray) -> YearCounts:
    """Counts per year (every year from the first to the last, gaps as zero)."""
    years = np.asarray(years, dtype=np.int64)
    in_records = np.asarray(in_records, dtype=bool)
    known = years > 0
    unknown_in = int(np.count_nonzero(~known & in_records))
    unknown_out = int(np.count_nonzero(~known & ~in_records))
    if not known.any():
        empty = np.zeros(0, dtype=np.int64)
        return YearCounts(empty, empty, empty, unknown_in, unknown_out)
    first, last = int(years[known].min()), int(years[known].max())
    span = np.arange(first, last + 1)
    offset = years[known] - first
    inside = np.bincount(offset[in_records[known]], minlength=len(span))
    outside = np.bincount(offset[~in_records[known]], minlength=len(span))
    return YearCounts(span, inside, outside, unknown_in, unknown_out)
