"""Scenarios and the dock's current settings, kept in the project file (``.qgz``/``.qgs``).

Entries of scope ``clearance_planner``: ``scenarios/saved`` (every named scenario, one JSON
collection), ``scenarios/current`` (the dock's settings, one JSON scenario) and
``scenarios/active`` (the name chosen in the dock). A colleague opening the project sees
the same weights, decays, distances, gate and AHP matrix.
"""

from __future__ import annotations

from qgis.core import QgsProject

from ..engine.scenario import Scenario, ScenarioError, collection_to_json, from_json, to_json
from ..engine.text import QT_TR_NOOP, Text
from ..i18n import tr

SCOPE = "clearance_planner"
SAVED, CURRENT, ACTIVE = "scenarios/saved", "scenarios/current", "scenarios/active"


def _read(project: QgsProject, key: str) -> str:
    text, ok = project.readEntry(SCOPE, key, "")
    return text if ok else ""


def saved_scenarios(project: QgsProject) -> dict[str, Scenario]:
    """Name -> scenario saved in the project (ScenarioError if the entry is damaged)."""
    text = _read(project, SAVED)
    if not text:
        return {}
    return {s.name: s for s in from_json(text, Text(QT_TR_NOOP("the project's saved scenarios")))}


def write_scenarios(project: QgsProject, scenarios: dict[str, Scenario]) -> None:
    """Replace the project's saved scenarios (none: the entry is removed)."""
    if scenarios:
        project.writeEntry(SCOPE, SAVED, collection_to_json(scenarios.values()))
    else:
        project.removeEntry(SCOPE, SAVED)


def save_scenario(project: QgsProject, scenario: Scenario) -> None:
    """Add ``scenario`` or replace the one of the same name (order kept)."""
    write_scenarios(project, {**saved_scenarios(project), scenario.name: scenario})


def delete_scenario(project: QgsProject, name: str) -> bool:
    """Remove the scenario ``name``; False if there is none."""
    scenarios = saved_scenarios(project)
    if scenarios.pop(name, None) is None:
        return False
    write_scenarios(project, scenarios)
    if active_name(project) == name:
        project.removeEntry(SCOPE, ACTIVE)
    return True


def current_settings(project: QgsProject) -> Scenario | None:
    """The dock's settings saved in the project, None in a project without them."""
    text = _read(project, CURRENT)
    return from_json(text, Text(QT_TR_NOOP("the project's dock settings")))[0] if text else None


def save_current(project: QgsProject, scenario: Scenario) -> None:
    """Keep the dock's settings in the project; the project is marked dirty only when they
    changed."""
    text = to_json(scenario)
    if _read(project, CURRENT) != text:
        project.writeEntry(SCOPE, CURRENT, text)


def active_name(project: QgsProject) -> str:
    return _read(project, ACTIVE)


def set_active_name(project: QgsProject, name: str) -> None:
    if name:
        project.writeEntry(SCOPE, ACTIVE, name)
    else:
        project.removeEntry(SCOPE, ACTIVE)


def resolve_scenario(value: str, project: QgsProject | None) -> Scenario:
    """A scenario from a parameter value: JSON text (starts with ``{``), the path of a JSON
    file (its one scenario) or the name of a scenario saved in ``project``. ScenarioError
    says which was tried."""
    from pathlib import Path

    text = (value or "").strip()
    if not text:
        raise ScenarioError(tr("give a JSON file, JSON text or the name of a saved scenario"))
    if text.startswith("{"):
        where = tr("the scenario JSON text")
        return _single(from_json(text, where), where)
    saved = saved_scenarios(project) if project is not None else {}
    if text in saved:
        return saved[text]
    path = Path(text)
    if path.suffix.lower() == ".json" or path.is_file():
        try:
            content = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ScenarioError(tr("cannot read {0}: {1}").format(path, exc)) from exc
        return _single(from_json(content, str(path)), str(path))
    names = ", ".join(saved) or tr("none")
    raise ScenarioError(
        tr(
            "{0!r} is neither a JSON file nor a scenario saved in the project "
            "(saved scenarios: {1})"
        ).format(text, names)
    )


def _single(scenarios: list[Scenario], where: str) -> Scenario:
    if len(scenarios) != 1:
        raise ScenarioError(
            tr("{0} holds {1} scenarios; give a file with one").format(where, len(scenarios))
        )
    return scenarios[0]


ID_FIELD = "dock/id_field"


def id_field(project: QgsProject) -> str:
    """The dock's parcel id field kept in the project ("" when none was chosen)."""
    return _read(project, ID_FIELD)


def set_id_field(project: QgsProject, name: str) -> None:
    if name:
        if _read(project, ID_FIELD) != name:
            project.writeEntry(SCOPE, ID_FIELD, name)
    else:
        project.removeEntry(SCOPE, ID_FIELD)
