"""The scenario comparison summary: a CSV of the figures and movers, an HTML page with a
rank-rank chart (matplotlib through Figure + FigureCanvasAgg only)."""

from __future__ import annotations

import base64
import csv
import html
import io
import math
from dataclasses import dataclass

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..csv_text import safe_cell
from ..i18n import tr
from ..paths import plugin_version

MOVER_COLUMNS = (
    "parcel",
    "rank_a",
    "rank_b",
    "rank_change",
    "score_a",
    "score_b",
    "class_a",
    "class_b",
)


@dataclass(frozen=True)
class CompareSummary:
    """What the report states: scenario names, tau-b, top-K overlap and the movers."""

    scenario_a: str
    scenario_b: str
    parcels: str  # layer name
    n_compared: int
    tau_b: float
    top_k: int
    overlap: int
    share: float
    movers: list  # dicts keyed by MOVER_COLUMNS
    synthetic: bool = False  # the parcels are SYNTHETIC demo data: said in every document


def _number(value: float, digits: int = 3) -> str:
    if value is None or not math.isfinite(value):
        return tr("undefined")
    return f"{value:.{digits}f}"


def figures(summary: CompareSummary) -> list[tuple[str, str]]:
    """The headline figures as (label, text) pairs, in the order both documents give them,
    in the plugin's language (the CSV's column names and mover columns stay English)."""
    parcels = summary.parcels
    if summary.synthetic:
        parcels = tr("{0} (SYNTHETIC demo data)").format(parcels)
    return [
        (tr("Scenario A"), summary.scenario_a),
        (tr("Scenario B"), summary.scenario_b),
        (tr("Parcels"), parcels),
        (tr("Parcels compared"), str(summary.n_compared)),
        (tr("Kendall tau-b (ties kept)"), _number(summary.tau_b)),
        (tr("Top K"), str(summary.top_k)),
        (tr("Top-K overlap"), tr("{0} of {1}").format(summary.overlap, summary.top_k)),
        (tr("Top-K share kept"), _number(summary.share)),
    ]


def write_csv(path: str, summary: CompareSummary) -> None:
    """Figures as ``figure,value`` rows, an empty row, then the movers table."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["figure", "value"])
        for label, text in figures(summary):
            writer.writerow([safe_cell(label), safe_cell(text)])
        writer.writerow([])
        writer.writerow(MOVER_COLUMNS)
        for row in summary.movers:
            writer.writerow([safe_cell(row[c]) for c in MOVER_COLUMNS])


def _rank_chart(rank_a, rank_b, names: tuple[str, str], synthetic: bool) -> bytes:
    """Rank under A against rank under B (1 at the top left), the diagonal = no change."""
    known = (rank_a > 0) & (rank_b > 0)
    fig = Figure(figsize=(5.2, 5.0))
    ax = fig.add_subplot()
    ax.scatter(rank_a[known], rank_b[known], s=8, color="#5e3c99", alpha=0.6, linewidths=0)
    top = max(int(rank_a.max(initial=1)), int(rank_b.max(initial=1)))
    ax.plot([1, top], [1, top], color="#999999", linewidth=0.8)
    ax.set_xlim(0, top + 1)
    ax.set_ylim(top + 1, 0)
    ax.set_xlabel(tr("Rank under A ({0})").format(names[0]))
    ax.set_ylabel(tr("Rank under B ({0})").format(names[1]))
    title = tr("Rank change between scenarios")
    ax.set_title(tr("{0} (SYNTHETIC data)").format(title) if synthetic else title)
    FigureCanvasAgg(fig)
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=100, bbox_inches="tight")
    return out.getvalue()


def write_html(path: str, summary: CompareSummary, rank_a, rank_b) -> None:
    """One self-contained HTML page: figures, the rank-rank chart and the movers table."""
    esc = html.escape
    names = (summary.scenario_a, summary.scenario_b)
    png = _rank_chart(np.asarray(rank_a), np.asarray(rank_b), names, summary.synthetic)
    image = base64.b64encode(png).decode()
    rows = "".join(
        f"<tr><th>{esc(label)}</th><td>{esc(text)}</td></tr>" for label, text in figures(summary)
    )
    head = "".join(f"<th>{esc(c)}</th>" for c in MOVER_COLUMNS)
    movers = "".join(
        "<tr>" + "".join(f"<td>{esc(_cell(row[c]))}</td>" for c in MOVER_COLUMNS) + "</tr>"
        for row in summary.movers
    )
    title = tr("Scenario comparison: {0} / {1}").format(*names)
    heading = tr("Scenario comparison")
    if summary.synthetic:
        heading = tr("{0} — SYNTHETIC demo data").format(heading)
    explanation = tr(
        "rank_change = rank under A − rank under B: positive means more urgent under B. "
        "Kendall tau-b compares the two priority orders with equal scores kept as ties "
        "(1 = same order, −1 = reversed)."
    )
    chart_heading = tr("Rank under A and under B")
    chart_alt = tr("rank under A against rank under B")
    movers_heading = tr("Parcels that move most")
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{esc(title)}</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}
th,td{{border:1px solid #ccc;padding:2px 8px;text-align:left}}</style></head><body>
<h1>{esc(heading)}</h1>
<p>{esc(explanation)}</p>
<table>{rows}</table>
<h2>{esc(chart_heading)}</h2>
<img alt="{esc(chart_alt)}" src="data:image/png;base64,{image}">
<h2>{esc(movers_heading)}</h2>
<table><tr>{head}</tr>{movers}</table>
<p><small>Clearance Planner {esc(plugin_version())}</small></p>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)


def _cell(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return _number(value, 2)
    return str(value)
