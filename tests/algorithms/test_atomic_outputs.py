"""Every algorithm of the provider writes its outputs atomically: a cancelled or failing run
leaves earlier outputs byte-identical (also a table inside a GeoPackage that holds others),
stale temporaries of a killed run go, CSV text cannot run as a formula, and an output path
that cannot be written stops the run with the parameter named."""

from __future__ import annotations

import csv
import hashlib
import importlib
import os
import sqlite3
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from osgeo import ogr, osr
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from clearance_planner.qgis_io import atomic, sinks
from tests.qgis_support import QVariant, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")

FORMULA = '=HYPERLINK("http://x")'
X, Y = 600_000, 4_400_000


def box(x, y, w, h):
    return f"POLYGON(({x} {y},{x} {y + h},{x + w} {y + h},{x + w} {y},{x} {y}))"


def parcels():
    return memory_layer(
        "Polygon",
        [box(X + 100 * i, Y, 50, 50) for i in range(6)],
        fields=[("hazard_id", QVariant.String), ("priority_rank", QVariant.Int)],
        rows=[[FORMULA if i == 0 else f"H{i}", i + 1] for i in range(6)],
    )


def points():
    return memory_layer("Point", [f"POINT({X - 10} {Y + 25})", f"POINT({X + 700} {Y + 25})"])


def records_table(folder: Path) -> str:
    path = folder / "table.csv"
    rows = [["record_id", "seq", "bearing", "distance", "ref_x", "ref_y", "district"]]
    for r in range(3):
        for i, bearing in enumerate(("0", "90", "180", "270")):
            ref = (str(X + 1000 * r), str(Y)) if i == 0 else ("", "")
            rows.append([f"R{r}", str(i + 1), bearing, "100", *ref, FORMULA])
    rows.append(["R9", "1", "not a bearing", "100", str(X), str(Y), "+cmd"])  # an ERRORS row
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return str(path)


def coverage_inputs(_folder):
    return {
        "DISTRICTS": memory_layer(
            "Polygon",
            [box(X, Y, 1000, 1000), box(X + 1000, Y, 1000, 1000)],
            fields=[("district", QVariant.String)],
            rows=[[FORMULA], ["B"]],
        ),
        "RECORDS": memory_layer("Polygon", [box(X + 100, Y + 100, 400, 400)]),
        "HAZARDS": memory_layer(
            "Polygon", [box(X + 200, Y + 200, 400, 400), box(X + 1200, Y + 200, 300, 300)]
        ),
        "INCIDENTS": memory_layer("Point", [f"POINT({X + 250} {Y + 250})"]),
        "DISTRICT_FIELD": "district",
    }


@dataclass
class Case:
    """One algorithm: its inputs, its file outputs (parameter -> file name), the feature
    outputs that may be CSV, and how to make a run fail after it has written something."""

    alg: str
    inputs: object  # folder -> dict of input parameters
    outputs: dict
    fail: str  # "sink:NAME" (adding to that sink fails) or "module.attr" raising when called
    csv: tuple = ()
    folder: bool = False
    extra: dict = field(default_factory=dict)


