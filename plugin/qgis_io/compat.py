"""Calls whose API changed between QGIS 3.22 and 3.44 (and affine 2 and 3): the newer one where it
exists, so QGIS 3.44 raises no deprecation warning, the older one on 3.22."""

from __future__ import annotations

from qgis.core import QgsLayoutItemLabel, QgsLegendStyle, QgsRectangle, QgsTextFormat
from qgis.PyQt.QtGui import QColor, QFont


def text_format(font: QFont, color: QColor | None = None) -> QgsTextFormat:
    """A text format of ``font`` (its point size) and ``color``."""
    fmt = QgsTextFormat.fromQFont(font)
    if color is not None:
        fmt.setColor(color)
    return fmt


def set_label_font(label: QgsLayoutItemLabel, font: QFont, color: QColor | None = None) -> None:
    """Font (and colour) of a layout label: text format from QGIS 3.24, font before."""
    if hasattr(label, "setTextFormat"):
        fmt = text_format(font, color if color is not None else label.textFormat().color())
        label.setTextFormat(fmt)
        return
    label.setFont(font)
    if color is not None:
        label.setFontColor(color)


def set_label_color(label: QgsLayoutItemLabel, color: QColor) -> None:
    """Text colour of a layout label, keeping its font."""
    if hasattr(label, "setTextFormat"):
        fmt = label.textFormat()
        fmt.setColor(color)
        label.setTextFormat(fmt)
    else:
        label.setFontColor(color)


def set_legend_style_font(style: QgsLegendStyle, font: QFont) -> None:
    """Font of a legend style: text format from QGIS 3.30, font before."""
    if hasattr(style, "setTextFormat"):
        style.setTextFormat(text_format(font))
    else:
        style.setFont(font)


def empty_rectangle() -> QgsRectangle:
    """A rectangle that any combineExtentWith replaces (null from 3.34, minimal before)."""
    rect = QgsRectangle()
    if hasattr(rect, "setNull"):
        rect.setNull()
    else:
        rect.setMinimal()
    return rect


def save_style_to_database(layer, name: str, description: str) -> None:
    """Store the layer's style in its GeoPackage as the default (V2 call from QGIS 3.44);
    the name is cut to the 30 characters of OGR's ``layer_styles.styleName``."""
    name = name[:30]
    if hasattr(layer, "saveStyleToDatabaseV2"):
        layer.saveStyleToDatabaseV2(name, description, True, "")
    else:
        layer.saveStyleToDatabase(name, description, True, "")


def apply_affine(transform, x: float, y: float) -> tuple[float, float]:
    """An affine transform applied to a point: ``@`` on affine 3 (``*`` is deprecated there)."""
    if hasattr(transform, "__matmul__"):
        return transform @ (x, y)
    return transform * (x, y)
