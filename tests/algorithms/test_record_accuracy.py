"""clearance:record_accuracy on hand-made records, hazards and incidents."""

import pytest
from qgis import processing
from qgis.core import NULL, QgsProcessingException

from clearance_planner.algorithms.record_accuracy import RESULT_FIELDS
from tests.qgis_support import QVariant, WarningFeedback, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")


def box(x, y, w, h):
    return f"POLYGON(({x} {y},{x} {y + h},{x + w} {y + h},{x + w} {y},{x} {y}))"


X, Y = 600_000, 4_400_000
RECORDS = memory_layer(
    "Polygon",
    [box(X, Y, 100, 100), box(X + 1000, Y, 100, 100), box(X + 2000, Y, 200, 100)],
    fields=[("record_id", QVariant.String), ("district", QVariant.String)],
    rows=[["R1", "Aghdam"], ["R2", "Aghdam"], ["R3", "Fuzuli"]],
)


def run(feedback=None, **extra):
    hazards = memory_layer(
        "Polygon",
        # half of R1 twice (overlap counted once), all of R3, and an SHA over R2 (filtered out)
        [
            box(X, Y, 50, 100),
            box(X, Y, 50, 100),
            box(X + 2000, Y, 200, 100),
            box(X + 1000, Y, 100, 100),
        ],
        fields=[("hazard_type", QVariant.String)],
        rows=[["CHA"], ["CHA"], ["CHA"], ["SHA"]],
    )
    incidents = memory_layer(
        "Point",
        [f"POINT({X + 10} {Y + 10})", f"POINT({X + 130} {Y + 50})", f"POINT({X + 1050} {Y + 400})"],
    )
    params = {
        "RECORDS": RECORDS,
        "CONFIRMED": hazards,
        "INCIDENTS": incidents,
        "CONFIRMED_EXPRESSION": "\"hazard_type\" = 'CHA'",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "DISTRICT_SUMMARY": "TEMPORARY_OUTPUT",
    }
    params.update(extra)
    return processing.run("clearance:record_accuracy", params, feedback=feedback)


def test_per_record_share_confirmed_and_nearest_incident_outside():
    out = {f["record_id"]: f for f in run()["OUTPUT"].getFeatures()}
    assert out["R1"]["confirmed_share"] == pytest.approx(0.5)
    assert out["R1"]["confirmed_area_ha"] == pytest.approx(0.5)
    assert out["R2"]["confirmed_share"] == pytest.approx(0.0)
    assert out["R3"]["confirmed_share"] == pytest.approx(1.0)
    assert out["R1"]["incidents_inside"] == 1
    assert out["R1"]["nearest_incident_outside_m"] == pytest.approx(30.0)
    assert out["R2"]["nearest_incident_outside_m"] == pytest.approx(300.0)
    assert out["R1"]["district"] == "Aghdam"


def test_district_summary_with_overall_row():
    rows = {f["district"]: f for f in run()["DISTRICT_SUMMARY"].getFeatures()}
    assert set(rows) == {"Aghdam", "Fuzuli", "ALL"}
    assert rows["Aghdam"]["area_reliability"] == pytest.approx(0.5 / 2)
    assert rows["Aghdam"]["records_accurate"] == 1
    assert rows["ALL"]["record_reliability"] == pytest.approx(2 / 3)
    assert rows["ALL"]["area_reliability"] == pytest.approx(2.5 / 4)


def test_without_incidents_distances_are_empty():
    out = run(INCIDENTS=None)["OUTPUT"]
    assert all(f["nearest_incident_outside_m"] == NULL for f in out.getFeatures())


def test_unparsable_confirmed_expression_is_refused_not_ignored():
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="CONFIRMED_EXPRESSION cannot be parsed"):
        run(CONFIRMED_EXPRESSION="\"hazard_type\" = 'CHA' AND (")


