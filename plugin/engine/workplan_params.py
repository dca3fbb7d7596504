"""Work-plan parameters from their text: method:value pairs, team counts, productivity rows,
holidays, no-work months and the two working calendars (normal and seasonal).

Errors are :class:`ParameterError` with a message naming the parameter and the fix; the
algorithm passes it on as a ``QgsProcessingException``.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import land_release as lr
from .calendar import CalendarError, WorkCalendar, weekmask
from .schedule import METHODS, Productivity, ScheduleError, productivity_table
from .text import QT_TR_NOOP, Text

TRUTHY = {"1", "true", "yes", "y", "t", "winter", "seasonal", "highland"}


class ParameterError(ValueError):
    """A work-plan parameter whose text cannot be read."""


@dataclass(frozen=True)
class PlanSettings:
    """Everything the plan needs besides the tasks."""

    productivity: dict[str, Productivity]
    teams: dict[str, int]
    costs: dict[str, float]  # US$ per m²
    reduction: float  # EXPECTED_REDUCTION
    start: np.datetime64
    calendars: list[WorkCalendar]  # [normal, seasonal]
    no_work_months: list[int]
    land_release: bool = False
    shares: lr.Shares = field(default_factory=lambda: release_shares("", "", 0.5))

    def record(self) -> dict:
        """The settings for the run record."""
        return {
            "productivity_m2_per_team_day": {
                m: [p.default, p.low, p.high] for m, p in self.productivity.items()
            },
            "teams": self.teams,
            "expected_reduction": self.reduction,
            "start_date": str(self.start),
            "weekmask": self.calendars[0].weekmask,
            "no_work_months": self.no_work_months,
            "cost_per_m2": self.costs,
            "land_release": self.land_release,
            **(self.shares.record() if self.land_release else {}),
        }


def plan_settings(
    productivity_rows: list,
    teams: str,
    costs: str,
    reduction: float,
    start: np.datetime64,
    work_days: list[int],
    holidays_text: str,
    months_text: str,
    land_release: bool = False,
    cancel_text: str = "",
    reduce_text: str = "",
) -> PlanSettings:
    """The settings from the parameter values (PRODUCTIVITY matrix, TEAMS, COST_PER_M2 text,
    EXPECTED_REDUCTION, START_DATE, WORK_DAYS indexes, HOLIDAYS and NO_WORK_MONTHS text,
    LAND_RELEASE, CANCEL_SHARE and REDUCE_SHARE text)."""
    table = productivity(productivity_rows)
    counts = team_counts(teams)
    rates = method_values(costs, "COST_PER_M2")
    days, months = calendars(work_days, holidays_text, months_text, start)
    shares = release_shares(cancel_text, reduce_text, reduction)
    return PlanSettings(
        table, counts, rates, reduction, start, days, months, bool(land_release), shares
    )


def type_shares(text: str, key: str) -> dict[str, float]:
    """``{"sha": 0.47, "cha": 0.0}`` from ``"sha:0.47,cha:0"``; shares in [0, 1]."""
    out = {}
    for item in _items(text):
        kind, _, value = item.partition(":")
        kind = kind.strip().lower()
        if kind not in lr.HAZARD_TYPES:
            raise ParameterError(
                Text(QT_TR_NOOP("{0}: unknown hazard type '{1}'; expected sha or cha."), key, kind)
            )
        try:
            out[kind] = float(value)
        except ValueError:
            raise ParameterError(
                Text(QT_TR_NOOP("{0}: '{1}' needs a share (0-1) after the colon."), key, item)
            ) from None
        if not 0.0 <= out[kind] <= 1.0:
            raise ParameterError(
                Text(QT_TR_NOOP("{0}: '{1}' must be a share from 0 to 1."), key, item)
            )
    return out


def release_shares(cancel_text: str, reduce_text: str, reduction: float) -> lr.Shares:
    """CANCEL_SHARE and REDUCE_SHARE per hazard type; a type not given takes the Bosnian
    2017 default. Both empty: ``EXPECTED_REDUCTION`` as one combined share
    (:meth:`land_release.Shares.combined`)."""
    if not _items(cancel_text) and not _items(reduce_text):
        if not 0.0 <= reduction < 1.0:
            raise ParameterError(
                Text(QT_TR_NOOP("EXPECTED_REDUCTION must be in [0, 1) (got {0})."), reduction)
            )
        return lr.Shares.combined(reduction)
    cancel = type_shares(lr.DEFAULT_CANCEL_SHARE, "CANCEL_SHARE")
    reduce = type_shares(lr.DEFAULT_REDUCE_SHARE, "REDUCE_SHARE")
    cancel.update(type_shares(cancel_text, "CANCEL_SHARE"))
    reduce.update(type_shares(reduce_text, "REDUCE_SHARE"))
    return lr.Shares(cancel, reduce)


def _items(text: str, separator: str = ",") -> list[str]:
    """The non-empty items of a list separated by commas or semicolons."""
    return [p.strip() for p in (text or "").replace(";", separator).split(separator) if p.strip()]


def method_values(text: str, key: str) -> dict[str, float]:
    """``{"manual": 4.0, ...}`` from ``"manual:4,mdd:2.5"``; values are finite and >= 0."""
    out = {}
    for item in _items(text):
        method, _, value = item.partition(":")
        method = method.strip().lower()
        if method not in METHODS:
            raise ParameterError(
                Text(
                    QT_TR_NOOP("{0}: unknown method '{1}'; expected one of {2}."),
                    key,
                    method,
                    ", ".join(METHODS),
                )
            )
        try:
            out[method] = float(value)
        except ValueError:
            raise ParameterError(
                Text(QT_TR_NOOP("{0}: '{1}' needs a number after the colon."), key, item)
            ) from None
        if out[method] < 0 or not math.isfinite(out[method]):
            raise ParameterError(Text(QT_TR_NOOP("{0}: '{1}' must be >= 0."), key, item))
    return out


def team_counts(text: str, key: str = "TEAMS") -> dict[str, int]:
    """Teams per method from ``"manual:4,mdd:2"``; counts must be whole numbers."""
    teams = method_values(text, key)
    if any(v != int(v) for v in teams.values()):
        raise ParameterError(Text(QT_TR_NOOP("{0}: team counts must be whole numbers."), key))
    return {m: int(v) for m, v in teams.items()}


def productivity(flat: list) -> dict[str, Productivity]:
    """The productivity table from the PRODUCTIVITY matrix (rows method, default, low, high)
    or from one CSV path in it; rows override :data:`schedule.DEFAULT_PRODUCTIVITY`."""
    if len(flat) == 1 and str(flat[0]).lower().endswith(".csv"):
        flat = productivity_csv(Path(str(flat[0])))
    if len(flat) % 4:
        raise ParameterError(
            Text(QT_TR_NOOP("PRODUCTIVITY needs rows of 4 values: method, default, low, high."))
        )
    rows = {}
    for i in range(0, len(flat), 4):
        method = str(flat[i]).strip().lower()
        try:
            rows[method] = tuple(float(v) for v in flat[i + 1 : i + 4])
        except (TypeError, ValueError) as exc:
            raise ParameterError(
                Text(
                    QT_TR_NOOP("PRODUCTIVITY row '{0}': rates must be numbers ({1})."), method, exc
                )
            ) from exc
    try:
        return productivity_table(rows)
    except ScheduleError as exc:
        raise ParameterError(Text(QT_TR_NOOP("PRODUCTIVITY: {0}"), exc)) from exc


def productivity_csv(path: Path) -> list[str]:
    """Rows ``method,default,low,high`` of a CSV file (a header row is skipped) as a flat list."""
    if not path.is_file():
        raise ParameterError(Text(QT_TR_NOOP("PRODUCTIVITY: file '{0}' not found."), path))
    with path.open(newline="", encoding="utf-8-sig") as fh:
        rows = [r for r in csv.reader(fh) if any(c.strip() for c in r)]
    if rows and rows[0] and rows[0][0].strip().lower() == "method":
        rows = rows[1:]
    bad = [i + 1 for i, r in enumerate(rows) if len(r) != 4]
    if bad:
        raise ParameterError(
            Text(
                QT_TR_NOOP(
                    "PRODUCTIVITY file '{0}': rows {1} do not have 4 columns "
                    "(method,default,low,high)."
                ),
                path,
                bad,
            )
        )
    return [c.strip() for r in rows for c in r]


def holidays(text: str) -> list[np.datetime64]:
    """Dates from ``"2027-01-01,2027-03-20"``."""
    try:
        return [np.datetime64(h, "D") for h in _items(text)]
    except ValueError as exc:
        raise ParameterError(
            Text(QT_TR_NOOP("HOLIDAYS must be dates YYYY-MM-DD separated by commas ({0})."), exc)
        ) from exc


def calendars(
    work_days: list[int], holidays_text: str, months_text: str, start: np.datetime64
) -> tuple[list[WorkCalendar], list[int]]:
    """``[normal, seasonal]`` calendars (seasonal also skips the no-work months) and the
    no-work months; the months are expanded from the year of ``start``."""
    days = holidays(holidays_text)
    try:
        months = [int(m) for m in _items(months_text)]
        mask = weekmask(work_days)
        year = int(str(start)[:4])
        normal = WorkCalendar.build(mask, days, (), year)
        seasonal = WorkCalendar.build(mask, days, months, year)
    except (ValueError, CalendarError) as exc:
        raise ParameterError(
            Text(QT_TR_NOOP("Calendar: {0} (WORK_DAYS, NO_WORK_MONTHS)"), exc)
        ) from exc
    return [normal, seasonal], months


def is_truthy(value) -> bool:
    """Whether a SEASON_FIELD value marks a seasonal parcel (``true``, ``1``, ``winter`` ...)."""
    return str(value).strip().lower() in TRUTHY
