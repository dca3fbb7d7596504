"""Work-plan records and plan (no QGIS): priority order, slope fallback, seasonal rule, rows."""

from __future__ import annotations

import numpy as np
import pytest

from clearance_planner.engine.calendar import WorkCalendar
from clearance_planner.engine.plan_summary import ALL, summary_rows
from clearance_planner.engine.schedule import productivity_table
from clearance_planner.engine.workplan import TaskTable, Unplanned, plan, priority_order, seasonal
from clearance_planner.engine.workplan_params import PlanSettings

D = np.datetime64
MONFRI = WorkCalendar("1111100")


def table(methods, areas, parents=None, pieces=None, **kw) -> TaskTable:
    n = len(methods)
    return TaskTable(
        parent=parents or [f"P{i}" for i in range(n)],
        rank=kw.pop("rank", np.arange(1.0, n + 1)),
        piece=pieces or [0] * n,
        method=methods,
        season=kw.pop("season", [False] * n),
        area=areas,
        **kw,
    )


def settings(teams, costs) -> PlanSettings:
    """Default productivity, half released by survey, Mon-Fri from Mon 1 March 2027."""
    return PlanSettings(productivity_table(), teams, costs, 0.5, D("2027-03-01"), [MONFRI] * 2, [])


def test_priority_order_puts_null_ranks_last_and_keeps_ties_in_input_order():
    assert priority_order([3.0, np.nan, 1.0, 3.0, 2.0]).tolist() == [2, 4, 0, 3, 1]
    assert priority_order([]).tolist() == []


def test_new_table_has_no_terrain_district_or_note():
    t = table(["manual", "mdd"], [100.0, 200.0])
    assert len(t) == 2 and t.note == ["", ""] and t.district == [None, None]
    assert np.isnan(t.elevation).all() and np.isnan(t.slope).all()


def test_task_id_adds_the_cell_number_of_split_parcels():
    t = table(["manual"] * 3, [1.0] * 3, parents=["H1", "H1", "H2"], pieces=[1, 2, 0])
    assert [t.task_id(i) for i in range(3)] == ["H1-1", "H1-2", "H2"]


def test_steep_mechanical_tasks_fall_back_to_manual_with_a_note():
    t = table(["mechanical", "mechanical", "mdd", "mechanical"], [1.0] * 4)
    t.slope = np.array([26.57, 20.0, 30.0, np.nan])
    t.fall_back_on_slope(20.0)
    assert t.method.tolist() == ["manual", "mechanical", "mdd", "mechanical"]
    assert t.note == ["mechanical -> manual: slope 26.6 > 20 deg", "", "", ""]


def test_seasonal_rule():
    t = table(["manual"] * 3, [1.0] * 3, season=[True, False, False])
    t.elevation = np.array([100.0, 1600.0, np.nan])
    assert seasonal(t, [], True, True, 1500).tolist() == [False] * 3  # no months: none
    assert seasonal(t, [1], False, False, 1500).tolist() == [True] * 3  # no DEM, no field: all
    assert seasonal(t, [1], False, True, 1500).tolist() == [True, False, False]  # field only
    assert seasonal(t, [1], True, False, 1500).tolist() == [True, True, False]  # DEM or field


def test_plan_effort_dates_cost_and_rows():
    # 1,600 m² manual: 1600/240 = 6.67 -> 7 working days; 2,000 m² mdd: 2000/400 = 5 days
    t = table(["manual", "mdd", "manual"], [1600.0, 2000.0, 1600.0])
    lost = [Unplanned("BAD", 2.0, "mdd", "no geometry")]
    result = plan(t, lost, settings({"manual": 1, "mdd": 1}, {"manual": 4.0}), np.zeros(3, bool))
    assert result.schedule.start.tolist() == [D("2027-03-01"), D("2027-03-01"), D("2027-03-10")]
    assert result.schedule.end.tolist() == [D("2027-03-09"), D("2027-03-05"), D("2027-03-18")]
    assert result.completion == D("2027-03-18")
    row = result.row(2)
    assert row["task_id"] == "P2" and row["sequence"] == 3 and row["team"] == "manual 1"
    assert row["work_days"] == 7 and row["cost_usd"] == 6400.0
    assert row["effort_team_days"] == pytest.approx(1600 / 240)
    assert row["effort_low_team_days"] == pytest.approx(1600 * 0.5 / 400)
    assert row["effort_high_team_days"] == pytest.approx(1600 / 80)
    assert row["elevation_m"] is None and row["method_note"] is None and row["district"] is None
    assert result.row(1)["cost_usd"] is None  # no rate for mdd
    assert lost[0].row() == {
        "task_id": "BAD",
        "parent_id": "BAD",
        "priority_rank": 2,
        "method": "mdd",
        "plan_status": "not planned: no geometry",
    }
    assert Unplanned("X", float("nan"), "manual", "r").row()["priority_rank"] is None

    rows = {(r.method, r.district): r for r in summary_rows(result) if r.month is None}
    # no districts: per method (empty district, (all)) and the total; no per-district rows
    assert list(rows) == [
        ("manual", None),
        ("mdd", None),
        ("manual", ALL),
        ("mdd", ALL),
        (ALL, ALL),
    ]
    total = rows[(ALL, ALL)]
    assert (total.tasks, total.area_m2, total.cost_usd, total.not_planned) == (
        3,
        5200.0,
        12800.0,
        1,
    )  # 2 x 1600 x 4
    assert (total.start_date, total.end_date) == (D("2027-03-01"), D("2027-03-18"))
    mdd = rows[("mdd", ALL)]
    assert (mdd.tasks, mdd.cost_usd, mdd.not_planned) == (1, None, 1)
    assert (mdd.projected_completion, mdd.not_planned, mdd.month) == (D("2027-03-18"), 1, None)


def test_summary_by_district_and_a_group_of_unplanned_parcels_only():
    t = table(["manual", "manual"], [100.0, 300.0])
    t.district = ["East", None]
    lost = [Unplanned("BAD", 1.0, "mdd", "no geometry")]
    result = plan(t, lost, settings({"manual": 2}, {}), np.zeros(2, dtype=bool))
    rows = {(r.method, r.district): r for r in summary_rows(result) if r.month is None}
    assert set(rows) == {
        ("manual", None),
        ("manual", "East"),
        ("mdd", None),
        ("manual", ALL),
        ("mdd", ALL),
        (ALL, None),
        (ALL, "East"),
        (ALL, ALL),
    }
    only_lost = rows[("mdd", None)]
    assert (only_lost.tasks, only_lost.area_m2, only_lost.not_planned) == (0, 0.0, 1)
    assert only_lost.start_date is None and only_lost.end_date is None
    assert only_lost.projected_completion == D("2027-03-02")  # 300 m² / 240 -> 2 days
    assert rows[(ALL, None)].area_m2 == 300.0 and rows[(ALL, None)].not_planned == 1
    assert rows[(ALL, "East")].not_planned == 0
