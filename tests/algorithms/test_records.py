"""clearance:records on small CSV tables, checked by hand and through PROJ/GEOS."""

import csv
import math
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QUrl

from tests.qgis_support import ROOT, WarningFeedback, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")
COLUMNS = ["record_id", "seq", "bearing", "distance", "ref_x", "ref_y", "landmark", "district"]
E0, N0 = 640_000.0, 4_400_000.0


def write(tmp_path, rows, name="t.csv"):
    path = tmp_path / name
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for row in rows:
            w.writerow(list(row) + [""] * (len(COLUMNS) - len(row)))
    return str(path)


def square(rid="R1", bearings=("0", "90", "180", "270"), ref=(str(E0), str(N0)), dist="100"):
    return [(rid, i + 1, b, dist, *(ref if i == 0 else ("", ""))) for i, b in enumerate(bearings)]


def run(table, feedback=None, **params):
    base = {
        "TABLE": table,
        "REF_CRS": "EPSG:32638",
        "BEARING_REF": 0,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "TURNING_POINTS": "TEMPORARY_OUTPUT",
        "ERRORS": "TEMPORARY_OUTPUT",
    }
    base.update(params)
    return processing.run("clearance:records", base, feedback=feedback)


def by_id(layer):
    return {f["record_id"]: f for f in layer.getFeatures()}


def test_grid_square_is_one_hectare_with_zero_closure(tmp_path):
    out = run(write(tmp_path, square()))
    f = by_id(out["OUTPUT"])["R1"]
    assert f["status"] == "ok"
    assert f["legs"] == 4
    assert f["closure_error_m"] == pytest.approx(0.0, abs=1e-6)
    assert f["area_ha"] == pytest.approx(1.0)
    assert f["perimeter_m"] == pytest.approx(400.0)
    expected = QgsGeometry.fromWkt(
        f"POLYGON(({E0} {N0},{E0} {N0 + 100},{E0 + 100} {N0 + 100},{E0 + 100} {N0},{E0} {N0}))"
    )
    assert f.geometry().isGeosEqual(expected)
    assert out["OUTPUT"].crs().authid() == "EPSG:32638"
    assert out["ERRORS"].featureCount() == 0


def test_square_in_nato_mils_and_yards(tmp_path):
    table = write(tmp_path, square(bearings=("0", "1600", "3200", "4800"), dist="100"))
    f = by_id(run(table, BEARING_UNIT=1, DISTANCE_UNIT=2)["OUTPUT"])["R1"]
    assert f["area_ha"] == pytest.approx(0.9144**2)


def test_true_bearings_are_turned_by_the_proj_grid_convergence(tmp_path):
    # reference 1.5° east of the zone 38 central meridian at 40° N
    lon, lat = 46.5, 40.0
    table = write(tmp_path, [("R1", 1, "0", "1000", str(lon), str(lat))])
    out = run(table, REF_CRS="EPSG:4326", BEARING_REF=1, CLOSED=False)
    points = sorted(out["TURNING_POINTS"].getFeatures(), key=lambda f: f["seq"])
    # PROJ: grid azimuth of true north at the reference, from a point 1e-4° north
    utm = QgsCoordinateReferenceSystem("EPSG:32638")
    t = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), utm, QgsProject.instance()
    )
    a, b = t.transform(QgsPointXY(lon, lat)), t.transform(QgsPointXY(lon, lat + 1e-4))
    grid_of_north = math.degrees(math.atan2(b.x() - a.x(), b.y() - a.y()))
    assert grid_of_north < 0  # east of the central meridian grid north lies east of true
    assert points[1]["grid_bearing_deg"] == pytest.approx(360 + grid_of_north, abs=1e-5)
    dx, dy = (
        points[1]["easting"] - points[0]["easting"],
        points[1]["northing"] - points[0]["northing"],
    )
    assert math.degrees(math.atan2(dx, dy)) == pytest.approx(grid_of_north, abs=1e-5)
    assert points[1]["lat"] > lat and points[1]["lon"] == pytest.approx(lon, abs=1e-6)


def test_magnetic_declination_rotates_the_record(tmp_path):
    table = write(tmp_path, square())
    f = by_id(run(table, BEARING_REF=2, DECLINATION=10.0)["OUTPUT"])["R1"]
    second = f.geometry().asPolygon()[0][1]
    # REF_CRS is UTM 38N: grid = magnetic + declination - convergence at the reference
    lon_ref = f["ref_lon"]
    assert lon_ref > 45
    bearing = math.degrees(math.atan2(second.x() - E0, second.y() - N0))
    assert bearing == pytest.approx(10.0 - f["convergence_deg"], abs=1e-6)
    assert f["area_ha"] == pytest.approx(1.0)


