"""The coverage report as one self-contained HTML file (charts and map embedded as PNG)."""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .. import formatting
from ..engine.coverage import FIELDS, TOTAL
from ..i18n import QT_TR_NOOP, tr
from ..paths import plugin_version
from .pagination import CHART_ROWS, others_note, top_rows
from .template import ReportTemplate, report_template

MAPPED, UNMAPPED = "#2166ac", "#d7301f"
HEADERS = {
    "district_ha": QT_TR_NOOP("District (ha)"),
    "records_ha": QT_TR_NOOP("Records (ha)"),
    "hazard_ha": QT_TR_NOOP("Hazard (ha)"),
    "hazard_in_records_ha": QT_TR_NOOP("Hazard in records (ha)"),
    "unmapped_hazard_ha": QT_TR_NOOP("Unmapped hazard (ha)"),
    "records_without_hazard_ha": QT_TR_NOOP("Records without hazard (ha)"),
    "cleared_ha": QT_TR_NOOP("Cleared (ha)"),
    "pct_district_contaminated": QT_TR_NOOP("District contaminated (%)"),
    "pct_hazard_mapped": QT_TR_NOOP("Hazard mapped (%)"),
    "incidents": QT_TR_NOOP("Incidents"),
    "incidents_in_records": QT_TR_NOOP("Incidents in records"),
    "pct_incidents_outside_records": QT_TR_NOOP("Incidents outside records (%)"),
    "casualties": QT_TR_NOOP("Casualties"),
}


def format_value(name: str, value: float) -> str:
    """How the report prints a figure of the OUTPUT table (:mod:`..formatting`: hectares to
    2 decimals, percentages to 1, counts as integers)."""
    if value is None or not math.isfinite(value):
        return "–"
    if name in ("incidents", "incidents_in_records", "casualties"):
        return str(round(value))
    return formatting.text(name, float(value))


# -- charts ----------------------------------------------------------------------------------


def _png(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=110, bbox_inches="tight")
    return out.getvalue()


def _stacked_barh(
    labels, first, second, names, colours, xlabel, title, whole=False, note=""
) -> bytes:
    fig = Figure(figsize=(7.5, 1.4 + 0.32 * max(len(labels), 1) + (0.3 if note else 0)))
    ax = fig.add_subplot()
    y = np.arange(len(labels))[::-1]
    ax.barh(y, first, color=colours[0], label=names[0])
    ax.barh(y, second, left=first, color=colours[1], label=names[1])
    ax.set_yticks(y, labels=labels)
    ax.set_xlabel(f"{xlabel}\n{note}" if note else xlabel)
    if whole:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title, fontsize=11)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return _png(fig)


@dataclass(frozen=True)
class ChartData:
    """What a stacked per-district chart draws: rows top first and the note on the rest."""

    labels: list[str]
    first: np.ndarray
    second: np.ndarray
    note: str


def chart_data(run, first, second, names, unit: str, template, whole=False) -> ChartData:
    """The CHART_ROWS districts with the largest ``first + second``, then "Outside
    districts" when it holds anything; the other districts summed in ``note``."""
    t = run.table
    rows = slice(0, t.total_row)
    outside = [t.n_districts] if t.has_outside else []
    chosen = top_rows(first[rows] + second[rows], CHART_ROWS, outside)
    kind = "incidents" if whole else "hazard_ha"  # counts as integers, hectares to 2 decimals
    summary = ", ".join(
        f"{format_value(kind, float(np.nansum(values[chosen.others])))}{unit} {name.lower()}"
        for values, name in ((first, names[0]), (second, names[1]))
    )
    return ChartData(
        [t.names[i] for i in chosen.shown],
        first[chosen.shown],
        second[chosen.shown],
        others_note(template, len(chosen.others), summary),
    )


def _stacked_chart(run, first, second, names, xlabel, title, unit, template, whole=False):
    data = chart_data(run, first, second, names, unit, template, whole)
    return _stacked_barh(
        data.labels,
        data.first,
        data.second,
        names,
        (MAPPED, UNMAPPED),
        xlabel,
        title,
        whole=whole,
        note=data.note,
    )


