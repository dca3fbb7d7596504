"""The mapping report of clearance:import_imsma: one self-contained HTML page, or one CSV
table (``section, item, source, value, count, result``), listing every source field, every
value seen per enumerated target, every unmapped value, every number or date that did not
parse, the rules that filled empty targets, duplicate ids and every geometry repaired,
kept as it came or missing. Titles and headers of the HTML page are translated; the CSV
keeps the English keys (data).
"""

from __future__ import annotations

import csv
import html
import io
from dataclasses import dataclass, field
from pathlib import Path

from ..csv_text import safe_cell
from ..engine.text import Joined, Text
from ..i18n import QT_TR_NOOP, tr, tr_message
from ..paths import plugin_version

UNMAPPED = "UNMAPPED"
NOT_FOUND = Text(QT_TR_NOOP("not found"))
KEPT_UNMAPPED = Text(QT_TR_NOOP("kept unmapped"))
CSS = """body{font-family:sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse;
margin:.4em 0 1.4em}th,td{border:1px solid #bbb;padding:2px 8px;text-align:left;
font-size:90%}th{background:#eee}td.bad{color:#b2182b;font-weight:bold}code{white-space:pre}"""


@dataclass
class Section:
    """One table of the report; ``rows`` hold ``(item, source, value, count, result)``."""

    key: str
    title: str
    header: tuple
    rows: list = field(default_factory=list)


def build_sections(result, summary: list, source_fields: list, geometry: list) -> list[Section]:
    """Every section from an :class:`engine.imsma_import.ImportResult`.

    ``summary``: ``(label, value)``; ``source_fields``: ``(name, type, output name)`` of
    every source field; ``geometry``: ``(feature, state, note)`` of every geometry not ok.
    """
    used = result.used_sources()
    fields = Section(
        "source_field",
        QT_TR_NOOP("Source fields"),
        (
            QT_TR_NOOP("Source field"),
            QT_TR_NOOP("Type"),
            QT_TR_NOOP("Kept as"),
            QT_TR_NOOP("Mapped to"),
        ),
        [(n, t, out, ", ".join(used.get(n, [])) or KEPT_UNMAPPED) for n, t, out in source_fields],
    )
    targets = Section(
        "target",
        QT_TR_NOOP("Target fields"),
        (
            QT_TR_NOOP("Target"),
            QT_TR_NOOP("Type"),
            QT_TR_NOOP("From source field"),
            QT_TR_NOOP("Filled by rules"),
        ),
        [
            (
                s.name,
                s.type,
                result.sources[s.name] or _unsourced(s),
                _rules(result.derived.get(s.name, {})),
            )
            for s in result.specs
        ],
    )
    values = Section(
        "value",
        QT_TR_NOOP("Values of enumerated fields"),
        (
            QT_TR_NOOP("Target"),
            QT_TR_NOOP("Source field"),
            QT_TR_NOOP("Value seen"),
            QT_TR_NOOP("Count"),
            QT_TR_NOOP("Mapped to"),
        ),
    )
    for target, counts in result.values.items():
        for (raw, mapped), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0])):
            shown = (
                UNMAPPED
                if mapped is None
                else str(mapped).lower()
                if isinstance(mapped, bool)
                else mapped
            )
            values.rows.append((target, result.sources[target], repr(raw), n, shown))
    unmapped = Section(
        "unmapped",
        QT_TR_NOOP("Unmapped values (written as NULL; add them to the mapping file)"),
        (
            QT_TR_NOOP("Target"),
            QT_TR_NOOP("Source field"),
            QT_TR_NOOP("Value"),
            QT_TR_NOOP("Count"),
        ),
        [
            (t, result.sources[t], repr(raw), n)
            for t, counts in result.unmapped.items()
            for raw, n in sorted(counts.items(), key=lambda kv: -kv[1])
        ],
    )
    failures = Section(
        "parse_failure",
        QT_TR_NOOP(
            "Numbers and dates that did not parse (written as NULL; raw text kept in the "
            "source field)"
        ),
        (
            QT_TR_NOOP("Target"),
            QT_TR_NOOP("Source field"),
            QT_TR_NOOP("Raw text"),
            QT_TR_NOOP("Count"),
        ),
        [
            (t, result.sources[t], repr(raw), n)
            for t, counts in result.failures.items()
            for raw, n in sorted(counts.items(), key=lambda kv: -kv[1])
        ],
    )
    duplicates = Section(
        "duplicate_id",
        QT_TR_NOOP("Duplicate ids"),
        (QT_TR_NOOP("Id"), QT_TR_NOOP("Rows")),
        [(v, n) for v, n in sorted(result.duplicate_ids.items())],
    )
    geometries = Section(
        "geometry",
        QT_TR_NOOP("Geometries not as they came"),
        (QT_TR_NOOP("Feature"), QT_TR_NOOP("State"), QT_TR_NOOP("Note")),
        list(geometry),
    )
    head = Section(
        "summary", QT_TR_NOOP("Summary"), (QT_TR_NOOP("Item"), QT_TR_NOOP("Value")), list(summary)
    )
    return [head, fields, targets, values, unmapped, failures, duplicates, geometries]


