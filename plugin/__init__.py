"""Clearance Planner: a QGIS plugin for humanitarian mine action planning."""


def classFactory(iface):
    """Return the plugin instance; nothing touches ``iface`` before ``initGui``."""
    from .plugin import ClearancePlugin

    return ClearancePlugin(iface)
