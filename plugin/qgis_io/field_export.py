"""QGIS side of the field export: tasks as WGS 84/UTM arrays, GeoPackage with embedded styles,
and the PDF task atlas (print layout)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QRectF
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..engine.fieldfiles import FieldTask
from ..i18n import tr
from .crs import utm_crs_for

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
SUMMARY_FIELDS = ("method", "team", "start_date", "end_date", "area_m2")
ATLAS_FIELDS = (
    "task_id",
    "parent_id",
    "priority_rank",
    "method",
    "team",
    "area_m2",
    "effort_team_days",
    "start_date",
    "end_date",
    "district",
)


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


def field_tasks(layer: QgsVectorLayer, id_field: str, context, feedback=None) -> list[FieldTask]:
    """Every feature with a polygon geometry as a :class:`FieldTask`."""
    to_wgs = QgsCoordinateTransform(layer.crs(), WGS84, context.transformContext())
    names = layer.fields().names()
    tasks = []
    for feature in layer.getFeatures():
        if feedback is not None and feedback.isCanceled():
            return []
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        if geom.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                tr("Layer '{0}', feature {1}: only polygon layers can be exported.").format(
                    layer.name(), feature.id()
                )
            )
        attributes = {n: plain(feature[n]) for n in names}
        wgs = type(geom)(geom)
        wgs.transform(to_wgs)
        polygons = _polygons(wgs)
        turning = np.concatenate([rings[0][:-1] for rings in polygons])
        centre = wgs.centroid().asPoint()
        utm = utm_crs_for(centre.x(), centre.y())
        to_utm = QgsCoordinateTransform(WGS84, utm, context.transformContext())
        turning_utm = np.array(
            [[p.x(), p.y()] for p in (to_utm.transform(x, y) for x, y in turning)]
        )
        code = int(utm.authid().split(":")[1])
        zone = f"{code % 100}{'N' if code < 32700 else 'S'}"
        name = str(attributes.get(id_field)) if id_field else str(feature.id())
        tasks.append(
            FieldTask(
                name,
                describe_feature(attributes),
                attributes,
                polygons,
                turning,
                turning_utm,
                zone,
                str(attributes.get("method") or ""),
            )
        )
    return tasks


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
        written.saveStyleToDatabase(name, tr("Clearance Planner export"), True, "")
        del written


def atlas_pdf(
    path: Path,
    tasks_layer: QgsVectorLayer,
    context_layers: list[QgsVectorLayer],
    title: str,
    id_field: str,
    utm: QgsCoordinateReferenceSystem,
    feedback=None,
) -> int:
    """One A4 landscape page per feature of ``tasks_layer``; returns the page count."""
    project = QgsProject()
    layers = [
        _highlight_layer(tasks_layer),
        tasks_layer.clone(),
        *(_context_layer(c) for c in context_layers),
    ]
    for layer in layers:
        project.addMapLayer(layer)
    coverage = layers[1]
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", 1)  # 1 = landscape
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setPageNameExpression(f'"{id_field}"' if id_field else "@atlas_featureid")
    if id_field:
        atlas.setSortFeatures(True)
        atlas.setSortExpression(_sort_expression(coverage))

    _label(
        layout, f"[% '{_quote(title)}' %] — [% {_page_name(id_field)} %]", 10, 5, 277, 9, 14, True
    )
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptSetSceneRect(QRectF(10, 16, 277, 138))
    map_item.setCrs(utm)
    map_item.setLayers(layers)
    map_item.setFrameEnabled(True)
    map_item.zoomToExtent(coverage.extent())
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    map_item.setAtlasMargin(1.2)  # neighbours and context around the task
    layout.addLayoutItem(map_item)
    _grid(map_item, utm)
    _north_arrow(layout, map_item)
    _scale_bar(layout, map_item)
    _table(layout, coverage)  # after the atlas coverage is set
    _label(
        layout,
        tr(
            "Map and grid: {0} (metres). Clearance Planner, "
            "[% format_date(now(), 'yyyy-MM-dd') %]. "
            "Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]."
        ).format(_quote(utm.description())),
        10,
        200,
        277,
        6,
        7,
        False,
    )
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    settings.rasterizeWholeImage = False
    # real text, not outlines: searchable and copyable ids and coordinates
    settings.textRenderFormat = QgsRenderContext.TextRenderFormat.AlwaysText
    result, error = QgsLayoutExporter.exportToPdf(atlas, str(path), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise QgsProcessingException(tr("PDF atlas not written: {0}").format(error))
    return atlas.count()


def _quote(text: str) -> str:
    return text.replace("'", "''")


def _page_name(id_field: str) -> str:
    return f'"{id_field}"' if id_field else "@atlas_featureid"


def _sort_expression(layer) -> str:
    names = layer.fields().names()
    return (
        '"sequence"'
        if "sequence" in names
        else '"priority_rank"'
        if "priority_rank" in names
        else "$id"
    )


def _highlight_layer(layer: QgsVectorLayer) -> QgsVectorLayer:
    """A copy drawing only the atlas feature with a thick blue outline (on top)."""
    top = layer.clone()
    top.setName(tr("Current task"))
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#08519c", "outline_width": "1.2"}
    )
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "$id = @atlas_featureid"))
    top.setRenderer(QgsRuleBasedRenderer(root))
    top.setLabelsEnabled(False)
    return top


def _context_layer(layer: QgsVectorLayer) -> QgsVectorLayer:
    """A clone drawn plainly under the tasks: polygons as red outlines, points as dots with
    their ``name``, lines as dark grey lines."""
    clone = layer.clone()
    kind = clone.geometryType()
    if kind == QgsWkbTypes.GeometryType.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple(
            {
                "color": "0,0,0,0",
                "outline_color": "#d7191c",
                "outline_width": "0.5",
                "outline_style": "dash",
            }
        )
    elif kind == QgsWkbTypes.GeometryType.PointGeometry:
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#202020", "outline_color": "white", "size": "2"}
        )
    else:
        symbol = QgsLineSymbol.createSimple({"color": "#404040", "width": "0.5"})
    clone.setRenderer(QgsSingleSymbolRenderer(symbol))
    names = clone.fields().names()
    if kind == QgsWkbTypes.GeometryType.PointGeometry and "name" in names:
        settings = QgsPalLayerSettings()
        settings.fieldName = "name"
        text = QgsTextFormat()
        text.setFont(QFont("DejaVu Sans"))
        text.setSize(8)
        settings.setFormat(text)
        clone.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        clone.setLabelsEnabled(True)
    else:
        clone.setLabelsEnabled(False)
    return clone


def _label(layout, text, x, y, w, h, size, bold):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    label.setFont(font)
    label.attemptMove(QgsLayoutPoint(x, y))
    label.attemptResize(QgsLayoutSize(w, h))
    layout.addLayoutItem(label)
    return label


def _grid(map_item, utm) -> None:
    grid = QgsLayoutItemMapGrid("UTM", map_item)
    grid.setCrs(utm)
    grid.setUnits(QgsLayoutItemMapGrid.GridUnit.DynamicPageSizeBased)
    grid.setMinimumIntervalWidth(30)
    grid.setMaximumIntervalWidth(70)
    grid.setStyle(QgsLayoutItemMapGrid.GridStyle.Solid)
    grid.setGridLineColor(QColor(90, 90, 90, 140))
    grid.setAnnotationEnabled(True)
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.Decimal)
    grid.setAnnotationPrecision(0)
    grid.setAnnotationFont(QFont("DejaVu Sans", 6))
    for side in (
        QgsLayoutItemMapGrid.BorderSide.Left,
        QgsLayoutItemMapGrid.BorderSide.Right,
        QgsLayoutItemMapGrid.BorderSide.Top,
        QgsLayoutItemMapGrid.BorderSide.Bottom,
    ):
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.InsideMapFrame, side)
    grid.setAnnotationDirection(
        QgsLayoutItemMapGrid.AnnotationDirection.Vertical, QgsLayoutItemMapGrid.BorderSide.Left
    )
    grid.setAnnotationDirection(
        QgsLayoutItemMapGrid.AnnotationDirection.Vertical, QgsLayoutItemMapGrid.BorderSide.Right
    )
    map_item.grids().addGrid(grid)


def _north_arrow(layout, map_item) -> None:
    from qgis.core import QgsApplication

    arrow = QgsLayoutItemPicture(layout)
    candidates = [Path(p) / "arrows" / "NorthArrow_02.svg" for p in QgsApplication.svgPaths()]
    svg = next((c for c in candidates if c.exists()), candidates[0])
    arrow.setPicturePath(str(svg))
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
    arrow.attemptMove(QgsLayoutPoint(270, 20))
    arrow.attemptResize(QgsLayoutSize(13, 13))
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(arrow)


def _scale_bar(layout, map_item) -> None:
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setNumberOfSegments(3)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(30)
    bar.setMaximumBarWidth(60)
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 220))
    bar.setFont(QFont("DejaVu Sans", 7))
    bar.attemptMove(QgsLayoutPoint(14, 140))
    layout.addLayoutItem(bar)


def _table(layout, coverage) -> None:
    """The atlas feature's attributes (numbers rounded) in one row under the map."""
    table = QgsLayoutItemAttributeTable.create(layout)
    fields = coverage.fields()
    shown = [n for n in ATLAS_FIELDS if n in fields.names()] or fields.names()[:10]
    columns = []
    for name in shown:
        column = QgsLayoutTableColumn(name)
        field = fields.field(name)
        if field.isNumeric() and field.typeName().lower() not in ("integer", "int", "int4", "int8"):
            column.setAttribute(f'format_number("{name}", {0 if name == "area_m2" else 1})')
        else:
            column.setAttribute(f'"{name}"')
        columns.append(column)
    table.setColumns(columns)
    table.setSource(QgsLayoutItemAttributeTable.ContentSource.AtlasFeature)  # this task only
    header, content = QgsTextFormat(), QgsTextFormat()
    header.setFont(QFont("DejaVu Sans", 7, QFont.Bold))
    header.setSize(7)
    content.setFont(QFont("DejaVu Sans", 7))
    content.setSize(7)
    table.setHeaderTextFormat(header)
    table.setContentTextFormat(content)
    table.setMaximumNumberOfFeatures(1)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(10, 160))
    frame.attemptResize(QgsLayoutSize(277, 30))
    table.addFrame(frame)
    frame.setFrameEnabled(False)
