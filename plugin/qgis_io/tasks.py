"""Parcels read into work-plan tasks: every polygon cleaned and brought into the metric CRS,
split into grid cells, in priority order; parcels without a usable polygon kept aside."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import NULL, QgsCoordinateTransform, QgsGeometry, QgsProcessingException

from ..engine.land_release import Chain
from ..engine.schedule import METHODS, Schedule
from ..engine.workplan import TaskTable, Unplanned, priority_order
from ..engine.workplan_params import is_truthy
from ..i18n import tr
from .geometries import GeometryReport, clean
from .layers import in_crs, iter_features
from .split import grid_split


@dataclass(frozen=True)
class TaskColumns:
    """Field indexes in the parcel layer (-1: not given)."""

    priority: int
    parcel_id: int = -1
    method: int = -1
    season: int = -1
    hazard_type: int = -1  # TYPE_FIELD: SHA/CHA
    cancel: int = -1  # CANCEL_FIELD: per-parcel share NTS cancels
    reduce: int = -1  # REDUCE_FIELD: per-parcel share TS reduces


@dataclass
class ParcelTasks:
    """Tasks in priority order with their geometries (metric CRS), and what reading found."""

    geometries: list[QgsGeometry]
    table: TaskTable
    unplanned: list[Unplanned]
    report: GeometryReport


def read_tasks(
    source,
    name: str,
    crs,
    context,
    feedback,
    columns: TaskColumns,
    default_method: str,
    max_task_m2: float,
    labels: dict | None = None,
) -> ParcelTasks:
    """One task per parcel, or per grid cell of at most ``max_task_m2`` (0: no split),
    named by ``labels`` (feature id → label, :func:`.ids.feature_ids`) when given.

    Every parcel goes through :func:`geometries.clean`; parcels without a usable polygon
    are kept in ``unplanned`` and named in one warning (an error when none is usable). A
    rank that is no number or an unknown method is an error naming the feature and field.
    """
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    geometries, parent, rank, piece, method, season = [], [], [], [], [], []
    kinds, cancel, reduce = [], [], []
    other_types: dict[str, int] = {}
    report = GeometryReport(name)
    unplanned = []
    total = max(source.featureCount(), 1)
    for i, feature in enumerate(iter_features(source)):
        if feedback.isCanceled():
            break
        feedback.setProgress(30.0 * i / total)
        cleaned = clean(feature.geometry(), polygonal=True)
        report.count(feature.id(), cleaned)
        value = _rank(feature, columns.priority, name, source)
        kind = _method(feature, columns.method, default_method, name, source)
        pid = labels[feature.id()] if labels is not None else _parcel_id(feature, columns)
        if not cleaned.usable:
            unplanned.append(Unplanned(pid, value, kind, cleaned.reason))
            continue
        marked = columns.season >= 0 and is_truthy(feature[columns.season])
        hazard = _hazard_type(feature, columns.hazard_type, other_types)
        shares = [_share(feature, k, name, source) for k in (columns.cancel, columns.reduce)]
        geom = in_crs(cleaned.geometry, transform, name, feature.id())
        pieces = grid_split(geom, max_task_m2)
        for k, cell in enumerate(pieces, start=1):
            geometries.append(cell)
            parent.append(pid)
            rank.append(value)
            piece.append(k if len(pieces) > 1 else 0)
            method.append(kind)
            season.append(marked)
            kinds.append(hazard)
            cancel.append(shares[0])
            reduce.append(shares[1])
    report.warn(feedback, tr("not planned (kept in OUTPUT without dates)"))
    if other_types:
        feedback.pushWarning(
            tr(
                "Layer '{0}', field '{1}': hazard types {2} are neither SHA nor CHA; "
                "planned as SHA."
            ).format(
                name,
                source.fields()[columns.hazard_type].name(),
                ", ".join(f"'{v}' ({n} parcels)" for v, n in sorted(other_types.items())),
            )
        )
    if not geometries and not feedback.isCanceled():
        raise QgsProcessingException(
            tr("Layer '{0}' (PARCELS) has no feature with a usable polygon: {1}").format(
                name, " ".join(report.messages(tr("not planned")))
            )
        )
    order = priority_order(rank)
    geometries = [geometries[i] for i in order]
    table = TaskTable(
        parent=[parent[i] for i in order],
        rank=[rank[i] for i in order],
        piece=[piece[i] for i in order],
        method=[method[i] for i in order],
        season=[season[i] for i in order],
        area=[g.area() for g in geometries],
        hazard_type=[kinds[i] for i in order],
        cancel_override=np.array([cancel[i] for i in order], dtype=float),
        reduce_override=np.array([reduce[i] for i in order], dtype=float),
    )
    return ParcelTasks(geometries, table, unplanned, report)


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


def _method(feature, index: int, default: str, name: str, source) -> str:
    """The feature's method (``default`` without field or value); unknown ones are an error."""
    if index < 0:
        return default
    value = feature[index]
    if value in (None, NULL) or not str(value).strip():
        return default
    method = str(value).strip().lower()
    if method not in METHODS:
        raise QgsProcessingException(
            tr(
                "Layer '{0}', feature {1}, field '{2}': unknown method '{3}'; expected one of {4}."
            ).format(name, feature.id(), source.fields()[index].name(), value, ", ".join(METHODS))
        )
    return method