CASES = {
    "prioritise": Case(
        "prioritise",
        lambda _f: {"PARCELS": parcels(), "SETTLEMENTS": points()},
        {"OUTPUT": "prio.gpkg"},
        "sink:OUTPUT",
        ("OUTPUT",),
    ),
    "sensitivity": Case(
        "sensitivity",
        lambda _f: {
            "PARCELS": parcels(),
            "SETTLEMENTS": points(),
            "CEMETERIES": points(),
            "CEMETERIES_WEIGHT": 0.5,
            "RUNS": 20,
            "TOP_K": 2,
        },
        {"OUTPUT": "sens.gpkg", "CHART": "chart.png"},
        "clearance_planner.reports.rank_chart.write_chart",
        ("OUTPUT",),
    ),
    "surface": Case(
        "surface",
        lambda _f: {
            "EXTENT": f"{X - 100},{X + 800},{Y - 100},{Y + 200} [EPSG:32638]",
            "CRS": "EPSG:32638",
            "CELL_SIZE": 10,
            "SETTLEMENTS": points(),
        },
        {"OUTPUT": "surface.tif"},
        "clearance_planner.qgis_io.raster.SurfaceWriter.complete",
    ),
    "coverage": Case(
        "coverage",
        coverage_inputs,
        {
            "OUTPUT": "coverage.gpkg",
            "GAPS": "gaps.gpkg",
            "REPORT": "report.html",
            "REPORT_PDF": "report.pdf",
        },
        "clearance_planner.reports.coverage_layout.export_pdf",
        ("OUTPUT", "GAPS"),
    ),
    "records": Case(
        "records",
        lambda f: {"TABLE": records_table(f), "REF_CRS": "EPSG:32638", "BEARING_REF": 0},
        {"OUTPUT": "records.gpkg", "TURNING_POINTS": "points.gpkg", "ERRORS": "errors.gpkg"},
        "sink:ERRORS",
        ("OUTPUT", "TURNING_POINTS", "ERRORS"),
    ),
    "record_accuracy": Case(
        "record_accuracy",
        lambda _f: {
            "RECORDS": memory_layer(
                "Polygon",
                [box(X, Y, 100, 100), box(X + 1000, Y, 100, 100)],
                fields=[("record_id", QVariant.String), ("district", QVariant.String)],
                rows=[["R1", FORMULA], ["R2", "B"]],
            ),
            "CONFIRMED": memory_layer("Polygon", [box(X, Y, 50, 100)]),
            "DISTRICT_FIELD": "district",
        },
        {"OUTPUT": "accuracy.gpkg", "DISTRICT_SUMMARY": "summary.gpkg"},
        "sink:DISTRICT_SUMMARY",
        ("OUTPUT", "DISTRICT_SUMMARY"),
    ),
    "check_geometry": Case(
        "check_geometry",
        lambda _f: {
            "INPUT": memory_layer(
                "Polygon",
                [box(X, Y, 100, 100), box(X, Y, 100, 100)],  # duplicate geometry and id
                fields=[("hazard_id", QVariant.String)],
                rows=[[FORMULA], [FORMULA]],
            ),
            "ID_FIELD": "hazard_id",
        },
        {"OUTPUT": "problems.gpkg", "REPAIRED": "repaired.gpkg"},
        "sink:REPAIRED",
        ("OUTPUT", "REPAIRED"),
    ),
    "workplan": Case(
        "workplan",
        lambda _f: {
            "PARCELS": parcels(),
            "START_DATE": "2027-03-01",
            "TEAMS": "manual:1,technical_survey:1,non_technical_survey:1",
        },
        {"OUTPUT": "plan.gpkg", "SUMMARY": "plan_summary.gpkg", "GANTT": "gantt.png"},
        "clearance_planner.algorithms.workplan.write_gantt",
        ("OUTPUT", "SUMMARY"),
    ),
    "export": Case(
        "export",
        lambda _f: {"INPUT": parcels(), "ID_FIELD": "hazard_id", "FORMATS": [3, 4]},
        {"FOLDER": "field"},
        "clearance_planner.algorithms.export.gpx_document",
        folder=True,
        extra={"OVERWRITE": True},
    ),
}


