"""``clearance:workplan`` — dated tasks per team from prioritised parcels, a Gantt chart and a
summary per method and district."""

from __future__ import annotations

import math
from contextlib import ExitStack
from pathlib import Path

import numpy as np
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..engine import schedule as sched
from ..engine.calendar import WEEKDAYS, CalendarError, WorkCalendar, weekmask
from ..i18n import tr
from ..qgis_io.atomic import AtomicFile
from ..qgis_io.crs import describe, source_metric_crs
from ..qgis_io.dem import sample_dem
from ..qgis_io.fields import make_field, number_or_null
from ..qgis_io.geometries import GeometryReport, clean
from ..qgis_io.layers import in_crs, iter_features, require_crs
from ..qgis_io.polygons import read_polygons
from ..qgis_io.provenance import layer_metadata, record_in_geopackage, run_record
from ..qgis_io.raster import no_side_files
from ..qgis_io.sinks import AtomicSink, commit_all
from ..qgis_io.split import grid_split
from ..qgis_io.styling import style_on_load
from .base import ClearanceAlgorithm, number_parameter

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
)
ALL = "(all)"
PLANNED = "planned"
NOT_PLANNED = "not planned: {0}"
TRUTHY = {"1", "true", "yes", "y", "t", "winter", "seasonal", "highland"}
DEFAULT_TEAMS = "manual:4,mechanical:1,mdd:2,technical_survey:1,non_technical_survey:1"
METHOD_COLOURS = {
    "manual": "#d7301f",
    "mechanical": "#636363",
    "mdd": "#2b8cbe",
    "technical_survey": "#f4a718",
    "non_technical_survey": "#31a354",
}

HELP = """Turns prioritised polygons (e.g. the output of Prioritise parcels) into dated tasks.

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

Outputs: OUTPUT tasks (in a metric CRS), GANTT (PNG) and SUMMARY (totals per method and \
district; the (all)/(all) row holds the projected completion date).

Nothing is dropped: invalid parcels are repaired (makeValid); a parcel without a usable \
polygon (no geometry, NaN coordinates, no area) keeps one OUTPUT row without geometry, dates or \
effort, whose plan_status says why; SUMMARY counts them in not_planned."""