def _rules(counts: dict) -> Joined:
    """The rules that filled a target, each with its count: ``from x (3); polygon area (1)``."""
    return Joined("; ", [Text(QT_TR_NOOP("{0} ({1})"), rule, n) for rule, n in counts.items()])


def _unsourced(spec) -> Text:
    """What the report says of a target no source field fed."""
    if spec.value is not None:
        return Text(QT_TR_NOOP("(constant)"))
    if not any(spec.sources.values()):
        if spec.otherwise or spec.type == "indicator":
            return Text(QT_TR_NOOP("(rules only)"))
        return Text(QT_TR_NOOP("(none named)"))
    return NOT_FOUND


def report_html(title: str, sections: list[Section]) -> str:
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>",
        html.escape(title),
        f"</title><style>{CSS}</style></head><body><h1>{html.escape(title)}</h1>",
    ]
    for section in sections:
        parts.append(f"<h2 id='{section.key}'>{html.escape(tr(section.title))}</h2>")
        if not section.rows:
            parts.append("<p>" + tr("None.") + "</p>")
            continue
        parts.append("<table><tr>")
        parts += [f"<th>{html.escape(tr(h))}</th>" for h in section.header]
        parts.append("</tr>")
        for row in section.rows:
            cells = "".join(_cell(v) for v in row)
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
    parts.append(f"<p>Clearance Planner {html.escape(plugin_version())}</p></body></html>")
    return "".join(parts)


def _text(value):
    """A cell's value, a Text in the plugin's language."""
    return tr_message(value) if isinstance(value, Text) else value


def _cell(value) -> str:
    text = "" if value is None else str(_text(value))
    bad = " class='bad'" if value in (UNMAPPED, NOT_FOUND) else ""
    return f"<td{bad}><code>{html.escape(text)}</code></td>"


def report_csv(sections: list[Section]) -> str:
    """One row per report row: ``section`` then the section's own columns (padded)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "item", "source", "value", "count", "result"])
    for section in sections:
        for row in section.rows:
            cells = [safe_cell(_text(v)) for v in _csv_columns(section.key, row)]
            writer.writerow([section.key, *cells])
    return out.getvalue()


def _csv_columns(key: str, row: tuple) -> list:
    """A section's row as ``item, source, value, count, result``."""
    if key == "summary":
        return [row[0], "", row[1], "", ""]
    if key == "source_field":
        return [row[0], row[1], row[2], "", row[3]]
    if key == "target":
        return [row[0], row[2], row[1], "", row[3]]
    if key == "value":
        return [row[0], row[1], row[2], row[3], row[4]]
    if key in ("unmapped", "parse_failure"):
        return [row[0], row[1], row[2], row[3], UNMAPPED if key == "unmapped" else "NULL"]
    if key == "duplicate_id":
        return [row[0], "", "", row[1], ""]
    return [row[0], "", row[2], "", row[1]]


def write_report(path: str | Path, title: str, sections: list[Section]) -> None:
    """HTML, or CSV when ``path`` ends in .csv."""
    text = (
        report_csv(sections) if str(path).lower().endswith(".csv") else report_html(title, sections)
    )
    Path(path).write_text(text, encoding="utf-8")