def _hazard_type(feature, index: int, others: dict[str, int]) -> str:
    """``sha`` or ``cha`` (case-insensitive); other values count in ``others`` and are SHA."""
    if index < 0:
        return "sha"
    value = feature[index]
    text = "" if value in (None, NULL) else str(value).strip()
    if text.lower() in ("sha", "cha"):
        return text.lower()
    others[text] = others.get(text, 0) + 1
    return "sha"


def _share(feature, index: int, name: str, source) -> float:
    """A per-parcel share (0-1) from CANCEL_FIELD / REDUCE_FIELD; NaN when not given."""
    if index < 0 or feature[index] in (None, NULL) or not str(feature[index]).strip():
        return float("nan")
    try:
        share = float(feature[index])
    except (TypeError, ValueError):
        share = float("nan")
    if not 0.0 <= share <= 1.0:
        raise QgsProcessingException(
            tr("Layer '{0}', feature {1}, field '{2}': share '{3}' must be a number 0-1.").format(
                name, feature.id(), source.fields()[index].name(), feature[index]
            )
        )
    return share


def _parcel_id(feature, columns: TaskColumns) -> str:
    return str(feature[columns.parcel_id]) if columns.parcel_id >= 0 else str(feature.id())


PLAN_FIELDS = ("task_id", "method", "area_m2", "sequence", "team", "start_date", "end_date")


@dataclass
class PlanTasks(ParcelTasks):
    """The tasks of an earlier plan (OUTPUT of the work plan) with their status and dates."""

    status: list[str] = field(default_factory=list)
    before: Schedule | None = None
    seasonal: np.ndarray | None = None


