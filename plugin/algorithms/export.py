"""``clearance:export`` — a work plan (or any clearance polygon layer) for the field, written
atomically to one folder: GeoPackage with styles, KML/KMZ, GPX, CSV and a PDF task atlas."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..engine.fieldfiles import csv_text, gpx_document, kml_document
from ..engine.progress import OperationCancelled
from ..engine.utm import UtmZone
from ..i18n import QT_TR_NOOP, tr, tr_message
from ..paths import style_path
from ..qgis_io.atomic import AtomicFolder
from ..qgis_io.field_export import field_plan, write_geopackage
from ..qgis_io.ids import feature_ids, id_field_parameter, require_field
from ..qgis_io.provenance import append_run, run_record
from ..qgis_io.sinks import commit_all
from ..reports.atlas import atlas_pdf
from ..reports.gantt import METHOD_COLOURS
from .base import ClearanceAlgorithm, geometry_counts
from .check_geometry import CheckGeometryAlgorithm as CheckGeometry

FORMATS = ("GeoPackage", "KML", "KMZ", "GPX", "CSV", "PDF atlas")
# shipped style applied to a layer still drawn with QGIS's default single symbol
AUTO_STYLES = (
    ("workplan", {"task_id", "method"}),
    ("hazards", {"hazard_type", "status"}),  # IMAS colours at 50 %, also for prioritised ones
    ("priority", {"priority_class"}),
    ("settlements", {"geonameid", "population"}),
)

HELP = QT_TR_NOOP(
    """Writes a work plan (or any polygon layer) for field teams into FOLDER:

- NAME.gpkg: INPUT plus the optional HAZARDS and SETTLEMENTS layers, each with its current \
QGIS style embedded (layer_styles), so they open styled; a clearance_runs table records the run;
- NAME.kml and NAME.kmz: one placemark per feature with coordinates, name = ID_FIELD, \
description = method, team, dates, area; polygons in WGS 84;
- NAME.gpx: a waypoint per turning point (exterior-ring vertex), named ID-TPn, with its UTM \
coordinates;
- NAME.csv: one row per feature, with or without geometry, with turning points in WGS 84 \
(lat lon) and UTM (easting northing), outside_zone and a coordinate_note saying why a row has \
no coordinates; text cells starting with = + - @ are escaped;
- NAME_atlas.pdf, the field pack: one A4 page per feature with coordinates: map with \
neighbours and context layers, UTM grid, scale bar, north arrow, a locator map of the whole \
export, a legend, the original hazard id (parent_id or hazard_id), the land-release step, the \
benchmark (a benchmark field, when the layer has one) and the reference point (TP1), the \
feature's attributes and its turning-point table: each exterior-ring vertex in UTM (0.1 m), \
decimal degrees (0.000001°), degrees-minutes-seconds (0.01") and MGRS (1 m, truncated), \
continued on further pages with its header repeated when it does not fit. PAGES counts the \
PDF's pages.

One UTM zone serves the whole export (CSV, GPX, KML and atlas grid): UTM_ZONE (e.g. 38N), or \
by default the zone of the centre of the plan's extent in WGS 84. Tasks beyond that zone's \
valid range (its 6° of longitude and hemisphere) keep coordinates in it and are flagged \
outside_zone. Features with no usable geometry (null, empty, no area, NaN, not transformable) \
are named in a warning and kept in the CSV without coordinates.

NAME is the input layer's name. The folder is written beside the target and renamed at the \
end: a failed or cancelled export leaves nothing, and an existing non-empty folder is only \
replaced when OVERWRITE is set.""",
)


QA_FILE = "geometry_problems.csv"


