"""Logger ``clearance_planner`` forwarded to the QGIS message log panel."""

import logging

from qgis.core import Qgis, QgsMessageLog

TAG = "Clearance Planner"
LOGGER = logging.getLogger("clearance_planner")


class QgisLogHandler(logging.Handler):
    """Send records to ``QgsMessageLog`` (thread-safe) under one tag."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR:
            level = Qgis.MessageLevel.Critical
        elif record.levelno >= logging.WARNING:
            level = Qgis.MessageLevel.Warning
        else:
            level = Qgis.MessageLevel.Info
        QgsMessageLog.logMessage(self.format(record), TAG, level)


def install_log_handler() -> None:
    """Add the handler once."""
    if not any(isinstance(h, QgisLogHandler) for h in LOGGER.handlers):
        LOGGER.addHandler(QgisLogHandler())
        LOGGER.setLevel(logging.INFO)


def remove_log_handler() -> None:
    """Remove the handler (plugin unload)."""
    for handler in [h for h in LOGGER.handlers if isinstance(h, QgisLogHandler)]:
        LOGGER.removeHandler(handler)
