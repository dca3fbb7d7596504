"""clearance:workplan land-release chains via processing.run: steps, release areas by hand,
precedence on the demo plan, districts by name, parcels not planned kept."""

from __future__ import annotations

from collections import defaultdict

import pytest
from qgis import processing
from qgis.core import NULL, QgsProcessingException
from qgis.PyQt.QtCore import QDate

from tests.qgis_support import QVariant, WarningFeedback, demo_layer, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")

ALL_TEAMS = "manual:1,mdd:1,mechanical:1,technical_survey:1,non_technical_survey:1"
FIELDS = [
    ("hazard_id", QVariant.String),
    ("priority_rank", QVariant.Int),
    ("method", QVariant.String),
    ("hazard_type", QVariant.String),
    ("cancel", QVariant.Double),
]


def square(x0, y0, side):
    x1, y1 = x0 + side, y0 + side
    return f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def parcels(rows, wkts=None):
    wkts = wkts or [square(i * 1000, 0, 100) for i in range(len(rows))]  # 10,000 m² each
    return memory_layer("Polygon", wkts, fields=FIELDS, rows=rows)


def run(params: dict, feedback=None) -> dict:
    base = {
        "START_DATE": "2027-03-01",
        "TEAMS": ALL_TEAMS,
        "METHOD_FIELD": "method",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
    }
    base.update(params)
    return processing.run("clearance:workplan", base, feedback=feedback)


def tasks(result) -> dict:
    return {f["task_id"]: f for f in result["OUTPUT"].getFeatures()}


def day(value) -> str:
    return value.toString("yyyy-MM-dd")


def test_sha_chain_by_hand_with_the_bosnian_defaults():
    # 10,000 m² SHA, manual: NTS 10,000 m² cancels 0.47 = 4,700 (1 day, Mon 1 March); TS of
    # 5,300 reduces 0.89 = 4,717 (1.06 -> 2 days, holiday Wed 3: Tue 2, Thu 4); clearance of
    # 583 m² (2.43 -> 3 days: Fri 5, Mon 8, Tue 9)
    out = tasks(
        run({"PARCELS": parcels([["H", 1, "manual", "SHA", None]]), "HOLIDAYS": "2027-03-03"})
    )
    assert list(out) == ["H-nts", "H-ts", "H-clearance"]
    nts, ts, clr = out["H-nts"], out["H-ts"], out["H-clearance"]
    assert [f["step"] for f in out.values()] == ["nts", "ts", "clearance"]
    assert [f["method"] for f in out.values()] == [
        "non_technical_survey", "technical_survey", "manual"
    ]  # fmt: skip
    assert (nts["predecessor"], ts["predecessor"], clr["predecessor"]) == (NULL, "H-nts", "H-ts")
    assert [f["area_m2"] for f in out.values()] == pytest.approx([10_000, 5_300, 583])
    assert nts["release_cancelled_m2"] == pytest.approx(4_700)
    assert ts["release_reduced_m2"] == pytest.approx(4_717)
    assert clr["release_cleared_m2"] == pytest.approx(583)
    assert [(day(f["start_date"]), day(f["end_date"])) for f in out.values()] == [
        ("2027-03-01", "2027-03-01"),
        ("2027-03-02", "2027-03-04"),
        ("2027-03-05", "2027-03-09"),
    ]
    assert all(f.geometry().area() == pytest.approx(10_000) for f in out.values())
    assert [f["parent_id"] for f in out.values()] == ["H"] * 3


def test_cha_skip_nts_other_types_warn_and_overrides_apply():
    layer = parcels(
        [
            ["C", 1, "mdd", "cha", None],
            ["X", 2, "manual", "Indication", None],
            ["O", 3, "technical_survey", "SHA", 0.2],
        ]
    )
    feedback = WarningFeedback()
    out = tasks(run({"PARCELS": layer, "CANCEL_FIELD": "cancel"}, feedback))
    assert [k for k in out if k.startswith("C")] == ["C-ts", "C-clearance"]
    assert [k for k in out if k.startswith("X")] == ["X-nts", "X-ts", "X-clearance"]
    assert [k for k in out if k.startswith("O")] == ["O-nts", "O-ts"]  # survey: no clearance
    assert out["O-nts"]["release_cancelled_m2"] == pytest.approx(2_000)  # override 0.2
    assert out["O-ts"]["release_reduced_m2"] == pytest.approx(8_000)  # the last step: all
    assert any("'Indication' (1 parcels)" in w and "planned as SHA" in w for w in feedback.warnings)


