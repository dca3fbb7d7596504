"""User-facing errors: a message-bar entry with a Details button, logged, never a traceback."""

from __future__ import annotations

import functools
import traceback

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

from ..i18n import QT_TR_NOOP, tr
from ..logs import LOGGER

TITLE = QT_TR_NOOP("Clearance Planner")


def push(iface, text: str, level=Qgis.MessageLevel.Info, details: str = "") -> None:
    """Message-bar entry (with a Details button when ``details``) and a log line."""
    LOGGER.log(_log_level(level), "%s%s", text, f"\n{details}" if details else "")
    if iface is None:
        return
    bar = iface.messageBar()
    if details and hasattr(bar, "createMessage"):
        widget = bar.createMessage(TITLE, text)
        button = QPushButton(tr("Details"), widget)
        button.clicked.connect(lambda: QMessageBox.information(iface.mainWindow(), TITLE, details))
        widget.layout().addWidget(button)
        bar.pushWidget(widget, level, 0)
    else:
        bar.pushMessage(TITLE, text, level, 8)


def report(iface, text: str, exc: BaseException) -> None:
    """An error for the user: short text in the bar, the exception behind Details."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    push(iface, f"{text}: {exc}", Qgis.MessageLevel.Critical, details)


def guarded(text: str):
    """Decorate a slot of an object with ``iface``: exceptions go to the message bar."""

    def wrap(method):
        @functools.wraps(method)
        def run(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except Exception as exc:  # a slot must never raise into Qt
                report(getattr(self, "iface", None), tr(text), exc)
                return None

        return run

    return wrap


def _log_level(level) -> int:
    import logging

    if level == Qgis.MessageLevel.Critical:
        return logging.ERROR
    if level == Qgis.MessageLevel.Warning:
        return logging.WARNING
    return logging.INFO