def chart_hazard_area(run, template: ReportTemplate | None = None) -> bytes:
    """Stacked mapped / unmapped hazard area of the districts with most hazard (and
    outside); the other districts summed under the chart."""
    t = run.table
    return _stacked_chart(
        run,
        t.columns["hazard_in_records_ha"],
        t.columns["unmapped_hazard_ha"],
        (tr("Inside records"), tr("Outside every record")),
        tr("Hazard area (ha)"),
        tr("Hazard area mapped vs unmapped, per district"),
        " " + tr("ha"),  # the hectare sign after a figure
        template or report_template(),
    )


def chart_incidents(run, template: ReportTemplate | None = None) -> bytes:
    """Stacked incidents inside / outside records of the districts with most incidents (and
    outside); the other districts summed under the chart."""
    t = run.table
    inside = t.columns["incidents_in_records"]
    return _stacked_chart(
        run,
        inside,
        t.columns["incidents"] - inside,
        (tr("Inside records"), tr("Outside every record")),
        tr("Incidents"),
        tr("Incidents inside vs outside records, per district"),
        "",
        template or report_template(),
        whole=True,
    )


def chart_years(run) -> bytes:
    """Incidents per year inside / outside records (plus an 'unknown' bar when needed)."""
    years = run.years
    labels = [str(y) for y in years.years.tolist()]
    inside, outside = list(years.inside), list(years.outside)
    if years.unknown_inside or years.unknown_outside:
        labels.append(tr("unknown"))
        inside.append(years.unknown_inside)
        outside.append(years.unknown_outside)
    fig = Figure(figsize=(7.5, 3.4))
    ax = fig.add_subplot()
    x = np.arange(len(labels))
    ax.bar(x, inside, color=MAPPED, label=tr("Inside records"))
    ax.bar(x, outside, bottom=inside, color=UNMAPPED, label=tr("Outside every record"))
    ax.set_xticks(x, labels=labels, rotation=45 if len(labels) > 8 else 0)
    ax.set_ylabel(tr("Incidents"))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(tr("Incidents per year, inside vs outside records"), fontsize=11)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    ax.grid(axis="y", color="#dddddd")
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if not labels:
        ax.text(0.5, 0.5, tr("No incidents"), ha="center", va="center", transform=ax.transAxes)
    return _png(fig)


# -- text ------------------------------------------------------------------------------------

CSS = """body{font-family:'DejaVu Sans',Arial,sans-serif;margin:24px;color:#222;max-width:1200px}
h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ccc}
table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:3px 6px}
th{background:#eef2f6}td.n{text-align:right}tr.total td{font-weight:bold;background:#f4f4f4}
.banner{background:#fff3cd;border:1px solid #e0b000;padding:8px;font-weight:bold}
.key{display:flex;gap:16px;flex-wrap:wrap}.key div{border:1px solid #ccc;padding:8px 12px}
.key b{display:block;font-size:20px}.warn{color:#8a4b00}img{max-width:100%}"""


def headline(run) -> list[tuple[str, str]]:
    """Key figures of the total row (label, formatted value)."""
    total = run.table.row(run.table.total_row)
    return [
        (tr("Hazard area (ha)"), format_value("hazard_ha", total["hazard_ha"])),
        (
            tr("Hazard inside records (%)"),
            format_value("pct_hazard_mapped", total["pct_hazard_mapped"]),
        ),
        (
            tr("Unmapped hazard (ha)"),
            format_value("unmapped_hazard_ha", total["unmapped_hazard_ha"]),
        ),
        (tr("Incidents"), format_value("incidents", total["incidents"])),
        (
            tr("Incidents outside records (%)"),
            format_value("pct_incidents_outside_records", total["pct_incidents_outside_records"]),
        ),
    ]


def _table(run) -> str:
    head = "".join(f"<th>{html.escape(tr(HEADERS[f]))}</th>" for f in FIELDS)
    rows = []
    for i, name in enumerate(run.table.names):
        values = run.table.row(i)
        cells = "".join(f'<td class="n">{format_value(f, values[f])}</td>' for f in FIELDS)
        css = ' class="total"' if name == TOTAL and i == run.table.total_row else ""
        label = run.table.label(i, tr)
        rows.append(f"<tr{css}><td>{html.escape(label)}</td>{cells}</tr>")
    return "<table><tr><th>" + tr("District") + f"</th>{head}</tr>{''.join(rows)}</table>"


