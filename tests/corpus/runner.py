"""Run one corpus case and judge its outcome.

A correct outcome is one of:

- the run returns, every feature of the input is in the output that keeps them (count in =
  out; features without a usable geometry named in a warning), or for an input no output
  keeps, the run's main output still holds every feature of the primary input;
- ``QgsProcessingException`` whose message names the layer, the parameter or the field (or,
  for a bad output, the parameter or the path) and is not a Python traceback.

Anything else fails: another exception type, a traceback wrapped by Processing (raw Python
exceptions reach ``processing.run`` as ``QgsProcessingException("Traceback …")``), a stop by
Processing's invalid-geometry check (the plugin must repair or report, whatever that
setting), lost features, or unusable features nobody was told about.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from qgis import processing
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from .algorithms import Algorithm, ExprOf, FieldOf, Input, resolve
from .builder import TABLE_CASES, VECTOR_CASES, Built, LayerSpec, TableSpec, build_layer

TRACEBACK = "Traceback (most recent call last)"
# Processing's own "stop on invalid geometry" check: the plugin repairs or reports invalid
# geometries itself and reads around that check (qgis_io.layers.iter_features), so it
# stopping a run means a read that bypasses the geometry path.
INVALID_CHECK = "has invalid geometry. Please fix the geometry or change the Processing"


class Recorder(QgsProcessingFeedback):
    """Feedback that keeps every warning and error pushed during a run."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def pushWarning(self, text: str) -> None:
        self.messages.append(text)

    def reportError(self, text: str, fatal: bool = False) -> None:
        self.messages.append(text)


@dataclass
class Prepared:
    """The parameters of one run and what its outcome must show."""

    params: dict
    built: Built | None  # None for a bad-output case
    names: set = field(default_factory=set)  # any of them must appear in an error message
    cause: tuple = ()  # and, when given, one of these words saying what is wrong


# What a refusal must say besides naming the layer (case-insensitive): the cause, so the
# user knows the fix. Other cases only need the name.
CAUSES = {
    "wrong_geometry_type": ("polygon", "point", "line", "geometr"),
    "no_crs": ("coordinate reference system", "crs"),
    "empty_layer": ("no features", "empty", "no rows", "no polygons", "no geometry"),
}


def vector_cases(spec: LayerSpec) -> list[str]:
    return [c.name for c in VECTOR_CASES if c.applies(spec)]


def case_names(inp: Input) -> list[str]:
    spec = inp.spec()
    if isinstance(spec, TableSpec):
        return [c.name for c in TABLE_CASES]
    return vector_cases(spec)


def _table_built(inp: Input, case: str, folder: Path) -> tuple[object, Built]:
    make = next(c for c in TABLE_CASES if c.name == case).make
    bad = make(inp.spec())
    if isinstance(bad, LayerSpec):
        return build_layer(bad, folder), Built(bad, 0)
    value = bad.write(folder)
    dummy = LayerSpec("table", [], [], [], name=bad.name)
    return value, Built(dummy, len(bad.record_ids()))


def _valid_value(inp: Input, folder: Path):
    spec = inp.spec()
    if isinstance(spec, TableSpec):
        return spec.write(folder)
    return build_layer(spec, folder)


def _parameter_names(alg: Algorithm, key: str) -> set:
    """Parameters that refer to input ``key`` (its field and expression parameters)."""
    return {
        name
        for name, value in alg.params.items()
        if isinstance(value, (FieldOf, ExprOf)) and value.input == key
    }


def prepare(alg: Algorithm, key: str, case: str, folder: Path) -> Prepared:
    """Parameters with input ``key`` spoilt by ``case`` and every other input valid."""
    params = {}
    built = None
    for inp in alg.inputs:
        if inp.key != key:
            if not inp.own_cases_only:
                params[inp.key] = _valid_value(inp, folder)
            continue
        if isinstance(inp.spec(), TableSpec):
            params[inp.key], built = _table_built(inp, case, folder)
        else:
            maker = next(c for c in VECTOR_CASES if c.name == case)
            built = maker.make(inp.spec())
            params[inp.key] = built.layer(folder)
    for name, value in {**alg.params, **alg.input(key).params}.items():
        params[name] = resolve(value, key, built.renames, folder)
    spec = built.spec
    names = {key, spec.name, *_parameter_names(alg, key), *spec.used_fields}
    names |= {built.renames.get(n, n) for n in spec.used_fields}
    cause = CAUSES.get(case, ())
    if case == "missing_field":
        cause = tuple(spec.used_fields)
    return Prepared(params, built, names, cause)


