"""Engine errors reach users translated: the engine keeps a message's template (marked with
QT_TR_NOOP) and its arguments apart (engine/text.Text); the algorithm boundary translates the
template, then formats it (i18n.tr_message). English is unchanged without a translator."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProcessingException

from tests.algorithms.test_compare_scenarios import layers, scenario  # noqa: F401 (fixture)
from tests.algorithms.test_compare_scenarios import run as compare
from tests.algorithms.test_workplan import parcels
from tests.algorithms.test_workplan import run as workplan
from tests.i18n.test_languages import translator  # noqa: F401 (fixture)

pytestmark = pytest.mark.usefixtures("clearance_provider")


def error_of(call) -> str:
    with pytest.raises(QgsProcessingException) as info:
        call()
    return str(info.value)


@pytest.mark.parametrize(
    ("translator", "teams", "months"),
    [
        ("az", "TEAMS: qrupların sayı tam ədəd olmalıdır.", "Təqvim: aylar 1-12 olmalıdır"),
        ("ru", "TEAMS: число групп должно быть целым.", "Календарь: месяцы должны быть 1-12"),
    ],
    indirect=["translator"],
)
def test_a_bad_work_plan_parameter_text_is_reported_in_the_language(translator, teams, months):  # noqa: F811
    layer = parcels([["A", 1, "manual"]])
    assert teams in error_of(lambda: workplan({"PARCELS": layer, "TEAMS": "manual:1.5"}))
    assert months in error_of(lambda: workplan({"PARCELS": layer, "NO_WORK_MONTHS": "13"}))


@pytest.mark.parametrize("translator", ["az"], indirect=True)
def test_a_bad_scenario_json_key_is_reported_in_azerbaijani(translator, layers):  # noqa: F811
    bad = json.dumps({**scenario("B", 1, 0), "weights": {}})
    message = error_of(lambda: compare(layers, scenario("A", 1, 0), bad))
    assert "SCENARIO_B: weights ssenari açarı deyil (gözlənilir: format, " in message
    missing = json.dumps({**scenario("B", 1, 0), "criteria": {}})
    message = error_of(lambda: compare(layers, scenario("A", 1, 0), missing))
    assert "criteria.settlements yoxdur" in message


def test_without_a_translator_the_engine_message_is_the_english_text():
    from clearance_planner.engine.scenario import ScenarioError, from_json
    from clearance_planner.i18n import tr_message

    with pytest.raises(ScenarioError) as info:
        from_json(json.dumps({**scenario("B", 1, 0), "weights": {}}), "b.json")
    assert str(info.value).startswith("weights is not a scenario key (expected format, ")
    assert tr_message(info.value) == str(info.value)


@pytest.mark.parametrize("translator", ["ru"], indirect=True)
def test_a_nested_engine_error_is_translated_at_every_level(translator):  # noqa: F811
    from clearance_planner.engine.scenario import ScenarioError, from_json
    from clearance_planner.i18n import tr_message

    data = scenario("B", 1, 0)
    data["ahp"] = {"criteria": ["settlements", "cemeteries"], "matrix": [[1, 3], [1 / 3]]}
    with pytest.raises(ScenarioError) as info:
        from_json(json.dumps(data), "b.json")
    assert str(info.value).endswith("ahp.matrix: the pairwise matrix must be square")
    assert tr_message(info.value).endswith(
        "ahp.matrix: матрица парных сравнений должна быть квадратной"
    )
