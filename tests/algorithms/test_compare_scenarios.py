"""clearance:compare_scenarios: rank changes, Kendall tau-b and top-K overlap by hand, a
scenario saved in a project file and read back, and tau-b on the demo against a pairwise
count."""

from __future__ import annotations

import csv
import json
import math
import sqlite3

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from tests.qgis_support import DEMO_GPKG, QVariant, demo_layer, memory_layer

# parcels P0..P3: 10 m boxes whose west edge is 100, 300, 600, 900 m east of the settlement
# at (0, 0); the cemetery at (1010, 0) is 900, 700, 400, 100 m from their east edge. P4 has
# no geometry. P3 has access 0 (fails the gate "access" = 1).
XS = (100, 300, 600, 900)
PARCELS = [f"POLYGON(({x} -5, {x + 10} -5, {x + 10} 5, {x} 5, {x} -5))" for x in XS] + [None]


@pytest.fixture()
def layers():
    parcels = memory_layer(
        "Polygon",
        PARCELS,
        fields=[("hazard_id", QVariant.String), ("access", QVariant.Int)],
        rows=[("P0", 1), ("P1", 1), ("P2", 1), ("P3", 0), ("P4", 1)],
    )
    return {
        "PARCELS": parcels,
        "SETTLEMENTS": memory_layer("Point", ["POINT(0 0)"]),
        "CEMETERIES": memory_layer("Point", ["POINT(1010 0)"]),
    }


def scenario(name: str, settlements: float, cemeteries: float, gate: str = "") -> dict:
    linear = {"decay": "linear", "distance_m": 1000.0}
    return {
        "format": "clearance_planner/scenario",
        "version": 1,
        "name": name,
        "criteria": {
            "settlements": {"weight": settlements, **linear},
            "cemeteries": {"weight": cemeteries, **linear},
            "infrastructure": {"weight": 0.25, "decay": "exponential", "distance_m": 1000.0},
            "incidents": {"weight": 0.2, "decay": "gaussian", "distance_m": 1500.0},
        },
        "gate_expression": gate,
        "ahp": None,
    }


def run(layers, a, b, **extra):
    params = {
        **layers,
        "SCENARIO_A": a if isinstance(a, str) else json.dumps(a),
        "SCENARIO_B": b if isinstance(b, str) else json.dumps(b),
        "TOP_K": 2,
        "OUTPUT": "TEMPORARY_OUTPUT",
        **extra,
    }
    return processing.run("clearance:compare_scenarios", params)


def rows(layer) -> dict:
    return {f["hazard_id"]: f for f in layer.getFeatures()}


def test_rank_change_tau_and_overlap_equal_the_hand_computation(clearance_provider, layers):
    # A: settlements only -> 90, 70, 40, 10 -> ranks 1 2 3 4.
    # B: 0.25 settlements + 0.75 cemeteries -> 30, 40, 55, 70 with P3 gated
    #    -> P2 (55), P1 (40), P0 (30), then P3 -> ranks 3 2 1 4.
    # Pairs: (0,1) (0,2) (1,2) discordant, (0,3) (1,3) (2,3) concordant -> tau-b = 0.
    # Top 2: A {P0, P1}, B {P2, P1} -> overlap 1 (share 0.5).
    result = run(
        layers, scenario("Settlements", 1, 0), scenario("Cemeteries", 0.25, 0.75, '"access" = 1')
    )
    assert result["KENDALL_TAU"] == pytest.approx(0.0, abs=1e-12)
    assert (result["TOP_K_OVERLAP"], result["TOP_K_SHARE"]) == (1, 0.5)
    assert result["PARCELS_COMPARED"] == 4
    out = rows(result["OUTPUT"])
    got = {k: (f["rank_a"], f["rank_b"], f["rank_change"]) for k, f in out.items() if k != "P4"}
    assert got == {"P0": (1, 3, -2), "P1": (2, 2, 0), "P2": (3, 1, 2), "P3": (4, 4, 0)}
    assert out["P2"]["score_a"] == pytest.approx(40.0) and out["P2"]["score_b"] == pytest.approx(
        55.0
    )
    assert out["P3"]["class_b"] == "Gated" and out["P3"]["class_a"] == "Low"
    assert [out[k]["in_top_k_a"] for k in ("P0", "P1", "P2")] == [True, True, False]
    assert [out[k]["in_top_k_b"] for k in ("P0", "P1", "P2")] == [False, True, True]
    # P4 has no geometry: kept, not ranked, not compared
    assert out["P4"]["rank_a"] in (None,) or out["P4"]["rank_a"].isNull()
    assert out["P4"]["class_a"] == "Unknown"
    movers = json.loads(result["MOVERS"])
    assert [(m["parcel"], m["rank_a"], m["rank_b"], m["rank_change"]) for m in movers] == [
        ("P0", 1, 3, -2),
        ("P2", 3, 1, 2),
    ]


