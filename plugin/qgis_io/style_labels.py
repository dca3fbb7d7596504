"""The legend of a layer styled by the plugin in the plugin's language: the labels of the
shipped styles (``resources/styles/*.qml``, written in English by scripts/make_styles.py) are
marked here for translation, and :func:`translate_legend` shows them translated. Styles stored
in GeoPackages and PostGIS stay English; any other label (a user's own) is left as it is."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsMapLayer,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
)

from ..i18n import QT_TR_NOOP, tr

LABELS = (  # every label of the shipped styles but plain numbers (tests/i18n checks)
    QT_TR_NOOP("High priority"),
    QT_TR_NOOP("Medium priority"),
    QT_TR_NOOP("Low priority"),
    QT_TR_NOOP("Gated (hard condition)"),
    QT_TR_NOOP("Unknown (no geometry)"),
    QT_TR_NOOP("100 (most urgent)"),
    QT_TR_NOOP("0–25 % of hazard area mapped"),
    QT_TR_NOOP("25–50 %"),
    QT_TR_NOOP("50–75 %"),
    QT_TR_NOOP("75–100 %"),
    QT_TR_NOOP("SHA – Open"),
    QT_TR_NOOP("SHA – Worked on"),
    QT_TR_NOOP("SHA – Closed"),
    QT_TR_NOOP("CHA – Open"),
    QT_TR_NOOP("CHA – Worked on"),
    QT_TR_NOOP("CHA – Closed"),
    QT_TR_NOOP("Mine accident"),
    QT_TR_NOOP("ERW accident"),
    QT_TR_NOOP("Demining accident"),
    QT_TR_NOOP("Other"),
    QT_TR_NOOP("Non-technical survey"),
    QT_TR_NOOP("Technical survey"),
    QT_TR_NOOP("Manual clearance"),
    QT_TR_NOOP("Mechanical"),
    QT_TR_NOOP("Mine detection dogs"),
    QT_TR_NOOP("Closed within tolerance"),
    QT_TR_NOOP("Not closed"),
    QT_TR_NOOP("Missing legs"),
    QT_TR_NOOP("Self-intersecting"),
    QT_TR_NOOP("Up 50 places or more under B"),
    QT_TR_NOOP("Up 10-49 places"),
    QT_TR_NOOP("Up 1-9 places"),
    QT_TR_NOOP("Same rank"),
    QT_TR_NOOP("Down 1-9 places"),
    QT_TR_NOOP("Down 10-49 places"),
    QT_TR_NOOP("Down 50 places or more under B"),
    QT_TR_NOOP("Stable top K (>= 95 %)"),
    QT_TR_NOOP("Usually (50–95 %)"),
    QT_TR_NOOP("Sometimes (5–50 %)"),
    QT_TR_NOOP("Rarely in the top K (< 5 % of runs)"),
)


def translate_legend(layer: QgsMapLayer) -> None:
    """Show the labels of ``layer``'s categories, ranges, rules or colour-ramp items in the
    plugin's language (unknown labels unchanged); the layer's data are not touched."""
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, tr(category.label()))
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for i, class_range in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(i, tr(class_range.label()))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            rule.setLabel(tr(rule.label()))
    elif isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        _translate_ramp(renderer)


def _translate_ramp(renderer: QgsSingleBandPseudoColorRenderer) -> None:
    shader = renderer.shader()
    ramp = shader.rasterShaderFunction() if shader is not None else None
    if ramp is None or not hasattr(ramp, "colorRampItemList"):
        return
    items = ramp.colorRampItemList()
    for item in items:
        item.label = tr(item.label)
    ramp.setColorRampItemList(items)
