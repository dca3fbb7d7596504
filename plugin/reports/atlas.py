"""The PDF task atlas of a field export: one A4 page per located task (QGIS print layout)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
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
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor, QFont

from ..i18n import tr
from ..qgis_io.compat import set_label_color, text_format
from ..qgis_io.field_export import FieldPlan
from .labels import add_label
from .pagination import add_brand
from .template import report_template

ATLAS_FIELDS = (
    "task_id",
    "parent_id",
    "priority_rank",
    "step",
    "method",
    "team",
    "area_m2",
    "effort_team_days",
    "start_date",
    "end_date",
    "district",
)


def atlas_pdf(
    path: Path,
    tasks_layer: QgsVectorLayer,
    context_layers: list[QgsVectorLayer],
    title: str,
    id_field: str,
    plan: FieldPlan,
    feedback=None,
) -> int:
    """One A4 landscape page per located task of ``plan`` (``tasks_layer`` is the layer the
    plan was read from, or a copy of it), map and grid in the plan's UTM zone; a task beyond
    the zone's valid range says so on its page. Returns the page count."""
    utm = plan.crs
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
    ids = _coverage_ids(coverage, plan)
    atlas.setFilterFeatures(True)
    atlas.setFilterExpression(f"$id IN ({_id_list(ids['located'])})")

    add_label(
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
    if ids["outside"]:
        flag = tr(
            "Outside UTM zone {0} ({1}): the grid is zone {0} extended; a GPS on automatic "
            "zones shows another zone here."
        ).format(plan.zone.label, plan.zone.valid_range)
        label = add_label(
            layout,
            f"[% CASE WHEN @atlas_featureid IN ({_id_list(ids['outside'])}) "
            f"THEN '{_quote(flag)}' ELSE '' END %]",
            10,
            154.5,
            277,
            5,
            7,
            True,
        )
        set_label_color(label, QColor("#b2182b"))
    add_label(
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
    add_brand(layout, report_template(), 10, 193.5)  # the report template's logo, organisation
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    settings.rasterizeWholeImage = False
    # real text, not outlines: searchable and copyable ids and coordinates
    settings.textRenderFormat = QgsRenderContext.TextRenderFormat.AlwaysText
    result, error = QgsLayoutExporter.exportToPdf(atlas, str(path), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise QgsProcessingException(tr("PDF atlas not written: {0}").format(error))
    return atlas.count()


def _coverage_ids(coverage: QgsVectorLayer, plan: FieldPlan) -> dict:
    """Feature ids in ``coverage`` of the plan's located and outside-zone tasks. A copy of a
    memory layer renumbers its features, so ids are matched by feature order."""
    position = {fid: i for i, fid in enumerate(plan.feature_ids)}
    own = [
        f.id()
        for f in coverage.getFeatures(
            QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        )
    ]
    if len(own) != len(plan.feature_ids):
        raise QgsProcessingException(
            tr(
                "PDF atlas: layer '{0}' has unsaved edits or changed during the export; "
                "save its edits and run the export again."
            ).format(coverage.name())
        )
    return {
        key: [own[position[fid]] for fid in fids]
        for key, fids in (("located", plan.located_ids()), ("outside", plan.outside_ids()))
    }


def _id_list(ids: list) -> str:
    return ",".join(str(int(i)) for i in ids)


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
    grid.setAnnotationTextFormat(text_format(QFont("DejaVu Sans", 6)))
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
    bar.setTextFormat(text_format(QFont("DejaVu Sans", 7)))
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
    header.setFont(QFont("DejaVu Sans", 7, QFont.Weight.Bold))
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
