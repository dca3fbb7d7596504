"""clearance:workplan via processing.run: dates by hand, split areas by GEOS, DEM by rasterio."""

from __future__ import annotations

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from tests.qgis_support import QVariant, WarningFeedback, folder_state, memory_layer, nan_polygon

pytestmark = pytest.mark.usefixtures("clearance_provider")


def square(x0, y0, side):
    x1, y1 = x0 + side, y0 + side
    return f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


FIELDS = [
    ("hazard_id", QVariant.String),
    ("priority_rank", QVariant.Int),
    ("method", QVariant.String),
]


def parcels(rows, wkts=None):
    wkts = wkts or [square(i * 1000, 0, 40) for i in range(len(rows))]  # 1,600 m² each
    return memory_layer("Polygon", wkts, fields=FIELDS, rows=rows)


def run(params: dict) -> dict:
    base = {
        "START_DATE": "2027-03-01",
        "TEAMS": "manual:1,mdd:1,mechanical:1",
        "METHOD_FIELD": "method",
        "LAND_RELEASE": False,  # today's plan; land-release chains pass True
        "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
    }
    base.update(params)
    return processing.run("clearance:workplan", base)


def tasks(result) -> dict:
    return {f["task_id"]: f for f in result["OUTPUT"].getFeatures()}


def test_default_method_applies_without_method_field():
    layer = parcels([["A", 1, "mdd"]])
    out = tasks(run({"PARCELS": layer, "METHOD_FIELD": None, "DEFAULT_METHOD": 0}))
    assert out["A"]["method"] == "manual" and out["A"]["work_days"] == 7


def test_manual_tasks_follow_priority_on_one_team():
    # 1,600 m² manual = 1600/240 = 6.67 -> 7 working days each; rank 1 is H2
    layer = parcels([["H1", 2, "manual"], ["H2", 1, "manual"]])
    out = tasks(run({"PARCELS": layer}))
    h2, h1 = out["H2"], out["H1"]
    assert h2["effort_team_days"] == pytest.approx(1600 / 240)
    assert h2["effort_low_team_days"] == pytest.approx(1600 * 0.5 / 400)
    assert h2["effort_high_team_days"] == pytest.approx(1600 / 80)
    assert h2["start_date"] == QDate(2027, 3, 1) and h2["end_date"] == QDate(2027, 3, 9)
    assert h1["start_date"] == QDate(2027, 3, 10) and h1["end_date"] == QDate(2027, 3, 18)
    assert h2["team"] == "manual 1" and h2["sequence"] == 1 and h1["sequence"] == 2


def test_holidays_and_two_teams():
    layer = parcels([["A", 1, "manual"], ["B", 2, "manual"], ["C", 3, "manual"]])
    out = tasks(run({"PARCELS": layer, "TEAMS": "manual:2", "HOLIDAYS": "2027-03-08"}))
    # A, B start Mon 1 Mar; 7 days skipping Mon 8 -> Wed 10; C on team 1 from Thu 11 -> Fri 19
    assert out["A"]["end_date"] == QDate(2027, 3, 10) and out["B"]["end_date"] == QDate(2027, 3, 10)
    assert (out["A"]["team"], out["B"]["team"], out["C"]["team"]) == (
        "manual 1",
        "manual 2",
        "manual 1",
    )
    assert out["C"]["start_date"] == QDate(2027, 3, 11) and out["C"]["end_date"] == QDate(
        2027, 3, 19
    )


def test_no_work_months_without_dem_apply_to_every_task():
    layer = parcels([["A", 1, "mdd"]])  # 1600/400 = 4 days
    out = tasks(run({"PARCELS": layer, "START_DATE": "2027-11-29", "NO_WORK_MONTHS": "12,1,2"}))
    # Mon 29, Tue 30 Nov, then Wed 1 and Thu 2 Mar 2028
    assert out["A"]["end_date"] == QDate(2028, 3, 2) and out["A"]["seasonal"]


