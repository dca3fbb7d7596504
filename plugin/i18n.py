"""Translation: ``tr()``, the marker for strings translated later, and the translation loader.

Every string is in one context, ``@default``: that is where ``pylupdate5`` puts a bare ``tr()``
call and ``QT_TR_NOOP(…)``, in a class or not. ``make i18n-update`` extracts
them into ``i18n/clearance_planner_<lang>.ts``; ``make stage`` compiles those to ``.qm`` files
beside this module (``i18n/``), and :func:`install_translator` loads the one of QGIS's locale."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .engine.text import QT_TR_NOOP, text_of  # the marker: class attributes, constants

CONTEXT = "@default"
I18N_DIR = Path(__file__).resolve().parent / "i18n"
__all__ = [
    "QT_TR_NOOP",
    "install_translator",
    "qgis_language",
    "remove_translator",
    "tr",
    "tr_message",
]
LANGUAGES = ("az", "ru")  # shipped translations (English is the source language)


def tr(text: str) -> str:
    """Translate ``text`` in the ``@default`` context."""
    return QCoreApplication.translate(CONTEXT, text)


LANGUAGE_SETTING = "clearance_planner/language"  # e.g. "az": the plugin's language, set apart


def qgis_language() -> str:
    """The two-letter language of the plugin: setting ``clearance_planner/language`` when set
    (QGIS ships no Azerbaijani translation of its own, so its Options cannot offer ``az``), else
    the one QGIS runs in: ``locale/userLocale`` (``az``, ``ru_RU``…), else the locale QGIS
    translates itself into."""
    settings = QgsSettings()
    name = (
        settings.value(LANGUAGE_SETTING, "")
        or settings.value("locale/userLocale", "")
        or QgsApplication.locale()
        or ""
    )
    return str(name)[:2].lower()


def qm_path(language: str) -> Path:
    """The compiled translation of ``language`` (may not exist)."""
    return I18N_DIR / f"clearance_planner_{language}.qm"


def install_translator(language: str | None = None) -> QTranslator | None:
    """Load and install the translation of ``language`` (default: QGIS's); ``None`` when there
    is none (English, or a language not shipped). Keep the result and pass it to
    :func:`remove_translator` on unload."""
    language = qgis_language() if language is None else language
    path = qm_path(language)
    if language not in LANGUAGES or not path.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    """Undo :func:`install_translator`."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def tr_message(value) -> str:
    """An engine message (a :class:`engine.text.Text`, or an exception carrying one) in the
    plugin's language; any other value as ``str()``. The one translation of engine errors at
    the algorithm and qgis_io boundary, before they become a ``QgsProcessingException``."""
    return text_of(value, tr)
