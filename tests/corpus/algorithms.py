"""The table of algorithms × inputs: for each algorithm the minimal valid parameters, a valid
layer per input (what the cases spoil), which output keeps one row per input feature, and
the outputs a bad path can be given.

Parameters naming a field or holding an expression are :class:`FieldOf` / :class:`ExprOf`,
resolved against the input under test, so a case that renames fields (odd names, a DBF's 10
characters) keeps them pointing at the same column; :class:`Temp` is a path in the test's
folder.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from clearance_planner.engine.coverage import OUTSIDE, TOTAL

from .builder import (
    CRS,
    LINE,
    POINT,
    POLYGON,
    X0,
    Y0,
    LayerSpec,
    TableSpec,
    box,
    line,
    point,
)

TEXT, INT, DOUBLE = QVariant.String, QVariant.Int, QVariant.Double


@dataclass(frozen=True)
class FieldOf:
    """A field of input ``input``, by its name in the valid layer."""

    input: str
    name: str


@dataclass(frozen=True)
class ExprOf:
    """An expression over input ``input``; ``{name}`` becomes the quoted field name."""

    input: str
    template: str


@dataclass(frozen=True)
class Temp:
    """A file or folder in the test's folder."""

    name: str


@dataclass(frozen=True)
class Input:
    """One input parameter, its valid layer and the output keeping its features."""

    key: str
    spec: Callable[[], LayerSpec | TableSpec]
    keeps: str = ""  # output with one row per feature of this input ("" = none)
    carries_fields: bool = False  # the kept output holds every input field
    reports_in: str = ""  # output whose rows name unusable features (instead of a warning)
    copies: bool = False  # features are copied, not analysed: none lacks a result
    params: dict = field(default_factory=dict)  # overrides while this input is spoilt
    own_cases_only: bool = False  # given only while spoilt (AREA leaves features out by design)


@dataclass(frozen=True)
class Algorithm:
    """One algorithm of the provider, as the corpus drives it."""

    id: str
    inputs: tuple
    params: dict
    outputs: dict  # output parameter -> kind: sink, raster, html, pdf, png, folder
    count: Callable[[dict, str], int] = field(default=lambda result, key: layer_rows(result[key]))
    file_output: str = "OUTPUT"  # the file written when no output keeps the features

    def input(self, key: str) -> Input:
        return next(i for i in self.inputs if i.key == key)

    @property
    def primary(self) -> Input | None:
        """The input whose features an output keeps (what the other inputs' cases count)."""
        return next((i for i in self.inputs if i.keeps), None)


def layer_rows(value) -> int:
    """Features of an output: a layer object, or the path of a file."""
    layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(str(value), "out")
    assert layer.isValid(), f"output {value} does not open"
    return layer.featureCount()


def district_rows(result: dict, key: str) -> int:
    """Rows of clearance:coverage's OUTPUT that are districts (not Outside, not the total)."""
    layer = result[key]
    return sum(f["district"] not in (OUTSIDE, TOTAL) for f in layer.getFeatures())


def chain_rows(result: dict, key: str) -> int:
    """Chains in clearance:workplan's OUTPUT: rows that wait for no step (one per parcel
    without MAX_TASK_HA; parcels not planned have no predecessor either)."""
    return sum(not f["predecessor"] for f in result[key].getFeatures())


def export_rows(result: dict, key: str) -> int:
    """Rows of clearance:export's CSV (one per feature) or GeoPackage layer ``key``."""
    if key == "CSV":
        with open(result["CSV"], newline="", encoding="utf-8") as fh:
            return sum(1 for _ in csv.DictReader(fh))
    gpkg = result["GPKG"]
    with sqlite3.connect(gpkg) as db:
        return db.execute(f'SELECT count(*) FROM "{key}"').fetchone()[0]


# -- valid layers ----------------------------------------------------------------------------


def parcels() -> LayerSpec:
    return LayerSpec(
        POLYGON,
        [box(0, 0, 100, 100), box(300, 0, 400, 100), box(600, 0, 700, 100)],
        [("hazard_id", TEXT), ("access", INT)],
        [["H1", 1], ["H2", 1], ["H3", 0]],
        name="bad_parcels",
        text_field="hazard_id",
        used_fields=("access", "hazard_id"),
        result_fields=("priority_score", "dist_settlements_m"),
    )


