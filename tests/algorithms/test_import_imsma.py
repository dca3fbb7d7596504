"""clearance:import_imsma on IMSMA-style exports built here (tests/algorithms/imsma_exports):
every feature kept, every value and field in the report, and the imported layers taken as
they are by prioritise, coverage and workplan."""

import csv
import json
import sqlite3
import subprocess

import pytest
from qgis import processing
from qgis.core import NULL, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from tests.algorithms import imsma_exports as ex
from tests.algorithms.test_coverage import ellipsoid_ha
from tests.qgis_support import QGIS_PROCESS, WarningFeedback, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")


def run(source, kind="hazard", report="report.html", **extra):
    params = {"INPUT": source, "KIND": kind, "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": report}
    params.update(extra)
    return processing.run("clearance:import_imsma", params)


def rows(layer):
    return list(layer.getFeatures())


@pytest.fixture()
def ng(tmp_path):
    return run(ex.ng_hazards(tmp_path), report=str(tmp_path / "ng.html"))


def test_ng_hazard_export_keeps_every_feature_with_mapped_values(ng):
    out = rows(ng["OUTPUT"])
    assert len(out) == len(ex.NG_ROWS) == ng["FEATURES"] == 6
    assert ng["FLAVOUR"] == "ng"
    assert [f["hazard_id"] for f in out] == ["HZ-1", "HZ-2", "HZ-3", "HZ-4", NULL, "HZ-1"]
    assert [f["hazard_type"] for f in out] == ["SHA", "CHA", "CHA", "SHA", NULL, "EOD spot task"]
    assert [f["status"] for f in out] == [
        "Open",
        "Worked on",
        "Closed",
        "Handed over",
        NULL,
        "Open",
    ]
    assert [f["estimated_area_m2"] for f in out] == [5000.0, NULL, NULL, 750.0, NULL, NULL]
    assert [f["device_category"] for f in out] == ["mixed", "ERW", "AT", NULL, NULL, NULL]
    assert [f["land_disputed"] for f in out][:4] == [True, False, NULL, False]
    assert out[0]["evidence"] == "direct" and out[0]["source"] == "IMSMA NG export"
    assert (ng["UNMAPPED_VALUES"], ng["PARSE_FAILURES"], ng["DUPLICATE_IDS"]) == (3, 2, 1)


def test_ng_hazard_geometries_are_kept_repaired_or_null_and_area_falls_back(ng):
    out = rows(ng["OUTPUT"])
    states = [f["geometry_state"] for f in out]
    assert states == ["ok", "repaired", "null", "ok", "degenerate", "ok"]
    assert (ng["GEOMETRY_REPAIRED"], ng["GEOMETRY_KEPT"], ng["GEOMETRY_NULL"]) == (1, 1, 1)
    # the shared names, equal to the first release's (aliases)
    shared = (ng["REPAIRED_GEOMETRIES"], ng["DEGENERATE_GEOMETRIES"], ng["NULL_GEOMETRIES"])
    assert shared == (1, 1, 1) and ng["FEATURES"] == len(out) == 6
    bowtie = QgsGeometry.fromWkt(ex.BOWTIE).makeValid().area()
    assert bowtie == pytest.approx(5000.0)
    # remaining area, else estimated ('1 234,5' does not parse), else the polygon's area
    area = [f["area_m2"] for f in out]
    assert area[0] == 2500.0 and area[1] == pytest.approx(bowtie) and area[3] == 300.0
    assert area[2] == NULL and area[4] == NULL and area[5] == pytest.approx(400.0)
    assert out[4].geometry().asWkt().startswith("MultiPolygon")  # kept as it came
    assert out[2].geometry().isNull()


def test_original_fields_are_kept_prefixed_where_they_clash_with_raw_text(ng):
    layer = ng["OUTPUT"]
    names = layer.fields().names()
    for name in ("hazard_guid", "hazard_localid", "estimated_area", "devices", "land_disputes"):
        assert name in names
    assert "imsma_status" in names and "imsma_hazard_type" in names and "imsma_district" in names
    out = rows(layer)
    assert out[0]["imsma_status"] == "OPEN " and out[0]["hazard_localid"] == "HZ-1 "
    assert out[1]["estimated_area"] == "1 234,5"
    assert "estimated_area_m2: '1 234,5' not a number" in out[1]["import_notes"]
    assert "hazard_type: 'weird class' not in vocabulary" in out[4]["import_notes"]


