"""The plugin as QGIS desktop loads it: initGui, menu/toolbar entries, clean unload.

The session fixture ``clearance_provider`` already holds the id "clearance" in the
application's registry, so the first test gives the plugin a registry of its own: its
provider assertions run (and can fail) whatever the order of the suite.
"""

from unittest.mock import MagicMock

from qgis.core import QgsApplication, QgsProcessingRegistry


def test_init_gui_registers_provider_once_and_unload_removes_everything(
    qgis_iface, clearance_provider, monkeypatch
):
    import clearance_planner
    from clearance_planner import plugin as plugin_module

    for name in ("removePluginMenu", "removeDockWidget", "addPluginToMenu"):
        monkeypatch.setattr(qgis_iface, name, MagicMock(), raising=False)
    registry = QgsProcessingRegistry()
    monkeypatch.setattr(
        plugin_module, "QgsApplication", MagicMock(processingRegistry=lambda: registry)
    )
    plugin = clearance_planner.classFactory(qgis_iface)
    plugin.initGui()
    plugin.initProcessing()  # again, as QGIS may: still one provider
    assert plugin.actions, "no menu action created"
    assert qgis_iface.addPluginToMenu.call_count == len(plugin.actions)
    assert [p.id() for p in registry.providers()] == ["clearance"]
    assert registry.providerById("clearance") is plugin.provider
    assert registry.algorithmById("clearance:prioritise") is not None
    plugin.unload()
    assert plugin.actions == [] and plugin.provider is None and plugin.toolbar is None
    assert qgis_iface.removePluginMenu.call_count == qgis_iface.addPluginToMenu.call_count
    assert registry.providerById("clearance") is None and registry.providers() == []
    # the application's registry was never touched
    assert QgsApplication.processingRegistry().providerById("clearance") is clearance_provider


def test_second_registration_is_refused_without_breaking_the_first(clearance_provider):
    import clearance_planner

    other = clearance_planner.classFactory(None)
    other.initProcessing()
    assert other.provider is None  # the id is taken; the registry deleted the duplicate
    assert QgsApplication.processingRegistry().providerById("clearance") is clearance_provider
    other.unload()
    assert QgsApplication.processingRegistry().providerById("clearance") is clearance_provider
