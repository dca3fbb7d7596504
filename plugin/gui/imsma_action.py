"""Menu entry "Import IMSMA export…": the Processing dialog of ``clearance:import_imsma``
(which runs in the background and loads the imported layer)."""

from __future__ import annotations

from ..i18n import tr

ALGORITHM = "clearance:import_imsma"


def open_import() -> None:
    """Open the algorithm's Processing dialog."""
    from qgis import processing

    processing.execAlgorithmDialog(ALGORITHM, {})


def install(plugin) -> None:
    plugin.add_action(tr("Import IMSMA export…"), open_import)
