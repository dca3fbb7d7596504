"""Style (and describe) output layers when Processing loads them."""

from __future__ import annotations

from qgis.core import (
    QgsLayerMetadata,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
)

from ..i18n import tr
from ..paths import style_path

_ALIVE: list = []  # post-processors need a live Python reference or sip drops them


class StyleAndMetadata(QgsProcessingLayerPostProcessorInterface):
    """Load a shipped QML style and set layer metadata on a loaded output."""

    def __init__(self, style: str | None, metadata: QgsLayerMetadata | None = None) -> None:
        super().__init__()
        self.style, self.metadata = style, metadata

    def postProcessLayer(self, layer, context, feedback) -> None:
        if self.style:
            msg, ok = layer.loadNamedStyle(style_path(self.style))
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
