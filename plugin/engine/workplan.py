"""Work-plan records and the plan itself: tasks in priority order, the slope fallback of
machines, which tasks are seasonal, effort, schedule and cost, and one OUTPUT row per task.

Geometry stays in :mod:`qgis_io.tasks`; here every task is a row of :class:`TaskTable`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from . import land_release as lr
from .schedule import Effort, Schedule, effort, schedule
from .text import QT_TR_NOOP, Text
from .workplan_params import PlanSettings

PLANNED = "planned"
NOT_PLANNED = "not planned: {0}"  # plan_status: a code (read back by re-planning), English
SLOPE_NOTE = QT_TR_NOOP("mechanical -> manual: slope {0:.1f} > {1:g} deg")  # method_note


@dataclass(frozen=True)
class Unplanned:
    """A parcel without a usable polygon: kept as one OUTPUT row without dates or effort."""

    parent: str
    rank: float  # NaN when NULL
    method: str
    reason: str

    def row(self) -> dict:
        """Its OUTPUT attributes (every other field is NULL)."""
        return {
            "task_id": self.parent,
            "parent_id": self.parent,
            "priority_rank": int(self.rank) if math.isfinite(self.rank) else None,
            "method": self.method,
            "plan_status": NOT_PLANNED.format(self.reason),
        }


@dataclass
class TaskTable:
    """One row per task (a parcel, or one grid cell of it)."""

    parent: list[str]
    rank: np.ndarray  # float, NaN when NULL
    piece: np.ndarray  # 1-based cell number, 0 for a parcel not split
    method: np.ndarray  # object
    season: np.ndarray  # bool: SEASON_FIELD says seasonal
    area: np.ndarray  # m² in the metric CRS
    note: list[Text | str] = field(default_factory=list)  # method_note ("" none)
    elevation: np.ndarray | None = None
    slope: np.ndarray | None = None
    district: list = field(default_factory=list)  # label or None
    hazard_type: list = field(default_factory=list)  # "sha" or "cha"
    cancel_override: np.ndarray | None = None  # CANCEL_FIELD share, NaN when not given
    reduce_override: np.ndarray | None = None  # REDUCE_FIELD share, NaN when not given
    steps: lr.Chain | None = None  # set on step tables (see :meth:`with_steps`)
    chained: bool = False  # task ids carry the step
    ids: list[str] | None = None  # task ids as read (re-planning an earlier plan)

    def __post_init__(self) -> None:
        n = len(self.parent)
        self.rank = np.asarray(self.rank, dtype=float)
        self.piece = np.asarray(self.piece, dtype=np.int64)
        self.method = np.asarray(self.method, dtype=object)
        self.season = np.asarray(self.season, dtype=bool)
        self.area = np.asarray(self.area, dtype=float)
        self.note = self.note or [""] * n
        self.elevation = np.full(n, np.nan) if self.elevation is None else self.elevation
        self.slope = np.full(n, np.nan) if self.slope is None else self.slope
        self.district = self.district or [None] * n
        self.hazard_type = self.hazard_type or ["sha"] * n
        nan = np.full(n, np.nan)
        self.cancel_override = nan if self.cancel_override is None else self.cancel_override
        self.reduce_override = nan.copy() if self.reduce_override is None else self.reduce_override
        self.cancel_override = np.asarray(self.cancel_override, dtype=float)
        self.reduce_override = np.asarray(self.reduce_override, dtype=float)
        if self.steps is None:
            self.steps = lr.single_steps(self.area, self.method)

    def __len__(self) -> int:
        return len(self.parent)

    def task_id(self, i: int) -> str:
        if self.ids is not None:
            return self.ids[i]
        base = f"{self.parent[i]}-{self.piece[i]}" if self.piece[i] else self.parent[i]
        return f"{base}-{self.steps.step[i]}" if self.chained else base

    def with_steps(self, shares: lr.Shares) -> TaskTable:
        """The land-release chain of every task as a new table, one row per step in task order
        (``steps.source`` is the task row of each step, for geometries and seasons)."""
        cancel, reduce = lr.shares_of(
            self.hazard_type, self.cancel_override, self.reduce_override, shares
        )
        steps = lr.chain(self.area, self.method, self.hazard_type, cancel, reduce)
        k = steps.source
        return TaskTable(
            parent=[self.parent[i] for i in k],
            rank=self.rank[k],
            piece=self.piece[k],
            method=steps.method,
            season=self.season[k],
            area=steps.area,
            note=[self.note[i] for i in k],
            elevation=self.elevation[k],
            slope=self.slope[k],
            district=[self.district[i] for i in k],
            hazard_type=[self.hazard_type[i] for i in k],
            cancel_override=cancel[k],
            reduce_override=reduce[k],
            steps=steps,
            chained=True,
        )

    def fall_back_on_slope(self, max_slope: float) -> None:
        """Mechanical tasks steeper than ``max_slope`` (degrees) become manual, with a note."""
        steep = (self.method == "mechanical") & (self.slope > max_slope)
        for i in np.flatnonzero(steep):
            self.note[i] = Text(SLOPE_NOTE, float(self.slope[i]), max_slope)
        self.method[steep] = "manual"


def priority_order(rank) -> np.ndarray:
    """Indexes by rank (NaN last), ties in input order."""
    rank = np.asarray(rank, dtype=float)
    return np.lexsort((np.arange(len(rank)), np.nan_to_num(rank, nan=np.inf)))


def seasonal(
    tasks: TaskTable, months, has_dem: bool, has_field: bool, highland_m: float
) -> np.ndarray:
    """Which tasks follow the no-work months: none without months; every task without DEM
    and SEASON_FIELD; else those above ``highland_m`` on the DEM and those the field marks."""
    n = len(tasks)
    if not months:
        return np.zeros(n, dtype=bool)
    if not has_dem and not has_field:
        return np.ones(n, dtype=bool)
    highland = np.zeros(n, dtype=bool)
    if has_dem:
        highland = np.nan_to_num(tasks.elevation, nan=-np.inf) > highland_m
    return highland | tasks.season


@dataclass
class PlanResult:
    """Tasks with their effort, dates and cost, and the parcels not planned."""

    tasks: TaskTable
    unplanned: list[Unplanned]
    work: Effort
    schedule: Schedule
    seasonal: np.ndarray
    cost: np.ndarray  # US$, NaN without a rate
    teams: dict[str, int]
    no_work_months: list[int]
    status: list[str] | None = None  # plan_status per task when re-planned (done, ongoing)
    fixed: Schedule | None = None  # done and ongoing work kept when re-planned

    @property
    def completion(self) -> np.datetime64:
        return self.schedule.end.max()

    def row(self, i: int) -> dict:
        """OUTPUT attributes of task ``i`` (None for NULL; dates as ``datetime64[D]``)."""
        t, work, plan = self.tasks, self.work, self.schedule
        return {
            "task_id": t.task_id(i),
            "parent_id": t.parent[i],
            "priority_rank": int(t.rank[i]) if np.isfinite(t.rank[i]) else None,
            "sequence": i + 1,
            "method": t.method[i],
            "method_note": t.note[i] or None,
            "team": f"{t.method[i]} {plan.team[i]}",
            "area_m2": float(t.area[i]),
            "effort_team_days": float(work.planned[i]),
            "effort_low_team_days": float(work.low[i]),
            "effort_high_team_days": float(work.high[i]),
            "work_days": int(work.workdays[i]),
            "start_date": plan.start[i],
            "end_date": plan.end[i],
            "seasonal": bool(self.seasonal[i]),
            "elevation_m": _finite(t.elevation[i]),
            "slope_deg": _finite(t.slope[i]),
            "district": t.district[i],
            "cost_usd": _finite(self.cost[i]),
            "plan_status": self.status[i] if self.status else PLANNED,
            "step": t.steps.step[i],
            "predecessor": t.task_id(int(t.steps.predecessor[i]))
            if t.steps.predecessor[i] >= 0
            else None,
            "release_cancelled_m2": float(t.steps.cancelled[i]),
            "release_reduced_m2": float(t.steps.reduced[i]),
            "release_cleared_m2": float(t.steps.cleared[i]),
        }


def plan(
    tasks: TaskTable, unplanned: list[Unplanned], settings: PlanSettings, is_seasonal: np.ndarray
) -> PlanResult:
    """Effort, list schedule (seasonal tasks on the seasonal calendar) and cost of every task,
    or with ``settings.land_release`` of every step of its chain (``result.tasks`` is then the
    step table; ``result.tasks.steps.source`` the task row of each step); raises
    :class:`schedule.ScheduleError`."""
    reduction = settings.reduction
    if settings.land_release:  # the chain itself releases land: no further reduction
        tasks = tasks.with_steps(settings.shares)
        is_seasonal = np.asarray(is_seasonal, dtype=bool)[tasks.steps.source]
        reduction = 0.0
    work = effort(tasks.area, tasks.method, settings.productivity, reduction)
    dates = schedule(
        tasks.method,
        work.workdays,
        is_seasonal.astype(np.int64),
        settings.calendars,
        settings.teams,
        settings.start,
        tasks.steps.predecessor,
    )
    cost = np.array([settings.costs.get(m, np.nan) for m in tasks.method]) * tasks.area
    return PlanResult(
        tasks, unplanned, work, dates, is_seasonal, cost, settings.teams, settings.no_work_months
    )


def _finite(x) -> float | None:
    x = float(x)
    return x if math.isfinite(x) else None