def test_split_preserves_area_and_keeps_parent():
    wkt = "POLYGON((0 0, 350 0, 350 120, 200 260, 0 260, 0 0))"
    layer = parcels([["BIG", 1, "mechanical"]], [wkt])
    out = tasks(run({"PARCELS": layer, "MAX_TASK_HA": 1.0}))
    area = QgsGeometry.fromWkt(wkt).area()
    assert len(out) > 1 and all(f["parent_id"] == "BIG" for f in out.values())
    assert all(f["area_m2"] <= 10_000 + 1e-6 for f in out.values())
    total = sum(f.geometry().area() for f in out.values())
    assert abs(total - area) / area < 1e-4
    assert sum(f["area_m2"] for f in out.values()) == pytest.approx(area, rel=1e-4)
    assert "BIG-1" in out


def test_geopackage_output_is_styled_and_records_the_run(tmp_path):
    import sqlite3

    layer = parcels([["A", 1, "manual"]])
    target = tmp_path / "plan.gpkg"
    run({"PARCELS": layer, "OUTPUT": str(target)})
    with sqlite3.connect(target) as db:
        (qml,) = db.execute("select styleQML from layer_styles").fetchone()
        (params,) = db.execute("select parameters from clearance_runs").fetchone()
    assert "<category" in qml and 'value="mdd"' in qml
    assert '"teams": {"manual": 1' in params and '"completion": "2027-03-09"' in params


def test_summary_totals_and_completion():
    layer = parcels([["A", 1, "manual"], ["B", 2, "mdd"]])
    result = run({"PARCELS": layer, "COST_PER_M2": "manual:2.5"})
    rows = {
        (f["method"], f["district"]): f for f in result["SUMMARY"].getFeatures() if not f["month"]
    }
    total = rows[("(all)", None)] if ("(all)", None) in rows else rows[("(all)", "(all)")]
    assert total["tasks"] == 2 and total["area_m2"] == pytest.approx(3200)
    assert total["projected_completion"] == QDate(2027, 3, 9)  # manual: 7 days from Mon 1
    assert rows[("manual", "(all)")]["cost_usd"] == pytest.approx(4000)
    assert result["SUMMARY"].wkbType() == 100  # NoGeometry


def test_districts_are_assigned_by_point_on_surface():
    layer = parcels([["A", 1, "manual"], ["B", 2, "manual"]])
    districts = memory_layer(
        "Polygon",
        [square(-100, -100, 600), square(600, -100, 1000)],
        fields=[("district", QVariant.String)],
        rows=[["West"], ["East"]],
    )
    out = tasks(run({"PARCELS": layer, "DISTRICTS": districts}))
    assert out["A"]["district"] == "West" and out["B"]["district"] == "East"


def write_dem(path, crs, transform, z):
    import rasterio

    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        width=z.shape[1],
        height=z.shape[0],
        count=1,
        dtype="float32",
        crs=crs,
        transform=transform,
    ) as ds:
        ds.write(z.astype("float32"), 1)


def test_dem_elevation_slope_highland_and_mechanical_fallback(tmp_path):
    from rasterio.transform import from_origin

    # 10 m cells over x 0..2000, y 0..100; z = 1000 + 0.5 x  -> slope atan(0.5) = 26.57°
    cols = np.arange(200)
    z = np.tile(1000 + 0.5 * (cols * 10 + 5), (10, 1))
    dem = tmp_path / "dem.tif"
    write_dem(dem, "EPSG:32638", from_origin(0, 100, 10, 10), z)
    layer = parcels(
        [["LOW", 1, "mechanical"], ["HIGH", 2, "mdd"]], [square(0, 0, 40), square(1500, 0, 40)]
    )
    out = tasks(
        run(
            {
                "PARCELS": layer,
                "DEM": str(dem),
                "HIGHLAND_M": 1500,
                "NO_WORK_MONTHS": "1",
                "MAX_MECH_SLOPE": 20,
            }
        )
    )
    low, high = out["LOW"], out["HIGH"]
    assert low["elevation_m"] == pytest.approx(1000 + 0.5 * 20)  # pixel centres 5..35
    assert high["elevation_m"] == pytest.approx(1000 + 0.5 * 1520)
    assert low["slope_deg"] == pytest.approx(np.degrees(np.arctan(0.5)))
    assert low["method"] == "manual" and "slope" in low["method_note"]
    assert not low["seasonal"] and high["seasonal"]


