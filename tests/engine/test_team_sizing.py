"""Teams a target date needs, found by re-running the scheduler (no QGIS)."""

from __future__ import annotations

import numpy as np

from clearance_planner.engine import land_release as lr
from clearance_planner.engine.calendar import WorkCalendar
from clearance_planner.engine.schedule import productivity_table
from clearance_planner.engine.team_sizing import (
    bottleneck,
    horizon_warning,
    rerun,
    teams_needed,
    teams_rows,
    years_after,
)
from clearance_planner.engine.workplan import TaskTable, plan

D = np.datetime64
CAL = WorkCalendar("1111100")


def planned(areas, methods, teams, land_release=False, kinds=None):
    from clearance_planner.engine.workplan_params import PlanSettings

    n = len(areas)
    t = TaskTable(
        parent=[f"H{i}" for i in range(n)],
        rank=np.arange(1.0, n + 1),
        piece=[0] * n,
        method=methods,
        season=[False] * n,
        area=areas,
        hazard_type=kinds or ["sha"] * n,
    )
    shares = lr.Shares({"sha": 0.47, "cha": 0.0}, {"sha": 0.89, "cha": 0.89})
    s = PlanSettings(
        productivity_table(), teams, {}, 0.5, D("2027-03-01"), [CAL, CAL], [], land_release, shares
    )
    return plan(t, [], s, np.zeros(n, bool)), s


def test_ten_five_day_tasks_by_a_three_week_target_need_four_teams():
    # 1,200 m² manual = 5 days each; k teams finish after ceil(10 / k) x 5 working days:
    # by Fri 19 March (15 days) ceil(10 / k) <= 3, so k = 4; 3 teams need 20 days (26 March)
    result, s = planned([1200.0] * 10, ["manual"] * 10, {"manual": 1})
    assert result.completion == D("2027-05-07")  # 50 working days
    sizing = teams_needed(result, s, "2027-03-19")
    assert sizing.needed == {"manual": 4}
    assert sizing.schedule.end.max() == D("2027-03-19")
    assert rerun(result, s, {"manual": 3}).end.max() == D("2027-03-26")
    rows = teams_rows(result, sizing)
    assert [r.values() for r in rows] == [
        ("manual", 1, 4, D("2027-05-07"), D("2027-03-19")),
        ("(all)", 1, 4, D("2027-05-07"), D("2027-03-19")),
    ]


def test_chains_needed_teams_finish_by_the_target_and_one_fewer_of_the_bottleneck_does_not():
    areas = [40_000.0, 25_000.0, 60_000.0, 10_000.0, 30_000.0, 50_000.0]
    result, s = planned(areas, ["manual", "mdd"] * 3, {m: 1 for m in lr.STEP_METHOD.values()}
                      | {"manual": 1, "mdd": 1}, land_release=True)  # fmt: skip
    target = D("2027-04-09")  # one team of each: 22 April
    assert result.completion > target
    sizing = teams_needed(result, s, target)
    assert rerun(result, s, sizing.needed).end.max() <= target
    slow = bottleneck(result)
    assert sizing.needed == {
        "non_technical_survey": 1, "technical_survey": 2, "manual": 2, "mdd": 1,
    }  # fmt: skip
    assert slow == "manual" and sizing.needed[slow] > 1
    for m, k in sizing.needed.items():  # every count is the smallest: one fewer misses
        if k > 1:
            assert rerun(result, s, {**sizing.needed, m: k - 1}).end.max() > target


def test_a_target_before_the_shortest_chain_cannot_be_met():
    # one SHA: NTS 1 day (Mon 1), TS 2 days (Tue 2 - Wed 3), clearance 3 days (Thu 4 - Mon 8)
    one = {m: 1 for m in ("manual", *lr.STEP_METHOD.values())}
    result, s = planned([10_000.0], ["manual"], one,
                      land_release=True)  # fmt: skip
    assert teams_needed(result, s, "2027-03-05").needed is None
    assert teams_needed(result, s, "2027-03-08").needed == {
        "non_technical_survey": 1, "technical_survey": 1, "manual": 1,
    }  # fmt: skip
    assert teams_rows(result, teams_needed(result, s, "2027-03-05"))[-1].teams_needed is None


def test_horizon_warning_names_the_bottleneck_and_the_teams_needed():
    # 100 tasks x 5 days on one team: 500 working days, beyond one year from 1 March 2027
    result, s = planned([1200.0] * 100, ["manual"] * 100, {"manual": 1})
    assert years_after(D("2027-03-01"), 1) == D("2028-02-29")
    text = str(horizon_warning(result, s, 1))
    assert "bottleneck: manual (1 teams" in text
    assert "teams needed to finish by 2028-02-29: manual:2" in text  # 250 days fit in a year
    assert horizon_warning(result, s, 10) is None


def test_gantt_lanes_hold_every_team_in_chain_order_idle_ones_too(tmp_path):
    from clearance_planner.reports.gantt import team_lanes, write_gantt

    teams = {"manual": 2, "mdd": 1, "technical_survey": 1, "non_technical_survey": 1}
    result, _ = planned([1200.0], ["manual"], teams, land_release=True)
    used, lanes = team_lanes(result)
    assert used == ["non_technical_survey", "technical_survey", "manual", "mdd"]
    assert lanes == [
        "non_technical_survey 1", "technical_survey 1", "manual 1", "manual 2", "mdd 1",
    ]  # fmt: skip
    write_gantt(tmp_path / "g.png", result, "test", D("2027-03-31"))
    assert (tmp_path / "g.png").read_bytes()[:4] == b"\x89PNG"
