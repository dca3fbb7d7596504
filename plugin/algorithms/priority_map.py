"""``clearance:priority_map`` — a printable ranking map (print layout → PDF, PNG, ``.qpt``
template, and a layout in the project) of a layer written by clearance:prioritise."""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from typing import ClassVar

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsRectangle,
)

from ..engine.priority_legend import CLASS_ORDER, class_summary, weight_lines
from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.atomic import AtomicFile, commit_all
from ..qgis_io.crs import finite_extent
from ..qgis_io.drawing import drawable_copy
from ..qgis_io.priority_fields import REQUIRED, read_priority_fields
from ..qgis_io.provenance import latest_run, metadata_synthetic, source_text
from .base import ClearanceAlgorithm, class_count_outputs, class_counts, geometry_counts

NAME_GUESSES = ("name", "district", "name_en")
SYNTHETIC_BANNER = QT_TR_NOOP(
    "SYNTHETIC DEMO DATA — hazards, incidents and infrastructure are invented; "
    "never use this map for operations"
)

HELP = QT_TR_NOOP(
    """A printable map of a prioritised layer (the OUTPUT of clearance:prioritise): an A4 \
landscape print layout exported to OUTPUT_PDF and/or OUTPUT_PNG (the map page), and to \
OUTPUT_QPT (optional) as a QGIS layout template. Run in a project (not by qgis_process), \
the layout is also added to the project's layouts (Project › Layouts) as "Ranking map: \
<layer>", replacing an earlier one of that name; its layers are copies registered in the \
project (not in the layer tree, not saved with their features): the LAYOUT result names it.

The map draws each parcel in its priority_class colour. The legend explains every class \
from the layer's run record (layer metadata or the GeoPackage's clearance_runs table): \
"High: top third of scored parcels, score ≥ 26.3 (200)" for tercile classes, the score \
break for CLASS_THRESHOLDS; without a run record the breaks are the lowest High and \
Medium scores found. The weights and decays used are listed from the run record. A banner \
says SYNTHETIC when the layer's metadata or its "source" field says so, else where the \
data come from. DISTRICTS (optional) are drawn as labelled outlines (DISTRICT_FIELD, \
default "name" or "district"). Scale bar, north arrow, date, data sources and an overview \
inset come with every map; the organisation, logo, language and sections are those of the \
report template (Clearance Planner › Report template…).

TOP_PARCELS (default 25, 0 = none) adds a table of the most urgent parcels after the map, \
continued over as many pages as it needs. The PDF holds every page, the PNG the map page."""
)


