"""Land-release chains (no QGIS): step areas, shares, release products and dates by hand."""

from __future__ import annotations

import numpy as np
import pytest

from clearance_planner.engine import land_release as lr
from clearance_planner.engine.calendar import WorkCalendar
from clearance_planner.engine.schedule import ScheduleError, productivity_table, schedule
from clearance_planner.engine.workplan import TaskTable, plan
from clearance_planner.engine.workplan_params import (
    ParameterError,
    PlanSettings,
    release_shares,
)

D = np.datetime64
BIH = lr.Shares({"sha": 0.47, "cha": 0.0}, {"sha": 0.89, "cha": 0.89})
TEAMS = {"manual": 1, "mdd": 1, "technical_survey": 1, "non_technical_survey": 1}


def table(methods, areas, kinds, **kw) -> TaskTable:
    n = len(methods)
    return TaskTable(
        parent=[f"H{i}" for i in range(n)],
        rank=np.arange(1.0, n + 1),
        piece=[0] * n,
        method=methods,
        season=[False] * n,
        area=areas,
        hazard_type=kinds,
        **kw,
    )


def settings(calendars, start="2027-03-01", teams=TEAMS) -> PlanSettings:
    return PlanSettings(productivity_table(), teams, {}, 0.5, D(start), calendars, [], True, BIH)


def test_bosnian_2017_defaults_are_the_published_split():
    assert lr.BIH_CANCEL == 0.47  # 2.45 / 5.23 = 0.468
    assert lr.BIH_REDUCE == 0.89  # 2.48 / (5.23 - 2.45) = 0.892
    assert lr.DEFAULT_CANCEL_SHARE == "sha:0.47,cha:0"
    assert "Landmine Monitor 2018" in lr.SOURCE


def test_sha_chain_areas_release_products_and_dates_across_a_holiday():
    # SHA 10,000 m² manual: NTS 10,000 (cancels 4,700, 0.2 -> 1 day), TS 5,300 (reduces
    # 4,717, 1.06 -> 2 days), clearance 583 (clears 583, 2.43 -> 3 days).
    # Mon 1 March 2027, Tuesday 2 March a holiday: NTS 1 Mar; TS Wed 3 - Thu 4; clearance
    # Fri 5, Mon 8, Tue 9.
    cal = WorkCalendar.build("1111100", [D("2027-03-02")])
    result = plan(
        table(["manual"], [10_000.0], ["sha"]), [], settings([cal, cal]), np.zeros(1, bool)
    )
    t, s = result.tasks, result.schedule
    assert t.steps.step == ["nts", "ts", "clearance"]
    assert t.method.tolist() == ["non_technical_survey", "technical_survey", "manual"]
    assert t.area.tolist() == pytest.approx([10_000.0, 5_300.0, 583.0])
    assert t.steps.cancelled.tolist() == pytest.approx([4_700.0, 0, 0])
    assert t.steps.reduced.tolist() == pytest.approx([0, 4_717.0, 0])
    assert t.steps.cleared.tolist() == pytest.approx([0, 0, 583.0])
    assert result.work.workdays.tolist() == [1, 2, 3]
    assert s.start.tolist() == [D("2027-03-01"), D("2027-03-03"), D("2027-03-05")]
    assert s.end.tolist() == [D("2027-03-01"), D("2027-03-04"), D("2027-03-09")]
    rows = [result.row(i) for i in range(3)]
    assert [r["task_id"] for r in rows] == ["H0-nts", "H0-ts", "H0-clearance"]
    assert [r["predecessor"] for r in rows] == [None, "H0-nts", "H0-ts"]
    assert [r["step"] for r in rows] == ["nts", "ts", "clearance"]
    released = sum(r[f"release_{k}_m2"] for r in rows for k in ("cancelled", "reduced", "cleared"))
    assert released == pytest.approx(10_000.0, abs=0.01)


def test_clearance_waits_out_the_no_work_months_after_its_survey():
    # Wed 24 Feb 2027, March a no-work month for seasonal tasks: NTS Wed 24; TS Thu 25 - Fri
    # 26; clearance ready Mon 1 March, waits for April: Thu 1, Fri 2, Mon 5 April.
    normal = WorkCalendar.build("1111100", [])
    season = WorkCalendar.build("1111100", [], [3], 2027)
    result = plan(
        table(["manual"], [10_000.0], ["sha"]),
        [],
        settings([normal, season], start="2027-02-24"),
        np.ones(1, bool),
    )
    assert result.schedule.start.tolist() == [D("2027-02-24"), D("2027-02-25"), D("2027-04-01")]
    assert result.schedule.end.tolist() == [D("2027-02-24"), D("2027-02-26"), D("2027-04-05")]