def test_dem_in_geographic_crs_is_sampled_after_reprojection(tmp_path):
    from rasterio.transform import from_origin

    # a flat 1234 m DEM in EPSG:4326 around 46.5 E, 40 N (UTM 38N)
    dem = tmp_path / "geo.tif"
    write_dem(
        dem, "EPSG:4326", from_origin(46.0, 41.0, 0.001, 0.001), np.full((2000, 1000), 1234.0)
    )
    wkt = "POLYGON((46.5 40.5, 46.502 40.5, 46.502 40.502, 46.5 40.502, 46.5 40.5))"
    layer = memory_layer(
        "Polygon", [wkt], crs="EPSG:4326", fields=FIELDS, rows=[["G", 1, "manual"]]
    )
    out = tasks(run({"PARCELS": layer, "DEM": str(dem)}))
    assert out["G"]["elevation_m"] == pytest.approx(1234.0) and out["G"]["slope_deg"] == 0


def test_gantt_png_is_written(tmp_path):
    layer = parcels([["A", 1, "manual"], ["B", 2, "mdd"], ["C", 3, "manual"]])
    png = tmp_path / "gantt.png"
    result = run({"PARCELS": layer, "GANTT": str(png), "TEAMS": "manual:2,mdd:1"})
    assert result["GANTT"] == str(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(str(png))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())}
    for method_colour in ("#d7301f", "#2b8cbe"):  # manual and mdd bars
        assert QColor(method_colour).rgb() in colours
    assert QColor("#31a354").rgb() not in colours  # no non-technical survey task
    assert not list(tmp_path.glob("*partial*"))
    from PIL import Image

    # the chart names the tasks as the task table does (its PNG Description, in plan order)
    drawn = Image.open(png).text["Description"].split("; ")
    assert sorted(drawn) == sorted(f["task_id"] for f in result["OUTPUT"].getFeatures())
    assert sorted(drawn) == ["A", "B", "C"]


def test_gantt_leaves_the_matplotlib_backend_of_qgis_alone(tmp_path):
    import matplotlib

    before = matplotlib.rcParams["backend"]
    matplotlib.use("svg", force=True)  # stands for the desktop's backend
    try:
        run({"PARCELS": parcels([["A", 1, "manual"]]), "GANTT": str(tmp_path / "g.png")})
        assert matplotlib.get_backend() == "svg"
        assert (tmp_path / "g.png").read_bytes()[:4] == b"\x89PNG"
    finally:
        matplotlib.rcParams["backend"] = before


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"TEAMS": "manual:0"}, "no team for method 'manual'"),
        ({"TEAMS": "flail:2"}, "unknown method 'flail'"),
        ({"PRODUCTIVITY": ["manual", 0, 0, 0]}, "productivity must be > 0"),
        ({"PRIORITY_FIELD": "rank"}, "no field 'rank'"),
        ({"NO_WORK_MONTHS": "13"}, "months must be 1-12"),
        ({"HOLIDAYS": "next tuesday"}, "HOLIDAYS"),
        ({"EXPECTED_REDUCTION": 1.0}, "EXPECTED_REDUCTION must be in"),
        ({"TEAMS": "manual:1.5"}, "whole numbers"),
    ],
)
def test_bad_parameters_give_clear_errors(params, message):
    layer = parcels([["A", 1, "manual"]])
    with pytest.raises(QgsProcessingException, match=message):
        run({"PARCELS": layer, **params})


def test_unknown_method_names_feature_and_field():
    layer = parcels([["A", 1, "manual"], ["B", 2, "Flail"]])
    with pytest.raises(
        QgsProcessingException, match=r"feature 2, field 'method': unknown method 'Flail'"
    ):
        run({"PARCELS": layer, "METHOD_FIELD": "method"})


def test_missing_default_priority_field():
    layer = memory_layer("Polygon", [square(0, 0, 10)], fields=[("id", QVariant.Int)], rows=[[1]])
    with pytest.raises(QgsProcessingException, match="priority_rank"):
        run({"PARCELS": layer, "METHOD_FIELD": None})


def test_empty_layer():
    layer = parcels([], [])
    with pytest.raises(QgsProcessingException, match="no features"):
        run({"PARCELS": layer})


def test_input_is_not_modified():
    layer = parcels([["A", 1, "manual"]])
    before = [f.attributes() for f in layer.getFeatures()]
    run({"PARCELS": layer, "MAX_TASK_HA": 0.05})
    assert [f.attributes() for f in layer.getFeatures()] == before
    assert isinstance(layer, QgsVectorLayer) and layer.featureCount() == 1


