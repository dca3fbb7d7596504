"""Logger ``clearance_planner`` forwarded to the QGIS message log panel, and during a run to
the run's own Processing log (:func:`warnings_to`)."""

import contextlib
import logging
import threading

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


class FeedbackHandler(logging.Handler):
    """Warnings logged on one thread (the one running an algorithm), pushed to its feedback."""

    def __init__(self, feedback) -> None:
        super().__init__(logging.WARNING)
        self.feedback, self.thread = feedback, threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.feedback.pushWarning(self.format(record))


@contextlib.contextmanager
def warnings_to(feedback):
    """While the block runs, this thread's warnings (a run record or style that could not be
    written) also reach ``feedback``, so the user sees them in the algorithm's log."""
    if feedback is None:
        yield
        return
    handler = FeedbackHandler(feedback)
    LOGGER.addHandler(handler)
    try:
        yield
    finally:
        LOGGER.removeHandler(handler)
