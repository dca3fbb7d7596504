"""Corpus cases that fail today because of a known code defect (main at 8db03c5).

Each is ``xfail(strict=True)``: when a fix lands the case passes, strict xfail reports that
as a failure, and the case comes off this list. Keys are ``algorithm/parameter/case``.
"""

from __future__ import annotations

SINKS = (
    "prioritise/OUTPUT",
    "sensitivity/OUTPUT",
    "coverage/OUTPUT",
    "coverage/GAPS",
    "records/OUTPUT",
    "records/TURNING_POINTS",
    "records/ERRORS",
    "record_accuracy/OUTPUT",
    "record_accuracy/DISTRICT_SUMMARY",
    "check_geometry/OUTPUT",
    "check_geometry/REPAIRED",
    "workplan/OUTPUT",
    "workplan/SUMMARY",
)
UNUSABLE = ("null_geometry", "empty_geometry", "nan_coordinates")
INVALID = (  # geometries GEOS calls invalid, in case order
    "empty_geometry",
    "bowtie",
    "spike",
    "self_touching_ring",
    "zero_area",
    "two_point_ring",
    "hole_outside_shell",
    "nested_parts",
    "nan_coordinates",
    "inf_coordinates",
)
NO_AREA = ("zero_area", "two_point_ring")


def _cases(prefix: str, cases) -> list[str]:
    return [f"{prefix}/{case}" for case in cases]


STOPPED = [  # cases Processing's invalid-geometry check stops
    *_cases("coverage/DISTRICTS", INVALID),
    *_cases("record_accuracy/CONFIRMED", INVALID),
    *_cases("workplan/PARCELS", INVALID[:-1]),  # inf: sourceExtent fails first (below)
    *_cases("workplan/DISTRICTS", INVALID),
]

