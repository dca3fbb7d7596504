"""engine/district_summary: counts and areas by class per district, top ids, name guess."""

from __future__ import annotations

import numpy as np
import pytest

from clearance_planner.engine.district_summary import (
    OUTSIDE,
    guess_name_field,
    summarise,
)

# six hazards: two districts A, B and one outside; ranks 1..6 with one gated, one unknown
DISTRICT = np.array([0, 0, 1, -1, 0, 1])
CLASSES = ["High", "Low", "Medium", "High", "Gated", "Unknown"]
AREA_M2 = np.array([10_000.0, 5_000.0, 20_000.0, 2_500.0, 40_000.0, np.nan])
RANK = np.array([2, 4, 3, 1, 5, 0])
IDS = ["H1", "H2", "H3", "H4", "H5", "H6"]


def test_counts_and_hectares_by_class_per_district_by_hand():
    summary = summarise(DISTRICT, ["A", "B"], CLASSES, AREA_M2, RANK, IDS, 5)
    rows = {r["district"]: r for r in summary.rows()}
    assert list(rows) == ["A", "B", OUTSIDE]
    a, b, out = rows["A"], rows["B"], rows[OUTSIDE]
    assert (a["n_high"], a["n_low"], a["n_gated"], a["n_total"]) == (1, 1, 1, 3)
    assert (a["ha_high"], a["ha_low"], a["ha_gated"], a["ha_total"]) == (1.0, 0.5, 4.0, 5.5)
    assert (b["n_medium"], b["n_unknown"], b["ha_medium"], b["ha_unknown"]) == (1, 1, 2.0, 0.0)
    assert (out["n_high"], out["ha_total"]) == (1, 0.25)
    assert sum(r["n_total"] for r in rows.values()) == len(IDS)


def test_top_ids_are_the_best_ranks_of_high_medium_low_only():
    summary = summarise(DISTRICT, ["A", "B"], CLASSES, AREA_M2, RANK, IDS, 5)
    rows = {r["district"]: r["top_ids"] for r in summary.rows()}
    assert rows == {"A": "H1, H2", "B": "H3", OUTSIDE: "H4"}  # H5 gated, H6 unknown


def test_top_n_cuts_the_list_and_zero_gives_none():
    one = summarise(DISTRICT, ["A", "B"], CLASSES, AREA_M2, RANK, IDS, 1)
    assert one.top_ids == [["H1"], ["H3"], ["H4"]]
    none = summarise(DISTRICT, ["A", "B"], CLASSES, AREA_M2, RANK, IDS, 0)
    assert none.top_ids == [[], [], []]


def test_a_district_without_hazards_keeps_a_zero_row():
    summary = summarise(np.array([1]), ["A", "B"], ["Low"], np.array([1e4]), [1], ["X"], 3)
    rows = summary.rows()
    assert [r["n_total"] for r in rows] == [0, 1, 0]
    assert rows[0]["top_ids"] == "" and rows[1]["top_ids"] == "X"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (["fid", "District", "name"], "District"),
        (["NAME_2", "NAME_1", "gid"], "NAME_2"),
        (["adm1_name", "pcode"], "adm1_name"),
        (["code", "area"], None),
    ],
)
def test_the_district_name_field_is_guessed(fields, expected):
    assert guess_name_field(fields) == expected
