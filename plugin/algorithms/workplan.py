"""``clearance:workplan`` — dated tasks per team from prioritised parcels, a Gantt chart and a
summary per method and district."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import replace

import numpy as np
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..engine import land_release as lr
from ..engine import replan as rp
from ..engine import schedule as sched
from ..engine import team_sizing
from ..engine import workplan as wp
from ..engine import workplan_params as params
from ..engine.calendar import WEEKDAYS
from ..engine.plan_summary import summary_rows
from ..engine.text import Text
from ..i18n import QT_TR_NOOP, tr, tr_message
from ..qgis_io.atomic import AtomicFile
from ..qgis_io.crs import describe, source_metric_crs
from ..qgis_io.dem import sample_dem
from ..qgis_io.districts import district_labels
from ..qgis_io.fields import make_field
from ..qgis_io.ids import feature_ids
from ..qgis_io.layers import require_crs
from ..qgis_io.provenance import layer_metadata, record_in_geopackage, run_record
from ..qgis_io.raster import no_side_files
from ..qgis_io.sinks import AtomicSink, commit_all
from ..qgis_io.styling import style_on_load
from ..qgis_io.tasks import ParcelTasks, TaskColumns, read_plan, read_tasks
from ..reports.gantt import write_gantt
from .base import XLSX, ClearanceAlgorithm, geometry_counts, number_parameter
from .focus_area import AREA_HELP, area_parameter, focused

TASK_FIELDS = (
    ("task_id", "string"),
    ("parent_id", "string"),
    ("priority_rank", "int"),
    ("sequence", "int"),
    ("method", "string"),
    ("method_note", "string"),
    ("team", "string"),
    ("area_m2", "double"),
    ("effort_team_days", "double"),
    ("effort_low_team_days", "double"),
    ("effort_high_team_days", "double"),
    ("work_days", "int"),
    ("start_date", "date"),
    ("end_date", "date"),
    ("seasonal", "bool"),
    ("elevation_m", "double"),
    ("slope_deg", "double"),
    ("district", "string"),
    ("cost_usd", "double"),
    ("plan_status", "string"),
    ("step", "string"),
    ("predecessor", "string"),
    ("release_cancelled_m2", "double"),
    ("release_reduced_m2", "double"),
    ("release_cleared_m2", "double"),
)
SUMMARY_FIELDS = (
    ("method", "string"),
    ("district", "string"),
    ("tasks", "int"),
    ("area_m2", "double"),
    ("effort_team_days", "double"),
    ("effort_low_team_days", "double"),
    ("effort_high_team_days", "double"),
    ("cost_usd", "double"),
    ("start_date", "date"),
    ("end_date", "date"),
    ("projected_completion", "date"),
    ("not_planned", "int"),
    ("release_cancelled_m2", "double"),
    ("release_reduced_m2", "double"),
    ("release_cleared_m2", "double"),
    ("month", "string"),
)
TEAMS_NEEDED_FIELDS = (
    ("method", "string"),
    ("teams_available", "int"),
    ("teams_needed", "int"),
    ("completion_available", "date"),
    ("completion_needed", "date"),
)
DEFAULT_TEAMS = "manual:4,mechanical:1,mdd:2,technical_survey:1,non_technical_survey:1"

HELP = QT_TR_NOOP(
    """Turns prioritised polygons (e.g. the output of Prioritise parcels) into dated tasks.

Tasks: each parcel, or with MAX_TASK_HA the parcel clipped to a square grid of cells of that \
area (north row first; parent_id keeps the parcel id). Method from METHOD_FIELD (manual, \
mechanical, mdd, technical_survey, non_technical_survey) or DEFAULT_METHOD.

Effort (team-days) = area / PRODUCTIVITY (m² per team per working day; defaults: manual 240 = \
30 m² per deminer x 8 deminers, mdd 400 per dog pair, mechanical 2,500 per machine; survey \
rates are low-confidence assumptions; a CSV path with method,default,low,high also works). \
The range: low = area x (1 - EXPECTED_REDUCTION) / high rate (survey releases part of the \
land before clearance), high = area / low rate.

