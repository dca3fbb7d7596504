"""IMSMA mapping engine (no QGIS): value readers, the shipped mapping, user files, detection."""

import datetime as dt
import json
from pathlib import Path

import pytest

from clearance_planner.engine.imsma_import import duplicate_ids, import_table
from clearance_planner.engine.imsma_mapping import MappingError, load_mapping
from clearance_planner.engine.imsma_values import (
    field_key,
    parse_date,
    parse_integer,
    parse_number,
    value_key,
)
from clearance_planner.engine.imsma_vertices import group_vertices
from clearance_planner.paths import IMSMA_MAPPING


@pytest.fixture(scope="module")
def mapping():
    return load_mapping(IMSMA_MAPPING)


def test_numbers_parse_strictly_and_ambiguous_text_is_refused():
    assert parse_number("1234.5") == (1234.5, True)
    assert parse_number(" 7 ") == (7.0, True)
    assert parse_number(12) == (12.0, True)
    assert parse_number("") == (None, True)
    assert parse_number(None) == (None, True)
    for text in ("1 234,5", "1,234", "n/a", "abc", "inf"):
        assert parse_number(text) == (None, False), text
    assert parse_integer("2.0") == (2, True)
    assert parse_integer("2.5") == (None, False)


def test_dates_read_iso_and_day_first():
    assert parse_date("2021-03-01") == (dt.date(2021, 3, 1), True)
    assert parse_date("2021-03-01T10:00:00") == (dt.date(2021, 3, 1), True)
    assert parse_date("15/06/2022") == (dt.date(2022, 6, 15), True)
    assert parse_date("06/15/2022", "mdy") == (dt.date(2022, 6, 15), True)
    assert parse_date("31.02.2022") == (None, False)
    assert parse_date("someday") == (None, False)


def test_keys_ignore_case_spacing_and_separators():
    assert value_key(" Suspected_Hazardous-Area ") == "suspected hazardous area"
    assert field_key("Hazard Local ID") == field_key("hazard_localid") == "hazardlocalid"
    assert value_key("BAĞLI") == value_key("bağlı") and value_key("İNDİ") == value_key("indi")


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("SHA", "SHA"),
        ("Suspected Hazardous Area", "SHA"),
        ("suspected", "SHA"),
        ("şübhəli təhlükəli ərazi", "SHA"),
        ("ПРЕДПОЛОЖИТЕЛЬНО ОПАСНЫЙ РАЙОН", "SHA"),
        ("cha ", "CHA"),
        ("Подтверждённый опасный район", "CHA"),
        ("Ammunition Storage / Stockpile", "Ammunition storage"),
        ("EOD spot task", "EOD spot task"),
        ("indication", "Indication"),
        ("SURSAT ANBARI", "Ammunition storage"),  # Azerbaijani capitals: I for ı
    ],
)
def test_hazard_classes_in_several_spellings_and_languages(mapping, raw, canonical):
    assert mapping.vocabularies["hazard_type"].lookup(raw) == canonical


def test_ng_hazard_rows_map_with_every_problem_listed(mapping):
    names = ["hazard_guid", "hazard_localid", "Hazard Type", "status", "Estimated Area",
             "Remaining Area", "Devices", "Direct Evidence", "Land Disputes"]  # fmt: skip
    rows = [
        ["g1", "NG-1 ", "Suspected Hazardous Area", "OPEN ", "1 234,5", "n/a",
         "AP mine, AT mine", "mines seen", "Yes"],
        ["g2", "NG-2", "cha", "Worked_on", "5000", "2500", "UXO", None, "нет"],
        ["g3", None, "weird", "pending", "", None, "AP; banana", "", "maybe"],
    ]  # fmt: skip
    r = import_table(names, rows, "hazard", mapping, [100.0, None, float("nan")])
    assert r.flavour == "ng" and r.flavour_fields == ["hazard_guid", "hazard_localid"]
    c = r.columns
    assert c["hazard_id"] == ["NG-1", "NG-2", None]
    assert c["hazard_type"] == ["SHA", "CHA", None]
    assert c["status"] == ["Open", "Worked on", None]
    assert c["estimated_area_m2"] == [None, 5000.0, None]
    assert c["area_m2"] == [100.0, 2500.0, None]  # polygon area, remaining, nothing
    assert c["device_category"] == ["mixed", "ERW", "AP"]
    assert c["evidence"] == ["direct", None, None]
    assert c["land_disputed"] == [True, False, None]
    assert c["source"] == ["IMSMA NG export"] * 3
    assert dict(r.failures["estimated_area_m2"]) == {"1 234,5": 1}
    assert dict(r.failures["remaining_area_m2"]) == {"n/a": 1}
    assert {t: dict(u) for t, u in r.unmapped.items()} == {
        "hazard_type": {"weird": 1},
        "status": {"pending": 1},
        "device_category": {"banana": 1},
        "land_disputed": {"maybe": 1},
    }
    assert r.values["status"][("OPEN ", "Open")] == 1
    assert dict(r.derived["area_m2"]) == {"polygon area": 1, "from remaining_area_m2": 1}
    assert r.notes[1] == []
    assert len(r.notes[2]) == 4


def test_core_names_are_detected_and_casualties_summed(mapping):
    names = ["OBJECTID", "GlobalID", "localid", "accident_date", "accident_type", "killed",
             "injured"]  # fmt: skip
    rows = [
        [1, "{a}", "A-1", "01.02.2020", "Mine accident", "1", 2],
        [2, "{b}", "A-2", "", "", "", ""],
    ]
    r = import_table(names, rows, "accident", mapping)
    assert r.flavour == "core"
    assert r.columns["incident_id"] == ["A-1", "A-2"]
    assert r.columns["incident_date"] == [dt.date(2020, 2, 1), None]
    assert r.columns["incident_type"] == ["mine", None]
    assert r.columns["casualties"] == [3, None]


