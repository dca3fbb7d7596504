"""The public contract of the ``clearance`` provider: every algorithm's parameters and outputs.

``tests/test_contract.py`` compares the live provider with ``algorithms.json``. After a
deliberate change of a parameter or output (a new one, a new default), regenerate the table:

    make stage && /usr/bin/python3 tests/contract/dump_contract.py

and commit it with the change, so the diff shows what users' models and scripts see.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TABLE = Path(__file__).with_name("algorithms.json")


def json_safe(value):
    """A parameter default as JSON: numbers, strings, booleans, lists; other types by name."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if value.__class__.__name__ == "QVariant":
        return None if value.isNull() else json_safe(value.value())
    return f"<{type(value).__name__}>"


def parameter_entry(param) -> dict:
    """Type, default, flags and the settings a script depends on (enum options, number type)."""
    from qgis.core import QgsProcessingParameterDefinition as Definition

    flags = param.flags()
    entry = {
        "type": param.type(),
        "default": json_safe(param.defaultValue()),
        "optional": bool(flags & Definition.Flag.FlagOptional),
        "advanced": bool(flags & Definition.Flag.FlagAdvanced),
        "hidden": bool(flags & Definition.Flag.FlagHidden),
    }
    if param.type() == "enum":
        entry["options"] = list(param.options())
        entry["multiple"] = bool(param.allowMultiple())
    if param.type() == "number":
        entry["integer"] = param.dataType() == param.Type.Integer
    return entry


def algorithm_entry(alg) -> dict:
    return {
        "parameters": {p.name(): parameter_entry(p) for p in alg.parameterDefinitions()},
        "outputs": {o.name(): {"type": o.type()} for o in alg.outputDefinitions()},
    }


def contract(provider) -> dict:
    """``{algorithm id: {"parameters": {...}, "outputs": {...}}}`` of a loaded provider."""
    return {alg.id(): algorithm_entry(alg) for alg in sorted(provider.algorithms(), key=_id)}


def _id(alg) -> str:
    return alg.id()


def differences(expected: dict, actual: dict, path: str = "") -> list[str]:
    """Human-readable differences between two contract tables (empty when equal)."""
    if not (isinstance(expected, dict) and isinstance(actual, dict)):
        changed = f"{path.rstrip('.')}: {_short(expected)} -> {_short(actual)}"
        return [] if expected == actual else [changed]
    out = []
    for key in expected.keys() - actual.keys():
        out.append(f"{path}{key}: removed (was {_short(expected[key])})")
    for key in actual.keys() - expected.keys():
        out.append(f"{path}{key}: added ({_short(actual[key])})")
    for key in expected.keys() & actual.keys():
        out += differences(expected[key], actual[key], f"{path}{key}.")
    return sorted(out)


def _short(value) -> str:
    text = json.dumps(value)
    return text if len(text) <= 160 else text[:157] + "..."


def load() -> dict:
    return json.loads(TABLE.read_text(encoding="utf-8"))


def dumps(table: dict) -> str:
    """The table as JSON with one line per parameter or output (readable diffs)."""
    algorithms = []
    for alg_id, entry in table.items():
        sections = []
        for section, items in entry.items():
            lines = ",\n".join(
                f"      {json.dumps(name)}: {json.dumps(item)}" for name, item in items.items()
            )
            sections.append(f"    {json.dumps(section)}: {{\n{lines}\n    }}")
        algorithms.append(f"  {json.dumps(alg_id)}: {{\n" + ",\n".join(sections) + "\n  }")
    return "{\n" + ",\n".join(algorithms) + "\n}\n"


def write(table: dict) -> None:
    tmp = TABLE.with_suffix(".json.partial")
    tmp.write_text(dumps(table), encoding="utf-8")
    tmp.replace(TABLE)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "build"))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import clearance_planner

    plugin = clearance_planner.classFactory(None)
    plugin.initProcessing()
    table = contract(plugin.provider)
    old = load() if TABLE.exists() else {}
    write(table)
    for line in differences(old, table):
        print(line)
    print(f"wrote {TABLE.relative_to(ROOT)}: {len(table)} algorithms")
    plugin.unload()


if __name__ == "__main__":
    main()