def test_slivers_join_a_neighbour_within_the_size_limit():
    from clearance_planner.qgis_io.split import grid_split

    # 50.6 x 60 m (3,036 m²), cells of 2,550 m² (side 50.4975 m) aligned top-left: full cell
    # 2,550, bottom strip 50.4975 x 9.5025 = 479.85, slivers 0.1025 m wide (5.18 and 0.97 m²)
    # join the bottom strip (the full cell has no room): 2 tasks of 2,550 and 486 m²
    geom = QgsGeometry.fromWkt("POLYGON((0 0, 50.6 0, 50.6 60, 0 60, 0 0))")
    pieces = grid_split(geom, 2550.0)
    assert sorted(p.area() for p in pieces) == pytest.approx([486.0, 2550.0])


def test_parcel_within_limit_is_not_split():
    from clearance_planner.qgis_io.split import grid_split

    geom = QgsGeometry.fromWkt(square(0, 0, 50))
    assert len(grid_split(geom, 2500.0)) == 1


def test_season_field_marks_only_those_parcels():
    layer = memory_layer(
        "Polygon",
        [square(0, 0, 40), square(1000, 0, 40)],
        fields=[*FIELDS, ("winter", QVariant.Bool)],
        rows=[["UP", 1, "mdd", True], ["DOWN", 2, "mdd", False]],
    )
    out = tasks(
        run(
            {
                "PARCELS": layer,
                "SEASON_FIELD": "winter",
                "NO_WORK_MONTHS": "12,1,2",
                "START_DATE": "2027-11-29",
                "TEAMS": "mdd:2",
            }
        )
    )
    assert out["UP"]["seasonal"] and not out["DOWN"]["seasonal"]
    assert out["UP"]["end_date"] == QDate(2028, 3, 2)  # Mon 29, Tue 30 Nov, Wed 1, Thu 2 Mar
    assert out["DOWN"]["end_date"] == QDate(2027, 12, 2)  # 29, 30 Nov, 1, 2 Dec


def test_null_priority_goes_last_and_dem_outside_gives_null(tmp_path):
    from rasterio.transform import from_origin

    dem = tmp_path / "far.tif"
    write_dem(dem, "EPSG:32638", from_origin(500000, 100, 10, 10), np.ones((5, 5)))
    layer = parcels([["A", None, "manual"], ["B", 5, "manual"]])
    out = tasks(run({"PARCELS": layer, "DEM": str(dem)}))
    assert out["B"]["sequence"] == 1 and out["A"]["sequence"] == 2
    assert out["A"]["priority_rank"] is None or out["A"]["priority_rank"] == NULL
    assert out["A"]["elevation_m"] == NULL and out["A"]["slope_deg"] == NULL


def test_demo_plan_follows_the_productivity_table_and_calendar(tmp_path):
    """Every demo task: effort = area / default rate, dates on working days, areas add up."""
    from clearance_planner.engine.schedule import DEFAULT_PRODUCTIVITY
    from tests.qgis_support import demo_layer

    hazards = demo_layer("hazards")
    hazards.setSubsetString('"fid" <= 40')
    rank = "priority_rank"
    layer = memory_layer(
        "Polygon",
        [f.geometry().asWkt() for f in hazards.getFeatures()],
        fields=[("hazard_id", QVariant.String), (rank, QVariant.Int), ("method", QVariant.String)],
        rows=[[f["hazard_id"], i + 1, f["method"]] for i, f in enumerate(hazards.getFeatures())],
    )
    result = run(
        {
            "PARCELS": layer,
            "MAX_TASK_HA": 5,
            "HOLIDAYS": "2027-03-08,2027-03-22",
            "TEAMS": "manual:3,mechanical:1,mdd:2,technical_survey:1,non_technical_survey:1",
            "DISTRICTS": demo_layer("districts"),
        }
    )
    feats = list(result["OUTPUT"].getFeatures())
    holidays = ["2027-03-08", "2027-03-22"]
    for f in feats:
        rate = DEFAULT_PRODUCTIVITY[f["method"]][0]
        assert f["effort_team_days"] == pytest.approx(f["area_m2"] / rate)
        assert f["area_m2"] == pytest.approx(f.geometry().area())
        assert f["area_m2"] <= 50_000 + 1e-6
        start = np.datetime64(f["start_date"].toString("yyyy-MM-dd"))
        end = np.datetime64(f["end_date"].toString("yyyy-MM-dd"))
        assert np.is_busday(start, holidays=holidays) and np.is_busday(end, holidays=holidays)
        assert np.busday_count(start, end + 1, holidays=holidays) == f["work_days"]
    total = sum(g.geometry().area() for g in hazards.getFeatures())
    assert sum(f["area_m2"] for f in feats) == pytest.approx(total, rel=1e-4)
    assert all(f["district"] for f in feats)


