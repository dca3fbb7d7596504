"""Working-day calendars and list scheduling with exact dates computed by hand."""

from __future__ import annotations

import numpy as np
import pytest

from clearance_planner.engine.calendar import CalendarError, WorkCalendar, month_days, weekmask
from clearance_planner.engine.schedule import (
    ScheduleError,
    effort,
    method_index,
    productivity_table,
    schedule,
)
from clearance_planner.engine.terrain import slope_degrees, zonal_mean

D = np.datetime64


def test_weekmask_from_names_and_indexes():
    assert weekmask(["Mon", "Tue", "Wed", "Thu", "Fri"]) == "1111100"
    assert weekmask([0, 1, 2, 3, 5]) == "1111010"
    with pytest.raises(CalendarError):
        weekmask([])


def test_month_days_covers_whole_months_including_leap_february():
    days = month_days([2], 2028, years=1)
    assert len(days) == 29 and days[0] == D("2028-02-01") and days[-1] == D("2028-02-29")
    assert len(month_days([12, 1], 2027, years=2)) == 4 * 31


def test_all_months_off_is_refused():
    with pytest.raises(CalendarError):
        month_days(range(1, 13), 2027)


def test_span_skips_weekend():
    # 2027-03-04 is a Thursday: 3 working days = Thu, Fri, Mon
    cal = WorkCalendar.build("1111100", [])
    first, last = cal.span(D("2027-03-04"), 3)
    assert first == D("2027-03-04") and last == D("2027-03-08")


def test_span_starting_on_saturday_rolls_to_monday():
    cal = WorkCalendar.build("1111100", [])
    first, last = cal.span(D("2027-03-06"), 1)
    assert first == D("2027-03-08") and last == D("2027-03-08")


def test_span_skips_holidays():
    # Mon 2027-03-22 holiday (Novruz-like); 2 days from Fri 19th: Fri 19, Tue 23
    cal = WorkCalendar.build("1111100", ["2027-03-22"])
    assert cal.span(D("2027-03-19"), 2)[1] == D("2027-03-23")


def test_six_day_week():
    cal = WorkCalendar.build("1111110", [])
    assert cal.span(D("2027-03-04"), 3)[1] == D("2027-03-06")  # Thu, Fri, Sat


def test_winter_months_push_work_to_march():
    # 2027-11-29 Monday; winter Dec-Feb off: 5 days = Mon 29, Tue 30 Nov, then Mon 1 Mar
    # 2028 (Wed), Thu 2, Fri 3
    cal = WorkCalendar.build("1111100", [], [12, 1, 2], 2027)
    first, last = cal.span(D("2027-11-29"), 5)
    assert first == D("2027-11-29") and last == D("2028-03-03")


def test_productivity_defaults_follow_the_reference_table():
    table = productivity_table()
    assert (table["manual"].default, table["manual"].low, table["manual"].high) == (240, 80, 400)
    assert (table["mdd"].default, table["mdd"].high) == (400, 900)
    assert table["mechanical"].default == 2500


@pytest.mark.parametrize("rates", [(0, 0, 0), (100, 200, 300), (-1, -1, 1)])
def test_bad_productivity_is_refused(rates):
    with pytest.raises(ScheduleError):
        productivity_table({"manual": rates})


def test_effort_range_by_hand():
    table = productivity_table()
    work = effort(np.array([1200.0, 1200.0]), np.array(["manual", "technical_survey"]), table, 0.5)
    # manual: 1200/240 = 5; low 1200*0.5/400 = 1.5; high 1200/80 = 15
    assert work.planned[0] == 5.0 and work.low[0] == 1.5 and work.high[0] == 15.0
    assert work.workdays[0] == 5
    # survey covers the whole area: low 1200/10000, no reduction
    assert work.low[1] == pytest.approx(0.12) and work.workdays[1] == 1


def test_unknown_method_is_refused():
    with pytest.raises(ScheduleError, match="flail"):
        method_index(np.array(["manual", "flail"], dtype=object))


