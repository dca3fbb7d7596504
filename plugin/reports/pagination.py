"""Pages of every PDF: long tables continued across pages (header repeated, "continued"
notes), charts limited to the top rows with the rest summarised, and the template's footer
(organisation, logo, date, "Page i of N") on each page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsLayout,
    QgsLayoutFrame,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)

from ..paths import plugin_version
from .labels import add_label, label_font
from .template import ReportTemplate

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
FOOTER_H = 5.0  # mm at the foot of every page
CHART_ROWS = 15  # districts drawn in a chart; the others are summed in a note


# -- charts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartRows:
    """Rows a chart draws (largest first, ``always`` rows after them) and rows summarised."""

    shown: list[int]
    others: list[int]


def top_rows(totals: Sequence[float], n: int = CHART_ROWS, always: Sequence[int] = ()) -> ChartRows:
    """The ``n`` rows of largest ``totals`` (ties in row order; NaN counts as 0) plus the
    ``always`` rows (e.g. "Outside districts") when they hold anything; the rest in
    ``others``. Rows of zero are never drawn (they count among the others)."""
    values = np.nan_to_num(np.asarray(totals, dtype=float))
    kept = [i for i in always if 0 <= i < len(values) and values[i] > 0]
    candidates = [i for i in range(len(values)) if i not in set(always)]
    order = sorted(candidates, key=lambda i: (-values[i], i))
    shown = [i for i in order[:n] if values[i] > 0]
    return ChartRows(shown + kept, sorted(set(candidates) - set(shown)))


def others_note(template: ReportTemplate, count: int, summary: str) -> str:
    """'+ 122 other districts: …' (empty when nothing is left out)."""
    return template.phrase("others").format(count, summary) if count else ""


# -- tables ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A table column: heading, width on the page (mm, cell margins included), right-aligned
    (numbers) or not."""

    heading: str
    width: float
    numeric: bool = True


def text_format(size: float, bold: bool = False) -> QgsTextFormat:
    fmt = QgsTextFormat.fromQFont(label_font(size, bold))
    fmt.setSize(size)
    return fmt


MIN_TABLE_SIZE = 5.0  # points: tables shrink to this at most to fit their page


def fitted_columns(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    bold_rows: Sequence[int],
    size: float,
    room: float,
    margin: float,
) -> tuple[list[float], float]:
    """Column widths (mm, margins included) and a font size such that every number and every
    word of a heading fits on one line (numbers cannot wrap; texts wrap at spaces): a column
    is widened where its content needs it, and the font is made smaller (not below
    ``MIN_TABLE_SIZE``) when the widths would pass ``room``. Translated headings and large
    totals are what need it."""
    bold = set(bold_rows)
    need = []  # per column: the widest unbreakable text at ``size`` (mm)
    for j, column in enumerate(columns):
        words = [w for line in column.heading.split("\n") for w in line.split()]
        widest = max((_text_mm(w, size - 0.5, True) for w in words), default=0.0)
        for i, row in enumerate(rows):
            cell = row[j] if j < len(row) else ""
            pieces = [cell] if column.numeric else cell.split()
            for piece in pieces:
                widest = max(widest, _text_mm(piece, size, i in bold))
        need.append(widest)
    scale = 1.0
    while True:
        widths = [max(c.width * scale, n * scale + 2 * margin + 0.5) for c, n in zip(columns, need)]
        if sum(widths) <= room or size * scale <= MIN_TABLE_SIZE:
            return widths, size * scale
        scale = max(scale * 0.95, MIN_TABLE_SIZE / size)


def _text_mm(text: str, size: float, bold: bool) -> float:
    return QgsLayoutUtils.textWidthMM(label_font(size, bold), text) if text else 0.0


def manual_table(
    layout: QgsLayout,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    bold_rows: Sequence[int] = (),
    size: float = 7.0,
    room: float | None = None,
) -> QgsLayoutItemManualTable:
    """A table of text cells with one header (repeated on every frame); ``bold_rows`` (e.g.
    the total) in bold; columns widened and the font made smaller where the content needs it
    to fit ``room`` mm (default: the columns' widths), see :func:`fitted_columns`."""
    from qgis.PyQt.QtCore import Qt

    table = QgsLayoutItemManualTable.create(layout)
    room = sum(c.width for c in columns) if room is None else room
    outer, size = fitted_columns(columns, rows, bold_rows, size, room, table.cellMargin())
    widths = [max(width - 2 * table.cellMargin(), 1.0) for width in outer]
    headers = []
    for column, width in zip(columns, widths):
        header = QgsLayoutTableColumn(column.heading)
        header.setWidth(width)
        if column.numeric:
            header.setHAlignment(Qt.AlignmentFlag.AlignRight)
        headers.append(header)
    table.setHeaders(headers)
    table.setColumnWidths(widths)
    bold = text_format(size, True)
    contents = []
    for i, row in enumerate(rows):
        cells = [QgsTableCell(value) for value in row]
        for cell, column in zip(cells, columns):
            if column.numeric:
                cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
        if i in bold_rows:
            for cell in cells:
                cell.setTextFormat(bold)
        contents.append(cells)
    table.setTableContents(contents)
    table.setIncludeTableHeader(True)
    table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
    table.setHeaderTextFormat(text_format(size - 0.5, True))
    table.setContentTextFormat(text_format(size))
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    return table