def named(kind, geometries, name, **extra) -> Callable[[], LayerSpec]:
    """A valid layer with a text field ``name`` (what the text cases spoil)."""

    def make() -> LayerSpec:
        return LayerSpec(
            kind,
            [g() for g in geometries],
            [("name", TEXT)],
            [[f"{name} {i + 1}"] for i in range(len(geometries))],
            name=f"bad_{name}",
            text_field="name",
            **extra,
        )

    return make


CRITERIA = (
    Input(
        "SETTLEMENTS",
        named(
            POINT,
            [lambda: point(50, 300), lambda: point(650, 300)],
            "settlements",
            any_geometry=True,
        ),
    ),
    Input(
        "CEMETERIES",
        named(POLYGON, [lambda: box(0, 500, 50, 550)], "cemeteries", any_geometry=True),
    ),
    Input(
        "INFRASTRUCTURE",
        named(LINE, [lambda: line((0, -200), (700, -200))], "infrastructure", any_geometry=True),
    ),
    Input(
        "INCIDENTS",
        named(POINT, [lambda: point(350, 50)], "incidents", any_geometry=True),
    ),
)
CRITERION_PARAMS = {f"{i.key}_DISTANCE": 1000 for i in CRITERIA}


def sensitivity_parcels() -> LayerSpec:
    spec = parcels()
    spec.result_fields = ("rank_mean", "p_top_k")
    return spec


def compare_parcels() -> LayerSpec:
    spec = parcels()
    spec.used_fields = ()  # the scenarios carry no gate here
    spec.result_fields = ("rank_a", "score_b")
    return spec


def scenario_json(name: str, settlements: float) -> str:
    """A scenario as JSON text (what SCENARIO_A/B take besides files and saved names)."""
    setting = {"decay": "linear", "distance_m": 1000.0}
    criteria = {
        criterion: {"weight": weight, **setting}
        for criterion, weight in (
            ("settlements", settlements),
            ("cemeteries", 0.2),
            ("infrastructure", 0.3),
            ("incidents", 1.0 - settlements),
        )
    }
    return json.dumps(
        {"format": "clearance_planner/scenario", "version": 1, "name": name, "criteria": criteria}
    )


def prioritised() -> LayerSpec:
    """A clearance:prioritise output: class and score fields (no run record)."""
    return LayerSpec(
        POLYGON,
        [box(0, 0, 100, 100), box(300, 0, 400, 100), box(600, 0, 700, 100)],
        [("hazard_id", TEXT), ("priority_class", TEXT), ("priority_score", DOUBLE)],
        [["H1", "High", 80.0], ["H2", "Medium", 50.0], ["H3", "Low", 10.0]],
        name="bad_prioritised",
        text_field="priority_class",
        numeric_fields=("priority_score",),
        used_fields=("priority_class", "priority_score"),
    )


def districts() -> LayerSpec:
    return LayerSpec(
        POLYGON,
        [box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)],
        [("district", TEXT)],
        [["A"], ["B"]],
        name="bad_districts",
        text_field="district",
        used_fields=("district",),
    )


def focus_area() -> LayerSpec:
    """AREA: two polygons holding every parcel or hazard of the algorithms taking it (so
    OUTPUT keeps them all)."""
    return LayerSpec(
        POLYGON,
        [box(-50, -50, 750, 950), box(700, -50, 1500, 950)],
        [("name", TEXT)],
        [["west"], ["east"]],
        name="bad_focus",
        text_field="name",
    )


def summary_districts() -> LayerSpec:
    """DISTRICTS of prioritise's DISTRICT_SUMMARY (name field guessed: district)."""
    spec = districts()
    spec.name = "bad_summary_districts"
    spec.used_fields = ()
    return spec


def coverage_hazards() -> LayerSpec:
    return LayerSpec(
        POLYGON,
        [box(200, 200, 600, 600), box(800, 600, 1400, 900)],
        [("hazard_type", TEXT), ("hazard_id", TEXT)],
        [["CHA", "H1"], ["SHA", "H2"]],
        name="bad_hazards",
        text_field="hazard_type",
        used_fields=("hazard_type", "hazard_id"),
    )


