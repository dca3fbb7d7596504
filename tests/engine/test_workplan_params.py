"""Work-plan parameter text read into values (no QGIS): pairs, teams, productivity, calendars."""

from __future__ import annotations

import re

import numpy as np
import pytest

from clearance_planner.engine.workplan_params import (
    ParameterError,
    calendars,
    holidays,
    is_truthy,
    method_values,
    plan_settings,
    productivity,
    team_counts,
)

D = np.datetime64


def test_method_values_accept_commas_semicolons_spaces_and_case():
    assert method_values(" Manual:4 ; mdd:2.5,,", "COST_PER_M2") == {"manual": 4.0, "mdd": 2.5}
    assert method_values("", "COST_PER_M2") == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("flail:2", "COST_PER_M2: unknown method 'flail'; expected one of manual, mechanical"),
        ("manual:four", "COST_PER_M2: 'manual:four' needs a number after the colon."),
        ("manual", "COST_PER_M2: 'manual' needs a number after the colon."),
        ("manual:-1", "COST_PER_M2: 'manual:-1' must be >= 0."),
        ("manual:inf", "COST_PER_M2: 'manual:inf' must be >= 0."),
    ],
)
def test_method_values_name_the_parameter_and_the_item(text, message):
    with pytest.raises(ParameterError, match=re.escape(message)):
        method_values(text, "COST_PER_M2")


def test_team_counts_are_whole_numbers():
    assert team_counts("manual:4,mdd:2.0") == {"manual": 4, "mdd": 2}
    assert isinstance(team_counts("mdd:2.0")["mdd"], int)
    with pytest.raises(ParameterError, match=r"TEAMS: team counts must be whole numbers\."):
        team_counts("manual:1.5")


def test_productivity_rows_override_defaults_only_for_their_method():
    table = productivity(["Manual", "200", 90, 420.0])
    assert (table["manual"].default, table["manual"].low, table["manual"].high) == (200, 90, 420)
    assert table["mdd"].default == 400.0  # default table
    assert productivity([])["manual"].default == 240.0


@pytest.mark.parametrize(
    ("flat", "message"),
    [
        (["manual", 1, 2], "PRODUCTIVITY needs rows of 4 values"),
        (["manual", "x", 2, 3], "PRODUCTIVITY row 'manual': rates must be numbers"),
        (["manual", 0, 0, 0], "PRODUCTIVITY: manual: productivity must be > 0"),
        (["manual", 5, 6, 7], "low <= default <= high"),
        (["flail", 1, 1, 1], "PRODUCTIVITY: unknown method 'flail'"),
    ],
)
def test_bad_productivity_rows_are_named(flat, message):
    with pytest.raises(ParameterError, match=message):
        productivity(flat)


def test_productivity_from_csv_skips_header_and_blank_rows(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("\ufeffmethod,default,low,high\n\nmdd, 500,300,900\n", encoding="utf-8")
    table = productivity([str(path)])
    assert (table["mdd"].default, table["mdd"].low, table["mdd"].high) == (500, 300, 900)


def test_productivity_csv_names_missing_file_and_short_rows(tmp_path):
    with pytest.raises(ParameterError, match=r"file '.*nope\.csv' not found"):
        productivity([str(tmp_path / "nope.csv")])
    path = tmp_path / "short.csv"
    path.write_text("manual,240,80,400\nmdd,400\n", encoding="utf-8")
    with pytest.raises(ParameterError, match=r"rows \[2\] do not have 4 columns"):
        productivity([str(path)])


def test_holidays_are_dates_and_bad_text_names_holidays():
    assert holidays("2027-01-01; 2027-03-20,") == [D("2027-01-01"), D("2027-03-20")]
    assert holidays("") == []
    with pytest.raises(ParameterError, match="HOLIDAYS must be dates YYYY-MM-DD"):
        holidays("next tuesday")


def test_calendars_normal_and_seasonal_share_weekdays_and_holidays():
    (normal, seasonal), months = calendars([0, 1, 2, 3, 4], "2027-03-08", "12; 1", D("2027-03-01"))
    assert months == [12, 1]
    assert normal.weekmask == seasonal.weekmask == "1111100"
    assert normal.holidays == (D("2027-03-08"),)
    # Fri 26 Nov 2027 + 1 working day: Mon 29 Nov normally; seasonal skips Dec and Jan
    assert normal.add_workdays(D("2027-11-26"), 1) == D("2027-11-29")
    assert seasonal.add_workdays(D("2027-11-30"), 1) == D("2028-02-01")


@pytest.mark.parametrize(
    ("days", "months", "message"),
    [([0], "13", "months must be 1-12"), ([], "", "no working day"), ([0], "x", "invalid")],
)
def test_calendar_errors_name_work_days_and_months(days, months, message):
    with pytest.raises(ParameterError, match=f"Calendar: .*{message}.*WORK_DAYS, NO_WORK_MONTHS"):
        calendars(days, "", months, D("2027-03-01"))


@pytest.mark.parametrize(
    ("value", "truthy"),
    [("Yes", True), (" winter ", True), (1, True), (True, True), ("no", False), (None, False)],
)
def test_season_values(value, truthy):
    assert is_truthy(value) is truthy


def test_plan_settings_read_every_parameter_and_record_them():
    start = D("2027-03-01")
    s = plan_settings(["mdd", 500, 300, 900], "manual:2", "manual:4", 0.25, start, [0, 5], "", "8")
    assert (s.teams, s.costs, s.reduction, s.start) == ({"manual": 2}, {"manual": 4.0}, 0.25, start)
    assert s.productivity["mdd"].default == 500 and s.no_work_months == [8]
    record = s.record()
    assert record["weekmask"] == "1000010" and record["start_date"] == "2027-03-01"
    assert record["productivity_m2_per_team_day"]["mdd"] == [500.0, 300.0, 900.0]
    assert list(record) == [
        "productivity_m2_per_team_day",
        "teams",
        "expected_reduction",
        "start_date",
        "weekmask",
        "no_work_months",
        "cost_per_m2",
        "land_release",
    ]


def test_land_release_settings_record_the_shares_and_their_source():
    s = plan_settings([], "manual:1", "", 0.5, D("2027-03-01"), [0], "", "", True, "sha:0.4", "")
    record = s.record()
    assert record["land_release"] is True
    assert record["cancel_share"] == {"sha": 0.4, "cha": 0.0}
    assert record["reduce_share"] == {"sha": 0.89, "cha": 0.89}
    assert "Bosnia and Herzegovina 2017" in record["source"]
