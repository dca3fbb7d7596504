"""Base class of every Clearance Planner algorithm: naming, help and icon in one place."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterNumber
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import icon_path
from ..qgis_io.destinations import destination_problems


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
        """The standard checks, then every output path (missing or read-only folder, a folder
        given for a file…), so the run stops before it starts with the parameter named."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        problems = destination_problems(self, parameters, context)
        return (False, "\n".join(problems)) if problems else (True, "")

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        """The output-path checks again for callers that skip checkParameterValues."""
        problems = destination_problems(self, parameters, context)
        if problems:
            raise QgsProcessingException("\n".join(problems))
        return True


def number_parameter(
    name: str, description: str, default: float, decimals: int, minimum: float = 0.0
) -> QgsProcessingParameterNumber:
    """A double parameter shown with ``decimals`` decimals in the dialog."""
    param = QgsProcessingParameterNumber(
        name, description, QgsProcessingParameterNumber.Type.Double, default, minValue=minimum
    )
    param.setMetadata({"widget_wrapper": {"decimals": decimals}})
    return param
