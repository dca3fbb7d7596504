"""The coverage report as a PDF made with a QGIS print layout (run on the main thread),
committed together with the run's other outputs."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path

from qgis.core import (
    QgsLayout,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsProcessingException,
    QgsProject,
    QgsRenderContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..engine.coverage import FIELDS
from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.atomic import AtomicFile, Writer, commit_all
from ..qgis_io.compat import set_legend_style_font
from . import coverage_html as text
from .coverage_map import map_extent, map_layers
from .labels import LEGEND_WRAP, add_label, wrapped
from .pagination import Box, Column, add_footers, add_page, manual_table, page_y, paged_table
from .template import ReportTemplate, report_template

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_W, PAGE_H, MARGIN = 297.0, 210.0, 10.0
SIDE_X = 220.0  # the legend and notes column, to the page's right margin
LEGEND_TEXT_W = PAGE_W - MARGIN - SIDE_X - 15  # mm beside the symbols
NOTES = 8  # notes on the data shown on the map page (the HTML lists them all)
SHORT = {
    "district_ha": QT_TR_NOOP("District\nha"),
    "records_ha": QT_TR_NOOP("Records\nha"),
    "hazard_ha": QT_TR_NOOP("Hazard\nha"),
    "hazard_in_records_ha": QT_TR_NOOP("Hazard in\nrecords ha"),
    "unmapped_hazard_ha": QT_TR_NOOP("Unmapped\nhazard ha"),
    "records_without_hazard_ha": QT_TR_NOOP("Records w/o\nhazard ha"),
    "cleared_ha": QT_TR_NOOP("Cleared\nha"),
    "pct_district_contaminated": QT_TR_NOOP("District\ncontam. %"),
    "pct_hazard_mapped": QT_TR_NOOP("Hazard\nmapped %"),
    "incidents": QT_TR_NOOP("Inci-\ndents"),
    "incidents_in_records": QT_TR_NOOP("Incidents\nin records"),
    "pct_incidents_outside_records": QT_TR_NOOP("Incidents\noutside %"),
    "casualties": QT_TR_NOOP("Casual-\nties"),
}


def _map_page(layout, run, layers) -> None:
    add_label(layout, text.title(run), MARGIN, 6, 277, 9, 15, True, one_line=True)
    facts = "   ".join(f"{k}: {v}" for k, v in text.headline(run))
    inputs = "; ".join(
        tr("{0} '{1}' ({2} features)").format(i["key"], i["name"], i["features"])
        for i in run.inputs
    )
    add_label(layout, facts, MARGIN, 15, 277, 5, 8.5, True, one_line=True)
    method = tr(
        "Incidents: {0}. Areas in hectares on the WGS 84 ellipsoid; overlapping records and "
        "hazards dissolved per district before measuring."
    ).format(text.period(run))
    add_label(layout, method, MARGIN, 20, 277, 4, 7, one_line=True)
    add_label(layout, tr("Inputs: {0}").format(inputs), MARGIN, 24.5, 277, 8, 7)
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(MARGIN, 33, MM))
    item.attemptResize(QgsLayoutSize(205, 167, MM))
    item.setCrs(run.crs)
    item.setLayers(layers)
    item.setExtent(map_extent(layers, 205 / 167))
    item.setBackgroundColor(QColor("#dce9f2"))
    item.setFrameEnabled(True)
    _legend(layout, item)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    bar.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(MARGIN + 3, 185, MM))
    notes = "\n".join(f"• {w}" for w in run.warnings[:NOTES]) or tr(
        "No invalid, empty or undated features."
    )
    if len(run.warnings) > NOTES:
        notes += "\n" + tr("… and {0} more notes in the HTML report.").format(
            len(run.warnings) - NOTES
        )
    side_w = PAGE_W - MARGIN - SIDE_X
    add_label(layout, tr("Notes on the data:") + "\n" + notes, SIDE_X, 110, side_w, 88, 6.5)


def _legend(layout, item: QgsLayoutItemMap) -> None:
    """The map's legend right of it, each name wrapped to the column left (translations and
    the SYNTHETIC tag make them long)."""
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    legend.setTitle(tr("Legend"))
    legend.setWrapString(LEGEND_WRAP)
    for layer in item.layers():  # the report's own layers: their names are the legend's
        layer.setName(wrapped(layer.name(), LEGEND_TEXT_W, 8))
    layout.addLayoutItem(legend)
    for part in (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Subgroup):
        set_legend_style_font(legend.rstyle(part), QFont("DejaVu Sans", 8))
    legend.attemptMove(QgsLayoutPoint(SIDE_X, 33, MM))


def _table_page(layout, run, page: int, template: ReportTemplate) -> None:
    """Every row of the table (districts, "Outside districts", Total) on as many pages as
    they need, header repeated, "continued" on each page after the first."""
    columns = [Column(tr("District"), 40, numeric=False)]
    columns += [Column(tr(SHORT[name]), 17) for name in FIELDS]
    rows = [
        [run.table.label(i, tr)] + [text.format_value(f, run.table.row(i)[f]) for f in FIELDS]
        for i in range(len(run.table.names))
    ]
    box = Box(MARGIN, 16, PAGE_W - 2 * MARGIN, 180)
    table = manual_table(layout, columns, rows, bold_rows=[run.table.total_row], room=box.w)
    pages = paged_table(layout, table, page, tr("Figures per district"), box, template)
    if run.hazard_types and run.gap_ha_by_type:
        by_type = "; ".join(
            f"{kind} {text.format_value('unmapped_hazard_ha', ha)} {tr('ha')}"
            for kind, ha in sorted(run.gap_ha_by_type.items())
        )
        note = tr(
            "Unmapped hazard by type: {0} (overlaps count for the type first in alphabetical "
            "order, CHA before SHA)."
        ).format(by_type)
        add_label(layout, note, MARGIN, page_y(layout, pages[-1], 197), 277, 5, 8)


def _picture(layout, path: Path, x, y, w, h) -> None:
    picture = QgsLayoutItemPicture(layout)
    picture.setPicturePath(str(path))
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    layout.addLayoutItem(picture)
    picture.attemptMove(QgsLayoutPoint(x, y, MM))
    picture.attemptResize(QgsLayoutSize(w, h, MM))


def _chart_page(layout, run, page: int, folder: Path, template: ReportTemplate) -> None:
    add_label(layout, tr("Charts"), MARGIN, page_y(layout, page, 6), 277, 8, 13, True)
    charts = {
        "hazard": text.chart_hazard_area(run, template),
        "incidents": text.chart_incidents(run, template),
        "years": text.chart_years(run),
    }
    for name, png in charts.items():
        (folder / f"{name}.png").write_bytes(png)
    _picture(layout, folder / "hazard.png", MARGIN, page_y(layout, page, 16), 136, 100)
    _picture(layout, folder / "incidents.png", 151, page_y(layout, page, 16), 136, 100)
    _picture(layout, folder / "years.png", 60, page_y(layout, page, 118), 177, 80)


class _PageSupply:
    """The layout's first (empty) page, then a new page at each call."""

    def __init__(self, layout) -> None:
        self.layout, self.used = layout, False

    def next(self) -> int:
        """The first page on the first call, else a new page (after the table's pages)."""
        if not self.used:
            self.used = True
            return 0
        return add_page(self.layout)


