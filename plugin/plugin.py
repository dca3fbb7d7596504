"""The QGIS plugin object: provider registration, menu and toolbar."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon

try:  # Qt6 (QGIS 4) has QAction in QtGui; QGIS >= 3.3x on Qt5 re-exports it there too
    from qgis.PyQt.QtGui import QAction
except ImportError:  # QGIS 3.22: only in QtWidgets
    from qgis.PyQt.QtWidgets import QAction

from .i18n import QT_TR_NOOP, install_translator, remove_translator, tr
from .logs import install_log_handler, remove_log_handler
from .paths import icon_path
from .provider import ClearanceProvider

MENU = QT_TR_NOOP("&Clearance Planner")


class ClearancePlugin:
    """Registers the ``clearance`` Processing provider and the desktop entry points."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = install_translator()  # QGIS's language, before any text is made
        self.provider: ClearanceProvider | None = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.gui_extensions: list = []

    def initProcessing(self) -> None:
        """Register the provider once (also called alone by ``qgis_process``)."""
        install_log_handler()
        if self.provider is None:
            provider = ClearanceProvider()
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider  # on False the registry already deleted it

    def initGui(self) -> None:
        """Provider, toolbar and menu; GUI modules are loaded only here."""
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr("Clearance Planner"))
        self.toolbar.setObjectName("ClearancePlannerToolbar")
        self.add_action(tr("Prioritise hazards…"), self.open_prioritise, icon_path(), toolbar=True)
        from .gui import extensions

        for extension in extensions.load(self):
            self.gui_extensions.append(extension)

    def add_action(self, text: str, callback, icon: str | None = None, toolbar: bool = False):
        """Create a menu action (and toolbar button) that ``unload`` removes again."""
        action = QAction(QIcon(icon) if icon else QIcon(), text, self.iface.mainWindow())
        action.triggered.connect(callback)
        self.iface.addPluginToMenu(tr(MENU), action)
        if toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def open_prioritise(self) -> None:
        """Open the Processing dialog of ``clearance:prioritise``."""
        from qgis import processing

        processing.execAlgorithmDialog("clearance:prioritise", {})

    def unload(self) -> None:
        """Undo everything ``initGui``/``initProcessing`` did."""
        for extension in self.gui_extensions:
            extension.unload()
        self.gui_extensions = []
        for action in self.actions:
            self.iface.removePluginMenu(tr(MENU), action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_log_handler()
        remove_translator(self.translator)
        self.translator = None