def test_victim_outcome_gives_killed_and_injured_indicators(mapping):
    r = import_table(
        ["victim_localid", "accident_localid", "status"],
        [["V1", "A1", "Killed"], ["V2", "A1", "ранен"], ["V3", "A2", None]],
        "victim",
        mapping,
    )
    assert r.columns["killed"] == [1, 0, None]
    assert r.columns["injured"] == [0, 1, None]
    assert r.columns["incident_id"] == ["A1", "A1", "A2"]


def test_user_file_overrides_fields_and_adds_synonyms(tmp_path, mapping):
    user = tmp_path / "programme.json"
    user.write_text(
        json.dumps(
            {
                "flavour": "core",
                "vocabularies": {
                    "hazard_type": {"CHA": ["minefield polygon"]},
                    "status": {"Closed": ["Handed_Over"]},  # moved from Handed over
                },
                "kinds": {"hazard": {"fields": {"hazard_type": {"from": ["TIP"]}}}},
            }
        ),
        encoding="utf-8",
    )
    merged = load_mapping(IMSMA_MAPPING, user)
    r = import_table(
        ["localid", "TIP", "hazard_type"], [["H", "Minefield Polygon", "SHA"]], "hazard", merged
    )
    assert r.sources["hazard_type"] == "TIP"
    assert r.columns["hazard_type"] == ["CHA"]
    assert merged.vocabularies["hazard_type"].lookup("sha") == "SHA"  # defaults kept
    assert merged.vocabularies["status"].lookup("handed over") == "Closed"
    assert merged.vocabularies["status"].lookup("handover") == "Handed over"
    assert mapping.vocabularies["hazard_type"].lookup("minefield polygon") is None


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (
            '{"kinds": {"hazard": {"fields": {"status": {"type": "colour"}}}}}',
            "kinds.hazard.fields.status.type",
        ),
        (
            '{"kinds": {"hazard": {"fields": {"status": {"vocabulary": "nope"}}}}}',
            "kinds.hazard.fields.status.vocabulary",
        ),
        ('{"kinds": {"mines": {}}}', "kinds.mines"),
        ('{"prefx": "x_"}', "prefx"),
        ('{"prefix": ""}', "prefix"),
        (
            '{"kinds": {"hazard": {"fields": {"source": {"value": "{who}"}}}}}',
            "kinds.hazard.fields.source.value",
        ),
        ('{"vocabularies": {"status": {"Open": "open"}}}', "vocabularies.status.Open"),
        (
            '{"kinds": {"hazard": {"fields": {"status": {"from": "status"}}}}}',
            "kinds.hazard.fields.status.from",
        ),
        ('{"kinds": {"hazard":', "line 1 column 21"),  # just after its 20 characters
    ],
)
def test_bad_user_file_names_the_file_and_key(tmp_path, content, key):
    user = tmp_path / "bad.json"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_mapping(IMSMA_MAPPING, user)
    assert caught.value.path == str(user)
    assert caught.value.key == key


def test_vertex_rows_group_into_objects_parts_and_ordered_vertices():
    ids = ["H1", "H1 ", "H1", "H2", "H2", None, "H1"]
    parts = ["a", "a", "a", "x", "y", None, "b"]
    order = ["2", "1", "3", "1", "1", "1", "zz"]
    lat = ["0", "0", "1", "5", "6", "9", "n/a"]
    lon = ["1", "0", "0", "5", "6", "9", "0"]
    objects = group_vertices(ids, parts, order, lat, lon)
    assert [o.first_row for o in objects] == [0, 3, 5]
    assert objects[0].rows == [0, 1, 2, 6]
    assert objects[0].parts == [[(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)]]  # by order; b has none
    assert objects[0].notes == [
        "built from 4 vertex rows, 1 part(s)",
        "row 7: no coordinate pair ('n/a', '0')",
    ]
    assert objects[1].parts == [[(5.0, 5.0)], [(6.0, 6.0)]]
    assert objects[2].rows == [5]  # no id: an object of its own


def test_vertex_rows_without_a_number_come_last_and_are_noted():
    objects = group_vertices(["H"] * 3, [None] * 3, ["x", "2", "1"], ["0"] * 3, ["0", "1", "2"])
    assert objects[0].parts == [[(2.0, 0.0), (1.0, 0.0), (0.0, 0.0)]]
    assert "row 1: order 'x' not a number, put last" in objects[0].notes


def test_the_example_mapping_of_the_docs_loads_and_applies(tmp_path):
    docs = Path(__file__).resolve().parents[2] / "docs" / "imsma.md"
    example = docs.read_text(encoding="utf-8").split("```json\n", 1)[1].split("```", 1)[0]
    user = tmp_path / "example.json"
    user.write_text(example, encoding="utf-8")
    merged = load_mapping(IMSMA_MAPPING, user)
    r = import_table(
        ["localid", "TIP_ZONE", "SITUATIA", "RAION"],
        [["MD-1", "minefield polygon", "în lucru", "Cahul"]],
        "hazard",
        merged,
    )
    assert (r.flavour, merged.prefix) == ("core", "src_")
    assert [r.columns[t][0] for t in ("hazard_type", "status", "district")] == [
        "CHA",
        "Worked on",
        "Cahul",
    ]


def test_duplicate_ids_ignore_case_and_inner_spaces_like_check_geometry():
    assert duplicate_ids(["HZ 1", "hz  1", "HZ-2", None, None, "HZ-3", "HZ-3"]) == {
        "HZ 1": 2,
        "HZ-3": 2,
    }
