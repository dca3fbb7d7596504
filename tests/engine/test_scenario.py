"""Scenario data model: JSON round trip, validation messages naming the key, criteria used."""

import json

import pytest

from clearance_planner.engine.scenario import (
    AhpMatrix,
    CriterionSetting,
    Scenario,
    ScenarioError,
    collection_to_json,
    default_scenario,
    from_json,
    to_dict,
    to_json,
)


def infra_first() -> Scenario:
    base = default_scenario("Infrastructure first")
    criteria = {
        **base.criteria,
        "infrastructure": CriterionSetting(0.7, "gaussian", 2500.0),
        "cemeteries": CriterionSetting(0.0, "step", 300.0),
    }
    return Scenario(
        "Infrastructure first",
        criteria,
        '"access_secure" AND NOT "land_disputed"',
        AhpMatrix(("settlements", "infrastructure"), ((1.0, 1 / 3), (3.0, 1.0))),
        "roads funded in 2027",
    )


def test_json_round_trip_gives_an_identical_scenario():
    scenario = infra_first()
    assert from_json(to_json(scenario)) == [scenario]


def test_a_collection_round_trips_in_order():
    scenarios = [default_scenario("A"), infra_first()]
    assert from_json(collection_to_json(scenarios)) == scenarios


def test_the_json_is_versioned_and_names_every_setting():
    data = json.loads(to_json(infra_first()))
    assert data["format"] == "clearance_planner/scenario" and data["version"] == 1
    assert data["criteria"]["infrastructure"] == {
        "weight": 0.7,
        "decay": "gaussian",
        "distance_m": 2500.0,
    }
    assert data["ahp"] == {
        "criteria": ["settlements", "infrastructure"],
        "matrix": [[1.0, 1 / 3], [3.0, 1.0]],
    }


def spoilt(change) -> str:
    data = to_dict(infra_first())
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["criteria"]["settlements"].update(weight="heavy"),
            "criteria.settlements.weight must be a number, got 'heavy'",
        ),
        (
            lambda d: d["criteria"]["settlements"].update(weight=-1),
            "criteria.settlements.weight must be a finite number >= 0",
        ),
        (
            lambda d: d["criteria"]["incidents"].update(decay="cubic"),
            "criteria.incidents.decay must be one of linear, exponential, gaussian, step",
        ),
        (
            lambda d: d["criteria"]["cemeteries"].pop("distance_m"),
            "criteria.cemeteries.distance_m is missing",
        ),
        (
            lambda d: d["criteria"]["cemeteries"].update(wieght=1),
            "criteria.cemeteries.wieght is not a criterion setting",
        ),
        (lambda d: d["criteria"].pop("incidents"), "criteria.incidents is missing"),
        (lambda d: d["criteria"].update(roads={}), "criteria.roads is not a criterion"),
        (lambda d: d.update(version=2), "version 2 is newer than this plugin reads (1)"),
        (lambda d: d.update(version="1"), "version must be the integer 1, got '1'"),
        (lambda d: d.update(name="  "), "name must be a non-empty text"),
        (lambda d: d.update(weights={}), "weights is not a scenario key"),
        (lambda d: d.update(gate_expression=3), "gate_expression must be a text, got 3"),
        (
            lambda d: d["ahp"].update(matrix=[[1, 3], [3, 1]]),
            "ahp.matrix: entries (1, 2) = 3 and (2, 1) = 3 are not reciprocal",
        ),
        (
            lambda d: d["ahp"].update(criteria=["settlements", "roads"]),
            "ahp.criteria must list distinct criteria",
        ),
        (
            lambda d: d["ahp"].update(matrix=[[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]),
            "ahp.matrix has 3 rows but (scenario 'Infrastructure first') ahp.criteria lists 2",
        ),
    ],
)
def test_a_bad_value_is_refused_with_a_message_naming_its_key(change, message):
    with pytest.raises(ScenarioError) as info:
        from_json(spoilt(change))
    assert message in str(info.value)


def test_broken_json_names_line_and_column():
    with pytest.raises(
        ScenarioError, match=r"scenario\.json is not valid JSON: .* \(line 2, column"
    ):
        from_json('{"name": "x",\n "criteria": }', "scenario.json")


def test_decay_spellings_are_normalised():
    data = to_dict(infra_first())
    data["criteria"]["settlements"]["decay"] = " Linear "
    assert from_json(json.dumps(data))[0].criteria["settlements"].decay == "linear"


def test_ahp_matrix_may_be_given_as_weights_ahp_text():
    data = to_dict(infra_first())
    data["ahp"]["matrix"] = "1,1/3;3,1"
    assert from_json(json.dumps(data))[0].ahp == infra_first().ahp


def test_a_name_twice_in_a_collection_is_refused():
    text = collection_to_json([default_scenario("A"), default_scenario("A")])
    with pytest.raises(ScenarioError, match="the name\\(s\\) A appear twice"):
        from_json(text)


def test_criteria_for_uses_the_given_layers_and_the_ahp_weights():
    criteria, ahp = infra_first().criteria_for(["settlements", "infrastructure"])
    # 2x2 reciprocal matrix [[1, 1/3], [3, 1]]: weights 1/4 and 3/4, perfectly consistent
    assert [c.weight for c in criteria] == pytest.approx([0.25, 0.75])
    assert [(c.decay, c.distance) for c in criteria] == [("linear", 5000.0), ("gaussian", 2500.0)]
    assert ahp.cr == 0.0


def test_criteria_for_refuses_an_ahp_matrix_over_other_criteria():
    with pytest.raises(
        ScenarioError,
        match="compares settlements, infrastructure but the "
        "criterion layers given are settlements, cemeteries",
    ):
        infra_first().criteria_for(["settlements", "cemeteries"])


def test_criteria_for_refuses_all_zero_weights_of_the_layers_given():
    scenario = Scenario("zero", infra_first().criteria)
    with pytest.raises(ScenarioError, match="every weight of the criteria given \\(cemeteries\\)"):
        scenario.criteria_for(["cemeteries"])


def test_the_shipped_example_scenarios_are_valid_and_differ():
    from clearance_planner.paths import SCENARIOS

    files = sorted(SCENARIOS.glob("*.json"))
    scenarios = [from_json(f.read_text(encoding="utf-8"), f.name)[0] for f in files]
    assert [s.name for s in scenarios] == ["Infrastructure first", "Settlements first"]
    assert scenarios[1].criteria == default_scenario().criteria  # the plugin's defaults
    assert scenarios[0].criteria["infrastructure"] == CriterionSetting(0.6, "linear", 3000.0)
