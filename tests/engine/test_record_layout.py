"""Record layout and status rules: traverses on the UTM plane, first status that applies wins."""

import math

import numpy as np
import pytest

from clearance_planner.engine.bearings import grid_convergence
from clearance_planner.engine.record_layout import Options, Placed, lay_out_records
from clearance_planner.engine.records import Problem, parse_table

REF = {"ref_x": "45.0", "ref_y": "39.7"}
DIAGONAL = "%.6f" % (100 * math.sqrt(2))


def legs(rid, *pairs, start=1):
    out = []
    for i, (bearing, distance) in enumerate(pairs):
        row = {"record_id": rid, "seq": start + i, "bearing": bearing, "distance": distance}
        if i == 0:
            row.update(REF)
        out.append(row)
    return out


def options(**kw):
    base = dict(
        bearing_unit="degrees",
        bearing_ref="grid",
        declination_deg=0.0,
        distance_unit="m",
        pace_m=0.75,
        closed=True,
        closure_tolerance_m=5.0,
        adjustment="none",
    )
    return Options(**{**base, **kw})


def placed_at(n, lon=45.0, lat=39.7, xy=(500000.0, 4400000.0), epsg=32638):
    placed = Placed.unresolved(n)
    placed.epsg[:], placed.xy[:], placed.lonlat[:] = epsg, xy, (lon, lat)
    return placed


def layout_of(rows, opts=None, placed=None):
    opts = opts or options()
    table = parse_table(rows, opts.bearing_unit, opts.distance_unit, opts.pace_m)
    return lay_out_records(table, placed or placed_at(len(table.record_ids)), opts)


SQUARE = (("0", "100"), ("90", "100"), ("180", "100"), ("270", "100"))


def test_closed_grid_square_is_ok_with_one_hectare_and_no_closure_error():
    out = layout_of(legs("SQ", *SQUARE))
    assert out.status == ["ok"]
    assert out.trav.area_m2[0] == pytest.approx(10_000.0)
    assert out.trav.closure_error_m[0] == pytest.approx(0.0, abs=1e-9)
    ring = out.trav.ring_xy[out.trav.ring_offsets[0] : out.trav.ring_offsets[1]]
    corners = [[500000, 4400000], [500000, 4400100], [500100, 4400100], [500100, 4400000]]
    assert np.allclose(ring[:4], corners, atol=1e-6)


def test_each_rule_gives_its_status_and_the_others_still_lay_out():
    rows = (
        legs("OK", *SQUARE)
        + legs("GAP", *SQUARE[:2])
        + legs("GAP", *SQUARE[2:], start=4)  # seq 1, 2, 4, 5
        + legs("TWO", ("0", "100"), ("180", "100"))
        + legs("BOWTIE", ("0", "100"), ("135", DIAGONAL), ("0", "100"), ("225", DIAGONAL))
        + legs("OPEN", ("0", "100"), ("90", "100"), ("180", "100"), ("270", "90"))
        + legs("BAD", ("0", "100"), ("90", "x"), ("180", "100"))
    )
    out = layout_of(rows)
    assert dict(zip(out.table.record_ids, out.status)) == {
        "OK": "ok",
        "GAP": "missing legs",
        "TWO": "missing legs",
        "BOWTIE": "self-intersecting",
        "OPEN": "not closed",  # 10 m short of the start, tolerance 5 m
        "BAD": "error",
    }
    assert out.good.tolist() == [0, 1, 2, 3, 4]
    assert out.trav.closure_error_m[4] == pytest.approx(10.0)
    assert np.isnan(out.convergence[5])


def test_closure_within_tolerance_is_ok_and_open_records_need_one_leg():
    short = legs("R", ("0", "100"), ("90", "100"), ("180", "100"), ("270", "96"))
    assert layout_of(short).status == ["ok"]  # 4 m < 5 m
    assert layout_of(short, options(closure_tolerance_m=3.0)).status == ["not closed"]
    assert layout_of(legs("L", ("45", "50")), options(closed=False)).status == ["ok"]


def test_record_without_placed_reference_is_an_error_and_not_laid_out():
    rows = legs("A", *SQUARE) + legs("B", *SQUARE)
    placed = placed_at(2)
    placed.xy[1] = np.nan
    out = layout_of(rows, placed=placed)
    assert out.status == ["ok", "error"]
    assert out.good.tolist() == [0]
    assert out.use.tolist() == [True] * 4 + [False] * 4
    assert out.slot == {0: 0}


def test_record_with_a_problem_added_after_parsing_is_an_error():
    opts = options()
    table = parse_table(legs("A", *SQUARE), "degrees")
    table.problems.append(Problem(1, "A", "ref_x", "unknown landmark"))
    assert lay_out_records(table, placed_at(1), opts).status == ["error"]


def test_true_bearings_are_turned_by_the_grid_convergence_of_the_zone():
    lon, lat = 46.5, 39.7  # east of the zone 38 central meridian (45°): γ > 0
    out = layout_of(
        legs("T", ("0", "100")), options(bearing_ref="true", closed=False), placed_at(1, lon, lat)
    )
    gamma = float(grid_convergence(lon, lat, 38))
    assert gamma > 0.9
    assert out.convergence[0] == pytest.approx(gamma)
    assert out.grid[0] == pytest.approx(360.0 - gamma)


def test_options_record_lists_every_setting():
    assert options().record() == {
        "bearing_unit": "degrees",
        "bearing_ref": "grid",
        "declination_deg": 0.0,
        "distance_unit": "m",
        "pace_m": 0.75,
        "closed": True,
        "closure_tolerance_m": 5.0,
        "adjustment": "none",
    }
