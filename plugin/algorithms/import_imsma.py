"""``clearance:import_imsma`` — an IMSMA NG or Core export mapped onto the plugin's schema."""

from __future__ import annotations

from contextlib import ExitStack
from typing import ClassVar

from qgis.core import (
    NULL,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..engine.imsma_import import FLAVOUR_NAMES, OUTPUT_KIND, ImportResult, import_table
from ..engine.imsma_mapping import KINDS, Mapping, MappingError, load_mapping
from ..engine.text import Text
from ..i18n import QT_TR_NOOP, tr, tr_message
from ..paths import IMSMA_MAPPING
from ..qgis_io.atomic import AtomicFile
from ..qgis_io.crs import describe
from ..qgis_io.fields import make_field
from ..qgis_io.geometries import OK
from ..qgis_io.imsma_source import (
    TABLE,
    OutputGeometries,
    csv_input,
    output_geometries,
    read_export,
)
from ..qgis_io.layers import require_crs
from ..qgis_io.provenance import layer_metadata, record_in_geopackage, run_record
from ..qgis_io.sinks import AtomicSink, clear_empty_geometries, commit_all
from ..qgis_io.styling import style_on_load
from ..reports.imsma_report import build_sections, write_report
from .base import ClearanceAlgorithm

EXTRA_FIELDS = (("import_notes", "string"), ("geometry_state", "string"))
RESERVED = "fid"  # a GeoPackage output's own key: kept only when it holds integers

HELP = QT_TR_NOOP(
    """Maps an IMSMA export onto the plugin's schema, so every other algorithm takes it \
as it is. INPUT: a hazard (land), activity (hazard reduction), accident or victim export of \
IMSMA NG (v6) or IMSMA Core: a GeoPackage, shapefile or file geodatabase layer, or a CSV \
file with a WKT column or latitude/longitude columns (WGS 84 unless the mapping says \
otherwise). KIND says which. NG or Core is detected from the field names.

A hazard becomes hazard_id, hazard_type (Indication, SHA, CHA, Ammunition storage, EOD spot \
task), status (Open, Worked on, Closed, Handed over), district, estimated_area_m2, \
remaining_area_m2, area_m2 (remaining, else estimated, else the polygon's area), \
device_category (AP, AT, ERW, IED, mixed), evidence, access_secure, land_disputed, method \
and source; an accident becomes incident_id, incident_date, incident_type (mine, erw, \
demining), device_category, killed, injured and casualties; see docs/imsma.md for every \
field. Values are matched in any case and spacing, with synonyms in several languages.

MAPPING (optional): a JSON file over the shipped defaults (field names, synonyms; format \
in docs/imsma.md). Nothing is dropped: every feature is written (null and invalid \
geometries kept, invalid ones repaired, the state in geometry_state), every original field \
is kept (renamed with the mapping's prefix when its name is a target's), and a value that \
is not in a vocabulary or a number that does not parse ("n/a", "1 234,5") is NULL with the \
raw text in the original field and in import_notes. REPORT (HTML, or CSV by extension) \
lists every source field, every value seen per enumerated field and what it became, every \
unmapped value, parse failure, duplicate id and geometry repair."""
)


class ImportImsmaAlgorithm(ClearanceAlgorithm):
    """IMSMA NG / Core export → the plugin's hazard, activity, accident or victim schema."""

    ALGORITHM_ID = "import_imsma"
    DISPLAY_NAME = QT_TR_NOOP("Import IMSMA export")
    GROUP = QT_TR_NOOP("Programme data")
    GROUP_ID = "programme_data"
    HELP = HELP
    NO_CRS_NEEDED = ("INPUT",)  # a CSV's WKT takes the mapping's CRS; layers are checked below

    INPUT, KIND, MAPPING, OUTPUT, REPORT = "INPUT", "KIND", "MAPPING", "OUTPUT", "REPORT"
    COUNTS = (  # besides the shared GEOMETRY_COUNTS (FEATURES: features written)
        ("MAPPED_FIELDS", QT_TR_NOOP("Target fields found in the export"), "number"),
        ("UNMAPPED_FIELDS", QT_TR_NOOP("Source fields kept unmapped"), "number"),
        ("UNMAPPED_VALUES", QT_TR_NOOP("Values not in a vocabulary"), "number"),
        ("PARSE_FAILURES", QT_TR_NOOP("Numbers and dates that did not parse"), "number"),
        ("DUPLICATE_IDS", QT_TR_NOOP("Ids held by more than one feature"), "number"),
        # the names of the first releases, kept for models and scripts: aliases of
        # REPAIRED_GEOMETRIES, DEGENERATE_GEOMETRIES and NULL_GEOMETRIES (ALIASES)
        ("GEOMETRY_REPAIRED", QT_TR_NOOP("Geometries repaired (= REPAIRED_GEOMETRIES)"), "number"),
        (
            "GEOMETRY_KEPT",
            QT_TR_NOOP("Geometries kept as they came, not repairable (= DEGENERATE_GEOMETRIES)"),
            "number",
        ),
        ("GEOMETRY_NULL", QT_TR_NOOP("Features without geometry (= NULL_GEOMETRIES)"), "number"),
    )
    ALIASES: ClassVar[dict[str, str]] = {
        "GEOMETRY_REPAIRED": "REPAIRED_GEOMETRIES",
        "GEOMETRY_KEPT": "DEGENERATE_GEOMETRIES",
        "GEOMETRY_NULL": "NULL_GEOMETRIES",
    }

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("IMSMA export"), [QgsProcessing.SourceType.TypeVector]
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.KIND,
                tr("What the export holds"),
                options=list(KINDS),
                defaultValue=KINDS[0],
                usesStaticStrings=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.MAPPING,
                tr("Mapping file (JSON, over the shipped defaults)"),
                extension="json",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Imported layer"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.REPORT,
                tr("Mapping report"),
                tr("HTML files (*.html);;CSV files (*.csv)"),
            )
        )
        self.addOutput(QgsProcessingOutputString("FLAVOUR", tr("IMSMA generation detected")))
        self.add_count_outputs(self.COUNTS)

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        name = source.sourceName() or self.INPUT
        kind = self.parameterAsEnumString(parameters, self.KIND, context) or KINDS[0]
        if kind not in KINDS:
            raise QgsProcessingException(
                tr("KIND '{0}' is not one of {1}.").format(kind, ", ".join(KINDS))
            )
        mapping = self._mapping(parameters, context)
        found = getattr(self, "_csv", None)
        table = read_export(source, found, name, mapping, kind, feedback)
        if feedback.isCanceled():
            return {}
        if not table.csv and source.wkbType() != QgsWkbTypes.Type.NoGeometry:
            require_crs(source, name)
        geoms = output_geometries(table, None if table.csv else source.wkbType(), context)
        result = import_table(table.names, table.rows, kind, mapping, geoms.areas)
        fields, kept_as = _output_fields(result, table.fields, mapping.prefix)
        results = self._write(parameters, context, table, geoms, result, fields, feedback)
        if not results:
            return {}
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        results.update(self._counts(result, geoms, kept_as))
        self._describe(context, results, table.name, kind, parameters)
        _warn(feedback, name, results, report)
        if str(results[self.OUTPUT]).lower().endswith(".shp"):
            feedback.pushWarning(
                tr(
                    "OUTPUT is a shapefile: field names are cut to 10 characters (hazard_type "
                    "becomes hazard_typ), so other algorithms will not find them by name; "
                    "write a GeoPackage instead."
                )
            )
        feedback.pushInfo(
            tr("{0} features of an IMSMA {1} {2} export written; report: {3}").format(
                results["FEATURES"], FLAVOUR_NAMES[result.flavour], kind, report
            )
        )
        return results

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        """Find INPUT's CSV file on the main thread (the run may be a background task)."""
        ok = super().prepareAlgorithm(parameters, context, feedback)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        self._csv = csv_input(layer, parameters.get(self.INPUT)) if layer is not None else None
        return ok

    def _describe(self, context, results: dict, name: str, kind: str, parameters) -> None:
        """Run record and layer metadata of OUTPUT (GeoPackage: also its clearance_runs)."""
        settings = {
            "input": name,
            "kind": kind,
            "mapping": self.parameterAsFile(parameters, self.MAPPING, context) or "defaults",
            **{k: v for k, v in results.items() if k not in (self.OUTPUT, self.REPORT)},
        }
        record = run_record(self.ALGORITHM_ID, settings)
        metadata = layer_metadata(
            tr("IMSMA {0} export ({1})").format(kind, FLAVOUR_NAMES[results["FLAVOUR"]]),
            tr("Imported from '{0}' by Clearance Planner; mapping report: {1}").format(
                name, results[self.REPORT]
            ),
            record,
        )
        record_in_geopackage(results[self.OUTPUT], record, metadata, None)
        style_on_load(context, results[self.OUTPUT], None, metadata)

    def _mapping(self, parameters, context) -> Mapping:
        user = self.parameterAsFile(parameters, self.MAPPING, context)
        try:
            return load_mapping(IMSMA_MAPPING, user or None)
        except MappingError as exc:
            raise QgsProcessingException(
                tr("Mapping file '{0}', key '{1}': {2} (MAPPING).").format(
                    exc.path, tr_message(exc.key), tr_message(exc.message)
                )
            ) from exc

    def _write(self, parameters, context, table, geoms, result, fields, feedback) -> dict:
        """OUTPUT and REPORT, replaced together or not at all ({} if cancelled)."""
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        with ExitStack() as stack:
            out = stack.enter_context(
                AtomicSink(
                    self, parameters, self.OUTPUT, context, fields, geoms.wkb_type, table.crs
                )
            )
            for row in range(result.n_rows):
                if row % 1000 == 0 and feedback.isCanceled():
                    return {}
                out.add(_feature(fields, result, table, geoms, row))
            doc = stack.enter_context(AtomicFile(report))
            sections = build_sections(
                result,
                self._summary(table, result, geoms, parameters, context),
                _source_rows(table.fields, fields, result),
                _geometry_rows(result, geoms),
            )
            title = tr("IMSMA import: {0} ({1} {2})").format(
                table.name, FLAVOUR_NAMES[result.flavour], result.kind
            )
            write_report(doc.path, title, sections)
            dests = commit_all([out, doc], feedback.isCanceled)
        if dests is None:
            return {}
        clear_empty_geometries(dests[0])
        return {self.OUTPUT: dests[0], self.REPORT: report, "FLAVOUR": result.flavour}

    def _summary(self, table, result: ImportResult, geoms, parameters, context) -> list:
        user = self.parameterAsFile(parameters, self.MAPPING, context)
        decided = ", ".join(result.flavour_fields) or tr("the field names of each candidate")
        return [
            (tr("Input"), table.name),
            (tr("Kind"), result.kind),
            (tr("IMSMA generation"), f"{FLAVOUR_NAMES[result.flavour]} ({decided})"),
            (tr("Mapping"), user or tr("shipped defaults")),
            (tr("Geometry"), table.geometry_from),
            (tr("CRS"), describe(table.crs) if table.crs.isValid() else tr("none")),
            (tr("Rows read"), table.source_rows or len(table.rows)),
            (tr("Features written"), result.n_rows),
            (tr("Unmapped values"), result.n_unmapped_values),
            (tr("Parse failures"), result.n_failures),
            (tr("Geometries repaired"), geoms.states.count("repaired")),
            (tr("Geometries kept as they came"), geoms.states.count("degenerate")),
            (tr("Features without geometry"), sum(g is None for g in geoms.geometries)),
        ]

    def _counts(self, result: ImportResult, geoms: OutputGeometries, kept_as: dict) -> dict:
        used = result.used_sources()
        counts = {
            "FEATURES": result.n_rows,
            "REPAIRED_GEOMETRIES": geoms.states.count("repaired"),
            "DEGENERATE_GEOMETRIES": geoms.states.count("degenerate"),
            "NULL_GEOMETRIES": sum(g is None for g in geoms.geometries),
            "MAPPED_FIELDS": sum(v is not None for v in result.sources.values()),
            "UNMAPPED_FIELDS": sum(1 for n in kept_as if n not in used),
            "UNMAPPED_VALUES": result.n_unmapped_values,
            "PARSE_FAILURES": result.n_failures,
            "DUPLICATE_IDS": len(result.duplicate_ids),
        }
        counts.update({alias: counts[name] for alias, name in self.ALIASES.items()})
        return counts


