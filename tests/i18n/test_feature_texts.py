"""Per-feature texts reach users in their language: check_geometry's detail, the id warnings,
the IMSMA import notes, layer-role reasons, the work-plan slope note, the ranking-map legend
and the comparison report. The engine keeps them as Texts (template and arguments apart);
the QGIS boundary translates them (i18n.tr_message). Codes (rule, status) stay English."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from qgis import processing

from tests.algorithms import imsma_exports as ex
from tests.algorithms.test_compare_scenarios import layers, scenario  # noqa: F401 (fixture)
from tests.algorithms.test_compare_scenarios import run as compare
from tests.i18n.test_languages import translator  # noqa: F401 (fixture)
from tests.qgis_support import QVariant, WarningFeedback, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")
SQ = "POLYGON((600000 4400000, 600000 4400100, 600100 4400100, 600100 4400000, 600000 4400000))"
SLIVER = "POLYGON((620000 4400000, 620000 4400000.5, 620000.5 4400000, 620000 4400000))"


def checked(feedback=None) -> dict:
    """check_geometry on features 1, 2 (the same square, both id 'A') and 3 (a sliver of
    0.125 m²): rule -> detail, and the warnings pushed."""
    layer = memory_layer(
        "Polygon",
        [SQ, SQ, SLIVER],
        fields=[("hazard_id", QVariant.String)],
        rows=[["A"], ["a "], ["C"]],
    )
    params = {"INPUT": layer, "ID_FIELD": "hazard_id", "OUTPUT": "TEMPORARY_OUTPUT"}
    result = processing.run("clearance:check_geometry", params, feedback=feedback)
    return {f["rule"]: f["detail"] for f in result["OUTPUT"].getFeatures()}


@pytest.mark.parametrize(
    ("translator", "sliver", "duplicate", "warning"),
    [
        (
            "az",
            "sahə 0.125 m² < 1 m²",
            "1, 2 obyektləri ilə eyni həndəsə",
            "hazard_id 'A' 1 və 2 obyektlərində var (yalnız boşluqlar və ya hərf registri ilə "
            "fərqlənən id-lər eyni id sayılır); bütün obyektlər saxlanılır",
        ),
        (
            "ru",
            "площадь 0.125 м² < 1 м²",
            "та же геометрия, что у объектов 1, 2",
            "hazard_id 'A' встречается у объектов 1 и 2 (идентификаторы, различающиеся только "
            "пробелами или регистром, считаются одним); все объекты сохранены",
        ),
    ],
    indirect=["translator"],
)
def test_geometry_details_and_id_warnings_are_in_the_language(
    translator,  # noqa: F811
    sliver,
    duplicate,
    warning,
):
    feedback = WarningFeedback()
    details = checked(feedback)
    assert details["sliver"] == sliver  # the rule is a code: English
    assert details["duplicate geometry"] == duplicate
    assert any(warning in w for w in feedback.warnings), feedback.warnings


def test_geometry_details_and_id_warnings_are_english_without_a_translator():
    feedback = WarningFeedback()
    details = checked(feedback)
    assert details["sliver"] == "area 0.125 m² < 1 m²"
    assert details["duplicate geometry"] == "same geometry as features 1, 2"
    assert details["duplicate id"] == "hazard_id repeats: 'A', 'a '"
    expected = (
        "hazard_id 'A' appears on features 1 and 2 (ids differing only by spaces or case are "
        "the same id); all features are kept"
    )
    assert any(expected in w for w in feedback.warnings), feedback.warnings


@pytest.mark.parametrize(
    ("translator", "number", "vocabulary"),
    [
        (
            "az",
            "estimated_area_m2: '1 234,5' ədəd deyil",
            "hazard_type: 'weird class' hazard_type lüğətində yoxdur",
        ),
        (
            "ru",
            "estimated_area_m2: '1 234,5' — не число",
            "hazard_type: 'weird class' нет в словаре hazard_type",
        ),
    ],
    indirect=["translator"],
)
def test_imsma_import_notes_are_in_the_language(tmp_path, translator, number, vocabulary):  # noqa: F811
    params = {
        "INPUT": ex.ng_hazards(tmp_path),
        "KIND": "hazard",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "REPORT": str(tmp_path / "ng.html"),
    }
    out = list(processing.run("clearance:import_imsma", params)["OUTPUT"].getFeatures())
    assert number in out[1]["import_notes"]
    assert vocabulary in out[4]["import_notes"]


@pytest.mark.parametrize(
    ("translator", "refused", "reasons"),
    [
        (
            "az",
            "minefield_records üçün həndəsə növü lazımdır: poliqon; bu layda: nöqtə",
            "adında 'sha' var; sahələr hazard_type; hazard_type sahəsində SHA var; "
            "həndəsə: poliqon",
        ),
        (
            "ru",
            "для minefield_records нужна геометрия: полигон; у этого слоя: точка",
            "в имени есть 'sha'; поля hazard_type; поле hazard_type содержит SHA; "
            "геометрия: полигон",
        ),
    ],
    indirect=["translator"],
)
def test_layer_role_reasons_are_in_the_language(translator, refused, reasons):  # noqa: F811
    from clearance_planner.engine.layer_roles import POINT, POLYGON, LayerFacts, best_role, refusal
    from clearance_planner.i18n import tr_message

    assert tr_message(refusal("minefield_records", POINT)) == refused
    facts = LayerFacts("BHMAC_SHA_2023.shp", POLYGON, ("hazard_type",), {"hazard_type": ("SHA",)})
    assert best_role(facts).explain(tr_message) == reasons


@pytest.mark.parametrize(
    ("translator", "note", "high", "weights"),
    [
        (
            "az",
            "mexaniki -> əl ilə: meyillik 26.6 > 20 dərəcə",
            "Yüksək: qiymətləndirilmiş sahələrin yuxarı üçdə biri, bal ≥ 66.7 (1)",
            "yaşayış məntəqələri 40 % (xətti, 0 m-də 1-dən 5000 m-də 0-a)",
        ),
        (
            "ru",
            "механизированное -> ручное: уклон 26.6 > 20 град.",
            "Высокий: верхняя треть оценённых участков, балл ≥ 66.7 (1)",
            "населённые пункты 40 % (линейный, от 1 при 0 м до 0 при 5000 м)",
        ),
    ],
    indirect=["translator"],
)
def test_slope_note_and_ranking_legend_are_in_the_language(translator, note, high, weights):  # noqa: F811
    assert [tr_texts(t) for t in plan_and_legend()] == [note, high, weights]


def test_slope_note_and_ranking_legend_are_english_without_a_translator():
    assert [tr_texts(t) for t in plan_and_legend()] == [
        "mechanical -> manual: slope 26.6 > 20 deg",
        "High: top third of scored parcels, score ≥ 66.7 (1)",
        "settlements 40 % (linear, 1 at 0 m to 0 at 5000 m)",
    ]


def tr_texts(text) -> str:
    from clearance_planner.i18n import tr_message

    return tr_message(text)


def plan_and_legend() -> list:
    """The slope note of a mechanical task at 26.57° (limit 20°), the High legend line and a
    criterion's weight line: engine Texts."""
    from clearance_planner.engine.priority_legend import class_summary, weight_lines
    from clearance_planner.engine.workplan import TaskTable

    tasks = TaskTable(
        parent=["P0"], rank=np.array([1.0]), piece=[0], method=["mechanical"], season=[False],
        area=[1.0],
    )  # fmt: skip
    tasks.slope = np.array([26.57])
    tasks.fall_back_on_slope(20.0)
    legend = class_summary(["High", "Low"], [90.0, 10.0], [66.7, 33.3], "terciles")
    criterion = {"name": "settlements", "weight": 0.4, "decay": "linear", "distance_m": 5000}
    lines = weight_lines({"parameters": {"criteria": [criterion]}})
    return [tasks.note[0], legend.entries[0].label, lines[0]]


