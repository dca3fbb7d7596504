"""``clearance:records`` — digitise minefield records (reference point, bearings, distances)."""

from __future__ import annotations

import math
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from functools import partial

import numpy as np
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsPointXY,
    QgsPolygon,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..engine.bearings import REFERENCES, UNIT_NAMES, grid_convergence, to_grid, utm_zone
from ..engine.mgrs import UtmPoint
from ..engine.records import DISTANCE_UNITS, LegTable, Problem, parse_reference, parse_table
from ..engine.traverse import ADJUSTMENTS, Traverses, lay_out
from ..i18n import tr
from ..qgis_io.csv_table import csv_file, read_csv
from ..qgis_io.fields import make_field, number_or_null
from ..qgis_io.geometries import GeometryReport, clean
from ..qgis_io.layers import iter_features
from ..qgis_io.provenance import layer_metadata, record_in_geopackage, run_record
from ..qgis_io.sinks import AtomicSink, commit_all
from ..qgis_io.styling import style_on_load
from .base import ClearanceAlgorithm, number_parameter

REQUIRED = ("record_id", "seq", "bearing", "distance")
KNOWN = (*REQUIRED, "ref_x", "ref_y", "landmark", "leg_type")
UNIT_LABELS = (
    "Degrees (360)",
    "NATO mils (6400)",
    "Warsaw-Pact mils (6000, e.g. 15-00)",
    "Grads (400)",
)
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

HELP = """Digitises minefield records handed over as tables: one row per leg with \
record_id, seq, bearing, distance and, once per record, a reference point as ref_x/ref_y in \
REF_CRS (decimal or degrees-minutes-seconds text in a geographic CRS; an MGRS reference in \
ref_x with ref_y empty) or as a landmark name looked up in LANDMARKS. Optional leg_type \
"approach" marks leading legs from the reference point to the first turning point.

Bearings: true = magnetic + DECLINATION (degrees, east positive); grid = true − grid \
convergence of the UTM zone at the reference point. Legs are laid out on the UTM plane of \
the reference point. closure_error_m is the distance from the last point back to the first \
turning point; status: ok, not closed (closure error above CLOSURE_TOLERANCE_M), \
self-intersecting, missing legs (seq gap or too few legs) or error (bad rows: see ERRORS, \
which lists every bad row by its 1-based row number). Other table columns are copied to \
the record. TURNING_POINTS gives every point in WGS 84 and UTM for field verification."""


@dataclass
class Placed:
    """Reference points resolved per record (NaN where it failed)."""

    epsg: np.ndarray
    xy: np.ndarray  # UTM
    lonlat: np.ndarray


@dataclass(frozen=True)
class Options:
    """Units and conventions of one run."""

    bearing_unit: str
    bearing_ref: str
    declination_deg: float
    distance_unit: str
    pace_m: float
    closed: bool
    closure_tolerance_m: float
    adjustment: str
    ref_crs: QgsCoordinateReferenceSystem

    def record(self) -> dict:
        """JSON-serialisable settings for the run record."""
        out = {k: v for k, v in vars(self).items() if k != "ref_crs"}
        return {**out, "ref_crs": self.ref_crs.authid()}


@dataclass
class Layout:
    """Everything the outputs need: the checked table and the laid-out good records."""

    table: LegTable
    rows: list[dict]
    extra: list[str]
    placed: Placed
    opts: Options
    convergence: np.ndarray  # per record, degrees
    good: np.ndarray  # records laid out
    use: np.ndarray  # per table leg: laid out?
    grid: np.ndarray  # per laid-out leg: grid bearing
    trav: Traverses
    status: list[str]

    @property
    def slot(self) -> dict[int, int]:
        """Record index -> index in ``trav``."""
        return {int(r): k for k, r in enumerate(self.good)}


