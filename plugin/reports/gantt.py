"""Gantt chart of a work plan (PNG): teams on the y axis, tasks as bars coloured by method,
no-work months shaded. Drawn with matplotlib's object API (``Figure`` + ``FigureCanvasAgg``):
no pyplot and no backend switch inside QGIS."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..engine.schedule import METHODS
from ..engine.workplan import PlanResult

METHOD_COLOURS = {
    "manual": "#d7301f",
    "mechanical": "#636363",
    "mdd": "#2b8cbe",
    "technical_survey": "#f4a718",
    "non_technical_survey": "#31a354",
}
NO_WORK_COLOUR = "#bbbbbb"


def write_gantt(path: str | Path, result: PlanResult, title: str) -> None:
    """The chart as PNG at ``path`` (callers write into an :class:`AtomicFile`); every team of
    a method used appears, idle ones too."""
    import matplotlib.dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    plan, methods = result.schedule, result.tasks.method
    used = [m for m in METHODS if m in set(methods)]
    lanes = [f"{m} {k}" for m in used for k in range(1, result.teams[m] + 1)]
    y = np.array([lanes.index(f"{m} {t}") for m, t in zip(methods, plan.team)])
    start = plan.start.astype("datetime64[D]").astype(object)
    width = (plan.end - plan.start).astype(int) + 1
    fig = Figure(figsize=(11, 1.6 + 0.32 * len(lanes)), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.barh(
        y,
        width,
        left=mdates.date2num(start),
        color=[METHOD_COLOURS[m] for m in methods],
        edgecolor="white",
        linewidth=0.4,
        height=0.7,
    )
    handles = [Patch(color=METHOD_COLOURS[m], label=m) for m in used]
    if result.no_work_months and result.seasonal.any():
        for first, last in _months_between(plan.start.min(), plan.end.max(), result.no_work_months):
            ax.axvspan(
                mdates.date2num(first), mdates.date2num(last), color=NO_WORK_COLOUR, alpha=0.35
            )
        handles.append(Patch(color=NO_WORK_COLOUR, alpha=0.5, label="no-work months"))
    ax.set_yticks(range(len(lanes)))
    ax.set_yticklabels(lanes)
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.08),
        ncol=len(handles),
        frameon=False,
    )
    lost = len(result.unplanned)
    note = f", {lost} parcels not planned (no usable polygon)" if lost else ""
    ax.set_title(f"Work plan: {title} — {len(y)} tasks, completion {result.completion}{note}")
    fig.tight_layout()
    fig.savefig(path, format="png")


def _months_between(first, last, months) -> list[tuple]:
    """(start, end) datetimes of every no-work month from ``first`` to ``last``."""
    out = []
    month = np.datetime64(first, "M")
    while month <= np.datetime64(last, "M"):
        if int(str(month)[5:7]) in months:
            out.append(
                (
                    month.astype("datetime64[D]").astype(object),
                    (month + 1).astype("datetime64[D]").astype(object),
                )
            )
        month += 1
    return out
