"""Record tables: every bad row reported with its row number, the others still parsed."""

import pytest

from clearance_planner.engine.mgrs import UtmPoint
from clearance_planner.engine.records import (
    Reference,
    first_rows,
    missing_columns,
    overlong_problems,
    parse_reference,
    parse_table,
    problems_by_record,
    row_ranges,
)

REF = {"ref_x": "46.75", "ref_y": "39.80"}


def rows(*legs, rid="R1"):
    out = []
    for i, (seq, bearing, distance) in enumerate(legs):
        row = {"record_id": rid, "seq": seq, "bearing": bearing, "distance": distance}
        if i == 0:
            row.update(REF)
        out.append(row)
    return out


GOOD = rows((1, "0", "100"), (2, "90", "100"), (3, "180", "100"), (4, "270", "100"))


def test_good_table_sorts_legs_and_converts_units():
    shuffled = [GOOD[2], GOOD[0], GOOD[3], GOOD[1]]
    t = parse_table(shuffled, "degrees", "yards")
    assert t.problems == []
    assert t.seq.tolist() == [1, 2, 3, 4]
    assert t.row.tolist() == [2, 4, 1, 3]
    assert t.bearing_deg.tolist() == [0, 90, 180, 270]
    assert t.distance_m == pytest.approx([91.44] * 4)
    assert t.references[0].x == "46.75"


def test_paces_use_pace_length():
    t = parse_table(GOOD, "degrees", "paces", pace_m=0.8)
    assert t.distance_m == pytest.approx([80.0] * 4)


@pytest.mark.parametrize(
    ("bad", "field", "words"),
    [
        ((2, "", "100"), "bearing", "missing bearing"),
        ((2, "360", "100"), "bearing", "out of range"),
        ((2, "north", "100"), "bearing", "unreadable"),
        ((2, "90", "-5"), "distance", "negative"),
        ((2, "90", ""), "distance", "missing"),
        ((2, "90", "1e308"), "distance", "longer than 100 km"),
        ((2, "90", "100001"), "distance", "longer than 100 km"),
        ((3, "90", "100"), "seq", "duplicate seq 3"),
        (("b", "90", "100"), "seq", "whole number"),
        ((2.5, "90", "100"), "seq", "whole number"),
        ((float("inf"), "90", "100"), "seq", "whole number"),
    ],
)
def test_each_bad_row_is_reported_with_its_row_number(bad, field, words):
    table = [*GOOD[:1], rows(bad)[0] | {"ref_x": None, "ref_y": None}, *GOOD[2:]]
    other = rows((1, "0", "50"), (2, "120", "50"), (3, "240", "50"), rid="R2")
    t = parse_table(table + other, "degrees")
    hits = [p for p in t.problems if p.field == field]
    assert hits and words in str(hits[0].message)
    assert 2 in {p.row for p in hits}
    assert t.failed().tolist() == [True, False]
    assert (t.record == 1).sum() == 3  # R2 untouched


def test_duplicate_seq_reports_both_rows():
    t = parse_table([*GOOD, dict(GOOD[3], bearing="271")], "degrees")
    assert sorted(p.row for p in t.problems) == [4, 5]


def test_record_without_reference_and_conflicting_reference():
    no_ref = [dict(r, ref_x=None, ref_y=None) for r in GOOD]
    assert str(parse_table(no_ref, "degrees").problems[0].message).startswith("no reference")
    clash = [GOOD[0], dict(GOOD[1], ref_x="46.80", ref_y="39.80"), *GOOD[2:]]
    p = parse_table(clash, "degrees").problems
    assert (p[0].row, p[0].field) == (2, "ref_x") and "row 1" in str(p[0].message)


def test_missing_record_id_and_seq_gaps():
    t = parse_table([*GOOD[:2], GOOD[3], dict(GOOD[2], record_id=" ")], "degrees")
    assert [(p.row, p.field) for p in t.problems] == [(4, "record_id")]
    assert t.seq_gaps().tolist() == [True]


def test_approach_after_perimeter_leg_is_an_error():
    t = parse_table(
        [
            *GOOD,
            {
                "record_id": "R1",
                "seq": 5,
                "bearing": "45",
                "distance": "10",
                "leg_type": "approach",
            },
        ],
        "degrees",
    )
    assert [(p.row, p.field) for p in t.problems] == [(5, "leg_type")]


def test_warsaw_pact_mils_written_with_a_dash():
    t = parse_table(rows((1, "0-00", "100"), (2, "15-00", "100"), (3, "30-00", "100")), "wp_mils")
    assert t.bearing_deg.tolist() == [0.0, 90.0, 180.0]


def test_reference_text_forms():
    assert parse_reference(Reference("46°45'E", "39°48'N"), True) == pytest.approx((46.75, 39.8))
    assert parse_reference(Reference("39°48'N", "46°45'E"), True) == pytest.approx((46.75, 39.8))
    assert parse_reference(Reference("560000", "4400000"), False) == (560000.0, 4400000.0)
    assert isinstance(parse_reference(Reference("38SNJ 12345 67890"), True), UtmPoint)
    with pytest.raises(ValueError, match="plain numbers"):
        parse_reference(Reference("46°45'E", "39°48'N"), False)
    with pytest.raises(ValueError, match="out of range"):
        parse_reference(Reference("246.0", "39.8"), True)


def test_row_ranges_join_consecutive_rows():
    assert row_ranges([1, 2, 3, 5, 7, 8]) == "1-3, 5, 7-8"
    assert row_ranges([4]) == "4"


def test_missing_columns_ignore_case_and_need_a_reference_column():
    assert missing_columns([" Record_ID", "SEQ", "bearing", "distance", "landmark"]) == []
    assert missing_columns(["record_id", "bearing"]) == [
        "seq",
        "distance",
        "ref_x/ref_y or landmark",
    ]


def test_problems_by_record_in_row_order_and_first_rows_per_record():
    table = parse_table(GOOD + rows((1, "0", "x"), rid="R2"), "degrees")
    table.problems += overlong_problems(GOOD, {2: (6, 5)})
    assert problems_by_record(table) == {
        "R1": "row 2: row: 6 cells but the header has 5: a delimiter inside an unquoted "
        "value? Quote that value",
        "R2": "row 5: distance: unreadable distance 'x'",
    }
    assert first_rows(table, GOOD + rows((1, "0", "x"), rid="R2")) == {
        0: GOOD[0],
        1: rows((1, "0", "x"), rid="R2")[0],
    }
