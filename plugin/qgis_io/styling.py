"""Style (and describe) output layers when Processing loads them."""

from __future__ import annotations

from qgis.core import (
    QgsLayerMetadata,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
)

from ..i18n import tr
from ..paths import style_path
from .style_labels import translate_legend

_ALIVE: list = []  # post-processors need a live Python reference or sip drops them


def load_shipped_style(layer, name: str, over_stored: bool = False) -> tuple[str, bool]:
    """Load the shipped QML ``name`` for display, its legend in the plugin's language;
    ``over_stored``: QGIS's loadFromLocalDb flag, as the callers used it. (message, ok)."""
    path = style_path(name)  # the flag exists on vector layers only
    message, ok = layer.loadNamedStyle(path, True) if over_stored else layer.loadNamedStyle(path)
    if ok:
        translate_legend(layer)
    return message, ok


class StyleAndMetadata(QgsProcessingLayerPostProcessorInterface):
    """Load a shipped QML style and set layer metadata on a loaded output."""

    def __init__(self, style: str | None, metadata: QgsLayerMetadata | None = None) -> None:
        super().__init__()
        self.style, self.metadata = style, metadata

    def postProcessLayer(self, layer, context, feedback) -> None:
        if self.style:
            msg, ok = load_shipped_style(layer, self.style)
            if not ok:
                feedback.pushWarning(tr("Style {0} not applied: {1}").format(self.style, msg))
            layer.triggerRepaint()
        if self.metadata is not None:
            layer.setMetadata(self.metadata)


def style_on_load(
    context: QgsProcessingContext,
    dest_id: str,
    style: str | None,
    metadata: QgsLayerMetadata | None = None,
) -> None:
    """Attach a styler to ``dest_id`` if it will be loaded into the project."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    styler = StyleAndMetadata(style, metadata)
    _ALIVE.append(styler)
    del _ALIVE[:-32]
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(styler)
