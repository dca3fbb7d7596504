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
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..engine.fieldfiles import csv_text, gpx_document, kml_document
from ..engine.progress import OperationCancelled
from ..i18n import tr
from ..paths import style_path
from ..qgis_io.atomic import AtomicFolder
from ..qgis_io.crs import metric_crs
from ..qgis_io.field_export import atlas_pdf, field_tasks, write_geopackage
from ..qgis_io.provenance import append_run, run_record
from ..qgis_io.sinks import commit_all
from .base import ClearanceAlgorithm
from .workplan import METHOD_COLOURS

FORMATS = ("GeoPackage", "KML", "KMZ", "GPX", "CSV", "PDF atlas")
# shipped style applied to a layer still drawn with QGIS's default single symbol
AUTO_STYLES = (
    ("workplan", {"task_id", "method"}),
    ("hazards", {"hazard_type", "status"}),  # IMAS colours at 50 %, also for prioritised ones
    ("priority", {"priority_class"}),
    ("settlements", {"geonameid", "population"}),
)

HELP = """Writes a work plan (or any polygon layer) for field teams into FOLDER:

- NAME.gpkg: INPUT plus the optional HAZARDS and SETTLEMENTS layers, each with its current \
QGIS style embedded (layer_styles), so they open styled; a clearance_runs table records the run;
- NAME.kml and NAME.kmz: one placemark per feature, name = ID_FIELD, description = method, \
team, dates, area; polygons in WGS 84;
- NAME.gpx: a waypoint per turning point (exterior-ring vertex), named ID-TPn;
- NAME.csv: one row per feature with turning points in WGS 84 (lat lon) and UTM (easting \
northing, zone of the feature's centroid); text cells starting with = + - @ are escaped;
- NAME_atlas.pdf: one A4 page per feature: map with neighbours and context layers, UTM grid, \
scale bar, north arrow and the feature's attributes.

NAME is the input layer's name. The folder is written beside the target and renamed at the \
end: a failed or cancelled export leaves nothing, and an existing non-empty folder is only \
replaced when OVERWRITE is set."""


QA_FILE = "geometry_problems.csv"


