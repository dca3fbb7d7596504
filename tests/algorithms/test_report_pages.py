"""Paginated PDFs: the coverage report of 150 districts shows every district row, "Outside
districts" and Total across pages with the header repeated and "continued" notes; charts
draw the top districts and sum the rest; the report template (organisation, logo, language,
sections) set in the plugin settings reaches every page.

Districts D001…D150 are 1 km squares on a 15 × 10 grid; district i holds one hazard square
of side 100 + 2i m (so the hazard grows with i and D150 has the most); one hazard square of
200 m lies outside every district, and D001 has a record over its hazard."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from types import SimpleNamespace

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from clearance_planner.engine.coverage import FIELDS, CoverageTable
from clearance_planner.reports.coverage_html import chart_data, format_value
from clearance_planner.reports.pagination import top_rows
from clearance_planner.reports.template import (
    ReportTemplate,
    clear_report_template,
    report_template,
    save_report_template,
)
from tests.i18n.test_languages import translator  # noqa: F401 (fixture)
from tests.qgis_support import memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")
X0, Y0, CRS, N = 400_000, 4_400_000, "EPSG:32638", 150


def square(x, y, side):
    return (
        f"POLYGON(({X0 + x} {Y0 + y},{X0 + x + side} {Y0 + y},{X0 + x + side} {Y0 + y + side},"
        f"{X0 + x} {Y0 + y + side},{X0 + x} {Y0 + y}))"
    )


def corner(i):
    return 1000 * (i % 15), 1000 * (i // 15)


def name(i):
    return f"D{i + 1:03d}"


@pytest.fixture()
def template():
    """The saved template is cleared before and after each test."""
    clear_report_template()
    yield
    clear_report_template()


@pytest.fixture(scope="module")
def layers():
    districts = memory_layer(
        "Polygon",
        [square(*corner(i), 1000) for i in range(N)],
        CRS,
        [("district", QVariant.String)],
        [[name(i)] for i in range(N)],
    )
    hazards = memory_layer(
        "Polygon",
        [square(*corner(i), 100 + 2 * i) for i in range(N)] + [square(20_000, 0, 200)],
        CRS,
    )
    records = memory_layer("Polygon", [square(0, 0, 100)], CRS)
    incidents = memory_layer("Point", [f"POINT({X0 + 50} {Y0 + 50})"], CRS)
    return {"DISTRICTS": districts, "RECORDS": records, "HAZARDS": hazards, "INCIDENTS": incidents}


def coverage_pdf(layers, tmp_path):
    pdf = tmp_path / "report.pdf"
    result = processing.run(
        "clearance:coverage",
        {
            **layers,
            "DISTRICT_FIELD": "district",
            "OUTPUT": str(tmp_path / "coverage.gpkg"),
            "GAPS": str(tmp_path / "gaps.gpkg"),
            "REPORT": str(tmp_path / "report.html"),
            "REPORT_PDF": str(pdf),
        },
    )
    table = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    return pdf, {f["district"]: f for f in table.getFeatures()}


def pdf_text(pdf) -> str:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", text)


def pdf_pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))


def row_cells(text: str, row: str) -> list[str]:
    """The cells after the row's name on its line of the table."""
    width = len(row.split())
    lines = [line.split() for line in text.splitlines() if line.strip().startswith(row + " ")]
    cells = [c[width:] for c in lines if len(c) > width and re.fullmatch(r"[\d.–]+", c[width])]
    assert len(cells) == 1, (row, lines)  # once, not on the map page's labels
    return cells[0]


def test_every_district_row_outside_and_total_are_in_the_pdf(layers, tmp_path, template):
    pdf, rows = coverage_pdf(layers, tmp_path)
    text = pdf_text(pdf)
    assert len(rows) == N + 2  # 150 districts, "Outside districts", "Total"
    for row, feature in rows.items():
        cells = row_cells(text, row)
        assert cells[2] == format_value("hazard_ha", feature["hazard_ha"]), row
        assert cells[4] == format_value("unmapped_hazard_ha", feature["unmapped_hazard_ha"])
    # the total by hand: the squares' planar area (ha), times the UTM area scale (< 0.1 %)
    by_hand = (sum((100 + 2 * i) ** 2 for i in range(N)) + 200**2) / 10_000
    assert rows["Total"]["hazard_ha"] == pytest.approx(by_hand, rel=1e-3)
    assert rows["Outside districts"]["hazard_ha"] == pytest.approx(4.0, rel=1e-3)