def test_cha_skip_nts_and_survey_methods_get_only_survey_steps():
    t = table(
        ["manual", "technical_survey", "non_technical_survey", "mdd"],
        [10_000.0, 10_000.0, 10_000.0, 1_000.0],
        ["cha", "sha", "sha", "sha"],
    )
    result = plan(t, [], settings([WorkCalendar()] * 2), np.zeros(4, bool))
    steps = result.tasks.steps
    assert [result.tasks.task_id(i) for i in range(len(result.tasks))] == [
        "H0-ts", "H0-clearance", "H1-nts", "H1-ts", "H2-nts", "H3-nts", "H3-ts", "H3-clearance",
    ]  # fmt: skip
    # CHA: TS of all 10,000 reduces 8,900, clearance of 1,100; TS method: NTS cancels 4,700 and
    # TS releases all 5,300 that reach it; NTS method: NTS releases the whole 10,000
    assert steps.area.tolist() == pytest.approx(
        [10_000, 1_100, 10_000, 5_300, 10_000, 1_000, 530, 58.3]
    )
    assert steps.reduced.tolist() == pytest.approx([8_900, 0, 0, 5_300, 0, 0, 471.7, 0])
    assert steps.cancelled.tolist() == pytest.approx([0, 0, 4_700, 0, 10_000, 470, 0, 0])
    for h in range(4):
        rows = steps.source == h
        total = steps.cancelled[rows] + steps.reduced[rows] + steps.cleared[rows]
        assert total.sum() == pytest.approx(t.area[h], abs=0.01)


def test_overrides_replace_the_type_share_and_full_cancellation_ends_the_chain():
    t = table(
        ["manual", "manual"],
        [1_000.0, 1_000.0],
        ["sha", "cha"],
        cancel_override=np.array([1.0, 0.5]),  # CHA never cancels: override ignored
        reduce_override=np.array([np.nan, 0.5]),
    )
    steps = t.with_steps(BIH).steps
    assert steps.step == ["nts", "ts", "clearance"]
    assert steps.cancelled.tolist() == [1_000.0, 0, 0]
    assert steps.area.tolist() == [1_000.0, 1_000.0, 500.0]
    assert steps.source.tolist() == [0, 1, 1]


def test_scheduler_starts_a_step_after_its_predecessor_on_other_teams():
    # two SHA chains, one team per type: the second NTS follows the first on the NTS team
    # while the first TS runs; each TS waits for its own NTS
    cal = WorkCalendar()
    result = plan(
        table(["manual", "manual"], [100_000.0, 100_000.0], ["sha", "sha"]),
        [],
        settings([cal, cal]),
        np.zeros(2, bool),
    )
    s, pred = result.schedule, result.tasks.steps.predecessor
    # NTS 100,000 / 50,000 = 2 days; TS 53,000 / 5,000 = 10.6 -> 11 days
    assert s.start[:2].tolist() == [D("2027-03-01"), D("2027-03-03")]  # H0-nts, H0-ts
    assert s.start[3].tolist() == D("2027-03-03")  # H1-nts right after H0-nts
    assert s.start[4] == D("2027-03-18")  # H1-ts: TS team busy until Wed 17 March
    for i in np.flatnonzero(pred >= 0):
        assert s.start[i] > s.end[pred[i]]


def test_scheduler_refuses_a_predecessor_listed_after_its_task():
    with pytest.raises(ScheduleError, match="waits for task 1"):
        schedule(["manual"] * 2, np.array([1, 1]), np.zeros(2, int), [WorkCalendar()],
                 {"manual": 1}, D("2027-03-01"), np.array([1, -1]))  # fmt: skip


def test_share_text_defaults_and_the_combined_expected_reduction():
    shares = release_shares("sha:0.3", "", 0.5)
    assert shares.cancel == {"sha": 0.3, "cha": 0.0} and shares.reduce["sha"] == 0.89
    combined = release_shares("", "", 0.5)  # SHA: 0.5 x 2.45 / 4.93 = 0.2485 by NTS
    c, r = combined.cancel["sha"], combined.reduce["sha"]
    assert c == pytest.approx(0.5 * 2.45 / 4.93)
    assert c + (1 - c) * r == pytest.approx(0.5) and combined.reduce["cha"] == 0.5
    with pytest.raises(ParameterError, match="CANCEL_SHARE: unknown hazard type 'uxo'"):
        release_shares("uxo:0.2", "", 0.5)
    with pytest.raises(ParameterError, match=r"REDUCE_SHARE: 'sha:1\.5' must be a share"):
        release_shares("", "sha:1.5", 0.5)
