"""``clearance:coverage`` — per district, how much hazard area and how many incidents fall
inside the mapped minefield records, with the unmapped gaps and an HTML/PDF report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from contextlib import ExitStack
from dataclasses import dataclass, field

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..engine.coverage import (
    COUNT_FIELDS,
    FIELDS,
    OUTSIDE,
    CoverageTable,
    YearCounts,
    coverage_table,
    district_names,
    district_overlap_ha,
    overlaps_nothing,
    per_year,
    sum_by,
    with_null_rows,
)
from ..engine.progress import OperationCancelled
from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.atomic import AtomicFile
from ..qgis_io.crs import describe
from ..qgis_io.fields import make_field
from ..qgis_io.ids import ID_FIELD, feature_ids, id_field_parameter, require_field
from ..qgis_io.incidents import IncidentFields, Incidents, read_incidents
from ..qgis_io.layers import require_crs
from ..qgis_io.overlay import (
    GapPart,
    Layers,
    OverlayResult,
    coverage_overlay,
    gap_parts,
    overlay_crs,
)
from ..qgis_io.pg_overlay import OverlayInputs, database_overlay, hazard_types
from ..qgis_io.pg_snapshot import Checksums
from ..qgis_io.polygons import PolygonSet, ellipsoid_measure, read_polygons, source_geometries
from ..qgis_io.provenance import is_synthetic, layer_metadata, record_in_geopackage, run_record
from ..qgis_io.sinks import AtomicSink, clear_empty_geometries, commit_all
from ..qgis_io.styling import style_on_load
from .base import XLSX, ClearanceAlgorithm, layer_label
from .engine_choice import (
    COVERAGE_ENGINE_HELP,
    database_tables,
    engine_parameter,
    input_checksums,
    wants_database,
)
from .focus_area import AREA_HELP, area_parameter, focused

MAX_HAZARD_TYPES = 50

HELP = QT_TR_NOOP(
    """Measures, district by district, how much of the suspected and confirmed hazard area \
(SHA/CHA) and how many incidents fall inside the mapped minefield records.

Every polygon layer is dissolved per district before measuring, so overlapping records or \
hazards are never counted twice; features straddling a district boundary are split by it. \
Areas are hectares on the WGS 84 ellipsoid. Anything outside every district goes in an \
"Outside districts" row; the last row (no geometry) is the total for the whole area.

Incidents on a district boundary count in the first such district (layer order); incidents \
on a record's edge count as inside the record. Incidents with an empty or unparsable date \
are kept (and counted in the log and report), also when DATE_FROM/DATE_TO filter the others.

Outputs: OUTPUT (one row per district), GAPS (hazard area outside every record, per \
district and hazard type; where types overlap the area goes to the type first in \
alphabetical order, so CHA before SHA), REPORT (self-contained HTML: map, table, charts) \
and optionally REPORT_PDF (QGIS print layout).

