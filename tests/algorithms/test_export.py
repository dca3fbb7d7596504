"""clearance:export: every format read back, atomic folder, bad inputs."""

from __future__ import annotations

import csv
import math
import re
import sqlite3
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from tests.qgis_support import QVariant, WarningFeedback, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")

KML = "{http://www.opengis.net/kml/2.2}"
GPX = "{http://www.topografix.com/GPX/1/1}"
# two squares near 46.5 E 40 N (UTM 38N) and a triangle overlapping the first square
WKTS = [
    "POLYGON((650000 4430000, 650100 4430000, 650100 4430100, 650000 4430100, 650000 4430000))",
    "POLYGON((650300 4430000, 650350 4430000, 650350 4430050, 650300 4430050, 650300 4430000))",
    "POLYGON((650050 4430050, 650150 4430050, 650100 4430130, 650050 4430050))",
]
FIELDS = [
    ("task_id", QVariant.String),
    ("method", QVariant.String),
    ("team", QVariant.String),
    ("area_m2", QVariant.Double),
    ("note", QVariant.String),
]
ROWS = [
    ["T1", "manual", "manual 1", 10000.0, '=HYPERLINK("http://x")'],
    ["T2", "mdd", "mdd 1", 2500.0, "+cmd"],
    ["T3", "manual", "manual 2", 4000.0, "plain"],
]


@pytest.fixture()
def plan_layer():
    layer = memory_layer("Polygon", WKTS, fields=FIELDS, rows=ROWS)
    layer.setName("plan")
    return layer


def export(layer, folder, **extra):
    params = {"INPUT": layer, "FOLDER": str(folder), "TITLE": "Test plan (SYNTHETIC)"}
    params.update(extra)
    return processing.run("clearance:export", params)


def to_wgs(x, y):
    t = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:32638"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    return t.transform(QgsPointXY(x, y))


def test_every_format_is_written_and_reads_back(plan_layer, tmp_path):
    folder = tmp_path / "field"
    result = export(plan_layer, folder)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "geometry_problems.csv",
        "plan.csv",
        "plan.gpkg",
        "plan.gpx",
        "plan.kml",
        "plan.kmz",
        "plan_atlas.pdf",
    ]
    assert result["PAGES"] == 3
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]

    # GeoPackage: the layer, its style in layer_styles, the run record
    gpkg = QgsVectorLayer(f"{folder / 'plan.gpkg'}|layername=plan", "p", "ogr")
    assert gpkg.featureCount() == 3
    assert gpkg.renderer().type() == "categorizedSymbol"  # opens styled, by method
    with sqlite3.connect(folder / "plan.gpkg") as db:
        styles = db.execute(
            "select f_table_name, useAsDefault, styleQML from layer_styles"
        ).fetchall()
        runs = db.execute("select algorithm from clearance_runs").fetchall()
    assert styles[0][0] == "plan" and styles[0][1] == 1 and "categorizedSymbol" in styles[0][2]
    assert runs == [("clearance:export",)]

    # KML: one placemark per task, name = task id, polygon vertices in WGS 84
    root = ET.parse(folder / "plan.kml").getroot()
    marks = root.iter(f"{KML}Placemark")
    first = next(marks)
    assert first.find(f"{KML}name").text == "T1"
    assert "method: manual" in first.find(f"{KML}description").text
    coords = first.find(f".//{KML}coordinates").text.split()
    lon, lat, _ = (float(v) for v in coords[0].split(","))
    expected = to_wgs(650000, 4430000)
    assert lon == pytest.approx(expected.x(), abs=1e-7) and lat == pytest.approx(
        expected.y(), abs=1e-7
    )
    assert len(coords) == 5 and len(list(root.iter(f"{KML}Placemark"))) == 3
    with zipfile.ZipFile(folder / "plan.kmz") as kmz:
        assert kmz.read("doc.kml") == (folder / "plan.kml").read_bytes()

    # GPX: turning points 4 + 4 + 3
    gpx = ET.parse(folder / "plan.gpx").getroot()
    wpts = gpx.findall(f"{GPX}wpt")
    assert len(wpts) == 11
    assert wpts[0].find(f"{GPX}name").text == "T1-TP1"
    assert wpts[-1].find(f"{GPX}name").text == "T3-TP3"
    assert float(wpts[0].get("lat")) == pytest.approx(expected.y(), abs=1e-7)


