"""Hazards alone in their box skip GEOS: on random layers (overlapping, touching, invalid,
null and multipart hazards; districts with an enclave hole and an overlap) the fast overlay
gives the same rows, totals and gap parts as the all-GEOS overlay."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import QgsDistanceArea, QgsProcessingContext, QgsProject
from qgis.PyQt.QtCore import QVariant

from clearance_planner.engine.coverage import AREA_FIELDS
from clearance_planner.engine.progress import OperationCancelled
from clearance_planner.qgis_io.alone_hazards import alone_hazards
from clearance_planner.qgis_io.overlay import Layers, _overlay, coverage_overlay, gap_parts
from clearance_planner.qgis_io.polygons import read_polygons
from tests.qgis_support import memory_layer

BOUNDED = settings(max_examples=25)  # the rest: the "clearance" profile (tests/conftest.py)
X0, Y0 = 500_000.0, 4_400_000.0


def square(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def triangle(*corners) -> str:
    pts = [f"{X0 + x} {Y0 + y}" for x, y in corners + corners[:1]]
    return f"POLYGON(({', '.join(pts)}))"


def star(rng: random.Random, cx: float, cy: float, r: float) -> str:
    k = rng.randint(4, 9)
    pts = []
    for i in range(k):
        a = (i + rng.uniform(0.1, 0.9)) * 2 * math.pi / k
        rr = r * rng.uniform(0.4, 1.0)
        pts.append(f"{cx + rr * math.cos(a)} {cy + rr * math.sin(a)}")
    return f"POLYGON(({', '.join(pts + pts[:1])}))"


def districts_wkt() -> list[str | None]:
    """A 2 × 2 grid of 1 km squares, the first with an enclave hole (its own district),
    a fifth overlapping the middle, and one without geometry."""
    hole = f"({X0 + 300} {Y0 + 300},{X0 + 600} {Y0 + 300},{X0 + 600} {Y0 + 600},"
    hole += f"{X0 + 300} {Y0 + 600},{X0 + 300} {Y0 + 300})"
    first = square(X0, Y0, X0 + 1000, Y0 + 1000)[:-1] + f",{hole})"
    out = [first, square(X0 + 300, Y0 + 300, X0 + 600, Y0 + 600)]
    out += [
        square(X0 + 1000, Y0, X0 + 2000, Y0 + 1000),
        square(X0, Y0 + 1000, X0 + 1000, Y0 + 2000),
    ]
    out += [square(X0 + 1000, Y0 + 1000, X0 + 2000, Y0 + 2000)]
    out += [square(X0 + 800, Y0 + 800, X0 + 1300, Y0 + 1300), None]
    return out


def hazards_wkt(rng: random.Random, n: int) -> list[str | None]:
    out: list[str | None] = []
    for _ in range(n):
        cx, cy = X0 + rng.uniform(-300, 2300), Y0 + rng.uniform(-300, 2300)
        kind = rng.random()
        if kind < 0.08:
            out.append(None)
        elif kind < 0.14:  # bow-tie, repaired by makeValid
            out.append(
                f"POLYGON(({cx} {cy},{cx + 40} {cy + 40},{cx + 40} {cy},{cx} {cy + 40},{cx} {cy}))"
            )
        elif kind < 0.22:  # multipart
            a, b = star(rng, cx, cy, 20), star(rng, cx + 60, cy, 15)
            out.append(f"MULTIPOLYGON({a[7:]},{b[7:]})")
        elif kind < 0.28:  # degenerate: a line as a polygon
            out.append(f"POLYGON(({cx} {cy},{cx + 10} {cy},{cx} {cy}))")
        elif kind < 0.34:  # on a lattice: edges touch neighbours exactly
            gx, gy = round(cx / 50) * 50, round(cy / 50) * 50
            out.append(square(gx, gy, gx + 50, gy + 50))
        elif kind < 0.40:  # a hole, sometimes with a hazard inside it
            hole = (
                f"({cx + 10} {cy + 10},{cx + 30} {cy + 10},{cx + 30} {cy + 30},{cx + 10} {cy + 30},"
            )
            out.append(square(cx, cy, cx + 40, cy + 40)[:-1] + f",{hole}{cx + 10} {cy + 10}))")
            if rng.random() < 0.5:
                out.append(square(cx + 15, cy + 15, cx + 25, cy + 25))
        else:
            out.append(star(rng, cx, cy, rng.choice([10, 30, 80])))
    return out


def read(geometry: str, wkts, values=None, name="t"):
    fields = [("v", QVariant.String)] if values is not None else ()
    rows = [[v] for v in values] if values is not None else ()
    layer = memory_layer(geometry, wkts, fields=fields, rows=rows)
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    return read_polygons(layer, name, layer.crs(), ctx, value_field="v" if values else None)


def measure() -> QgsDistanceArea:
    m = QgsDistanceArea()
    m.setSourceCrs(memory_layer("Polygon", []).crs(), QgsProject.instance().transformContext())
    m.setEllipsoid("WGS84")
    return m


def random_layers(seed: int, n_hazards: int, n_records: int, typed: bool) -> Layers:
    rng = random.Random(seed)
    hazards = hazards_wkt(rng, n_hazards)
    types = [rng.choice(["SHA", "CHA", None]) for _ in hazards] if typed else None
    records = [
        star(rng, X0 + rng.uniform(-200, 2200), Y0 + rng.uniform(-200, 2200), 120)
        for _ in range(n_records)
    ]
    h = read("Polygon", hazards, types, "hazards")
    return Layers(
        read("Polygon", districts_wkt(), name="districts"),
        read("Polygon", records, name="records"),
        h,
        hazard_types=h.text_values() if typed else None,
    )


def by_row_kind(parts) -> dict:
    out: dict = {}
    for p in parts:
        out[(p.row, p.kind)] = out.get((p.row, p.kind), 0.0) + p.area_ha
    return out


@BOUNDED
@given(st.integers(0, 10_000), st.integers(0, 60), st.integers(0, 6), st.booleans())
def test_fast_overlay_equals_the_all_geos_overlay_on_random_layers(seed, n, n_records, typed):
    layers, m = random_layers(seed, n, n_records, typed), measure()
    fast = coverage_overlay(layers, m)
    slow = _overlay(layers, layers, m)
    for name in AREA_FIELDS:
        assert fast.areas[name] == pytest.approx(slow.areas[name], rel=1e-9, abs=1e-9), name
        assert fast.totals[name] == pytest.approx(slow.totals[name], rel=1e-9, abs=1e-9), name
    fast_parts = gap_parts(fast.gaps, m, fast.ready_parts)
    slow_parts = gap_parts(slow.gaps, m)
    assert by_row_kind(fast_parts) == pytest.approx(by_row_kind(slow_parts), rel=1e-9, abs=1e-9)
    assert [p.row for p in fast_parts] == sorted(p.row for p in fast_parts)


def test_hazards_alone_are_those_touching_no_hazard_or_record_and_crossing_no_border():
    tri = f"POLYGON(({X0 + 700} {Y0 + 100},{X0 + 790} {Y0 + 100},{X0 + 700} {Y0 + 190},"
    tri += f"{X0 + 700} {Y0 + 100}))"  # its box meets the record's, it does not
    hazards = read(
        "Polygon",
        [
            square(X0 + 100, Y0 + 100, X0 + 200, Y0 + 200),  # 0 alone, district 0
            square(X0 + 950, Y0 + 100, X0 + 1050, Y0 + 200),  # 1 across a district edge
            square(X0 + 100, Y0 + 700, X0 + 200, Y0 + 800),  # 2 overlaps a record
            square(X0 + 400, Y0 + 400, X0 + 450, Y0 + 450),  # 3 in the hole: the enclave
            square(X0 - 500, Y0 - 500, X0 - 400, Y0 - 400),  # 4 outside every district
            None,
            tri,  # 6 alone, district 0
            square(X0 + 900, Y0 + 300, X0 + 1000, Y0 + 400),  # 7 inside, touching the edge
            square(X0 + 1500, Y0 + 100, X0 + 1600, Y0 + 200),  # 8 and 9 share an edge
            square(X0 + 1600, Y0 + 100, X0 + 1700, Y0 + 200),
            triangle((1500, 300), (1600, 300), (1500, 400)),  # 10 and 11: boxes meet only
            triangle((1600, 310), (1600, 400), (1510, 400)),
        ],
    )
    records = read(
        "Polygon",
        [
            square(X0 + 150, Y0 + 790, X0 + 300, Y0 + 900),
            f"POLYGON(({X0 + 790} {Y0 + 190},{X0 + 800} {Y0 + 180},{X0 + 800} {Y0 + 190},"
            f"{X0 + 790} {Y0 + 190}))",
        ],
    )
    districts = read("Polygon", districts_wkt())
    m = measure()
    alone = alone_hazards(hazards, records, districts, lambda g: m.measureArea(g) / 1e4)
    assert hazards.feature_ids == [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12]  # 6 has no geometry
    alone_ids = [hazards.feature_ids[k] for k in alone.index]
    assert alone_ids == [1, 4, 5, 7, 8, 11, 12]
    pairs = sorted((hazards.feature_ids[k], r) for k, r in zip(*[a.tolist() for a in alone.pairs]))
    assert pairs == [(1, 0), (4, 1), (5, 6), (7, 0), (8, 0), (11, 2), (12, 2)]
    assert alone.area_ha()[:3] == pytest.approx([1.0, 0.25, 1.0], rel=1e-2)  # UTM scale


def test_alone_rows_sum_each_hazard_in_every_district_holding_it():
    hazards = read("Polygon", [square(X0 + 850, Y0 + 850, X0 + 900, Y0 + 900)])  # overlap zone
    districts = read("Polygon", districts_wkt())
    m = measure()
    alone = alone_hazards(hazards, read("Polygon", []), districts, lambda g: m.measureArea(g) / 1e4)
    assert alone.pairs[1].tolist() == [0, 5]  # the first square and the overlapping district
    row = alone.row_ha(len(districts.geometries) + 1)
    assert row[0] == row[5] == pytest.approx(alone.area_ha()[0])
    assert np.count_nonzero(row) == 2


def test_cancel_stops_measuring_alone_hazards():
    hazards = read("Polygon", [square(X0 + 100, Y0 + 100, X0 + 200, Y0 + 200)])
    with pytest.raises(OperationCancelled):
        alone_hazards(
            hazards,
            read("Polygon", []),
            read("Polygon", districts_wkt()),
            lambda g: 1.0,
            cancelled=lambda: True,
        )