class PriorityMapAlgorithm(ClearanceAlgorithm):
    """Layout and export on the main thread (postProcessAlgorithm); inputs read in
    prepareAlgorithm, also on the main thread."""

    ALGORITHM_ID = "priority_map"
    DISPLAY_NAME = QT_TR_NOOP("Ranking map (PDF/PNG)")
    LAYOUT_NAME = QT_TR_NOOP("Ranking map: {0}")
    GROUP = QT_TR_NOOP("Prioritisation")
    GROUP_ID = "prioritisation"
    HELP = HELP

    INPUT, DISTRICTS, DISTRICT_FIELD = "INPUT", "DISTRICTS", "DISTRICT_FIELD"
    TITLE, TOP_PARCELS = "TITLE", "TOP_PARCELS"
    OUTPUT_PDF, OUTPUT_PNG, PAGES = "OUTPUT_PDF", "OUTPUT_PNG", "PAGES"
    OUTPUT_QPT, LAYOUT = "OUTPUT_QPT", "LAYOUT"
    # aliases of CLASS_HIGH … CLASS_UNKNOWN (the names of the first release)
    COUNTS: ClassVar[dict[str, str]] = {n: f"{n.upper()}_COUNT" for n in CLASS_ORDER}

    def initAlgorithm(self, config=None) -> None:
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT, tr("Prioritised layer (from clearance:prioritise)"), polygon
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.DISTRICTS, tr("Districts to outline and label"), polygon, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DISTRICT_FIELD,
                tr("District label field"),
                parentLayerParameterName=self.DISTRICTS,
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Map title"), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TOP_PARCELS,
                tr("Most urgent parcels listed after the map (0 = none)"),
                QgsProcessingParameterNumber.Type.Integer,
                25,
                minValue=0,
                maxValue=10_000,
            )
        )
        for key, label, kind in (
            (self.OUTPUT_PDF, tr("Ranking map (PDF)"), tr("PDF files (*.pdf)")),
            (self.OUTPUT_PNG, tr("Ranking map page (PNG)"), tr("PNG images (*.png)")),
            (self.OUTPUT_QPT, tr("Layout template (QPT)"), tr("QGIS layout templates (*.qpt)")),
        ):
            self.addParameter(
                QgsProcessingParameterFileDestination(
                    key, label, kind, optional=True, createByDefault=key == self.OUTPUT_PDF
                )
            )
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages of the PDF")))
        self.addOutput(
            QgsProcessingOutputString(self.LAYOUT, tr("Layout added to the project (name)"))
        )
        self.add_count_outputs(class_count_outputs())  # shared names (prioritise's)
        for name, key in self.COUNTS.items():  # the first release's names, kept: aliases
            label = tr("{0} parcels (= {1})").format(tr(name), f"CLASS_{name.upper()}")
            self.addOutput(QgsProcessingOutputNumber(key, label))

    # -- main thread: inputs ------------------------------------------------------------------

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        super().prepareAlgorithm(parameters, context, feedback)
        from ..reports.template import report_template

        self._template = report_template()
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        self._pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        self._png = self.parameterAsFileOutput(parameters, self.OUTPUT_PNG, context)
        self._qpt = self.parameterAsFileOutput(parameters, self.OUTPUT_QPT, context)
        # qgis_process throws its project away: no layout there
        command_line = QgsApplication.platform() == "qgis_process"
        self._project = None if command_line else context.project()
        self._layer, self._geometry = drawable_copy(layer, tr("Priority class"))
        self._values = read_priority_fields(self._layer)
        self._extent = finite_extent(self._layer)
        self._transform_context = context.transformContext()
        self._record = latest_run(layer)
        self._synthetic = metadata_synthetic(layer)
        self._sources = source_text(layer)
        self._districts = self._district_layer(parameters, context)
        self._title = self.parameterAsString(parameters, self.TITLE, context).strip() or tr(
            "Clearance priority — {0}"
        ).format(layer.name())
        self._top = self.parameterAsInt(parameters, self.TOP_PARCELS, context)
        self._name = layer.name()
        return True

    def check_inputs(self, parameters, context, keep: bool = False) -> None:
        """Also: INPUT has the priority fields, DISTRICT_FIELD is a field of DISTRICTS, and
        at least one output is given (checked before the run and again in prepare)."""
        super().check_inputs(parameters, context, keep)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        missing = [f for f in REQUIRED if layer.fields().lookupField(f) < 0]
        if missing:
            raise QgsProcessingException(
                tr(
                    "Layer '{0}' (INPUT) has no field {1}: run clearance:prioritise on it "
                    "first and map its OUTPUT."
                ).format(layer.name(), ", ".join(f"'{m}'" for m in missing))
            )
        districts = self.parameterAsVectorLayer(parameters, self.DISTRICTS, context)
        name = self.parameterAsString(parameters, self.DISTRICT_FIELD, context).strip()
        if districts is not None and name and districts.fields().lookupField(name) < 0:
            raise QgsProcessingException(
                tr("Layer '{0}' has no field '{1}' (DISTRICT_FIELD); its fields are: {2}.").format(
                    districts.name(), name, ", ".join(districts.fields().names())
                )
            )
        outputs = (self.OUTPUT_PDF, self.OUTPUT_PNG, self.OUTPUT_QPT)
        if not any(self.parameterAsFileOutput(parameters, k, context) for k in outputs):
            raise QgsProcessingException(tr("Give OUTPUT_PDF, OUTPUT_PNG or OUTPUT_QPT."))

    def _district_layer(self, parameters, context) -> tuple | None:
        """(clone, label field, source text) of DISTRICTS, or None."""
        layer = self.parameterAsVectorLayer(parameters, self.DISTRICTS, context)
        if layer is None:
            return None
        name = self.parameterAsString(parameters, self.DISTRICT_FIELD, context).strip()
        fields = layer.fields().names()
        name = name or next((n for n in NAME_GUESSES if n in fields), "")
        copy, self._district_report = drawable_copy(layer, tr("Districts"))
        return copy, name, source_text(layer), finite_extent(copy)

    # -- any thread: what the map says ------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        values = self._values
        parameters_record = (self._record or {}).get("parameters", {})
        breaks = parameters_record.get("class_breaks")
        self._summary = class_summary(
            values["priority_class"],
            values["priority_score"],
            breaks,
            parameters_record.get("class_method"),  # older records: breaks only
            parameters_record.get("gate_expression", ""),
        )
        if self._summary.other:
            feedback.pushWarning(
                tr(
                    "{0} features of '{1}' have a priority_class that is none of {2}; not drawn."
                ).format(self._summary.other, self._name, ", ".join(CLASS_ORDER))
            )
        self._geometry.warn(feedback, tr("counted in the legend, not drawn"))
        if self._districts is not None:
            self._district_report.warn(feedback, tr("not drawn"))
        self._weights = weight_lines(self._record)
        if not self._weights:
            feedback.pushWarning(
                tr("Layer '{0}' carries no run record: the weights are not on the map.").format(
                    self._name
                )
            )
        return {}  # the results come from postProcessAlgorithm, once the files are written

    # -- main thread: layout and export ---------------------------------------------------------

    def _job(self):
        """What the layout shows: styled copies, texts, the top parcels' table."""
        from ..reports.priority_layout import (
            PriorityMap,
            classed_parcels,
            outlined_districts,
            top_parcels_table,
        )

        record = self._record or {}
        made = ""
        if record:
            made = tr("{0} of {1}, plugin {2}").format(
                record.get("algorithm", "?"),
                record.get("run_time", "?"),
                record.get("plugin_version", "?"),
            )
        today = dt.date.today().isoformat()
        subtitle = "   ".join(
            p
            for p in (tr("Map of {0}").format(today), tr("Layer: {0}").format(self._name), made)
            if p
        )
        sources = [tr("Parcels: {0}").format(self._sources)]
        inputs = record.get("parameters", {}).get("inputs", {})
        if inputs:
            sources.append(
                tr("Ranked against: {0}").format(
                    ", ".join(
                        f"{k.lower()} '{v.get('name', '?')}' ({v.get('features', '?')})"
                        for k, v in inputs.items()
                        if k != "PARCELS"
                    )
                )
            )
        districts = None
        district_field = ""
        overview = None
        if self._districts is not None:
            clone, district_field, text, extent = self._districts
            districts = outlined_districts(clone, district_field)
            sources.append(tr("Districts: {0}").format(text))
            overview = _in_crs(extent, clone.crs(), self._layer.crs(), self._transform_context)
        banner = (
            tr(SYNTHETIC_BANNER) if self._synthetic else tr("Source: {0}").format(self._sources)
        )
        columns, rows = top_parcels_table(self._values, self._top)
        return PriorityMap(
            parcels=classed_parcels(self._layer, self._summary),
            title=self._title + (tr(" (SYNTHETIC)") if self._synthetic else ""),
            summary=self._summary,
            weights=self._weights,
            synthetic=self._synthetic,
            banner=banner,
            sources=". ".join(sources) + ".",
            subtitle=subtitle,
            districts=districts,
            district_field=district_field,
            columns=columns,
            rows=rows,
            extent=self._extent,
            overview_extent=overview,
        )

    def postProcessAlgorithm(self, context, feedback):
        from ..reports.priority_layout import add_to_project, build_layout, export, save_template

        job = self._job()
        layout, project = build_layout(job, self._template)
        paths = ((self.OUTPUT_PDF, self._pdf), (self.OUTPUT_PNG, self._png))
        with ExitStack() as stack:
            writers = {
                key: stack.enter_context(AtomicFile(path))
                for key, path in (*paths, (self.OUTPUT_QPT, self._qpt))
                if path
            }
            pages = export(
                layout,
                writers[self.OUTPUT_PDF].path if self.OUTPUT_PDF in writers else None,
                writers[self.OUTPUT_PNG].path if self.OUTPUT_PNG in writers else None,
            )
            if self.OUTPUT_QPT in writers:
                save_template(layout, writers[self.OUTPUT_QPT].path)
            if (
                feedback.isCanceled()
                or commit_all(list(writers.values()), feedback.isCanceled) is None
            ):
                return {}
        results = {key: str(writer.target) for key, writer in writers.items()}
        results[self.PAGES] = pages if self.OUTPUT_PDF in writers else 0
        results[self.LAYOUT] = ""
        if self._project is not None:  # copies of the job's layers, while the private project lives
            name = tr(self.LAYOUT_NAME).format(self._name)
            results[self.LAYOUT] = add_to_project(job, self._template, self._project, name).name()
            feedback.pushInfo(tr("Layout '{0}' added to the project.").format(name))
        del layout, project
        results.update(geometry_counts(self._geometry))
        results.update(class_counts(self._summary.count))
        for name, key in self.COUNTS.items():
            results[key] = results[f"CLASS_{name.upper()}"]
        for key in writers:
            feedback.pushInfo(tr("Ranking map written to {0}").format(results[key]))
        return results


def _in_crs(extent: QgsRectangle, source, target, transform_context) -> QgsRectangle | None:
    """``extent`` in ``target``, or None when empty or not transformable."""
    if extent.isNull() or extent.isEmpty() or not extent.isFinite():
        return None
    try:
        out = QgsCoordinateTransform(source, target, transform_context).transformBoundingBox(extent)
    except QgsCsException:
        return None
    return out if out.isFinite() else None
