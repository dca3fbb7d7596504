"""``clearance:coverage`` — per district, how much hazard area and how many incidents fall
inside the mapped minefield records, with the unmapped gaps and an HTML/PDF report."""

from __future__ import annotations

import datetime as dt
import math
from contextlib import ExitStack
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime

from ..engine.coverage import (
    FIELDS,
    OUTSIDE,
    CoverageTable,
    YearCounts,
    coverage_table,
    date_filter,
    locate_points,
    parse_date,
    per_year,
)
from ..engine.progress import OperationCancelled
from ..i18n import tr
from ..qgis_io.atomic import AtomicFile
from ..qgis_io.crs import describe, is_metric, source_metric_crs
from ..qgis_io.fields import make_field
from ..qgis_io.layers import iter_features, read_source, require_crs
from ..qgis_io.overlay import M2_PER_HA, Layers, OverlayResult, coverage_overlay
from ..qgis_io.polygons import PolygonSet, ellipsoid_measure, read_polygons
from ..qgis_io.provenance import layer_metadata, record_in_geopackage, run_record
from ..qgis_io.sinks import AtomicSink, clear_empty_geometries, commit_all
from ..qgis_io.styling import style_on_load
from .base import ClearanceAlgorithm

SUM_TOLERANCE = 0.001  # districts must add up to the totals within 0.1 %
MAX_HAZARD_TYPES = 50
BOUNDARY_TOLERANCE_M = 0.001

HELP = """Measures, district by district, how much of the suspected and confirmed hazard area \
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
and optionally REPORT_PDF (QGIS print layout)."""


@dataclass
class Incidents:
    """Incident points (overlay CRS) with their row, record flag, casualties and dates."""

    x: np.ndarray
    y: np.ndarray
    row: np.ndarray
    in_records: np.ndarray
    casualties: np.ndarray
    years: np.ndarray
    n_features: int = 0
    n_without_geometry: int = 0
    n_no_date: int = 0
    n_bad_date: int = 0
    n_filtered: int = 0
    n_bad_casualties: int = 0
    geometry_warnings: list[str] = field(default_factory=list)  # features without a point


@dataclass
class Arguments:
    """The checked parameters: sources and names by key, field names, date period."""

    sources: dict = field(default_factory=dict)
    names: dict = field(default_factory=dict)
    fields: dict = field(default_factory=dict)
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass
class CoverageRun:
    """Everything the outputs and the report need."""

    crs: QgsCoordinateReferenceSystem
    names: list[str]
    table: CoverageTable
    overlay: OverlayResult
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
    gap_ha_by_type: dict = field(default_factory=dict)  # filled while GAPS is written