class WorkplanAlgorithm(ClearanceAlgorithm):
    """Dated work plan: split, effort, calendar, list scheduling, Gantt and summary."""

    ALGORITHM_ID = "workplan"
    DISPLAY_NAME = "Work plan"
    GROUP = "Planning"
    GROUP_ID = "planning"
    HELP = HELP

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
            (self.PRIORITY_FIELD, "Priority field (lower = earlier)", "priority_rank"),
            (self.ID_FIELD, "Parcel id field (default: hazard_id or feature id)", None),
            (self.METHOD_FIELD, "Method field", None),
            (self.SEASON_FIELD, "Seasonal field (true = follows NO_WORK_MONTHS)", None),
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
            (self.HOLIDAYS, "Holidays (YYYY-MM-DD,...)"),
            (self.NO_WORK_MONTHS, "No-work months of seasonal tasks (1-12,...)"),
            (self.COST_PER_M2, "Cost in US$ per m² (method:cost,...)"),
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
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Work plan tasks"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.GANTT, tr("Gantt chart"), "PNG files (*.png)", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, tr("Work plan summary"), QgsProcessing.SourceType.TypeVector
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

    def _productivity(self, parameters, context) -> dict:
        flat = self.parameterAsMatrix(parameters, self.PRODUCTIVITY, context)
        if len(flat) == 1 and str(flat[0]).lower().endswith(".csv"):
            flat = _productivity_csv(Path(str(flat[0])))
        if len(flat) % 4:
            raise QgsProcessingException(
                tr("PRODUCTIVITY needs rows of 4 values: method, default, low, high.")
            )
        rows = {}
        for i in range(0, len(flat), 4):
            method = str(flat[i]).strip().lower()
            try:
                rows[method] = tuple(float(v) for v in flat[i + 1 : i + 4])
            except (TypeError, ValueError) as exc:
                raise QgsProcessingException(
                    tr("PRODUCTIVITY row '{0}': rates must be numbers ({1}).").format(method, exc)
                ) from exc
        try:
            return sched.productivity_table(rows)
        except sched.ScheduleError as exc:
            raise QgsProcessingException(tr("PRODUCTIVITY: {0}").format(exc)) from exc

    def _pairs(self, parameters, context, key: str) -> dict[str, float]:
        text = self.parameterAsString(parameters, key, context).strip()
        out = {}
        for item in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
            method, _, value = item.partition(":")
            method = method.strip().lower()
            if method not in sched.METHODS:
                raise QgsProcessingException(
                    tr("{0}: unknown method '{1}'; expected one of {2}.").format(
                        key, method, ", ".join(sched.METHODS)
                    )
                )
            try:
                out[method] = float(value)
            except ValueError as exc:
                raise QgsProcessingException(
                    tr("{0}: '{1}' needs a number after the colon.").format(key, item)
                ) from exc
            if out[method] < 0 or not math.isfinite(out[method]):
                raise QgsProcessingException(tr("{0}: '{1}' must be >= 0.").format(key, item))
        return out

    def _calendars(self, parameters, context, start: np.datetime64):
        days = self.parameterAsEnums(parameters, self.WORK_DAYS, context)
        holidays_text = self.parameterAsString(parameters, self.HOLIDAYS, context)
        months_text = self.parameterAsString(parameters, self.NO_WORK_MONTHS, context)
        try:
            holidays = [
                np.datetime64(h.strip(), "D")
                for h in holidays_text.replace(";", ",").split(",")
                if h.strip()
            ]
        except ValueError as exc:
            raise QgsProcessingException(
                tr("HOLIDAYS must be dates YYYY-MM-DD separated by commas ({0}).").format(exc)
            ) from exc
        try:
            months = [int(m) for m in months_text.replace(";", ",").split(",") if m.strip()]
            mask = weekmask(days)
            year = int(str(start)[:4])
            normal = WorkCalendar.build(mask, holidays, (), year)
            seasonal = WorkCalendar.build(mask, holidays, months, year)
        except (ValueError, CalendarError) as exc:
            raise QgsProcessingException(
                tr("Calendar: {0} (WORK_DAYS, NO_WORK_MONTHS)").format(exc)
            ) from exc
        return [normal, seasonal], months

    # -- processing ---------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        source, name = self._parcels(parameters, context)
        fields = {
            key: self._field(parameters, context, source, name, key, key == self.PRIORITY_FIELD)
            for key in (self.PRIORITY_FIELD, self.ID_FIELD, self.METHOD_FIELD, self.SEASON_FIELD)
        }
        if fields[self.ID_FIELD] < 0:
            fields[self.ID_FIELD] = source.fields().lookupField("hazard_id")
        table = self._productivity(parameters, context)
        teams = self._pairs(parameters, context, self.TEAMS)
        if any(v != int(v) for v in teams.values()):
            raise QgsProcessingException(tr("TEAMS: team counts must be whole numbers."))
        teams = {m: int(v) for m, v in teams.items()}
        costs = self._pairs(parameters, context, self.COST_PER_M2)
        reduction = self.parameterAsDouble(parameters, self.EXPECTED_REDUCTION, context)
        start = np.datetime64(
            self.parameterAsDateTime(parameters, self.START_DATE, context)
            .date()
            .toString("yyyy-MM-dd"),
            "D",
        )
        calendars, months = self._calendars(parameters, context, start)
        crs = source_metric_crs(source)
        feedback.pushInfo(tr("Areas and task grid in {0}").format(describe(crs)))

        tasks = self._tasks(parameters, context, feedback, source, name, fields, crs)
        n = len(tasks["geometry"])
        feedback.pushInfo(
            tr("{0} tasks from {1} parcels; {2} parcels not planned").format(
                n, source.featureCount(), len(tasks["unplanned"])
            )
        )
        self._terrain(parameters, context, feedback, tasks, crs)
        feedback.setProgress(50)
        tasks["district"] = self._districts(parameters, context, feedback, tasks["geometry"], crs)
        feedback.setProgress(60)
        if feedback.isCanceled():
            return {}
        seasonal = self._seasonal(
            parameters, context, tasks, months, fields[self.SEASON_FIELD] >= 0
        )

        try:
            work = sched.effort(tasks["area"], tasks["method"], table, reduction)
            plan = sched.schedule(
                tasks["method"], work.workdays, seasonal.astype(np.int64), calendars, teams, start
            )
        except sched.ScheduleError as exc:
            raise QgsProcessingException(tr("Layer '{0}': {1}").format(name, exc)) from exc
        cost = np.array([costs.get(m, np.nan) for m in tasks["method"]]) * tasks["area"]
        result = {
            **tasks,
            "work": work,
            "plan": plan,
            "seasonal": seasonal,
            "cost": cost,
            "teams": teams,
            "no_work_months": months,
        }

        record = run_record(
            self.ALGORITHM_ID,
            {
                "parcels": name,
                "metric_crs": crs.authid(),
                "productivity_m2_per_team_day": {
                    m: [p.default, p.low, p.high] for m, p in table.items()
                },
                "teams": teams,
                "expected_reduction": reduction,
                "start_date": str(start),
                "weekmask": calendars[0].weekmask,
                "no_work_months": months,
                "cost_per_m2": costs,
                "tasks": n,
                "completion": str(plan.end.max()) if n else None,
                "geometry": tasks["report"].record(),
            },
        )
        self._metadata = layer_metadata(
            tr("Work plan"), tr("Clearance Planner work plan of '{0}'.").format(name), record
        )
        gantt = self.parameterAsFileOutput(parameters, self.GANTT, context)
        with ExitStack() as stack:  # OUTPUT, SUMMARY and GANTT are replaced together, or none
            writers = [
                self._write_tasks(stack, parameters, context, feedback, result, crs),
                self._write_summary(stack, parameters, context, result),
            ]
            if gantt:
                png = stack.enter_context(AtomicFile(gantt))
                write_gantt(png.path, result, name)
                writers.append(png)
            dests = commit_all(writers, feedback.isCanceled)
        if dests is None:
            return {}
        record_in_geopackage(dests[0], record, self._metadata, "workplan")
        self._dest_id = dests[0]
        out = {self.OUTPUT: dests[0], self.SUMMARY: dests[1]}
        if gantt:
            out[self.GANTT] = gantt
        return out

    def _tasks(self, parameters, context, feedback, source, name, fields, crs) -> dict:
        """One row per task: geometry (metric CRS), ids, rank, method, area, season flag.

        Every parcel goes through :func:`geometries.clean`; parcels without a usable polygon
        are kept in ``unplanned`` (one row each in OUTPUT) and named in one warning.
        """
        max_ha = self.parameterAsDouble(parameters, self.MAX_TASK_HA, context)
        default_method = sched.METHODS[
            self.parameterAsEnum(parameters, self.DEFAULT_METHOD, context)
        ]
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        rows = {k: [] for k in ("geometry", "parent", "rank", "piece", "method", "season")}
        report = GeometryReport(name)
        unplanned = []
        total = max(source.featureCount(), 1)
        for i, feature in enumerate(iter_features(source)):
            if feedback.isCanceled():
                break
            feedback.setProgress(30.0 * i / total)
            cleaned = clean(feature.geometry(), polygonal=True)
            report.count(feature.id(), cleaned)
            rank = _rank(feature, fields[self.PRIORITY_FIELD], name, source)
            method = self._method(feature, fields[self.METHOD_FIELD], default_method, name, source)
            parent = (
                str(feature[fields[self.ID_FIELD]])
                if fields[self.ID_FIELD] >= 0
                else str(feature.id())
            )
            if not cleaned.usable:
                unplanned.append(
                    {"parent": parent, "rank": rank, "method": method, "reason": cleaned.reason}
                )
                continue
            season = (
                fields[self.SEASON_FIELD] >= 0
                and str(feature[fields[self.SEASON_FIELD]]).strip().lower() in TRUTHY
            )
            geom = in_crs(cleaned.geometry, transform, name, feature.id())
            pieces = grid_split(geom, max_ha * 10_000.0)
            for k, piece in enumerate(pieces, start=1):
                rows["geometry"].append(piece)
                rows["parent"].append(parent)
                rows["rank"].append(rank)
                rows["piece"].append(k if len(pieces) > 1 else 0)
                rows["method"].append(method)
                rows["season"].append(season)
        report.warn(feedback, tr("not planned (kept in OUTPUT without dates)"))
        if not rows["geometry"] and not feedback.isCanceled():
            raise QgsProcessingException(
                tr("Layer '{0}' (PARCELS) has no feature with a usable polygon: {1}").format(
                    name, " ".join(report.messages(tr("not planned")))
                )
            )
        order = np.lexsort((np.arange(len(rows["rank"])), np.nan_to_num(rows["rank"], nan=np.inf)))
        out = {k: [v[i] for i in order] for k, v in rows.items()}
        out["method"] = np.array(out["method"], dtype=object)
        out["rank"] = np.array(out["rank"])
        out["season"] = np.array(out["season"], dtype=bool)
        out["area"] = np.array([g.area() for g in out["geometry"]])
        out["note"] = [""] * len(order)
        out["unplanned"] = unplanned
        out["report"] = report
        return out

    def _method(self, feature, index, default, name, source) -> str:
        if index < 0:
            return default
        value = feature[index]
        if value in (None, NULL) or not str(value).strip():
            return default
        method = str(value).strip().lower()
        if method not in sched.METHODS:
            raise QgsProcessingException(
                tr(
                    "Layer '{0}', feature {1}, field '{2}': unknown method '{3}'; expected one "
                    "of {4}."
                ).format(
                    name,
                    feature.id(),
                    source.fields()[index].name(),
                    value,
                    ", ".join(sched.METHODS),
                )
            )
        return method

    def _terrain(self, parameters, context, feedback, tasks, crs) -> None:
        """Elevation and slope from the DEM; steep mechanical tasks fall back to manual."""
        n = len(tasks["geometry"])
        tasks["elevation"] = np.full(n, np.nan)
        tasks["slope"] = np.full(n, np.nan)
        dem = self._dem(parameters, context)
        if dem is None:
            return
        path = dem.source().split("|")[0]
        feedback.pushInfo(tr("Sampling DEM {0}").format(path))
        tasks["elevation"], tasks["slope"] = sample_dem(
            path, tasks["geometry"], crs, context, feedback
        )
        max_slope = self.parameterAsDouble(parameters, self.MAX_MECH_SLOPE, context)
        steep = (tasks["method"] == "mechanical") & (tasks["slope"] > max_slope)
        for i in np.flatnonzero(steep):
            tasks["note"][i] = (
                f"mechanical -> manual: slope {tasks['slope'][i]:.1f} > {max_slope:g} deg"
            )
        tasks["method"][steep] = "manual"

    def _dem(self, parameters, context):
        """The DEM layer, loaded without GDAL side files beside it (or None)."""
        with no_side_files():
            return self.parameterAsRasterLayer(parameters, self.DEM, context)

    def _seasonal(self, parameters, context, tasks, months, has_field: bool) -> np.ndarray:
        """Which tasks follow NO_WORK_MONTHS (see the help)."""
        n = len(tasks["geometry"])
        if not months:
            return np.zeros(n, dtype=bool)
        has_dem = self._dem(parameters, context) is not None
        if not has_dem and not has_field:
            return np.ones(n, dtype=bool)
        highland = np.zeros(n, dtype=bool)
        if has_dem:
            limit = self.parameterAsDouble(parameters, self.HIGHLAND_M, context)
            highland = np.nan_to_num(tasks["elevation"], nan=-np.inf) > limit
        return highland | tasks["season"]

    def _districts(self, parameters, context, feedback, geometries, crs) -> list:
        """The district (field ``district``, else ``name``, else the feature id) holding each
        task's point on surface; districts pass through :func:`geometries.clean`."""
        source = self.parameterAsSource(parameters, self.DISTRICTS, context)
        if source is None:
            return [None] * len(geometries)
        name = source.sourceName() or self.DISTRICTS
        names = source.fields().names()
        field = "district" if "district" in names else ("name" if "name" in names else None)
        districts = read_polygons(source, name, crs, context, None, field)
        districts.report.warn(feedback, tr("no task is placed in them"))
        index = QgsSpatialIndex()
        for k, geom in enumerate(districts.geometries):
            index.addFeature(k, geom.boundingBox())
        labels = [
            str(fid) if not field else (None if value in (None, NULL) else str(value))
            for fid, value in zip(districts.feature_ids, districts.values)
        ]
        out = []
        for geom in geometries:
            point = geom.pointOnSurface()
            hits = sorted(index.intersects(point.boundingBox()))  # first district in layer order
            inside = (labels[k] for k in hits if districts.geometries[k].contains(point))
            out.append(next(inside, None))
        return out

    # -- outputs ------------------------------------------------------------------------------

    def _write_tasks(self, stack, parameters, context, feedback, r, crs) -> AtomicSink:
        fields = QgsFields()
        for field_name, kind in TASK_FIELDS:
            fields.append(make_field(field_name, kind))
        plan, work = r["plan"], r["work"]
        out = stack.enter_context(
            AtomicSink(
                self, parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, crs
            )
        )
        for i, geom in enumerate(r["geometry"]):
            if i % 500 == 0 and feedback.isCanceled():
                break
            piece = r["piece"][i]
            feature = QgsFeature(fields)
            geom = QgsGeometry(geom)
            geom.convertToMultiType()
            feature.setGeometry(geom)
            feature.setAttributes(
                [
                    f"{r['parent'][i]}-{piece}" if piece else r["parent"][i],
                    r["parent"][i],
                    int(r["rank"][i]) if np.isfinite(r["rank"][i]) else NULL,
                    i + 1,
                    r["method"][i],
                    r["note"][i] or NULL,
                    f"{r['method'][i]} {plan.team[i]}",
                    float(r["area"][i]),
                    float(work.planned[i]),
                    float(work.low[i]),
                    float(work.high[i]),
                    int(work.workdays[i]),
                    _qdate(plan.start[i]),
                    _qdate(plan.end[i]),
                    bool(r["seasonal"][i]),
                    number_or_null(r["elevation"][i]),
                    number_or_null(r["slope"][i]),
                    r["district"][i] if r["district"][i] is not None else NULL,
                    number_or_null(r["cost"][i]),
                    PLANNED,
                ]
            )
            out.add(feature)
        for parcel in r["unplanned"]:
            out.add(_unplanned_feature(fields, parcel))
        return out

    def _write_summary(self, stack, parameters, context, r) -> AtomicSink:
        fields = QgsFields()
        for field_name, kind in SUMMARY_FIELDS:
            fields.append(make_field(field_name, kind))
        rows = summary_rows(r)
        out = stack.enter_context(
            AtomicSink(
                self,
                parameters,
                self.SUMMARY,
                context,
                fields,
                QgsWkbTypes.Type.NoGeometry,
                QgsCoordinateReferenceSystem(),
            )
        )
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(row)
            out.add(feature)
        return out

    def postProcessAlgorithm(self, context, feedback):
        if self._dest_id:
            style_on_load(context, self._dest_id, "workplan", self._metadata)
        return {}


