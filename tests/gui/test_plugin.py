"""The plugin as QGIS desktop loads it: initGui, menu/toolbar entries, clean unload."""

from unittest.mock import MagicMock

from qgis.core import QgsApplication


def test_init_gui_registers_provider_once_and_unload_removes_everything(qgis_iface, monkeypatch):
    import clearance_planner

    for name in ("removePluginMenu", "removeDockWidget", "addPluginToMenu"):
        monkeypatch.setattr(qgis_iface, name, MagicMock(), raising=False)
    registry = QgsApplication.processingRegistry()
    had_provider = registry.providerById("clearance") is not None
    plugin = clearance_planner.classFactory(qgis_iface)
    plugin.initGui()
    assert plugin.actions, "no menu action created"
    assert qgis_iface.addPluginToMenu.call_count == len(plugin.actions)
    if not had_provider:  # the session fixture may already hold the id
        assert registry.providerById("clearance") is plugin.provider
        assert registry.algorithmById("clearance:prioritise") is not None
    plugin.unload()
    assert plugin.actions == [] and plugin.provider is None and plugin.toolbar is None
    assert qgis_iface.removePluginMenu.call_count == qgis_iface.addPluginToMenu.call_count
    if not had_provider:
        assert registry.providerById("clearance") is None


def test_second_registration_is_refused_without_breaking_the_first(clearance_provider):
    import clearance_planner

    other = clearance_planner.classFactory(None)
    other.initProcessing()
    assert other.provider is None  # the id is taken; the registry deleted the duplicate
    assert QgsApplication.processingRegistry().providerById("clearance") is clearance_provider
    other.unload()
    assert QgsApplication.processingRegistry().providerById("clearance") is clearance_provider
