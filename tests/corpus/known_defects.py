"""Corpus cases that fail today because of a known code defect (main at 207521f).

Each is ``xfail(strict=True)``: when a fix lands the case passes, strict xfail reports that
as a failure, and the case comes off this list. Keys are ``algorithm/parameter/case``.
"""

from __future__ import annotations

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


def _cases(prefix: str, cases) -> list[str]:
    return [f"{prefix}/{case}" for case in cases]


STOPPED = _cases("coverage/DISTRICTS", INVALID)  # cases Processing's invalid-geometry check stops

DEFECTS: dict[str, list[str]] = {
    # -- raw Python exceptions (a traceback instead of a message) -------------------------
    "Exception: unknown — QgsProcessingFeatureSource.sourceExtent() raises it for a layer "
    "with an infinite vertex, unguarded in metric_crs(..., source.sourceExtent()) "
    "(proximity.py:287 for prioritise and sensitivity, record_accuracy.py:170, "
    "check_geometry.py:136 — also export's check_geometry child —, workplan.py:400)": [
        "prioritise/PARCELS/inf_coordinates",
        "sensitivity/PARCELS/inf_coordinates",
        "record_accuracy/RECORDS/inf_coordinates",
        "check_geometry/INPUT/inf_coordinates",
        "export/INPUT/inf_coordinates",
        "workplan/PARCELS/inf_coordinates",
    ],
    "QgsCsException: forward transform of … Error: Fallback transform failed — "
    "qgis_io.references.read_landmarks transforms every landmark to WGS 84 unguarded "
    "(references.py:39): an empty geometry's centroid, a NaN point or a point 1e15 m away": _cases(
        "records/LANDMARKS", ("empty_geometry", "huge_coordinates", "nan_coordinates")
    ),
    "QgsCsException: forward transform of … Error: Fallback transform failed — "
    "records._add_point transforms a turning point of a 1e308 m leg to WGS 84 unguarded "
    "(records.py:538)": ["records/TABLE/huge_numbers"],
    # -- a read around the geometry path ----------------------------------------------------
    "Processing's invalid-geometry check stops the run ('Feature (3) from “bad_districts” has "
    "invalid geometry. Please fix the geometry or change the Processing setting…'): "
    "coverage._district_geometries reads DISTRICTS with getFeatures() (coverage.py:690), "
    "not qgis_io.layers.iter_features": STOPPED,
    # -- features left without a result and no warning ------------------------------------
    "a layer of the wrong geometry type is used without a word (processing.run does not "
    "check a layer object's type; the algorithm does not either): polygons as coverage "
    "INCIDENTS or as LANDMARKS, points as record_accuracy RECORDS, polygons as its "
    "INCIDENTS": [
        "coverage/INCIDENTS/wrong_geometry_type",
        "records/LANDMARKS/wrong_geometry_type",
        "record_accuracy/RECORDS/wrong_geometry_type",
        "record_accuracy/INCIDENTS/wrong_geometry_type",
    ],
    "coverage refuses an empty / point DISTRICTS layer with 'does not overlap any hazard … "
    "check that the layers cover the same region' (coverage.py:638), not the cause (no "
    "features / not polygons)": _cases(
        "coverage/DISTRICTS", ("empty_layer", "wrong_geometry_type")
    ),
    "qgis_io.references.read_landmarks skips a landmark without geometry silently and keeps "
    "one with an infinite coordinate (which then makes 'well' ambiguous); no warning names "
    "LANDMARKS": _cases("records/LANDMARKS", ("null_geometry", "inf_coordinates")),
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