def _warn(feedback, name: str, counts: dict, report: str) -> None:
    """One warning naming the layer when geometries were repaired, kept or missing."""
    parts = [
        tr("{0} without geometry").format(counts["NULL_GEOMETRIES"]),
        tr("{0} repaired").format(counts["REPAIRED_GEOMETRIES"]),
        tr("{0} kept as they came (not repairable)").format(counts["DEGENERATE_GEOMETRIES"]),
    ]
    if counts["NULL_GEOMETRIES"] + counts["REPAIRED_GEOMETRIES"] + counts["DEGENERATE_GEOMETRIES"]:
        feedback.pushWarning(
            tr("Layer '{0}': every feature written; geometries: {1} (listed in {2}).").format(
                name, ", ".join(parts), report
            )
        )


def _output_fields(result: ImportResult, source_fields, prefix: str) -> tuple[QgsFields, dict]:
    """Targets, import_notes and geometry_state, then every source field (renamed with
    ``prefix`` when its name is taken); also source name -> output name."""
    out = QgsFields()
    for spec in result.specs:
        out.append(make_field(spec.name, OUTPUT_KIND[spec.type]))
    for name, kind in EXTRA_FIELDS:
        out.append(make_field(name, kind))
    taken = {out.at(i).name().lower() for i in range(out.count())}
    kept_as = {}
    for source_field in source_fields:
        new = source_field.name()
        if new.lower() == RESERVED and not source_field.isNumeric():
            new = prefix + new
        while new.lower() in taken:
            new = prefix + new
        taken.add(new.lower())
        copy = QgsField(source_field)
        copy.setName(new)
        out.append(copy)
        kept_as[source_field.name()] = new
    return out, kept_as


