"""clearance:coverage on hand-made layers where every figure is known.

Two 100 ha square districts A (x 0–1000) and B (x 1000–2000) in UTM 38N. Records R1, R2
overlap in A, R3 straddles the A/B border, R4 lies outside both. Hazard H2 lies inside H1,
H3 straddles the border, H5 lies outside. Figures by hand (planar, ha):

    row      district records hazard in_rec unmapped rec_wo_h cleared incidents in_rec cas
    A           100     30     22     14      8       16       2        3        2     3
    B           100      6     15    1.5   13.5      4.5       0        2        1     3
    Outside       –      4      4      1      3        3       0        1        0     1
    Total       200     40     41   16.5   24.5     23.5       2        6        3     7

On the ellipsoid each figure is its planar value times the UTM area scale (about 0.9994 here),
which the tests take from QgsDistanceArea on the same hand-made polygons.
"""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from clearance_planner.qgis_io.fields import TYPES
from tests.qgis_support import DEMO_GPKG, demo_layer, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")
X0, Y0 = 400_000, 4_400_000
CRS = "EPSG:32638"


def box(x0, y0, x1, y1):
    return (
        f"POLYGON(({X0 + x0} {Y0 + y0},{X0 + x1} {Y0 + y0},{X0 + x1} {Y0 + y1},"
        f"{X0 + x0} {Y0 + y1},{X0 + x0} {Y0 + y0}))"
    )


def pt(x, y):
    return f"POINT({X0 + x} {Y0 + y})"


