"""The algorithms' help as HTML shipped inside the plugin (``help/index.html``, one file per
language), made at ``make stage`` from each algorithm's own help, parameters and outputs, and
the ``helpUrl()`` that points at an algorithm's section (a ``file://`` URL: works offline)."""

from __future__ import annotations

import html
from pathlib import Path

from qgis.PyQt.QtCore import QUrl

from .i18n import qgis_language, tr
from .paths import PLUGIN_DIR, plugin_version

HELP_DIR = PLUGIN_DIR / "help"
CSS = (
    "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:24px;max-width:1000px;color:#222}"
    "h2{border-bottom:1px solid #ccc;margin-top:32px}table{border-collapse:collapse;font-size:13px}"
    "td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}th{background:#eef2f6}"
    "code{background:#f4f4f4}.group{color:#666}"
)


def help_file(language: str = "") -> Path:
    """The help page of ``language`` (``index_az.html``); English: ``index.html``."""
    return HELP_DIR / (f"index_{language}.html" if language else "index.html")


def help_url(algorithm_id: str, language: str | None = None) -> str:
    """``file://…/help/index[_<lang>].html#<algorithm_id>``: the page of QGIS's language when
    it is shipped, else the English one."""
    language = qgis_language() if language is None else language
    page = help_file(language)
    if not language or not page.is_file():
        page = help_file()
    url = QUrl.fromLocalFile(str(page))
    url.setFragment(algorithm_id)
    return url.toString()


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))


def _parameters(algorithm) -> str:
    rows = []
    for p in algorithm.parameterDefinitions():
        default = p.defaultValue()
        extra = tr("optional") if p.flags() & p.Flag.FlagOptional else ""
        if default not in (None, ""):
            extra = (extra + "; " if extra else "") + tr("default: {0}").format(default)
        rows.append(
            f"<tr><td><code>{html.escape(p.name())}</code></td>"
            f"<td>{html.escape(p.description())}</td><td>{html.escape(p.type())}</td>"
            f"<td>{html.escape(extra)}</td></tr>"
        )
    head = "".join(
        f"<th>{h}</th>" for h in (tr("Name"), tr("Description"), tr("Type"), tr("Notes"))
    )
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def _outputs(algorithm) -> str:
    rows = "".join(
        f"<tr><td><code>{html.escape(o.name())}</code></td>"
        f"<td>{html.escape(o.description())}</td><td>{html.escape(o.type())}</td></tr>"
        for o in algorithm.outputDefinitions()
    )
    head = "".join(f"<th>{h}</th>" for h in (tr("Name"), tr("Description"), tr("Type")))
    return f"<table><tr>{head}</tr>{rows}</table>"


def section(algorithm) -> str:
    """One algorithm's section, anchored at its id (``<h2 id="prioritise">``)."""
    return (
        f'<h2 id="{html.escape(algorithm.name())}">{html.escape(algorithm.displayName())}</h2>'
        f"<p class='group'>{html.escape(algorithm.group())} · "
        f"<code>clearance:{html.escape(algorithm.name())}</code></p>"
        + _paragraphs(algorithm.shortHelpString())
        + "<h3>"
        + tr("Parameters")
        + "</h3>"
        + _parameters(algorithm)
        + "<h3>"
        + tr("Outputs")
        + "</h3>"
        + _outputs(algorithm)
    )


def help_html(algorithms: list) -> str:
    """The whole help page (in the language of the translator installed now)."""
    title = tr("Clearance Planner {0}: Processing algorithms").format(plugin_version())
    toc = "".join(
        f'<li><a href="#{html.escape(a.name())}">{html.escape(a.displayName())}</a></li>'
        for a in algorithms
    )
    body = "".join(section(a) for a in algorithms)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<style>{CSS}</style></head><body><h1>{html.escape(title)}</h1><ul>{toc}</ul>"
        f"{body}</body></html>"
    )