def test_the_table_continues_over_pages_with_its_header_and_continued_notes(
    layers, tmp_path, template
):
    pdf, _ = coverage_pdf(layers, tmp_path)
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    table_pages = [p for p in pages if "Figures per district" in p]
    assert len(table_pages) >= 3  # 152 rows do not fit on one or two A4 pages
    assert "(continued)" not in table_pages[0]
    for page in table_pages[1:]:
        assert "Figures per district (continued)" in page
        assert "District" in page and "Hazard" in page  # the header is repeated
    for page in table_pages[:-1]:
        assert "continued on the next page" in page
    assert "continued on the next page" not in table_pages[-1]
    assert "Total" in table_pages[-1]
    n = pdf_pages(pdf)
    assert len(pages[:n]) == n
    for i, page in enumerate(pages[:n], start=1):
        assert f"Page {i} of {n}" in page


def test_charts_draw_the_top_districts_and_sum_the_others():
    """150 districts with i + 1 ha unmapped hazard (D150 most), 2 ha inside records in D001,
    3 ha outside districts: the chart draws D150…D136 and Outside; the note sums D001…D135
    (2 ha inside, 1 + … + 135 = 9180 ha unmapped)."""
    names = [name(i) for i in range(N)] + ["Outside districts", "Total"]
    inside = np.zeros(N + 2)
    inside[0] = 2.0
    unmapped = np.r_[np.arange(1, N + 1, dtype=float), 3.0, 0.0]
    columns = {f: np.zeros(N + 2) for f in FIELDS}
    columns.update(hazard_in_records_ha=inside, unmapped_hazard_ha=unmapped)
    run = SimpleNamespace(table=CoverageTable(names, columns, N, True))
    data = chart_data(
        run, inside, unmapped, ("Inside records", "Outside every record"), " ha", ReportTemplate()
    )
    assert data.labels == [name(i) for i in range(149, 134, -1)] + ["Outside districts"]
    assert data.second.tolist() == list(range(150, 135, -1)) + [3.0]
    assert data.note == (
        "+ 135 other districts: 2.00 ha inside records, 9180.00 ha outside every record"
    )


def test_top_rows_keeps_ties_in_row_order_and_outside_only_when_it_holds_something():
    assert top_rows([1, 5, 5, float("nan"), 2], 2).shown == [1, 2]
    assert top_rows([1, 5, 5, float("nan"), 2], 2).others == [0, 3, 4]
    assert top_rows([1, 5, 0], 1, always=[2]).shown == [1]
    assert top_rows([1, 5, 3], 1, always=[2]).shown == [1, 2]
    assert top_rows([1, 5, 3], 1, always=[2]).others == [0]
    assert top_rows([0, 4, 0], 2) == top_rows([0, 4, 0], 3)  # zeros are never drawn
    assert top_rows([0, 4, 0], 2).others == [0, 2]


def test_report_template_is_read_from_the_settings(template):
    assert report_template() == ReportTemplate()
    saved = ReportTemplate("Demining NGO", "/tmp/logo.png", "fr", ("table",))
    save_report_template(saved)
    assert report_template() == saved
    save_report_template(ReportTemplate(sections=()))
    assert report_template().sections == ()


def test_template_organisation_language_and_sections_reach_the_pdf(layers, tmp_path, template):
    save_report_template(ReportTemplate("Demining NGO", "", "fr", ("table",)))
    pdf, _ = coverage_pdf(layers, tmp_path)
    text = pdf_text(pdf)
    n = pdf_pages(pdf)
    assert "Demining NGO" in text
    assert f"Page 1 sur {n}" in text and "Figures per district (suite)" in text
    assert "Coverage of contamination" not in text  # no map page
    assert "Charts" not in text
    assert "Total" in text


@pytest.mark.parametrize("translator", ["ru"], indirect=True)
def test_page_texts_follow_the_plugins_language_by_default(template, translator):  # noqa: F811
    assert report_template().language == ""
    assert ReportTemplate().phrase("page").format(1, 3) == "Стр. 1 из 3"
    assert ReportTemplate().phrase("others").format(2, "x") == "+ другие районы (2): x"
    # a language chosen in the template is kept whatever QGIS's language
    assert ReportTemplate(language="en").phrase("page").format(1, 3) == "Page 1 of 3"