def coverage_incidents() -> LayerSpec:
    return LayerSpec(
        POINT,
        [point(250, 250), point(1500, 800)],
        [("incident_date", TEXT), ("casualties", INT)],
        [["2021-03-01", 2], ["2022-06-10", 1]],
        name="bad_incidents",
        text_field="incident_date",
        numeric_fields=("casualties",),
        used_fields=("incident_date", "casualties"),
    )


def accuracy_records() -> LayerSpec:
    return LayerSpec(
        POLYGON,
        [box(0, 0, 100, 100), box(1000, 0, 1100, 100)],
        [("record_id", TEXT), ("district", TEXT)],
        [["R1", "A"], ["R2", "B"]],
        name="bad_records",
        text_field="district",
        used_fields=("district", "record_id"),
        result_fields=("confirmed_share",),
    )


def confirmed() -> LayerSpec:
    return LayerSpec(
        POLYGON,
        [box(0, 0, 50, 100), box(1000, 0, 1100, 100)],
        [("hazard_type", TEXT)],
        [["CHA"], ["SHA"]],
        name="bad_confirmed",
        text_field="hazard_type",
        used_fields=("hazard_type",),
    )


def checked() -> LayerSpec:
    return LayerSpec(
        POLYGON,
        [box(0, 0, 100, 100), box(300, 0, 400, 100)],
        [("hazard_id", TEXT)],
        [["H1"], ["H2"]],
        name="bad_checked",
        text_field="hazard_id",
        used_fields=("hazard_id",),
        any_geometry=True,
        result_fields=("repaired",),
    )


def workplan_parcels() -> LayerSpec:
    return LayerSpec(
        POLYGON,
        [box(0, 0, 40, 40), box(1000, 0, 1040, 40)],
        [("hazard_id", TEXT), ("priority_rank", INT), ("method", TEXT)],
        [["H1", 2, "manual"], ["H2", 1, "mdd"]],
        name="bad_parcels",
        text_field="hazard_id",
        numeric_fields=("priority_rank",),
        used_fields=("hazard_id", "priority_rank", "method"),
    )


def workplan_districts() -> LayerSpec:
    spec = districts()
    spec.used_fields = ()  # workplan finds "district" or "name" itself
    return spec


def plan() -> LayerSpec:
    return LayerSpec(
        POLYGON,
        [box(0, 0, 100, 100), box(300, 0, 350, 50)],
        [("task_id", TEXT), ("method", TEXT), ("team", TEXT)],
        [["T1", "manual", "manual 1"], ["T2", "mdd", "mdd 1"]],
        name="bad_plan",
        text_field="task_id",
        used_fields=("task_id",),
    )


RECORD_COLUMNS = [
    "record_id",
    "seq",
    "bearing",
    "distance",
    "ref_x",
    "ref_y",
    "landmark",
    "district",
]


def record_table() -> TableSpec:
    """R1 from a UTM reference point, R2 from the landmark 'well'; 4 legs of 100 m each."""
    rows = []
    for rid, ref in (("R1", [str(X0), str(Y0), ""]), ("R2", ["", "", "well"])):
        for seq, bearing in enumerate((0, 90, 180, 270), start=1):
            first = ref if seq == 1 else ["", "", ""]
            rows.append([rid, str(seq), str(bearing), "100", *first, "A"])
    return TableSpec(list(RECORD_COLUMNS), rows)


def landmarks() -> LayerSpec:
    spec = named(POINT, [lambda: point(5000, 5000)], "landmarks", used_fields=("name",))()
    spec.rows = [["well"]]
    return spec


def imsma_hazards() -> LayerSpec:
    """An IMSMA NG hazard export: its id and a status carried through (status is a target
    name too, so it is kept as imsma_status)."""
    return LayerSpec(
        POLYGON,
        [box(0, 0, 100, 100), box(300, 0, 400, 100)],
        [("hazard_localid", TEXT), ("status", TEXT)],
        [["HZ-1", "Open"], ["HZ-2", "worked on"]],
        name="bad_imsma_hazards",
        text_field="hazard_localid",
        any_geometry=True,
        result_fields=("status",),
    )


# -- the table -------------------------------------------------------------------------------

EXTENT = f"{X0 - 500},{X0 + 1200},{Y0 - 500},{Y0 + 800} [{CRS}]"

