"""Base class of every Clearance Planner algorithm: naming, help and icon in one place."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingParameterNumber
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import icon_path


class ClearanceAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set the class attributes and implement the parameters and processing."""

    ALGORITHM_ID = ""  # e.g. "prioritise" -> clearance:prioritise
    DISPLAY_NAME = ""
    GROUP = ""  # display name of the group
    GROUP_ID = ""
    HELP = ""
    ICON = "clearance.svg"

    def name(self) -> str:
        return self.ALGORITHM_ID

    def displayName(self) -> str:
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:
        return self.GROUP_ID

    def shortHelpString(self) -> str:
        return tr(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(icon_path(self.ICON))

    def svgIconPath(self) -> str:
        return icon_path(self.ICON)

    def createInstance(self):
        return type(self)()

    def checkParameterValues(self, parameters, context):
        """Checks load the input layers: raster layers load without GDAL side files
        (``.aux.xml``) beside them, so inputs stay untouched."""
        from ..qgis_io.raster import no_side_files

        with no_side_files():
            return super().checkParameterValues(parameters, context)


def number_parameter(
    name: str, description: str, default: float, decimals: int, minimum: float = 0.0
) -> QgsProcessingParameterNumber:
    """A double parameter shown with ``decimals`` decimals in the dialog."""
    param = QgsProcessingParameterNumber(
        name, description, QgsProcessingParameterNumber.Type.Double, default, minValue=minimum
    )
    param.setMetadata({"widget_wrapper": {"decimals": decimals}})
    return param