ID_FIELD (optional, of HAZARDS) names hazards in warnings: empty = guessed (hazard_localid, \
localid, hazard_id, id… unique and non-empty), else the feature id.""",
)


@dataclass(frozen=True)
class Input:
    """One input layer: its parameter, source and readable name."""

    key: str
    source: object  # QgsProcessingFeatureSource
    name: str

    def record(self) -> dict:
        """How the run record and the report list the layer."""
        return {
            "key": self.key,
            "name": self.name,
            "features": self.source.featureCount(),
            "crs": self.source.sourceCrs().authid(),
        }


@dataclass(frozen=True)
class Arguments:
    """The checked parameters."""

    districts: Input
    records: Input
    hazards: Input
    incidents: Input
    cleared: Input | None
    district_field: str
    hazard_type_field: str | None
    incident_fields: IncidentFields

    @property
    def inputs(self) -> list[Input]:
        layers = (self.districts, self.records, self.hazards, self.incidents, self.cleared)
        return [layer for layer in layers if layer is not None]

    def field_record(self) -> dict[str, str]:
        """The chosen fields by parameter name, for the run record."""
        chosen = {
            "DISTRICT_FIELD": self.district_field,
            "HAZARD_TYPE_FIELD": self.hazard_type_field,
            "DATE_FIELD": self.incident_fields.date,
            "CASUALTY_FIELD": self.incident_fields.casualties,
        }
        return {k: v for k, v in chosen.items() if v}


@dataclass
class CoverageRun:
    """Everything the outputs and the report need."""

    crs: QgsCoordinateReferenceSystem
    names: list[str]
    table: CoverageTable
    overlay: OverlayResult
    gaps: list[GapPart]
    incidents: Incidents
    years: YearCounts
    districts: PolygonSet
    records: PolygonSet
    inputs: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    synthetic: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    hazard_types: bool = False
    gap_ha_by_type: dict = field(default_factory=dict)


class CoverageAlgorithm(ClearanceAlgorithm):
    """Mapped vs unmapped contamination per district."""

    ALGORITHM_ID = "coverage"
    DISPLAY_NAME = QT_TR_NOOP("Coverage of contamination by records")
    GROUP = QT_TR_NOOP("Analysis")
    GROUP_ID = "analysis"
    HELP = (HELP, AREA_HELP, COVERAGE_ENGINE_HELP)

    DISTRICTS, DISTRICT_FIELD = "DISTRICTS", "DISTRICT_FIELD"
    RECORDS = "RECORDS"
    HAZARDS, HAZARD_TYPE_FIELD = "HAZARDS", "HAZARD_TYPE_FIELD"
    ID_FIELD = ID_FIELD  # of HAZARDS
    INCIDENTS, DATE_FIELD, CASUALTY_FIELD = "INCIDENTS", "DATE_FIELD", "CASUALTY_FIELD"
    CLEARED = "CLEARED"
    DATE_FROM, DATE_TO = "DATE_FROM", "DATE_TO"
    OUTPUT, GAPS, REPORT, REPORT_PDF = "OUTPUT", "GAPS", "REPORT", "REPORT_PDF"

    def __init__(self) -> None:
        super().__init__()
        self._results: dict = {}
        self._styles: list[tuple[str, str, object]] = []
        self._run: CoverageRun | None = None
        self._pdf: str = ""
        self._id_choice = ""  # ID_FIELD as given
        self._record: dict = {}
        self._pending: list = []  # outputs written, committed with the PDF
        self._checksums = Checksums()  # of every PostGIS input at the start of the run

    # -- parameters -------------------------------------------------------------------------

    def initAlgorithm(self, config=None) -> None:
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.DISTRICTS, tr("Districts (polygons)"), polygon)
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DISTRICT_FIELD,
                tr("District name field"),
                parentLayerParameterName=self.DISTRICTS,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RECORDS, tr("Minefield records (mapped polygons)"), polygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.HAZARDS, tr("Hazard areas SHA/CHA (polygons)"), polygon
            )
        )
        self.addParameter(id_field_parameter(self.HAZARDS))
        self.addParameter(
            QgsProcessingParameterField(
                self.HAZARD_TYPE_FIELD,
                tr("Hazard type field (e.g. SHA/CHA)"),
                parentLayerParameterName=self.HAZARDS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INCIDENTS,
                tr("Incidents / accidents (points)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DATE_FIELD,
                tr("Incident date field"),
                parentLayerParameterName=self.INCIDENTS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CASUALTY_FIELD,
                tr("Casualties field"),
                parentLayerParameterName=self.INCIDENTS,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CLEARED, tr("Released / cleared land (polygons)"), polygon, optional=True
            )
        )
        for name, label in (
            (self.DATE_FROM, QT_TR_NOOP("Incidents from (date)")),
            (self.DATE_TO, QT_TR_NOOP("Incidents up to (date)")),
        ):
            self.addParameter(
                QgsProcessingParameterDateTime(
                    name, tr(label), QgsProcessingParameterDateTime.Type.Date, optional=True
                )
            )
        self.addParameter(area_parameter())
        self.addParameter(engine_parameter())
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Coverage per district"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.GAPS, tr("Unmapped hazard (gaps)"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.REPORT, tr("Coverage report (HTML)"), tr("HTML files (*.html)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.REPORT_PDF,
                tr("Coverage report (PDF)"),
                tr("PDF files (*.pdf)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.add_xlsx_parameter(tr("the district table"))
        self.add_count_outputs(
            (
                ("DISTRICTS", QT_TR_NOOP("Districts in the table"), "number"),
                ("GAP_PARTS", QT_TR_NOOP("Unmapped hazard parts (GAPS features)"), "number"),
                ("HAZARD_HA", QT_TR_NOOP("Hazard area (ha), all districts"), "number"),
                ("UNMAPPED_HAZARD_HA", QT_TR_NOOP("Hazard area outside records (ha)"), "number"),
                ("INCIDENTS", QT_TR_NOOP("Incidents counted"), "number"),
            ),
            geometry=False,
        )

    # -- checking ---------------------------------------------------------------------------

    def _input(self, parameters, context, key: str, optional: bool = False) -> Input | None:
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            if optional and not parameters.get(key):
                return None
            raise QgsProcessingException(self.invalidSourceError(parameters, key))
        name = layer_label(parameters.get(key), source, key)
        require_crs(source, name)
        return Input(key, source, name)

    def _field(self, parameters, context, key: str, layer: Input) -> str | None:
        name = self.parameterAsString(parameters, key, context).strip()
        if not name:
            return None
        fields = layer.source.fields()
        if fields.lookupField(name) < 0:
            raise QgsProcessingException(
                tr("Layer '{0}' has no field '{1}' ({2}); its fields are: {3}.").format(
                    layer.name, name, key, ", ".join(fields.names())
                )
            )
        return fields.field(name).name()

    def _date(self, parameters, context, key: str) -> dt.date | None:
        if parameters.get(key) in (None, "", NULL):
            return None
        value = self.parameterAsDateTime(parameters, key, context)
        if not value.isValid():
            raise QgsProcessingException(
                tr("{0} is not a valid date (got {1}); use YYYY-MM-DD.").format(
                    key, parameters.get(key)
                )
            )
        return value.date().toPyDate()

    def _arguments(self, parameters, context) -> Arguments:
        """Every parameter checked, with errors that name the layer and field."""
        districts, records, hazards, incidents = (
            self._input(parameters, context, key)
            for key in (self.DISTRICTS, self.RECORDS, self.HAZARDS, self.INCIDENTS)
        )
        cleared = self._input(parameters, context, self.CLEARED, optional=True)
        district_field = self._field(parameters, context, self.DISTRICT_FIELD, districts)
        hazard_type_field = self._field(parameters, context, self.HAZARD_TYPE_FIELD, hazards)
        self._id_choice = self.parameterAsString(parameters, self.ID_FIELD, context)
        require_field(hazards.source, hazards.name, self._id_choice)
        date_field = self._field(parameters, context, self.DATE_FIELD, incidents)
        casualty_field = self._field(parameters, context, self.CASUALTY_FIELD, incidents)
        if district_field is None:
            raise QgsProcessingException(tr("Choose the district name field (DISTRICT_FIELD)."))
        date_from = self._date(parameters, context, self.DATE_FROM)
        date_to = self._date(parameters, context, self.DATE_TO)
        if date_from and date_to and date_from > date_to:
            raise QgsProcessingException(
                tr("DATE_FROM ({0}) is after DATE_TO ({1}).").format(date_from, date_to)
            )
        fields = IncidentFields(date_field, casualty_field, date_from, date_to)
        return Arguments(
            districts,
            records,
            hazards,
            incidents,
            cleared,
            district_field,
            hazard_type_field,
            fields,
        )

    # -- processing -------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        args = self._arguments(parameters, context)
        tables = self._engine = None
        if wants_database(self, parameters, context):
            keys = [self.DISTRICTS, self.RECORDS, self.HAZARDS, self.INCIDENTS, self.CLEARED]
            tables = {t.key: t for t in database_tables(self, parameters, context, keys)}
            self._engine = "database"
        self._checksums = input_checksums(self, parameters, context)
        hazards = args.hazards
        source = focused(
            self, parameters, context, feedback, hazards.source, hazards.name, self.HAZARDS
        )
        args = dataclasses.replace(args, hazards=dataclasses.replace(hazards, source=source))
        steps = QgsProcessingMultiStepFeedback(8, feedback)
        crs = overlay_crs(args.hazards.source, args.districts.source)
        _log_crs(args, crs, feedback)
        layers = self._read_polygons(args, crs, context, steps)
        if layers is None:
            return {}
        steps.setCurrentStep(4)
        measure = ellipsoid_measure(crs, context)
        overlay = self._overlay(args, tables, crs, layers, measure, steps)
        if overlay is None or feedback.isCanceled():
            return {}
        steps.setCurrentStep(5)
        incidents = read_incidents(
            args.incidents.source,
            args.incidents.name,
            crs,
            context,
            steps,
            args.incident_fields,
            layers.districts,
            layers.records,
        )
        run = self._assemble(
            args,
            crs,
            layers,
            overlay,
            gap_parts(overlay.gaps, measure, overlay.ready_parts),
            incidents,
        )
        for text in run.warnings:
            feedback.pushWarning(text)
        steps.setCurrentStep(6)
        return self._write_all(parameters, context, feedback, args, run)

    def _overlay(self, args: Arguments, tables, crs, layers: Layers, measure, steps):
        """The overlay by GEOS here (``tables`` None) or by PostGIS; None when cancelled."""
        if tables is None:
            try:
                return coverage_overlay(
                    layers,
                    measure,
                    progress=lambda f: steps.setProgress(100 * f),
                    cancelled=steps.isCanceled,
                )
            except OperationCancelled:
                return None
        srid = crs.postgisSrid()
        if not srid:
            raise QgsProcessingException(
                tr("The overlay CRS {0} has no PostGIS SRID; choose ENGINE 'local'.").format(
                    crs.authid()
                )
            )
        sources = {self.DISTRICTS: args.districts.source, self.HAZARDS: args.hazards.source}
        types = None
        if args.hazard_type_field:
            types = hazard_types(
                tables[self.HAZARDS], args.hazard_type_field, layers.hazards, steps, sources
            )
            if types is None:
                return None
        inputs = OverlayInputs(
            tables[self.DISTRICTS],
            tables[self.RECORDS],
            tables[self.HAZARDS],
            tables.get(self.CLEARED),
            types,
            srid,
        )
        # an input edited since the start (before or after this snapshot) stops the run at
        # the check before the commit (_checksums)
        return database_overlay(inputs, layers.districts, steps, sources)

    def _read_polygons(self, args: Arguments, crs, context, steps) -> Layers | None:
        """The polygon layers as valid geometries in ``crs`` (None when cancelled)."""
        read: list[PolygonSet | None] = []
        for step, (layer, value_field) in enumerate(
            (
                (args.districts, args.district_field),
                (args.records, None),
                (args.hazards, args.hazard_type_field),
                (args.cleared, None),
            )
        ):
            steps.setCurrentStep(step)
            if layer is None:
                read.append(None)
                continue
            read.append(read_polygons(layer.source, layer.name, crs, context, steps, value_field))
            if steps.isCanceled():
                return None
        _require_districts(read[0], args.districts.name)
        types = self._hazard_types(args, read[2]) if args.hazard_type_field else None
        hazard_ids = feature_ids(args.hazards.source, args.hazards.name, self._id_choice, steps)
        read[2].report.names = hazard_ids.label_of()  # warnings name hazards by their id
        return Layers(*read, hazard_types=types)

    def _hazard_types(self, args: Arguments, hazards: PolygonSet) -> list[str | None]:
        types = hazards.text_values()
        n_types = len({t for t in types if t is not None})
        if n_types > MAX_HAZARD_TYPES:
            raise QgsProcessingException(
                tr(
                    "HAZARD_TYPE_FIELD '{0}' of layer '{1}' has {2} distinct values; choose "
                    "a category field such as hazard_type (SHA/CHA)."
                ).format(args.hazard_type_field, args.hazards.name, n_types)
            )
        return types

    def _assemble(self, args: Arguments, crs, layers: Layers, overlay, gaps, incidents):
        """The table and everything the outputs and the report need."""
        warnings = _read_warnings(layers)
        warnings += incidents.messages(args.incidents.name, args.incident_fields)
        names = district_names(layers.districts.row_ids, layers.districts.row_values())
        warnings += _name_warnings(args, names)
        table = coverage_table(
            names.names,
            with_null_rows(overlay.areas, layers.districts.n_null),
            overlay.totals,
            incidents.row,
            incidents.in_records,
            incidents.casualties,
            has_casualties=args.incident_fields.casualties is not None,
        )
        warnings += _consistency(table, overlay, args, incidents)
        no_type = tr("(no type)")
        return CoverageRun(
            crs,
            names.names,
            table,
            overlay,
            gaps,
            incidents,
            per_year(incidents.years, incidents.in_records),
            layers.districts,
            layers.records,
            [layer.record() for layer in args.inputs],
            warnings,
            synthetic=any(is_synthetic(layer.source) for layer in args.inputs),
            date_from=args.incident_fields.date_from,
            date_to=args.incident_fields.date_to,
            hazard_types=args.hazard_type_field is not None,
            gap_ha_by_type=sum_by(
                [no_type if g.kind is None else g.kind for g in gaps], [g.area_ha for g in gaps]
            ),
        )

    # -- writing ----------------------------------------------------------------------------

    def _write_all(self, parameters, context, feedback, args: Arguments, run: CoverageRun):
        record = run_record(
            self.ALGORITHM_ID,
            {
                "inputs": run.inputs,
                "fields": args.field_record(),
                "date_from": str(args.incident_fields.date_from or ""),
                "date_to": str(args.incident_fields.date_to or ""),
                "overlay_crs": run.crs.authid(),
                "ellipsoid": "WGS84",
                "engine": self._engine or "local",
                "warnings": run.warnings,
            },
        )
        report = self._report_path(parameters, context)
        from ..reports.coverage_html import write_report
        from ..reports.coverage_map import render_map_png

        self._book = self.workbook(parameters, context, record)
        with ExitStack() as stack:  # every output is replaced together, or none
            writers = [
                self._write_table(stack, parameters, context, args.districts.source, run),
                self._write_gaps(stack, parameters, context, run),
            ]
            if feedback.isCanceled():
                return {}
            html = stack.enter_context(AtomicFile(report))
            write_report(html.path, run, render_map_png(run))
            writers.append(html)
            if self._book is not None:
                writers.append(stack.enter_context(self._book))
            self._run, self._record = run, record
            self._pdf = self.parameterAsFileOutput(parameters, self.REPORT_PDF, context)
            self._results = {
                self.OUTPUT: writers[0].dest_id,
                self.GAPS: writers[1].dest_id,
                self.REPORT: report,
            }
            if self._book is not None:
                self._results[XLSX] = str(self._book.target)
            self._results.update(_counts(run))
            self._checksums.require_unchanged()  # no PostGIS input edited since the start
            if self._pdf:  # the PDF needs the main thread: all are committed after it
                for sink in writers[:2]:
                    sink.close()
                self._pending = writers
                stack.pop_all()
                return {}  # the results come from postProcessAlgorithm, once all are written
            if commit_all(writers, feedback.isCanceled) is None:
                return {}
            self._describe()
        feedback.pushInfo(tr("Report written to {0}").format(report))
        return dict(self._results)

    def _write_table(self, stack, parameters, context, districts, run: CoverageRun) -> AtomicSink:
        fields = _fields([("district", "string")] + [(n, _kind(n)) for n in FIELDS])
        geometries = source_geometries(
            districts, run.districts.row_ids, frozenset(run.districts.null_ids)
        )
        wkb = QgsWkbTypes.multiType(districts.wkbType())
        book = getattr(self, "_book", None)
        out = stack.enter_context(
            AtomicSink(
                self,
                parameters,
                self.OUTPUT,
                context,
                fields,
                wkb,
                districts.sourceCrs(),
                copy_to=book.sheet("districts", fields) if book is not None else None,
            )
        )
        for i, name in enumerate(run.table.names):
            feature = QgsFeature(fields)
            if i < len(geometries) and geometries[i] is not None:
                feature.setGeometry(geometries[i])
            values = run.table.row(i)
            feature.setAttributes([name] + [_value(values[f], f) for f in FIELDS])
            out.add(feature)
        return out

    def _write_gaps(self, stack, parameters, context, run: CoverageRun) -> AtomicSink:
        fields = _fields(
            [
                ("gap_id", "int"),
                ("district", "string"),
                ("hazard_type", "string"),
                ("area_ha", "double"),
            ]
        )
        n_valid = len(run.districts.geometries)  # overlay rows: valid districts, then outside
        multi = QgsWkbTypes.Type.MultiPolygon
        out = stack.enter_context(
            AtomicSink(self, parameters, self.GAPS, context, fields, multi, run.crs)
        )
        for gap_id, gap in enumerate(run.gaps, start=1):
            district = run.names[gap.row] if gap.row < n_valid else OUTSIDE
            feature = QgsFeature(fields)
            feature.setGeometry(gap.geometry)
            kind = NULL if gap.kind is None else gap.kind
            feature.setAttributes([gap_id, district, kind, gap.area_ha])
            out.add(feature)
        return out

    def _report_path(self, parameters, context) -> str:
        path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if not path:
            path = QgsProcessingUtils.generateTempFilename("coverage_report.html")
        return path

    def _describe(self) -> None:
        """Run record and metadata of the committed layers; their styles on load."""
        run, record = self._run, self._record
        table, gaps = self._results[self.OUTPUT], self._results[self.GAPS]
        clear_empty_geometries(table)
        for dest, style, title, abstract in (
            (
                table,
                "coverage_districts",
                tr("Coverage per district"),
                tr("Mapped vs unmapped contamination per district."),
            ),
            (
                gaps,
                "coverage_gaps",
                tr("Unmapped hazard (gaps)"),
                tr("Hazard area outside every minefield record."),
            ),
        ):
            metadata = layer_metadata(title, abstract, record, synthetic=run.synthetic)
            record_in_geopackage(dest, record, metadata, style)
            self._styles.append((dest, style, metadata))

    def postProcessAlgorithm(self, context, feedback):
        results = dict(self._results)
        if self._pending:
            from ..reports.coverage_layout import commit_with_pdf

            pending, self._pending = self._pending, []
            if not commit_with_pdf(pending, self._run, self._pdf, feedback.isCanceled):
                return {}
            self._describe()
            feedback.pushInfo(tr("Report written to {0}").format(self._results[self.REPORT]))
            feedback.pushInfo(tr("PDF report written to {0}").format(self._pdf))
            results[self.REPORT_PDF] = self._pdf
        for dest, style, metadata in self._styles:
            style_on_load(context, dest, style, metadata)
        return results


def _counts(run: CoverageRun) -> dict:
    """The count outputs: districts, gap parts, total hazard areas and incidents."""
    total = run.table.row(run.table.total_row)

    def value(name: str) -> float:
        figure = total.get(name, float("nan"))
        return round(figure, 2) if math.isfinite(figure) else 0.0

    return {
        "DISTRICTS": int(run.table.n_districts),
        "GAP_PARTS": len(run.gaps),
        "HAZARD_HA": value("hazard_ha"),
        "UNMAPPED_HAZARD_HA": value("unmapped_hazard_ha"),
        "INCIDENTS": int(value("incidents")),
    }


def _log_crs(args: Arguments, crs, feedback) -> None:
    feedback.pushInfo(tr("Overlay in {0}; areas on the WGS 84 ellipsoid.").format(describe(crs)))
    for layer in args.inputs:
        if layer.source.sourceCrs() != crs:
            feedback.pushInfo(
                tr("Layer '{0}' ({1}) reprojected to {2}.").format(
                    layer.name, layer.source.sourceCrs().authid(), crs.authid()
                )
            )


def _read_warnings(layers: Layers) -> list[str]:
    out = []
    for layer in (layers.districts, layers.records, layers.hazards, layers.cleared):
        if layer is not None:
            out += layer.report.messages(tr("not measured (counted in no district)"))
    return out


def _name_warnings(args: Arguments, names) -> list[str]:
    layer, field_name = args.districts.name, args.district_field
    out = [
        tr("Layer '{0}', feature {1}: empty {2}; named 'District {1}'.").format(
            layer, fid, field_name
        )
        for fid in names.unnamed
    ]
    if names.duplicates:
        out.append(
            tr(
                "Layer '{0}': several districts share the name(s) {1}; each "
                "feature keeps its own row."
            ).format(layer, ", ".join(names.duplicates))
        )
    return out


def _consistency(table: CoverageTable, overlay, args: Arguments, inc: Incidents) -> list[str]:
    """Refuse districts that overlap nothing; warn when rows do not add up."""
    if overlaps_nothing(overlay.areas, inc.row, table.n_districts):
        raise QgsProcessingException(
            tr(
                "Layer '{0}' (DISTRICTS) does not overlap any hazard of '{1}', record of "
                "'{2}' or incident: check that the layers cover the same region and that "
                "their CRS is set correctly."
            ).format(args.districts.name, args.hazards.name, args.records.name)
        )
    out = []
    overlap = district_overlap_ha(overlay.areas, overlay.district_union_ha)
    if overlap is not None:
        out.append(
            tr(
                "Layer '{0}': districts overlap ({1:.2f} ha counted in more than one "
                "district); district rows add up to more than the total."
            ).format(args.districts.name, overlap)
        )
    worst = table.worst_sum_gap()
    if worst is not None:
        out.append(
            tr("District rows differ from the total by {0:.3f} % ({1}).").format(
                100 * worst[1], worst[0]
            )
        )
    return out


def _fields(spec: list[tuple[str, str]]) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields


def _kind(name: str) -> str:
    return "int" if name in COUNT_FIELDS else "double"


def _value(x: float, name: str):
    if not math.isfinite(x):
        return NULL
    return round(x) if name in COUNT_FIELDS else float(x)


def _require_districts(districts: PolygonSet, name: str) -> None:
    """Refuse a DISTRICTS layer without a single usable polygon, saying why."""
    if districts.geometries:
        return
    if districts.n_features == 0:
        raise QgsProcessingException(tr("Layer '{0}' (DISTRICTS) has no features.").format(name))
    raise QgsProcessingException(
        tr(
            "Layer '{0}' (DISTRICTS): none of its {1} features has a usable polygon (no "
            "geometry); choose the district boundaries layer."
        ).format(name, districts.n_features)
    )
