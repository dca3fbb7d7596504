"""Effort from a productivity table and priority-ordered list scheduling of tasks to teams.

Rule (see docs/workplan.md): tasks are taken in priority order (``priority_rank``, then parent
order, then piece order); each goes to the team of its method that becomes free first (ties:
lowest team number) and starts on the first working day of its own calendar on or after that
date. A task takes ``ceil(effort_team_days)`` whole working days.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

from .calendar import WorkCalendar
from .text import QT_TR_NOOP, Text

METHODS = ("manual", "mechanical", "mdd", "technical_survey", "non_technical_survey")
CLEARANCE_METHODS = ("manual", "mechanical", "mdd")
DEMINERS_PER_MANUAL_TEAM = 8

# m² per team per working day: planning default, low, high (docs/workplan.md gives sources)
DEFAULT_PRODUCTIVITY = {
    "manual": (30.0 * 8, 10.0 * 8, 50.0 * 8),  # 30 (10-50) m² per deminer per day x 8
    "mechanical": (2500.0, 1500.0, 3500.0),  # one machine; vendor figure, low confidence
    "mdd": (400.0, 400.0, 900.0),  # one dog pair; conservative default 400
    "technical_survey": (5000.0, 2000.0, 10000.0),  # assumption, low confidence
    "non_technical_survey": (50000.0, 20000.0, 100000.0),  # assumption, low confidence
}


class ScheduleError(ValueError):
    """Inputs that cannot be scheduled (unknown method, no team, bad productivity)."""


@dataclass(frozen=True)
class Productivity:
    """m² per team per working day for one method."""

    default: float
    low: float
    high: float

    def __post_init__(self) -> None:
        values = (self.default, self.low, self.high)
        if not all(np.isfinite(values)) or min(values) <= 0:
            raise ScheduleError(
                Text(QT_TR_NOOP("productivity must be > 0 m² per team per day (got {0})"), values)
            )
        if not self.low <= self.default <= self.high:
            raise ScheduleError(
                Text(
                    QT_TR_NOOP("productivity must satisfy low <= default <= high (got {0})"), values
                )
            )


def productivity_table(rows: dict | None = None) -> dict[str, Productivity]:
    """The default table updated with ``rows`` (method -> (default, low, high))."""
    table = dict(DEFAULT_PRODUCTIVITY)
    for method, values in (rows or {}).items():
        if method not in METHODS:
            raise ScheduleError(
                Text(QT_TR_NOOP("unknown method '{0}' in productivity table"), method)
            )
        table[method] = tuple(values)
    out = {}
    for method, values in table.items():
        try:
            out[method] = Productivity(*(float(v) for v in values))
        except ScheduleError as exc:
            raise ScheduleError(Text(QT_TR_NOOP("{0}: {1}"), method, exc)) from None
    return out


@dataclass
class Effort:
    """Team-days per task: planning figure and a low-high range."""

    planned: np.ndarray
    low: np.ndarray
    high: np.ndarray
    workdays: np.ndarray  # whole working days the schedule books


def effort(
    area_m2: np.ndarray, methods: np.ndarray, table: dict[str, Productivity], reduction: float
) -> Effort:
    """Effort of each task.

    planned = area / default rate (whole area, schedule basis);
    low = area x (1 - reduction) / high rate for clearance methods (survey releases the rest),
    area / high rate for survey methods; high = area / low rate.
    """
    if not 0.0 <= reduction < 1.0:
        raise ScheduleError(
            Text(QT_TR_NOOP("EXPECTED_REDUCTION must be in [0, 1) (got {0})"), reduction)
        )
    methods = np.asarray(methods)
    rate = {
        k: np.array([getattr(table[m], k) for m in METHODS]) for k in ("default", "low", "high")
    }
    index = method_index(methods)
    area = np.asarray(area_m2, dtype=float)
    clearance = np.isin(methods, CLEARANCE_METHODS)
    planned = area / rate["default"][index]
    low = area * np.where(clearance, 1.0 - reduction, 1.0) / rate["high"][index]
    high = area / rate["low"][index]
    workdays = np.maximum(np.ceil(np.round(planned, 9)), 1).astype(np.int64)
    return Effort(planned, low, high, workdays)


def method_index(methods) -> np.ndarray:
    """Index of each method in :data:`METHODS`; unknown methods raise."""
    methods = np.asarray(methods, dtype=object)
    known = np.isin(methods, METHODS)
    if not known.all():
        bad = sorted({str(m) for m in methods[~known]})
        raise ScheduleError(
            Text(QT_TR_NOOP("unknown method(s) {0}; expected one of {1}"), bad, list(METHODS))
        )
    lookup = {m: i for i, m in enumerate(METHODS)}
    return np.fromiter((lookup[m] for m in methods), dtype=np.int64, count=len(methods))


@dataclass
class Schedule:
    team: np.ndarray  # 1-based team number within the method
    start: np.ndarray  # datetime64[D], first working day
    end: np.ndarray  # datetime64[D], last working day


def schedule(
    methods,
    workdays: np.ndarray,
    calendar_of_task: np.ndarray,
    calendars: list[WorkCalendar],
    teams: dict[str, int],
    start: np.datetime64,
    predecessor: np.ndarray | None = None,
    fixed: Schedule | None = None,
) -> Schedule:
    """List-schedule tasks, given already in priority order.

    ``calendar_of_task`` indexes ``calendars``. Every team starts free on ``start``. A task
    with a ``predecessor`` (row index, earlier in the list; -1 none) starts no earlier than
    the day after its predecessor ends. Rows of ``fixed`` with a team (> 0) keep its team and
    dates (work done or under way); their team is free the day after the last of them ends.
    """
    methods = np.asarray(methods, dtype=object)
    n = len(methods)
    kept = np.zeros(n, dtype=bool) if fixed is None else np.asarray(fixed.team) > 0
    for method in sorted(set(methods[~kept])):
        if int(teams.get(method, 0)) <= 0:
            raise ScheduleError(
                Text(
                    QT_TR_NOOP("no team for method '{0}': give TEAMS {1}:N with N >= 1"),
                    method,
                    method,
                )
            )
    one_day = np.timedelta64(1, "D")
    team = np.zeros(n, dtype=np.int64)
    first = np.empty(n, dtype="datetime64[D]")
    last = np.empty(n, dtype="datetime64[D]")
    busy = {}  # (method, team) -> first free day after fixed work
    for i in np.flatnonzero(kept):
        team[i], first[i], last[i] = fixed.team[i], fixed.start[i], fixed.end[i]
        key = (methods[i], int(team[i]))
        busy[key] = max(busy.get(key, np.datetime64(start, "D")), last[i] + one_day)
    free = {}
    for m in set(methods):
        count = int(teams.get(m, 0))
        free[m] = [(busy.get((m, k), np.datetime64(start, "D")), k) for k in range(1, count + 1)]
        heapq.heapify(free[m])
    after = np.full(n, -1, dtype=np.int64) if predecessor is None else np.asarray(predecessor)
    for i in np.flatnonzero(~kept):  # sequential: each assignment changes when teams are free
        heap = free[methods[i]]
        free_on, number = heapq.heappop(heap)
        ready = free_on
        if after[i] >= 0:
            if after[i] >= i and not kept[after[i]]:
                raise ScheduleError(
                    Text(QT_TR_NOOP("task {0} waits for task {1} listed after it"), i, after[i])
                )
            ready = max(free_on, last[after[i]] + one_day)
        a, b = calendars[calendar_of_task[i]].span(ready, workdays[i])
        team[i], first[i], last[i] = number, a, b
        heapq.heappush(heap, (b + one_day, number))
    return Schedule(team, first, last)