Schedule: tasks in PRIORITY_FIELD order (lower first); each goes to the team of its method \
that is free first (ties: lowest team number) and takes ceil(effort) whole working days from \
START_DATE on WORK_DAYS, skipping HOLIDAYS ("2027-01-01,2027-03-20") and, for seasonal tasks, \
NO_WORK_MONTHS ("12,1,2"). Seasonal tasks: those above HIGHLAND_M on the DEM and those whose \
SEASON_FIELD is true; without DEM and SEASON_FIELD every task. On the DEM, mechanical tasks \
steeper than MAX_MECH_SLOPE fall back to manual.

Land release (LAND_RELEASE, default on; IMAS 07.11): each parcel becomes a chain of steps, \
each on its own team type and starting after its predecessor ends: non-technical survey (nts) \
of the whole area, technical survey (ts) of what NTS does not cancel (CANCEL_SHARE), and \
clearance by the parcel's method of what TS does not reduce (REDUCE_SHARE). CHA (TYPE_FIELD, \
default hazard_type) skip NTS; a survey method ends the chain at its survey. Default shares \
are planning assumptions from Bosnia and Herzegovina 2017 (Landmine Monitor 2018: of 5.23 km² \
released 2.45 cancelled, 2.48 reduced, 0.30 cleared): SHA cancel 0.47, TS reduce 0.89. \
CANCEL_FIELD / REDUCE_FIELD override them per parcel; with both share texts empty \
EXPECTED_REDUCTION is one combined share. release_cancelled_m2, release_reduced_m2 and \
release_cleared_m2 of a parcel's steps add up to its area. District names come from \
DISTRICT_FIELD (default district, else name).

TARGET_DATE: TEAMS_NEEDED lists per method the fewest teams that finish every task by \
that date, found by re-running the schedule. A warning names the bottleneck when completion \
is more than MAX_YEARS away.

Progress: with STATUS_FIELD, PARCELS is an earlier OUTPUT of this algorithm; tasks whose \
status is done keep their dates and teams, ongoing ones keep their team and finish first with \
the working days left, the rest is re-planned from AS_OF (precedence kept).

Outputs: OUTPUT tasks (in a metric CRS), GANTT (PNG) and SUMMARY (totals per method and \
district; the (all)/(all) row holds the projected completion date).