def _lay_out(table: LegTable, rows, extra, placed: Placed, opts: Options) -> Layout:
    """Grid bearings and traverses of every record without problems."""
    failed = table.failed() | np.isnan(placed.xy[:, 0])
    zone = np.maximum(placed.epsg % 100, 1)
    gamma = grid_convergence(placed.lonlat[:, 0], placed.lonlat[:, 1], zone)
    convergence = np.where(failed, np.nan, gamma)
    use = ~failed[table.record]
    good = np.flatnonzero(~failed)
    remap = np.full(len(failed), -1)
    remap[good] = np.arange(len(good))
    record = table.record[use]
    grid = to_grid(
        table.bearing_deg[use], opts.bearing_ref, opts.declination_deg, convergence[record]
    )
    trav = lay_out(
        remap[record],
        table.approach[use],
        grid,
        table.distance_m[use],
        placed.xy[good],
        opts.closed,
        opts.adjustment,
        max(opts.closure_tolerance_m, 1e-3),
    )
    status = _status(table, good, trav, opts)
    return Layout(table, rows, extra, placed, opts, convergence, good, use, grid, trav, status)


def _status(table: LegTable, good: np.ndarray, trav: Traverses, opts: Options) -> list[str]:
    """error < missing legs < self-intersecting < not closed < ok, first match wins."""
    status = ["error"] * len(table.record_ids)
    gaps = table.seq_gaps()
    minimum = 3 if opts.closed else 1
    for k, r in enumerate(good):
        if gaps[r] or trav.perimeter_legs[k] < minimum:
            status[r] = "missing legs"
        elif trav.self_intersecting[k]:
            status[r] = "self-intersecting"
        elif opts.closed and trav.closure_error_m[k] > opts.closure_tolerance_m:
            status[r] = "not closed"
        else:
            status[r] = "ok"
    return status


