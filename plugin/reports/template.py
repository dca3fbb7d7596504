"""The report template set once in the plugin settings: organisation, logo, language and the
sections every PDF shows. Reports read it through :func:`report_template` only."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsSettings

from ..i18n import QT_TR_NOOP, tr

SETTINGS_KEY = "clearance_planner/report"
SECTIONS = {  # name: what it shows (the settings dialog's check boxes)
    "map": QT_TR_NOOP("Coverage: map page"),
    "table": QT_TR_NOOP("Coverage: table per district"),
    "charts": QT_TR_NOOP("Coverage: charts"),
    "weights": QT_TR_NOOP("Ranking map: weights used"),
    "overview": QT_TR_NOOP("Ranking map: overview inset"),
    "parcels": QT_TR_NOOP("Ranking map: table of the top parcels"),
}
AS_PLUGIN = ""  # the page texts in the plugin's language (QGIS's), like the rest of the report
LANGUAGES = (AS_PLUGIN, "en", "az", "fr", "ru")
PHRASES = {  # the fixed words of every PDF page (figures and data stay as they are)
    "en": {
        "continued": QT_TR_NOOP("continued"),
        "continued_next": QT_TR_NOOP("continued on the next page"),
        "page": QT_TR_NOOP("Page {0} of {1}"),
        "created": QT_TR_NOOP("Created {0} with Clearance Planner {1}"),
        "others": QT_TR_NOOP("+ {0} other districts: {1}"),
    },
    "az": {
        "continued": "davamı",
        "continued_next": "davamı növbəti səhifədə",
        "page": "Səhifə {0} / {1}",
        "created": "{0} tarixində Clearance Planner {1} ilə yaradılıb",
        "others": "+ daha {0} rayon: {1}",
    },
    "fr": {
        "continued": "suite",
        "continued_next": "suite à la page suivante",
        "page": "Page {0} sur {1}",
        "created": "Créé le {0} avec Clearance Planner {1}",
        "others": "+ {0} autres districts : {1}",
    },
    "ru": {
        "continued": "продолжение",
        "continued_next": "продолжение на следующей странице",
        "page": "Стр. {0} из {1}",
        "created": "Создано {0}, Clearance Planner {1}",
        "others": "+ другие районы ({0}): {1}",
    },
}


@dataclass(frozen=True)
class ReportTemplate:
    """What every PDF puts in its header and which optional sections it shows."""

    organisation: str = ""
    logo: str = ""  # path of a PNG/JPG/SVG; not drawn when missing
    language: str = AS_PLUGIN
    sections: tuple[str, ...] = field(default_factory=lambda: tuple(SECTIONS))

    def shows(self, section: str) -> bool:
        return section in self.sections

    def phrase(self, key: str) -> str:
        """A fixed page text in the template's language; by default (``AS_PLUGIN``) in the
        plugin's, so that it matches the report's other texts."""
        if self.language == AS_PLUGIN:
            return tr(PHRASES["en"][key])
        return PHRASES.get(self.language, PHRASES["en"])[key]

    def logo_file(self) -> Path | None:
        """The logo when it is set and exists."""
        path = Path(self.logo) if self.logo.strip() else None
        return path if path is not None and path.is_file() else None


def report_template() -> ReportTemplate:
    """The template saved in the QGIS settings (defaults where nothing is saved)."""
    settings = QgsSettings()
    sections = settings.value(f"{SETTINGS_KEY}/sections", None)
    if sections is None:
        chosen = tuple(SECTIONS)
    else:
        names = sections.split(",") if isinstance(sections, str) else list(sections)
        chosen = tuple(n.strip() for n in names if n.strip() in SECTIONS)
    language = str(settings.value(f"{SETTINGS_KEY}/language", AS_PLUGIN) or AS_PLUGIN)
    return ReportTemplate(
        organisation=str(settings.value(f"{SETTINGS_KEY}/organisation", "") or ""),
        logo=str(settings.value(f"{SETTINGS_KEY}/logo", "") or ""),
        language=language if language in LANGUAGES else AS_PLUGIN,
        sections=chosen,
    )


def save_report_template(template: ReportTemplate) -> None:
    """Store ``template`` under the plugin's settings key."""
    settings = QgsSettings()
    settings.setValue(f"{SETTINGS_KEY}/organisation", template.organisation)
    settings.setValue(f"{SETTINGS_KEY}/logo", template.logo)
    settings.setValue(f"{SETTINGS_KEY}/language", template.language)
    settings.setValue(f"{SETTINGS_KEY}/sections", ",".join(template.sections))


def clear_report_template() -> None:
    """Forget the saved template (back to the defaults)."""
    QgsSettings().remove(SETTINGS_KEY)