def read_plan(source, name: str, crs, context, feedback, status_index: int) -> PlanTasks:
    """An earlier work plan's tasks in ``sequence`` order, as they were (no split, no chain),
    with the value of STATUS_FIELD and their team and dates; rows not planned and rows
    without a usable polygon are kept aside. Missing plan fields are an error naming them."""
    names = source.fields().names()
    missing = [f for f in PLAN_FIELDS if f not in names]
    if missing:
        raise QgsProcessingException(
            tr(
                "Layer '{0}': STATUS_FIELD re-plans an earlier work plan (the OUTPUT of this "
                "algorithm), but the layer has no field {1}."
            ).format(name, ", ".join(missing))
        )
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    rows, report, unplanned = [], GeometryReport(name), []
    for feature in iter_features(source):
        if feedback.isCanceled():
            break
        cleaned = clean(feature.geometry(), polygonal=True)
        report.count(feature.id(), cleaned)
        row = _plan_row(feature, names, name, source, status_index)
        if not cleaned.usable or str(row["plan_status"] or "").startswith("not planned"):
            reason = str(row["plan_status"] or "")[len("not planned: ") :] or cleaned.reason
            unplanned.append(Unplanned(row["task_id"], row["rank"], row["method"], reason))
            continue
        row["geometry"] = in_crs(cleaned.geometry, transform, name, feature.id())
        rows.append(row)
    report.warn(feedback, tr("not planned (kept in OUTPUT without dates)"))
    if not rows and not feedback.isCanceled():
        raise QgsProcessingException(
            tr("Layer '{0}' (PARCELS) has no task with a usable polygon to re-plan.").format(name)
        )
    rows.sort(key=lambda r: (r["sequence"] is None, r["sequence"] or 0))
    index = {r["task_id"]: k for k, r in enumerate(rows)}
    column = {k: [r[k] for r in rows] for k in rows[0]} if rows else {}
    area = np.array(column.get("area", []), dtype=float)
    steps = Chain(
        np.arange(len(rows)),
        column.get("step", []),
        np.array(column.get("method", []), dtype=object),
        np.array([index.get(p, -1) for p in column.get("predecessor", [])], dtype=np.int64),
        area,
        *(np.array(column.get(k, []), dtype=float) for k in ("cancelled", "reduced", "cleared")),
    )
    table = TaskTable(
        parent=column.get("parent", []),
        rank=column.get("rank", []),
        piece=[0] * len(rows),
        method=column.get("method", []),
        season=column.get("seasonal", []),
        area=area,
        district=column.get("district", []),
        steps=steps,
        ids=column.get("task_id", []),
    )
    before = Schedule(
        np.array(column.get("team", []), dtype=np.int64),
        np.array(column.get("start", []), dtype="datetime64[D]"),
        np.array(column.get("end", []), dtype="datetime64[D]"),
    )
    return PlanTasks(
        column.get("geometry", []),
        table,
        unplanned,
        report,
        column.get("status", []),
        before,
        np.array(column.get("seasonal", []), dtype=bool),
    )


def _plan_row(feature, names, name: str, source, status_index: int) -> dict:
    """One earlier task's values (None/NaN/NaT for NULL)."""

    def value(field, default=None):
        if field not in names or feature[field] in (None, NULL):
            return default
        return feature[field]

    task_id = str(value("task_id", feature.id()))
    method = _method(feature, names.index("method"), "manual", name, source)
    team = str(value("team", ""))
    number = team.rsplit(" ", 1)[-1]
    release = [float(value(f"release_{k}_m2", 0.0)) for k in ("cancelled", "reduced", "cleared")]
    sequence = value("sequence")
    return {
        "task_id": task_id,
        "parent": str(value("parent_id", task_id)),
        "rank": float(value("priority_rank", float("nan"))),
        "method": method,
        "step": str(value("step", "")),
        "predecessor": value("predecessor"),
        "team": int(number) if team.startswith(method) and number.isdigit() else 0,
        "start": _day(value("start_date")),
        "end": _day(value("end_date")),
        "area": float(value("area_m2", 0.0)),
        "district": value("district"),
        "seasonal": bool(value("seasonal", False)),
        "cancelled": release[0],
        "reduced": release[1],
        "cleared": release[2],
        "sequence": int(sequence) if sequence is not None else None,
        "plan_status": value("plan_status"),
        "status": str(feature[status_index]) if feature[status_index] not in (None, NULL) else "",
    }


def _day(value) -> np.datetime64:
    """A QDate, QDateTime or ``YYYY-MM-DD`` text as ``datetime64[D]`` (NaT for None)."""
    if value is None:
        return np.datetime64("NaT", "D")
    if hasattr(value, "date") and callable(value.date):
        value = value.date()
    if hasattr(value, "toString"):
        value = value.toString("yyyy-MM-dd")
    try:
        return np.datetime64(str(value)[:10], "D")
    except ValueError:
        return np.datetime64("NaT", "D")
