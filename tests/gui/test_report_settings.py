"""The report template dialog: filled from the plugin settings, OK saves what it shows."""

from __future__ import annotations

import pytest

from clearance_planner.gui.report_settings import ReportTemplateDialog
from clearance_planner.reports.template import (
    ReportTemplate,
    clear_report_template,
    report_template,
    save_report_template,
)


@pytest.fixture(autouse=True)
def template():
    clear_report_template()
    yield
    clear_report_template()


def test_dialog_shows_the_saved_template(qgis_iface):
    save_report_template(ReportTemplate("Demining NGO", "/tmp/logo.png", "ru", ("map", "charts")))
    dialog = ReportTemplateDialog()
    assert dialog.organisation.text() == "Demining NGO"
    assert dialog.logo.filePath() == "/tmp/logo.png"
    assert dialog.language.currentData() == "ru"
    assert [n for n, box in dialog.sections.items() if box.isChecked()] == ["map", "charts"]


def test_ok_saves_what_the_dialog_shows(qgis_iface):
    dialog = ReportTemplateDialog()
    assert all(box.isChecked() for box in dialog.sections.values())  # defaults: every section
    dialog.organisation.setText("  Field office North ")
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "",
        "en",
        "az",
        "fr",
        "ru",
    ]
    assert dialog.language.currentData() == ""  # default: the plugin's language
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.sections["charts"].setChecked(False)
    dialog.accept()
    saved = report_template()
    assert saved.organisation == "Field office North"
    assert saved.language == "fr" and not saved.shows("charts") and saved.shows("table")
