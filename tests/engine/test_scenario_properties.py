"""Property-based: every valid scenario round-trips through JSON unchanged, and any one value
of a scenario file replaced by arbitrary JSON either still validates or raises ScenarioError
naming a key (never another exception). Derandomised: the same examples every run."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from clearance_planner.engine.prioritise import CRITERIA
from clearance_planner.engine.scenario import (
    AhpMatrix,
    CriterionSetting,
    Scenario,
    ScenarioError,
    from_json,
    to_dict,
    to_json,
)
from clearance_planner.engine.scoring import DECAYS

NAMES = [name for name, *_ in CRITERIA]
SAATY = [1.0, 2.0, 3.0, 5.0, 7.0, 9.0, 1 / 2, 1 / 3, 1 / 5, 1 / 7, 1 / 9]
number = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)
setting = st.builds(CriterionSetting, number, st.sampled_from(DECAYS), number)
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@st.composite
def ahp(draw):
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True))
    n = len(names)
    rows = [[1.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            rows[i][j] = draw(st.sampled_from(SAATY))
            rows[j][i] = 1.0 / rows[i][j]
    return AhpMatrix(tuple(names), tuple(tuple(r) for r in rows))


scenarios = st.builds(
    Scenario,
    text.map(str.strip).filter(bool),
    st.fixed_dictionaries({n: setting for n in NAMES}),
    text.map(str.strip),
    st.none() | ahp(),
    text.map(str.strip),
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=True) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=50)
@given(scenarios)
def test_every_valid_scenario_round_trips_unchanged(scenario):
    assert from_json(to_json(scenario)) == [scenario]


def leaves(data, path=()):
    """Paths of every value in a JSON document."""
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from leaves(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from leaves(value, (*path, i))


def replaced(data, path, value):
    if not path:
        return value
    copy = json.loads(json.dumps(data))
    target = copy
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return copy


@settings(max_examples=100)
@given(scenarios, st.data(), json_values)
def test_any_value_replaced_validates_or_is_refused_by_key(scenario, data, value):
    doc = to_dict(scenario)
    path = data.draw(st.sampled_from(list(leaves(doc))))
    try:
        result = from_json(json.dumps(replaced(doc, path, value)))
    except ScenarioError as exc:
        assert str(exc)
    else:
        assert len(result) == 1 and isinstance(result[0], Scenario)
