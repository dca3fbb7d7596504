"""The desktop menu entry of clearance:import_imsma."""

from unittest.mock import MagicMock


def test_menu_entry_opens_the_import_dialog(qgis_iface, clearance_provider, monkeypatch):
    from qgis import processing

    import clearance_planner
    from clearance_planner.gui import imsma_action

    monkeypatch.setattr(qgis_iface, "addPluginToMenu", MagicMock(), raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginMenu", MagicMock(), raising=False)
    opened = MagicMock()
    monkeypatch.setattr(processing, "execAlgorithmDialog", opened)
    plugin = clearance_planner.classFactory(qgis_iface)
    plugin.initGui()
    try:
        action = next(a for a in plugin.actions if a.text() == "Import IMSMA export…")
        action.trigger()
        opened.assert_called_once_with(imsma_action.ALGORITHM, {})
    finally:
        plugin.unload()