def test_a_geopackage_output_embeds_the_diverging_style_and_the_run(
    clearance_provider, layers, tmp_path
):
    from qgis.core import QgsGraduatedSymbolRenderer

    target = tmp_path / "compare.gpkg"
    result = run(layers, scenario("A", 1, 0), scenario("B", 0.25, 0.75), OUTPUT=str(target))
    layer = QgsVectorLayer(result["OUTPUT"], "compare", "ogr")  # default style from the gpkg
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "rank_change"
    colours = [r.symbol().color().name() for r in renderer.ranges()]
    assert colours[0] == "#b35806" and colours[3] == "#f7f7f7" and colours[-1] == "#542788"
    with sqlite3.connect(target) as db:
        algorithm, params = db.execute(
            "select algorithm, parameters from clearance_runs"
        ).fetchone()
    record = json.loads(params)
    assert algorithm == "clearance:compare_scenarios"
    assert [record["scenario_a"]["name"], record["scenario_b"]["name"]] == ["A", "B"]
    assert record["scenario_b"]["criteria"][1]["weight"] == pytest.approx(0.75)


def test_tau_b_counts_ties_as_ties(clearance_provider, layers):
    # B: 0.5 / 0.5 -> every open parcel scores 50; P3 gated. Tied in B: (0,1) (0,2) (1,2);
    # concordant: (0,3) (1,3) (2,3). tau-b = 3 / sqrt(6 * (6 - 3)) = 1 / sqrt(2) (tau-a: 0.5).
    result = run(layers, scenario("A", 1, 0), scenario("B", 0.5, 0.5, '"access" = 1'))
    assert result["KENDALL_TAU"] == pytest.approx(1 / math.sqrt(2))
    assert result["TOP_K_OVERLAP"] == 2  # ties keep input order: P0, P1 in both top 2


def test_report_and_csv_give_the_same_figures(clearance_provider, layers, tmp_path):
    report, table = tmp_path / "compare.html", tmp_path / "compare.csv"
    result = run(
        layers,
        scenario("Settlements", 1, 0),
        scenario("Cemeteries", 0.25, 0.75, '"access" = 1'),
        REPORT=str(report),
        CSV=str(table),
    )
    assert result["REPORT"] == str(report) and result["CSV"] == str(table)
    with open(table, newline="", encoding="utf-8") as fh:
        lines = list(csv.reader(fh))
    figures = dict(line for line in lines if len(line) == 2)
    assert figures["Kendall tau-b (ties kept)"] == "0.000"
    assert figures["Top-K overlap"] == "1 of 2"
    movers = lines[lines.index([]) + 2 :]
    assert [(m[0], m[3]) for m in movers] == [("P0", "-2"), ("P2", "2")]
    page = report.read_text(encoding="utf-8")
    assert "Settlements" in page and "Cemeteries" in page and "1 of 2" in page
    assert "data:image/png;base64," in page


def test_a_scenario_saved_in_a_project_file_is_read_back_and_compared(
    clearance_provider, layers, tmp_path
):
    from clearance_planner.engine.scenario import from_json
    from clearance_planner.qgis_io.scenario_store import save_scenario, saved_scenarios

    project = QgsProject.instance()
    project.clear()
    saved = from_json(json.dumps(scenario("Cemeteries", 0.25, 0.75, '"access" = 1')))[0]
    save_scenario(project, saved)
    path = str(tmp_path / "scenarios.qgz")
    assert project.write(path)
    project.clear()
    fresh = QgsProject()
    assert fresh.read(path)
    assert saved_scenarios(fresh) == {"Cemeteries": saved}
    # the algorithm takes the saved scenario by name from the context's project
    project.read(path)
    result = run(layers, scenario("Settlements", 1, 0), "Cemeteries")
    assert result["KENDALL_TAU"] == pytest.approx(0.0, abs=1e-12)
    assert result["TOP_K_OVERLAP"] == 1
    project.clear()


def test_a_scenario_file_is_read(clearance_provider, layers, tmp_path):
    path = tmp_path / "b.json"
    path.write_text(json.dumps(scenario("B", 0.5, 0.5, '"access" = 1')), encoding="utf-8")
    result = run(layers, scenario("A", 1, 0), str(path))
    assert result["KENDALL_TAU"] == pytest.approx(1 / math.sqrt(2))


@pytest.mark.parametrize(
    ("b", "message"),
    [
        ("Nowhere", "SCENARIO_B: 'Nowhere' is neither a JSON file nor a scenario saved"),
        ('{"name": "x",', "SCENARIO_B: the scenario JSON text is not valid JSON"),
        (
            json.dumps({**scenario("B", 1, 0), "criteria": {}}),
            "SCENARIO_B: (scenario 'B') criteria.settlements is missing",
        ),
        (
            json.dumps(scenario("B", 1, 0, '"no_such_field" = 1')),
            "no_such_field",
        ),
        (json.dumps(scenario("B", 0, 0)), "SCENARIO_B: scenario 'B': every weight"),
    ],
)
def test_a_bad_scenario_is_named_in_the_error(clearance_provider, layers, b, message):
    with pytest.raises(QgsProcessingException) as info:
        run(layers, scenario("A", 1, 0), b)
    assert message in str(info.value)


