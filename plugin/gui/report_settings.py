"""Menu entry "Report template…": organisation, logo, language and the sections of every
PDF, saved once in the plugin settings (:mod:`..reports.template`)."""

from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
)

from ..i18n import tr
from ..reports.template import (
    AS_PLUGIN,
    LANGUAGES,
    SECTIONS,
    ReportTemplate,
    report_template,
    save_report_template,
)

LANGUAGE_NAMES = {"en": "English", "az": "Azərbaycanca", "fr": "Français", "ru": "Русский"}


def language_name(code: str) -> str:
    """How the language ``code`` is offered (``AS_PLUGIN``: the plugin's, translated)."""
    if code == AS_PLUGIN:
        return tr("As the plugin (the language of QGIS)")
    return LANGUAGE_NAMES.get(code, code)


class ReportTemplateDialog(QDialog):
    """The template's fields, filled from the settings; OK saves them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Report template"))
        form = QFormLayout(self)
        self.organisation = QLineEdit(self)
        form.addRow(tr("Organisation"), self.organisation)
        self.logo = QgsFileWidget(self)
        self.logo.setFilter(tr("Images (*.png *.jpg *.jpeg *.svg)"))
        form.addRow(tr("Logo"), self.logo)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        form.addRow(tr("Language of the page texts"), self.language)
        self.sections: dict[str, QCheckBox] = {}
        for name, label in SECTIONS.items():
            box = QCheckBox(tr(label), self)
            form.addRow("", box)
            self.sections[name] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.show_template(report_template())

    def show_template(self, template: ReportTemplate) -> None:
        self.organisation.setText(template.organisation)
        self.logo.setFilePath(template.logo)
        self.language.setCurrentIndex(max(self.language.findData(template.language), 0))
        for name, box in self.sections.items():
            box.setChecked(template.shows(name))

    def template(self) -> ReportTemplate:
        """What the dialog shows, as a template."""
        return ReportTemplate(
            organisation=self.organisation.text().strip(),
            logo=self.logo.filePath().strip(),
            language=self.language.currentData() or AS_PLUGIN,
            sections=tuple(n for n, box in self.sections.items() if box.isChecked()),
        )

    def accept(self) -> None:
        save_report_template(self.template())
        super().accept()


class ReportSettings:
    """The menu entry."""

    def __init__(self, plugin) -> None:
        self.iface = plugin.iface
        self.action = plugin.add_action(tr("Report template…"), self.open_dialog)

    def open_dialog(self) -> None:
        ReportTemplateDialog(self.iface.mainWindow()).exec()

    def unload(self) -> None:
        """Nothing to release: the action goes with the plugin's actions."""


def install(plugin) -> ReportSettings:
    return ReportSettings(plugin)