def test_release_areas_sum_to_each_hazard_area_and_summary_totals_them():
    layer = parcels([["A", 1, "manual", "sha", None], ["B", 2, "mdd", "cha", None]])
    result = run({"PARCELS": layer, "CANCEL_SHARE": "sha:0.5", "REDUCE_SHARE": "cha:0.6"})
    released = defaultdict(float)
    for f in result["OUTPUT"].getFeatures():
        for k in ("cancelled", "reduced", "cleared"):
            released[f["parent_id"]] += f[f"release_{k}_m2"]
    assert released == pytest.approx({"A": 10_000, "B": 10_000}, abs=0.01)
    summary = list(result["SUMMARY"].getFeatures())
    total = next(f for f in summary if f["method"] == f["district"] == "(all)" and not f["month"])
    # A: cancels 5,000, TS reduces 0.89 x 5,000 = 4,450, clears 550; B: reduces 6,000, clears 4,000
    assert total["release_cancelled_m2"] == pytest.approx(5_000)
    assert total["release_reduced_m2"] == pytest.approx(4_450 + 6_000)
    assert total["release_cleared_m2"] == pytest.approx(550 + 4_000)
    monthly = [f for f in summary if f["month"]]
    assert sum(f["release_cleared_m2"] for f in monthly) == pytest.approx(4_550)
    assert all(f["end_date"].toString("yyyy-MM") == f["month"] for f in monthly)


def test_combined_expected_reduction_when_both_share_texts_are_empty():
    # SHA share 0.6: NTS cancels 0.6 x 2.45 / 4.93 = 0.2982, TS and NTS together release 0.6
    layer = parcels([["A", 1, "manual", "sha", None]])
    out = tasks(
        run({"PARCELS": layer, "CANCEL_SHARE": "", "REDUCE_SHARE": "", "EXPECTED_REDUCTION": 0.6})
    )
    assert out["A-nts"]["release_cancelled_m2"] == pytest.approx(10_000 * 0.6 * 2.45 / 4.93)
    assert out["A-clearance"]["area_m2"] == pytest.approx(4_000)


def test_land_release_false_plans_the_parcel_method_alone():
    out = tasks(run({"PARCELS": parcels([["A", 1, "manual", "sha", None]]), "LAND_RELEASE": False}))
    assert list(out) == ["A"]
    a = out["A"]
    assert (a["step"], a["predecessor"], a["area_m2"]) == ("clearance", NULL, pytest.approx(10_000))
    assert a["release_cleared_m2"] == pytest.approx(10_000) and a["work_days"] == 42


def test_parcels_without_usable_polygon_stay_not_planned_with_land_release():
    layer = parcels(
        [["OK", 1, "manual", "sha", None], ["NULL", 2, "mdd", "sha", None]],
        [square(0, 0, 100), None],
    )
    out = tasks(run({"PARCELS": layer}))
    assert out["NULL"]["plan_status"] == "not planned: no geometry"
    assert out["NULL"]["start_date"] == NULL and out["NULL"]["step"] == NULL
    assert {out[k]["plan_status"] for k in ("OK-nts", "OK-ts", "OK-clearance")} == {"planned"}


def test_bad_share_parameters_and_field_values_are_refused():
    layer = parcels([["A", 1, "manual", "sha", 1.5]])
    with pytest.raises(QgsProcessingException, match="REDUCE_SHARE: unknown hazard type 'uxo'"):
        run({"PARCELS": layer, "REDUCE_SHARE": "uxo:0.5"})
    with pytest.raises(QgsProcessingException, match=r"feature \d+, field 'cancel': share '1.5'"):
        run({"PARCELS": layer, "CANCEL_FIELD": "cancel"})
    with pytest.raises(QgsProcessingException, match="non_technical_survey:N"):
        run({"PARCELS": layer, "TEAMS": "manual:1"})


