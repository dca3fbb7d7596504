"""Parcels read into work-plan tasks: every polygon cleaned and brought into the metric CRS,
split into grid cells, in priority order; parcels without a usable polygon kept aside."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import NULL, QgsCoordinateTransform, QgsGeometry, QgsProcessingException

from ..engine.schedule import METHODS
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
) -> ParcelTasks:
    """One task per parcel, or per grid cell of at most ``max_task_m2`` (0: no split).

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
        pid = str(feature[columns.parcel_id]) if columns.parcel_id >= 0 else str(feature.id())
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
