"""Re-planning from AS_OF (no QGIS): done kept, ongoing finish with the days left, the rest
scheduled again; dates by hand."""

from __future__ import annotations

import numpy as np
import pytest

from clearance_planner.engine.calendar import WorkCalendar
from clearance_planner.engine.replan import replan, status_of
from clearance_planner.engine.schedule import Schedule, productivity_table
from clearance_planner.engine.workplan import TaskTable, plan
from clearance_planner.engine.workplan_params import PlanSettings

D = np.datetime64
CAL = WorkCalendar("1111100")


def three_tasks():
    t = TaskTable(
        parent=["A", "B", "C"],
        rank=[1.0, 2.0, 3.0],
        piece=[0, 0, 0],
        method=["manual"] * 3,
        season=[False] * 3,
        area=[1200.0] * 3,  # 5 days each
    )
    s = PlanSettings(productivity_table(), {"manual": 1}, {}, 0.5, D("2027-03-01"), [CAL] * 2, [])
    return t, s


def test_status_values():
    assert [status_of(v) for v in ("Done", " ongoing", "x", None)] == [
        "done", "ongoing", "planned", "planned",
    ]  # fmt: skip


def test_done_kept_ongoing_finishes_with_the_days_left_rest_from_as_of():
    # first plan: A 1-5 March, B 8-12, C 15-19 on manual 1
    t, s = three_tasks()
    first = plan(t, [], s, np.zeros(3, bool))
    assert first.schedule.end.tolist() == [D("2027-03-05"), D("2027-03-12"), D("2027-03-19")]
    # as of Wed 10 March: B worked Mon 8 and Tue 9, 3 days left: Wed 10 - Fri 12
    again = replan(
        t, [], s, np.zeros(3, bool), ["done", "ongoing", "x"], first.schedule, "2027-03-10"
    )
    assert again.schedule.start.tolist() == [D("2027-03-01"), D("2027-03-08"), D("2027-03-15")]
    assert again.schedule.end.tolist() == [D("2027-03-05"), D("2027-03-12"), D("2027-03-19")]
    assert [again.row(i)["plan_status"] for i in range(3)] == ["done", "ongoing", "planned"]
    # as of Mon 15 March B is late: it still takes at least one day (Mon 15); C Tue 16 - Mon 22
    late = replan(
        t, [], s, np.zeros(3, bool), ["done", "ongoing", "x"], first.schedule, "2027-03-15"
    )
    assert late.schedule.end[1] == D("2027-03-15") and late.work.workdays[1] == 6
    assert (late.schedule.start[2], late.schedule.end[2]) == (D("2027-03-16"), D("2027-03-22"))


def test_done_task_needs_its_dates():
    t, s = three_tasks()
    empty = Schedule(
        np.zeros(3, int),
        np.full(3, np.datetime64("NaT", "D")),
        np.full(3, np.datetime64("NaT", "D")),
    )
    with pytest.raises(ValueError, match="task 'A' is done but has no team or dates"):
        replan(t, [], s, np.zeros(3, bool), ["done", "x", "x"], empty, "2027-03-10")


def test_teams_needed_for_a_replan_keep_the_done_work():
    from dataclasses import replace

    from clearance_planner.engine.team_sizing import teams_needed

    t, s = three_tasks()
    first = plan(t, [], s, np.zeros(3, bool))
    s = replace(s, start=D("2027-03-08"))  # as the algorithm does: settings start at AS_OF
    again = replan(t, [], s, np.zeros(3, bool), ["done", "x", "x"], first.schedule, "2027-03-08")
    # B and C from Mon 8 March on two teams: both end Fri 12; A stays 1-5 March
    sizing = teams_needed(again, s, "2027-03-12")
    assert sizing.needed == {"manual": 2}
    assert sizing.schedule.start[0] == D("2027-03-01") and sizing.schedule.end[0] == D("2027-03-05")
