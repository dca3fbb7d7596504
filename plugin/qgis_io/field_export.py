"""QGIS side of the field export: tasks as WGS 84/UTM arrays and the GeoPackage with embedded
styles (the PDF atlas is :mod:`..reports.atlas`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime
from qgis.PyQt.QtXml import QDomDocument

from ..engine.fieldfiles import FieldTask
from ..engine.progress import OperationCancelled
from ..engine.utm import UtmZone, centre
from ..i18n import tr
from .compat import save_style_to_database
from .geometries import DEGENERATE, LISTED, OK, Cleaned, GeometryReport, clean, is_finite
from .layers import in_crs

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
SUMMARY_FIELDS = ("method", "team", "start_date", "end_date", "area_m2")


def plain(value):
    """A Python value for text outputs (dates as ISO text, NULL as None)."""
    if value is None or value == NULL or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd")
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-ddTHH:mm:ss")
    return value


def describe_feature(attributes: dict) -> str:
    """``method: manual; team: manual 1; start_date: ...`` or the first attributes."""
    keys = [k for k in SUMMARY_FIELDS if k in attributes] or list(attributes)[:6]
    parts = []
    for key in keys:
        value = attributes[key]
        if isinstance(value, float):
            value = f"{value:,.0f}" if key == "area_m2" else f"{value:.2f}"
        parts.append(f"{key}: {'' if value is None else value}")
    return "; ".join(parts)


@dataclass
class FieldPlan:
    """Every feature of the exported layer as a :class:`FieldTask` (layer order) and the
    export's one UTM zone, used by the CSV, GPX, KML and atlas alike."""

    tasks: list[FieldTask]
    feature_ids: list
    zone: UtmZone
    report: GeometryReport

    def located_ids(self) -> list:
        """Feature ids of the tasks with coordinates (the atlas pages)."""
        return [fid for fid, task in zip(self.feature_ids, self.tasks) if task.located]

    def outside_ids(self) -> list:
        """Feature ids of the tasks beyond the zone's valid range."""
        return [fid for fid, task in zip(self.feature_ids, self.tasks) if task.outside_zone]

    @property
    def crs(self) -> QgsCoordinateReferenceSystem:
        return QgsCoordinateReferenceSystem(f"EPSG:{self.zone.epsg}")


def field_plan(
    layer: QgsVectorLayer, labels: dict, zone: UtmZone | None, context, feedback=None
) -> FieldPlan:
    """Every feature of ``layer`` as a task named by ``labels`` (feature id → label,
    :func:`.ids.feature_ids`) in WGS 84 and in ``zone`` (default: the zone of the centre of
    the located tasks' WGS 84 extent).

    Geometries go through :func:`geometries.clean` (a bow-tie is repaired); a feature whose
    geometry is null, degenerate or not transformable to WGS 84 stays a task without
    coordinates and with the reason as its note. Tasks beyond the zone's valid range keep
    their coordinates in ``zone`` and are flagged. Warnings name both kinds of task.
    """
    to_wgs = QgsCoordinateTransform(layer.crs(), WGS84, context.transformContext())
    names = layer.fields().names()
    plan = FieldPlan([], [], zone, GeometryReport(layer.name()))
    for feature in layer.getFeatures():
        if feedback is not None and feedback.isCanceled():
            raise OperationCancelled()
        cleaned, wgs = _in_wgs84(feature, to_wgs, layer.name())
        plan.report.count(feature.id(), cleaned)
        plan.tasks.append(_task(feature, names, labels[feature.id()], cleaned, wgs))
        plan.feature_ids.append(feature.id())
    located = [task.turning_wgs84 for task in plan.tasks if task.located]
    plan.report.warn(
        feedback,
        tr("kept in the CSV without coordinates (no placemark, waypoint or atlas page)")
        if located
        else tr("so nothing can be exported"),
    )
    if not located:
        raise QgsProcessingException(
            tr(
                "Layer '{0}': none of its {1} features has usable coordinates, so there is "
                "nothing to export; fix the geometries (clearance:check_geometry)."
            ).format(layer.name(), len(plan.tasks))
        )
    if plan.zone is None:
        plan.zone = UtmZone.of(*centre(np.concatenate(located)))
    _project(plan, context)
    _warn_outside(plan, layer.name(), feedback)
    return plan