class CoverageAlgorithm(ClearanceAlgorithm):
    """Mapped vs unmapped contamination per district."""

    ALGORITHM_ID = "coverage"
    DISPLAY_NAME = "Coverage of contamination by records"
    GROUP = "Analysis"
    GROUP_ID = "analysis"
    HELP = HELP

    DISTRICTS, DISTRICT_FIELD = "DISTRICTS", "DISTRICT_FIELD"
    RECORDS = "RECORDS"
    HAZARDS, HAZARD_TYPE_FIELD = "HAZARDS", "HAZARD_TYPE_FIELD"
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
        self._record: dict = {}
        self._pending: list = []  # outputs written, committed with the PDF

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
            (self.DATE_FROM, "Incidents from (date)"),
            (self.DATE_TO, "Incidents up to (date)"),
        ):
            self.addParameter(
                QgsProcessingParameterDateTime(
                    name, tr(label), QgsProcessingParameterDateTime.Type.Date, optional=True
                )
            )
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

    # -- reading ----------------------------------------------------------------------------

    def _source(self, parameters, context, key: str, optional: bool = False):
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            if optional and not parameters.get(key):
                return None, ""
            raise QgsProcessingException(self.invalidSourceError(parameters, key))
        name = _layer_label(parameters.get(key), source, key)
        require_crs(source, name)
        return source, name

    def _field(self, parameters, context, key: str, source, layer_name: str) -> str | None:
        name = self.parameterAsString(parameters, key, context).strip()
        if not name:
            return None
        if source.fields().lookupField(name) < 0:
            raise QgsProcessingException(
                tr("Layer '{0}' has no field '{1}' ({2}); its fields are: {3}.").format(
                    layer_name, name, key, ", ".join(source.fields().names())
                )
            )
        return source.fields().field(name).name()

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

    def _overlay_crs(self, hazards, districts) -> QgsCoordinateReferenceSystem:
        crs = hazards.sourceCrs()
        if is_metric(crs):
            return crs
        return source_metric_crs(districts)

    # -- processing -------------------------------------------------------------------------

    def _arguments(self, parameters, context) -> Arguments:
        """Every parameter checked, with errors that name the layer and field."""
        args = Arguments()
        for key, optional in (
            (self.DISTRICTS, False),
            (self.RECORDS, False),
            (self.HAZARDS, False),
            (self.INCIDENTS, False),
            (self.CLEARED, True),
        ):
            args.sources[key], args.names[key] = self._source(parameters, context, key, optional)
        for key, layer in (
            (self.DISTRICT_FIELD, self.DISTRICTS),
            (self.HAZARD_TYPE_FIELD, self.HAZARDS),
            (self.DATE_FIELD, self.INCIDENTS),
            (self.CASUALTY_FIELD, self.INCIDENTS),
        ):
            args.fields[key] = self._field(
                parameters, context, key, args.sources[layer], args.names[layer]
            )
        if args.fields[self.DISTRICT_FIELD] is None:
            raise QgsProcessingException(tr("Choose the district name field (DISTRICT_FIELD)."))
        args.date_from = self._date(parameters, context, self.DATE_FROM)
        args.date_to = self._date(parameters, context, self.DATE_TO)
        if args.date_from and args.date_to and args.date_from > args.date_to:
            raise QgsProcessingException(
                tr("DATE_FROM ({0}) is after DATE_TO ({1}).").format(args.date_from, args.date_to)
            )
        return args

    def processAlgorithm(self, parameters, context, feedback):
        args = self._arguments(parameters, context)
        steps = QgsProcessingMultiStepFeedback(8, feedback)
        crs = self._overlay_crs(args.sources[self.HAZARDS], args.sources[self.DISTRICTS])
        self._log_crs(args, crs, feedback)
        polys, warnings = self._read_polygons(args, crs, context, steps)
        if polys is None:
            return {}
        steps.setCurrentStep(4)
        try:
            overlay = coverage_overlay(
                self._layers(args, polys),
                ellipsoid_measure(crs, context),
                progress=lambda f: steps.setProgress(100 * f),
                cancelled=feedback.isCanceled,
            )
        except OperationCancelled:
            return {}
        steps.setCurrentStep(5)
        incidents = self._incidents(args, crs, context, steps, polys)
        run = self._assemble(args, crs, polys, overlay, incidents, warnings)
        for text in run.warnings:
            feedback.pushWarning(text)
        steps.setCurrentStep(6)
        return self._write_all(parameters, context, feedback, args, run)

    def _log_crs(self, args: Arguments, crs, feedback) -> None:
        feedback.pushInfo(
            tr("Overlay in {0}; areas on the WGS 84 ellipsoid.").format(describe(crs))
        )
        for key, source in args.sources.items():
            if source is not None and source.sourceCrs() != crs:
                feedback.pushInfo(
                    tr("Layer '{0}' ({1}) reprojected to {2}.").format(
                        args.names[key], source.sourceCrs().authid(), crs.authid()
                    )
                )

    def _read_polygons(self, args: Arguments, crs, context, steps):
        """The polygon layers as valid geometries in ``crs`` (None when cancelled)."""
        polys: dict[str, PolygonSet] = {}
        warnings: list[str] = []
        for step, (key, value_field) in enumerate(
            (
                (self.DISTRICTS, args.fields[self.DISTRICT_FIELD]),
                (self.RECORDS, None),
                (self.HAZARDS, args.fields[self.HAZARD_TYPE_FIELD]),
                (self.CLEARED, None),
            )
        ):
            steps.setCurrentStep(step)
            source = args.sources[key]
            if source is None:
                continue
            polys[key] = read_polygons(source, args.names[key], crs, context, steps, value_field)
            if steps.isCanceled():
                return None, warnings
            warnings += self._read_warnings(key, polys[key])
            if key == self.DISTRICTS and not polys[key].geometries:
                n = polys[key].n_features
                raise QgsProcessingException(
                    tr("Layer '{0}' (DISTRICTS) has no features.").format(args.names[key])
                    if n == 0
                    else tr(
                        "Layer '{0}' (DISTRICTS): none of its {1} features has a usable "
                        "polygon (no geometry); choose the district boundaries layer."
                    ).format(args.names[key], n)
                )
        return polys, warnings

    def _layers(self, args: Arguments, polys: dict[str, PolygonSet]) -> Layers:
        types = None
        if args.fields[self.HAZARD_TYPE_FIELD]:
            types = [None if v in (None, NULL) else str(v) for v in polys[self.HAZARDS].values]
            n_types = len({t for t in types if t is not None})
            if n_types > MAX_HAZARD_TYPES:
                raise QgsProcessingException(
                    tr(
                        "HAZARD_TYPE_FIELD '{0}' of layer '{1}' has {2} distinct values; choose "
                        "a category field such as hazard_type (SHA/CHA)."
                    ).format(args.fields[self.HAZARD_TYPE_FIELD], args.names[self.HAZARDS], n_types)
                )
        return Layers(
            polys[self.DISTRICTS],
            polys[self.RECORDS],
            polys[self.HAZARDS],
            polys.get(self.CLEARED),
            types,
        )

    def _assemble(self, args: Arguments, crs, polys, overlay, incidents, warnings) -> CoverageRun:
        """The table and everything the outputs and the report need."""
        districts = polys[self.DISTRICTS]
        warnings = warnings + self._incident_warnings(incidents, args)
        names = self._district_names(districts, args, warnings)
        table = coverage_table(
            names,
            self._with_null_districts(overlay, districts),
            overlay.totals,
            incidents.row,
            incidents.in_records,
            incidents.casualties,
            has_casualties=args.fields[self.CASUALTY_FIELD] is not None,
        )
        warnings += self._consistency(table, overlay, args, incidents)
        inputs = [
            {
                "key": key,
                "name": args.names[key],
                "features": source.featureCount(),
                "crs": source.sourceCrs().authid(),
            }
            for key, source in args.sources.items()
            if source is not None
        ]
        return CoverageRun(
            crs,
            names,
            table,
            overlay,
            incidents,
            per_year(incidents.years, incidents.in_records),
            districts,
            polys[self.RECORDS],
            inputs,
            warnings,
            synthetic=any(_synthetic(s) for s in args.sources.values() if s is not None),
            date_from=args.date_from,
            date_to=args.date_to,
            hazard_types=args.fields[self.HAZARD_TYPE_FIELD] is not None,
        )

    def _write_all(self, parameters, context, feedback, args: Arguments, run: CoverageRun):
        record = run_record(
            self.ALGORITHM_ID,
            {
                "inputs": run.inputs,
                "fields": {k: v for k, v in args.fields.items() if v},
                "date_from": str(args.date_from or ""),
                "date_to": str(args.date_to or ""),
                "overlay_crs": run.crs.authid(),
                "ellipsoid": "WGS84",
                "warnings": run.warnings,
            },
        )
        districts = args.sources[self.DISTRICTS]
        report = self._report_path(parameters, context)
        from ..reports.coverage_html import write_report
        from ..reports.coverage_map import render_map_png

        with ExitStack() as stack:  # every output is replaced together, or none
            writers = [
                self._write_table(stack, parameters, context, districts, run),
                self._write_gaps(stack, parameters, context, run),
            ]
            if feedback.isCanceled():
                return {}
            html = stack.enter_context(AtomicFile(report))
            write_report(html.path, run, render_map_png(run))
            writers.append(html)
            self._run, self._record = run, record
            self._pdf = self.parameterAsFileOutput(parameters, self.REPORT_PDF, context)
            self._results = {
                self.OUTPUT: writers[0].dest_id,
                self.GAPS: writers[1].dest_id,
                self.REPORT: report,
            }
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

    def _read_warnings(self, key: str, layer: PolygonSet) -> list[str]:
        return layer.report.messages(tr("not measured (counted in no district)"))

    def _district_names(
        self, districts: PolygonSet, args: Arguments, warnings: list[str]
    ) -> list[str]:
        layer, field_name = args.names[self.DISTRICTS], args.fields[self.DISTRICT_FIELD]
        names = []
        for fid, value in zip(
            districts.feature_ids + districts.null_ids, districts.values + districts.null_values
        ):
            if value in (None, NULL) or not str(value).strip():
                warnings.append(
                    tr("Layer '{0}', feature {1}: empty {2}; named 'District {1}'.").format(
                        layer, fid, field_name
                    )
                )
                value = f"District {fid}"
            names.append(str(value))
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            warnings.append(
                tr(
                    "Layer '{0}': several districts share the name(s) {1}; each "
                    "feature keeps its own row."
                ).format(layer, ", ".join(duplicates))
            )
        return names

    @staticmethod
    def _with_null_districts(overlay: OverlayResult, districts: PolygonSet) -> dict:
        """Areas with zero rows for districts without geometry, before the outside entry."""
        zeros = np.zeros(districts.n_null)
        return {k: np.r_[v[:-1], zeros, v[-1:]] for k, v in overlay.areas.items()}

    def _incidents(self, args: Arguments, crs, context, feedback, polys) -> Incidents:
        """Incident points placed in districts and records, with dates and casualties."""
        source, name = args.sources[self.INCIDENTS], args.names[self.INCIDENTS]
        date_field = args.fields[self.DATE_FIELD]
        casualty_field = args.fields[self.CASUALTY_FIELD]
        date_from, date_to = args.date_from, args.date_to
        read = read_source(source, name, crs, context, feedback, keep_features=True)
        idx, xy = read.geometry.first_vertex()
        days = np.full(read.n_features, -1, dtype=np.int64)
        years = np.zeros(read.n_features, dtype=np.int64)
        casualties = np.full(read.n_features, np.nan)
        n_no_date = n_bad_date = n_bad_cas = 0
        for i, feature in enumerate(read.features):
            if date_field:
                day, status = _day(feature[date_field])
                n_no_date += status == "null"
                n_bad_date += status == "bad"
                if day is not None:
                    days[i], years[i] = day.toordinal(), day.year
            if casualty_field:
                value = feature[casualty_field]
                try:
                    casualties[i] = float(value) if value not in (None, NULL) else np.nan
                except (TypeError, ValueError):
                    n_bad_cas += 1
        keep = np.zeros(read.n_features, dtype=bool)
        keep[idx] = True
        n_filtered = int(np.count_nonzero(keep & ~date_filter(days, date_from, date_to)))
        keep &= date_filter(days, date_from, date_to)
        sel = keep[idx]
        px, py, feat = xy[sel, 0], xy[sel, 1], idx[sel]
        n_districts = len(polys[self.DISTRICTS].geometries) + polys[self.DISTRICTS].n_null
        row = locate_points(px, py, polys[self.DISTRICTS].arrays(), BOUNDARY_TOLERANCE_M)
        row = np.where(row < 0, n_districts, row)
        in_records = locate_points(px, py, polys[self.RECORDS].arrays(), BOUNDARY_TOLERANCE_M) >= 0
        return Incidents(
            px,
            py,
            row,
            in_records,
            casualties[feat],
            years[feat],
            read.n_features,
            read.n_null,
            n_no_date,
            n_bad_date,
            n_filtered,
            n_bad_cas,
            read.report.messages(tr("not counted")),
        )

    def _incident_warnings(self, inc: Incidents, args: Arguments) -> list[str]:
        name, date_field = args.names[self.INCIDENTS], args.fields[self.DATE_FIELD]
        filtering = args.date_from or args.date_to
        out = list(inc.geometry_warnings)
        if inc.n_bad_date or inc.n_no_date:
            kept = tr(", kept although DATE_FROM/DATE_TO filter the others") if filtering else ""
            out.append(
                tr(
                    "Layer '{0}' field '{1}': {2} incidents with an unparsable date and "
                    "{3} without a date are counted under 'unknown year'{4}."
                ).format(name, date_field, inc.n_bad_date, inc.n_no_date, kept)
            )
        if inc.n_bad_casualties:
            out.append(
                tr("Layer '{0}': {1} casualty values are not numbers; counted as 0.").format(
                    name, inc.n_bad_casualties
                )
            )
        if inc.n_filtered:
            out.append(
                tr("{0} incidents outside DATE_FROM/DATE_TO are left out.").format(inc.n_filtered)
            )
        return out

    def _consistency(self, table, overlay, args: Arguments, inc: Incidents) -> list[str]:
        """Refuse districts that overlap nothing; warn when rows do not add up."""
        d_name, h_name = args.names[self.DISTRICTS], args.names[self.HAZARDS]
        r_name = args.names[self.RECORDS]
        n = table.n_districts
        inside = float(np.nansum(overlay.areas["hazard_ha"][:-1]))
        inside += float(np.nansum(overlay.areas["records_ha"][:-1]))
        if inside == 0 and not np.any(inc.row < n):
            raise QgsProcessingException(
                tr(
                    "Layer '{0}' (DISTRICTS) does not overlap any hazard of '{1}', record of "
                    "'{2}' or incident: check that the layers cover the same region and that "
                    "their CRS is set correctly."
                ).format(d_name, h_name, r_name)
            )
        out = []
        summed = float(np.sum(overlay.areas["district_ha"][:-1]))
        union = overlay.district_union_ha
        if union > 0 and abs(summed - union) / union > SUM_TOLERANCE:
            out.append(
                tr(
                    "Layer '{0}': districts overlap ({1:.2f} ha counted in more than one "
                    "district); district rows add up to more than the total."
                ).format(d_name, summed - union)
            )
        worst = max(table.sum_gap.items(), key=lambda kv: kv[1])
        if worst[1] > SUM_TOLERANCE:
            out.append(
                tr("District rows differ from the total by {0:.3f} % ({1}).").format(
                    100 * worst[1], worst[0]
                )
            )
        return out

    # -- writing ----------------------------------------------------------------------------

    def _write_table(self, stack, parameters, context, districts, run: CoverageRun) -> AtomicSink:
        fields = QgsFields()
        fields.append(make_field("district", "string"))
        for name in FIELDS:
            kind = "int" if name in ("incidents", "incidents_in_records") else "double"
            fields.append(make_field(name, kind))
        geometries = self._district_geometries(districts, run.districts)
        wkb = QgsWkbTypes.multiType(districts.wkbType())
        out = stack.enter_context(
            AtomicSink(self, parameters, self.OUTPUT, context, fields, wkb, districts.sourceCrs())
        )
        for i, name in enumerate(run.table.names):
            feature = QgsFeature(fields)
            if i < len(geometries) and geometries[i] is not None:
                feature.setGeometry(geometries[i])
            values = run.table.row(i)
            feature.setAttributes([name] + [_value(values[f], f) for f in FIELDS])
            out.add(feature)
        return out

    @staticmethod
    def _district_geometries(districts, read: PolygonSet) -> list:
        """Source-CRS geometry of each district row (read order, null geometries last)."""
        ids = read.feature_ids + read.null_ids
        by_id = {
            f.id(): f.geometry()
            for f in iter_features(districts, QgsFeatureRequest().setNoAttributes())
        }
        out = []
        for fid in ids:
            geom = by_id.get(fid)
            if geom is None or geom.isNull():
                out.append(None)
                continue
            geom = QgsGeometry(geom)
            geom.convertToMultiType()
            out.append(geom)
        return out

    def _write_gaps(self, stack, parameters, context, run: CoverageRun) -> AtomicSink:
        fields = QgsFields()
        for name, kind in (
            ("gap_id", "int"),
            ("district", "string"),
            ("hazard_type", "string"),
            ("area_ha", "double"),
        ):
            fields.append(make_field(name, kind))
        measure = ellipsoid_measure(run.crs, context)
        n_valid = len(run.districts.geometries)  # overlay rows: valid districts, then outside
        gap_id = 0
        out = stack.enter_context(
            AtomicSink(
                self, parameters, self.GAPS, context, fields, QgsWkbTypes.Type.MultiPolygon, run.crs
            )
        )
        for row, kind, geom in run.overlay.gaps:
            district = run.names[row] if row < n_valid else OUTSIDE
            for part in geom.asGeometryCollection():
                area = measure.measureArea(part) / M2_PER_HA
                if area <= 0:
                    continue
                gap_id += 1
                label = tr("(no type)") if kind is None else kind
                run.gap_ha_by_type[label] = run.gap_ha_by_type.get(label, 0.0) + area
                part.convertToMultiType()
                feature = QgsFeature(fields)
                feature.setGeometry(part)
                feature.setAttributes([gap_id, district, NULL if kind is None else kind, area])
                out.add(feature)
        return out

    def _report_path(self, parameters, context) -> str:
        path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if not path:
            path = QgsProcessingUtils.generateTempFilename("coverage_report.html")
        return path

    def postProcessAlgorithm(self, context, feedback):
        results = dict(self._results)
        if self._pending:
            from ..reports.coverage_layout import export_pdf

            with ExitStack() as stack:
                for writer in self._pending:
                    stack.callback(writer.discard)  # nothing left to discard after the commit
                pdf = stack.enter_context(AtomicFile(self._pdf))
                export_pdf(self._run, str(pdf.path))
                done = commit_all([*self._pending, pdf], feedback.isCanceled)
            self._pending = []
            if done is None:
                return {}
            self._describe()
            feedback.pushInfo(tr("Report written to {0}").format(self._results[self.REPORT]))
            feedback.pushInfo(tr("PDF report written to {0}").format(self._pdf))
            results[self.REPORT_PDF] = self._pdf
        for dest, style, metadata in self._styles:
            style_on_load(context, dest, style, metadata)
        return results