def snapshot(folder: Path) -> dict:
    """Every file below ``folder`` with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def earlier_outputs(case: Case, folder: Path) -> dict:
    """Output paths holding 'earlier' bytes that any completed run would replace."""
    paths = {}
    for name, file_name in case.outputs.items():
        path = folder / file_name
        if case.folder:
            path.mkdir()
            (path / "earlier.txt").write_text("earlier export")
        else:
            path.write_bytes(f"earlier {name}".encode())
        paths[name] = str(path)
    return paths


def params(case: Case, folder: Path, outputs: dict) -> dict:
    return {**case.inputs(folder), **case.extra, **outputs}


def run(case: Case, parameters: dict, feedback=None) -> dict:
    return processing.run(f"clearance:{case.alg}", parameters, feedback=feedback)


def run_without_outputs(case: Case, parameters: dict, feedback=None) -> None:
    """Run a cancelled or failing algorithm: it raises or returns none of its outputs."""
    try:
        result = run(case, parameters, feedback)
    except QgsProcessingException:
        return
    assert not set(result) & set(case.outputs), result


class CancelAfterProgress(QgsProcessingFeedback):
    """Cancels itself at the ``n``-th progress report or question whether it is cancelled."""

    def __init__(self, n: int = 2) -> None:
        super().__init__()
        self.calls, self.n = 0, n
        self.progressChanged.connect(self._count)

    def _count(self, _value=None) -> None:
        self.calls += 1
        if self.calls >= self.n:
            self.cancel()

    def isCanceled(self) -> bool:
        self._count()
        return super().isCanceled()


@pytest.fixture()
def cancel_on_open(monkeypatch):
    """A feedback cancelled as soon as the run opens its first output (file, folder, table)."""
    feedback = QgsProcessingFeedback()
    name = atomic.temporary_path

    def name_then_cancel(*args, **kwargs):
        feedback.cancel()
        return name(*args, **kwargs)

    monkeypatch.setattr(atomic, "temporary_path", name_then_cancel)
    return feedback


def inject_failure(monkeypatch, how: str) -> None:
    def boom(*_args, **_kwargs):
        raise QgsProcessingException("injected failure")

    if how.startswith("sink:"):
        name, add = how[5:], sinks.AtomicSink.add

        def failing_add(self, feature):
            if self.name == name:
                boom()
            add(self, feature)

        monkeypatch.setattr(sinks.AtomicSink, "add", failing_add)
        return
    owner_name, attr = how.rsplit(".", 1)
    try:
        owner = importlib.import_module(owner_name)
    except ImportError:  # a method: module.Class.method
        module, cls = owner_name.rsplit(".", 1)
        owner = getattr(importlib.import_module(module), cls)
    monkeypatch.setattr(owner, attr, boom)


def dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


# -- cancel and failure ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CASES))
def test_cancel_after_progress_leaves_earlier_outputs_byte_identical(name, tmp_path):
    case = CASES[name]
    parameters = params(case, tmp_path, earlier_outputs(case, tmp_path))
    before = snapshot(tmp_path)
    feedback = CancelAfterProgress()
    run_without_outputs(case, parameters, feedback)
    assert feedback.isCanceled()
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("name", sorted(CASES))
def test_cancel_once_an_output_is_open_leaves_earlier_outputs_byte_identical(
    name, tmp_path, cancel_on_open
):
    case = CASES[name]
    parameters = params(case, tmp_path, earlier_outputs(case, tmp_path))
    before = snapshot(tmp_path)
    run_without_outputs(case, parameters, cancel_on_open)
    assert cancel_on_open.isCanceled()
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("name", sorted(CASES))
def test_failing_run_leaves_earlier_outputs_byte_identical(name, tmp_path, monkeypatch):
    case = CASES[name]
    parameters = params(case, tmp_path, earlier_outputs(case, tmp_path))
    before = snapshot(tmp_path)
    inject_failure(monkeypatch, case.fail)
    run_without_outputs(case, parameters)  # raises, or reports the error and returns none
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("name", sorted(CASES))
def test_completed_run_replaces_every_output_and_removes_stale_temporaries(name, tmp_path):
    case = CASES[name]
    outputs = earlier_outputs(case, tmp_path)
    before = snapshot(tmp_path)
    dead = dead_pid()
    stale, live = [], []
    for file_name in case.outputs.values():
        path = Path(file_name)
        stem, suffix = (path.stem, path.suffix) if path.suffix else (path.name, "")
        stale.append(tmp_path / f"{stem}.partial-{dead}-0123abcd{suffix}")
        live.append(tmp_path / f"{stem}.partial-1-0123abcd{suffix}")  # pid 1 is running
    for path in stale + live:
        path.write_text("temporary")
    result = run(case, params(case, tmp_path, outputs))
    assert set(case.outputs) <= set(result)
    after = snapshot(tmp_path)
    for key in before:
        assert after.get(key) != before[key], f"{key} was not replaced"
    assert not [p for p in stale if p.exists()]
    assert all(p.exists() for p in live)
    temporaries = [p.name for p in tmp_path.iterdir() if ".partial-" in p.name]
    assert sorted(temporaries) == sorted(p.name for p in live)


# -- a table inside an existing GeoPackage ---------------------------------------------------


def geopackage_with_tables(path: Path, tables: dict) -> None:
    """A GeoPackage with ``tables`` (name -> feature count) of hand-made polygons."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32638)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name, n in tables.items():
        layer = ds.CreateLayer(name, srs, ogr.wkbPolygon, ["GEOMETRY_NAME=geom"])
        layer.CreateField(ogr.FieldDefn("n", ogr.OFTInteger))
        for i in range(n):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("n", i)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(box(X + 10 * i, Y, 5, 5)))
            layer.CreateFeature(feature)
        layer = None
    ds = None


def table_counts(path: Path) -> dict:
    ds = ogr.Open(str(path))
    counts = {
        ds.GetLayer(i).GetName(): ds.GetLayer(i).GetFeatureCount()
        for i in range(ds.GetLayerCount())
    }
    ds = None
    return counts


def table_destinations(store: Path, names: dict) -> dict:
    """Both spellings of a table destination, alternating."""
    out = {}
    for i, (param, table) in enumerate(names.items()):
        out[param] = (
            f"ogr:dbname='{store}' table=\"{table}\" (geom)"
            if i % 2 == 0
            else f"{store}|layername={table}"
        )
    return out


RECORD_TABLES = {"OUTPUT": "records", "TURNING_POINTS": "points", "ERRORS": "errors"}


