"""Gantt chart of a work plan (PNG): every team on the y axis (idle ones too), tasks as bars
coloured by land-release step (NTS, TS, clearance by method), no-work months shaded, the
target date as a line. Drawn with matplotlib's object API (``Figure`` + ``FigureCanvasAgg``):
no pyplot and no backend switch inside QGIS."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..engine.land_release import CHAIN_ORDER
from ..engine.workplan import PlanResult
from ..i18n import QT_TR_NOOP, tr

METHOD_COLOURS = {
    "manual": "#d7301f",
    "mechanical": "#636363",
    "mdd": "#2b8cbe",
    "technical_survey": "#f4a718",
    "non_technical_survey": "#31a354",
}
NO_WORK_COLOUR = "#bbbbbb"
TARGET_COLOUR = "#000000"
STEP_LABELS = {
    "non_technical_survey": QT_TR_NOOP("NTS (non-technical survey)"),
    "technical_survey": QT_TR_NOOP("TS (technical survey)"),
    "manual": QT_TR_NOOP("clearance: manual"),
    "mechanical": QT_TR_NOOP("clearance: mechanical"),
    "mdd": QT_TR_NOOP("clearance: mdd"),
}


def write_gantt(
    path: str | Path, result: PlanResult, title: str, target: np.datetime64 | None = None
) -> None:
    """The chart as PNG at ``path`` (callers write into an :class:`AtomicFile`); every team of
    TEAMS appears, idle ones and those of methods without tasks too; ``target`` is drawn as a
    dashed line."""
    import matplotlib.dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    plan, methods = result.schedule, result.tasks.method
    used, lanes = team_lanes(result)
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
    ids = [result.tasks.task_id(i) for i in range(len(y))]
    colours = [METHOD_COLOURS[m] for m in methods]
    _label_bars(ax, ids, y, mdates.date2num(start), width, colours, fig.get_figwidth())
    handles = [Patch(color=METHOD_COLOURS[m], label=tr(STEP_LABELS[m])) for m in used]
    shaded = []
    if result.no_work_months and result.seasonal.any():
        shaded = _months_between(plan.start.min(), plan.end.max(), result.no_work_months)
    for first, last in shaded:
        ax.axvspan(mdates.date2num(first), mdates.date2num(last), color=NO_WORK_COLOUR, alpha=0.35)
    if shaded:
        handles.append(Patch(color=NO_WORK_COLOUR, alpha=0.5, label=tr("no-work months")))
    if target is not None:
        day = mdates.date2num(np.datetime64(target, "D").astype(object))
        ax.axvline(day, color=TARGET_COLOUR, linestyle="--", linewidth=1.2)
        handles.append(
            Line2D(
                [], [], color=TARGET_COLOUR, linestyle="--", label=tr("target {0}").format(target)
            )
        )
    ax.set_yticks(range(len(lanes)))
    ax.set_yticklabels(lanes)
    ax.set_ylim(len(lanes) - 0.4, -0.6)  # first lane on top, every lane whole
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    _fitting_legend(fig, ax, handles)
    lost = len(result.unplanned)
    note = tr(", {0} parcels not planned (no usable polygon)").format(lost) if lost else ""
    ax.set_title(
        tr("Work plan: {0} — {1} tasks, completion {2}{3}").format(
            title, len(y), result.completion, note
        )
    )
    fig.tight_layout()
    # the task ids as text (the same labels as the task table and the field export)
    fig.savefig(path, format="png", metadata={"Description": "; ".join(ids)})


LABEL_POINTS = 6


def _fitting_legend(fig, ax, handles) -> None:
    """The legend under the chart in as many columns (4 at most) as fit the figure's width:
    translated labels are longer than the English ones."""
    renderer = fig.canvas.get_renderer()
    for ncol in range(min(len(handles), 4), 0, -1):
        legend = ax.legend(
            handles=handles,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.08),
            ncol=ncol,
            frameon=False,
        )
        if legend.get_window_extent(renderer).width <= 0.98 * fig.bbox.width:
            return


def _label_bars(ax, ids: list[str], y, left, width, colours, fig_width_in: float) -> None:
    """Each task's id inside its bar, where the bar is long enough to hold it (dark text on
    light bars, white on dark ones)."""
    if not len(ids):
        return
    from matplotlib.colors import to_rgb

    span = float(max(left + width) - min(left)) or 1.0
    days_per_char = span / (0.8 * fig_width_in) * (0.55 * LABEL_POINTS / 72)
    for task, lane, x, days, colour in zip(ids, y, left, width, colours):
        r, g, b = to_rgb(colour)
        ink = "#111111" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "white"
        if days >= days_per_char * (len(task) + 1):
            ax.text(
                x + days / 2,
                lane,
                task,
                ha="center",
                va="center",
                fontsize=LABEL_POINTS,
                color=ink,
                clip_on=True,
            )


def team_lanes(result: PlanResult) -> tuple[list[str], list[str]]:
    """Methods drawn (chain order: NTS, TS, clearance methods) and one lane per team of
    TEAMS, idle teams and methods without tasks included."""
    methods = set(result.tasks.method)
    used = [m for m in CHAIN_ORDER if m in methods or result.teams.get(m, 0) > 0]
    return used, [f"{m} {k}" for m in used for k in range(1, result.teams.get(m, 0) + 1)]


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