class ExportAlgorithm(ClearanceAlgorithm):
    """Field export in one go, atomic at folder level."""

    ALGORITHM_ID = "export"
    DISPLAY_NAME = "Export for the field"
    GROUP = "Planning"
    GROUP_ID = "planning"
    HELP = HELP

    def flags(self):
        # print layouts and layer clones need the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "INPUT",
                tr("Work plan or clearance layer (polygons)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "ID_FIELD",
                tr("Name field (default task_id)"),
                "task_id",
                "INPUT",
                optional=True,
            )
        )
        for name, label in (
            ("HAZARDS", "Hazards shown on the atlas and packed"),
            ("SETTLEMENTS", "Settlements shown on the atlas and packed"),
        ):
            self.addParameter(
                QgsProcessingParameterVectorLayer(
                    name, tr(label), [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                "FORMATS",
                tr("Formats"),
                list(FORMATS),
                allowMultiple=True,
                defaultValue=list(range(len(FORMATS))),
            )
        )
        self.addParameter(
            QgsProcessingParameterString("TITLE", tr("Title on the atlas pages"), "Work plan")
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "OVERWRITE", tr("Replace an existing export folder"), False
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination("FOLDER", tr("Export folder")))
        for key in ("GPKG", "KML", "KMZ", "GPX", "CSV", "PDF"):
            self.addOutput(QgsProcessingOutputFile(key, tr("{0} file").format(key)))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Atlas pages")))

    def _input(self, parameters, context):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                tr("Layer '{0}' (INPUT) must be a polygon layer.").format(layer.name())
            )
        if layer.featureCount() == 0:
            raise QgsProcessingException(
                tr("Layer '{0}' (INPUT) has no features.").format(layer.name())
            )
        id_field = self.parameterAsString(parameters, "ID_FIELD", context).strip()
        if id_field and layer.fields().lookupField(id_field) < 0:
            if parameters.get("ID_FIELD"):
                raise QgsProcessingException(
                    tr("Layer '{0}' has no field '{1}' (ID_FIELD).").format(layer.name(), id_field)
                )
            id_field = ""  # default task_id absent: feature ids name the tasks
        return layer, id_field

    def _check_geometry(self, layer, id_field, folder, context, feedback) -> int:
        """Run clearance:check_geometry first; its report travels with the export."""
        from qgis import processing

        result = processing.run(
            "clearance:check_geometry",
            {"INPUT": layer, "ID_FIELD": id_field, "OUTPUT": str(folder / QA_FILE)},
            context=context,
            feedback=feedback,
            is_child_algorithm=True,
        )
        if feedback.isCanceled():
            raise OperationCancelled()
        problems = int(result["PROBLEMS"])
        if problems:
            feedback.pushWarning(
                tr("{0} geometry problem(s) in '{1}': see {2} in the export folder.").format(
                    problems, layer.name(), QA_FILE
                )
            )
        return problems

    def processAlgorithm(self, parameters, context, feedback):
        layer, id_field = self._input(parameters, context)
        formats = {FORMATS[i] for i in self.parameterAsEnums(parameters, "FORMATS", context)}
        if not formats:
            raise QgsProcessingException(tr("FORMATS: choose at least one format."))
        target = Path(self.parameterAsFileOutput(parameters, "FOLDER", context))
        overwrite = self.parameterAsBool(parameters, "OVERWRITE", context)
        if target.exists() and (not target.is_dir() or any(target.iterdir())) and not overwrite:
            raise QgsProcessingException(
                tr("'{0}' exists and is not empty; set OVERWRITE to replace it.").format(target)
            )
        title = self.parameterAsString(parameters, "TITLE", context) or layer.name()
        context_layers = [
            lyr
            for lyr in (
                self.parameterAsVectorLayer(parameters, key, context)
                for key in ("HAZARDS", "SETTLEMENTS")
            )
            if lyr is not None
        ]
        with AtomicFolder(target) as folder:  # swapped in whole at the end, or not at all
            temp = folder.path
            try:
                problems = self._check_geometry(layer, id_field, temp, context, feedback)
                files = self._write_all(
                    temp,
                    formats,
                    layer,
                    id_field,
                    context_layers,
                    title,
                    parameters,
                    context,
                    feedback,
                )
                committed = commit_all([folder], feedback.isCanceled)
            except OperationCancelled:
                committed = None
            if committed is None:
                feedback.reportError(tr("Export cancelled; nothing was written."))
                return {}
        out = {"FOLDER": str(target), "GEOMETRY_PROBLEMS": problems}
        out.update({k: str(target / v) for k, v in files.items() if k != "PAGES"})
        if "PAGES" in files:
            out["PAGES"] = files["PAGES"]
        return out

    def _write_all(
        self, folder, formats, layer, id_field, context_layers, title, parameters, context, feedback
    ) -> dict:
        stem = _slug(layer.name()) or "tasks"
        styled = [_with_style(layer)] + [_with_style(lyr) for lyr in context_layers]
        tasks = field_tasks(layer, id_field, context, feedback)
        if feedback.isCanceled():
            raise OperationCancelled()
        files: dict = {}
        feedback.setProgress(10)
        if "GeoPackage" in formats:
            names = [stem] + [
                _slug(lyr.name()) or f"layer{i}" for i, lyr in enumerate(context_layers)
            ]
            path = folder / f"{stem}.gpkg"
            write_geopackage(path, list(zip(_unique(names), styled)), context)
            record = run_record(self.ALGORITHM_ID, {"input": layer.source(), "title": title})
            append_run(str(path), stem, record)
            files["GPKG"] = path.name
        feedback.setProgress(30)
        if formats & {"KML", "KMZ"}:
            kml = kml_document(tasks, title, METHOD_COLOURS)
            if "KML" in formats:
                (folder / f"{stem}.kml").write_bytes(kml)
                files["KML"] = f"{stem}.kml"
            if "KMZ" in formats:
                with zipfile.ZipFile(folder / f"{stem}.kmz", "w", zipfile.ZIP_DEFLATED) as kmz:
                    kmz.writestr("doc.kml", kml)
                files["KMZ"] = f"{stem}.kmz"
        if "GPX" in formats:
            (folder / f"{stem}.gpx").write_bytes(gpx_document(tasks, title))
            files["GPX"] = f"{stem}.gpx"
        if "CSV" in formats:
            columns = layer.fields().names()
            (folder / f"{stem}.csv").write_text(csv_text(tasks, columns), encoding="utf-8")
            files["CSV"] = f"{stem}.csv"
        feedback.setProgress(40)
        if "PDF atlas" in formats:
            if feedback.isCanceled():
                raise OperationCancelled()
            utm = metric_crs(layer.crs(), layer.extent())
            pages = atlas_pdf(
                folder / f"{stem}_atlas.pdf", styled[0], styled[1:], title, id_field, utm, feedback
            )
            files["PDF"] = f"{stem}_atlas.pdf"
            files["PAGES"] = pages
            feedback.pushInfo(tr("PDF atlas: {0} pages").format(pages))
        feedback.setProgress(100)
        return files


def _with_style(layer: QgsVectorLayer) -> QgsVectorLayer:
    """``layer`` itself, or a clone with the shipped style when it still has QGIS's default."""
    if not isinstance(layer.renderer(), QgsSingleSymbolRenderer):
        return layer
    names = set(layer.fields().names())
    for style, needed in AUTO_STYLES:
        if needed <= names:
            clone = layer.clone()
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