ALGORITHMS = (
    Algorithm(
        "prioritise",
        (
            Input("PARCELS", parcels, keeps="OUTPUT", carries_fields=True),
            *CRITERIA,
            Input("AREA", focus_area, own_cases_only=True),
            Input("DISTRICTS", summary_districts),
        ),
        {
            **CRITERION_PARAMS,
            "GATE_EXPRESSION": ExprOf("PARCELS", "{access} = 1"),
            "ID_FIELD": FieldOf("PARCELS", "hazard_id"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "DISTRICT_SUMMARY": "TEMPORARY_OUTPUT",
            "WRITE_BACK": "TEMPORARY_OUTPUT",
        },
        {"OUTPUT": "sink", "DISTRICT_SUMMARY": "sink", "WRITE_BACK": "sink"},
    ),
    Algorithm(
        "sensitivity",
        (Input("PARCELS", sensitivity_parcels, keeps="OUTPUT", carries_fields=True), *CRITERIA),
        {
            **CRITERION_PARAMS,
            "GATE_EXPRESSION": ExprOf("PARCELS", "{access} = 1"),
            "ID_FIELD": FieldOf("PARCELS", "hazard_id"),
            "RUNS": 10,
            "TOP_K": 2,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        {"OUTPUT": "sink", "CHART": "png"},
    ),
    Algorithm(
        "compare_scenarios",
        (Input("PARCELS", compare_parcels, keeps="OUTPUT", carries_fields=True), *CRITERIA),
        {
            "SCENARIO_A": scenario_json("settlements first", 0.8),
            "SCENARIO_B": scenario_json("incidents first", 0.1),
            "TOP_K": 2,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        {"OUTPUT": "sink", "REPORT": "html", "CSV": "csv"},
    ),
    Algorithm(
        "priority_map",
        (
            Input("INPUT", prioritised),
            Input("DISTRICTS", districts),
        ),
        {
            "DISTRICT_FIELD": FieldOf("DISTRICTS", "district"),
            "TOP_PARCELS": 5,
            "OUTPUT_PDF": Temp("map.pdf"),
        },
        {"OUTPUT_PDF": "pdf", "OUTPUT_PNG": "png"},
        file_output="OUTPUT_PDF",
    ),
    Algorithm(
        "surface",
        (*CRITERIA, Input("MASK", parcels)),
        {
            **CRITERION_PARAMS,
            "EXTENT": EXTENT,
            "CRS": CRS,
            "CELL_SIZE": 50,
            "OUTPUT": Temp("surface.tif"),
        },
        {"OUTPUT": "raster"},
    ),
    Algorithm(
        "coverage",
        (
            Input("DISTRICTS", districts, keeps="OUTPUT"),
            Input(
                "RECORDS",
                named(
                    POLYGON,
                    [lambda: box(100, 100, 500, 500), lambda: box(900, 100, 1300, 300)],
                    "records",
                ),
            ),
            Input("HAZARDS", coverage_hazards),
            Input("INCIDENTS", coverage_incidents),
            Input("CLEARED", named(POLYGON, [lambda: box(0, 800, 100, 1000)], "cleared")),
            Input("AREA", focus_area, own_cases_only=True),
        ),
        {
            "DISTRICT_FIELD": FieldOf("DISTRICTS", "district"),
            "HAZARD_TYPE_FIELD": FieldOf("HAZARDS", "hazard_type"),
            "ID_FIELD": FieldOf("HAZARDS", "hazard_id"),
            "DATE_FIELD": FieldOf("INCIDENTS", "incident_date"),
            "CASUALTY_FIELD": FieldOf("INCIDENTS", "casualties"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "GAPS": "TEMPORARY_OUTPUT",
            "REPORT": Temp("report.html"),
        },
        {"OUTPUT": "sink", "GAPS": "sink", "REPORT": "html", "REPORT_PDF": "pdf"},
        count=district_rows,
    ),
    Algorithm(
        "records",
        (Input("TABLE", record_table, keeps="OUTPUT"), Input("LANDMARKS", landmarks)),
        {
            "REF_CRS": CRS,
            "BEARING_REF": 0,
            "LANDMARK_FIELD": FieldOf("LANDMARKS", "name"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "TURNING_POINTS": "TEMPORARY_OUTPUT",
            "ERRORS": "TEMPORARY_OUTPUT",
        },
        {"OUTPUT": "sink", "TURNING_POINTS": "sink", "ERRORS": "sink"},
    ),
    Algorithm(
        "record_accuracy",
        (
            Input("RECORDS", accuracy_records, keeps="OUTPUT", carries_fields=True),
            Input("CONFIRMED", confirmed),
            Input(
                "INCIDENTS",
                named(POINT, [lambda: point(10, 10), lambda: point(130, 50)], "incidents"),
            ),
        ),
        {
            "DISTRICT_FIELD": FieldOf("RECORDS", "district"),
            "ID_FIELD": FieldOf("RECORDS", "record_id"),
            "CONFIRMED_EXPRESSION": ExprOf("CONFIRMED", "{hazard_type} = 'CHA'"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "DISTRICT_SUMMARY": "TEMPORARY_OUTPUT",
        },
        {"OUTPUT": "sink", "DISTRICT_SUMMARY": "sink"},
    ),
    Algorithm(
        "check_geometry",
        (Input("INPUT", checked, keeps="REPAIRED", carries_fields=True, reports_in="OUTPUT"),),
        {
            "ID_FIELD": FieldOf("INPUT", "hazard_id"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "REPAIRED": "TEMPORARY_OUTPUT",
        },
        {"OUTPUT": "sink", "REPAIRED": "sink"},
    ),
    Algorithm(
        "workplan",
        (
            Input("PARCELS", workplan_parcels, keeps="OUTPUT"),
            Input("DISTRICTS", workplan_districts),
            Input("AREA", focus_area, own_cases_only=True),
        ),
        {
            "PRIORITY_FIELD": FieldOf("PARCELS", "priority_rank"),
            "ID_FIELD": FieldOf("PARCELS", "hazard_id"),
            "METHOD_FIELD": FieldOf("PARCELS", "method"),
            "START_DATE": "2027-03-01",
            "TEAMS": "manual:1,mdd:1,technical_survey:1,non_technical_survey:1",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
        {"OUTPUT": "sink", "SUMMARY": "sink", "GANTT": "png"},
        chain_rows,
    ),
    Algorithm(
        "export",
        (
            Input("INPUT", plan, keeps="CSV", params={"FORMATS": [4]}),  # CSV only
            Input(
                "HAZARDS",
                named(POLYGON, [lambda: box(0, 0, 200, 200)], "hazards", any_geometry=True),
                keeps="bad_hazards",  # the GeoPackage layer packing it
                copies=True,
                params={"FORMATS": [0]},
            ),
            Input(
                "SETTLEMENTS",
                named(
                    POINT,
                    [lambda: point(500, 500), lambda: point(900, 100)],
                    "settlements",
                    any_geometry=True,
                ),
                keeps="bad_settlements",
                copies=True,
                params={"FORMATS": [0]},
            ),
        ),
        {
            "ID_FIELD": FieldOf("INPUT", "task_id"),
            "FORMATS": [0, 4],  # GeoPackage (packs HAZARDS, SETTLEMENTS) and CSV; no atlas
            "FOLDER": Temp("export"),
        },
        {"FOLDER": "folder"},
        count=export_rows,
    ),
)
ALGORITHMS += (
    Algorithm(
        "import_imsma",
        (Input("INPUT", imsma_hazards, keeps="OUTPUT", carries_fields=True),),
        {"KIND": "hazard", "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": Temp("imsma.html")},
        {"OUTPUT": "sink", "REPORT": "html"},
    ),
)
BY_ID = {a.id: a for a in ALGORITHMS}


def resolve(value, key: str, renames: dict, folder: Path):
    """A parameter value for a run where input ``key`` had its fields renamed."""
    if isinstance(value, FieldOf):
        return renames.get(value.name, value.name) if value.input == key else value.name
    if isinstance(value, ExprOf):
        names = _FieldNames(renames if value.input == key else {})
        return value.template.format_map(names)
    if isinstance(value, Temp):
        return str(folder / value.name)
    return value


class _FieldNames(dict):
    """``{name}`` → the double-quoted, possibly renamed field name."""

    def __init__(self, renames: dict) -> None:
        super().__init__()
        self.renames = renames

    def __missing__(self, name: str) -> str:
        quoted = self.renames.get(name, name).replace('"', '""')
        return f'"{quoted}"'