@pytest.mark.parametrize(
    ("translator", "tau", "overlap", "heading"),
    [
        ("az", "Kendall tau-b (bərabərliklər saxlanılır)", ("İlk K üst-üstə düşmə", "2 üzrə 1"),
         "<h1>Ssenarilərin müqayisəsi</h1>"),
        ("ru", "Тау-b Кендалла (с учётом связей)", ("Пересечение первых K", "1 из 2"),
         "<h1>Сравнение сценариев</h1>"),
    ],
    indirect=["translator"],
)  # fmt: skip
def test_scenario_comparison_report_is_in_the_language(
    layers,  # noqa: F811
    tmp_path,
    translator,  # noqa: F811
    tau,
    overlap,
    heading,
):
    report, table = tmp_path / "compare.html", tmp_path / "compare.csv"
    compare(
        layers,
        scenario("Settlements", 1, 0),
        scenario("Cemeteries", 0.25, 0.75, '"access" = 1'),
        REPORT=str(report),
        CSV=str(table),
    )
    with open(table, newline="", encoding="utf-8") as fh:
        lines = list(csv.reader(fh))
    figures = dict(line for line in lines if len(line) == 2)
    assert figures[tau] == "0.000" and figures[overlap[0]] == overlap[1]
    assert lines[0] == ["figure", "value"]  # the CSV's column names stay English
    assert lines[lines.index([]) + 1][:4] == ["parcel", "rank_a", "rank_b", "rank_change"]
    assert heading in report.read_text(encoding="utf-8")


@pytest.mark.parametrize("translator", ["ru"], indirect=True)
def test_dock_explanation_names_criterion_and_decay_in_the_language(translator):  # noqa: F811
    from clearance_planner.engine.prioritise import Criterion, score_parcels
    from clearance_planner.gui.explanation import explanation_html

    distances = np.array([[300.0]])
    criteria = [Criterion("settlements", 1.0, "linear", 1000.0)]
    html = explanation_html(0, "H1", score_parcels(distances, criteria), criteria, distances[0])
    # settlements 300 m, linear to 0 at 1000 m: score 0.7, weight 1, 70.0 points
    assert (
        "<tr><td>населённые пункты</td><td align=right>300</td>"
        "<td>линейный, от 1 при 0 м до 0 при 1000 м</td><td align=right>0.700</td>"
    ) in html
    assert "<th>спад</th>" in html


@pytest.mark.parametrize("translator", ["ru"], indirect=True)
def test_a_criterion_name_of_the_user_stays_as_written_in_the_weight_lines(translator):  # noqa: F811
    from clearance_planner.engine.priority_legend import weight_lines

    criterion = {"name": "wells", "weight": 1.0, "decay": "step", "distance_m": 250}
    lines = weight_lines({"parameters": {"criteria": [criterion]}})
    assert tr_texts(lines[0]) == "wells 100 % (ступенчатый, 1 до 250 м)"
