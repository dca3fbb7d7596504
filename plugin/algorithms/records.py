"""``clearance:records`` — digitise minefield records (reference point, bearings, distances)."""

from __future__ import annotations

import json
from contextlib import ExitStack, suppress
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

from ..engine.bearings import REFERENCES, UNIT_NAMES
from ..engine.ids import id_key
from ..engine.record_layout import Layout, Options, lay_out_records
from ..engine.records import (
    DISTANCE_UNITS,
    KNOWN,
    LegTable,
    first_rows,
    missing_columns,
    overlong_problems,
    parse_table,
    problems_by_record,
    row_ranges,
)
from ..engine.traverse import ADJUSTMENTS
from ..i18n import QT_TR_NOOP, tr, tr_message
from ..qgis_io.crs import WGS84
from ..qgis_io.csv_table import csv_file, read_csv
from ..qgis_io.fields import make_field, number_or_null
from ..qgis_io.ids import ID_FIELD
from ..qgis_io.layers import iter_features
from ..qgis_io.provenance import layer_metadata, record_in_geopackage, run_record
from ..qgis_io.references import Landmarks, place_references, read_landmarks, wgs84_point
from ..qgis_io.sinks import AtomicSink, commit_all
from ..qgis_io.styling import style_on_load
from .base import ClearanceAlgorithm, number_parameter

UNIT_LABELS = (
    QT_TR_NOOP("Degrees (360)"),
    QT_TR_NOOP("NATO mils (6400)"),
    QT_TR_NOOP("Warsaw-Pact mils (6000, e.g. 15-00)"),
    QT_TR_NOOP("Grads (400)"),
)

HELP = QT_TR_NOOP(
    """Digitises minefield records handed over as tables: one row per leg with \
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
the record. TURNING_POINTS gives every point in WGS 84 and UTM for field verification.

ID_FIELD (optional) names the column holding the record id (default record_id; a \
record_id column it replaces is kept as source_record_id). Record ids are compared \
without surrounding spaces; ids differing only by case or inner spaces are digitised as \
separate records with a warning naming them.""",
)