DEFECTS: dict[str, list[str]] = {
    # -- raw Python exceptions (a traceback instead of a message) -------------------------
    "Exception: unknown — QgsProcessingFeatureSource.sourceExtent() raises it for a layer "
    "with an infinite vertex, unguarded in metric_crs(..., source.sourceExtent()) "
    "(prioritise.py:379, record_accuracy.py:161, check_geometry.py:115 — also export's "
    "check_geometry child —, workplan.py:369)": [
        "prioritise/PARCELS/inf_coordinates",
        "sensitivity/PARCELS/inf_coordinates",
        "record_accuracy/RECORDS/inf_coordinates",
        "check_geometry/INPUT/inf_coordinates",
        "export/INPUT/inf_coordinates",
        "workplan/PARCELS/inf_coordinates",
    ],
    "AttributeError: 'bool' object has no attribute 'isNull' — check_geometry._repaired "
    "assigns the bool returned by convertGeometryCollectionToSubclass (check_geometry.py:307) "
    "when makeValid changes the geometry type, then calls geom.isNull() (line 308)": _cases(
        "check_geometry/INPUT",
        ("empty_geometry", "spike", "zero_area", "two_point_ring", "nan_coordinates"),
    ),
    "KeyError: 'hazard_id' — check_geometry never checks that ID_FIELD exists; "
    "_duplicates reads features[i][id_field] (check_geometry.py:245)": [
        "check_geometry/INPUT/missing_field"
    ],
    "QgsCsException: forward transform of … — records._landmarks transforms every landmark "
    "to WGS 84 unguarded (records.py:348): an empty geometry's centroid, a NaN point or a "
    "point 1e15 m away": _cases(
        "records/LANDMARKS", ("empty_geometry", "huge_coordinates", "nan_coordinates")
    ),
    "QgsCsException: forward transform of … — records._add_point transforms a turning point "
    "of a 1e308 m leg to WGS 84 unguarded (records.py:683)": ["records/TABLE/huge_numbers"],
    "ValueError: Null geometry cannot be converted to a point. — field_tasks takes "
    "wgs.centroid().asPoint() of a polygon without area / with a NaN vertex / 1e15 m away "
    "(field_export.py:111)": _cases(
        "export/INPUT", ("two_point_ring", "huge_coordinates", "nan_coordinates")
    ),
    # -- a read around the geometry path ----------------------------------------------------
    "Processing's invalid-geometry check stops the run ('Feature (3) from “…” has invalid "
    "geometry. Please fix the geometry or change the Processing setting…'): the layer is "
    "read with source.getFeatures() instead of qgis_io.layers.iter_features — coverage "
    "_district_geometries (coverage.py:662), record_accuracy _confirmed_area "
    "(record_accuracy.py:240), workplan _tasks and _districts (workplan.py:442, 551)": STOPPED,
    # -- features lost or left without a result and no warning ----------------------------
    "export drops features without geometry from NAME.csv (field_tasks `continue`, "
    "field_export.py:98): 3 features in, 2 CSV rows; only a generic 'N geometry problem(s)' "
    "warning": _cases("export/INPUT", ("null_geometry", "empty_geometry")),
    "surface never pushes read_source's GeometryReport warnings: criteria and MASK features "
    "without a usable geometry are left out with no message naming the layer": [
        *_cases("surface/SETTLEMENTS", UNUSABLE),
        *_cases("surface/CEMETERIES", (*UNUSABLE, *NO_AREA, "inf_coordinates")),
        *_cases("surface/INFRASTRUCTURE", (*UNUSABLE, "inf_coordinates")),
        *_cases("surface/INCIDENTS", UNUSABLE),
        *_cases("surface/MASK", (*UNUSABLE, *NO_AREA, "inf_coordinates")),
    ],
    "record_accuracy never reports features without a usable geometry (read.report unused, "
    "_metric() skips them): NULL results / left out with no warning naming the layer": [
        *_cases("record_accuracy/RECORDS", (*UNUSABLE, *NO_AREA)),
        "record_accuracy/CONFIRMED/null_geometry",
        *_cases("record_accuracy/INCIDENTS", UNUSABLE),
    ],
    "a layer of the wrong geometry type is used without a word (processing.run does not "
    "check a layer object's type; the algorithm does not either): points as RECORDS or "
    "CONFIRMED, polygons as INCIDENTS or LANDMARKS, points as workplan DISTRICTS": [
        "coverage/INCIDENTS/wrong_geometry_type",
        "records/LANDMARKS/wrong_geometry_type",
        "record_accuracy/RECORDS/wrong_geometry_type",
        "record_accuracy/CONFIRMED/wrong_geometry_type",
        "record_accuracy/INCIDENTS/wrong_geometry_type",
        "workplan/DISTRICTS/wrong_geometry_type",
    ],
    "coverage refuses an empty / point DISTRICTS layer with 'does not overlap any hazard … "
    "check that the layers cover the same region', not the cause (no features / not "
    "polygons)": _cases("coverage/DISTRICTS", ("empty_layer", "wrong_geometry_type")),
    "records._landmarks skips a landmark without geometry silently (records.py:345) and "
    "keeps one with an infinite coordinate (which then makes 'well' ambiguous); no warning "
    "names LANDMARKS": _cases("records/LANDMARKS", ("null_geometry", "inf_coordinates")),
    "workplan._districts skips a district without geometry silently (hasGeometry check)": [
        "workplan/DISTRICTS/null_geometry"
    ],
    # -- bad output paths --------------------------------------------------------------------
    "IsADirectoryError: [Errno 21] Is a directory — AtomicSink.commit os.replace()s the "
    "finished temp file onto an existing directory (sinks.py:101)": [
        f"{sink}/existing_directory" for sink in SINKS
    ],
    "FileNotFoundError: [Errno 2] No such file or directory: 'out.partial-….xyz' — for an "
    "unknown extension QGIS writes out.partial-….xyz.gpkg, AtomicSink.commit moves a file "
    "that does not exist (sinks.py:101) and leaves the .gpkg behind": [
        f"{sink}/unknown_extension" for sink in SINKS
    ],
    "sensitivity.write_chart saves to a bad CHART path unguarded: FileNotFoundError (missing "
    "folder) / NotADirectoryError (under a file) at fig.savefig (sensitivity.py:302), "
    "IsADirectoryError at os.replace (line 303)": _cases(
        "sensitivity/CHART", ("missing_directory", "under_a_file", "existing_directory")
    ),
    "workplan.write_gantt saves to a bad GANTT path unguarded: FileNotFoundError / "
    "NotADirectoryError at fig.savefig (workplan.py:770, 774), IsADirectoryError at "
    "os.replace (line 771)": _cases(
        "workplan/GANTT", ("missing_directory", "under_a_file", "existing_directory")
    ),
    "surface: rasterio CPLE_OpenFailedError 'Attempt to create new tiff file … failed' "
    "(SurfaceWriter, raster.py:138) for a missing folder or a path under a file; "
    "IsADirectoryError at the final os.replace (raster.py:181)": _cases(
        "surface/OUTPUT", ("missing_directory", "under_a_file", "existing_directory")
    ),
    "coverage REPORT: FileExistsError from Path(path).parent.mkdir (coverage.py:726) under a "
    "file; IsADirectoryError from os.replace onto a directory (coverage_html.py:272)": _cases(
        "coverage/REPORT", ("under_a_file", "existing_directory")
    ),
    "coverage REPORT_PDF fails in postProcessAlgorithm — QgsProcessingException 'PDF export "
    "to … failed (status 3)' under a file, IsADirectoryError at os.replace (coverage.py:739) "
    "— which Processing only logs: the run returns without REPORT_PDF, no error reaches the "
    "caller": _cases("coverage/REPORT_PDF", ("under_a_file", "existing_directory")),
    "export: FileExistsError from target.parent.mkdir (export.py:191) when FOLDER is under a "
    "file": ["export/FOLDER/under_a_file"],
}

KNOWN_DEFECTS: dict[str, str] = {
    case: reason for reason, cases in DEFECTS.items() for case in cases
}

# Processing's invalid-geometry stop is a C++ exception thrown inside a feature iterator that
# unwinds through Python frames; it corrupts CPython 3.11 (seen: "SystemError: unknown
# opcode", "XXX lineno: 22, opcode: 150", a RecursionError in unrelated code, a segfault or
# bus error within 10 such runs in one process). Those cases do not run in the test process;
# one per read site (ISOLATED) runs in a child process, strictly, and turns green when that
# read goes through iter_features.
NOT_RUN: set[str] = set(STOPPED)
ISOLATED: list[str] = [case for case in STOPPED if case.endswith("/bowtie")]
