"""Where the plugin's files are, and its version (no QGIS import)."""

import configparser
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
RESOURCES = PLUGIN_DIR / "resources"
ICONS = RESOURCES / "icons"
STYLES = RESOURCES / "styles"
DEMO = RESOURCES / "demo"
IMSMA = RESOURCES / "imsma"
IMSMA_MAPPING = IMSMA / "imsma_mapping.json"  # shipped defaults (NG v6 and Core field names)


def plugin_version() -> str:
    """Version from ``metadata.txt`` (``unknown`` when run unstaged)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return parser.get("general", "version", fallback="unknown")


def icon_path(name: str = "clearance.svg") -> str:
    """Path of an icon shipped in ``resources/icons``."""
    return str(ICONS / name)


def style_path(name: str) -> str:
    """Path of a QML style shipped in ``resources/styles``."""
    return str(STYLES / f"{name}.qml")