@pytest.mark.parametrize("ending", ["cancel", "fail", "copy of the last table fails"])
def test_tables_in_an_existing_geopackage_survive_a_cancel_or_failure(
    ending, tmp_path, monkeypatch
):
    store = tmp_path / "store.gpkg"
    geopackage_with_tables(store, {"records": 50, "points": 50, "errors": 50, "keep": 3})
    case = CASES["records"]
    parameters = params(case, tmp_path, table_destinations(store, RECORD_TABLES))
    before = snapshot(tmp_path)
    if ending == "cancel":
        feedback = QgsProcessingFeedback()
        add = sinks.AtomicSink.add

        def add_then_cancel(self, feature):
            add(self, feature)
            if self.name == "ERRORS":
                feedback.cancel()

        monkeypatch.setattr(sinks.AtomicSink, "add", add_then_cancel)
        run_without_outputs(case, parameters, feedback)
    elif ending == "fail":
        inject_failure(monkeypatch, case.fail)
        with pytest.raises(QgsProcessingException):
            run(case, parameters)
    else:  # the three tables go in one transaction: the first two are rolled back too
        copy = atomic._copy_from

        def failing_copy(dst, table, source):
            if table == "errors":
                raise OSError("disk full")
            copy(dst, table, source)

        monkeypatch.setattr(atomic, "_copy_from", failing_copy)
        with pytest.raises(QgsProcessingException, match="disk full"):
            run(case, parameters)
    assert snapshot(tmp_path) == before
    assert table_counts(store) == {"records": 50, "points": 50, "errors": 50, "keep": 3}


def test_tables_in_an_existing_geopackage_are_replaced_and_the_others_kept(tmp_path):
    store = tmp_path / "store.gpkg"
    geopackage_with_tables(store, {"records": 50, "keep": 3})
    case = CASES["records"]
    result = run(case, params(case, tmp_path, table_destinations(store, RECORD_TABLES)))
    assert result["OUTPUT"] == f"{store}|layername=records"
    counts = table_counts(store)
    # 3 good records + R9 (error), 3 × (reference + 4 turning points), the bad row
    assert counts["records"] == 4 and counts["points"] == 15 and counts["errors"] == 1
    assert counts["keep"] == 3 and counts["clearance_runs"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.gpkg", "table.csv"]
    # run again: one more run row, the tables replaced (not appended to)
    run(case, params(case, tmp_path, table_destinations(store, RECORD_TABLES)))
    counts = table_counts(store)
    assert counts["records"] == 4 and counts["keep"] == 3 and counts["clearance_runs"] == 2


def test_table_destination_in_a_new_geopackage_creates_it(tmp_path):
    store = tmp_path / "new.gpkg"
    case = CASES["prioritise"]
    outputs = {"OUTPUT": f"ogr:dbname='{store}' table=\"ranked\" (geom)"}
    result = run(case, params(case, tmp_path, outputs))
    assert result["OUTPUT"] == f"{store}|layername=ranked"
    assert table_counts(store)["ranked"] == 6


# -- CSV outputs -----------------------------------------------------------------------------

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cells(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [cell for row in csv.reader(fh) for cell in row]


def is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if c.csv))
def test_formula_text_is_escaped_in_every_csv_output(name, tmp_path):
    case = CASES[name]
    outputs = {key: str(tmp_path / f"{key.lower()}.csv") for key in case.csv}
    run(case, params(case, tmp_path, {**good_outputs(case, tmp_path), **outputs}))
    found = False
    for key in case.csv:
        cells = csv_cells(Path(outputs[key]))
        raw = [c for c in cells if c.startswith(FORMULA_START) and not is_number(c)]
        assert raw == [], f"{key}: unescaped {raw}"
        found |= any(c.startswith("'" + FORMULA) or c.startswith("'+cmd") for c in cells)
    assert found, "the formula text reached no CSV output"


# -- bad output paths ------------------------------------------------------------------------


def bad_paths(tmp_path: Path, file_name: str, folder: bool) -> dict:
    plain = tmp_path / "plain.txt"
    plain.write_text("a file, not a folder")
    out = {
        "missing folder": tmp_path / "missing" / file_name,
        "under a file": plain / file_name,
    }
    if folder:
        out["a file as folder"] = plain
    else:
        (tmp_path / "a_folder").mkdir(exist_ok=True)
        out["a folder as file"] = tmp_path / "a_folder"
    return out


def good_outputs(case: Case, tmp_path: Path) -> dict:
    good = tmp_path / "good"
    good.mkdir(exist_ok=True)
    return {key: str(good / file_name) for key, file_name in case.outputs.items()}


