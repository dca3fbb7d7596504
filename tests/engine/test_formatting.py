"""plugin/formatting.py: rounding by unit, headers with units, ISO dates, cell text."""

import datetime as dt

import numpy as np
import pytest

from clearance_planner import formatting


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("area_m2", 766375.860850218, 766375.86),
        ("hazard_ha", 12.3456, 12.35),
        ("dist_settlements_m", 1000.123, 1000.1),
        ("easting", 650000.04, 650000.0),
        ("priority_score", 96.66666, 96.7),
        ("effort_team_days", 6.6667, 6.7),
        ("pct_hazard_mapped", 27.8333, 27.8),
        ("cost_usd", 15007.1777, 15007.18),
        ("weight_settlements", 0.123456, 0.123),
        ("lat", 40.00688012345, 40.0068801),
        ("mystery", 1.23456789, 1.235),
        ("area_m2", -0.001, 0.0),
    ],
)
def test_reals_are_rounded_for_their_unit(name, value, expected):
    assert formatting.number(name, value) == expected


def test_integers_stay_integers_and_non_finite_is_null():
    assert formatting.number("tasks", np.int64(38)) == 38
    assert isinstance(formatting.number("tasks", np.int64(38)), int)
    assert formatting.number("area_m2", float("nan")) is None
    assert formatting.number("area_m2", float("inf")) is None
    assert formatting.number("seasonal", np.bool_(True)) is True


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("area_m2", "area (m²)"),
        ("hazard_ha", "hazard (ha)"),
        ("dist_settlements_m", "dist_settlements (m)"),
        ("effort_team_days", "effort (team-days)"),
        ("work_days", "work (days)"),
        ("cost_usd", "cost (USD)"),
        ("pct_hazard_mapped", "hazard_mapped (%)"),
        ("slope_deg", "slope (°)"),
        ("priority_rank", "priority_rank"),
    ],
)
def test_headers_carry_the_unit(name, header):
    assert formatting.header(name) == header


@pytest.mark.parametrize(
    "value",
    ["2029/08/09", "2029-08-09", dt.date(2029, 8, 9), np.datetime64("2029-08-09")],
)
def test_every_date_spelling_becomes_iso_8601(value):
    assert formatting.iso_date(value) == "2029-08-09"


def test_datetimes_keep_their_time_and_nat_is_null():
    assert formatting.iso_date(dt.datetime(2027, 4, 1, 8, 30, 5, 120)) == "2027-04-01T08:30:05"
    assert formatting.iso_date(np.datetime64("NaT")) is None
    assert formatting.iso_date(None) is None
    assert formatting.iso_date("not a date") is None


def test_cell_text_has_the_fields_decimals_and_no_15_digit_reals():
    assert formatting.text("area_m2", 766375.860850218) == "766375.86"
    assert formatting.text("dist_m", 12.0) == "12.0"
    assert formatting.text("tasks", 38) == "38"
    assert formatting.text("seasonal", True) == "true"
    assert formatting.text("start_date", dt.date(2027, 4, 1)) == "2027-04-01"
    assert formatting.text("district", None) == ""
    assert formatting.text("district", "Fuzuli") == "Fuzuli"


def test_coordinates_text():
    assert formatting.metres(650000.04) == "650000.0"
    assert formatting.degrees(40.0068801) == "40.006880"