def _task(feature, names: list, label: str, cleaned: Cleaned, wgs) -> FieldTask:
    """One feature as a task: WGS 84 polygons and turning points when ``wgs`` is a geometry,
    none otherwise; the note says why, or that the geometry was repaired."""
    attributes = {n: plain(feature[n]) for n in names}
    polygons = _polygons(wgs) if wgs is not None else []
    turning = [rings[0][:-1] for rings in polygons]
    return FieldTask(
        label,
        describe_feature(attributes),
        attributes,
        polygons,
        np.concatenate(turning) if turning else np.zeros((0, 2)),
        None,
        note="" if cleaned.state == OK else cleaned.reason or tr("repaired with makeValid"),
        style=str(attributes.get("method") or ""),
    )


def _in_wgs84(feature, to_wgs: QgsCoordinateTransform, name: str):
    """``(Cleaned, geometry in WGS 84 or None)``; a geometry that cannot be transformed, or
    lands outside longitude ±180° / latitude ±90°, becomes degenerate with the reason."""
    cleaned = clean(feature.geometry(), polygonal=True)
    if not cleaned.usable:
        return cleaned, None
    try:
        wgs = in_crs(cleaned.geometry, to_wgs, name, feature.id())
    except QgsProcessingException:
        return Cleaned(None, DEGENERATE, tr("cannot be transformed to WGS 84")), None
    box = wgs.boundingBox()
    bounds = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    if not (
        is_finite(wgs)
        and -180 <= bounds[0] <= bounds[2] <= 180
        and -90 <= bounds[1] <= bounds[3] <= 90
    ):
        return Cleaned(None, DEGENERATE, tr("coordinates beyond WGS 84 (±180°, ±90°)")), None
    return cleaned, wgs


def _project(plan: FieldPlan, context) -> None:
    """Turning points of the located tasks in ``plan.zone``, and the outside-zone flag."""
    to_utm = QgsCoordinateTransform(WGS84, plan.crs, context.transformContext())
    zone = plan.zone
    for task in plan.tasks:
        if not task.located:
            continue
        beyond = zone.beyond(task.turning_wgs84)
        task.outside_zone = beyond > 0
        notes = [task.note] if task.note else []
        if task.outside_zone:
            notes.append(
                tr("outside UTM zone {0} ({1}) by up to {2:.2f}°").format(
                    zone.label, zone.valid_range, beyond
                )
            )
        try:
            xy = [to_utm.transform(QgsPointXY(x, y)) for x, y in task.turning_wgs84]
            utm = np.array([[p.x(), p.y()] for p in xy])
        except QgsCsException:
            utm = None
        if utm is None or not np.isfinite(utm).all():
            utm = None
            notes.append(tr("cannot be projected to UTM zone {0}").format(zone.label))
        task.turning_utm = utm
        task.note = "; ".join(notes)


def _warn_outside(plan: FieldPlan, name: str, feedback) -> None:
    """One warning naming the tasks beyond the zone's valid range."""
    outside = [
        (fid, task.name) for fid, task in zip(plan.feature_ids, plan.tasks) if task.outside_zone
    ]
    if feedback is None or not outside:
        return
    named = ", ".join(f"{fid} ({task})" for fid, task in outside[:LISTED])
    feedback.pushWarning(
        tr(
            "Layer '{0}': {1} tasks lie outside UTM zone {2} ({3}); their UTM coordinates are "
            "given in zone {2} and flagged outside_zone in the CSV (set UTM_ZONE to choose "
            "another zone): features {4}{5}."
        ).format(
            name,
            len(outside),
            plan.zone.label,
            plan.zone.valid_range,
            named,
            "…" if len(outside) > LISTED else "",
        )
    )


def _polygons(geom) -> list:
    """Per polygon part: its rings as closed (n, 2) arrays."""
    multi = geom.asMultiPolygon() if geom.isMultipart() else [geom.asPolygon()]
    return [[np.array([[p.x(), p.y()] for p in ring]) for ring in polygon] for polygon in multi]


def write_geopackage(path: Path, layers: list[tuple[str, QgsVectorLayer]], context) -> None:
    """Each layer into ``path`` under its name, its current style saved in ``layer_styles``."""
    for i, (name, layer) in enumerate(layers):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.fileEncoding = "UTF-8"
        if i:
            options.actionOnExistingFile = (
                QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            )
        error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(path), context.transformContext(), options
        )
        if error != QgsVectorFileWriter.WriterError.NoError:
            raise QgsProcessingException(
                tr("GeoPackage: layer '{0}' not written: {1}").format(layer.name(), message)
            )
        written = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        doc = QDomDocument()
        layer.exportNamedStyle(doc)
        written.importNamedStyle(doc)
        save_style_to_database(written, name, tr("Clearance Planner export"))
        del written