@pytest.mark.parametrize(
    "name,output", [(n, o) for n, c in sorted(CASES.items()) for o in c.outputs]
)
def test_unwritable_output_path_names_the_parameter(name, output, tmp_path):
    case = CASES[name]
    for kind, path in bad_paths(tmp_path, case.outputs[output], case.folder).items():
        outputs = {**good_outputs(case, tmp_path), output: str(path)}
        with pytest.raises(QgsProcessingException) as error:
            run(case, params(case, tmp_path, outputs))
        message = str(error.value)
        assert (
            f"{output}:" in message
            and str(path.parent if kind == "missing folder" else path) in message
        ), (
            kind,
            message,
        )
    assert not list((tmp_path / "good").iterdir())


def test_read_only_folder_names_the_parameter(tmp_path):
    folder = tmp_path / "read_only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: permissions do not stop writing here")
        case = CASES["surface"]
        outputs = {"OUTPUT": str(folder / "surface.tif")}
        with pytest.raises(QgsProcessingException, match=r"OUTPUT: the folder .* is read-only"):
            run(case, params(case, tmp_path, outputs))
    finally:
        folder.chmod(0o755)


def test_read_only_check_uses_the_folder_permissions(tmp_path, monkeypatch):
    """As root the check above is skipped; here access() reports a read-only folder."""
    from clearance_planner.qgis_io import destinations

    folder = tmp_path / "read_only"
    folder.mkdir()
    real = os.access
    monkeypatch.setattr(
        destinations.os,
        "access",
        lambda p, mode: False if Path(p) == folder else real(p, mode),
    )
    case = CASES["workplan"]
    outputs = {**good_outputs(case, tmp_path), "GANTT": str(folder / "gantt.png")}
    with pytest.raises(QgsProcessingException, match=f"GANTT: the folder '{folder}' is read-only"):
        run(case, params(case, tmp_path, outputs))


# -- write errors ----------------------------------------------------------------------------


def test_a_feature_the_sink_refuses_stops_the_run_naming_it(tmp_path):
    class RefusingSink:
        def addFeature(self, feature, flags):
            return False

        def lastError(self):
            return "disk full"

    class Algorithm:
        def parameterDefinition(self, name):
            return QgsProcessingParameterFeatureSink(name, "Output")

        def parameterAsSink(self, parameters, name, *args):
            return RefusingSink(), parameters[name]

    target = tmp_path / "out.gpkg"
    target.write_bytes(b"earlier")
    with sinks.AtomicSink(
        Algorithm(),
        {"OUTPUT": str(target)},
        "OUTPUT",
        QgsProcessingContext(),
        QgsFields(),
        QgsWkbTypes.Type.Point,
        QgsCoordinateReferenceSystem("EPSG:32638"),
    ) as out:
        feature = QgsFeature()
        feature.setId(7)
        with pytest.raises(
            QgsProcessingException, match=r"OUTPUT: could not write feature 1 \(id 7\): disk full"
        ):
            out.add(feature)
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg"]


def test_output_that_cannot_be_replaced_stops_the_run_and_puts_back_the_others(
    tmp_path, monkeypatch
):
    case = CASES["sensitivity"]
    outputs = earlier_outputs(case, tmp_path)
    parameters = params(case, tmp_path, outputs)
    before = snapshot(tmp_path)
    replace = os.replace

    def locked(src, dst):
        if str(dst).endswith("chart.png"):
            raise PermissionError(13, "Permission denied", str(src), None, str(dst))
        replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(QgsProcessingException, match=r"replace the output '.*chart\.png'"):
        run(case, parameters)
    assert snapshot(tmp_path) == before  # the GeoPackage swapped in before is put back


def test_a_geopackage_another_program_holds_locked_stops_the_run_naming_it(gdal_mode, tmp_path):
    """Either GDAL error mode (QGIS 3.22 leaves return codes, >= 3.40 exceptions): a message
    naming the file, the GeoPackage as it was."""
    store = tmp_path / "store.gpkg"
    geopackage_with_tables(store, {"records": 50, "keep": 3})
    case = CASES["records"]
    parameters = params(case, tmp_path, table_destinations(store, RECORD_TABLES))
    before = snapshot(tmp_path)
    lock = sqlite3.connect(store, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(QgsProcessingException) as raised:
            run(case, parameters)
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert str(raised.value) == (
        f"Could not replace the output: cannot open {store}: database is locked"
        " (is it open in another program?)"
    )
    assert snapshot(tmp_path) == before
    assert table_counts(store) == {"records": 50, "keep": 3}
