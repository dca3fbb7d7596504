"""KML, GPX and CSV text of the field export, and the export's one UTM zone (no QGIS)."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from clearance_planner.engine.fieldfiles import (
    FieldTask,
    csv_text,
    gpx_document,
    kml_document,
    xml_text,
)
from clearance_planner.engine.utm import UtmZone, centre

KML = "{http://www.opengis.net/kml/2.2}"
GPX = "{http://www.topografix.com/GPX/1/1}"
ZONE = UtmZone(38, True)
DIRTY = "T\x001\x0b\x1f\ufffe\uffff\ud800 é\tok\n"  # NUL, VT, US, non-characters, lone surrogate
VISIBLE = "T1 é\tok\n"


def square(lon: float, lat: float, d: float = 0.001) -> list:
    ring = np.array([[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]])
    return [[ring]]


def task(name: str, lon: float | None = 46.5, note: str = "", **attributes) -> FieldTask:
    """A located square task at ``lon`` 40°N (UTM made up), or one without coordinates."""
    if lon is None:
        return FieldTask(name, "d", attributes, [], np.zeros((0, 2)), None, note=note)
    polygons = square(lon, 40.0)
    turning = polygons[0][0][:-1]
    utm = np.array([[650000.0, 4430000.0], [650100, 4430000], [650100, 4430100], [650000, 4430100]])
    return FieldTask(name, "d", attributes, polygons, turning, utm, False, note)


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_xml_text_removes_what_xml_forbids_and_keeps_the_visible_text():
    assert xml_text(DIRTY) == VISIBLE
    assert xml_text(None) == "" and xml_text(12.5) == "12.5"
    assert xml_text("a\x7fb\u0085c\U0001f600") == "a\x7fb\u0085c\U0001f600"  # allowed in XML 1.0


def test_kml_and_gpx_with_control_characters_parse_and_keep_the_text():
    tasks = [task(DIRTY, method="manual", **{"no\x01te": DIRTY})]
    kml = ET.fromstring(kml_document(tasks, f"Plan{DIRTY}", {"manual": "#ff0000"}, ZONE))
    mark = kml.find(f".//{KML}Placemark")
    assert mark.find(f"{KML}name").text == VISIBLE
    data = {d.get("name"): d.find(f"{KML}value").text for d in mark.iter(f"{KML}Data")}
    assert data == {"method": "manual", "note": VISIBLE}
    assert kml.find(f"{KML}Document/{KML}name").text == f"Plan{VISIBLE}"
    gpx = ET.fromstring(gpx_document(tasks, f"Plan{DIRTY}", ZONE))
    assert gpx.find(f".//{GPX}wpt/{GPX}name").text == f"{VISIBLE}-TP1"
    assert gpx.find(f"{GPX}metadata/{GPX}name").text == f"Plan{VISIBLE}"


def test_tasks_without_coordinates_have_no_placemark_or_waypoint_but_a_csv_row():
    tasks = [task("T1"), task("T2", None, "no geometry"), task("T3")]
    kml = ET.fromstring(kml_document(tasks, "p", {}, ZONE))
    names = [m.find(f"{KML}name").text for m in kml.iter(f"{KML}Placemark")]
    assert names == ["T1", "T3"]
    gpx = ET.fromstring(gpx_document(tasks, "p", ZONE))
    assert len(gpx.findall(f"{GPX}wpt")) == 8
    assert {w.find(f"{GPX}name").text[:2] for w in gpx.findall(f"{GPX}wpt")} == {"T1", "T3"}
    table = rows(csv_text(tasks, ["id"], ZONE))
    assert len(table) == 3
    missing = table[1]
    assert missing["turning_points"] == "0" and missing["turning_points_wgs84"] == ""
    assert missing["turning_points_utm"] == "" and missing["utm_zone"] == ""
    assert missing["outside_zone"] == "" and missing["coordinate_note"] == "no geometry"
    assert table[0]["utm_zone"] == "38N" and table[0]["outside_zone"] == "false"


def test_one_zone_names_the_documents_and_every_waypoint():
    tasks = [task("T1")]
    kml = ET.fromstring(kml_document(tasks, "p", {}, ZONE))
    grid = "grid: WGS 84 / UTM zone 38N (EPSG:32638)"
    assert grid in kml.find(f"{KML}Document/{KML}description").text
    gpx = ET.fromstring(gpx_document(tasks, "p", ZONE))
    assert grid in gpx.find(f"{GPX}metadata/{GPX}desc").text
    comments = [w.find(f"{GPX}cmt").text for w in gpx.findall(f"{GPX}wpt")]
    assert comments[0] == "UTM 38N 650000.00 4430000.00"
    assert comments[2] == "UTM 38N 650100.00 4430100.00"


def test_csv_cells_are_formula_safe_and_coordinates_in_ring_order():
    tasks = [task("=1+1", id="=1+1", remark="@SUM(A1)", area=-2.5)]
    table = rows(csv_text(tasks, ["id", "remark", "area"], ZONE))
    assert table[0]["id"] == "'=1+1" and table[0]["remark"] == "'@SUM(A1)"
    assert table[0]["area"] == "-2.5"  # a number is data, not a formula
    wgs = table[0]["turning_points_wgs84"].split("; ")
    assert wgs == ["40.0000000 46.5000000", "40.0000000 46.5010000", "40.0010000 46.5010000",
                   "40.0010000 46.5000000"]  # fmt: skip
    assert table[0]["turning_points_utm"].split("; ")[1] == "650100.00 4430000.00"


def test_a_negative_coordinate_list_is_escaped_like_any_text_cell():
    south = task("S")
    south.turning_wgs84 = np.array([[-46.5, -40.0]])
    south.turning_utm = None
    assert rows(csv_text([south], [], ZONE))[0]["turning_points_wgs84"] == (
        "'-40.0000000 -46.5000000"
    )


@pytest.mark.parametrize(
    ("text", "zone"),
    [("38N", UtmZone(38, True)), (" 38 s ", UtmZone(38, False)), ("1n", UtmZone(1, True))],
)
def test_zone_text_is_parsed(text, zone):
    assert UtmZone.parse(text) == zone


@pytest.mark.parametrize("text", ["", "38", "0N", "61N", "38X", "N38", "38NN", "3 8N"])
def test_zone_text_that_is_no_zone_is_refused(text):
    with pytest.raises(ValueError):
        UtmZone.parse(text)


def test_zone_names_codes_and_valid_range():
    assert (ZONE.label, ZONE.epsg, ZONE.central_meridian) == ("38N", 32638, 45.0)
    assert ZONE.valid_range == "42°E–48°E, 0°–84°N"
    south = UtmZone(19, False)
    assert (south.label, south.epsg, south.valid_range) == ("19S", 32719, "72°W–66°W, 80°S–0°")
    assert UtmZone.of(47.9, 40.0) == ZONE and UtmZone.of(48.2, 40.0) == UtmZone(39, True)
    assert UtmZone.of(-70.0, -33.0) == south


def test_points_beyond_the_zone_are_measured_in_degrees():
    assert ZONE.beyond(np.array([[42.0, 0.0], [48.0, 84.0], [47.9, 40.0]])) == 0.0
    assert ZONE.beyond(np.array([[47.9, 40.0], [48.2, 40.0]])) == pytest.approx(0.2)
    assert ZONE.beyond(np.array([[41.5, 40.0]])) == pytest.approx(0.5)
    assert ZONE.beyond(np.array([[45.0, -1.0]])) == pytest.approx(1.0)  # southern hemisphere
    assert ZONE.beyond(np.zeros((0, 2))) == 0.0
    # zone 60 (174°E–180°) measured across the antimeridian
    assert UtmZone(60, True).beyond(np.array([[-179.5, 10.0]])) == pytest.approx(0.5)


def test_centre_of_the_extent_also_across_the_antimeridian():
    assert centre(np.array([[46.5, 40.0], [48.2, 40.5], [47.9, 39.0]])) == pytest.approx(
        (47.35, 39.75)
    )
    lon, lat = centre(np.array([[179.0, -17.0], [-179.0, -16.0]]))
    assert abs(lon) == pytest.approx(180.0) and lat == pytest.approx(-16.5)


def test_csv_numbers_are_rounded_for_their_unit_and_dates_are_iso():
    import datetime as dt

    row = task(
        "T1",
        area_m2=48145.079480318556,
        effort_team_days=0.9629015896063712,
        start_date=dt.date(2027, 3, 1),
        tasks=np.int64(3),
    )
    columns = ["area_m2", "effort_team_days", "start_date", "tasks"]
    cells = next(csv.DictReader(io.StringIO(csv_text([row], columns, ZONE))))
    assert (cells["area_m2"], cells["effort_team_days"]) == ("48145.08", "1.0")
    assert (cells["start_date"], cells["tasks"]) == ("2027-03-01", "3")
