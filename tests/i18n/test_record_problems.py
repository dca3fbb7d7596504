"""Problems of a minefield-record table reach users in their language: the engine keeps each
row's problem as a Text (template and arguments apart); clearance:records translates it in the
ERRORS table, the records' problems field and the log. Codes (status, field) stay English."""

from __future__ import annotations

import pytest

from tests.algorithms.test_records import E0, N0, run, square, write
from tests.i18n.test_languages import translator  # noqa: F401 (fixture)
from tests.qgis_support import WarningFeedback

pytestmark = pytest.mark.usefixtures("clearance_provider")


def bad_table(tmp_path) -> str:
    """Record GOOD (rows 1-4) and record BAD: row 6 a negative distance, row 7 bearing 'abc'."""
    rows = square("GOOD") + [
        ("BAD", 1, "0", "100", str(E0), str(N0 + 500)),
        ("BAD", 2, "90", "-5"),
        ("BAD", 3, "abc", "100"),
    ]
    return write(tmp_path, rows)


def problems(out) -> tuple[dict, str]:
    """ERRORS rows (table_row, field) -> problem, and record BAD's problems field."""
    errors = {(f["table_row"], f["field"]): f["problem"] for f in out["ERRORS"].getFeatures()}
    bad = next(f for f in out["OUTPUT"].getFeatures() if f["record_id"] == "BAD")
    assert bad["status"] == "error"
    return errors, bad["problems"]


@pytest.mark.parametrize(
    ("translator", "negative", "bearing", "joined", "logged"),
    [
        (
            "az",
            "mənfi məsafə '-5'",
            "azimut oxunmur: dərəcə və ya DMS ilə bucaq deyil: 'abc'",
            "sətir 6: distance: mənfi məsafə '-5'; sətir 7: bearing: azimut oxunmur: ",
            "sətir 6, formulyar 'BAD', distance: mənfi məsafə '-5'",
        ),
        (
            "ru",
            "отрицательное расстояние '-5'",
            "нечитаемый азимут: не угол в градусах или DMS: 'abc'",
            "строка 6: distance: отрицательное расстояние '-5'; строка 7: bearing: нечитаемый ",
            "строка 6, формуляр 'BAD', distance: отрицательное расстояние '-5'",
        ),
    ],
    indirect=["translator"],
)
def test_record_table_problems_are_written_and_logged_in_the_language(
    tmp_path,
    translator,  # noqa: F811
    negative,
    bearing,
    joined,
    logged,
):
    feedback = WarningFeedback()
    errors, joined_field = problems(run(bad_table(tmp_path), feedback=feedback))
    assert errors == {(6, "distance"): negative, (7, "bearing"): bearing}
    assert joined_field.startswith(joined)
    assert logged in feedback.warnings


def test_record_table_problems_are_english_without_a_translator(tmp_path):
    errors, joined = problems(run(bad_table(tmp_path)))
    assert errors == {
        (6, "distance"): "negative distance '-5'",
        (7, "bearing"): "unreadable bearing: not an angle in degrees or DMS: 'abc'",
    }
    assert joined == (
        "row 6: distance: negative distance '-5'; "
        "row 7: bearing: unreadable bearing: not an angle in degrees or DMS: 'abc'"
    )