def _gaps_by_type(run) -> str:
    """Unmapped hazard area per hazard type (only when HAZARD_TYPE_FIELD was given)."""
    if not run.hazard_types or not run.gap_ha_by_type:
        return ""
    rows = "".join(
        f"<tr><td>{html.escape(str(kind))}</td>"
        f"<td class='n'>{format_value('area_ha', ha)}</td></tr>"
        for kind, ha in sorted(run.gap_ha_by_type.items())
    )
    return (
        "<h3>"
        + tr("Unmapped hazard by type")
        + "</h3><table><tr><th>"
        + tr("Hazard type")
        + "</th><th>"
        + tr("Unmapped (ha)")
        + f"</th></tr>{rows}</table><p>"
        + tr(
            "Where types overlap, the area counts for the type first in alphabetical order "
            "(CHA before SHA)."
        )
        + "</p>"
    )


def _inputs(run) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(i['key'])}</td><td>{html.escape(i['name'])}</td>"
        f"<td class='n'>{i['features']}</td><td>{html.escape(i['crs'])}</td></tr>"
        for i in run.inputs
    )
    head = (
        "<tr>"
        + "".join(
            f"<th>{h}</th>" for h in (tr("Parameter"), tr("Layer"), tr("Features"), tr("CRS"))
        )
        + "</tr>"
    )
    return f"<table>{head}{rows}</table>"


def _img(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<p><img alt="{html.escape(alt)}" src="data:image/png;base64,{data}"></p>'


def title(run) -> str:
    return tr("Coverage of contamination by minefield records") + (
        tr(" (SYNTHETIC demo data)") if run.synthetic else ""
    )


def period(run) -> str:
    if not (run.date_from or run.date_to):
        return tr("all dates")
    return tr("{0} to {1}").format(run.date_from or "…", run.date_to or "…")


def report_html(run, map_png: bytes) -> str:
    """The whole report as an HTML string."""
    created = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    key = "".join(f"<div>{html.escape(k)}<b>{v}</b></div>" for k, v in headline(run))
    warnings = "".join(f"<li class='warn'>{html.escape(w)}</li>" for w in run.warnings)
    banner = (
        "<p class='banner'>"
        + tr("Inputs include SYNTHETIC demo data: hazards, records and incidents are not real.")
        + "</p>"
        if run.synthetic
        else ""
    )
    parts = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title(run))}"
        f"</title><style>{CSS}</style></head><body>",
        f"<h1>{html.escape(title(run))}</h1>{banner}",
        "<p>"
        + tr(
            "Created {0} by Clearance Planner {1} (clearance:coverage). Incidents: {2}. Areas in "
            "hectares on the WGS 84 ellipsoid; overlay in {3}."
        ).format(
            created,
            html.escape(plugin_version()),
            html.escape(period(run)),
            html.escape(run.crs.authid()),
        )
        + "</p>",
        f"<div class='key'>{key}</div>",
        "<h2>" + tr("Inputs") + "</h2>",
        _inputs(run),
        "<h2>" + tr("Notes on the data") + "</h2>",
        f"<ul>{warnings}</ul>"
        if warnings
        else "<p>" + tr("No invalid, empty or undated features.") + "</p>",
        "<h2>" + tr("Map: records vs unmapped hazard vs incidents") + "</h2>",
        "<p><span style='color:#2166ac'>■</span> "
        + tr("minefield records")
        + " &nbsp; <span style='color:#d7301f'>■</span> "
        + tr("hazard outside every record")
        + " &nbsp; ○ "
        + tr("incident inside a record")
        + " &nbsp; ▲ "
        + tr("incident outside every record")
        + "</p>",
        _img(map_png, tr("Map of records, unmapped hazard and incidents")),
        "<h2>" + tr("Figures per district") + "</h2>",
        _table(run),
        _gaps_by_type(run),
        "<p>"
        + tr(
            "Overlapping records and hazards are dissolved before measuring; features crossing "
            "a district boundary are split by it. The total row is measured on the whole area "
            "at once."
        )
        + "</p>",
        "<h2>" + tr("Charts") + "</h2>",
        _img(chart_hazard_area(run), tr("Hazard area mapped vs unmapped per district")),
        _img(chart_incidents(run), tr("Incidents inside vs outside records per district")),
        _img(chart_years(run), tr("Incidents per year inside vs outside records")),
        "</body></html>",
    ]
    return "\n".join(parts)


def write_report(path: str | Path, run, map_png: bytes) -> str:
    """Write the HTML to ``path`` (callers write into an :class:`AtomicFile`)."""
    Path(path).write_text(report_html(run, map_png), encoding="utf-8")
    return str(path)
