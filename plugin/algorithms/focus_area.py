"""The AREA parameter (focus area) shared by prioritise, coverage and workplan."""

from __future__ import annotations

from qgis.core import QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSource

from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.focus import focus_source

AREA = "AREA"
AREA_HELP = QT_TR_NOOP(
    """AREA (optional focus area, polygons; with "Selected features only" just its \
selection): only the hazards (parcels) intersecting or touching it are used, each kept whole, \
not clipped: exactly the features "Extract by location" (intersects) picks, with the same \
figures. The other input layers are read in full. Null and degenerate area polygons are named \
in a warning and left out; invalid ones are repaired."""
)


def area_parameter() -> QgsProcessingParameterFeatureSource:
    """Optional polygon layer; with "Selected features only" only its selection counts."""
    return QgsProcessingParameterFeatureSource(
        AREA,
        tr("Focus area: only hazards intersecting these polygons (kept whole)"),
        [QgsProcessing.SourceType.TypeVectorPolygon],
        optional=True,
    )


def focused(algorithm, parameters, context, feedback, source, name: str, key: str):
    """``source`` restricted to its features intersecting AREA, or ``source`` itself
    without an AREA."""
    area = algorithm.parameterAsSource(parameters, AREA, context)
    if area is None:
        if parameters.get(AREA):
            raise QgsProcessingException(algorithm.invalidSourceError(parameters, AREA))
        return source
    area_name = area.sourceName() or AREA
    return focus_source(source, name, key, area, area_name, context, feedback).source