def test_confirmed_expression_on_a_missing_field_names_the_field_and_layer():
    with pytest.raises(QgsProcessingException) as caught:
        run(CONFIRMED_EXPRESSION="\"hazard_kind\" = 'CHA'")
    message = str(caught.value)
    assert message.startswith("CONFIRMED_EXPRESSION refers to field(s)")
    assert "missing from layer 'test': hazard_kind" in message


def test_records_and_incidents_without_usable_geometry_are_kept_and_named():
    records = memory_layer(
        "Polygon",
        [box(X, Y, 100, 100), None, f"POLYGON(({X} {Y}, {X + 100} {Y + 100}, {X} {Y}))"],
        fields=[("record_id", QVariant.String), ("district", QVariant.String)],
        rows=[["R1", "Aghdam"], ["NULLGEOM", "Aghdam"], ["TWOPOINT", "Fuzuli"]],
    )
    records.setName("records")
    incidents = memory_layer("Point", [f"POINT({X + 10} {Y + 10})", None, "POINT EMPTY"])
    incidents.setName("incidents")
    feedback = WarningFeedback()
    out = run(RECORDS=records, INCIDENTS=incidents, feedback=feedback)
    rows = {f["record_id"]: f for f in out["OUTPUT"].getFeatures()}
    assert sorted(rows) == ["NULLGEOM", "R1", "TWOPOINT"]
    assert rows["R1"]["record_area_ha"] == pytest.approx(1.0)
    assert rows["R1"]["confirmed_share"] == pytest.approx(0.5)
    assert rows["R1"]["incidents_inside"] == 1
    results = [n for n, _ in RESULT_FIELDS]
    for rid in ("NULLGEOM", "TWOPOINT"):
        assert [rows[rid][n] for n in results] == [NULL] * len(results), rid
    assert rows["TWOPOINT"].geometry().asWkt(0).startswith("Polygon")  # input geometry kept
    record_warning = next(w for w in feedback.warnings if "'records'" in w and "NULL" in w)
    assert "3 'TWOPOINT' (no area" in record_warning  # named by the guessed id, record_id
    assert any("'records'" in w and "features 2 'NULLGEOM'" in w for w in feedback.warnings)
    assert any("'incidents'" in w and "features 2, 3" in w for w in feedback.warnings)
    summary = {f["district"]: f for f in out["DISTRICT_SUMMARY"].getFeatures()}
    assert summary["ALL"]["records"] == 3 and summary["ALL"]["record_area_ha"] == pytest.approx(1)


def test_records_without_an_id_field_carry_their_feature_id_as_source_fid():
    records = memory_layer(
        "Polygon",
        [box(X, Y, 100, 100), box(X + 2000, Y, 200, 100)],
        fields=[("district", QVariant.String)],
        rows=[["Aghdam"], ["Fuzuli"]],
    )
    out = run(RECORDS=records)["OUTPUT"]
    fids = [f.id() for f in records.getFeatures()]
    shares = {f["source_fid"]: f["confirmed_share"] for f in out.getFeatures()}
    assert shares == {fids[0]: pytest.approx(0.5), fids[1]: pytest.approx(1.0)}


def test_a_chosen_id_field_with_a_repeated_id_warns_by_value():
    records = memory_layer(
        "Polygon",
        [box(X, Y, 100, 100), box(X + 2000, Y, 200, 100)],
        fields=[("mf_no", QVariant.String)],
        rows=[["MF-1"], ["mf-1 "]],
    )
    records.setName("records")
    feedback = WarningFeedback()
    out = run(feedback, RECORDS=records, ID_FIELD="mf_no", DISTRICT_FIELD="")["OUTPUT"]
    fids = [f.id() for f in records.getFeatures()]
    assert out.featureCount() == 2 and "source_fid" not in out.fields().names()
    assert any(
        f"Layer 'records': mf_no 'MF-1' appears on features {fids[0]} and {fids[1]}" in w
        for w in feedback.warnings
    )