def test_productivity_from_csv_file(tmp_path):
    table = tmp_path / "rates.csv"
    table.write_text("method,default,low,high\nmanual,400,200,800\n", encoding="utf-8")
    layer = parcels([["A", 1, "manual"]])
    out = tasks(run({"PARCELS": layer, "PRODUCTIVITY": str(table)}))
    # 1600 / 400 = 4; low 1600 * 0.5 / 800 = 1; high 1600 / 200 = 8
    a = out["A"]
    assert (a["effort_team_days"], a["effort_low_team_days"], a["effort_high_team_days"]) == (
        4.0,
        1.0,
        8.0,
    )
    table.write_text("manual,400,200\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="4 columns"):
        run({"PARCELS": layer, "PRODUCTIVITY": str(table)})


def test_text_priority_that_is_no_number_names_the_feature():
    layer = memory_layer(
        "Polygon",
        [square(0, 0, 10), square(100, 0, 10)],
        fields=[("hazard_id", QVariant.String), ("prio", QVariant.String)],
        rows=[["A", "2"], ["B", "high"]],
    )
    with pytest.raises(QgsProcessingException, match="feature 2, field 'prio': priority 'high'"):
        run({"PARCELS": layer, "PRIORITY_FIELD": "prio", "METHOD_FIELD": None})


BOWTIE = "POLYGON((3000 0, 3200 200, 3200 0, 3000 200, 3000 0))"


def messy_parcels():
    """A square, a bow-tie, a null, a NaN vertex, a 2-point ring and a one-point ring."""
    return parcels(
        [
            ["OK", 1, "manual"],
            ["BOW", 2, "mdd"],
            ["NULL", 3, "manual"],
            ["NAN", 4, "mdd"],
            ["LINE", 5, "manual"],
            ["DOT", None, "manual"],
        ],
        [
            square(0, 0, 40),
            BOWTIE,
            None,
            nan_polygon(5000, 0),
            "POLYGON((6000 0, 6100 0, 6000 0))",
            "POLYGON((7000 0, 7000 0, 7000 0))",
        ],
    )


def test_parcels_without_usable_polygon_keep_a_row_not_planned():
    layer = messy_parcels()
    feedback = WarningFeedback()
    result = processing.run(
        "clearance:workplan",
        {
            "PARCELS": layer,
            "LAND_RELEASE": False,
            "START_DATE": "2027-03-01",
            "TEAMS": "manual:1,mdd:1",
            "METHOD_FIELD": "method",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    out = tasks(result)
    assert sorted(out) == sorted(f["hazard_id"] for f in layer.getFeatures())  # 6 in, 6 out
    assert out["OK"]["plan_status"] == "planned" and out["BOW"]["plan_status"] == "planned"
    assert out["BOW"]["area_m2"] == pytest.approx(QgsGeometry.fromWkt(BOWTIE).makeValid().area())
    assert out["BOW"]["area_m2"] == pytest.approx(20_000)  # two triangles of 100 x 200 / 2
    reasons = {
        "NULL": "not planned: no geometry",
        "NAN": "not planned: NaN or infinite coordinate",
        "LINE": "not planned: no area after repair",
        "DOT": "not planned: no area after repair",
    }
    for pid, reason in reasons.items():
        row = out[pid]
        assert row["plan_status"].startswith(reason), (pid, row["plan_status"])
        assert not row.hasGeometry()
        for name in ("sequence", "team", "start_date", "end_date", "effort_team_days", "area_m2"):
            assert row[name] == NULL or row[name] is None, (pid, name)
    assert out["NAN"]["priority_rank"] == 4 and out["NAN"]["method"] == "mdd"
    assert [out[p]["sequence"] for p in ("OK", "BOW")] == [1, 2]
    fids = {f["hazard_id"]: f.id() for f in layer.getFeatures()}
    named = " ".join(w for w in feedback.warnings if "not planned" in w)
    for pid in ("NAN", "LINE", "DOT"):
        assert f"{fids[pid]} (" in named
    assert f"features {fids['NULL']}" in named
    assert "1 invalid geometries repaired" in " ".join(feedback.warnings)
    summary = {
        (f["method"], f["district"]): f for f in result["SUMMARY"].getFeatures() if not f["month"]
    }
    total = summary[("(all)", "(all)")]
    assert (total["tasks"], total["not_planned"]) == (2, 4)
    assert summary[("manual", "(all)")]["not_planned"] == 3
    assert summary[("mdd", "(all)")]["not_planned"] == 1
    assert total["area_m2"] == pytest.approx(1600 + 20_000)


def test_only_unusable_parcels_are_refused_naming_them():
    layer = parcels([["NULL", 1, "manual"], ["LINE", 2, "manual"]], [None, None])
    with pytest.raises(QgsProcessingException, match=r"no feature with a usable polygon.*1, 2"):
        run({"PARCELS": layer})


def test_gantt_and_summary_hold_with_parcels_not_planned(tmp_path):
    png = tmp_path / "gantt.png"
    result = run({"PARCELS": messy_parcels(), "GANTT": str(png), "TEAMS": "manual:1,mdd:1"})
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    names = [f.name() for f in result["OUTPUT"].fields()]
    assert names[:19] == [
        "task_id", "parent_id", "priority_rank", "sequence", "method", "method_note", "team",
        "area_m2", "effort_team_days", "effort_low_team_days", "effort_high_team_days",
        "work_days", "start_date", "end_date", "seasonal", "elevation_m", "slope_deg",
        "district", "cost_usd",
    ]  # fmt: skip
    assert names[19:] == [
        "plan_status", "step", "predecessor",
        "release_cancelled_m2", "release_reduced_m2", "release_cleared_m2",
    ]  # fmt: skip
    rows = list(result["SUMMARY"].getFeatures())
    # the bow-tie: 20,000 m² / 400 = 50 mdd days = 10 weeks from Mon 1 March
    assert {f["projected_completion"] for f in rows} == {QDate(2027, 5, 7)}


def test_dem_is_read_without_side_files(tmp_path):
    from rasterio.transform import from_origin

    folder = tmp_path / "inputs"
    folder.mkdir()
    write_dem(folder / "dem.tif", "EPSG:32638", from_origin(0, 100, 10, 10), np.full((10, 10), 800))
    before = folder_state(folder)
    out = tasks(run({"PARCELS": parcels([["A", 1, "manual"]]), "DEM": str(folder / "dem.tif")}))
    assert out["A"]["elevation_m"] == pytest.approx(800) and out["A"]["slope_deg"] == 0
    assert folder_state(folder) == before  # no .aux.xml, bytes unchanged


def test_districts_are_repaired_and_unusable_ones_named():
    layer = parcels(
        [["A", 1, "manual"], ["B", 2, "manual"]], [square(-80, 40, 20), square(1000, 0, 40)]
    )
    # West: a bow-tie whose left triangle (-100 -100, 50 50, -100 200) holds A
    bowtie = "POLYGON((-100 -100, 200 200, 200 -100, -100 200, -100 -100))"
    districts = memory_layer(
        "Polygon",
        [bowtie, nan_polygon(900, -50, 300), None, square(600, -100, 1000)],
        fields=[("district", QVariant.String)],
        rows=[["West"], ["Nowhere"], ["Null"], ["East"]],
    )
    feedback = WarningFeedback()
    result = processing.run(
        "clearance:workplan",
        {
            "PARCELS": layer,
            "DISTRICTS": districts,
            "LAND_RELEASE": False,
            "START_DATE": "2027-03-01",
            "TEAMS": "manual:1",
            "METHOD_FIELD": "method",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    out = tasks(result)
    assert out["A"]["district"] == "West" and out["B"]["district"] == "East"
    text = " ".join(feedback.warnings)
    assert "2 (NaN or infinite coordinate)" in text and "(features 3)" in text