class RecordsAlgorithm(ClearanceAlgorithm):
    """Traverse tables to record polygons, turning points and an error report."""

    ALGORITHM_ID = "records"
    DISPLAY_NAME = QT_TR_NOOP("Minefield records from survey tables")
    GROUP = QT_TR_NOOP("Records")
    GROUP_ID = "records"
    HELP = HELP
    NO_CRS_NEEDED = ("TABLE",)  # only its attributes are read

    TABLE = "TABLE"
    ID_FIELD = ID_FIELD
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
            QgsProcessingParameterField(
                self.ID_FIELD,
                tr("Record id column (default: record_id)"),
                parentLayerParameterName=self.TABLE,
                optional=True,
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
        self.add_count_outputs(
            (
                ("RECORDS", QT_TR_NOOP("Minefield records"), "number"),
                ("RECORDS_OK", QT_TR_NOOP("Records with status ok"), "number"),
                (
                    "RECORDS_BY_STATUS",
                    QT_TR_NOOP("Records by status (JSON: status → count)"),
                    "string",
                ),
                ("TABLE_ERRORS", QT_TR_NOOP("Rows of the record table with errors"), "number"),
            ),
            geometry=False,
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
        if (
            missing_columns(header)
            and values
            and not missing_columns([str(v or "") for v in values[0]])
        ):
            feedback.pushInfo(
                tr("Table '{0}': column names taken from its first row.").format(name)
            )
            header, values = [str(v or "").strip() for v in values[0]], values[1:]
        header = self._id_column(parameters, context, name, header)
        if missing_columns(header):
            raise QgsProcessingException(
                tr("Table '{0}' lacks the column(s) {1} (has: {2}).").format(
                    name, ", ".join(map(tr_message, missing_columns(header))), ", ".join(header)
                )
            )
        if not values:
            raise QgsProcessingException(tr("Table '{0}' has no rows.").format(name))
        keys = [h.strip().lower() if h.strip().lower() in KNOWN else h for h in header]
        extra = [k for k in keys if k not in KNOWN]
        width = len(keys)
        overlong = {n: (len(r), width) for n, r in enumerate(values, 1) if len(r) > width}
        return name, [dict(zip(keys, row)) for row in values], extra, overlong

    def _id_column(self, parameters, context, name: str, header: list[str]) -> list[str]:
        """``header`` with the ID_FIELD column read as record_id (a record_id column it
        replaces is kept as source_record_id)."""
        chosen = self.parameterAsString(parameters, self.ID_FIELD, context).strip()
        if not chosen or chosen.lower() == "record_id":
            return header
        index = [h.strip().lower() for h in header]
        if chosen.lower() not in index:
            raise QgsProcessingException(
                tr("Table '{0}' has no column '{1}' (ID_FIELD); its columns: {2}.").format(
                    name, chosen, ", ".join(header)
                )
            )
        out = ["source_record_id" if h == "record_id" else header[i] for i, h in enumerate(index)]
        out[index.index(chosen.lower())] = "record_id"
        return out

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

    def _landmarks(self, parameters, context, feedback) -> Landmarks:
        source = self.parameterAsSource(parameters, self.LANDMARKS, context)
        if source is None:
            return {}
        field = self.parameterAsString(parameters, self.LANDMARK_FIELD, context) or "name"
        return read_landmarks(source, field, context.transformContext(), feedback)

    # -- processing -------------------------------------------------------------------------

    def _ref_crs(self, parameters, context) -> QgsCoordinateReferenceSystem:
        ref_crs = self.parameterAsCrs(parameters, self.REF_CRS, context)
        return ref_crs if ref_crs.isValid() else WGS84

    def _options(self, parameters, context) -> Options:
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
        )

    def processAlgorithm(self, parameters, context, feedback):
        table_name, rows, extra, overlong = self._table(parameters, context, feedback)
        opts, ref_crs = self._options(parameters, context), self._ref_crs(parameters, context)
        if _stopped(feedback, 10):
            return {}
        table = parse_table(rows, opts.bearing_unit, opts.distance_unit, opts.pace_m)
        table.problems += overlong_problems(rows, overlong)
        _warn_lookalike_ids(feedback, table_name, table.record_ids)
        if _stopped(feedback, 40):
            return {}
        landmarks = self._landmarks(parameters, context, feedback)
        placed = place_references(table, ref_crs, landmarks, context.transformContext())
        layout = lay_out_records(table, placed, opts)
        if _stopped(feedback, 70):
            return {}
        out_crs = self.parameterAsCrs(parameters, self.OUTPUT_CRS, context)
        if not out_crs.isValid():
            first = placed.epsg[layout.good[0]] if len(layout.good) else 4326
            out_crs = QgsCoordinateReferenceSystem(f"EPSG:{first}")
        settings = {
            **opts.record(),
            "ref_crs": ref_crs.authid(),
            "table": table_name,
            "rows": len(rows),
            "records": len(table.record_ids),
            "output_crs": out_crs.authid(),
            "bad_rows": len(table.problems),
        }
        record = run_record(self.ALGORITHM_ID, settings)
        with ExitStack() as stack:  # all three outputs are replaced together, or none
            sinks = [
                self._write_records(stack, parameters, context, layout, rows, extra, out_crs),
                self._write_points(stack, parameters, context, layout, rows, out_crs),
                self._write_errors(stack, parameters, context, table),
            ]
            dests = commit_all(sinks, feedback.isCanceled)
        if dests is None:
            return {}
        self._describe(context, dests, record)
        self._report(feedback, table, layout.status)
        counts = {s: layout.status.count(s) for s in sorted(set(layout.status))}
        return {
            **dict(zip((self.OUTPUT, self.TURNING_POINTS, self.ERRORS), dests)),
            "RECORDS": len(layout.status),
            "RECORDS_OK": counts.get("ok", 0),
            "RECORDS_BY_STATUS": json.dumps(counts),
            "TABLE_ERRORS": len({p.row for p in table.problems if p.row}),
        }

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
            feedback.pushWarning(
                tr("{0}, record '{1}', {2}: {3}").format(
                    where, p.record_id, p.field, tr_message(p.message)
                )
            )
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

    def _write_records(
        self, stack, parameters, context, layout: Layout, rows, extra, out_crs
    ) -> AtomicSink:
        known = {n for n, _ in self.RECORD_FIELDS}
        extra = [e for e in extra if e.lower() not in known]
        fields = _fields([*self.RECORD_FIELDS, *((e, "string") for e in extra)])
        closed = layout.opts.closed
        wkb = QgsWkbTypes.Type.Polygon if closed else QgsWkbTypes.Type.LineString
        first_row = first_rows(layout.table, rows)
        problems = problems_by_record(layout.table, tr_message)
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

    def _write_points(
        self, stack, parameters, context, layout: Layout, rows, out_crs
    ) -> AtomicSink:
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
                raw = rows[table.row[leg] - 1]
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
            feature.setAttributes(
                [p.row or NULL, p.record_id or NULL, p.field, tr_message(p.message)]
            )
            out.add(feature)
        return out


def _text(value):
    return NULL if value is None else str(value)


def _fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields


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
        row_ranges(sorted(table.row[table.record == r].tolist())),
        problems,
    ]


def _add_point(out: AtomicSink, fields, transforms, xy, attrs, epsg) -> None:
    """A turning point: UTM ``xy`` with WGS 84 and UTM coordinates as attributes."""
    to_wgs, to_out = transforms
    point = QgsPointXY(float(xy[0]), float(xy[1]))
    lonlat = wgs84_point(point, to_wgs)
    feature = QgsFeature(fields)
    if lonlat is not None:  # a point beyond WGS 84 (a leg of 1e308 m) keeps its row
        with suppress(QgsCsException):
            feature.setGeometry(QgsGeometry(QgsPoint(to_out.transform(point))))
    lon, lat = (lonlat.x(), lonlat.y()) if lonlat is not None else (NULL, NULL)
    feature.setAttributes(
        [*attrs, lon, lat, epsg, number_or_null(point.x()), number_or_null(point.y())]
    )
    out.add(feature)


def _stopped(feedback, progress: float) -> bool:
    """Report ``progress`` (percent) and say whether the user cancelled."""
    feedback.setProgress(progress)
    return feedback.isCanceled()


def _warn_lookalike_ids(feedback, table: str, record_ids: list[str]) -> None:
    """Warn about record ids that are the same id but for case or spaces (engine/ids)."""
    spellings: dict[str, list[str]] = {}
    for rid in record_ids:
        spellings.setdefault(id_key(rid) or "", []).append(rid)
    for same in (v for v in spellings.values() if len(v) > 1):
        feedback.pushWarning(
            tr(
                "Table '{0}': record ids {1} differ only by case or spaces; they are "
                "digitised as separate records (correct the table if they are one)."
            ).format(table, " and ".join(f"'{r}'" for r in same))
        )