class RecordsAlgorithm(ClearanceAlgorithm):
    """Traverse tables to record polygons, turning points and an error report."""

    ALGORITHM_ID = "records"
    DISPLAY_NAME = "Minefield records from survey tables"
    GROUP = "Records"
    GROUP_ID = "records"
    HELP = HELP
    NO_CRS_NEEDED = ("TABLE",)  # only its attributes are read

    TABLE = "TABLE"
    REF_CRS = "REF_CRS"
    LANDMARKS = "LANDMARKS"
    LANDMARK_FIELD = "LANDMARK_FIELD"
    BEARING_UNIT = "BEARING_UNIT"
    BEARING_REF = "BEARING_REF"
    DECLINATION = "DECLINATION"
    DISTANCE_UNIT = "DISTANCE_UNIT"
    PACE_M = "PACE_M"
    CLOSED = "CLOSED"
    CLOSURE_TOLERANCE_M = "CLOSURE_TOLERANCE_M"
    ADJUSTMENT = "ADJUSTMENT"
    OUTPUT_CRS = "OUTPUT_CRS"
    OUTPUT = "OUTPUT"
    TURNING_POINTS = "TURNING_POINTS"
    ERRORS = "ERRORS"

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.TABLE,
                tr("Record table (CSV, XLSX or any table layer)"),
                [QgsProcessing.SourceType.TypeVector],
            )
        )
        self.addParameter(
            # optional with a default: QGIS 3.22 rejects a missing non-optional CRS value
            QgsProcessingParameterCrs(
                self.REF_CRS, tr("CRS of ref_x/ref_y (default WGS 84)"), "EPSG:4326", True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.LANDMARKS,
                tr("Landmarks (points)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.LANDMARK_FIELD,
                tr("Landmark name field"),
                "name",
                self.LANDMARKS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BEARING_UNIT, tr("Bearing unit"), [tr(u) for u in UNIT_LABELS], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BEARING_REF, tr("Bearings are relative to"), list(REFERENCES), defaultValue=2
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DECLINATION,
                tr("Magnetic declination (degrees, east positive)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=-180.0,
                maxValue=180.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DISTANCE_UNIT, tr("Distance unit"), list(DISTANCE_UNITS), defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PACE_M,
                tr("Pace length (m)"),
                QgsProcessingParameterNumber.Type.Double,
                0.75,
                minValue=0.01,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CLOSED, tr("Closed records (polygons; no: lines)"), True
            )
        )
        self.addParameter(
            number_parameter(self.CLOSURE_TOLERANCE_M, tr("Closure tolerance (m)"), 5.0, 2)
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ADJUSTMENT,
                tr("Misclosure adjustment"),
                [tr("none"), tr("Bowditch (compass rule)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.OUTPUT_CRS,
                tr("Output CRS (default: UTM of the first reference point)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Minefield records"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.TURNING_POINTS, tr("Turning points"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ERRORS, tr("Record table errors"), QgsProcessing.SourceType.TypeVector
            )
        )

    # -- reading ----------------------------------------------------------------------------

    def _table(self, parameters, context, feedback) -> tuple[str, list[dict], list[str], dict]:
        """Rows as dicts keyed by lower-case column name, the names of extra columns and the
        rows with more cells than the header (1-based row -> (cells, header cells)).

        A CSV file is read by :mod:`qgis_io.csv_table` (a quote inside an unquoted value is
        text); other tables by their provider. A sheet read without its header (OGR names
        the columns Field1, Field2… when every cell is text) gets it from its first row.
        """
        source = self.parameterAsSource(parameters, self.TABLE, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TABLE))
        name = source.sourceName() or self.TABLE
        header, values = self._cells(parameters, context, source, feedback)
        if _missing(header) and values and not _missing([str(v or "") for v in values[0]]):
            feedback.pushInfo(
                tr("Table '{0}': column names taken from its first row.").format(name)
            )
            header, values = [str(v or "").strip() for v in values[0]], values[1:]
        if _missing(header):
            raise QgsProcessingException(
                tr("Table '{0}' lacks the column(s) {1} (has: {2}).").format(
                    name, ", ".join(_missing(header)), ", ".join(header)
                )
            )
        if not values:
            raise QgsProcessingException(tr("Table '{0}' has no rows.").format(name))
        keys = [h.strip().lower() if h.strip().lower() in KNOWN else h for h in header]
        extra = [k for k in keys if k not in KNOWN]
        width = len(keys)
        overlong = {n: (len(r), width) for n, r in enumerate(values, 1) if len(r) > width}
        return name, [dict(zip(keys, row)) for row in values], extra, overlong

    def _cells(self, parameters, context, source, feedback) -> tuple[list[str], list[list]]:
        """Header and cell values of the table, every data row in file order."""
        layer = self.parameterAsVectorLayer(parameters, self.TABLE, context)
        found = csv_file(layer, parameters.get(self.TABLE))
        read = read_csv(found) if found is not None else None
        if read is not None:
            return read
        values = []
        for feature in iter_features(source):
            if feedback.isCanceled():
                break
            values.append([None if v == NULL else v for v in feature.attributes()])
        return [f.name() for f in source.fields()], values

    def _landmarks(self, parameters, context, feedback) -> dict[str, list[QgsPointXY]]:
        """Landmark name (lower case) -> WGS 84 points; landmarks without a usable point
        (no geometry, NaN or infinite, beyond WGS 84) are named in one warning."""
        source = self.parameterAsSource(parameters, self.LANDMARKS, context)
        if source is None:
            return {}
        name = source.sourceName() or self.LANDMARKS
        field = self.parameterAsString(parameters, self.LANDMARK_FIELD, context) or "name"
        index = source.fields().lookupField(field)
        if index < 0:
            raise QgsProcessingException(
                tr("Layer '{0}' (LANDMARKS) has no field '{1}'.").format(name, field)
            )
        to_wgs = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        out: dict[str, list[QgsPointXY]] = {}
        report = GeometryReport(name)
        for feature in iter_features(source):
            cleaned = clean(feature.geometry(), polygonal=False)
            report.count(feature.id(), cleaned)
            value = feature.attribute(index)
            if not cleaned.usable or value in (None, NULL):
                continue
            point = _wgs84_point(cleaned.geometry.pointOnSurface().asPoint(), to_wgs)
            if point is None:
                report.degenerate.append((feature.id(), tr("beyond WGS 84")))
                continue
            out.setdefault(str(value).strip().lower(), []).append(point)
        report.warn(feedback, tr("not used as landmarks"))
        return out

    # -- references -------------------------------------------------------------------------

    def _place(self, table: LegTable, ref_crs, landmarks, context) -> Placed:
        """Each record's reference point in its UTM zone; failures become problems."""
        n = len(table.record_ids)
        placed = Placed(
            np.zeros(n, dtype=np.int64), np.full((n, 2), np.nan), np.full((n, 2), np.nan)
        )
        to_wgs = QgsCoordinateTransform(ref_crs, WGS84, context.transformContext())
        own_utm = ref_crs.authid().startswith(("EPSG:326", "EPSG:327"))
        for r, ref in enumerate(table.references):
            rid = table.record_ids[r]
            if ref.row == 0:
                continue  # already reported: no reference point
            try:
                epsg, xy, lonlat = self._resolve(ref, ref_crs, own_utm, to_wgs, landmarks, context)
            except (ValueError, QgsCsException) as exc:
                field = "landmark" if ref.landmark and ref.x is None else "ref_x"
                table.problems.append(Problem(ref.row, rid, field, str(exc)))
                continue
            placed.epsg[r], placed.xy[r], placed.lonlat[r] = epsg, xy, lonlat
        return placed

    def _resolve(self, ref, ref_crs, own_utm, to_wgs, landmarks, context):
        if ref.x is None and ref.y is None:
            points = landmarks.get(ref.landmark.lower())
            if not points:
                raise ValueError(
                    f"unknown landmark {ref.landmark!r}"
                    + ("" if landmarks else " (no LANDMARKS layer given)")
                )
            if len(points) > 1:
                raise ValueError(f"landmark {ref.landmark!r} is ambiguous ({len(points)} points)")
            return self._utm_of(points[0], context)
        value = parse_reference(ref, ref_crs.isGeographic())
        if isinstance(value, UtmPoint):
            utm = QgsCoordinateReferenceSystem(f"EPSG:{value.epsg}")
            back = QgsCoordinateTransform(utm, WGS84, context.transformContext())
            lonlat = back.transform(QgsPointXY(value.easting, value.northing))
            return value.epsg, (value.easting, value.northing), (lonlat.x(), lonlat.y())
        lonlat = to_wgs.transform(QgsPointXY(*value))
        if own_utm:
            return int(ref_crs.authid()[5:]), value, (lonlat.x(), lonlat.y())
        return self._utm_of(lonlat, context)

    def _utm_of(self, lonlat: QgsPointXY, context):
        zone = int(utm_zone(lonlat.x()))
        epsg = (32600 if lonlat.y() >= 0 else 32700) + zone
        utm = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
        xy = QgsCoordinateTransform(WGS84, utm, context.transformContext()).transform(lonlat)
        return epsg, (xy.x(), xy.y()), (lonlat.x(), lonlat.y())

    # -- processing -------------------------------------------------------------------------

    def _options(self, parameters, context) -> Options:
        ref_crs = self.parameterAsCrs(parameters, self.REF_CRS, context)
        if not ref_crs.isValid():
            ref_crs = WGS84
        enum = partial(self.parameterAsEnum, parameters, context=context)
        number = partial(self.parameterAsDouble, parameters, context=context)
        return Options(
            bearing_unit=UNIT_NAMES[enum(self.BEARING_UNIT)],
            bearing_ref=REFERENCES[enum(self.BEARING_REF)],
            declination_deg=number(self.DECLINATION),
            distance_unit=DISTANCE_UNITS[enum(self.DISTANCE_UNIT)],
            pace_m=number(self.PACE_M),
            closed=self.parameterAsBoolean(parameters, self.CLOSED, context),
            closure_tolerance_m=number(self.CLOSURE_TOLERANCE_M),
            adjustment=ADJUSTMENTS[enum(self.ADJUSTMENT)],
            ref_crs=ref_crs,
        )

    def processAlgorithm(self, parameters, context, feedback):
        table_name, rows, extra, overlong = self._table(parameters, context, feedback)
        opts = self._options(parameters, context)
        if _stopped(feedback, 10):
            return {}
        table = parse_table(rows, opts.bearing_unit, opts.distance_unit, opts.pace_m)
        table.problems += _overlong_problems(rows, overlong)
        if _stopped(feedback, 40):
            return {}
        placed = self._place(
            table, opts.ref_crs, self._landmarks(parameters, context, feedback), context
        )
        layout = _lay_out(table, rows, extra, placed, opts)
        if _stopped(feedback, 70):
            return {}
        out_crs = self.parameterAsCrs(parameters, self.OUTPUT_CRS, context)
        if not out_crs.isValid():
            first = placed.epsg[layout.good[0]] if len(layout.good) else 4326
            out_crs = QgsCoordinateReferenceSystem(f"EPSG:{first}")
        settings = {
            **opts.record(),
            "table": table_name,
            "rows": len(rows),
            "records": len(table.record_ids),
            "output_crs": out_crs.authid(),
            "bad_rows": len(table.problems),
        }
        record = run_record(self.ALGORITHM_ID, settings)
        with ExitStack() as stack:  # all three outputs are replaced together, or none
            sinks = [
                self._write_records(stack, parameters, context, layout, out_crs),
                self._write_points(stack, parameters, context, layout, out_crs),
                self._write_errors(stack, parameters, context, table),
            ]
            dests = commit_all(sinks, feedback.isCanceled)
        if dests is None:
            return {}
        self._describe(context, dests, record)
        self._report(feedback, table, layout.status)
        return dict(zip((self.OUTPUT, self.TURNING_POINTS, self.ERRORS), dests))

    def _describe(self, context, dests: list[str], record: dict) -> None:
        """Run record, metadata and styles of the committed outputs."""
        metadata = layer_metadata(
            tr("Minefield records"),
            tr("Minefield records digitised from '{0}' by Clearance Planner.").format(
                record["parameters"]["table"]
            ),
            record,
        )
        record_in_geopackage(dests[0], record, metadata, "record_status")
        style_on_load(context, dests[0], "record_status", metadata)
        style_on_load(context, dests[1], "turning_points")

    def _report(self, feedback, table: LegTable, status: list[str]) -> None:
        for p in sorted(table.problems, key=lambda p: (p.row, p.field)):
            where = tr("row {0}").format(p.row) if p.row else tr("record")
            feedback.reportError(f"{where}, record '{p.record_id}', {p.field}: {p.message}", False)
        counts = {s: status.count(s) for s in sorted(set(status))}
        feedback.pushInfo(
            tr("Records by status: {0}").format(", ".join(f"{k} {v}" for k, v in counts.items()))
        )

    # -- writing ----------------------------------------------------------------------------

    RECORD_FIELDS = (
        ("record_id", "string"),
        ("status", "string"),
        ("legs", "int"),
        ("closure_error_m", "double"),
        ("closure_ratio", "double"),
        ("perimeter_m", "double"),
        ("area_ha", "double"),
        ("ref_lon", "double"),
        ("ref_lat", "double"),
        ("utm_epsg", "int"),
        ("convergence_deg", "double"),
        ("bearing_unit", "string"),
        ("bearing_ref", "string"),
        ("declination_deg", "double"),
        ("table_rows", "string"),
        ("problems", "string"),
    )

    def _write_records(self, stack, parameters, context, layout: Layout, out_crs) -> AtomicSink:
        known = {n for n, _ in self.RECORD_FIELDS}
        extra = [e for e in layout.extra if e.lower() not in known]
        fields = _fields([*self.RECORD_FIELDS, *((e, "string") for e in extra)])
        closed = layout.opts.closed
        wkb = QgsWkbTypes.Type.Polygon if closed else QgsWkbTypes.Type.LineString
        first_row = _first_rows(layout.table, layout.rows)
        problems = _problems_by_record(layout.table)
        out = stack.enter_context(
            AtomicSink(self, parameters, self.OUTPUT, context, fields, wkb, out_crs)
        )
        for r, rid in enumerate(layout.table.record_ids):
            feature = QgsFeature(fields)
            k = layout.slot.get(r)
            if k is not None:
                feature.setGeometry(self._geometry(layout, k, r, out_crs, context))
            src = first_row.get(r, {})
            feature.setAttributes(
                _record_attributes(layout, r, k, problems.get(rid, NULL))
                + [_text(src.get(e)) for e in extra]
            )
            out.add(feature)
        return out

    def _geometry(self, layout: Layout, k: int, r: int, out_crs, context) -> QgsGeometry:
        trav = layout.trav
        ring = trav.ring_xy[trav.ring_offsets[k] : trav.ring_offsets[k + 1]]
        line = QgsLineString(ring[:, 0].tolist(), ring[:, 1].tolist())
        geom = QgsGeometry(QgsPolygon(line) if layout.opts.closed else line)
        utm = QgsCoordinateReferenceSystem(f"EPSG:{int(layout.placed.epsg[r])}")
        if utm != out_crs:
            geom.transform(QgsCoordinateTransform(utm, out_crs, context.transformContext()))
        return geom

    POINT_FIELDS = (
        ("record_id", "string"),
        ("seq", "int"),
        ("point_type", "string"),
        ("table_row", "int"),
        ("bearing_input", "string"),
        ("distance_input", "string"),
        ("grid_bearing_deg", "double"),
        ("distance_m", "double"),
        ("lon", "double"),
        ("lat", "double"),
        ("utm_epsg", "int"),
        ("easting", "double"),
        ("northing", "double"),
    )

    def _write_points(self, stack, parameters, context, layout: Layout, out_crs) -> AtomicSink:
        fields = _fields(self.POINT_FIELDS)
        table, use, placed = layout.table, layout.use, layout.placed
        legs = np.flatnonzero(use)  # table leg index of each laid-out leg
        out = stack.enter_context(
            AtomicSink(
                self,
                parameters,
                self.TURNING_POINTS,
                context,
                fields,
                QgsWkbTypes.Type.Point,
                out_crs,
            )
        )
        for r in layout.good:
            epsg = int(placed.epsg[r])
            utm = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
            transforms = (
                QgsCoordinateTransform(utm, WGS84, context.transformContext()),
                QgsCoordinateTransform(utm, out_crs, context.transformContext()),
            )
            rid = table.record_ids[r]
            reference = [rid, 0, "reference", NULL, NULL, NULL, NULL, NULL]
            _add_point(out, fields, transforms, placed.xy[r], reference, epsg)
            for i in np.flatnonzero(table.record[legs] == r):
                leg = legs[i]
                raw = layout.rows[table.row[leg] - 1]
                attrs = [
                    rid,
                    int(table.seq[leg]),
                    "approach" if table.approach[leg] else "turning",
                    int(table.row[leg]),
                    _text(raw.get("bearing")),
                    _text(raw.get("distance")),
                    float(layout.grid[i]),
                    float(table.distance_m[leg]),
                ]
                _add_point(out, fields, transforms, layout.trav.leg_xy[i], attrs, epsg)
        return out

    def _write_errors(self, stack, parameters, context, table: LegTable) -> AtomicSink:
        fields = QgsFields()
        for n, k in (
            ("table_row", "int"),
            ("record_id", "string"),
            ("field", "string"),
            ("problem", "string"),
        ):
            fields.append(make_field(n, k))
        out = stack.enter_context(
            AtomicSink(
                self,
                parameters,
                self.ERRORS,
                context,
                fields,
                QgsWkbTypes.Type.NoGeometry,
                QgsCoordinateReferenceSystem(),
            )
        )
        for p in sorted(table.problems, key=lambda p: (p.row, p.field)):
            feature = QgsFeature(fields)
            feature.setAttributes([p.row or NULL, p.record_id or NULL, p.field, p.message])
            out.add(feature)
        return out


def _overlong_problems(rows: list[dict], overlong: dict) -> list[Problem]:
    """A problem for every row with more cells than the header (its record fails)."""
    return [
        Problem(
            n,
            str(rows[n - 1].get("record_id") or "").strip(),
            "row",
            f"{cells} cells but the header has {width}: a delimiter inside an unquoted "
            "value? Quote that value",
        )
        for n, (cells, width) in overlong.items()
    ]


def _text(value):
    return NULL if value is None else str(value)


def _ranges(rows: list[int]) -> str:
    """``[1, 2, 3, 5]`` -> ``"1-3, 5"``."""
    parts, start = [], None
    for i, v in enumerate(rows):
        if start is None:
            start = v
        if i + 1 == len(rows) or rows[i + 1] != v + 1:
            parts.append(f"{start}-{v}" if v != start else f"{v}")
            start = None
    return ", ".join(parts)


def _missing(header: list[str]) -> list[str]:
    """Required columns absent from ``header`` (case and spaces ignored)."""
    names = {h.strip().lower() for h in header}
    missing = [c for c in REQUIRED if c not in names]
    if not {"ref_x", "landmark"} & names:
        missing.append("ref_x/ref_y or landmark")
    return missing


def _fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields


def _first_rows(table: LegTable, rows: list[dict]) -> dict[int, dict]:
    """Per record index, its first table row (for the extra columns)."""
    index = {rid: r for r, rid in enumerate(table.record_ids)}
    out: dict[int, dict] = {}
    for raw in rows:
        rid = str(raw.get("record_id") or "").strip()
        if rid in index:
            out.setdefault(index[rid], raw)
    return out


def _problems_by_record(table: LegTable) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for p in sorted(table.problems, key=lambda p: p.row):
        where = f"row {p.row}: " if p.row else ""
        out.setdefault(p.record_id, []).append(f"{where}{p.field}: {p.message}")
    return {k: "; ".join(v) for k, v in out.items()}


def _record_attributes(layout: Layout, r: int, k: int | None, problems) -> list:
    """Attributes of record ``r`` (``k``: its index among laid-out records, or None)."""
    table, opts, trav = layout.table, layout.opts, layout.trav
    measures = [NULL] * 5
    if k is not None:
        err, per = float(trav.closure_error_m[k]), float(trav.perimeter_m[k])
        ratio = per / err if err > 1e-9 else NULL
        measures = [
            int(trav.perimeter_legs[k]),
            err,
            ratio,
            per,
            number_or_null(trav.area_m2[k] / 1e4),
        ]
    return [
        table.record_ids[r],
        layout.status[r],
        *measures,
        *(number_or_null(v) for v in layout.placed.lonlat[r]),
        int(layout.placed.epsg[r]) or NULL,
        number_or_null(layout.convergence[r]),
        UNIT_LABELS[UNIT_NAMES.index(opts.bearing_unit)],
        opts.bearing_ref,
        opts.declination_deg,
        _ranges(sorted(table.row[table.record == r].tolist())),
        problems,
    ]


def _add_point(out: AtomicSink, fields, transforms, xy, attrs, epsg) -> None:
    """A turning point: UTM ``xy`` with WGS 84 and UTM coordinates as attributes."""
    to_wgs, to_out = transforms
    point = QgsPointXY(float(xy[0]), float(xy[1]))
    lonlat = _wgs84_point(point, to_wgs)
    feature = QgsFeature(fields)
    if lonlat is not None:  # a point beyond WGS 84 (a leg of 1e308 m) keeps its row
        with suppress(QgsCsException):
            feature.setGeometry(QgsGeometry(QgsPoint(to_out.transform(point))))
    lon, lat = (lonlat.x(), lonlat.y()) if lonlat is not None else (NULL, NULL)
    feature.setAttributes(
        [*attrs, lon, lat, epsg, number_or_null(point.x()), number_or_null(point.y())]
    )
    out.add(feature)


def _wgs84_point(point: QgsPointXY, to_wgs: QgsCoordinateTransform) -> QgsPointXY | None:
    """``point`` in WGS 84, or None when it cannot be transformed or lies beyond ±180°/±90°."""
    try:
        out = to_wgs.transform(point)
    except QgsCsException:
        return None
    if not (math.isfinite(out.x()) and math.isfinite(out.y())):
        return None
    return out if abs(out.x()) <= 180 and abs(out.y()) <= 90 else None


def _stopped(feedback, progress: float) -> bool:
    """Report ``progress`` (percent) and say whether the user cancelled."""
    feedback.setProgress(progress)
    return feedback.isCanceled()