def prepare_output(alg: Algorithm, key: str, path: str, folder: Path) -> Prepared:
    """Valid inputs, output ``key`` sent to ``path``."""
    params = {inp.key: _valid_value(inp, folder) for inp in alg.inputs}
    for name, value in alg.params.items():
        params[name] = resolve(value, "", {}, folder)
    params[key] = path
    return Prepared(params, None, {key, path})


def run(alg: Algorithm, prepared: Prepared) -> tuple[dict | None, str, list[str]]:
    """``(result, error message, warnings)``; result None when the run raised."""
    feedback = Recorder()
    try:
        result = processing.run(f"clearance:{alg.id}", prepared.params, feedback=feedback)
    except QgsProcessingException as exc:
        return None, str(exc.args[0]) if exc.args else str(exc), feedback.messages
    return result, "", feedback.messages


def assert_clear_refusal(message: str, prepared: Prepared) -> None:
    """The message of a refused run: no traceback, names a layer/parameter/field/path and,
    for the cases in :data:`CAUSES`, says what is wrong."""
    assert_not_a_crash(message)
    names = prepared.names
    assert any(n and n in message for n in names), (
        f"error names none of {sorted(names)}: {message!r}"
    )
    if prepared.cause:
        assert any(w.lower() in message.lower() for w in prepared.cause), (
            f"error does not say the cause (one of {prepared.cause}): {message!r}"
        )


def assert_not_a_crash(message: str) -> None:
    """Neither a wrapped Python traceback nor Processing's invalid-geometry stop."""
    assert TRACEBACK not in message, "raw Python exception: " + last_line(message)
    assert INVALID_CHECK not in message, "Processing's invalid-geometry check: " + message


def last_line(message: str) -> str:
    """The ``Type: message`` line of a traceback."""
    lines = [t for t in message.strip().splitlines() if t.strip()]
    return lines[-1] if lines else message


def assert_kept(alg: Algorithm, key: str, prepared: Prepared, result: dict, warnings) -> None:
    """Every feature of the spoilt input, or of the primary input, is in the output."""
    built = prepared.built
    inp = alg.input(key)
    kept = inp if inp.keeps else alg.primary
    if kept is None:  # surface, priority_map: a file, no feature output
        assert Path(result[alg.file_output]).is_file(), result
    else:
        n_in = built.n_in if kept is inp else _n_valid(kept)
        assert kept.keeps in result or alg.id == "export", f"no {kept.keeps} in {result}"
        n_out = alg.count(result, kept.keeps)
        assert n_out == n_in, (
            f"{kept.key}: {n_in} features in, {n_out} rows in {kept.keeps}; warnings: {warnings}"
        )
        if kept is inp and inp.carries_fields:
            _assert_fields_carried(built, prepared.params[key], result[kept.keeps])
    if built.n_unusable and not inp.copies:
        _assert_unusable_named(alg, inp, built, result, warnings)


def _n_valid(inp: Input) -> int:
    spec = inp.spec()
    return len(spec.record_ids()) if isinstance(spec, TableSpec) else len(spec.geometries)


def _assert_fields_carried(built: Built, layer, out) -> None:
    out = out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(str(out), "out")
    names = set(out.fields().names())
    expected = [n for n in layer.fields().names() if n not in built.spec.result_fields]
    missing = [n for n in expected if n not in names]
    assert not missing, f"input fields {missing} missing from the output ({sorted(names)})"


def _assert_unusable_named(alg, inp: Input, built: Built, result: dict, warnings) -> None:
    if inp.reports_in:
        rows = alg.count(result, inp.reports_in)
        assert rows >= built.n_unusable, f"{built.n_unusable} unusable, {rows} problem rows"
        return
    name = built.spec.name
    assert any(name in w for w in warnings), (
        f"{built.n_unusable} feature(s) of '{name}' without a result, no warning names the "
        f"layer; warnings: {warnings}"
    )


def outcome_note(result, message: str) -> str:
    """One line for the outcome log: kept, or the refusal."""
    if result is not None:
        return "kept"
    return "refused: " + last_line(message)[:200]


def log_outcome(test_id: str, note: str) -> None:
    """Append to $CORPUS_OUTCOMES (a file) when set: the outcome table for the report."""
    target = os.environ.get("CORPUS_OUTCOMES")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(f"{test_id}\t{note}\n")


PNG = b"\x89PNG\r\n\x1a\n"


def stub_report_images(monkeypatch) -> None:
    """clearance:coverage's report without drawing its map and charts (most of a coverage
    run's time); the HTML, its tables and every other output are still written."""
    from clearance_planner.reports import coverage_html, coverage_map

    for chart in ("chart_hazard_area", "chart_incidents", "chart_years"):
        monkeypatch.setattr(coverage_html, chart, lambda run, *a, **k: PNG)
    monkeypatch.setattr(coverage_map, "render_map_png", lambda run, *a, **k: PNG)
