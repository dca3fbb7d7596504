"""XLSX outputs (OGR's XLSX driver) read back with OGR: typed cells (integers, reals, dates),
units in the headers, rounding by unit, a README sheet with the run record; and the CSV
outputs beside them with unquoted integers and ISO dates."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from osgeo import ogr
from qgis import processing
from qgis.core import QgsProcessingException

from tests.qgis_support import QVariant, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")


def square(x0, y0, side):
    x1, y1 = x0 + side, y0 + side
    return f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def sheets(path) -> dict:
    """{sheet: (header → OGR type name, [row dicts])} as OGR reads the workbook."""
    ds = ogr.Open(str(path))
    out = {}
    for i in range(ds.GetLayerCount()):
        layer = ds.GetLayer(i)
        defn = layer.GetLayerDefn()
        types = {
            defn.GetFieldDefn(j).GetName(): defn.GetFieldDefn(j).GetTypeName()
            for j in range(defn.GetFieldCount())
        }
        rows = []
        for feature in layer:
            row = {}
            for name, kind in types.items():
                j = feature.GetFieldIndex(name)
                if not feature.IsFieldSetAndNotNull(j):
                    row[name] = None
                elif kind == "Date":
                    row[name] = dt.date(*feature.GetFieldAsDateTime(j)[:3])
                elif kind in ("Integer", "Integer64"):
                    row[name] = feature.GetFieldAsInteger64(j)
                elif kind == "Real":
                    row[name] = feature.GetFieldAsDouble(j)
                else:
                    row[name] = feature.GetFieldAsString(j)
            rows.append(row)
        out[layer.GetName()] = (types, rows)
    return out


def test_prioritise_xlsx_ranking_has_numbers_rounded_by_unit_and_a_readme(tmp_path):
    # parcels 30 m and 1000.123 m from a settlement (decay linear to 900 m)
    parcels = memory_layer(
        "Polygon",
        [square(1000.123, 0, 10), square(30, 0, 10)],
        fields=[("id", QVariant.Int)],
        rows=[(1,), (2,)],
    )
    settlements = memory_layer("Point", ["POINT(0 5)"])
    target = tmp_path / "ranking.xlsx"
    result = processing.run(
        "clearance:prioritise",
        {
            "PARCELS": parcels,
            "SETTLEMENTS": settlements,
            "SETTLEMENTS_DECAY": 0,
            "SETTLEMENTS_DISTANCE": 900,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "XLSX": str(target),
        },
    )
    assert result["XLSX"] == str(target)
    book = sheets(target)
    assert set(book) == {"ranking", "README"}
    types, rows = book["ranking"]
    assert types["dist_settlements (m)"] == "Real"
    assert types["priority_rank"] == "Integer" and types["id"] == "Integer"
    assert [r["priority_rank"] for r in rows] == [1, 2]  # sorted by rank
    assert rows[0]["id"] == 2 and rows[0]["dist_settlements (m)"] == 30.0
    # 1000.123 m to 0.1 m; score 100 * (1 - 30 / 900) = 96.666… to 0.1
    assert rows[1]["dist_settlements (m)"] == 1000.1
    assert rows[0]["priority_score"] == 96.7
    readme = [r for r in book["README"][1]]
    values = {r[k] for r in readme for k in r}
    assert "clearance:prioritise" in values and "algorithm" in values


@pytest.fixture()
def plan_parcels():
    return memory_layer(
        "Polygon",
        [square(0, 0, 40), square(1000, 0, 40.123)],
        fields=[
            ("hazard_id", QVariant.String),
            ("priority_rank", QVariant.Int),
            ("method", QVariant.String),
        ],
        rows=[["A", 1, "manual"], ["B", 2, "manual"]],
    )


def test_workplan_xlsx_has_tasks_and_summary_with_real_dates(tmp_path, plan_parcels):
    target = tmp_path / "plan.xlsx"
    result = processing.run(
        "clearance:workplan",
        {
            "PARCELS": plan_parcels,
            "START_DATE": "2027-03-01",
            "TEAMS": "manual:1",
            "METHOD_FIELD": "method",
            "LAND_RELEASE": False,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": str(tmp_path / "summary.csv"),
            "XLSX": str(target),
        },
    )
    assert result["XLSX"] == str(target)
    book = sheets(target)
    assert set(book) == {"tasks", "summary", "README"}
    types, rows = book["tasks"]
    assert types["start_date"] == "Date" and types["end_date"] == "Date"
    assert types["area (m²)"] == "Real" and types["work (days)"] == "Integer"
    a, b = sorted(rows, key=lambda r: r["task_id"])
    # 1,600 m² manual at 240 m²/team-day: 6.67 → 7 working days from Mon 2027-03-01
    assert a["start_date"] == dt.date(2027, 3, 1) and a["end_date"] == dt.date(2027, 3, 9)
    assert a["area (m²)"] == 1600.0 and a["effort (team-days)"] == 6.7
    assert b["area (m²)"] == round(40.123**2, 2)
    s_types, s_rows = book["summary"]
    assert s_types["tasks"] == "Integer" and s_types["start_date"] == "Date"
    total = next(r for r in s_rows if r["method"] == "(all)" and r["district"] == "(all)")
    assert total["tasks"] == 2
    # the CSV beside it: integers unquoted, ISO dates, areas to 2 decimals
    text = (tmp_path / "summary.csv").read_text(encoding="utf-8")
    assert '"2"' not in text and "2027/" not in text
    row = next(r for r in csv.DictReader(text.splitlines()) if r["method"] == "(all)")
    assert row["tasks"] == "2" and row["start_date"] == "2027-03-01"
    assert row["area_m2"] == f"{1600 + round(40.123**2, 2):.2f}".rstrip("0").rstrip(".")


def test_xlsx_destination_must_be_an_xlsx_file(tmp_path, plan_parcels):
    with pytest.raises(QgsProcessingException, match="XLSX"):
        processing.run(
            "clearance:workplan",
            {
                "PARCELS": plan_parcels,
                "TEAMS": "manual:1",
                "OUTPUT": "TEMPORARY_OUTPUT",
                "SUMMARY": "TEMPORARY_OUTPUT",
                "XLSX": str(tmp_path / "plan.csv"),
            },
        )