def _unplanned_feature(fields: QgsFields, parcel: dict) -> QgsFeature:
    """The OUTPUT row of a parcel without a usable polygon: ids, rank and method, no
    geometry, dates or effort, and ``plan_status`` saying why."""
    feature = QgsFeature(fields)
    values = dict.fromkeys(fields.names(), NULL)
    values.update(
        task_id=parcel["parent"],
        parent_id=parcel["parent"],
        priority_rank=int(parcel["rank"]) if math.isfinite(parcel["rank"]) else NULL,
        method=parcel["method"],
        plan_status=NOT_PLANNED.format(parcel["reason"]),
    )
    feature.setAttributes([values[n] for n in fields.names()])
    return feature


def _rank(feature, index: int, name: str, source) -> float:
    """The feature's priority as a float (NaN when NULL); text that is no number is an error."""
    value = feature[index]
    if value is None or value == NULL:
        return float("nan")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise QgsProcessingException(
            tr("Layer '{0}', feature {1}, field '{2}': priority '{3}' is not a number.").format(
                name, feature.id(), source.fields()[index].name(), value
            )
        ) from None


def _productivity_csv(path: Path) -> list:
    """Rows ``method,default,low,high`` of a CSV file (a header row is skipped) as a flat list."""
    import csv

    if not path.is_file():
        raise QgsProcessingException(tr("PRODUCTIVITY: file '{0}' not found.").format(path))
    with path.open(newline="", encoding="utf-8-sig") as fh:
        rows = [r for r in csv.reader(fh) if any(c.strip() for c in r)]
    if rows and rows[0] and rows[0][0].strip().lower() == "method":
        rows = rows[1:]
    bad = [i + 1 for i, r in enumerate(rows) if len(r) != 4]
    if bad:
        raise QgsProcessingException(
            tr(
                "PRODUCTIVITY file '{0}': rows {1} do not have 4 columns (method,default,low,high)."
            ).format(path, bad)
        )
    return [c.strip() for r in rows for c in r]