def test_bad_rows_are_reported_by_row_number_and_other_records_build(tmp_path):
    rows = square("GOOD") + [
        ("BAD", 1, "", "100", str(E0), str(N0 + 500)),  # row 5: missing bearing
        ("BAD", 2, "90", "-3"),  # row 6: negative distance
        ("BAD", 3, "400", "100"),  # row 7: out of range
        ("BAD", 3, "270", "100"),  # row 8: duplicate seq 3 (with row 7)
        ("LM", 1, "0", "100", "", "", "Nowhere"),  # row 9: unknown landmark
    ]
    out = run(write(tmp_path, rows))
    records = by_id(out["OUTPUT"])
    assert records["GOOD"]["status"] == "ok"
    assert records["BAD"]["status"] == "error" and records["BAD"].geometry().isNull()
    assert records["LM"]["status"] == "error"
    errors = sorted((f["table_row"], f["field"]) for f in out["ERRORS"].getFeatures())
    assert errors == [
        (5, "bearing"),
        (6, "distance"),
        (7, "bearing"),
        (7, "seq"),
        (8, "seq"),
        (9, "landmark"),
    ]
    assert "row 6: distance: negative distance" in records["BAD"]["problems"]


def test_landmark_from_layer_and_dms_reference(tmp_path):
    marks = memory_layer(
        "Point",
        ["POINT(46.75 39.8)"],
        crs="EPSG:4326",
        fields=[("name", 10)],
        rows=[["Old Bridge"]],
    )
    rows = square("LM", ref=("", "")) + square("DMS", ref=("46°45'E", "39°48'N"))
    rows[0] = ("LM", 1, "0", "100", "", "", "old bridge ")
    out = run(write(tmp_path, rows), REF_CRS="EPSG:4326", LANDMARKS=marks, LANDMARK_FIELD="name")
    rec = by_id(out["OUTPUT"])
    assert rec["LM"]["status"] == rec["DMS"]["status"] == "ok"
    assert rec["LM"]["ref_lon"] == pytest.approx(46.75) and rec["DMS"]["ref_lat"] == pytest.approx(
        39.8
    )
    assert rec["LM"].geometry().isGeosEqual(rec["DMS"].geometry())


@pytest.mark.parametrize(
    ("mgrs", "lat", "lon", "tol"),
    [
        ("15TWG0000049776", 41.999997975128, -93.0, 1e-7),  # mgrs package README
        ("31U DQ 48251 11932", 48.8581938379, 2.2944892452, 1e-4),  # Eiffel Tower (1 m precision)
    ],
)
def test_mgrs_reference_matches_published_coordinates(tmp_path, mgrs, lat, lon, tol):
    out = run(
        write(tmp_path, [("M", 1, "0", "10", mgrs, "")]), CLOSED=False, OUTPUT_CRS="EPSG:4326"
    )
    f = by_id(out["OUTPUT"])["M"]
    assert (f["ref_lat"], f["ref_lon"]) == pytest.approx((lat, lon), abs=tol)


def test_missing_legs_and_not_closed_statuses(tmp_path):
    gap = [r for r in square("GAP") if r[1] != 3]
    open_ = square("OPEN", bearings=("0", "90", "180"), ref=(str(E0 + 1000), str(N0)))
    out = run(write(tmp_path, gap + open_))
    rec = by_id(out["OUTPUT"])
    assert rec["GAP"]["status"] == "missing legs"
    assert rec["OPEN"]["status"] == "not closed"
    assert rec["OPEN"]["closure_error_m"] == pytest.approx(100.0)


