"""clearance:export's PDF atlas as a field pack: turning points in UTM, degrees, DMS and MGRS
equal to independent conversions (PROJ, hand-computed MGRS letters), the task's facts,
locator and legend, and a long turning-point table continued over pages."""

from __future__ import annotations

import math
import os
import re
import subprocess

import pytest
from qgis import processing

from tests.qgis_support import QVariant, memory_layer

os.environ.setdefault("PROJ_DATA", "/usr/share/proj")  # a venv hides Debian's PROJ data
import pyproj

pytestmark = pytest.mark.usefixtures("clearance_provider")

SQUARE = "POLYGON((650000 4430000, 650100 4430000, 650100 4430100, 650000 4430100, 650000 4430000))"
FIELDS = [
    ("task_id", QVariant.String),
    ("parent_id", QVariant.String),
    ("step", QVariant.String),
    ("method", QVariant.String),
    ("benchmark", QVariant.String),
]


def pdf_text(pdf, first=1, last=None) -> str:
    args = ["pdftotext", "-layout", "-f", str(first), "-l", str(last or first), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)$", info.stdout, re.M)[1])


def export_atlas(layer, folder):
    params = {"INPUT": layer, "FOLDER": str(folder), "FORMATS": [5], "TITLE": "Pack (SYNTHETIC)"}
    return processing.run("clearance:export", params)


def hand_dms(value: float, positive: str, negative: str) -> str:
    seconds = round(abs(value) * 360000)  # hundredths of a second
    d, rest = divmod(seconds, 360000)
    m, s = divmod(rest, 6000)
    return f"{d}°{m:02d}'{s // 100:02d}.{s % 100:02d}\"{positive if value >= 0 else negative}"


def test_turning_points_equal_proj_and_hand_computed_mgrs(tmp_path):
    layer = memory_layer(
        "Polygon", [SQUARE], fields=FIELDS, rows=[["T1", "HZ-007 ", "TS", "manual", None]]
    )
    layer.setName("plan")
    result = export_atlas(layer, tmp_path / "f")
    text = pdf_text(tmp_path / "f" / "plan_atlas.pdf")
    proj = pyproj.Transformer.from_crs(32638, 4326, always_xy=True)
    # zone 38 uses column letters J-R (set 2): 650 km is the 6th column, P; northing 4430 km:
    # row (44 + 5) mod 20 = 9, K; latitude 40.0° is band T (40°-48° N)
    expected = [
        ("TP1", 650000, 4430000, "38T PK 50000 30000"),
        ("TP2", 650100, 4430000, "38T PK 50100 30000"),
        ("TP3", 650100, 4430100, "38T PK 50100 30100"),
        ("TP4", 650000, 4430100, "38T PK 50000 30100"),
    ]
    table = [line.split() for line in text.splitlines() if re.match(r"^\s*TP\d+\s+\d+\.\d", line)]
    rows = {cells[0]: cells for cells in table}
    for label, east, north, mgrs in expected:
        lon, lat = proj.transform(east, north)
        cells = rows[label]
        assert cells[1:3] == [f"{east:.1f}", f"{north:.1f}"]
        assert cells[3:5] == [f"{lat:.6f}", f"{lon:.6f}"]
        assert cells[5:7] == [hand_dms(lat, "N", "S"), hand_dms(lon, "E", "W")]
        assert " ".join(cells[7:]) == mgrs
    assert "TP5" not in rows  # the closing vertex is not a turning point
    assert result["PAGES"] == 1


def test_the_page_names_hazard_step_benchmark_reference_and_has_locator_and_legend(tmp_path):
    layer = memory_layer(
        "Polygon",
        [SQUARE],
        fields=FIELDS,
        rows=[["T1", "HZ-007 ", "TS", "manual", "BM-3 on the culvert"]],
    )
    layer.setName("plan")
    export_atlas(layer, tmp_path / "f")
    text = " ".join(pdf_text(tmp_path / "f" / "plan_atlas.pdf").split())
    assert "Original hazard id HZ-007" in text
    assert "Land-release step TS" in text
    assert "Benchmark BM-3 on the culvert" in text
    # the wrapped cell's second line comes after its label in the text
    assert "Reference point" in text and "TP1 38T PK 50000 30000 (650000.0 E," in text
    assert "Legend" in text and "Current task" in text
    assert "Locator: all tasks of the export" in text


def test_missing_facts_are_said_not_recorded(tmp_path):
    layer = memory_layer("Polygon", [SQUARE], fields=[("task_id", QVariant.String)], rows=[["T1"]])
    layer.setName("plan")
    export_atlas(layer, tmp_path / "f")
    text = " ".join(pdf_text(tmp_path / "f" / "plan_atlas.pdf").split())
    assert "Original hazard id not recorded" in text
    assert "Land-release step not recorded" in text
    assert "Benchmark not recorded; start from the reference point" in text


def circle(n: int, east=650500.0, north=4430500.0, radius=200.0) -> str:
    points = [
        (
            east + radius * math.cos(2 * math.pi * i / n),
            north + radius * math.sin(2 * math.pi * i / n),
        )
        for i in range(n)
    ]
    points.append(points[0])
    return "POLYGON((" + ", ".join(f"{x:.3f} {y:.3f}" for x, y in points) + "))"


def test_a_long_turning_point_table_continues_over_pages_with_every_point(tmp_path):
    layer = memory_layer(
        "Polygon",
        [SQUARE, circle(75)],
        fields=FIELDS,
        rows=[["SHORT", "HZ-1", "TS", "manual", None], ["LONG", "HZ-2", "CL", "manual", None]],
    )
    layer.setName("plan")
    result = export_atlas(layer, tmp_path / "f")
    pdf = tmp_path / "f" / "plan_atlas.pdf"
    pages = pdf_pages(pdf)
    assert result["PAGES"] == pages
    texts = [pdf_text(pdf, n) for n in range(1, pages + 1)]
    row = re.compile(r"^\s*(TP\d+)\s+\d+\.\d\s", re.M)  # a table row: label, easting
    per_page = [len(row.findall(t)) for t in texts]
    # SHORT: one page of 4 points; LONG: its page, then full continuation pages, the last
    # holding the rest; no empty page is exported
    assert per_page[0] == 4 and pages >= 4
    assert all(n == per_page[2] for n in per_page[2:-1]) and 0 < per_page[-1] <= per_page[2]
    assert "— SHORT" in texts[0] and "— LONG" in texts[1]
    long_rows = row.findall("\n".join(texts[1:]))
    assert long_rows == [f"TP{i}" for i in range(1, 76)]  # every point once, in order
    for page in texts[2:]:
        assert "Turning points of LONG (continued)" in page
        assert "Easting (m)" in page and "MGRS (1 m)" in page  # header repeated
    # the footer counts the PDF's pages; the task number is given apart
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {pages}." in " ".join(page.split())
    assert "Task 1 of 2." in " ".join(texts[0].split())
    assert all("Task 2 of 2." in " ".join(t.split()) for t in texts[1:])
