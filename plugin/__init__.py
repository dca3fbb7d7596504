"""Clearance Planner: a QGIS plugin for humanitarian mine action planning."""


def classFactory(iface):  # noqa: N802 -- QGIS entry point; iface is None under qgis_process
    """Return the plugin instance; nothing touches ``iface`` before ``initGui``."""
    from .plugin import ClearancePlugin

    return ClearancePlugin(iface)
