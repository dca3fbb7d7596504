"""engine.ids: which field names the features, duplicates and blanks by value, labels."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clearance_planner.engine import ids


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        # IMSMA NG hazard export: the local id first, before the database guid
        (["guid", "hazard_localid", "localid", "status"], "hazard_localid"),
        # IMSMA Core (ArcGIS) export: upper-case names, OBJECTID last
        (["OBJECTID", "LOCALID", "HAZARDTYPE"], "LOCALID"),
        # the demo hazards read from a GeoPackage: hazard_id before the fid column
        (["fid", "hazard_id", "hazard_type"], "hazard_id"),
        (["record_id", "district"], "record_id"),
        (["task_id", "parent_id", "method"], "task_id"),
        # a programme's own name: any ..._id column, in field order
        (["district", "SHA_ID", "area"], "SHA_ID"),
        (["status", "area_m2"], ""),
    ],
)
def test_guess_takes_the_first_unique_candidate_of_each_schema(schema, expected):
    columns = {name: [f"{name}-{i}" for i in range(3)] for name in schema}
    assert ids.guess_field(columns, [0, 1, 2])[0] == expected


def test_candidates_are_case_insensitive_and_keep_the_layers_spelling():
    assert ids.candidates(["Hazard_ID", "Valid", "paid", "OGC_FID"]) == ["Hazard_ID", "OGC_FID"]


def test_a_candidate_with_repeats_or_blanks_is_skipped_and_said_why():
    columns = {
        "localid": ["A-1", "a-1 ", "B"],  # the same id but for case and a trailing space
        "hazard_id": ["H1", None, "H3"],
        "id": [10, 11, 12],
    }
    field, skipped = ids.guess_field(columns, [4, 5, 6])
    assert field == "id"
    assert [p.field for p in skipped] == ["localid", "hazard_id"]
    assert skipped[0].messages() == [
        "localid 'A-1' appears on features 4 and 5 "
        "(ids differing only by spaces or case are the same id)"
    ]
    assert skipped[1].messages() == ["hazard_id is NULL or blank on features 5"]


def test_problems_name_every_repeated_value_and_its_features():
    values = ["H-0042", "X", "h-0042", "  ", "H-0042 ", "Y", "Y"]
    problems = ids.find_problems("hazard_id", values, [12, 13, 57, 60, 61, 70, 71])
    assert problems.duplicates == [("H-0042", [12, 57, 61]), ("Y", [70, 71])]
    assert problems.blank == [60]
    text = " ".join(map(str, problems.messages()))
    assert "'H-0042' appears on features 12, 57 and 61" in text
    assert "'Y' appears on features 70 and 71" in text
    assert "NULL or blank on features 60" in text


def test_long_lists_are_cut_with_the_count():
    problems = ids.find_problems("id", [None] * 8, list(range(8)))
    assert problems.messages() == ["id is NULL or blank on features 0, 1, 2, 3, 4, … (8 in all)"]


def test_labels_are_stripped_distinct_and_name_blank_ids_by_fid():
    values = ["H-1 ", "h-1", None, "H-2", "H-1", 7.0]
    expected = ["H-1", "h-1 #2", "fid 2", "H-2", "H-1 #3", "7"]
    assert ids.labels(values, [0, 1, 2, 3, 4, 5]) == expected
    assert ids.labels(None, [0, 5]) == ["0", "5"]


@pytest.mark.parametrize(
    ("value", "text", "key"),
    [
        (" BH-0007  ", "BH-0007", "bh-0007"),
        ("MR  1", "MR  1", "mr 1"),  # inner runs of spaces compare as one
        (12.0, "12", "12"),  # a shapefile reads integer ids as reals
        (float("nan"), None, None),
        ("   ", None, None),
        (None, None, None),
    ],
)
def test_id_text_and_key(value, text, key):
    assert ids.id_text(value) == text
    assert ids.id_key(value) == key


def test_a_disambiguated_label_never_takes_another_features_id():
    values = ["A", "A", "A #2", None, "fid 4"]
    labels = ids.labels(values, [1, 2, 3, 4, 5])
    assert labels == ["A", "A #3", "A #2", "fid 4 #2", "fid 4"]


@settings(max_examples=300)
@given(
    st.lists(
        st.one_of(st.none(), st.sampled_from(["A", "a ", " A", "A #2", "B", "fid 1", "", "7"])),
        max_size=12,
    )
)
def test_labels_are_distinct_ids_whatever_the_values(values):
    labels = ids.labels(values, list(range(len(values))))
    assert len({ids.id_key(label) for label in labels}) == len(values)
    for value, label in zip(values, labels):  # a label starts with its id, or names the fid
        text = ids.id_text(value)
        assert label.startswith(text) if text is not None else label.startswith("fid ")
