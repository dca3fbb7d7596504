"""DISTRICT_SUMMARY of clearance:prioritise: hand-checked on a small layer, sums on the demo."""

from __future__ import annotations

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.qgis_support import DEMO_GPKG, QVariant, demo_layer, memory_layer


def box(x: float, y: float, size: float) -> str:
    return f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


# settlement at (0, 0), linear decay over 10 km: score = 100 (1 - d / 10000), d to the nearest
# corner (100,100) 141 m → 98.6; (300,100) 316 m → 96.8; (1200,100) 1204 m → 88.0;
# (5000,100) 5001 m → 50.0. CLASS_THRESHOLDS 97,90: High, Medium, Low, Low; HG gated.
HAZARDS = [
    ("H1", box(100, 100, 100)),  # district A, 1 ha, High, rank 1
    ("H2", box(300, 100, 50)),  # district A, 0.25 ha, Medium, rank 2
    ("HG", box(500, 500, 100)),  # district A, 1 ha, Gated
    ("HB", box(1200, 100, 100)),  # district B, 1 ha, Low, rank 3
    ("HOUT", box(5000, 100, 100)),  # outside, 1 ha, Low, rank 4
    ("HNULL", None),  # no geometry: Unknown, outside
]


@pytest.fixture()
def layers():
    hazards = memory_layer(
        "Polygon",
        [wkt for _, wkt in HAZARDS],
        fields=[("hazard_id", QVariant.String)],
        rows=[(h,) for h, _ in HAZARDS],
    )
    districts = memory_layer(
        "Polygon",
        [box(0, 0, 1000), box(1000, 0, 1000)],
        fields=[("code", QVariant.Int), ("District", QVariant.String)],
        rows=[(1, "A"), (2, "B")],
    )
    return hazards, districts


def run(hazards, districts, **extra):
    params = {
        "PARCELS": hazards,
        "SETTLEMENTS": memory_layer("Point", ["POINT(0 0)"]),
        "SETTLEMENTS_DECAY": 0,
        "SETTLEMENTS_DISTANCE": 10_000,
        "CLASS_THRESHOLDS": "97,90",
        "GATE_EXPRESSION": "\"hazard_id\" <> 'HG'",
        "DISTRICTS": districts,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "DISTRICT_SUMMARY": "TEMPORARY_OUTPUT",
        **extra,
    }
    return processing.run("clearance:prioritise", params)


def summary_rows(result) -> dict:
    layer = result["DISTRICT_SUMMARY"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "s", "ogr")
    return {f["district"]: f for f in layer.getFeatures()}


def run_ids(hazards) -> dict:
    """hazard_id -> the id the run names a parcel by: its hazard_id once prioritise takes
    ID_FIELD (guessed: hazard_id), else its feature id."""
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("clearance:prioritise")
    by_field = alg.parameterDefinition("ID_FIELD") is not None
    return {
        f["hazard_id"]: f["hazard_id"] if by_field else str(f.id()) for f in hazards.getFeatures()
    }


def test_counts_areas_and_top_ids_per_district_by_hand(clearance_provider, layers):
    result = run(*layers)
    rows = summary_rows(result)
    assert list(rows) == ["A", "B", "Outside districts"]  # name field District guessed
    a, b, out = rows["A"], rows["B"], rows["Outside districts"]
    assert [a[f"n_{c}"] for c in ("high", "medium", "low", "gated", "unknown")] == [1, 1, 0, 1, 0]
    assert (a["n_total"], a["ha_high"], a["ha_medium"], a["ha_gated"]) == (3, 1.0, 0.25, 1.0)
    assert a["ha_total"] == pytest.approx(2.25)
    assert (b["n_low"], b["n_total"], b["ha_total"]) == (1, 1, pytest.approx(1.0))
    assert (out["n_low"], out["n_unknown"], out["n_total"]) == (1, 1, 2)
    assert out["ha_total"] == pytest.approx(1.0)
    label = run_ids(layers[0])
    assert a["top_ids"] == f"{label['H1']}, {label['H2']}"  # HG gated: never in the top list
    assert (b["top_ids"], out["top_ids"]) == (label["HB"], label["HOUT"])


def test_summary_top_n_and_a_given_district_field(clearance_provider, layers):
    rows = summary_rows(run(*layers, SUMMARY_TOP_N=1, DISTRICT_FIELD="code"))
    assert list(rows) == ["1", "2", "Outside districts"]
    assert rows["1"]["top_ids"].count(",") == 0 and rows["1"]["n_total"] == 3


def test_summary_without_districts_is_an_error_before_any_work(clearance_provider, layers):
    with pytest.raises(QgsProcessingException, match="DISTRICT_SUMMARY needs DISTRICTS"):
        run(layers[0], None)


def test_a_missing_district_field_is_named(clearance_provider, layers):
    with pytest.raises(QgsProcessingException, match="no field 'nope'"):
        run(*layers, DISTRICT_FIELD="nope")


def test_summary_is_written_atomically_beside_the_output(clearance_provider, layers, tmp_path):
    out = tmp_path / "p.gpkg"
    summary = tmp_path / "summary.csv"
    result = run(*layers, OUTPUT=str(out), DISTRICT_SUMMARY=str(summary))
    assert result["DISTRICT_SUMMARY"] == str(summary)
    lines = summary.read_text().splitlines()
    assert lines[0].split(",")[:2] == ["district", "n_high"] and len(lines) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.gpkg", "summary.csv"]


@pytest.mark.skipif(not DEMO_GPKG.exists(), reason="run make demo-data")
def test_demo_summary_counts_and_areas_add_up_to_every_hazard(clearance_provider):
    hazards = demo_layer("hazards")
    result = processing.run(
        "clearance:prioritise",
        {
            "PARCELS": hazards,
            "SETTLEMENTS": demo_layer("settlements"),
            "INCIDENTS": demo_layer("incidents"),
            "DISTRICTS": demo_layer("districts"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "DISTRICT_SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    rows = summary_rows(result)
    assert len(rows) == demo_layer("districts").featureCount() + 1
    assert sum(r["n_total"] for r in rows.values()) == hazards.featureCount()
    total_ha = sum(f.geometry().area() for f in hazards.getFeatures()) / 1e4
    assert sum(r["ha_total"] for r in rows.values()) == pytest.approx(total_ha, rel=1e-9)
    out = result["OUTPUT"]
    for cls in ("High", "Medium", "Low", "Gated", "Unknown"):
        expected = sum(1 for f in out.getFeatures() if f["priority_class"] == cls)
        assert sum(r[f"n_{cls.lower()}"] for r in rows.values()) == expected
    # the demo's district field agrees with the point-on-surface district for most hazards
    named = {r: rows[r]["n_total"] for r in rows if r != "Outside districts"}
    by_field = {}
    for f in hazards.getFeatures():
        by_field[f["district"]] = by_field.get(f["district"], 0) + 1
    agree = sum(min(named.get(d, 0), n) for d, n in by_field.items())
    assert agree >= 0.9 * hazards.featureCount()
