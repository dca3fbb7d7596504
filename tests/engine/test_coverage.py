"""Coverage arithmetic on hand-made arrays (no QGIS)."""

import datetime as dt

import numpy as np
import pytest

from clearance_planner.engine.coverage import (
    AREA_FIELDS,
    OUTSIDE,
    TOTAL,
    coverage_table,
    date_filter,
    district_names,
    district_overlap_ha,
    locate_points,
    overlaps_nothing,
    parse_date,
    pct,
    per_year,
    sum_by,
    with_null_rows,
)
from clearance_planner.engine.geometry import GeometryArrays


def square(x0, y0, size):
    return np.array(
        [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]], float
    )


TWO_SQUARES = GeometryArrays.from_parts([[square(0, 0, 10)], [square(10, 0, 10)]], True)


def test_point_on_shared_border_goes_to_first_district():
    px = np.array([5.0, 10.0, 15.0, 25.0, 20.0, 0.0])
    py = np.array([5.0, 5.0, 5.0, 5.0, 10.0, 0.0])
    assert locate_points(px, py, TWO_SQUARES).tolist() == [0, 0, 1, -1, 1, 0]


def test_point_within_tolerance_of_edge_counts_as_inside():
    px, py = np.array([10.0005, 20.002]), np.array([3.0, 3.0])
    assert locate_points(px, py, TWO_SQUARES, tolerance=1e-3).tolist() == [0, -1]


