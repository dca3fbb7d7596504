"""The one text label of the print layouts (coverage PDF, task atlas)."""

from __future__ import annotations

from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize, QgsUnitTypes
from qgis.PyQt.QtGui import QFont

from ..qgis_io.compat import set_label_font

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


def add_label(
    layout, text: str, x: float, y: float, w: float, h: float, size: float = 9.0, bold=False
) -> QgsLayoutItemLabel:
    """A DejaVu Sans label of ``size`` points at ``x, y`` (mm) sized ``w`` x ``h`` (mm); the
    text may hold ``[% expression %]`` parts."""
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    set_label_font(label, font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(w, h, MM))
    return label