def test_csv_rows_coordinates_and_escaping(plan_layer, tmp_path):
    folder = tmp_path / "field"
    export(plan_layer, folder, FORMATS=[4])
    assert sorted(p.name for p in folder.iterdir()) == ["geometry_problems.csv", "plan.csv"]
    with (folder / "plan.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3
    assert rows[0]["note"] == '\'=HYPERLINK("http://x")' and rows[1]["note"] == "'+cmd"
    assert rows[2]["note"] == "plain"
    assert rows[0]["utm_zone"] == "38N" and rows[0]["turning_points"] == "4"
    utm = rows[0]["turning_points_utm"].split("; ")
    assert utm[0] == "650000.00 4430000.00" and utm[2] == "650100.00 4430100.00"
    lat, lon = (float(v) for v in rows[0]["turning_points_wgs84"].split("; ")[0].split())
    expected = to_wgs(650000, 4430000)
    assert lat == pytest.approx(expected.y(), abs=1e-7) and lon == pytest.approx(
        expected.x(), abs=1e-7
    )


def test_pdf_has_one_page_per_task_and_renders(plan_layer, tmp_path):
    folder = tmp_path / "field"
    export(plan_layer, folder, FORMATS=[5])
    pdf = folder / "plan_atlas.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+3$", info.stdout, re.M)
    text = subprocess.run(
        ["pdftotext", "-layout", "-f", "2", "-l", "2", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Test plan (SYNTHETIC) — T2" in text  # page 2 is the second task
    assert "mdd 1" in text and "2,500" in text and "UTM zone 38N" in text
    page3 = subprocess.run(
        ["pdftotext", "-layout", "-f", "3", "-l", "3", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # T3 overlaps T1: the table still shows T3 only
    assert "manual 2" in page3 and "manual 1" not in page3 and "4,000" in page3
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(next(tmp_path.glob("p-*.png"))))
    assert image.width() > image.height()  # A4 landscape
    # the mdd fill (43,140,190) at 60 % over white is drawn: about (128,186,216)
    hits = sum(
        abs(c.red() - 128) < 8 and abs(c.green() - 186) < 8 and abs(c.blue() - 216) < 8
        for c in (
            image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
        )
    )
    assert hits > 100


def test_existing_folder_is_kept_without_overwrite(plan_layer, tmp_path):
    folder = tmp_path / "field"
    folder.mkdir()
    (folder / "old.txt").write_text("previous export")
    with pytest.raises(QgsProcessingException, match="OVERWRITE"):
        export(plan_layer, folder, FORMATS=[4])
    assert [p.name for p in folder.iterdir()] == ["old.txt"]
    export(plan_layer, folder, FORMATS=[4], OVERWRITE=True)
    assert sorted(p.name for p in folder.iterdir()) == ["geometry_problems.csv", "plan.csv"]
    assert [p.name for p in tmp_path.iterdir()] == ["field"]


def test_failed_export_leaves_nothing(plan_layer, tmp_path, monkeypatch):
    import clearance_planner.algorithms.export as module

    def boom(*args, **kwargs):
        raise QgsProcessingException("disk full")

    monkeypatch.setattr(module, "gpx_document", boom)
    with pytest.raises(QgsProcessingException, match="disk full"):
        export(plan_layer, tmp_path / "field", FORMATS=[0, 3])
    assert list(tmp_path.iterdir()) == []


def test_empty_and_non_polygon_inputs_are_refused(tmp_path):
    empty = memory_layer("Polygon", [], fields=FIELDS)
    with pytest.raises(QgsProcessingException, match="no features"):
        export(empty, tmp_path / "a")
    points = memory_layer("Point", ["POINT(0 0)"])
    with pytest.raises(QgsProcessingException):
        export(points, tmp_path / "b")


def test_unknown_id_field_is_refused(plan_layer, tmp_path):
    with pytest.raises(QgsProcessingException):
        export(plan_layer, tmp_path / "a", ID_FIELD="nope")


def test_any_polygon_layer_with_holes_and_parts(tmp_path):
    """Without task_id, feature ids name the placemarks; holes and parts survive in KML, and
    only exterior rings give turning points."""
    holed = (
        "POLYGON((650000 4430000, 650100 4430000, 650100 4430100, 650000 4430100, 650000 4430000),"
        "(650040 4430040, 650060 4430040, 650060 4430060, 650040 4430060, 650040 4430040))"
    )
    multi = (
        "MULTIPOLYGON(((650300 4430000, 650350 4430000, 650350 4430050, 650300 4430000)),"
        "((650400 4430000, 650450 4430000, 650450 4430050, 650400 4430000)))"
    )
    layer = memory_layer(
        "MultiPolygon",
        [holed, multi],
        fields=[("status", QVariant.String)],
        rows=[["Open"], ["-x"]],
    )
    layer.setName("hazards")
    export(layer, tmp_path / "f", FORMATS=[1, 3, 4])
    root = ET.parse(tmp_path / "f" / "hazards.kml").getroot()
    marks = list(root.iter(f"{KML}Placemark"))
    assert [m.find(f"{KML}name").text for m in marks] == ["1", "2"]
    assert len(marks[0].findall(f".//{KML}innerBoundaryIs")) == 1
    assert len(marks[1].findall(f"{KML}MultiGeometry/{KML}Polygon")) == 2
    wpts = ET.parse(tmp_path / "f" / "hazards.gpx").getroot().findall(f"{GPX}wpt")
    assert len(wpts) == 4 + 3 + 3
    with (tmp_path / "f" / "hazards.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["turning_points"] for r in rows] == ["4", "6"] and rows[1]["status"] == "'-x"


def test_geometry_is_checked_before_export_and_the_report_travels_with_it(tmp_path):
    bowtie = (
        "POLYGON((650000 4430000, 650100 4430100, 650100 4430000, 650000 4430100, 650000 4430000))"
    )
    layer = memory_layer("Polygon", [WKTS[0], bowtie], fields=FIELDS[:1], rows=[["T1"], ["T2"]])
    layer.setName("plan")
    result = export(layer, tmp_path / "f", FORMATS=[2])
    assert result["GEOMETRY_PROBLEMS"] == 2  # self-intersection, and net area 0 (sliver)
    with (tmp_path / "f" / "geometry_problems.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted((r["id_value"], r["rule"]) for r in rows) == [("T2", "invalid"), ("T2", "sliver")]


def test_clean_layer_exports_an_empty_geometry_report(plan_layer, tmp_path):
    result = export(plan_layer, tmp_path / "f", FORMATS=[2])
    assert result["GEOMETRY_PROBLEMS"] == 0
    assert (tmp_path / "f" / "geometry_problems.csv").read_text().startswith("feature_id,")


# --- one UTM zone, every feature kept, XML-safe text (issue 11, defect 7) ---

# lon/lat squares of about 85 m at 40 N: two in zone 38 (42-48 E), one just inside zone 39
LONS = (46.5, 47.9, 48.2)
BOWTIE_LL = "POLYGON((46.5 40.1, 46.501 40.101, 46.501 40.1, 46.5 40.101, 46.5 40.1))"


def lonlat_square(lon: float, lat: float = 40.0, d: float = 0.001) -> str:
    ring = [(lon, lat), (lon + d, lat), (lon + d, lat + d), (lon, lat + d), (lon, lat)]
    return "POLYGON((" + ", ".join(f"{x} {y}" for x, y in ring) + "))"


def lonlat_plan(wkts, ids, name="plan"):
    layer = memory_layer(
        "Polygon",
        wkts,
        crs="EPSG:4326",
        fields=[("task_id", QVariant.String), ("method", QVariant.String)],
        rows=[[i, "manual"] for i in ids],
    )
    layer.setName(name)
    return layer


def read_csv(path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def transform(crs_from: str, crs_to: str) -> QgsCoordinateTransform:
    return QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(crs_from),
        QgsCoordinateReferenceSystem(crs_to),
        QgsProject.instance(),
    )


def pdf_page_text(pdf, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_bowtie_is_repaired_and_gets_the_plans_zone(tmp_path):
    layer = lonlat_plan([lonlat_square(46.5), BOWTIE_LL], ["T1", "BOW"])
    export(layer, tmp_path / "f", FORMATS=[3, 4])
    rows = read_csv(tmp_path / "f" / "plan.csv")
    bow = rows[1]
    assert bow["utm_zone"] == "38N" and bow["outside_zone"] == "false"
    assert "repaired" in bow["coordinate_note"]
    # by hand: GEOS makeValid gives two triangles; their exterior vertices, closing one dropped
    repaired = QgsGeometry.fromWkt(BOWTIE_LL).makeValid()
    parts = repaired.asMultiPolygon()
    assert len(parts) == 2
    vertices = [p for part in parts for p in part[0][:-1]]
    to_utm = transform("EPSG:4326", "EPSG:32638")
    expected_utm = [to_utm.transform(p) for p in vertices]
    got_wgs = [tuple(map(float, pair.split())) for pair in bow["turning_points_wgs84"].split("; ")]
    got_utm = [tuple(map(float, pair.split())) for pair in bow["turning_points_utm"].split("; ")]
    assert bow["turning_points"] == "6" and len(got_utm) == 6
    for (lat, lon), p in zip(got_wgs, vertices):
        assert (lat, lon) == pytest.approx((p.y(), p.x()), abs=1e-7)
    for (e, n), p in zip(got_utm, expected_utm):
        assert (e, n) == pytest.approx((p.x(), p.y()), abs=0.005)
    assert 600_000 < got_utm[0][0] < 700_000  # not another zone's -3,232,897


def test_data_across_two_zones_gets_one_zone_and_flags_the_task_outside(tmp_path):
    layer = lonlat_plan([lonlat_square(lon) for lon in LONS], ["A", "B", "C"])
    feedback = WarningFeedback()
    result = processing.run(
        "clearance:export",
        {"INPUT": layer, "FOLDER": str(tmp_path / "f"), "FORMATS": [3, 4, 5], "TITLE": "Z"},
        context=QgsProcessingContext(),
        feedback=feedback,
    )
    folder = tmp_path / "f"
    rows = read_csv(folder / "plan.csv")
    # extent 46.5-48.201 E: centre 47.35 E, zone 38N for every task
    assert [r["utm_zone"] for r in rows] == ["38N", "38N", "38N"]
    assert [r["outside_zone"] for r in rows] == ["false", "false", "true"]
    assert "outside UTM zone 38N (42°E–48°E, 0°–84°N) by up to 0.20°" in rows[2]["coordinate_note"]
    first = rows[2]["turning_points_utm"].split("; ")[0]
    expected = transform("EPSG:4326", "EPSG:32638").transform(QgsPointXY(48.2, 40.0))
    assert first == f"{expected.x():.2f} {expected.y():.2f}"  # zone 38 extended, not zone 39
    assert any("1 tasks lie outside UTM zone 38N" in w and "(C)" in w for w in feedback.warnings)
    comments = [
        w.find(f"{GPX}cmt").text for w in ET.parse(folder / "plan.gpx").getroot().iter(f"{GPX}wpt")
    ]
    assert len(comments) == 12 and all(c.startswith("UTM 38N ") for c in comments)
    assert comments[8] == f"UTM 38N {expected.x():.2f} {expected.y():.2f}"
    pdf = folder / "plan_atlas.pdf"
    assert result["PAGES"] == 3
    pages = [pdf_page_text(pdf, n) for n in (1, 2, 3)]
    assert all("WGS 84 / UTM zone 38N" in page for page in pages)
    assert ["Outside UTM zone 38N" in page for page in pages] == [False, False, True]


def test_utm_zone_parameter_sets_the_zone_of_every_file(tmp_path):
    layer = lonlat_plan([lonlat_square(lon) for lon in LONS], ["A", "B", "C"])
    export(layer, tmp_path / "f", FORMATS=[1, 4], UTM_ZONE="39n")
    rows = read_csv(tmp_path / "f" / "plan.csv")
    assert [r["utm_zone"] for r in rows] == ["39N"] * 3
    assert [r["outside_zone"] for r in rows] == ["true", "true", "false"]
    expected = transform("EPSG:4326", "EPSG:32639").transform(QgsPointXY(46.5, 40.0))
    assert rows[0]["turning_points_utm"].split("; ")[0] == f"{expected.x():.2f} {expected.y():.2f}"
    kml = ET.parse(tmp_path / "f" / "plan.kml").getroot()
    assert "UTM zone 39N (EPSG:32639)" in kml.find(f"{KML}Document/{KML}description").text


@pytest.mark.parametrize("zone", ["39", "39X", "61N", "zone 38N"])
def test_a_utm_zone_that_is_no_zone_is_refused(plan_layer, tmp_path, zone):
    with pytest.raises(QgsProcessingException, match=r"UTM_ZONE: .* e\.g\. 38N"):
        export(plan_layer, tmp_path / "f", FORMATS=[4], UTM_ZONE=zone)
    assert not (tmp_path / "f").exists()


def test_features_without_usable_geometry_stay_in_the_csv_with_a_reason(tmp_path):
    wkts = [
        WKTS[0],
        None,  # no geometry
        "POLYGON((650500 4430000, 650600 4430100, 650500 4430000))",  # 2-point ring
        "POLYGON((1e15 1e15, 2e15 1e15, 2e15 2e15, 1e15 1e15))",  # huge: not transformable
        WKTS[1],  # replaced by a NaN vertex below
        WKTS[2],
    ]
    ids = ["T1", "NOGEOM", "RING2", "HUGE", "NAN", "=cmd()"]
    layer = memory_layer("Polygon", wkts, fields=FIELDS[:2], rows=[[i, "manual"] for i in ids])
    layer.setName("plan")
    nan_fid = next(f.id() for f in layer.getFeatures() if f["task_id"] == "NAN")
    ring = [QgsPointXY(650300, 4430000), QgsPointXY(650350, 4430000)]
    ring += [QgsPointXY(math.nan, 4430050), QgsPointXY(650300, 4430000)]
    layer.dataProvider().changeGeometryValues({nan_fid: QgsGeometry.fromPolygonXY([ring])})
    feedback = WarningFeedback()
    result = processing.run(
        "clearance:export",
        {"INPUT": layer, "FOLDER": str(tmp_path / "f"), "TITLE": "t"},
        context=QgsProcessingContext(),
        feedback=feedback,
    )
    folder = tmp_path / "f"
    rows = read_csv(folder / "plan.csv")
    assert [r["task_id"] for r in rows] == ["T1", "NOGEOM", "RING2", "HUGE", "NAN", "'=cmd()"]
    notes = {r["task_id"]: r["coordinate_note"] for r in rows}
    assert notes["T1"] == "" and notes["NOGEOM"] == "no geometry"
    assert notes["RING2"].startswith("no area")
    assert notes["HUGE"] == "coordinates beyond WGS 84 (±180°, ±90°)"
    assert notes["NAN"] == "NaN or infinite coordinate"
    for row in rows[1:5]:
        assert row["turning_points"] == "0" and row["turning_points_wgs84"] == ""
        assert row["turning_points_utm"] == "" and row["utm_zone"] == ""
        assert row["outside_zone"] == ""
    assert rows[5]["utm_zone"] == "38N" and rows[5]["turning_points"] == "3"
    # no placemark, waypoint or page for them, and a warning names each by feature id
    marks = ET.parse(folder / "plan.kml").getroot().iter(f"{KML}Placemark")
    assert [m.find(f"{KML}name").text for m in marks] == ["T1", "=cmd()"]
    assert len(ET.parse(folder / "plan.gpx").getroot().findall(f"{GPX}wpt")) == 4 + 3
    assert result["PAGES"] == 2
    named = " ".join(feedback.warnings)
    fids = {f["task_id"]: f.id() for f in layer.getFeatures()}
    assert "3 features have no usable geometry" in named
    for key in ("RING2", "HUGE", "NAN"):
        assert f"{fids[key]} ({notes[key]}" in named
    assert "1 features without geometry, kept in the CSV without coordinates" in named
    assert f"(features {fids['NOGEOM']})" in named
    gpkg = QgsVectorLayer(f"{folder / 'plan.gpkg'}|layername=plan", "p", "ogr")
    assert gpkg.featureCount() == 6


def test_kml_and_gpx_parse_when_text_holds_control_characters(tmp_path):
    dirty = "T\x01A\x0b\x1f\ufffe é\tz"
    layer = memory_layer(
        "Polygon", WKTS[:1], fields=FIELDS, rows=[[dirty, "manual", "x\x02y", 1.0, "n\x00o"]]
    )
    layer.setName("plan")
    export(layer, tmp_path / "f", FORMATS=[1, 2, 3], TITLE="Plan\x07 1")
    kml = ET.parse(tmp_path / "f" / "plan.kml").getroot()
    assert kml.find(f"{KML}Document/{KML}name").text == "Plan 1"
    mark = kml.find(f".//{KML}Placemark")
    assert mark.find(f"{KML}name").text == "TA é\tz"
    assert "team: xy" in mark.find(f"{KML}description").text
    values = {d.get("name"): d.find(f"{KML}value").text for d in mark.iter(f"{KML}Data")}
    # QGIS 3.22 keeps the NUL in the attribute ("n\x00o"), 3.40 cuts the string there ("n")
    held = next(layer.getFeatures())["note"]
    assert held in ("n\x00o", "n")
    assert values["note"] == held.replace("\x00", "") and values["team"] == "xy"
    with zipfile.ZipFile(tmp_path / "f" / "plan.kmz") as kmz:
        ET.fromstring(kmz.read("doc.kml"))
    gpx = ET.parse(tmp_path / "f" / "plan.gpx").getroot()
    assert gpx.find(f"{GPX}wpt/{GPX}name").text == "TA é\tz-TP1"


def test_a_layer_without_any_usable_geometry_is_refused(tmp_path):
    layer = memory_layer(
        "Polygon", [None, "POLYGON((0 0, 1 1, 0 0))"], fields=FIELDS[:1], rows=[["A"], ["B"]]
    )
    layer.setName("plan")
    with pytest.raises(QgsProcessingException, match="none of its 2 features has usable"):
        export(layer, tmp_path / "f", FORMATS=[4])
    assert list(tmp_path.iterdir()) == []


def test_atlas_pages_follow_the_tasks_with_coordinates_when_feature_ids_have_gaps(tmp_path):
    """A copy of a memory layer renumbers its features: pages are matched by feature order."""
    wkts = [lonlat_square(46.5), lonlat_square(46.6), None, lonlat_square(48.2)]
    layer = lonlat_plan(wkts, ["GONE", "A", "NOGEOM", "C"])
    first = next(layer.getFeatures()).id()
    assert layer.dataProvider().deleteFeatures([first])
    result = export(layer, tmp_path / "f", FORMATS=[5])
    pdf = tmp_path / "f" / "plan_atlas.pdf"
    assert result["PAGES"] == 2
    pages = [pdf_page_text(pdf, n) for n in (1, 2)]
    assert "— A" in pages[0] and "— C" in pages[1]
    assert ["Outside UTM zone 38N" in page for page in pages] == [False, True]


def test_atlas_pages_carry_the_report_templates_organisation(plan_layer, tmp_path):
    from clearance_planner.reports.template import (
        ReportTemplate,
        clear_report_template,
        save_report_template,
    )

    save_report_template(ReportTemplate(organisation="Demining NGO, field office North"))
    try:
        export(plan_layer, tmp_path / "field", FORMATS=[5])
    finally:
        clear_report_template()
    pages = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "field" / "plan_atlas.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\f")[:3]
    pages = [unicodedata.normalize("NFKC", page) for page in pages]  # "fi" ligatures
    assert all("Demining NGO, field office North" in page for page in pages)