def test_point_in_hole_is_outside():
    holed = GeometryArrays.from_parts([[square(0, 0, 10), square(4, 4, 2)]], True)
    assert locate_points(np.array([5.0, 1.0]), np.array([5.0, 1.0]), holed).tolist() == [-1, 0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-03-04", dt.date(2021, 3, 4)),
        ("2021-03-04T10:00:00", dt.date(2021, 3, 4)),
        ("2021/3/4", dt.date(2021, 3, 4)),
        ("04.03.2021", dt.date(2021, 3, 4)),
        ("04/03/2021", dt.date(2021, 3, 4)),
        ("2021-02-30", None),
        ("unknown", None),
        ("", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_date_filter_keeps_unknown_dates():
    days = np.array([dt.date(2020, 1, 1).toordinal(), dt.date(2022, 6, 1).toordinal(), -1])
    keep = date_filter(days, dt.date(2021, 1, 1), dt.date(2022, 12, 31))
    assert keep.tolist() == [False, True, True]


def test_pct_is_nan_on_zero_denominator():
    out = pct(np.array([1.0, 1.0]), np.array([4.0, 0.0]))
    assert out[0] == 25.0 and np.isnan(out[1])


def _areas(rows):
    return {k: np.array([r[i] for r in rows], float) for i, k in enumerate(AREA_FIELDS)}


def test_table_rows_outside_and_total():
    # district, records, hazard, in records, unmapped, records w/o hazard, cleared
    areas = _areas(
        [(100, 30, 22, 14, 8, 16, 2), (100, 6, 15, 1.5, 13.5, 4.5, 0), (0, 4, 4, 1, 3, 3, 0)]
    )
    totals = {
        "district_ha": 200,
        "records_ha": 40,
        "hazard_ha": 41,
        "hazard_in_records_ha": 16.5,
        "unmapped_hazard_ha": 24.5,
        "records_without_hazard_ha": 23.5,
        "cleared_ha": 2,
    }
    rows = np.array([0, 0, 0, 1, 1, 2])
    in_records = np.array([True, False, True, False, True, False])
    casualties = np.array([2, 1, 0, 3, np.nan, 1])
    table = coverage_table(["A", "B"], areas, totals, rows, in_records, casualties)
    assert table.names == ["A", "B", OUTSIDE, TOTAL]
    c = table.columns
    assert c["incidents"].tolist() == [3, 2, 1, 6]
    assert c["incidents_in_records"].tolist() == [2, 1, 0, 3]
    assert c["casualties"].tolist() == [3, 3, 1, 7]
    assert c["pct_incidents_outside_records"] == pytest.approx([100 / 3, 50, 100, 50])
    assert c["pct_hazard_mapped"] == pytest.approx([100 * 14 / 22, 10, 25, 100 * 16.5 / 41])
    assert c["pct_district_contaminated"][:2] == pytest.approx([22, 15])
    assert np.isnan(c["pct_district_contaminated"][2])  # outside: no district area
    assert c["pct_district_contaminated"][3] == pytest.approx(100 * 37 / 200)
    assert np.isnan(c["district_ha"][2])
    assert max(table.sum_gap.values()) < 1e-12


def test_no_outside_row_when_nothing_outside():
    areas = _areas([(10, 1, 1, 1, 0, 0, 0), (0, 0, 0, 0, 0, 0, 0)])
    totals = {k: float(v[0]) for k, v in areas.items()}
    table = coverage_table(
        ["A"],
        areas,
        totals,
        np.array([0]),
        np.array([False]),
        np.array([np.nan]),
        has_casualties=False,
    )
    assert table.names == ["A", TOTAL]
    assert np.isnan(table.columns["casualties"]).all()


def test_per_year_fills_gaps_and_counts_unknown():
    years = np.array([2021, 2021, 2023, -1, -1])
    counts = per_year(years, np.array([True, False, False, True, False]))
    assert counts.years.tolist() == [2021, 2022, 2023]
    assert counts.inside.tolist() == [1, 0, 0]
    assert counts.outside.tolist() == [1, 0, 1]
    assert (counts.unknown_inside, counts.unknown_outside) == (1, 1)


def test_boundary_test_in_small_chunks_gives_the_same_answer(monkeypatch):
    from clearance_planner.engine import coverage

    rng = np.random.default_rng(3)
    px = np.r_[rng.uniform(-5, 25, 200), np.full(20, 10.0), np.full(20, 20.0)]
    py = np.r_[rng.uniform(-5, 15, 200), rng.uniform(0, 10, 40)]
    expected = locate_points(px, py, TWO_SQUARES)
    monkeypatch.setattr(coverage, "MAX_PAIRS", 7)
    assert locate_points(px, py, TWO_SQUARES).tolist() == expected.tolist()
    assert (expected[200:220] == 0).all() and (expected[220:] == 1).all()


def test_no_incidents_give_zero_counts_and_nan_casualties_without_field():
    areas = _areas([(10, 1, 1, 1, 0, 0, 0), (0, 0, 0, 0, 0, 0, 0)])
    totals = {k: float(v[0]) for k, v in areas.items()}
    nothing = np.zeros(0)
    table = coverage_table(
        ["A"], areas, totals, nothing.astype(np.int64), nothing.astype(bool), nothing, False
    )
    c = table.columns
    assert table.names == ["A", TOTAL]
    assert c["incidents"].tolist() == [0, 0]
    assert c["incidents_in_records"].tolist() == [0, 0]
    assert np.isnan(c["casualties"]).all()
    assert np.isnan(c["pct_incidents_outside_records"]).all()  # no incident: no share


def test_empty_district_names_become_district_and_id_and_duplicates_are_listed():
    names = district_names([4, 7, 9, 2], ["North", None, "  ", "North"])
    assert names.names == ["North", "District 7", "District 9", "North"]
    assert names.unnamed == [7, 9]
    assert names.duplicates == ["North"]


def test_null_districts_get_zero_rows_before_the_outside_entry():
    areas = {"hazard_ha": np.array([1.0, 2.0, 5.0])}  # two districts, then outside
    assert with_null_rows(areas, 2)["hazard_ha"].tolist() == [1.0, 2.0, 0.0, 0.0, 5.0]


def test_districts_overlap_nothing_only_without_area_and_incidents_inside():
    areas = {"hazard_ha": np.array([0.0, 0.0, 3.0]), "records_ha": np.array([0.0, 0.0, 1.0])}
    assert overlaps_nothing(areas, np.array([2, 2]), 2)
    assert not overlaps_nothing(areas, np.array([2, 1]), 2)
    areas["records_ha"][1] = 0.5
    assert not overlaps_nothing(areas, np.array([], dtype=np.int64), 2)


def test_district_overlap_is_the_sum_of_rows_beyond_the_union():
    areas = {"district_ha": np.array([60.0, 50.0, 0.0])}
    assert district_overlap_ha(areas, 100.0) == pytest.approx(10.0)
    assert district_overlap_ha(areas, 110.05) is None  # within 0.1 %


def test_sum_by_adds_per_label_in_first_seen_order():
    assert sum_by(["SHA", "CHA", "SHA"], [1.0, 2.0, 0.5]) == {"SHA": 1.5, "CHA": 2.0}


def test_worst_sum_gap_names_the_field_only_beyond_tolerance():
    names = ["A"]
    areas = {k: np.array([10.0, 0.0]) for k in AREA_FIELDS}
    totals = {k: 10.0 for k in AREA_FIELDS}
    table = coverage_table(names, areas, totals, np.array([], np.int64), [], [])
    assert table.worst_sum_gap() is None
    totals["records_ha"] = 9.0
    table = coverage_table(names, areas, totals, np.array([], np.int64), [], [])
    key, gap = table.worst_sum_gap()
    assert key == "records_ha" and gap == pytest.approx(1 / 9)