def test_missing_column_names_the_table_and_column(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("record_id,seq,distance,ref_x,ref_y\nR,1,10,1,1\n")
    with pytest.raises(Exception, match="bearing"):
        run(str(path))


def test_shipped_sample_digitises_with_closure_report_and_error_rows():
    out = run(
        str(ROOT / "resources/demo/sample_records.csv"),
        REF_CRS="EPSG:4326",
        LANDMARKS=str(ROOT / "resources/demo/sample_landmarks.geojson"),
        DECLINATION=6.5,
        BEARING_REF=2,
    )
    rec = by_id(out["OUTPUT"])
    status = {k: f["status"] for k, f in rec.items()}
    assert sorted(k for k, s in status.items() if s == "ok") == [
        "MR-SYN-001",
        "MR-SYN-003",
        "MR-SYN-004",
        "MR-SYN-005",
    ]
    assert status["MR-SYN-010"] == "self-intersecting"
    assert all(rec[k]["closure_error_m"] < 5 for k, s in status.items() if s == "ok")
    assert {f["record_id"] for f in out["ERRORS"].getFeatures()} == {
        "MR-SYN-002",
        "MR-SYN-006",
        "MR-SYN-007",
        "MR-SYN-008",
        "MR-SYN-009",
    }
    assert rec["MR-SYN-001"]["source"].startswith("SYNTHETIC")
    extent = out["OUTPUT"].extent()
    assert 600_000 < extent.xMinimum() < extent.xMaximum() < 700_000  # UTM 38N, 46.5-47.2 E


def test_input_table_is_not_modified(tmp_path):
    table = write(tmp_path, square())
    before = Path(table).read_bytes()
    run(table)
    assert Path(table).read_bytes() == before
    assert QgsVectorLayer(table, "t", "ogr").featureCount() == 4


def test_ref_crs_defaults_to_wgs84(tmp_path):
    table = write(tmp_path, square(ref=("46.75", "39.8")))
    params = {
        "TABLE": table,
        "BEARING_REF": 0,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "TURNING_POINTS": "TEMPORARY_OUTPUT",
        "ERRORS": "TEMPORARY_OUTPUT",
    }
    f = by_id(processing.run("clearance:records", params)["OUTPUT"])["R1"]
    assert (f["ref_lon"], f["ref_lat"]) == pytest.approx((46.75, 39.8))
    assert f["area_ha"] == pytest.approx(1.0)


def test_xlsx_sheet_with_text_cells_takes_its_header_from_the_first_row(tmp_path):
    from osgeo import gdal

    csv_path = write(tmp_path, square())
    xlsx = str(tmp_path / "records.xlsx")
    gdal.VectorTranslate(xlsx, csv_path, format="XLSX", layerName="legs")
    out = run(f"{xlsx}|layername=legs")
    f = by_id(out["OUTPUT"])["R1"]
    assert f["area_ha"] == pytest.approx(1.0)
    assert f["table_rows"] == "1-4"


def test_geopackage_output_carries_style_metadata_and_run_record(tmp_path):
    from osgeo import ogr

    target = str(tmp_path / "records.gpkg")
    run(write(tmp_path, square()), OUTPUT=target)
    layer = QgsVectorLayer(target, "records", "ogr")
    names = layer.listStylesInDatabase()[2]
    assert "record_status" in names
    ds = ogr.Open(target)
    runs = ds.GetLayerByName("clearance_runs")
    assert runs.GetFeatureCount() == 1
    assert runs.GetNextFeature().GetField("algorithm") == "clearance:records"


def test_records_in_two_utm_zones_are_laid_out_in_their_own_zone(tmp_path):
    rows = square("Z38", ref=("46.0", "40.0")) + square("Z39", ref=("49.5", "40.0"))
    out = run(write(tmp_path, rows), REF_CRS="EPSG:4326")
    rec = by_id(out["OUTPUT"])
    assert out["OUTPUT"].crs().authid() == "EPSG:32638"  # the first record's zone
    assert (rec["Z38"]["utm_epsg"], rec["Z39"]["utm_epsg"]) == (32638, 32639)
    assert rec["Z39"]["area_ha"] == pytest.approx(1.0)  # measured on its own zone's plane
    # drawn in zone 38 far from its meridian: scale differs by under 0.5 %
    assert rec["Z39"].geometry().area() == pytest.approx(10_000.0, rel=5e-3)
    points = [f for f in out["TURNING_POINTS"].getFeatures() if f["record_id"] == "Z39"]
    assert {f["utm_epsg"] for f in points} == {32639}


def write_text(tmp_path, text, name="raw.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# the docs' DMS form, typed without quoting the cell: OGR and the delimited-text provider
# take the seconds mark for an opening quote and swallow the delimiters (and rows) after it
DMS_ROWS = """record_id,seq,bearing,distance,ref_x,ref_y
A,1,0,100,{ref_x},{ref_y}
A,2,90,100,,
A,3,180,100,,
A,4,270,100,,
B,1,0,50,46.9,40.0
B,2,90,50,,
B,3,180,50,,
B,4,270,50,,
"""


def csv_layers(path):
    """The same file as a path (OGR) and as a delimited-text layer."""
    uri = QUrl.fromLocalFile(path).toString() + "?type=csv&delimiter=,&geomType=none"
    return {"ogr": path, "delimitedtext": QgsVectorLayer(uri, "raw", "delimitedtext")}


@pytest.mark.parametrize("provider", ["ogr", "delimitedtext"])
@pytest.mark.parametrize(
    ("ref_x", "ref_y"),
    [("46°55'30\"E", "39°59'24\"N"), ("46°55'30\"E", "39.99"), ("46°55'30\"E", "39 59 24 N")],
)
def test_unquoted_dms_seconds_mark_keeps_every_row(tmp_path, provider, ref_x, ref_y):
    path = write_text(tmp_path, DMS_ROWS.format(ref_x=ref_x, ref_y=ref_y))
    out = run(csv_layers(path)[provider], REF_CRS="EPSG:4326", BEARING_REF=1)
    rec = by_id(out["OUTPUT"])
    assert sorted(rec) == ["A", "B"]
    assert rec["A"]["status"] == rec["B"]["status"] == "ok"
    assert rec["A"]["table_rows"] == "1-4" and rec["B"]["table_rows"] == "5-8"
    assert rec["A"]["ref_lon"] == pytest.approx(46 + 55 / 60 + 30 / 3600)
    lat = 39.99 if ref_y == "39.99" else 39 + 59 / 60 + 24 / 3600
    assert rec["A"]["ref_lat"] == pytest.approx(lat)
    assert rec["A"]["area_ha"] == pytest.approx(1.0) and rec["B"]["area_ha"] == pytest.approx(0.25)
    assert out["ERRORS"].featureCount() == 0


def test_issue_dms_form_is_an_error_row_and_the_next_record_still_builds(tmp_path):
    # 99 minutes and 99 seconds are not DMS: row 1 is reported, record B is not swallowed
    path = write_text(tmp_path, DMS_ROWS.format(ref_x="46°99'99\"E", ref_y="39°59'24\"N"))
    out = run(path, REF_CRS="EPSG:4326", BEARING_REF=1)
    rec = by_id(out["OUTPUT"])
    assert rec["A"]["status"] == "error" and rec["B"]["status"] == "ok"
    errors = [(f["table_row"], f["record_id"], f["field"]) for f in out["ERRORS"].getFeatures()]
    assert errors == [(1, "A", "ref_x")]


def test_row_with_more_cells_than_the_header_is_an_error_row(tmp_path):
    text = DMS_ROWS.format(ref_x="46.925", ref_y="39.99").replace("B,2,90,50,,", "B,2,90,50,,,x")
    out = run(write_text(tmp_path, text), REF_CRS="EPSG:4326", BEARING_REF=1)
    rec = by_id(out["OUTPUT"])
    assert rec["A"]["status"] == "ok" and rec["B"]["status"] == "error"
    errors = [(f["table_row"], f["record_id"], f["field"]) for f in out["ERRORS"].getFeatures()]
    assert errors == [(6, "B", "row")]
    assert "7 cells but the header has 6" in next(out["ERRORS"].getFeatures())["problem"]


def test_semicolon_csv_is_read_with_its_delimiter(tmp_path):
    text = DMS_ROWS.format(ref_x="46°55'30\"E", ref_y="39.99").replace(",", ";")
    out = run(write_text(tmp_path, text), REF_CRS="EPSG:4326", BEARING_REF=1)
    assert [f["status"] for f in out["OUTPUT"].getFeatures()] == ["ok", "ok"]


def test_id_field_names_the_record_column_and_lookalike_ids_are_warned(tmp_path):
    path = tmp_path / "mf.csv"
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["MF_NO", "record_id", "seq", "bearing", "distance", "ref_x", "ref_y"])
        for mf, old, east in (("MF-7", "old-1", E0), ("mf-7 ", "old-2", E0 + 1000)):
            for _rid, seq, bearing, dist, *ref in square(ref=(str(east), str(N0))):
                w.writerow([mf, old, seq, bearing, dist, *ref])
    feedback = WarningFeedback()
    base = {
        "TABLE": str(path),
        "ID_FIELD": "MF_NO",
        "REF_CRS": "EPSG:32638",
        "BEARING_REF": 0,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "TURNING_POINTS": "TEMPORARY_OUTPUT",
        "ERRORS": "TEMPORARY_OUTPUT",
    }
    out = by_id(processing.run("clearance:records", base, feedback=feedback)["OUTPUT"])
    assert sorted(out) == ["MF-7", "mf-7"]  # grouped by MF_NO, surrounding spaces stripped
    assert out["MF-7"]["source_record_id"] == "old-1"  # the replaced column is kept
    assert out["MF-7"].geometry().area() == pytest.approx(10_000)
    assert any("record ids 'MF-7' and 'mf-7' differ only by case" in w for w in feedback.warnings)
    with pytest.raises(QgsProcessingException, match="has no column 'nosuch' \\(ID_FIELD\\)"):
        processing.run("clearance:records", {**base, "ID_FIELD": "nosuch"})