def summary_rows(r: dict) -> list[list]:
    """Totals per (method, district), per method, per district and overall.

    Parcels not planned (no usable polygon, no district) count in ``not_planned`` of their
    method's rows with an empty district and of the (all) rows; a group holding only such
    parcels has 0 tasks and NULL dates.
    """
    methods = np.asarray(r["method"], dtype=object)
    district = np.array([d if d is not None else "" for d in r["district"]], dtype=object)
    unplanned = np.array([u["method"] for u in r["unplanned"]], dtype=object)
    plan, work = r["plan"], r["work"]
    completion = _qdate(plan.end.max())
    names = sorted(set(methods) | set(unplanned))
    districts = sorted(set(district) | ({""} if len(unplanned) else set()))
    groups = [(m, d) for m in names for d in districts]
    groups += [(m, ALL) for m in names]
    if len(districts) > 1 or districts[0]:
        groups += [(ALL, d) for d in districts]
    groups.append((ALL, ALL))
    rows = []
    for m, d in groups:
        sel = np.ones(len(methods), dtype=bool)
        lost = np.ones(len(unplanned), dtype=bool)
        if m != ALL:
            sel &= methods == m
            lost &= unplanned == m
        if d != ALL:
            sel &= district == d
            lost &= d == ""
        if not sel.any() and not lost.any():
            continue
        cost = r["cost"][sel]
        rows.append(
            [
                m,
                d if d != "" else NULL,
                int(sel.sum()),
                float(r["area"][sel].sum()),
                float(work.planned[sel].sum()),
                float(work.low[sel].sum()),
                float(work.high[sel].sum()),
                float(np.nansum(cost)) if np.isfinite(cost).any() else NULL,
                _qdate(plan.start[sel].min()) if sel.any() else NULL,
                _qdate(plan.end[sel].max()) if sel.any() else NULL,
                completion,
                int(lost.sum()),
            ]
        )
    return rows