def test_district_field_names_the_districts_and_a_missing_one_is_refused():
    layer = parcels([["A", 1, "manual", "sha", None]])
    districts = memory_layer(
        "Polygon",
        [square(-100, -100, 500)],
        fields=[("code", QVariant.Int), ("municipality", QVariant.String)],
        rows=[[126, "Fuzuli"]],
    )
    out = tasks(run({"PARCELS": layer, "DISTRICTS": districts, "DISTRICT_FIELD": "municipality"}))
    assert {f["district"] for f in out.values()} == {"Fuzuli"}
    with pytest.raises(
        QgsProcessingException, match=r"Layer '\w+' \(DISTRICTS\) has no field 'nam'"
    ):
        run({"PARCELS": layer, "DISTRICTS": districts, "DISTRICT_FIELD": "nam"})


def test_every_chain_of_the_demo_plan_keeps_precedence_and_its_area():
    hazards = demo_layer("hazards")
    hazards.setSubsetString('"fid" <= 40')
    result = run(
        {
            "PARCELS": hazards,
            "PRIORITY_FIELD": "fid" if hazards.fields().lookupField("priority_rank") < 0 else None,
            "ID_FIELD": "hazard_id",
            "MAX_TASK_HA": 5,
            "HOLIDAYS": "2027-03-08,2027-03-22",
            "NO_WORK_MONTHS": "1,2",
            "TEAMS": "manual:3,mechanical:1,mdd:2,technical_survey:1,non_technical_survey:1",
        }
    )
    feats = tasks(result)
    steps = defaultdict(int)
    released = defaultdict(float)
    for key, f in feats.items():
        steps[f["step"]] += 1
        released[f["parent_id"]] += sum(
            f[f"release_{k}_m2"] for k in ("cancelled", "reduced", "cleared")
        )
        if f["predecessor"]:
            before = feats[f["predecessor"]]
            assert f["start_date"] > before["end_date"], key
            assert key.rsplit("-", 1)[0] == before["task_id"].rsplit("-", 1)[0]
    assert steps["ts"] > 0 and steps["clearance"] > 0 and steps["nts"] > 0
    areas = {f["hazard_id"]: f.geometry().area() for f in hazards.getFeatures()}
    assert released == pytest.approx(areas, abs=0.01)
    assert QDate(2027, 3, 1) <= min(f["start_date"] for f in feats.values())


def test_teams_needed_by_a_target_date_rerun_finishes_and_one_fewer_does_not():
    # ten SHA of 10,000 m², manual: NTS 1 day, TS 2 days, clearance 3 days each
    layer = parcels([[f"H{i}", i + 1, "manual", "sha", None] for i in range(10)])
    feedback = WarningFeedback()
    result = run(
        {"PARCELS": layer, "TARGET_DATE": "2027-03-26", "TEAMS_NEEDED": "TEMPORARY_OUTPUT"},
        feedback,
    )
    rows = {f["method"]: f for f in result["TEAMS_NEEDED"].getFeatures()}
    assert list(rows) == ["non_technical_survey", "technical_survey", "manual", "(all)"]
    total = rows["(all)"]
    assert total["completion_available"] > QDate(2027, 3, 26)
    assert total["completion_needed"] <= QDate(2027, 3, 26)
    needed = {m: f["teams_needed"] for m, f in rows.items() if m != "(all)"}
    assert all(f["teams_available"] == 1 for m, f in rows.items() if m != "(all)")
    teams = ",".join(f"{m}:{k}" for m, k in needed.items())
    again = tasks(run({"PARCELS": layer, "TEAMS": teams}))
    assert max(f["end_date"] for f in again.values()) <= QDate(2027, 3, 26)
    slow = max(again.values(), key=lambda f: f["end_date"])["method"]
    assert needed[slow] > 1
    fewer = ",".join(f"{m}:{k - (m == slow)}" for m, k in needed.items())
    late = tasks(run({"PARCELS": layer, "TEAMS": fewer}))
    assert max(f["end_date"] for f in late.values()) > QDate(2027, 3, 26)