Nothing is dropped: invalid parcels are repaired (makeValid); a parcel without a usable \
polygon (no geometry, NaN coordinates, no area) keeps one OUTPUT row without geometry, dates or \
effort, whose plan_status says why; SUMMARY counts them in not_planned.""",
)


class WorkplanAlgorithm(ClearanceAlgorithm):
    """Dated work plan: split, effort, calendar, list scheduling, Gantt and summary."""

    ALGORITHM_ID = "workplan"
    DISPLAY_NAME = QT_TR_NOOP("Work plan")
    GROUP = QT_TR_NOOP("Planning")
    GROUP_ID = "planning"
    HELP = (HELP, AREA_HELP)

    PARCELS = "PARCELS"
    PRIORITY_FIELD = "PRIORITY_FIELD"
    ID_FIELD = "ID_FIELD"
    METHOD_FIELD = "METHOD_FIELD"
    SEASON_FIELD = "SEASON_FIELD"
    DEFAULT_METHOD = "DEFAULT_METHOD"
    PRODUCTIVITY = "PRODUCTIVITY"
    EXPECTED_REDUCTION = "EXPECTED_REDUCTION"
    TEAMS = "TEAMS"
    START_DATE = "START_DATE"
    WORK_DAYS = "WORK_DAYS"
    HOLIDAYS = "HOLIDAYS"
    NO_WORK_MONTHS = "NO_WORK_MONTHS"
    COST_PER_M2 = "COST_PER_M2"
    MAX_TASK_HA = "MAX_TASK_HA"
    DEM = "DEM"
    HIGHLAND_M = "HIGHLAND_M"
    MAX_MECH_SLOPE = "MAX_MECH_SLOPE"
    DISTRICTS = "DISTRICTS"
    DISTRICT_FIELD = "DISTRICT_FIELD"
    LAND_RELEASE = "LAND_RELEASE"
    TYPE_FIELD = "TYPE_FIELD"
    CANCEL_SHARE = "CANCEL_SHARE"
    REDUCE_SHARE = "REDUCE_SHARE"
    CANCEL_FIELD = "CANCEL_FIELD"
    REDUCE_FIELD = "REDUCE_FIELD"
    TARGET_DATE = "TARGET_DATE"
    MAX_YEARS = "MAX_YEARS"
    TEAMS_NEEDED = "TEAMS_NEEDED"
    STATUS_FIELD = "STATUS_FIELD"
    AS_OF = "AS_OF"
    OUTPUT = "OUTPUT"
    GANTT = "GANTT"
    SUMMARY = "SUMMARY"

    def __init__(self) -> None:
        super().__init__()
        self._dest_id: str | None = None
        self._metadata = None

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PARCELS,
                tr("Prioritised parcels (polygons)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        for name, label, default in (
            (
                self.PRIORITY_FIELD,
                QT_TR_NOOP("Priority field (lower = earlier)"),
                "priority_rank",
            ),
            (
                self.ID_FIELD,
                QT_TR_NOOP("Parcel id field (default: guessed, else feature id)"),
                None,
            ),
            (self.METHOD_FIELD, QT_TR_NOOP("Method field"), None),
            (
                self.SEASON_FIELD,
                QT_TR_NOOP("Seasonal field (true = follows NO_WORK_MONTHS)"),
                None,
            ),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    tr(label),
                    defaultValue=default,
                    parentLayerParameterName=self.PARCELS,
                    type=QgsProcessingParameterField.DataType.Any,
                    optional=True,  # a missing field gets a clear error in processAlgorithm
                )
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DEFAULT_METHOD, tr("Default method"), list(sched.METHODS), defaultValue=0
            )
        )
        default_rows = []
        for method in sched.METHODS:
            default_rows += [method, *sched.DEFAULT_PRODUCTIVITY[method]]
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.PRODUCTIVITY,
                tr("Productivity (m² per team per working day; rows override defaults)"),
                hasFixedNumberRows=False,
                headers=["method", "default", "low", "high"],
                defaultValue=default_rows,
                optional=True,  # 3.22 does not fall back to the matrix default otherwise
            )
        )
        self.addParameter(
            number_parameter(
                self.EXPECTED_REDUCTION, tr("Expected share released by survey (0-1)"), 0.5, 2
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TEAMS, tr("Teams per method (method:count,...)"), DEFAULT_TEAMS
            )
        )
        self.addParameter(
            QgsProcessingParameterDateTime(
                self.START_DATE,
                tr("Start date"),
                QgsProcessingParameterDateTime.Type.Date,
                QDate.currentDate(),
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.WORK_DAYS,
                tr("Working days"),
                list(WEEKDAYS),
                allowMultiple=True,
                defaultValue=[0, 1, 2, 3, 4],
            )
        )
        for name, label in (
            (self.HOLIDAYS, QT_TR_NOOP("Holidays (YYYY-MM-DD,...)")),
            (
                self.NO_WORK_MONTHS,
                QT_TR_NOOP("No-work months of seasonal tasks (1-12,...)"),
            ),
            (
                self.COST_PER_M2,
                QT_TR_NOOP("Cost in US$ per m² (method:cost,...)"),
            ),
        ):
            self.addParameter(QgsProcessingParameterString(name, tr(label), optional=True))
        self.addParameter(
            number_parameter(self.MAX_TASK_HA, tr("Split parcels larger than (ha; 0 = no)"), 0, 2)
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.DEM, tr("Elevation model (DEM)"), optional=True)
        )
        self.addParameter(
            number_parameter(self.HIGHLAND_M, tr("Highland above (m): seasonal"), 1500, 0, -500)
        )
        self.addParameter(
            number_parameter(self.MAX_MECH_SLOPE, tr("Max slope for machines (°)"), 20, 1)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DISTRICTS,
                tr("Districts"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DISTRICT_FIELD,
                tr("District name field (default: district, else name)"),
                parentLayerParameterName=self.DISTRICTS,
                type=QgsProcessingParameterField.DataType.Any,
                optional=True,
            )
        )
        self.addParameter(area_parameter())
        self._land_release_parameters()
        self.addParameter(
            QgsProcessingParameterDateTime(
                self.TARGET_DATE,
                tr("Target date: teams needed to finish by it (TEAMS_NEEDED)"),
                QgsProcessingParameterDateTime.Type.Date,
                optional=True,
            )
        )
        self.addParameter(
            number_parameter(self.MAX_YEARS, tr("Warn when completion is more years away"), 10, 1)
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.STATUS_FIELD,
                tr("Progress field of an earlier plan (done, ongoing; else planned)"),
                parentLayerParameterName=self.PARCELS,
                type=QgsProcessingParameterField.DataType.Any,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterDateTime(
                self.AS_OF,
                tr("Re-plan as of (with STATUS_FIELD)"),
                QgsProcessingParameterDateTime.Type.Date,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Work plan tasks"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.GANTT, tr("Gantt chart"), tr("PNG files (*.png)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, tr("Work plan summary"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.TEAMS_NEEDED,
                tr("Teams needed by the target date"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )
        self.add_xlsx_parameter(tr("the tasks and the summary"))
        self.add_count_outputs(
            (
                ("TASKS", QT_TR_NOOP("Tasks planned"), "number"),
                (
                    "NOT_PLANNED",
                    QT_TR_NOOP("Parcels not planned (no usable polygon or effort)"),
                    "number",
                ),
                ("COMPLETION_DATE", QT_TR_NOOP("Completion date of the plan (ISO 8601)"), "string"),
                (
                    "TEAMS_NEEDED_TOTAL",
                    QT_TR_NOOP("Teams needed by TARGET_DATE (all methods)"),
                    "number",
                ),
            )
        )

    def _land_release_parameters(self) -> None:
        """LAND_RELEASE, TYPE_FIELD, CANCEL_SHARE, REDUCE_SHARE, CANCEL_FIELD, REDUCE_FIELD."""
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.LAND_RELEASE,
                tr("Land release: NTS, then TS, then clearance of what is left"),
                defaultValue=True,
            )
        )
        for name, label in (
            (
                self.TYPE_FIELD,
                QT_TR_NOOP("Hazard type field SHA/CHA (default: hazard_type)"),
            ),
            (
                self.CANCEL_FIELD,
                QT_TR_NOOP("Per-parcel share NTS cancels (0-1)"),
            ),
            (self.REDUCE_FIELD, QT_TR_NOOP("Per-parcel share TS reduces (0-1)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    tr(label),
                    parentLayerParameterName=self.PARCELS,
                    type=QgsProcessingParameterField.DataType.Any,
                    optional=True,
                )
            )
        for name, label, default in (
            (
                self.CANCEL_SHARE,
                QT_TR_NOOP("Share NTS cancels (type:share,...)"),
                lr.DEFAULT_CANCEL_SHARE,
            ),
            (
                self.REDUCE_SHARE,
                QT_TR_NOOP("Share TS reduces (type:share,...)"),
                lr.DEFAULT_REDUCE_SHARE,
            ),
        ):
            self.addParameter(
                QgsProcessingParameterString(
                    name, tr(label) + " — " + tr(lr.SOURCE), default, optional=True
                )
            )

    # -- parameters ---------------------------------------------------------------------------

    def _parcels(self, parameters, context):
        source = self.parameterAsSource(parameters, self.PARCELS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PARCELS))
        name = source.sourceName() or self.PARCELS
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                tr("Layer '{0}' (PARCELS) must be a polygon layer.").format(name)
            )
        if source.featureCount() == 0:
            raise QgsProcessingException(tr("Layer '{0}' (PARCELS) has no features.").format(name))
        require_crs(source, name)
        return source, name

    def _field(self, parameters, context, source, name, key, required=False) -> int:
        field = self.parameterAsString(parameters, key, context).strip()
        if not field:
            if required:
                raise QgsProcessingException(tr("{0} must name a field.").format(key))
            return -1
        index = source.fields().lookupField(field)
        if index < 0:
            raise QgsProcessingException(
                tr("Layer '{0}' has no field '{1}' ({2}); its fields: {3}.").format(
                    name, field, key, ", ".join(source.fields().names())
                )
            )
        return index

    def _columns(self, parameters, context, source, name) -> TaskColumns:
        """PRIORITY_FIELD, ID_FIELD, METHOD_FIELD and SEASON_FIELD."""
        keys = (
            self.PRIORITY_FIELD,
            self.ID_FIELD,
            self.METHOD_FIELD,
            self.SEASON_FIELD,
            self.TYPE_FIELD,
            self.CANCEL_FIELD,
            self.REDUCE_FIELD,
        )
        index = {
            key: self._field(parameters, context, source, name, key, key == self.PRIORITY_FIELD)
            for key in keys
        }
        if index[self.TYPE_FIELD] < 0:
            index[self.TYPE_FIELD] = source.fields().lookupField("hazard_type")
        return TaskColumns(*index.values())

    def _settings(self, parameters, context) -> params.PlanSettings:
        """Productivity, teams, costs, start and calendars (:mod:`engine.workplan_params`)."""
        start = self.parameterAsDateTime(parameters, self.START_DATE, context).date()
        try:
            return params.plan_settings(
                self.parameterAsMatrix(parameters, self.PRODUCTIVITY, context),
                self.parameterAsString(parameters, self.TEAMS, context),
                self.parameterAsString(parameters, self.COST_PER_M2, context),
                self.parameterAsDouble(parameters, self.EXPECTED_REDUCTION, context),
                np.datetime64(start.toString("yyyy-MM-dd"), "D"),
                self.parameterAsEnums(parameters, self.WORK_DAYS, context),
                self.parameterAsString(parameters, self.HOLIDAYS, context),
                self.parameterAsString(parameters, self.NO_WORK_MONTHS, context),
                self.parameterAsBool(parameters, self.LAND_RELEASE, context),
                self.parameterAsString(parameters, self.CANCEL_SHARE, context),
                self.parameterAsString(parameters, self.REDUCE_SHARE, context),
            )
        except params.ParameterError as exc:
            raise QgsProcessingException(tr_message(exc)) from exc

    def _report_shares(self, parameters, context, feedback, settings) -> None:
        """Log the land-release shares used; warn when EXPECTED_REDUCTION is given but unused."""
        if not settings.land_release:
            return
        shares = settings.shares
        feedback.pushInfo(
            tr("Land release: NTS cancels {0}, TS reduces {1} ({2})").format(
                shares.cancel, shares.reduce, tr(lr.SOURCE)
            )
        )
        texts = [self.parameterAsString(parameters, k, context).strip() for k in
                 (self.CANCEL_SHARE, self.REDUCE_SHARE)]  # fmt: skip
        if any(texts) and settings.reduction != 0.5:
            feedback.pushWarning(
                tr(
                    "EXPECTED_REDUCTION {0} is not used: CANCEL_SHARE / REDUCE_SHARE are given. "
                    "Clear both to plan with one combined share."
                ).format(settings.reduction)
            )

    def _dem(self, parameters, context):
        """The DEM layer, loaded without GDAL side files beside it (or None)."""
        with no_side_files():
            return self.parameterAsRasterLayer(parameters, self.DEM, context)

    # -- processing ---------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        source, name = self._parcels(parameters, context)
        source = focused(self, parameters, context, feedback, source, name, self.PARCELS)
        columns = self._columns(parameters, context, source, name)
        settings = self._settings(parameters, context)
        self._report_shares(parameters, context, feedback, settings)
        crs = source_metric_crs(source)
        feedback.pushInfo(tr("Areas and task grid in {0}").format(describe(crs)))

        status = self._field(parameters, context, source, name, self.STATUS_FIELD)
        if status >= 0:
            return self._replan(parameters, context, feedback, source, name, settings, crs, status)
        max_ha = self.parameterAsDouble(parameters, self.MAX_TASK_HA, context)
        default = sched.METHODS[self.parameterAsEnum(parameters, self.DEFAULT_METHOD, context)]
        ids = feature_ids(
            source, name, self.parameterAsString(parameters, self.ID_FIELD, context), feedback
        )
        parcels = read_tasks(
            source, name, crs, context, feedback, columns, default, max_ha * 1e4, ids.label_of()
        )
        tasks = parcels.table
        feedback.pushInfo(
            tr("{0} task areas from {1} parcels; {2} parcels not planned").format(
                len(tasks), source.featureCount(), len(parcels.unplanned)
            )
        )
        dem = self._dem(parameters, context)
        if dem is not None:
            self._terrain(parameters, context, feedback, dem, parcels, crs)
        feedback.setProgress(50)
        districts = self.parameterAsSource(parameters, self.DISTRICTS, context)
        if districts is not None:
            tasks.district = district_labels(
                districts,
                districts.sourceName() or self.DISTRICTS,
                parcels.geometries,
                crs,
                context,
                feedback,
                self.parameterAsString(parameters, self.DISTRICT_FIELD, context).strip() or None,
            )
        feedback.setProgress(60)
        if feedback.isCanceled():
            return {}
        highland = self.parameterAsDouble(parameters, self.HIGHLAND_M, context)
        months = settings.no_work_months
        is_seasonal = wp.seasonal(tasks, months, dem is not None, columns.season >= 0, highland)
        try:
            result = wp.plan(tasks, parcels.unplanned, settings, is_seasonal)
        except sched.ScheduleError as exc:
            raise QgsProcessingException(
                tr("Layer '{0}': {1}").format(name, tr_message(exc))
            ) from exc
        return self._finish(parameters, context, feedback, name, crs, settings, parcels, result)

    def _replan(self, parameters, context, feedback, source, name, settings, crs, status):
        """STATUS_FIELD and AS_OF: the earlier plan's done tasks kept, the rest re-planned."""
        as_of = self.parameterAsDateTime(parameters, self.AS_OF, context)
        if not as_of.isValid():
            raise QgsProcessingException(tr("STATUS_FIELD needs AS_OF: the date to re-plan from."))
        day = np.datetime64(as_of.date().toString("yyyy-MM-dd"), "D")
        parcels = read_plan(source, name, crs, context, feedback, status)
        if feedback.isCanceled():
            return {}
        settings = replace(settings, start=day)
        feedback.pushInfo(
            tr("Re-planning {0} tasks as of {1}: {2} done, {3} ongoing").format(
                len(parcels.table),
                day,
                sum(rp.status_of(v) == rp.DONE for v in parcels.status),
                sum(rp.status_of(v) == rp.ONGOING for v in parcels.status),
            )
        )
        try:
            result = rp.replan(
                parcels.table,
                parcels.unplanned,
                settings,
                parcels.seasonal,
                parcels.status,
                parcels.before,
                day,
            )
        except (sched.ScheduleError, ValueError) as exc:
            raise QgsProcessingException(
                tr("Layer '{0}': {1}").format(name, tr_message(exc))
            ) from exc
        return self._finish(parameters, context, feedback, name, crs, settings, parcels, result)

    def _finish(self, parameters, context, feedback, name, crs, settings, parcels, result):
        """Teams needed, run record, and OUTPUT, SUMMARY, TEAMS_NEEDED and GANTT together."""
        tasks = result.tasks

        sizing = self._sizing(parameters, context, feedback, result, settings)
        record = run_record(
            self.ALGORITHM_ID,
            {
                "parcels": name,
                "metric_crs": crs.authid(),
                **settings.record(),
                "tasks": len(result.tasks),
                "completion": str(result.completion) if len(tasks) else None,
                "target_date": str(sizing.target) if sizing else None,
                "teams_needed": sizing.needed if sizing else None,
                "geometry": parcels.report.record(),
            },
        )
        self._metadata = layer_metadata(
            tr("Work plan"), tr("Clearance Planner work plan of '{0}'.").format(name), record
        )
        gantt = self.parameterAsFileOutput(parameters, self.GANTT, context)
        self._book = self.workbook(parameters, context, record)
        with ExitStack() as stack:  # OUTPUT, SUMMARY and GANTT are replaced together, or none
            writers = [
                self._write_tasks(stack, parameters, context, feedback, result, parcels, crs),
                self._write_summary(stack, parameters, context, result),
            ]
            if parameters.get(self.TEAMS_NEEDED) is not None:
                if sizing is None:
                    raise QgsProcessingException(
                        tr("TEAMS_NEEDED needs a TARGET_DATE: give the date to finish by.")
                    )
                writers.append(self._write_teams(stack, parameters, context, result, sizing))
            if gantt:
                png = stack.enter_context(AtomicFile(gantt))
                write_gantt(png.path, result, name, sizing.target if sizing else None)
                writers.append(png)
            if self._book is not None:
                writers.append(stack.enter_context(self._book))
            dests = commit_all(writers, feedback.isCanceled)
        if dests is None:
            return {}
        record_in_geopackage(dests[0], record, self._metadata, "workplan")
        self._dest_id = dests[0]
        out = {
            self.OUTPUT: dests[0],
            self.SUMMARY: dests[1],
            **geometry_counts(parcels.report),
            "TASKS": len(result.tasks),
            "NOT_PLANNED": len(result.unplanned),
            "COMPLETION_DATE": str(np.datetime64(result.completion, "D")) if len(tasks) else "",
        }
        if sizing is not None and sizing.needed is not None:
            out["TEAMS_NEEDED_TOTAL"] = int(sum(sizing.needed.values()))
        if parameters.get(self.TEAMS_NEEDED) is not None:
            out[self.TEAMS_NEEDED] = dests[2]
        if gantt:
            out[self.GANTT] = gantt
        if self._book is not None:
            out[XLSX] = str(self._book.target)
        return out

    def _sizing(self, parameters, context, feedback, result, settings):
        """Teams needed by TARGET_DATE (None without one) and the MAX_YEARS warning."""
        years = self.parameterAsDouble(parameters, self.MAX_YEARS, context)
        warning = team_sizing.horizon_warning(result, settings, years, feedback.isCanceled)
        if warning:
            feedback.pushWarning(tr_message(warning))
        target = self.parameterAsDateTime(parameters, self.TARGET_DATE, context)
        if not target.isValid():
            return None
        day = np.datetime64(target.date().toString("yyyy-MM-dd"), "D")
        feedback.pushInfo(tr("Teams needed by {0}: re-running the schedule").format(day))
        sizing = team_sizing.teams_needed(result, settings, day, feedback.isCanceled)
        if sizing.needed is None and not feedback.isCanceled():
            feedback.pushWarning(
                tr("TARGET_DATE {0}: no number of teams finishes every task by then.").format(day)
            )
        return sizing

    def _terrain(self, parameters, context, feedback, dem, parcels: ParcelTasks, crs) -> None:
        """Elevation and slope from the DEM; steep mechanical tasks fall back to manual."""
        path = dem.source().split("|")[0]
        feedback.pushInfo(tr("Sampling DEM {0}").format(path))
        tasks = parcels.table
        tasks.elevation, tasks.slope = sample_dem(path, parcels.geometries, crs, context, feedback)
        tasks.fall_back_on_slope(self.parameterAsDouble(parameters, self.MAX_MECH_SLOPE, context))

    # -- outputs ------------------------------------------------------------------------------

    def _write_tasks(self, stack, parameters, context, feedback, result, parcels, crs):
        fields = _fields(TASK_FIELDS)
        out = stack.enter_context(
            AtomicSink(
                self,
                parameters,
                self.OUTPUT,
                context,
                fields,
                QgsWkbTypes.Type.MultiPolygon,
                crs,
                copy_to=self._sheet("tasks", fields),
            )
        )
        for i, k in enumerate(result.tasks.steps.source):
            if i % 500 == 0 and feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            geom = QgsGeometry(parcels.geometries[k])
            geom.convertToMultiType()
            feature.setGeometry(geom)
            feature.setAttributes(_attributes(fields, result.row(i)))
            out.add(feature)
        for parcel in result.unplanned:
            feature = QgsFeature(fields)
            feature.setAttributes(_attributes(fields, parcel.row()))
            out.add(feature)
        return out

    def _sheet(self, name: str, fields):
        """A sheet of the XLSX workbook (None without one) that copies a sink's rows."""
        book = getattr(self, "_book", None)
        return book.sheet(name, fields) if book is not None else None

    def _write_summary(self, stack, parameters, context, result) -> AtomicSink:
        fields = _fields(SUMMARY_FIELDS)
        out = stack.enter_context(
            AtomicSink(
                self,
                parameters,
                self.SUMMARY,
                context,
                fields,
                QgsWkbTypes.Type.NoGeometry,
                QgsCoordinateReferenceSystem(),
                copy_to=self._sheet("summary", fields),
            )
        )
        for row in summary_rows(result):
            feature = QgsFeature(fields)
            feature.setAttributes([_attribute(v) for v in row.values()])
            out.add(feature)
        return out

    def _write_teams(self, stack, parameters, context, result, sizing) -> AtomicSink:
        fields = _fields(TEAMS_NEEDED_FIELDS)
        out = stack.enter_context(
            AtomicSink(
                self,
                parameters,
                self.TEAMS_NEEDED,
                context,
                fields,
                QgsWkbTypes.Type.NoGeometry,
                QgsCoordinateReferenceSystem(),
            )
        )
        for row in team_sizing.teams_rows(result, sizing):
            feature = QgsFeature(fields)
            feature.setAttributes([_attribute(v) for v in row.values()])
            out.add(feature)
        return out

    def postProcessAlgorithm(self, context, feedback):
        if self._dest_id:
            style_on_load(context, self._dest_id, "workplan", self._metadata)
        return {}


def _fields(kinds) -> QgsFields:
    fields = QgsFields()
    for field_name, kind in kinds:
        fields.append(make_field(field_name, kind))
    return fields


def _attributes(fields: QgsFields, values: dict) -> list:
    """``values`` (by field name) in field order; fields not given are NULL."""
    return [_attribute(values.get(n)) for n in fields.names()]


def _attribute(value):
    """An engine value as an attribute: None -> NULL, ``datetime64`` -> QDate, a Text in
    the plugin's language."""
    if value is None:
        return NULL
    if isinstance(value, Text):
        return tr_message(value)
    if isinstance(value, np.datetime64):
        return QDate.fromString(str(np.datetime64(value, "D")), "yyyy-MM-dd")
    return value