def _value(value, kind: str):
    if value is None:
        return NULL
    if kind == "date":
        return QDate(value.year, value.month, value.day)
    return value


def _feature(fields, result: ImportResult, table, geoms: OutputGeometries, row: int):
    f = QgsFeature(fields)
    mapped = [_value(result.columns[s.name][row], OUTPUT_KIND[s.type]) for s in result.specs]
    notes = [tr_message(note) for note in result.notes[row]]
    if row in table.row_notes:
        notes.append(tr("geometry: {0}").format(table.row_notes[row]))
    if geoms.states[row] not in (OK, TABLE):
        notes.append(tr("geometry: {0}").format(geoms.notes[row]))
    original = table.attributes[row] if table.attributes else table.rows[row]
    f.setAttributes(
        [*mapped, "; ".join(notes) or NULL, geoms.states[row], *[_raw(v) for v in original]]
    )
    if geoms.geometries[row] is not None:
        f.setGeometry(geoms.geometries[row])
    return f


def _raw(value):
    return NULL if value is None else value


def _source_rows(source_fields, fields, result: ImportResult) -> list:
    first = fields.count() - source_fields.count()
    return [
        (source_fields.at(i).name(), source_fields.at(i).typeName(), fields.at(first + i).name())
        for i in range(source_fields.count())
    ]


def _geometry_rows(result: ImportResult, geoms: OutputGeometries) -> list:
    id_spec = next((s for s in result.specs if s.type == "id"), None)
    ids = result.columns[id_spec.name] if id_spec is not None else [None] * result.n_rows
    return [
        (_row_name(row, ids[row]), state, note)
        for row, (state, note) in enumerate(zip(geoms.states, geoms.notes))
        if state not in (OK, TABLE)
    ]


def _row_name(row: int, id_value) -> Text:
    """``row 3`` or ``row 3 (HZ-1)``: a geometry of the report."""
    if id_value is None:
        return Text(QT_TR_NOOP("row {0}"), row + 1)
    return Text(QT_TR_NOOP("row {0} ({1})"), row + 1, id_value)