class ExportAlgorithm(ClearanceAlgorithm):
    """Field export in one go, atomic at folder level."""

    ALGORITHM_ID = "export"
    DISPLAY_NAME = QT_TR_NOOP("Export for the field")
    GROUP = QT_TR_NOOP("Planning")
    GROUP_ID = "planning"
    HELP = HELP

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    HAZARDS = "HAZARDS"
    SETTLEMENTS = "SETTLEMENTS"
    FORMATS = "FORMATS"
    UTM_ZONE = "UTM_ZONE"
    TITLE = "TITLE"
    OVERWRITE = "OVERWRITE"
    FOLDER = "FOLDER"
    GPKG = "GPKG"
    KML = "KML"
    KMZ = "KMZ"
    GPX = "GPX"
    CSV = "CSV"
    PDF = "PDF"
    PAGES = "PAGES"
    GEOMETRY_PROBLEMS = "GEOMETRY_PROBLEMS"

    def flags(self):
        # print layouts and layer clones need the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT,
                tr("Work plan or clearance layer (polygons)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.addParameter(id_field_parameter(self.INPUT))
        for name, label in (
            (self.HAZARDS, QT_TR_NOOP("Hazards shown on the atlas and packed")),
            (
                self.SETTLEMENTS,
                QT_TR_NOOP("Settlements shown on the atlas and packed"),
            ),
        ):
            self.addParameter(
                QgsProcessingParameterVectorLayer(
                    name, tr(label), [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FORMATS,
                tr("Formats"),
                list(FORMATS),
                allowMultiple=True,
                defaultValue=list(range(len(FORMATS))),
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.TITLE, tr("Title on the atlas pages"), "Work plan")
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.UTM_ZONE,
                tr("UTM zone of the coordinates and grid, e.g. 38N (default: zone of the extent)"),
                "",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.OVERWRITE, tr("Replace an existing export folder"), False
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination(self.FOLDER, tr("Export folder")))
        for key in (self.GPKG, self.KML, self.KMZ, self.GPX, self.CSV, self.PDF):
            self.addOutput(QgsProcessingOutputFile(key, tr("{0} file").format(key)))
        self.addOutput(
            QgsProcessingOutputNumber(
                self.PAGES, tr("Atlas pages (PDF pages, continuation pages included)")
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(
                self.GEOMETRY_PROBLEMS, tr("Geometry problems (clearance:check_geometry)")
            )
        )
        self.add_count_outputs(
            (
                ("TASKS", QT_TR_NOOP("Tasks with coordinates (placemarks, atlas tasks)"), "number"),
                ("OUTSIDE_ZONE", QT_TR_NOOP("Tasks beyond the UTM zone's valid range"), "number"),
            )
        )

    def _input(self, parameters, context):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                tr("Layer '{0}' (INPUT) must be a polygon layer.").format(layer.name())
            )
        if layer.featureCount() == 0:
            raise QgsProcessingException(
                tr("Layer '{0}' (INPUT) has no features.").format(layer.name())
            )
        require_field(
            layer, layer.name(), self.parameterAsString(parameters, self.ID_FIELD, context)
        )
        return layer

    def _check_geometry(self, layer, id_field, folder, context, feedback) -> int:
        """Run clearance:check_geometry first; its report travels with the export."""
        from qgis import processing

        result = processing.run(
            "clearance:check_geometry",
            {
                CheckGeometry.INPUT: layer,
                CheckGeometry.ID_FIELD: id_field,
                CheckGeometry.OUTPUT: str(folder / QA_FILE),
            },
            context=context,
            feedback=_quiet_child(feedback),  # its log names the temporary folder
            is_child_algorithm=True,
        )
        if feedback.isCanceled():
            raise OperationCancelled()
        problems = int(result[CheckGeometry.PROBLEMS])
        if problems:
            feedback.pushWarning(
                tr("{0} geometry problem(s) in '{1}': see {2} in the export folder.").format(
                    problems, layer.name(), QA_FILE
                )
            )
        return problems

    def processAlgorithm(self, parameters, context, feedback):
        layer = self._input(parameters, context)
        ids = feature_ids(
            layer,
            layer.name(),
            self.parameterAsString(parameters, self.ID_FIELD, context),
            feedback,
        )
        id_field = ids.field
        formats = {FORMATS[i] for i in self.parameterAsEnums(parameters, self.FORMATS, context)}
        if not formats:
            raise QgsProcessingException(tr("FORMATS: choose at least one format."))
        target = Path(self.parameterAsFileOutput(parameters, self.FOLDER, context))
        overwrite = self.parameterAsBool(parameters, self.OVERWRITE, context)
        if target.exists() and (not target.is_dir() or any(target.iterdir())) and not overwrite:
            raise QgsProcessingException(
                tr("'{0}' exists and is not empty; set OVERWRITE to replace it.").format(target)
            )
        title = self.parameterAsString(parameters, self.TITLE, context) or layer.name()
        zone = self._zone(parameters, context)
        context_layers = [
            lyr
            for lyr in (
                self.parameterAsVectorLayer(parameters, key, context)
                for key in (self.HAZARDS, self.SETTLEMENTS)
            )
            if lyr is not None
        ]
        with AtomicFolder(target) as folder:  # swapped in whole at the end, or not at all
            temp = folder.path
            try:
                problems = self._check_geometry(layer, id_field, temp, context, feedback)
                files = self._write_all(
                    temp, formats, layer, ids, zone, context_layers, title, context, feedback
                )
                committed = commit_all([folder], feedback.isCanceled)
            except OperationCancelled:
                committed = None
            if committed is None:
                feedback.reportError(tr("Export cancelled; nothing was written."))
                return {}
        out = {self.FOLDER: str(target), self.GEOMETRY_PROBLEMS: problems, **self._counts}
        out.update({k: str(target / v) for k, v in files.items() if k != self.PAGES})
        if self.PAGES in files:
            out[self.PAGES] = files[self.PAGES]
        return out

    def _zone(self, parameters, context) -> UtmZone | None:
        """The UTM_ZONE parameter (None when empty: the zone of the plan's extent)."""
        text = self.parameterAsString(parameters, self.UTM_ZONE, context).strip()
        if not text:
            return None
        try:
            return UtmZone.parse(text)
        except ValueError:
            raise QgsProcessingException(
                tr(
                    "UTM_ZONE: '{0}' is not a UTM zone; give its number (1-60) and hemisphere, "
                    "e.g. 38N or 38S, or leave it empty for the zone of the plan's extent."
                ).format(text)
            ) from None

    def _write_all(
        self, folder, formats, layer, ids, zone, context_layers, title, context, feedback
    ) -> dict:
        stem = _slug(layer.name()) or "tasks"
        styled = [_with_style(layer)] + [_with_style(lyr) for lyr in context_layers]
        plan = field_plan(layer, ids.label_of(), zone, context, feedback)
        tasks = plan.tasks
        self._counts = {
            **geometry_counts(plan.report),
            "TASKS": len(plan.located_ids()),
            "OUTSIDE_ZONE": len(plan.outside_ids()),
        }
        feedback.pushInfo(
            tr("Coordinates in WGS 84 / UTM zone {0} (EPSG:{1}).").format(
                plan.zone.label, plan.zone.epsg
            )
        )
        files: dict = {}
        feedback.setProgress(10)
        if "GeoPackage" in formats:
            names = [stem] + [
                _slug(lyr.name()) or f"layer{i}" for i, lyr in enumerate(context_layers)
            ]
            path = folder / f"{stem}.gpkg"
            write_geopackage(path, list(zip(_unique(names), styled)), context)
            record = run_record(
                self.ALGORITHM_ID,
                {"input": layer.source(), "title": title, "utm_zone": plan.zone.label},
            )
            record["geometry"] = plan.report.record()
            append_run(str(path), stem, record)
            files[self.GPKG] = path.name
        feedback.setProgress(30)
        if formats & {"KML", "KMZ"}:
            kml = kml_document(tasks, title, METHOD_COLOURS, plan.zone, tr_message)
            if "KML" in formats:
                (folder / f"{stem}.kml").write_bytes(kml)
                files[self.KML] = f"{stem}.kml"
            if "KMZ" in formats:
                with zipfile.ZipFile(folder / f"{stem}.kmz", "w", zipfile.ZIP_DEFLATED) as kmz:
                    kmz.writestr("doc.kml", kml)
                files[self.KMZ] = f"{stem}.kmz"
        if "GPX" in formats:
            (folder / f"{stem}.gpx").write_bytes(gpx_document(tasks, title, plan.zone, tr_message))
            files[self.GPX] = f"{stem}.gpx"
        if "CSV" in formats:
            columns = layer.fields().names()
            (folder / f"{stem}.csv").write_text(
                csv_text(tasks, columns, plan.zone), encoding="utf-8"
            )
            files[self.CSV] = f"{stem}.csv"
        feedback.setProgress(40)
        if "PDF atlas" in formats:
            if feedback.isCanceled():
                raise OperationCancelled()
            pages = atlas_pdf(
                folder / f"{stem}_atlas.pdf", styled[0], styled[1:], title, plan, feedback
            )
            files[self.PDF] = f"{stem}_atlas.pdf"
            files[self.PAGES] = pages
            feedback.pushInfo(tr("PDF atlas: {0} pages").format(pages))
        feedback.setProgress(100)
        return files


def _quiet_child(feedback) -> QgsProcessingFeedback:
    """Feedback for a child run that is cancelled with ``feedback`` but logs nothing (its
    messages name temporary paths; the export reports the outcome itself)."""
    child = QgsProcessingFeedback(False)
    feedback.canceled.connect(child.cancel)
    if feedback.isCanceled():
        child.cancel()
    return child


def _with_style(layer: QgsVectorLayer) -> QgsVectorLayer:
    """``layer`` itself, or a clone with the shipped style when it still has QGIS's default."""
    if not isinstance(layer.renderer(), QgsSingleSymbolRenderer):
        return layer
    names = set(layer.fields().names())
    for style, needed in AUTO_STYLES:
        if needed <= names:
            try:
                clone = layer.clone()
            except Exception as exc:
                raise QgsProcessingException(
                    tr(
                        "Layer '{0}' cannot be copied for the export ({1}): a feature has a "
                        "coordinate QGIS cannot handle (infinite?). Run Check geometry on it "
                        "and fix the features it lists."
                    ).format(layer.name(), exc)
                ) from exc
            clone.loadNamedStyle(style_path(style))
            return clone
    return layer


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_").lower()


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out
