"""The smallest team counts that finish a plan by a target date, found by re-running the
list scheduler (never by a ratio), and the bottleneck of a plan.

Search: every method starts at one team per task (the most the schedule can use); then, method
by method in chain order (NTS, TS, clearance methods), a binary search finds the fewest teams
that still finish by the target with the other counts as they stand; finally each count is
checked one team lower and lowered while the plan still finishes (list scheduling is not
strictly monotone), so one team fewer of any method misses the target.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .land_release import CHAIN_ORDER
from .progress import CancelFn, OperationCancelled, check_cancel
from .schedule import Schedule, schedule
from .text import QT_TR_NOOP, Text
from .workplan import PlanResult
from .workplan_params import PlanSettings

ALL = "(all)"


@dataclass(frozen=True)
class TeamsRow:
    """One TEAMS_NEEDED row (fields in output order; None for NULL)."""

    method: str
    teams_available: int
    teams_needed: int | None  # None: the target cannot be met with any number of teams
    completion_available: np.datetime64 | None
    completion_needed: np.datetime64 | None

    def values(self) -> tuple:
        return (
            self.method,
            self.teams_available,
            self.teams_needed,
            self.completion_available,
            self.completion_needed,
        )


@dataclass
class Sizing:
    """Teams needed per method (None when the target cannot be met) and their schedule."""

    target: np.datetime64
    needed: dict[str, int] | None
    schedule: Schedule | None


def rerun(result: PlanResult, settings: PlanSettings, teams: dict[str, int]) -> Schedule:
    """The plan's tasks scheduled again with other team counts (same order and calendars;
    done and ongoing work of a re-plan stays where it is)."""
    return schedule(
        result.tasks.method,
        result.work.workdays,
        result.seasonal.astype(np.int64),
        settings.calendars,
        teams,
        settings.start,
        result.tasks.steps.predecessor,
        result.fixed,
    )


def teams_needed(
    result: PlanResult, settings: PlanSettings, target, stop: CancelFn = None
) -> Sizing:
    """The smallest team counts finishing every task by ``target`` (see module docstring);
    ``stop()`` true (a cancelled run) ends the search with no answer."""
    target = np.datetime64(target, "D")
    methods = np.asarray(result.tasks.method, dtype=object)
    used = [m for m in CHAIN_ORDER if m in set(methods)]
    counts = {m: int((methods == m).sum()) for m in used}

    def finishes(teams: dict[str, int]) -> bool:
        check_cancel(stop)
        return bool(rerun(result, settings, teams).end.max() <= target)

    try:
        return _search(result, settings, target, used, counts, finishes)
    except OperationCancelled:
        return Sizing(target, None, None)


def _search(result, settings, target, used, counts, finishes) -> Sizing:
    """Binary search per method, then one-lower checks (see module docstring)."""
    if not used or not finishes(counts):
        return Sizing(target, None, None)
    for m in used:
        low, high = 1, counts[m]  # high finishes
        while low < high:
            mid = (low + high) // 2
            if finishes({**counts, m: mid}):
                high = mid
            else:
                low = mid + 1
        counts[m] = high
    lowered = True
    while lowered:
        lowered = False
        for m in used:
            if counts[m] > 1 and finishes({**counts, m: counts[m] - 1}):
                counts[m] -= 1
                lowered = True
    return Sizing(target, counts, rerun(result, settings, counts))


def bottleneck(result: PlanResult) -> str:
    """The method of the task that ends last (the first in plan order among ties)."""
    return str(result.tasks.method[int(np.argmax(result.schedule.end))])


def teams_rows(result: PlanResult, sizing: Sizing) -> list[TeamsRow]:
    """One row per method with tasks (chain order), then the plan total ``(all)``."""
    methods = np.asarray(result.tasks.method, dtype=object)
    rows = []
    for m in [m for m in CHAIN_ORDER if m in set(methods)]:
        sel = methods == m
        rows.append(
            TeamsRow(
                m,
                int(result.teams[m]),
                sizing.needed[m] if sizing.needed else None,
                result.schedule.end[sel].max(),
                sizing.schedule.end[sel].max() if sizing.schedule else None,
            )
        )
    rows.append(
        TeamsRow(
            ALL,
            sum(r.teams_available for r in rows),
            sum(sizing.needed.values()) if sizing.needed else None,
            result.completion,
            sizing.schedule.end.max() if sizing.schedule else None,
        )
    )
    return rows


def years_after(start, years: float) -> np.datetime64:
    """``start`` plus ``years`` calendar years (365.25 days each)."""
    return np.datetime64(start, "D") + np.timedelta64(round(years * 365.25), "D")


def horizon_warning(
    result: PlanResult,
    settings: PlanSettings,
    max_years: float,
    stop: CancelFn = None,
) -> Text | None:
    """A warning naming the bottleneck and the teams needed to finish within ``max_years``
    of the start when the plan's completion lies beyond; None otherwise."""
    horizon = years_after(settings.start, max_years)
    if not len(result.tasks) or result.completion <= horizon:
        return None
    slow = bottleneck(result)
    sizing = teams_needed(result, settings, horizon, stop)
    if sizing.needed is None:
        never = QT_TR_NOOP("no number of teams finishes by {0} (the chains themselves are longer)")
        need = Text(never, str(horizon))
    else:
        teams = ",".join(f"{m}:{k}" for m, k in sizing.needed.items())
        need = Text(QT_TR_NOOP("teams needed to finish by {0}: {1}"), str(horizon), teams)
    late = QT_TR_NOOP(
        "Completion {0} is more than {1:g} years after the start {2} (MAX_YEARS); bottleneck: "
        "{3} ({4} teams, its last task ends on the completion date); {5}."
    )
    return Text(
        late, str(result.completion), max_years, str(settings.start), slow, result.teams[slow], need
    )