def _layer_label(value, source, key: str) -> str:
    """A readable input name: the layer name, or the GeoPackage table of a path."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, QgsMapLayer):
        return value.name()
    if isinstance(value, str) and "layername=" in value:
        return value.split("layername=", 1)[1].split("|")[0]
    return source.sourceName() or key


def _value(x: float, name: str):
    if not math.isfinite(x):
        return NULL
    return round(x) if name in ("incidents", "incidents_in_records") else float(x)


def _day(value) -> tuple[dt.date | None, str]:
    """A date from a QDate/QDateTime/text attribute and its status: ok, null or bad."""
    if value is None or value == NULL:
        return None, "null"
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return (value.toPyDate(), "ok") if value.isValid() else (None, "bad")
    if isinstance(value, (dt.datetime, dt.date)):
        return (value.date() if isinstance(value, dt.datetime) else value), "ok"
    text = str(value).strip()
    if not text:
        return None, "null"
    day = parse_date(text)
    return (day, "ok") if day is not None else (None, "bad")


def _synthetic(source) -> bool:
    """True when the layer's ``source`` field says "synthetic" (the demo data)."""
    index = source.fields().lookupField("source")
    if index < 0:
        return False
    request = QgsFeatureRequest().setLimit(1).setSubsetOfAttributes([index])
    return any(
        "synthetic" in str(f.attributes()[index]).lower() for f in iter_features(source, request)
    )
