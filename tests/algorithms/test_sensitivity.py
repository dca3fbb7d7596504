"""clearance:sensitivity: rank statistics written per parcel, chart, reproducible."""

from __future__ import annotations

import numpy as np
import pytest
from qgis import processing
from qgis.core import NULL, QgsGeometry, QgsPointXY, QgsProcessingException

from clearance_planner.engine.prioritise import Criterion, score_parcels
from clearance_planner.engine.sensitivity import perturb_weights, rank_sensitivity
from tests.qgis_support import QVariant, WarningFeedback, memory_layer, nan_polygon

# parcel i lies i*100 m east of the settlement line and (5-i)*100 m from the cemetery line
PARCELS = [f"POLYGON(({x} 0, {x + 50} 0, {x + 50} 50, {x} 50, {x} 0))" for x in range(0, 600, 100)]


@pytest.fixture()
def layers():
    parcels = memory_layer(
        "Polygon", PARCELS, fields=[("id", QVariant.Int)], rows=[(i,) for i in range(6)]
    )
    settlements = memory_layer("Point", ["POINT(-10 25)"])
    cemeteries = memory_layer("Point", ["POINT(560 25)"])
    return parcels, settlements, cemeteries


def params(layers, **extra) -> dict:
    parcels, settlements, cemeteries = layers
    return {
        "PARCELS": parcels,
        "SETTLEMENTS": settlements,
        "CEMETERIES": cemeteries,
        "SETTLEMENTS_WEIGHT": 0.6,
        "CEMETERIES_WEIGHT": 0.4,
        "SETTLEMENTS_DISTANCE": 1000,
        "CEMETERIES_DISTANCE": 1000,
        "RUNS": 200,
        "SEED": 5,
        "TOP_K": 2,
        "OUTPUT": "TEMPORARY_OUTPUT",
        **extra,
    }


def test_statistics_equal_the_engine_on_hand_computed_distances(clearance_provider, layers):
    result = processing.run("clearance:sensitivity", params(layers, METHOD=1, SPREAD=30))
    out = {f["id"]: f for f in result["OUTPUT"].getFeatures()}
    # distances by hand: settlement at x=-10 → 10 + 100 i; cemetery at x=560 → 560 - (50 + 100 i)
    d = np.array([[10 + 100 * i, 510 - 100 * i] for i in range(6)], dtype=float)
    crit = [
        Criterion("settlements", 0.6, "linear", 1000),
        Criterion("cemeteries", 0.4, "linear", 1000),
    ]
    base = score_parcels(d, crit)
    runs = perturb_weights(base.weights, 200, "uniform", spread=0.3, seed=5)
    expected = rank_sensitivity(base.criterion_scores, runs, 2)
    for i in range(6):
        assert out[i]["priority_rank"] == base.ranking.rank[i]
        assert out[i]["priority_score"] == pytest.approx(base.score[i])
        assert out[i]["rank_mean"] == pytest.approx(expected.mean_rank[i])
        assert out[i]["rank_p05"] == pytest.approx(expected.rank_p05[i])
        assert out[i]["rank_p95"] == pytest.approx(expected.rank_p95[i])
        assert out[i]["p_top_k"] == pytest.approx(expected.p_top_k[i])
    assert result["STABLE_TOP_K"] == int((expected.p_top_k >= 0.95).sum())


def test_scores_60_40_give_a_clear_winner_that_stays_first(clearance_provider, layers):
    result = processing.run("clearance:sensitivity", params(layers, CONCENTRATION=1000))
    out = {f["id"]: f for f in result["OUTPUT"].getFeatures()}
    # score_i = 0.6 (1 - (10+100i)/1000) + 0.4 (1 - (510-100i)/1000) falls with i
    assert [out[i]["priority_rank"] for i in range(6)] == [1, 2, 3, 4, 5, 6]
    assert out[0]["p_top_k"] == 1.0 and out[0]["rank_p95"] == 1.0
    assert out[5]["p_top_k"] == 0.0


def test_same_seed_same_result_and_chart_written(clearance_provider, layers, tmp_path):
    chart = tmp_path / "ranks.png"
    a = processing.run("clearance:sensitivity", params(layers, CHART=str(chart)))
    b = processing.run("clearance:sensitivity", params(layers))
    values = [[f["rank_mean"] for f in r["OUTPUT"].getFeatures()] for r in (a, b)]
    assert values[0] == values[1]
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert a["CHART"] == str(chart)


def test_uniform_spread_of_100_percent_is_refused(clearance_provider, layers):
    with pytest.raises(QgsProcessingException, match="SPREAD"):
        processing.run("clearance:sensitivity", params(layers, METHOD=1, SPREAD=100))


BOWTIE = "POLYGON((700 0, 800 100, 800 0, 700 100, 700 0))"


def test_parcels_without_usable_geometry_keep_rows_with_null_rank_statistics(
    clearance_provider, layers
):
    _, settlements, cemeteries = layers
    wkts = [
        *PARCELS,
        BOWTIE,
        None,
        nan_polygon(900, 0),
        "POLYGON((1000 0, 1100 0, 1000 0))",
        "POLYGON((1200 0, 1200 0, 1200 0))",
    ]
    parcels = memory_layer(
        "Polygon", wkts, fields=[("id", QVariant.Int)], rows=[(i,) for i in range(11)]
    )
    feedback = WarningFeedback()
    result = processing.run(
        "clearance:sensitivity",
        params((parcels, settlements, cemeteries), METHOD=1, SPREAD=30),
        feedback=feedback,
    )
    out = {f["id"]: f for f in result["OUTPUT"].getFeatures()}
    assert sorted(out) == list(range(11))  # every parcel kept
    stats = ("priority_score", "priority_rank", "rank_mean", "rank_p05", "rank_p95", "p_top_k")
    for i in (7, 8, 9, 10):  # null, NaN vertex, 2-point ring, one-point ring
        assert all(out[i][name] in (None, NULL) for name in stats), i
    for i in range(7):  # the six squares and the repaired bow-tie are ranked
        assert all(out[i][name] not in (None, NULL) for name in stats), i
    assert sorted(out[i]["priority_rank"] for i in range(7)) == list(range(1, 8))
    # the bow-tie is written repaired: two triangles, the makeValid area
    expected = QgsGeometry.fromWkt(BOWTIE).makeValid().area()
    assert out[6].geometry().area() == pytest.approx(expected) and expected == pytest.approx(5000)
    assert out[6].geometry().isGeosValid()
    text = " ".join(feedback.warnings)
    fids = {f["id"]: f.id() for f in parcels.getFeatures()}
    # named by feature id and by the id guessed from the field "id"
    assert f"{fids[8]} '8' (NaN or infinite coordinate)" in text
    assert f"{fids[9]} '9' (no area after repair" in text
    assert f"{fids[10]} '10' (no area after repair" in text
    assert f"features {fids[7]} '7'" in text


def test_unusable_criterion_features_are_left_out_of_the_distances(clearance_provider, layers):
    parcels, settlements, _ = layers
    cemeteries = memory_layer(
        "Point", ["POINT(560 25)", None, QgsGeometry.fromPointXY(QgsPointXY(float("nan"), 0))]
    )
    expected = processing.run("clearance:sensitivity", params(layers))
    result = processing.run("clearance:sensitivity", params((parcels, settlements, cemeteries)))
    for name in ("priority_score", "rank_mean", "p_top_k"):
        assert [f[name] for f in result["OUTPUT"].getFeatures()] == [
            f[name] for f in expected["OUTPUT"].getFeatures()
        ]