def test_html_report_lists_every_field_value_and_failure(ng, tmp_path):
    text = (tmp_path / "ng.html").read_text(encoding="utf-8")
    for name, _ in ex.NG_FIELDS:
        assert f"<code>{name}</code>" in text
    for raw in (
        "&#x27;OPEN &#x27;",
        "&#x27;weird class&#x27;",
        "&#x27;1 234,5&#x27;",
        "&#x27;n/a&#x27;",
    ):
        assert raw in text, raw
    assert "UNMAPPED" in text and "kept unmapped" in text and "makeValid" in text


def test_csv_report_has_one_row_per_source_field_and_value(tmp_path):
    report = tmp_path / "ng.csv"
    run(ex.ng_hazards(tmp_path), report=str(report))
    with open(report, newline="", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    fields = [r["item"] for r in table if r["section"] == "source_field"]
    assert fields == ["fid"] + [n for n, _ in ex.NG_FIELDS]
    status = {r["value"]: (r["count"], r["result"]) for r in table if r["section"] == "value"
              and r["item"] == "status"}  # fmt: skip
    assert status == {
        "'OPEN '": ("1", "Open"),
        "'worked_on'": ("1", "Worked on"),
        "'Закрыт'": ("1", "Closed"),
        "'Handed Over'": ("1", "Handed over"),
        "'pending'": ("1", "UNMAPPED"),
        "'open'": ("1", "Open"),
    }
    failures = {(r["item"], r["value"]) for r in table if r["section"] == "parse_failure"}
    assert failures == {("estimated_area_m2", "'1 234,5'"), ("estimated_area_m2", "'n/a'")}
    assert [r["item"] for r in table if r["section"] == "duplicate_id"] == ["HZ-1"]


def test_core_export_is_detected_from_its_field_names(tmp_path):
    result = run(ex.core_hazards(tmp_path), report=str(tmp_path / "r.html"))
    out = rows(result["OUTPUT"])
    assert result["FLAVOUR"] == "core"
    assert [f["hazard_id"] for f in out] == ["CORE-1", "CORE-2"]
    assert [f["hazard_type"] for f in out] == ["SHA", "CHA"]
    assert [f["status"] for f in out] == ["Open", "Closed"]
    assert [f["device_category"] for f in out] == ["AP", "ERW"]
    assert [f["evidence"] for f in out] == ["direct", "indirect"]
    assert out[1]["area_m2"] == pytest.approx(1600.0)  # no area given: the polygon's
    assert out[0]["source"] == "IMSMA Core export"


def test_csv_with_wkt_keeps_every_row(tmp_path):
    result = run(ex.csv_wkt_hazards(tmp_path), report=str(tmp_path / "r.html"))
    out = rows(result["OUTPUT"])
    assert [f["hazard_id"] for f in out] == ["C-1", "C-2", "C-3", "C-4"]
    assert [f["geometry_state"] for f in out] == ["ok", "repaired", "null", "null"]
    assert "unreadable WKT" in out[3]["import_notes"]
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"
    assert out[1]["estimated_area"] == "abc" and out[1]["estimated_area_m2"] == NULL


def test_csv_with_lat_lon_gives_points_and_keeps_rows_without_coordinates(tmp_path):
    result = run(ex.csv_latlon_accidents(tmp_path), "accident", str(tmp_path / "r.html"))
    out = rows(result["OUTPUT"])
    assert len(out) == 3
    assert out[0].geometry().asWkt() == "MultiPoint ((45 40))"
    assert out[1].geometry().isNull() and out[2].geometry().isNull()
    assert [f["incident_type"] for f in out] == ["mine", "erw", "mine"]
    assert [f["casualties"] for f in out] == [2, 1, 1]
    assert "not a coordinate pair" in out[2]["import_notes"]


def test_user_mapping_file_overrides_the_defaults(tmp_path):
    user = tmp_path / "programme.json"
    user.write_text(
        json.dumps(
            {
                "prefix": "src_",
                "vocabularies": {"status": {"Open": ["pending"]}},
                "kinds": {"hazard": {"fields": {"district": {"from": ["hazard_guid"]}}}},
            }
        ),
        encoding="utf-8",
    )
    result = run(ex.ng_hazards(tmp_path), report=str(tmp_path / "r.html"), MAPPING=str(user))
    out = rows(result["OUTPUT"])
    assert out[4]["status"] == "Open"
    assert [f["district"] for f in out] == ["g1", "g2", "g3", "g4", "g5", "g6"]
    assert "src_status" in result["OUTPUT"].fields().names()
    assert result["UNMAPPED_VALUES"] == 2


def test_bad_mapping_file_is_refused_naming_file_and_key(tmp_path):
    user = tmp_path / "typo.json"
    user.write_text('{"kinds": {"hazard": {"fields": {"status": {"tpye": "enum"}}}}}', "utf-8")
    with pytest.raises(QgsProcessingException) as caught:
        run(ex.ng_hazards(tmp_path), report=str(tmp_path / "r.html"), MAPPING=str(user))
    message = str(caught.value)
    assert str(user) in message and "kinds.hazard.fields.status.tpye" in message
    assert not (tmp_path / "r.html").exists()


def test_imported_hazards_run_through_prioritise_coverage_and_workplan(tmp_path):
    hazards = run(ex.ng_hazards(tmp_path), report=str(tmp_path / "h.html"))["OUTPUT"]
    accidents = run(ex.ng_accidents(tmp_path), "accident", str(tmp_path / "a.html"))["OUTPUT"]
    settlements = memory_layer("Point", [f"POINT({ex.X0} {ex.Y0 + 500})"])
    ranked = processing.run(
        "clearance:prioritise",
        {"PARCELS": hazards, "SETTLEMENTS": settlements, "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    scores = [f["priority_score"] for f in ranked.getFeatures()]
    assert len(scores) == 6
    assert [s != NULL for s in scores] == [True, True, False, True, False, True]
    x0, y0 = ex.X0 - 100, ex.Y0 - 100
    corners = [(x0, y0), (x0, y0 + 400), (x0 + 5100, y0 + 400), (x0 + 5100, y0), (x0, y0)]
    district = "POLYGON((" + ", ".join(f"{x} {y}" for x, y in corners) + "))"
    districts = memory_layer(
        "Polygon", [district], fields=[("district", QVariant.String)], rows=[["A"]]
    )
    records = memory_layer("Polygon", [ex.square(ex.X0, ex.Y0, 100)])
    coverage = processing.run(
        "clearance:coverage",
        {
            "DISTRICTS": districts,
            "DISTRICT_FIELD": "district",
            "RECORDS": records,
            "HAZARDS": hazards,
            "HAZARD_TYPE_FIELD": "hazard_type",
            "INCIDENTS": accidents,
            "DATE_FIELD": "incident_date",
            "CASUALTY_FIELD": "casualties",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "GAPS": "TEMPORARY_OUTPUT",
            "REPORT": str(tmp_path / "coverage.html"),
        },
    )["OUTPUT"]
    row = next(f for f in coverage.getFeatures() if f["district"] == "A")
    polygons = [ex.NG_GEOMETRIES[i] for i in (0, 3, 5)]
    bowtie = QgsGeometry.fromWkt(ex.BOWTIE).makeValid().asWkt()
    assert row["hazard_ha"] == pytest.approx(ellipsoid_ha(*polygons, bowtie), rel=1e-6)
    assert row["casualties"] == 3 + 1  # ACC-1 and ACC-2; ACC-3 has no place
    plan = processing.run(
        "clearance:workplan",
        {
            "PARCELS": ranked,  # import -> prioritise -> workplan
            "ID_FIELD": "hazard_id",
            "START_DATE": "2027-03-01",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    steps = {}
    for f in plan.getFeatures():
        steps.setdefault(f["parent_id"], []).append(f["task_id"])
    # the imported class drives the land-release chain: a CHA skips non-technical survey
    assert steps["HZ-2"] == ["HZ-2-ts", "HZ-2-clearance"]
    assert steps["HZ-4"] == ["HZ-4-nts", "HZ-4-ts", "HZ-4-clearance"]
    assert steps["HZ-3"] == ["HZ-3"]  # no geometry: listed, not planned


def test_shapefile_with_truncated_ng_names_imports_the_same(tmp_path):
    result = run(ex.ng_hazards_shapefile(tmp_path), report=str(tmp_path / "r.html"))
    out = rows(result["OUTPUT"])
    names = result["OUTPUT"].fields().names()
    assert "hazard_loc" in names and "estimated_" in names  # cut to 10 characters
    assert [f["hazard_id"] for f in out] == ["HZ-1", "HZ-2", "HZ-3", "HZ-4", NULL, "HZ-1"]
    assert [f["hazard_type"] for f in out] == ["SHA", "CHA", "CHA", "SHA", NULL, "EOD spot task"]
    assert [f["estimated_area_m2"] for f in out] == [5000.0, NULL, NULL, 750.0, NULL, NULL]
    assert [f["geometry_state"] for f in out] == [
        "ok",
        "repaired",
        "null",
        "ok",
        "degenerate",
        "ok",
    ]


def test_file_geodatabase_core_layer_imports(tmp_path):
    result = run(ex.core_hazards_filegdb(tmp_path), report=str(tmp_path / "r.html"))
    out = rows(result["OUTPUT"])
    assert result["FLAVOUR"] == "core"
    assert [(f["hazard_id"], f["hazard_type"], f["status"]) for f in out] == [
        ("CORE-1", "SHA", "Open"),
        ("CORE-2", "CHA", "Closed"),
    ]


def test_victim_table_without_geometry_gives_a_table(tmp_path):
    result = run(ex.csv_victims(tmp_path), "victim", str(tmp_path / "r.csv"))
    layer = result["OUTPUT"]
    out = rows(layer)
    assert not layer.isSpatial()
    assert [f["outcome"] for f in out] == ["killed", "injured", "injured"]
    assert [(f["killed"], f["injured"]) for f in out] == [(1, 0), (0, 1), (0, 1)]
    assert [f["incident_id"] for f in out] == ["ACC-1", "ACC-1", "ACC-2"]
    assert [f["age"] for f in out] == [34, NULL, NULL]
    assert [f["geometry_state"] for f in out] == ["table"] * 3
    assert result["PARSE_FAILURES"] == 1 and result["GEOMETRY_NULL"] == 3


def test_geopackage_output_keeps_null_geometries_and_dates(tmp_path):
    target = tmp_path / "imported.gpkg"
    result = run(
        ex.ng_accidents(tmp_path), "accident", str(tmp_path / "r.html"), OUTPUT=str(target)
    )
    layer = QgsVectorLayer(str(target), "imported")
    assert result["OUTPUT"] == str(target) and layer.isValid()
    out = rows(layer)
    assert [f["incident_id"] for f in out] == ["ACC-1", "ACC-2", "ACC-3"]
    assert out[0]["incident_date"].toString("yyyy-MM-dd") == "2021-03-01"
    assert out[2].geometry().isNull()  # NULL, not an empty point
    assert [f["casualties"] for f in out] == [3, 1, NULL]
    with sqlite3.connect(target) as db:
        algorithm, parameters = db.execute(
            "SELECT algorithm, parameters FROM clearance_runs"
        ).fetchone()
    assert algorithm == "clearance:import_imsma"
    assert json.loads(parameters)["PARSE_FAILURES"] == 2  # 'n/a' killed, 'someday'


def test_an_earlier_output_survives_a_refused_run(tmp_path):
    target = tmp_path / "imported.gpkg"
    source = ex.ng_accidents(tmp_path)
    run(source, "accident", str(tmp_path / "r.html"), OUTPUT=str(target))
    before = target.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"bad\.json"):
        run(source, "accident", str(tmp_path / "r.html"), OUTPUT=str(target),
            MAPPING=str(bad))  # fmt: skip
    assert target.read_bytes() == before


def test_csv_that_is_not_utf8_is_read_by_ogr_with_every_row(tmp_path):
    path = tmp_path / "latin1.csv"
    text = "localid,hazard_type,status,WKT\n"
    text += f'C-1,Suspecté,Open,"{ex.square(45, 40, 0.001)}"\nC-2,CHA,fermé,\n'
    path.write_bytes(text.encode("latin-1"))
    result = run(str(path), report=str(tmp_path / "r.html"))
    out = rows(result["OUTPUT"])
    assert [f["hazard_id"] for f in out] == ["C-1", "C-2"]
    assert out[1]["hazard_type"] == "CHA" and out[1]["geometry_state"] == "null"
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"


def test_ng_vertex_rows_become_one_polygon_per_object(tmp_path):
    result = run(ex.csv_ng_vertices(tmp_path), report=str(tmp_path / "r.csv"))
    out = rows(result["OUTPUT"])
    assert [f["hazard_id"] for f in out] == ["HZ-1", "HZ-2", "HZ-3", "HZ-4", NULL]
    assert out[0].geometry().asWkt(6) == (
        "MultiPolygon (((45 40, 45.001 40, 45.001 40.001, 45 40.001, 45 40)))"
    )  # in pointno order, closed on its first vertex
    assert out[1].geometry().constGet().numGeometries() == 2  # two geospatialinfo parts
    assert out[1]["hazard_type"] == "CHA"
    assert [f["geometry_state"] for f in out] == ["ok", "ok", "degenerate", "ok", "degenerate"]
    assert "built from 4 vertex rows, 1 part(s)" in out[0]["import_notes"]
    assert "row 14: no coordinate pair ('n/a', '45.001')" in out[3]["import_notes"]
    assert out[3].geometry().asWkt(6) == "MultiPolygon (((45 42, 45.001 42, 45 42.001, 45 42)))"
    with open(tmp_path / "r.csv", newline="", encoding="utf-8") as fh:
        summary = {r["item"]: r["value"] for r in csv.DictReader(fh) if r["section"] == "summary"}
    assert summary["Rows read"] == "17" and summary["Features written"] == "5"
    assert "grouped by 'hazard_localid'" in summary["Geometry"]


def test_qgis_process_imports_a_csv_export_and_reports_a_bad_mapping(qgis_process_env, tmp_path):
    source = ex.csv_wkt_hazards(tmp_path)
    out, report = tmp_path / "imported.gpkg", tmp_path / "report.csv"
    command = [QGIS_PROCESS, "run", "clearance:import_imsma", "--", f"INPUT={source}",
               "KIND=hazard", f"OUTPUT={out}", f"REPORT={report}"]  # fmt: skip
    proc = subprocess.run(
        command, env=qgis_process_env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    layer = QgsVectorLayer(str(out), "imported")
    assert [f["hazard_id"] for f in layer.getFeatures()] == ["C-1", "C-2", "C-3", "C-4"]
    assert report.read_text(encoding="utf-8").startswith("section,item,source,value")
    bad = tmp_path / "bad.json"
    bad.write_text('{"csv": {"wtk": []}}', encoding="utf-8")
    proc = subprocess.run(
        [*command, f"MAPPING={bad}"],
        env=qgis_process_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode != 0
    assert "key 'csv.wtk'" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def test_csv_with_a_repeated_column_keeps_both(tmp_path):
    source = ex.write_csv(
        tmp_path / "twice.csv", ["localid", "status", "Status", ""], [["H1", "open", "closed", "x"]]
    )
    result = run(source, report=str(tmp_path / "r.html"))
    feature = rows(result["OUTPUT"])[0]
    names = result["OUTPUT"].fields().names()
    assert names[-4:] == ["localid", "imsma_status", "Status_2", "column_4"]
    assert (feature["status"], feature["Status_2"], feature["column_4"]) == ("Open", "closed", "x")


def test_shapefile_output_keeps_every_feature_and_warns_about_cut_names(tmp_path):
    feedback = WarningFeedback()
    target = tmp_path / "out.shp"
    params = {"INPUT": ex.ng_hazards(tmp_path), "KIND": "hazard", "OUTPUT": str(target),
              "REPORT": str(tmp_path / "r.html")}  # fmt: skip
    processing.run("clearance:import_imsma", params, feedback=feedback)
    layer = QgsVectorLayer(str(target), "out")
    assert layer.featureCount() == 6 and "hazard_typ" in layer.fields().names()
    assert any("shapefile" in w and "hazard_typ" in w for w in feedback.warnings)
