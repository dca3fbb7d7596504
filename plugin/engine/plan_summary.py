"""Work-plan totals per (method, district), per method, per district and overall."""

from __future__ import annotations

from dataclasses import astuple, dataclass

import numpy as np

from .workplan import PlanResult

ALL = "(all)"


@dataclass(frozen=True)
class SummaryRow:
    """One SUMMARY row, fields in SUMMARY order (None for NULL, dates ``datetime64[D]``)."""

    method: str
    district: str | None
    tasks: int
    area_m2: float
    effort_team_days: float
    effort_low_team_days: float
    effort_high_team_days: float
    cost_usd: float | None
    start_date: np.datetime64 | None
    end_date: np.datetime64 | None
    projected_completion: np.datetime64
    not_planned: int
    release_cancelled_m2: float
    release_reduced_m2: float
    release_cleared_m2: float
    month: str | None  # YYYY-MM of the steps' end dates on monthly rows, else None

    def values(self) -> tuple:
        return astuple(self)


def summary_rows(result: PlanResult) -> list[SummaryRow]:
    """Totals per (method, district), per method, per district and overall.

    Parcels not planned (no usable polygon, no district) count in ``not_planned`` of their
    method's rows with an empty district and of the (all) rows; a group holding only such
    parcels has 0 tasks and NULL dates. Per-district rows exist only with districts. The
    release areas are the expected land-release products of the group's steps. Monthly rows
    (method and district ``(all)``, ``month`` set) total the steps ending in each month.
    """
    tasks, work, plan = result.tasks, result.work, result.schedule
    methods = np.asarray(tasks.method, dtype=object)
    district = np.array([d if d is not None else "" for d in tasks.district], dtype=object)
    unplanned = np.array([u.method for u in result.unplanned], dtype=object)
    names = sorted(set(methods) | set(unplanned))
    districts = sorted(set(district) | ({""} if len(unplanned) else set()))
    groups = [(m, d) for m in names for d in districts]
    groups += [(m, ALL) for m in names]
    if len(districts) > 1 or districts[0]:
        groups += [(ALL, d) for d in districts]
    groups.append((ALL, ALL))
    groups = [(m, d, None) for m, d in groups]
    month = plan.end.astype("datetime64[M]").astype(str)
    groups += [(ALL, ALL, str(k)) for k in sorted(set(month))]
    rows = []
    for m, d, k in groups:
        sel = np.ones(len(methods), dtype=bool)
        lost = np.ones(len(unplanned), dtype=bool)
        if k is not None:
            sel &= month == k
            lost &= False
        if m != ALL:
            sel &= methods == m
            lost &= unplanned == m
        if d != ALL:
            sel &= district == d
            lost &= d == ""
        if not sel.any() and not lost.any():
            continue
        cost = result.cost[sel]
        rows.append(
            SummaryRow(
                m,
                d if d != "" else None,
                int(sel.sum()),
                float(tasks.area[sel].sum()),
                float(work.planned[sel].sum()),
                float(work.low[sel].sum()),
                float(work.high[sel].sum()),
                float(np.nansum(cost)) if np.isfinite(cost).any() else None,
                plan.start[sel].min() if sel.any() else None,
                plan.end[sel].max() if sel.any() else None,
                result.completion,
                int(lost.sum()),
                float(tasks.steps.cancelled[sel].sum()),
                float(tasks.steps.reduced[sel].sum()),
                float(tasks.steps.cleared[sel].sum()),
                k,
            )
        )
    return rows
