"""Re-planning an earlier plan from a date (``STATUS_FIELD``, ``AS_OF``): done tasks keep
their dates and teams, ongoing ones keep their team and finish first with the working days
they have left, the rest is list-scheduled again from ``AS_OF`` (precedence kept)."""

from __future__ import annotations

import numpy as np

from .schedule import Schedule, effort, schedule
from .text import QT_TR_NOOP, Text
from .workplan import PLANNED, PlanResult, TaskTable, Unplanned
from .workplan_params import PlanSettings

DONE, ONGOING = "done", "ongoing"


def status_of(value) -> str:
    """``done`` or ``ongoing`` (case-insensitive); anything else is planned."""
    text = "" if value is None else str(value).strip().lower()
    return text if text in (DONE, ONGOING) else PLANNED


def replan(
    tasks: TaskTable,
    unplanned: list[Unplanned],
    settings: PlanSettings,
    is_seasonal: np.ndarray,
    status: list[str],
    before: Schedule,
    as_of: np.datetime64,
) -> PlanResult:
    """The plan from ``as_of`` (``status`` as read, see :func:`status_of`). ``before`` holds
    each task's earlier team and dates; done and ongoing tasks must have them (a team 0 or NaT
    raises ``ValueError`` naming the task). The result keeps that work fixed for
    :func:`team_sizing.rerun`, which takes settings whose ``start`` is ``as_of``."""
    as_of = np.datetime64(as_of, "D")
    status = [status_of(v) for v in status]
    work = effort(tasks.area, tasks.method, settings.productivity, 0.0)
    calendar = is_seasonal.astype(np.int64)
    fixed = Schedule(
        np.zeros(len(tasks), dtype=np.int64),
        np.array(before.start, dtype="datetime64[D]"),
        np.array(before.end, dtype="datetime64[D]"),
    )
    for i, state in enumerate(status):
        if state == PLANNED:
            continue
        if before.team[i] <= 0 or np.isnat(before.start[i]) or np.isnat(before.end[i]):
            raise ValueError(
                Text(
                    QT_TR_NOOP("task '{0}' is {1} but has no team or dates"),
                    tasks.task_id(i),
                    state,
                )
            )
        fixed.team[i] = before.team[i]
        if state == ONGOING:  # the working days left, from AS_OF (or its start, if later)
            cal = settings.calendars[calendar[i]]
            begun = max(before.start[i], as_of)
            done = int(cal.count(before.start[i], begun))
            left = max(int(work.workdays[i]) - done, 1)
            work.workdays[i] = done + left
            fixed.end[i] = cal.span(begun, left)[1]
    dates = schedule(
        tasks.method,
        work.workdays,
        calendar,
        settings.calendars,
        settings.teams,
        as_of,
        tasks.steps.predecessor,
        fixed,
    )
    cost = np.array([settings.costs.get(m, np.nan) for m in tasks.method]) * tasks.area
    return PlanResult(
        tasks,
        unplanned,
        work,
        dates,
        np.asarray(is_seasonal, dtype=bool),
        cost,
        settings.teams,
        settings.no_work_months,
        list(status),
        fixed,
    )