def test_a_missing_file_is_named(clearance_provider, layers, tmp_path):
    missing = tmp_path / "gone.json"
    with pytest.raises(QgsProcessingException, match=r"SCENARIO_A: cannot read .*gone\.json"):
        run(layers, str(missing), scenario("B", 1, 0))


def test_ahp_of_a_scenario_sets_its_weights(clearance_provider, layers):
    # AHP [[1, 3], [1/3, 1]]: settlements 0.75, cemeteries 0.25 -> 70, 60, 45, 30: same order
    # as settlements only -> tau-b 1, no movers
    b = {
        **scenario("AHP", 0, 0),
        "ahp": {"criteria": ["settlements", "cemeteries"], "matrix": "1,3;1/3,1"},
    }
    result = run(layers, scenario("A", 1, 0), b)
    assert result["KENDALL_TAU"] == pytest.approx(1.0)
    assert rows(result["OUTPUT"])["P1"]["score_b"] == pytest.approx(75 * 0.7 + 25 * 0.3)
    assert json.loads(result["MOVERS"]) == []


def pairwise_tau_b(a: np.ndarray, b: np.ndarray) -> float:
    """Independent check: tau-b from the signs of every pair."""
    sa = np.sign(a[:, None] - a[None, :])
    sb = np.sign(b[:, None] - b[None, :])
    upper = np.triu(np.ones_like(sa, dtype=bool), 1)
    s = (sa * sb)[upper].sum()
    return s / math.sqrt((sa[upper] != 0).sum() * (sb[upper] != 0).sum())


@pytest.mark.skipif(not DEMO_GPKG.exists(), reason="run make demo-data")
def test_tau_b_on_the_demo_equals_a_pairwise_count_and_scipy(clearance_provider):
    from scipy.stats import kendalltau

    demo = {
        "PARCELS": demo_layer("hazards"),
        "SETTLEMENTS": demo_layer("settlements"),
        "INFRASTRUCTURE": demo_layer("planned_infrastructure"),
        "INCIDENTS": demo_layer("incidents"),
    }
    a = scenario("Settlements first", 0.6, 0.0)
    b = {**scenario("Infrastructure first", 0.2, 0.0), "gate_expression": '"access_secure"'}
    b["criteria"]["infrastructure"] = {"weight": 0.7, "decay": "linear", "distance_m": 3000.0}
    result = run(demo, a, b, TOP_K=20)
    features = list(result["OUTPUT"].getFeatures())
    known = [f for f in features if f["class_a"] != "Unknown"]
    key_a = np.array([f["score_a"] for f in known], dtype=float)
    key_b = np.array(
        [f["score_b"] - (1000 if f["class_b"] == "Gated" else 0) for f in known], dtype=float
    )
    expected = pairwise_tau_b(key_a, key_b)
    assert result["KENDALL_TAU"] == pytest.approx(expected, abs=1e-9)
    assert result["KENDALL_TAU"] == pytest.approx(kendalltau(key_a, key_b).statistic, abs=1e-9)
    top_a = {f.id() for f in known if f["rank_a"] <= 20}
    top_b = {f.id() for f in known if f["rank_b"] <= 20}
    assert len(top_a) == len(top_b) == 20
    assert result["TOP_K_OVERLAP"] == len(top_a & top_b)
    assert all(f["rank_change"] == f["rank_a"] - f["rank_b"] for f in known)
    assert isinstance(result["OUTPUT"], QgsVectorLayer)


@pytest.mark.skipif(not DEMO_GPKG.exists(), reason="run make demo-data")
def test_qgis_process_with_the_shipped_scenario_files_equals_processing_run(
    clearance_provider, qgis_process_env, tmp_path
):
    import subprocess

    from tests.qgis_support import QGIS_PROCESS, ROOT

    g = f"{DEMO_GPKG}|layername="
    examples = ROOT / "resources" / "scenarios"
    params = {
        "PARCELS": g + "hazards",
        "SETTLEMENTS": g + "settlements",
        "INFRASTRUCTURE": g + "planned_infrastructure",
        "SCENARIO_A": str(examples / "settlements_first.json"),
        "SCENARIO_B": str(examples / "infrastructure_first.json"),
    }
    proc = subprocess.run(
        [QGIS_PROCESS, "--json", "run", "clearance:compare_scenarios", "--"]
        + [f"{k}={v}" for k, v in params.items()]
        + [f"OUTPUT={tmp_path / 'cli.gpkg'}"],
        env=qgis_process_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    cli = json.loads(proc.stdout[proc.stdout.index("{") :])["results"]
    here = processing.run("clearance:compare_scenarios", {**params, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert cli["KENDALL_TAU"] == pytest.approx(here["KENDALL_TAU"], abs=1e-12)
    assert cli["TOP_K_OVERLAP"] == here["TOP_K_OVERLAP"]
    assert json.loads(cli["MOVERS"]) == json.loads(here["MOVERS"])
    assert -1 <= cli["KENDALL_TAU"] < 1  # the two example scenarios do not rank alike