def write_gantt(path: str | Path, r: dict, title: str) -> None:
    """Teams on the y axis, tasks as bars coloured by method (callers write into an
    :class:`AtomicFile`)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    plan = r["plan"]
    used = [m for m in sched.METHODS if m in set(r["method"])]
    lanes = [f"{m} {k}" for m in used for k in range(1, r["teams"][m] + 1)]
    y = np.array([lanes.index(f"{m} {t}") for m, t in zip(r["method"], plan.team)])
    start = plan.start.astype("datetime64[D]").astype(object)
    width = (plan.end - plan.start).astype(int) + 1
    fig, ax = plt.subplots(figsize=(11, 1.6 + 0.32 * len(lanes)), dpi=110)
    colours = [METHOD_COLOURS[m] for m in r["method"]]
    ax.barh(
        y,
        width,
        left=mdates.date2num(start),
        color=colours,
        edgecolor="white",
        linewidth=0.4,
        height=0.7,
    )
    handles = [Patch(color=METHOD_COLOURS[m], label=m) for m in used]
    if r["no_work_months"] and r["seasonal"].any():
        for first, last in _months_between(plan.start.min(), plan.end.max(), r["no_work_months"]):
            ax.axvspan(mdates.date2num(first), mdates.date2num(last), color="#bbbbbb", alpha=0.35)
        handles.append(Patch(color="#bbbbbb", alpha=0.5, label="no-work months"))
    ax.set_yticks(range(len(lanes)))
    ax.set_yticklabels(lanes)
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.08),
        ncol=len(handles),
        frameon=False,
    )
    lost = len(r["unplanned"])
    note = f", {lost} parcels not planned (no usable polygon)" if lost else ""
    ax.set_title(f"Work plan: {title} — {len(y)} tasks, completion {plan.end.max()}{note}")
    fig.tight_layout()
    try:
        fig.savefig(path, format="png")
    finally:
        plt.close(fig)


def _months_between(first, last, months) -> list[tuple]:
    """(start, end) datetimes of every no-work month from ``first`` to ``last``."""
    out = []
    month = np.datetime64(first, "M")
    while month <= np.datetime64(last, "M"):
        if int(str(month)[5:7]) in months:
            out.append(
                (
                    month.astype("datetime64[D]").astype(object),
                    (month + 1).astype("datetime64[D]").astype(object),
                )
            )
        month += 1
    return out


def _qdate(value) -> QDate:
    return QDate.fromString(str(np.datetime64(value, "D")), "yyyy-MM-dd")
