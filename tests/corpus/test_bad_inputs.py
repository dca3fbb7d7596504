"""Every algorithm × every input × every bad case: a result keeping every feature, or a
``QgsProcessingException`` naming the layer, parameter or field (see runner.py).

Cases failing today because of a known code defect are ``xfail(strict=True)`` (listed with
the failure in known_defects.py): when a fix lands the case passes, strict xfail turns that
into a failure, and its entry is removed. Cases that would crash the interpreter
(known_defects.NOT_RUN) do not run here; one per read site runs in a child process.
"""

from __future__ import annotations

import pytest

from .algorithms import ALGORITHMS, BY_ID
from .isolated import outcomes
from .known_defects import ISOLATED, KNOWN_DEFECTS, NOT_RUN
from .runner import (
    assert_clear_refusal,
    assert_kept,
    case_names,
    log_outcome,
    outcome_note,
    prepare,
    prepare_output,
    run,
    stub_report_images,
)

pytestmark = pytest.mark.usefixtures("clearance_provider")

# The coverage report's map and charts show district names and hazard types: cases spoiling
# that text draw them for real; the others skip the images (most of a coverage run's time).
CHARTED = {("DISTRICTS", "non_utf8_text"), ("DISTRICTS", "formula_text")}
CHARTED |= {("HAZARDS", case) for _, case in CHARTED}


def _params(defects: dict, rows, in_process: bool = True) -> list:
    """pytest params of ``rows``; known defects xfail (not run when they may crash)."""
    out = []
    for row in rows:
        case_id = "/".join(row)
        marks = []
        if in_process and case_id in NOT_RUN:
            marks = [pytest.mark.xfail(run=False, reason=defects[case_id])]
        elif case_id in defects:
            marks = [pytest.mark.xfail(strict=True, reason=defects[case_id])]
        out.append(pytest.param(*row, id=case_id, marks=marks))
    return out


INPUT_CASES = _params(
    KNOWN_DEFECTS,
    [
        (alg.id, inp.key, case)
        for alg in ALGORITHMS
        for inp in alg.inputs
        for case in case_names(inp)
    ],
)


@pytest.fixture()
def fast_charts(request, monkeypatch):
    """Coverage report images as stubs unless the case spoils charted text."""
    params = request.node.callspec.params
    if (params.get("key"), params.get("case")) not in CHARTED:
        stub_report_images(monkeypatch)


@pytest.mark.parametrize(("algorithm", "key", "case"), INPUT_CASES)
def test_bad_input_keeps_every_feature_or_is_refused_by_name(
    algorithm, key, case, folder, fast_charts
):
    alg = BY_ID[algorithm]
    prepared = prepare(alg, key, case, folder)
    result, message, warnings = run(alg, prepared)
    log_outcome(f"{algorithm}/{key}/{case}", outcome_note(result, message))
    if result is None:
        assert_clear_refusal(message, prepared)
    else:
        assert_kept(alg, key, prepared, result, warnings)


# -- bad output paths ------------------------------------------------------------------------

EXTENSIONS = {
    "sink": ".gpkg",
    "raster": ".tif",
    "html": ".html",
    "csv": ".csv",
    "pdf": ".pdf",
    "png": ".png",
    "folder": "",
}
PATH_CASES = ("missing_directory", "under_a_file", "existing_directory", "unknown_extension")


def bad_path(case: str, kind: str, folder) -> str:
    """The bad target of ``case``; a directory or file it needs is made here."""
    ext = EXTENSIONS[kind]
    if case == "missing_directory":
        return str(folder / "no" / "such" / f"out{ext}")
    if case == "under_a_file":
        (folder / "a_file.txt").write_text("not a folder")
        return str(folder / "a_file.txt" / f"out{ext}")
    if case == "existing_directory":
        target = folder / f"a_dir{ext}"
        target.mkdir()
        (target / "keep.txt").write_text("must survive")
        return str(target)
    return str(folder / "out.xyz")


OUTPUT_CASES = _params(
    KNOWN_DEFECTS,
    [
        (alg.id, key, case)
        for alg in ALGORITHMS
        for key, kind in alg.outputs.items()
        for case in PATH_CASES
        if not (kind == "folder" and case == "unknown_extension")
    ],
)


@pytest.mark.parametrize(("algorithm", "key", "case"), OUTPUT_CASES)
def test_bad_output_path_is_written_or_refused_by_name(algorithm, key, case, folder, fast_charts):
    alg = BY_ID[algorithm]
    path = bad_path(case, alg.outputs[key], folder)
    prepared = prepare_output(alg, key, path, folder)
    result, message, _ = run(alg, prepared)
    log_outcome(f"{algorithm}/{key}/{case}", outcome_note(result, message))
    if case == "existing_directory":
        assert (folder / f"a_dir{EXTENSIONS[alg.outputs[key]]}" / "keep.txt").is_file()
    if result is None:
        assert_clear_refusal(message, prepared)
        return
    written = result.get(key)
    assert written, f"the run returned without {key}: {result}"
    assert not isinstance(written, str) or _exists(written), f"{key} = {written} is not there"


@pytest.fixture(scope="module")
def isolated_outcomes():
    return outcomes(ISOLATED)


@pytest.mark.parametrize(
    "case_id", _params(KNOWN_DEFECTS, [(c,) for c in ISOLATED], in_process=False)
)
def test_case_that_may_crash_the_interpreter_in_a_child_process(case_id, isolated_outcomes):
    ok, detail = isolated_outcomes[case_id]
    assert ok, detail


def test_every_known_defect_names_a_corpus_case():
    ids = {p.id for p in INPUT_CASES + OUTPUT_CASES}
    assert not set(KNOWN_DEFECTS) - ids, sorted(set(KNOWN_DEFECTS) - ids)


def _exists(value: str) -> bool:
    from pathlib import Path

    return Path(value.split("|")[0]).exists()