def ellipsoid_ha(*shapes, crs=CRS) -> float:
    """Hectares on WGS 84 of the union of hand-made polygons (the independent check)."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(
        QgsCoordinateReferenceSystem(crs), QgsProject.instance().transformContext()
    )
    measure.setEllipsoid("WGS84")
    geoms = [QgsGeometry.fromWkt(s) if isinstance(s, str) else s for s in shapes]
    geom = QgsGeometry.unaryUnion([g if g.isGeosValid() else g.makeValid() for g in geoms])
    return measure.measureArea(geom) / 10_000


@pytest.fixture()
def layers():
    districts = memory_layer(
        "Polygon",
        [box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)],
        CRS,
        [("district", TYPES["string"])],
        [["A"], ["B"]],
    )
    records = memory_layer(
        "Polygon",
        [
            box(100, 100, 500, 500),
            box(300, 300, 700, 700),
            box(900, 100, 1300, 300),
            box(2600, 100, 2800, 300),
        ],
        CRS,
    )
    hazards = memory_layer(
        "Polygon",
        [
            box(200, 200, 600, 600),
            box(200, 200, 600, 400),
            box(800, 600, 1400, 900),
            box(1100, 150, 1200, 450),
            box(2500, 0, 2700, 200),
        ],
        CRS,
        [("hazard_type", TYPES["string"])],
        [["CHA"], ["SHA"], ["SHA"], ["CHA"], ["SHA"]],
    )
    incidents = memory_layer(
        "Point",
        [pt(250, 250), pt(1000, 500), pt(500, 150), pt(1500, 800), pt(1150, 200), pt(3000, 500)],
        CRS,
        [("incident_date", TYPES["string"]), ("casualties", TYPES["int"])],
        [
            ["2021-03-01", 2],
            ["2022-06-10", 1],
            ["05.01.2022", 0],
            ["not a date", 3],
            ["2021-07-07", None],
            ["2023-02-02", 1],
        ],
    )
    cleared = memory_layer("Polygon", [box(0, 800, 100, 1000)], CRS)
    return {
        "DISTRICTS": districts,
        "RECORDS": records,
        "HAZARDS": hazards,
        "INCIDENTS": incidents,
        "CLEARED": cleared,
    }


def run(layers, tmp_path, **extra):
    params = {
        **layers,
        "DISTRICT_FIELD": "district",
        "HAZARD_TYPE_FIELD": "hazard_type",
        "DATE_FIELD": "incident_date",
        "CASUALTY_FIELD": "casualties",
        "OUTPUT": str(tmp_path / "coverage.gpkg"),
        "GAPS": str(tmp_path / "gaps.gpkg"),
        "REPORT": str(tmp_path / "report.html"),
        **extra,
    }
    result = processing.run("clearance:coverage", params)
    table = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    rows = {f["district"]: f for f in table.getFeatures()}
    return result, rows


EXPECTED_HA = {  # the polygons each figure is the area of (union), by hand
    "A": {
        "district_ha": [box(0, 0, 1000, 1000)],
        "records_ha": [box(100, 100, 500, 500), box(300, 300, 700, 700), box(900, 100, 1000, 300)],
        "hazard_ha": [box(200, 200, 600, 600), box(800, 600, 1000, 900)],
        "hazard_in_records_ha": [box(200, 200, 500, 500), box(300, 300, 600, 600)],
        "unmapped_hazard_ha": [
            box(500, 200, 600, 300),
            box(200, 500, 300, 600),
            box(800, 600, 1000, 900),
        ],
        "cleared_ha": [box(0, 800, 100, 1000)],
    },
    "B": {
        "district_ha": [box(1000, 0, 2000, 1000)],
        "records_ha": [box(1000, 100, 1300, 300)],
        "hazard_ha": [box(1000, 600, 1400, 900), box(1100, 150, 1200, 450)],
        "hazard_in_records_ha": [box(1100, 150, 1200, 300)],
        "unmapped_hazard_ha": [box(1000, 600, 1400, 900), box(1100, 300, 1200, 450)],
    },
}
PLANAR = {  # hand-computed planar hectares
    "A": (100, 30, 22, 14, 8, 16, 2),
    "B": (100, 6, 15, 1.5, 13.5, 4.5, 0),
    "Outside districts": (None, 4, 4, 1, 3, 3, 0),
    "Total": (200, 40, 41, 16.5, 24.5, 23.5, 2),
}
AREAS = (
    "district_ha",
    "records_ha",
    "hazard_ha",
    "hazard_in_records_ha",
    "unmapped_hazard_ha",
    "records_without_hazard_ha",
    "cleared_ha",
)


def test_areas_match_hand_figures_and_ellipsoid(layers, tmp_path):
    _, rows = run(layers, tmp_path)
    assert list(rows) == ["A", "B", "Outside districts", "Total"]
    scale = ellipsoid_ha(box(0, 0, 1000, 1000)) / 100  # UTM area scale here, about 0.9994
    assert scale == pytest.approx(1, abs=0.001)
    for name, planar in PLANAR.items():
        for field, value in zip(AREAS, planar):
            if value is None:
                assert rows[name][field] is None or rows[name][field] == NULL
            else:
                assert rows[name][field] == pytest.approx(value * scale, rel=2e-4, abs=1e-6), (
                    name,
                    field,
                )
    for name, figures in EXPECTED_HA.items():
        for field, wkts in figures.items():
            assert rows[name][field] == pytest.approx(ellipsoid_ha(*wkts), rel=1e-6), (name, field)


def test_district_rows_add_up_to_total(layers, tmp_path):
    _, rows = run(layers, tmp_path)
    for field in AREAS[1:]:
        summed = sum(rows[n][field] for n in ("A", "B", "Outside districts"))
        assert summed == pytest.approx(rows["Total"][field], rel=1e-3)


def test_incident_counts_boundaries_and_percentages(layers, tmp_path):
    _, rows = run(layers, tmp_path)
    counts = {
        n: (rows[n]["incidents"], rows[n]["incidents_in_records"], rows[n]["casualties"])
        for n in rows
    }
    # the point on the A/B border counts once, in A; the point on R1's edge is inside R1
    assert counts == {
        "A": (3, 2, 3),
        "B": (2, 1, 3),
        "Outside districts": (1, 0, 1),
        "Total": (6, 3, 7),
    }
    assert rows["A"]["pct_incidents_outside_records"] == pytest.approx(100 / 3)
    assert rows["Total"]["pct_incidents_outside_records"] == pytest.approx(50)
    assert rows["A"]["pct_hazard_mapped"] == pytest.approx(100 * 14 / 22, rel=1e-4)
    assert rows["B"]["pct_district_contaminated"] == pytest.approx(15, rel=1e-4)
    assert rows["Total"]["pct_district_contaminated"] == pytest.approx(100 * 37 / 200, rel=1e-4)


def test_outputs_geometry_district_and_null_for_total(layers, tmp_path):
    _, rows = run(layers, tmp_path)
    a = rows["A"].geometry()
    assert a.isGeosEqual(QgsGeometry.fromWkt(box(0, 0, 1000, 1000))) or a.area() == pytest.approx(
        1e6
    )
    assert not rows["Total"].hasGeometry()
    assert not rows["Outside districts"].hasGeometry()


def test_gaps_are_hazard_minus_records_by_district_and_type(layers, tmp_path):
    result, rows = run(layers, tmp_path)
    gaps = QgsVectorLayer(result["GAPS"], "gaps", "ogr")
    by_key: dict = {}
    for f in gaps.getFeatures():
        key = (f["district"], f["hazard_type"])
        by_key[key] = by_key.get(key, 0) + f["area_ha"]
        assert f["area_ha"] == pytest.approx(ellipsoid_ha(f.geometry().asWkt()), rel=1e-9)
    # H1 (CHA) covers H2 (SHA): its unmapped corners are CHA; H3 SHA; H4's northern end CHA
    assert by_key[("A", "CHA")] == pytest.approx(
        ellipsoid_ha(box(500, 200, 600, 300), box(200, 500, 300, 600)), rel=1e-6
    )
    assert by_key[("A", "SHA")] == pytest.approx(ellipsoid_ha(box(800, 600, 1000, 900)), rel=1e-6)
    assert by_key[("B", "SHA")] == pytest.approx(ellipsoid_ha(box(1000, 600, 1400, 900)), rel=1e-6)
    assert by_key[("B", "CHA")] == pytest.approx(ellipsoid_ha(box(1100, 300, 1200, 450)), rel=1e-6)
    assert by_key[("Outside districts", "SHA")] == pytest.approx(
        ellipsoid_ha(box(2500, 0, 2700, 200)) - ellipsoid_ha(box(2600, 100, 2700, 200)), rel=1e-6
    )
    assert sum(by_key.values()) == pytest.approx(rows["Total"]["unmapped_hazard_ha"], rel=1e-6)


def test_date_filter_keeps_undated_incidents(layers, tmp_path):
    _, rows = run(layers, tmp_path, DATE_FROM="2022-01-01")
    # 2021 incidents (in A inside R1, in B inside R3) drop out; "not a date" in B stays
    assert (rows["A"]["incidents"], rows["B"]["incidents"], rows["Total"]["incidents"]) == (2, 1, 4)
    assert rows["B"]["incidents_in_records"] == 0


def test_report_html_shows_output_figures_and_charts(layers, tmp_path):
    result, rows = run(layers, tmp_path)
    text = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert text.count("data:image/png;base64,") == 4  # map + three charts
    assert "Outside districts" in text and "unknown year" in text  # the bad date is reported
    for name in ("A", "B", "Outside districts", "Total"):
        row = re.search(rf"<tr[^>]*><td>{name}</td>(.*?)</tr>", text).group(1)
        cells = re.findall(r'<td class="n">([^<]*)</td>', row)
        assert cells[1] == f"{rows[name]['records_ha']:.2f}"
        assert cells[4] == f"{rows[name]['unmapped_hazard_ha']:.2f}"
        assert cells[9] == str(rows[name]["incidents"])


def test_pdf_report_has_the_figures(layers, tmp_path):
    pdf = tmp_path / "report.pdf"
    result, rows = run(layers, tmp_path, REPORT_PDF=str(pdf))
    assert result["REPORT_PDF"] == str(pdf) and pdf.stat().st_size > 10_000
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)  # "fi" ligatures
    assert "Coverage of contamination by minefield records" in text
    assert f"{rows['Total']['unmapped_hazard_ha']:.2f}" in text
    assert f"{rows['B']['hazard_ha']:.2f}" in text
    assert "Outside districts" in text


# -- bad input -----------------------------------------------------------------------------


def test_missing_district_field_is_named(layers, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"has no field 'name_en'.*DISTRICT_FIELD"):
        run(layers, tmp_path, DISTRICT_FIELD="name_en")


def test_invalid_and_empty_hazards_are_repaired_or_reported(layers, tmp_path):
    bowtie = (
        f"POLYGON(({X0 + 1400} {Y0 + 400},{X0 + 1600} {Y0 + 600},{X0 + 1600} {Y0 + 400},"
        f"{X0 + 1400} {Y0 + 600},{X0 + 1400} {Y0 + 400}))"
    )
    hazards = memory_layer(
        "Polygon",
        [box(200, 200, 600, 600), bowtie, None],
        CRS,
        [("hazard_type", TYPES["string"]), ("localid", TYPES["string"])],
        [["CHA", "BH-1"], ["SHA", "BH-2"], ["SHA", "BH-3 "]],
    )
    layers["HAZARDS"] = hazards
    result, rows = run(layers, tmp_path)
    null_fid = [f.id() for f in hazards.getFeatures()][2]
    # the bow-tie becomes two triangles of 1 ha each, both in B
    assert rows["B"]["hazard_ha"] == pytest.approx(
        ellipsoid_ha(box(1400, 400, 1600, 600)) / 2, rel=1e-6
    )
    text = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert "1 invalid geometries repaired" in text
    assert "1 features without geometry, not measured" in text
    # named by the guessed id, localid (the report escapes the quotes)
    assert html.escape(f"(features {null_fid} 'BH-3')") in text
    assert hazards.featureCount() == 3  # input untouched


def test_layers_in_different_crs_give_the_same_figures(layers, tmp_path):
    _, before = run(layers, tmp_path)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(CRS), wgs84, QgsProject.instance()
    )
    wkts = []
    for f in layers["DISTRICTS"].getFeatures():
        g = f.geometry()
        g.transform(transform)
        wkts.append(g.asWkt(12))
    layers["DISTRICTS"] = memory_layer(
        "Polygon", wkts, "EPSG:4326", [("district", TYPES["string"])], [["A"], ["B"]]
    )
    other = tmp_path / "wgs84"
    other.mkdir()
    _, after = run(layers, other)
    for name in ("A", "B", "Outside districts", "Total"):
        assert after[name]["hazard_ha"] == pytest.approx(before[name]["hazard_ha"], rel=1e-3)
        assert after[name]["incidents"] == before[name]["incidents"]


def test_districts_that_miss_everything_are_refused(layers, tmp_path):
    far = memory_layer(
        "Polygon",
        [box(50_000, 50_000, 51_000, 51_000)],
        CRS,
        [("district", TYPES["string"])],
        [["Far"]],
    )
    layers["DISTRICTS"] = far
    with pytest.raises(QgsProcessingException, match="does not overlap any hazard"):
        run(layers, tmp_path)


def test_date_from_after_date_to_is_refused(layers, tmp_path):
    with pytest.raises(QgsProcessingException, match="DATE_FROM"):
        run(layers, tmp_path, DATE_FROM="2023-01-01", DATE_TO="2022-01-01")


# -- demo data -------------------------------------------------------------------------------


@pytest.mark.skipif(not DEMO_GPKG.exists(), reason="run make demo-data")
def test_demo_data_adds_up_and_matches_global_union(tmp_path):
    params = {
        "DISTRICTS": demo_layer("districts"),
        "DISTRICT_FIELD": "district",
        "RECORDS": demo_layer("minefield_records"),
        "HAZARDS": demo_layer("hazards"),
        "HAZARD_TYPE_FIELD": "hazard_type",
        "INCIDENTS": demo_layer("incidents"),
        "DATE_FIELD": "incident_date",
        "CASUALTY_FIELD": "casualties",
        "CLEARED": demo_layer("cleared_land"),
        "OUTPUT": str(tmp_path / "c.gpkg"),
        "GAPS": str(tmp_path / "g.gpkg"),
        "REPORT": str(tmp_path / "r.html"),
    }
    result = processing.run("clearance:coverage", params)
    rows = {f["district"]: f for f in QgsVectorLayer(result["OUTPUT"], "o", "ogr").getFeatures()}
    total = rows.pop("Total")
    for field in AREAS[1:]:
        assert sum(r[field] for r in rows.values()) == pytest.approx(total[field], rel=1e-3)
    hazards = [f.geometry() for f in demo_layer("hazards").getFeatures()]
    independent = ellipsoid_ha(*[g for g in hazards if not g.isNull() and not g.isEmpty()])
    assert total["hazard_ha"] == pytest.approx(independent, rel=1e-3)
    assert total["incidents"] == demo_layer("incidents").featureCount()


def test_overlapping_districts_are_warned_about(layers, tmp_path):
    layers["DISTRICTS"] = memory_layer(
        "Polygon",
        [box(0, 0, 1000, 1000), box(900, 0, 2000, 1000)],
        CRS,
        [("district", TYPES["string"])],
        [["A"], ["B"]],
    )
    result, rows = run(layers, tmp_path)
    text = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert "districts overlap" in text
    assert rows["Total"]["district_ha"] == pytest.approx(ellipsoid_ha(box(0, 0, 2000, 1000)))


def test_cancelled_run_writes_no_output(layers, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    params = {
        **layers,
        "DISTRICT_FIELD": "district",
        "OUTPUT": str(tmp_path / "coverage.gpkg"),
        "GAPS": str(tmp_path / "gaps.gpkg"),
        "REPORT": str(tmp_path / "report.html"),
    }
    result = processing.run("clearance:coverage", params, feedback=feedback)
    assert "OUTPUT" not in result
    assert list(tmp_path.iterdir()) == []


def test_temporary_outputs(layers):
    params = {
        **layers,
        "DISTRICT_FIELD": "district",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "GAPS": "TEMPORARY_OUTPUT",
        "REPORT": "TEMPORARY_OUTPUT",
    }
    result = processing.run("clearance:coverage", params)
    assert Path(result["REPORT"]).exists()
    rows = {f["district"]: f for f in result["OUTPUT"].getFeatures()}
    assert rows["Total"]["casualties"] in (None, NULL)  # no CASUALTY_FIELD given
    assert rows["Total"]["incidents"] == 6


def test_district_without_geometry_keeps_a_zero_row(layers, tmp_path):
    layers["DISTRICTS"] = memory_layer(
        "Polygon",
        [box(0, 0, 1000, 1000), None, box(1000, 0, 2000, 1000)],
        CRS,
        [("district", TYPES["string"])],
        [["A"], ["C"], ["B"]],
    )
    result, rows = run(layers, tmp_path)
    assert list(rows) == ["A", "B", "C", "Outside districts", "Total"]
    assert (rows["C"]["district_ha"], rows["C"]["hazard_ha"], rows["C"]["incidents"]) == (0, 0, 0)
    gaps = QgsVectorLayer(result["GAPS"], "gaps", "ogr")
    assert {f["district"] for f in gaps.getFeatures()} == {"A", "B", "Outside districts"}
    text = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert "1 features without geometry, not measured" in text


def test_report_sums_unmapped_hazard_by_type(layers, tmp_path):
    result, _ = run(layers, tmp_path)
    gaps = QgsVectorLayer(result["GAPS"], "gaps", "ogr")
    cha = sum(f["area_ha"] for f in gaps.getFeatures() if f["hazard_type"] == "CHA")
    text = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert f"<td>CHA</td><td class='n'>{cha:.2f}</td>" in text


@pytest.mark.parametrize("casualties", ["casualties", ""], ids=["casualties", "no-casualties"])
@pytest.mark.parametrize(
    "wkts",
    [[], [None, None], [None, QgsGeometry.fromPointXY(QgsPointXY(float("nan"), 0))]],
    ids=["empty", "only-null", "null-and-nan"],
)
def test_incidents_empty_or_only_null_give_zero_incidents_and_a_report(
    layers, tmp_path, wkts, casualties
):
    layers["INCIDENTS"] = memory_layer(
        "Point",
        wkts,
        CRS,
        [("incident_date", TYPES["string"]), ("casualties", TYPES["int"])],
        [["2021-03-01", 2] for _ in wkts],
    )
    result, rows = run(layers, tmp_path, CASUALTY_FIELD=casualties)
    assert list(rows) == ["A", "B", "Outside districts", "Total"]
    assert [rows[n]["incidents"] for n in rows] == [0, 0, 0, 0]
    assert [rows[n]["incidents_in_records"] for n in rows] == [0, 0, 0, 0]
    expected_casualties = 0 if casualties else None
    for name in rows:
        value = rows[name]["casualties"]
        assert (None if value in (None, NULL) else value) == expected_casualties
    assert rows["A"]["hazard_ha"] == pytest.approx(ellipsoid_ha(*EXPECTED_HA["A"]["hazard_ha"]))
    text = Path(result["REPORT"]).read_text(encoding="utf-8")
    if wkts:  # a point with a NaN coordinate is an empty point for QGIS
        assert "2 features without geometry, not counted (features 1, 2)" in text