@dataclass(frozen=True)
class Box:
    """Where a table's frame sits on each page (mm from the page's top left)."""

    x: float
    y: float
    w: float
    h: float


def page_size(layout: QgsLayout) -> tuple[float, float]:
    size = layout.pageCollection().page(0).pageSize()
    return size.width(), size.height()


def add_page(layout: QgsLayout) -> int:
    """A new page the size of the first; its index."""
    w, h = page_size(layout)
    page = QgsLayoutItemPage(layout)
    page.setPageSize(QgsLayoutSize(w, h, MM))
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def page_y(layout: QgsLayout, page: int, y: float) -> float:
    """Layout y of a position ``y`` mm down page ``page``."""
    return layout.pageCollection().page(page).pos().y() + y


def paged_table(
    layout: QgsLayout,
    table: QgsLayoutItemManualTable,
    page: int,
    title: str,
    box: Box,
    template: ReportTemplate,
    title_size: float = 13.0,
) -> list[int]:
    """Place ``table`` at ``box`` on ``page`` and on as many new pages as its rows need;
    every page has ``title`` ("… (continued)" after the first) and every frame but the
    last says "continued on the next page". Returns the pages used."""
    add_label(layout, title, box.x, page_y(layout, page, 6), box.w, 8, title_size, True)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.ExtendToNextPage)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(box.x, page_y(layout, page, box.y), MM))
    frame.attemptResize(QgsLayoutSize(box.w, box.h, MM))
    table.addFrame(frame)
    layout.addMultiFrame(table)
    _place_frames(layout, table, box)
    pages = [table.frame(i).page() for i in range(table.frameCount())]
    more = f"({template.phrase('continued')})"
    for i, number in enumerate(pages):
        if i:
            add_label(
                layout,
                f"{title} {more}",
                box.x,
                page_y(layout, number, 6),
                box.w,
                8,
                title_size,
                True,
            )
        if i < len(pages) - 1:
            note = f"… {template.phrase('continued_next')}"
            add_label(layout, note, box.x, page_y(layout, number, box.y + box.h + 0.5), box.w, 4, 7)
    return pages


def _place_frames(layout: QgsLayout, table, box: Box) -> None:
    """Let the table add the frames and pages it needs, each frame moved to ``box`` on its
    own page (QGIS places the frames it adds at the page's top, whatever the first's y)."""
    for _ in range(1000):  # one more frame per round at most; 1000 pages is far beyond any table
        table.recalculateFrameSizes()
        moved = False
        for i in range(1, table.frameCount()):
            frame = table.frame(i)
            page = table.frame(i - 1).page() + 1
            while layout.pageCollection().pageCount() <= page:
                add_page(layout)
            y = page_y(layout, page, box.y)
            if abs(frame.pos().y() - y) > 0.01 or abs(frame.rect().height() - box.h) > 0.01:
                frame.attemptMove(QgsLayoutPoint(box.x, y, MM))
                frame.attemptResize(QgsLayoutSize(box.w, box.h, MM))
                moved = True
        if not moved:
            return


# -- every page ------------------------------------------------------------------------------


def created_text(template: ReportTemplate, when: dt.datetime | None = None) -> str:
    when = when or dt.datetime.now(dt.timezone.utc)
    return template.phrase("created").format(when.strftime("%Y-%m-%d %H:%M UTC"), plugin_version())


def add_brand(layout: QgsLayout, template: ReportTemplate, x: float, y: float) -> float:
    """The template's logo (6 mm high) and organisation at ``x, y`` (layout mm); returns the
    x where following text can start."""
    logo = template.logo_file()
    if logo is not None:
        picture = QgsLayoutItemPicture(layout)
        picture.setPicturePath(str(logo))
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        layout.addLayoutItem(picture)
        picture.attemptMove(QgsLayoutPoint(x, y - 1, MM))
        picture.attemptResize(QgsLayoutSize(18, 6, MM))
        x += 20
    if template.organisation:
        add_label(layout, template.organisation, x, y, 90, FOOTER_H, 7.5, True)
        x += 92
    return x


def add_footers(layout: QgsLayout, template: ReportTemplate, margin: float = 10.0) -> None:
    """On every page: logo, organisation, creation date and 'Page i of N'."""
    w, h = page_size(layout)
    count = layout.pageCollection().pageCount()
    created = created_text(template)
    for page in range(count):
        y = page_y(layout, page, h - margin + 3.5)
        x = add_brand(layout, template, margin, y)
        add_label(layout, created, x, y, max(w - margin - 35 - x, 20), FOOTER_H, 7)
        add_label(
            layout, template.phrase("page").format(page + 1, count), w - margin - 33, y, 33, 5, 7
        )