def test_completion_beyond_max_years_warns_naming_the_bottleneck():
    layer = parcels([["A", 1, "manual", "cha", None]], [square(0, 0, 1000)])  # 1 km² CHA
    feedback = WarningFeedback()
    run({"PARCELS": layer, "MAX_YEARS": 0.5}, feedback)
    text = " ".join(feedback.warnings)
    assert "more than 0.5 years after the start 2027-03-01 (MAX_YEARS)" in text
    assert "bottleneck: manual (1 teams" in text


def test_teams_needed_without_target_date_is_refused():
    layer = parcels([["A", 1, "manual", "sha", None]])
    with pytest.raises(QgsProcessingException, match="TEAMS_NEEDED needs a TARGET_DATE"):
        run({"PARCELS": layer, "TEAMS_NEEDED": "TEMPORARY_OUTPUT"})


def test_expected_reduction_beside_share_texts_warns_that_it_is_not_used():
    feedback = WarningFeedback()
    run(
        {"PARCELS": parcels([["A", 1, "manual", "sha", None]]), "EXPECTED_REDUCTION": 0.8}, feedback
    )
    assert any("EXPECTED_REDUCTION 0.8 is not used" in w for w in feedback.warnings)


def earlier_plan_with_status(statuses: dict):
    """A land-release plan of three SHA (manual) written to memory, with a field ``status``."""
    from qgis.core import QgsField, QgsVectorLayer

    layer = parcels([[f"H{i}", i + 1, "manual", "sha", None] for i in range(3)])
    plan = run({"PARCELS": layer, "HOLIDAYS": "2027-03-03"})["OUTPUT"]
    copy = QgsVectorLayer(f"MultiPolygon?crs={plan.crs().authid()}", "earlier plan", "memory")
    copy.dataProvider().addAttributes([*plan.fields(), QgsField("status", QVariant.String)])
    copy.updateFields()
    features = []
    for f in plan.getFeatures():
        f.setFields(copy.fields(), False)
        f.setAttributes([*f.attributes()[: plan.fields().count()], statuses.get(f["task_id"])])
        features.append(f)
    copy.dataProvider().addFeatures(features)
    return plan, copy


def test_replanning_keeps_done_tasks_and_replans_the_rest_from_as_of():
    statuses = {"H0-nts": "done", "H0-ts": "done", "H0-clearance": "ongoing", "H1-nts": "Done"}
    plan, earlier = earlier_plan_with_status(statuses)
    before = tasks({"OUTPUT": plan})
    result = run({"PARCELS": earlier, "STATUS_FIELD": "status", "AS_OF": "2027-03-15"})
    after = tasks(result)
    assert set(after) == set(before)
    for key in ("H0-nts", "H0-ts", "H1-nts"):  # done: dates and team unchanged
        for field in ("team", "start_date", "end_date", "work_days", "area_m2"):
            assert after[key][field] == before[key][field], (key, field)
        assert after[key]["plan_status"] == "done"
    assert after["H0-clearance"]["plan_status"] == "ongoing"
    assert after["H0-clearance"]["team"] == before["H0-clearance"]["team"]
    for key, f in after.items():
        if f["plan_status"] == "planned":
            assert f["start_date"] >= QDate(2027, 3, 15), key
        if f["predecessor"]:
            assert f["start_date"] > after[f["predecessor"]]["end_date"], key


def test_status_field_needs_as_of_and_an_earlier_plan():
    _, earlier = earlier_plan_with_status({})
    with pytest.raises(QgsProcessingException, match="STATUS_FIELD needs AS_OF"):
        run({"PARCELS": earlier, "STATUS_FIELD": "status"})
    layer = parcels([["A", 1, "manual", "sha", None]])
    with pytest.raises(QgsProcessingException, match="has no field task_id, area_m2, sequence"):
        run({"PARCELS": layer, "STATUS_FIELD": "method", "AS_OF": "2027-03-15"})
