"""Named weighting profiles (scenarios): weights, decays, distances, gate and AHP matrix.

A scenario is plain data with a versioned JSON form (:func:`to_json` / :func:`from_json`);
every value read from JSON is validated and a bad one raises :class:`ScenarioError` naming
its key (``criteria.settlements.weight``). No QGIS here: the project storage lives in
``qgis_io/scenario_store.py``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

import numpy as np

from .ahp import AhpError, AhpResult, ahp_weights, matrix_to_text, parse_matrix, validate
from .prioritise import CRITERIA, Criterion
from .scoring import DECAYS
from .text import QT_TR_NOOP, Text

FORMAT = "clearance_planner/scenario"
COLLECTION_FORMAT = "clearance_planner/scenarios"
VERSION = 1
CRITERION_NAMES = tuple(name for name, *_ in CRITERIA)
TOP_KEYS = ("format", "version", "name", "description", "criteria", "gate_expression", "ahp")
CRITERION_KEYS = ("weight", "decay", "distance_m")


class ScenarioError(ValueError):
    """A scenario that cannot be used; the message names the key (and the scenario)."""


@dataclass(frozen=True)
class CriterionSetting:
    """Weight (>= 0, normalised over the criteria used), decay and distance of a criterion."""

    weight: float
    decay: str
    distance_m: float


@dataclass(frozen=True)
class AhpMatrix:
    """A pairwise-comparison matrix over ``criteria`` (in that order)."""

    criteria: tuple[str, ...]
    matrix: tuple[tuple[float, ...], ...]

    def text(self) -> str:
        """The matrix as ``WEIGHTS_AHP`` text."""
        return matrix_to_text(np.array(self.matrix))


@dataclass(frozen=True)
class Scenario:
    """One named weighting profile; ``criteria`` holds every criterion of CRITERIA."""

    name: str
    criteria: dict[str, CriterionSetting]
    gate_expression: str = ""
    ahp: AhpMatrix | None = None
    description: str = ""

    def criteria_for(self, names) -> tuple[list[Criterion], AhpResult | None]:
        """The criteria ``names`` (those whose layers are given) with this scenario's
        settings; weights from the AHP matrix when there is one (it must compare exactly
        ``names``)."""
        names = tuple(names)
        chosen = [
            Criterion(n, s.weight, s.decay, s.distance_m)
            for n, s in ((n, self.criteria[n]) for n in names)
        ]
        if self.ahp is None:
            if sum(c.weight for c in chosen) <= 0:
                raise ScenarioError(
                    Text(
                        QT_TR_NOOP("scenario {0!r}: every weight of the criteria given ({1}) is 0"),
                        self.name,
                        ", ".join(names),
                    )
                )
            return chosen, None
        if self.ahp.criteria != names:
            raise ScenarioError(
                Text(
                    QT_TR_NOOP(
                        "scenario {0!r}: its AHP matrix (ahp.criteria) compares {1} but the "
                        "criterion layers given are {2}"
                    ),
                    self.name,
                    ", ".join(self.ahp.criteria),
                    ", ".join(names),
                )
            )
        result = ahp_weights(np.array(self.ahp.matrix))
        weighted = [
            Criterion(c.name, float(w), c.decay, c.distance) for c, w in zip(chosen, result.weights)
        ]
        return weighted, result


def default_scenario(name: str = "Default") -> Scenario:
    """The defaults of CRITERIA as a scenario."""
    return Scenario(
        name,
        {n: CriterionSetting(float(w), d, float(m)) for n, _label, w, d, m in CRITERIA},
    )


# -- JSON ------------------------------------------------------------------------------------


def to_dict(scenario: Scenario) -> dict:
    """The versioned JSON object of a scenario."""
    out = {
        "format": FORMAT,
        "version": VERSION,
        "name": scenario.name,
        "description": scenario.description,
        "criteria": {
            n: {"weight": s.weight, "decay": s.decay, "distance_m": s.distance_m}
            for n, s in scenario.criteria.items()
        },
        "gate_expression": scenario.gate_expression,
        "ahp": None,
    }
    if scenario.ahp is not None:
        out["ahp"] = {
            "criteria": list(scenario.ahp.criteria),
            "matrix": [list(row) for row in scenario.ahp.matrix],
        }
    return out


def to_json(scenario: Scenario) -> str:
    return json.dumps(to_dict(scenario), indent=2, ensure_ascii=False)


def collection_to_json(scenarios) -> str:
    """Several scenarios in one JSON document (the project's list, an export of all)."""
    return json.dumps(
        {
            "format": COLLECTION_FORMAT,
            "version": VERSION,
            "scenarios": [to_dict(s) for s in scenarios],
        },
        indent=2,
        ensure_ascii=False,
    )


THE_JSON = Text(QT_TR_NOOP("the JSON"))  # where a text without a name is broken


def loads(text: str, where: str | Text = THE_JSON) -> object:
    """Parsed JSON, or a ScenarioError saying where it is broken."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            Text(
                QT_TR_NOOP("{0} is not valid JSON: {1} (line {2}, column {3})"),
                where,
                exc.msg,
                exc.lineno,
                exc.colno,
            )
        ) from exc


def from_json(text: str, where: str | Text = THE_JSON) -> list[Scenario]:
    """Scenarios from JSON text: one scenario or a collection (``scenarios`` list)."""
    data = loads(text, where)
    if isinstance(data, dict) and data.get("format") == COLLECTION_FORMAT:
        _check_version(data, "")
        items = data.get("scenarios")
        if not isinstance(items, list):
            raise ScenarioError(Text(QT_TR_NOOP("scenarios must be a list of scenario objects")))
        scenarios = [from_dict(item, f"scenarios[{i}].") for i, item in enumerate(items)]
        names = [s.name for s in scenarios]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ScenarioError(
                Text(QT_TR_NOOP("scenarios: the name(s) {0} appear twice"), ", ".join(twice))
            )
        return scenarios
    return [from_dict(data)]


def from_dict(data, prefix: str = "") -> Scenario:
    """A validated scenario; ``prefix`` locates it in a larger document."""
    if not isinstance(data, dict):
        raise ScenarioError(Text(QT_TR_NOOP("{0} must be a JSON object"), prefix or "the scenario"))
    unknown = [k for k in data if k not in TOP_KEYS]
    if unknown:
        raise ScenarioError(
            Text(
                QT_TR_NOOP("{0}{1} is not a scenario key (expected {2})"),
                prefix,
                unknown[0],
                ", ".join(TOP_KEYS),
            )
        )
    if data.get("format", FORMAT) != FORMAT:
        raise ScenarioError(
            Text(
                QT_TR_NOOP("{0}format must be {1!r}, got {2!r}"), prefix, FORMAT, data.get("format")
            )
        )
    _check_version(data, prefix)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ScenarioError(
            Text(QT_TR_NOOP("{0}name must be a non-empty text, got {1!r}"), prefix, name)
        )
    where = f"{prefix}(scenario {name.strip()!r}) "
    criteria = _criteria(data.get("criteria"), where)
    return Scenario(
        name.strip(),
        criteria,
        _text(data.get("gate_expression", ""), where + "gate_expression"),
        _ahp(data.get("ahp"), where),
        _text(data.get("description", ""), where + "description"),
    )


def _check_version(data: dict, prefix: str) -> None:
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError(
            Text(
                QT_TR_NOOP("{0}version must be the integer {1}, got {2!r}"),
                prefix,
                VERSION,
                version,
            )
        )
    if version > VERSION:
        raise ScenarioError(
            Text(
                QT_TR_NOOP(
                    "{0}version {1} is newer than this plugin reads ({2}); update Clearance Planner"
                ),
                prefix,
                version,
                VERSION,
            )
        )
    if version < 1:
        raise ScenarioError(Text(QT_TR_NOOP("{0}version must be >= 1, got {1}"), prefix, version))


def _text(value, key: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ScenarioError(Text(QT_TR_NOOP("{0} must be a text, got {1!r}"), key, value))
    return value.strip()


def _number(value, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ScenarioError(Text(QT_TR_NOOP("{0} must be a number, got {1!r}"), key, value))
    if not math.isfinite(value) or value < 0:
        raise ScenarioError(
            Text(QT_TR_NOOP("{0} must be a finite number >= 0, got {1!r}"), key, value)
        )
    return float(value)


def _criteria(data, where: str) -> dict[str, CriterionSetting]:
    key = where + "criteria"
    if not isinstance(data, dict):
        raise ScenarioError(
            Text(QT_TR_NOOP("{0} must be an object with {1}"), key, ", ".join(CRITERION_NAMES))
        )
    for name in data:
        if name not in CRITERION_NAMES:
            raise ScenarioError(
                Text(
                    QT_TR_NOOP("{0}.{1} is not a criterion (expected {2})"),
                    key,
                    name,
                    ", ".join(CRITERION_NAMES),
                )
            )
    missing = [n for n in CRITERION_NAMES if n not in data]
    if missing:
        raise ScenarioError(Text(QT_TR_NOOP("{0}.{1} is missing"), key, missing[0]))
    return {n: _setting(data[n], f"{key}.{n}") for n in CRITERION_NAMES}


def _setting(data, key: str) -> CriterionSetting:
    if not isinstance(data, dict):
        raise ScenarioError(
            Text(QT_TR_NOOP("{0} must be an object with {1}"), key, ", ".join(CRITERION_KEYS))
        )
    for name in data:
        if name not in CRITERION_KEYS:
            raise ScenarioError(
                Text(
                    QT_TR_NOOP("{0}.{1} is not a criterion setting (expected {2})"),
                    key,
                    name,
                    ", ".join(CRITERION_KEYS),
                )
            )
    for name in CRITERION_KEYS:
        if name not in data:
            raise ScenarioError(Text(QT_TR_NOOP("{0}.{1} is missing"), key, name))
    decay = data["decay"]
    normal = decay.strip().lower() if isinstance(decay, str) else None
    if normal not in DECAYS:
        raise ScenarioError(
            Text(
                QT_TR_NOOP("{0}.decay must be one of {1}, got {2!r}"), key, ", ".join(DECAYS), decay
            )
        )
    return CriterionSetting(
        _number(data["weight"], f"{key}.weight"),
        normal,
        _number(data["distance_m"], f"{key}.distance_m"),
    )


def _ahp(data, where: str) -> AhpMatrix | None:
    if data is None:
        return None
    key = where + "ahp"
    if not isinstance(data, dict) or set(data) != {"criteria", "matrix"}:
        raise ScenarioError(
            Text(QT_TR_NOOP("{0} must be null or an object with criteria and matrix"), key)
        )
    names = data["criteria"]
    if (
        not isinstance(names, list)
        or not names
        or any(n not in CRITERION_NAMES for n in names)
        or len(set(names)) != len(names)
    ):
        raise ScenarioError(
            Text(
                QT_TR_NOOP("{0}.criteria must list distinct criteria of {1}, got {2!r}"),
                key,
                ", ".join(CRITERION_NAMES),
                names,
            )
        )
    raw = data["matrix"]
    try:
        if isinstance(raw, str):
            matrix = parse_matrix(raw)
        elif isinstance(raw, list) and all(isinstance(r, list) for r in raw):
            if any(isinstance(x, bool) or not isinstance(x, (int, float)) for r in raw for x in r):
                raise AhpError(Text(QT_TR_NOOP("every entry must be a number")))
            if any(len(r) != len(raw) for r in raw):
                raise AhpError(Text(QT_TR_NOOP("the pairwise matrix must be square")))
            matrix = np.array(raw, dtype=float)
        else:
            raise AhpError(
                Text(
                    QT_TR_NOOP("it must be a list of rows or WEIGHTS_AHP text such as '1,3;1/3,1'")
                )
            )
        matrix = validate(matrix)
    except AhpError as exc:
        raise ScenarioError(Text(QT_TR_NOOP("{0}.matrix: {1}"), key, exc)) from exc
    if len(matrix) != len(names):
        raise ScenarioError(
            Text(
                QT_TR_NOOP("{0}.matrix has {1} rows but {2}.criteria lists {3}"),
                key,
                len(matrix),
                key,
                len(names),
            )
        )
    return AhpMatrix(tuple(names), tuple(tuple(float(x) for x in row) for row in matrix))