def _cals():
    return [WorkCalendar.build("1111100", []), WorkCalendar.build("1111100", [], [12, 1, 2], 2027)]


def test_two_teams_take_tasks_in_priority_order():
    # Mon 2027-03-01; durations 3, 2, 2, 1 with two manual teams
    out = schedule(
        np.array(["manual"] * 4, dtype=object),
        np.array([3, 2, 2, 1]),
        np.zeros(4, dtype=int),
        _cals(),
        {"manual": 2},
        D("2027-03-01"),
    )
    assert out.team.tolist() == [1, 2, 2, 1]
    assert out.start.tolist() == [
        D("2027-03-01"),
        D("2027-03-01"),
        D("2027-03-03"),
        D("2027-03-04"),
    ]
    assert out.end.tolist() == [D("2027-03-03"), D("2027-03-02"), D("2027-03-04"), D("2027-03-04")]


def test_methods_have_independent_teams():
    out = schedule(
        np.array(["manual", "mdd", "manual"], dtype=object),
        np.array([5, 2, 1]),
        np.zeros(3, dtype=int),
        _cals(),
        {"manual": 1, "mdd": 1},
        D("2027-03-05"),  # Friday
    )
    assert out.start.tolist() == [D("2027-03-05"), D("2027-03-05"), D("2027-03-12")]
    assert out.end.tolist() == [D("2027-03-11"), D("2027-03-08"), D("2027-03-12")]


def test_seasonal_task_waits_for_spring_and_other_team_takes_next():
    out = schedule(
        np.array(["manual", "manual"], dtype=object),
        np.array([2, 2]),
        np.array([1, 0]),
        _cals(),
        {"manual": 2},
        D("2027-12-01"),
    )
    assert out.start.tolist() == [D("2028-03-01"), D("2027-12-01")]
    assert out.team.tolist() == [1, 2]


def test_zero_teams_is_refused():
    with pytest.raises(ScheduleError, match="mdd"):
        schedule(
            np.array(["mdd"], dtype=object),
            np.array([1]),
            np.zeros(1, int),
            _cals(),
            {"mdd": 0},
            D("2027-03-01"),
        )


def test_slope_of_a_plane_rising_one_in_ten():
    z = np.tile(np.arange(5) * 1.0, (4, 1))  # +1 m per 10 m column
    assert np.allclose(slope_degrees(z, 10.0, 10.0), np.degrees(np.arctan(0.1)))


def test_zonal_mean_falls_back_to_cell():
    values = np.arange(9.0).reshape(3, 3)
    assert zonal_mean(values, values > 5, (0, 0)) == 7.0
    assert zonal_mean(values, np.zeros((3, 3), bool), (1, 2)) == 5.0


def test_starts_never_precede_a_higher_priority_task_of_the_same_method():
    rng = np.random.default_rng(5)
    n = 60
    methods = rng.choice(np.array(["manual", "mdd", "mechanical"], dtype=object), n)
    days = rng.integers(1, 15, n)
    cal = WorkCalendar.build("1111100", ["2027-04-05", "2027-05-01"])
    out = schedule(
        methods,
        days,
        np.zeros(n, dtype=int),
        [cal],
        {"manual": 3, "mdd": 2, "mechanical": 1},
        D("2027-03-03"),
    )
    for method in ("manual", "mdd", "mechanical"):
        starts = out.start[methods == method]
        assert (np.diff(starts.astype(int)) >= 0).all()
    # no team works two tasks at once, and every start/end is a working day
    for method, count in (("manual", 3), ("mdd", 2), ("mechanical", 1)):
        for team in range(1, count + 1):
            sel = (methods == method) & (out.team == team)
            assert (out.start[sel][1:] > out.end[sel][:-1]).all()
    assert np.is_busday(out.start, weekmask="1111100", holidays=list(cal.holidays)).all()
    assert np.is_busday(out.end, weekmask="1111100", holidays=list(cal.holidays)).all()
    # each task spans exactly its working days
    assert (cal.count(out.start, out.end + np.timedelta64(1, "D")) == days).all()
