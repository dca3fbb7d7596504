"""The ``clearance`` Processing provider."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms import algorithm_classes
from .paths import icon_path, plugin_version


class ClearanceProvider(QgsProcessingProvider):
    """Every Clearance Planner analysis, for the toolbox, models, scripts and qgis_process."""

    def id(self) -> str:
        return "clearance"

    def name(self) -> str:
        return "Clearance Planner"

    def longName(self) -> str:
        return f"Clearance Planner {plugin_version()}"

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def svgIconPath(self) -> str:
        return icon_path()

    def loadAlgorithms(self) -> None:
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
