"""Translation helper (context ``@default``, which pylupdate5 collects for bare ``tr``)."""

from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    """Translate ``text`` in the ``@default`` context."""
    return QCoreApplication.translate("@default", text)