def export_pdf(run, path: str, template: ReportTemplate | None = None) -> None:
    """A4 landscape pages: map and inputs, the district table (as many pages as it needs),
    charts; the sections the report template leaves out are skipped."""
    template = template or report_template()
    project = QgsProject()  # private: the user's project is never touched
    layers = map_layers(run)
    project.addMapLayers(layers)
    layout = QgsLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
    pages = _PageSupply(layout)
    if template.shows("map"):
        pages.next()  # the map page is the first
        _map_page(layout, run, layers)
    if template.shows("table"):
        _table_page(layout, run, pages.next(), template)
    with tempfile.TemporaryDirectory(prefix="clearance_coverage_") as folder:
        if template.shows("charts") or not pages.used:  # never an empty document
            _chart_page(layout, run, pages.next(), Path(folder), template)
        add_footers(layout, template)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        status = QgsLayoutExporter(layout).exportToPdf(path, settings)
    if status != QgsLayoutExporter.ExportResult.Success:
        raise QgsProcessingException(
            tr("PDF export to {0} failed (status {1}).").format(path, status)
        )


def commit_with_pdf(
    writers: Sequence[Writer], run, path: str, cancelled: Callable[[], bool] | None = None
) -> bool:
    """Export the PDF to a temporary beside ``path``, then commit it and ``writers`` (written
    and closed) together: False, with every earlier output untouched, when cancelled or when
    the export fails (which raises)."""
    with ExitStack() as stack:
        for writer in writers:
            stack.callback(writer.discard)  # nothing left to discard after the commit
        pdf = stack.enter_context(AtomicFile(path))
        export_pdf(run, str(pdf.path))
        return commit_all([*writers, pdf], cancelled) is not None
