"""The compiled translations at run time: loaded for QGIS's locale, the dock and a report in
Azerbaijani and Russian (the staged plugin, its .qm files compiled by `make stage`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from tests.algorithms.test_coverage import layers, run  # noqa: F401 (fixture)
from tests.gui.test_desktop_gui import extension, small_project  # noqa: F401 (fixture)

# (language, dock title, compute button, Layers tab, report title) — the translations in
# i18n/clearance_planner_<lang>.ts, checked by hand against docs/glossary.md
EXPECTED = {
    "az": (
        "Minatəmizləmənin prioritetləşdirilməsi",
        "Məsafələri hesabla",
        "Laylar",
        "Çirklənmənin mina sahəsi formulyarları ilə əhatəsi",
    ),
    "ru": (
        "Приоритизация разминирования",
        "Вычислить расстояния",
        "Слои",
        "Покрытие загрязнения формулярами минных полей",
    ),
}
pytestmark = pytest.mark.usefixtures("clearance_provider")  # registered once for the session


@pytest.fixture()
def translator(request):
    """Install the staged translation of ``request.param``; removed afterwards."""
    from clearance_planner.i18n import install_translator, remove_translator

    installed = install_translator(request.param)
    yield installed
    remove_translator(installed)


def setting_for_one_test(key: str):
    """A setter of QgsSettings ``key``; the value before is restored afterwards."""
    settings = QgsSettings()
    before = settings.value(key, None)
    yield lambda value: settings.setValue(key, value)
    if before is None:
        settings.remove(key)
    else:
        settings.setValue(key, before)


@pytest.fixture()
def user_locale():
    """Set QGIS's ``locale/userLocale`` for one test."""
    yield from setting_for_one_test("locale/userLocale")


@pytest.fixture()
def plugin_language():
    """Set the plugin's own ``clearance_planner/language`` for one test."""
    yield from setting_for_one_test("clearance_planner/language")


@pytest.mark.parametrize("language", ["az", "ru"])
def test_qm_file_is_staged_and_loads(language):
    from qgis.PyQt.QtCore import QTranslator

    from clearance_planner.i18n import qm_path

    path = qm_path(language)
    translator = QTranslator()
    assert path.is_file() and translator.load(str(path))
    assert translator.translate("@default", "Compute distances") == EXPECTED[language][1]


@pytest.mark.parametrize("translator", ["az", "ru"], indirect=True)
def test_tr_translates_once_the_translation_is_installed(translator):
    from clearance_planner.i18n import tr

    language = "az" if tr("Layers") == "Laylar" else "ru"
    assert translator is not None
    assert tr("Compute distances") == EXPECTED[language][1]
    assert (
        tr("Minefield records")
        == {"az": "Mina sahəsi formulyarları", "ru": "Формуляры минных полей"}[language]
    )


def test_english_and_unshipped_languages_install_nothing():
    from clearance_planner.i18n import install_translator, tr

    assert install_translator("en") is None
    assert install_translator("de") is None
    assert tr("Compute distances") == "Compute distances"


@pytest.mark.parametrize(
    "setting, language", [("az", "az"), ("ru_RU", "ru"), ("az_Latn_AZ", "az"), ("en_GB", "en")]
)
def test_qgis_language_follows_the_user_locale_setting(user_locale, setting, language):
    from clearance_planner.i18n import qgis_language

    user_locale(setting)
    assert qgis_language() == language


def test_the_plugin_language_setting_wins_over_qgis_locale(user_locale, plugin_language):
    from clearance_planner.i18n import qgis_language

    user_locale("tr_TR")
    plugin_language("az")
    assert qgis_language() == "az"
    plugin_language("")
    assert qgis_language() == "tr"


@pytest.mark.parametrize("language", ["az", "ru"])
def test_plugin_loads_the_translation_of_qgis_locale_and_unload_removes_it(
    qgis_iface, user_locale, language
):
    import clearance_planner
    from clearance_planner.i18n import tr

    user_locale(language)
    plugin = clearance_planner.classFactory(None)
    try:
        assert plugin.translator is not None
        assert tr("Compute distances") == EXPECTED[language][1]
    finally:
        plugin.unload()
    assert tr("Compute distances") == "Compute distances"


@pytest.mark.parametrize("language", ["az", "ru"])
def test_dock_comes_out_in_the_language_of_qgis(
    qgis_iface,
    qgis_new_project,
    qgis_processing,
    clearance_provider,
    small_project,  # noqa: F811 (the fixture imported above)
    user_locale,
    monkeypatch,
    tmp_path,
    language,
):
    from unittest.mock import MagicMock

    import clearance_planner

    for name in (
        "removePluginMenu",
        "removeDockWidget",
        "addPluginToMenu",
        "addDockWidget",
        "addToolBar",
    ):
        monkeypatch.setattr(qgis_iface, name, MagicMock(), raising=False)
    user_locale(language)
    plugin = clearance_planner.classFactory(qgis_iface)
    plugin.initGui()
    try:
        dock = extension(plugin, "DockExtension").open_dock()
        title, compute, layers_tab, _ = EXPECTED[language]
        assert dock.windowTitle() == title
        assert dock.panel.compute_button.text() == compute
        assert dock.panel.tabs.tabText(0) == layers_tab
        settlements = dock.rows["settlements"]
        assert settlements.decay.currentText() == {"az": "xətti", "ru": "линейный"}[language]
        assert settlements.criterion().decay == "linear"  # the code, not the word shown
        settlements.show_decay("step")
        assert settlements.setting().decay == "step"
        settlements.show_decay("linear")  # the dock keeps its settings: leave the default
        dock.resize(420, 760)
        image = dock.grab().toImage()
        path = tmp_path / f"dock_{language}.png"
        assert image.save(str(path)) and path.stat().st_size > 5_000
    finally:
        plugin.unload()


@pytest.mark.parametrize("translator", ["az", "ru"], indirect=True)
def test_coverage_report_is_written_in_the_installed_language(layers, tmp_path, translator):  # noqa: F811
    from clearance_planner.i18n import tr

    language = "az" if tr("Layers") == "Laylar" else "ru"
    result, _ = run(layers, tmp_path)
    text = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert EXPECTED[language][3] in text
    assert tr("Figures per district") in text and "Figures per district" not in text
    assert QCoreApplication.translate("@default", "Hazard area (ha)") in text
