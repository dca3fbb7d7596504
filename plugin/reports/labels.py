"""The one text label of the print layouts (coverage PDF, task atlas), their one scale bar, and
the one way map features are labelled (names in a white halo)."""

from __future__ import annotations

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsPalLayerSettings,
    QgsScaleBarSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..qgis_io.compat import set_label_font, text_format

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


def add_label(
    layout,
    text: str,
    x: float,
    y: float,
    w: float,
    h: float,
    size: float = 9.0,
    bold=False,
    one_line: bool = False,
) -> QgsLayoutItemLabel:
    """A DejaVu Sans label of ``size`` points at ``x, y`` (mm) sized ``w`` x ``h`` (mm); the
    text may hold ``[% expression %]`` parts. ``one_line``: the size made smaller where a line
    would not fit ``w`` (a heading or a row of figures that a translation lengthens)."""
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = label_font(fitting_size(text, w, size, bold) if one_line else size, bold)
    set_label_font(label, font)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)  # QGIS justifies labels by default
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(w, h, MM))
    return label


def label_font(size: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def fitting_size(text: str, width: float, size: float, bold: bool, smallest: float = 5.0) -> float:
    """``size`` (points), or the size at which the widest line of ``text`` fits ``width`` mm
    (with 1 mm to spare), not below ``smallest``."""
    lines = text.split("\n")
    widest = max(QgsLayoutUtils.textWidthMM(label_font(size, bold), line) for line in lines)
    if widest <= width - 1.0:
        return size
    return max(smallest, size * (width - 1.0) / widest)


LEGEND_WRAP = "|"  # the legends' line break (their wrap string)


def wrapped(text: str, width: float, size: float, separator: str = LEGEND_WRAP) -> str:
    """``text`` broken at spaces into lines of at most ``width`` mm in DejaVu Sans of ``size``
    points, joined by ``separator``; a longer word stays whole, and a rule such as
    "score ≥ 18.9" stays on one line."""
    for sign in ("≥", "≤", "<"):
        text = text.replace(f" {sign} ", f"\u00a0{sign}\u00a0")
    font = label_font(size)
    lines: list[str] = []
    for word in text.split(" "):
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and QgsLayoutUtils.textWidthMM(font, candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return separator.join(lines)


def halo_labels(
    layer: QgsVectorLayer, field: str, size: float, color: str = "#333333", max_scale: float = 0
) -> None:
    """Label ``layer`` by ``field`` in DejaVu Sans of ``size`` points and ``color`` (default
    dark grey), white halo; with ``max_scale`` only at scales 1:``max_scale`` and larger.
    Also the labels of the shipped styles (scripts/make_styles.py)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(size)
    fmt.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    if max_scale:
        settings.scaleVisibility = True
        settings.maximumScale = 0
        settings.minimumScale = max_scale
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def add_scale_bar(layout, map_item, x: float, y: float, km: bool) -> QgsLayoutItemScaleBar:
    """A single-box scale bar of ``map_item`` (3 segments fitted to 30–60 mm, white
    background, DejaVu Sans 7 pt) at ``x, y`` (mm), in km or m."""
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    unit = QgsUnitTypes.DistanceUnit
    bar.setUnits(unit.DistanceKilometers if km else unit.DistanceMeters)
    bar.setUnitLabel("km" if km else "m")
    bar.setNumberOfSegments(3)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(30)
    bar.setMaximumBarWidth(60)
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 220))
    bar.setTextFormat(text_format(QFont("DejaVu Sans", 7)))
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(x, y, MM))
    return bar
