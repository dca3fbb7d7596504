"""The PDF task atlas of a field export (the field pack): per located task an A4 page with the
map in the export's UTM zone, a locator map, a legend, the original hazard id, the
land-release step, the benchmark/reference point and the turning-point table (UTM, decimal
degrees, DMS, MGRS), which continues on further pages with its header repeated."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    QgsCentroidFillSymbolLayer,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor, QFont

from ..engine.turning_points import turning_points
from ..formatting import decimals, degrees, header, metres
from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.compat import set_label_color, set_legend_style_font, text_format
from ..qgis_io.field_export import FieldPlan
from ..qgis_io.fields import make_field
from ..qgis_io.style_labels import translate_legend
from .labels import add_label, add_scale_bar
from .pagination import add_brand
from .template import report_template

ATLAS_FIELDS = (
    "task_id",
    "priority_rank",
    "method",
    "team",
    "area_m2",
    "effort_team_days",
    "start_date",
    "end_date",
    "district",
)
HAZARD_FIELDS = ("parent_id", "hazard_id")  # the original hazard id, in this order
STEP_FIELDS = ("step", "land_release_step")
BENCHMARK_FIELDS = ("benchmark", "benchmark_mgrs", "reference_point")
# the turning-point table: (field, header)
POINT_COLUMNS = (
    ("pt", QT_TR_NOOP("Point")),
    ("easting", QT_TR_NOOP("Easting (m)")),
    ("northing", QT_TR_NOOP("Northing (m)")),
    ("lat", QT_TR_NOOP("Latitude (°)")),
    ("lon", QT_TR_NOOP("Longitude (°)")),
    ("lat_dms", QT_TR_NOOP("Latitude (DMS)")),
    ("lon_dms", QT_TR_NOOP("Longitude (DMS)")),
    ("mgrs", QT_TR_NOOP("MGRS (1 m)")),
)
PAGE_W, PAGE_H, MARGIN = 297.0, 210.0, 10.0
RIGHT_X, RIGHT_W = 206.0, 81.0  # the column of locator map, legend and task facts
MAP_TOP, MAP_H = 16.0, 126.0  # the main map
ROWS_PER_PAGE = 30  # fewer than a continuation page holds (about 33 rows at 7 pt)


def atlas_pdf(
    path: Path,
    tasks_layer: QgsVectorLayer,
    context_layers: list[QgsVectorLayer],
    title: str,
    plan: FieldPlan,
    feedback=None,
) -> int:
    """One A4 landscape page per located task of ``plan`` (``tasks_layer`` is the layer the
        plan was read from, or a copy of it), map and grid in the plan's UTM zone; a task beyond
        the zone's valid range says so on its page. A turning-point table longer than its page
    goes on over continuation pages. Returns the PDF's page count."""
    utm = plan.crs
    project = QgsProject()
    layers = [
        _highlight_layer(tasks_layer),
        tasks_layer.clone(),
        *(_context_layer(c) for c in context_layers),
    ]
    for layer in layers:
        translate_legend(layer)  # private copies: the shipped styles' labels translated
        project.addMapLayer(layer)
    coverage = layers[1]
    ids = _coverage_ids(coverage, plan)
    points = _points_layer(plan, ids["all"])
    facts = _facts_layer(plan, ids["all"])
    for table_layer in (points, facts):
        project.addMapLayer(table_layer, False)  # table sources, not drawn
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", 1)  # 1 = landscape
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    page_name = _page_name(ids["all"], [task.name for task in plan.tasks])
    atlas.setPageNameExpression(page_name)
    atlas.setSortFeatures(True)
    atlas.setSortExpression(_sort_expression(coverage))
    atlas.setFilterFeatures(True)
    atlas.setFilterExpression(f"$id IN ({_id_list(ids['located'])})")

    add_label(layout, f"[% '{_quote(title)}' %] — [% {page_name} %]", 10, 5, 277, 9, 14, True)
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptSetSceneRect(QRectF(MARGIN, MAP_TOP, RIGHT_X - MARGIN - 4, MAP_H))
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
    _locator(layout, map_item, layers, coverage)
    _legend(layout, map_item, layers)
    _facts(layout, facts)
    _table(layout, coverage)  # after the atlas coverage is set
    _point_table(layout, points, page_name)
    if ids["outside"]:
        flag = tr(
            "Outside UTM zone {0} ({1}): the grid is zone {0} extended; a GPS on automatic "
            "zones shows another zone here."
        ).format(plan.zone.label, plan.zone.valid_range)
        label = add_label(
            layout,
            f"[% CASE WHEN @atlas_featureid IN ({_id_list(ids['outside'])}) "
            f"THEN '{_quote(flag)}' ELSE '' END %]",
            MARGIN,
            142.5,
            RIGHT_X - MARGIN - 4,
            5,
            7,
            True,
        )
        set_label_color(label, QColor("#b2182b"))
    _footers(layout, atlas, utm)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    settings.rasterizeWholeImage = False
    # real text, not outlines: searchable and copyable ids and coordinates
    settings.textRenderFormat = QgsRenderContext.TextRenderFormat.AlwaysText
    result, error = QgsLayoutExporter.exportToPdf(atlas, str(path), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise QgsProcessingException(tr("PDF atlas not written: {0}").format(error))
    return pdf_pages(path)


def _footers(layout, atlas, utm) -> None:
    """On every page: map CRS, date, "Task i of M" and "Page p of N" counting the PDF's
    pages (a task's continuation pages included), logo and organisation."""
    starts, total = _first_pages(layout, atlas)
    first = f"array_get(array({', '.join(map(str, starts))}), @atlas_featurenumber - 1)"
    page = f"{first} + @layout_page"
    text = tr(
        "Map and grid: {0} (metres). Clearance Planner, {1}. Task {2} of {3}. Page {4} of {5}."
    ).format(
        _quote(utm.description()),
        "[% format_date(now(), 'yyyy-MM-dd') %]",
        "[% @atlas_featurenumber %]",
        "[% @atlas_totalfeatures %]",
        f"[% {page} %]",
        total,
    )
    template = report_template()
    for number in range(layout.pageCollection().pageCount()):
        label = add_label(layout, text, MARGIN, 200, PAGE_W - 2 * MARGIN, 6, 7, False)
        label.attemptMove(QgsLayoutPoint(MARGIN, 200), True, False, number)
        top = layout.pageCollection().page(number).pos().y()
        add_brand(layout, template, 10, top + 193.5)  # the template's logo, organisation


def _first_pages(layout, atlas) -> tuple[list[int], int]:
    """The PDF page before each atlas feature's first page (0 for the first feature), and
    the PDF's page count: pages the exporter skips (empty continuation pages) not counted."""
    starts, total = [], 0
    if not atlas.beginRender():
        return [0], 0
    try:
        for i in range(atlas.count()):
            atlas.seekTo(i)
            layout.refresh()
            starts.append(total)
            pages = layout.pageCollection()
            total += sum(pages.shouldExportPage(p) for p in range(pages.pageCount()))
    finally:
        atlas.endRender()
    return starts or [0], total


def pdf_pages(path: Path) -> int:
    """Pages of a PDF written by QGIS (Qt's writer: one ``/Type /Page`` object each)."""
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", Path(path).read_bytes()))


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
    out = {
        key: [own[position[fid]] for fid in fids]
        for key, fids in (("located", plan.located_ids()), ("outside", plan.outside_ids()))
    }
    out["all"] = own  # coverage id of each task, in plan order
    return out


def _points_layer(plan: FieldPlan, coverage_ids: list) -> QgsVectorLayer:
    """A table (no geometry) of every located task's turning points, keyed by the task's
    coverage feature id: UTM to 0.1 m, degrees to 0.000001°, DMS to 0.01", MGRS to 1 m."""
    layer = QgsVectorLayer("None", tr("Turning points"), "memory")
    provider = layer.dataProvider()
    provider.addAttributes(
        [make_field("task_fid", "long"), make_field("n", "int")]
        + [make_field(name, "string") for name, _ in POINT_COLUMNS]
    )
    layer.updateFields()
    features = []
    for fid, task in zip(coverage_ids, plan.tasks):
        if not task.located or task.turning_utm is None:
            continue
        for n, row in enumerate(turning_points(task.turning_utm, task.turning_wgs84)):
            feature = QgsFeature(layer.fields())
            lat_dms, lon_dms = row.dms().split(" ")
            feature.setAttributes(
                [
                    int(fid),
                    n + 1,
                    row.label,
                    metres(row.easting),
                    metres(row.northing),
                    degrees(row.lat),
                    degrees(row.lon),
                    lat_dms,
                    lon_dms,
                    row.mgrs(plan.zone),
                ]
            )
            features.append(feature)
    provider.addFeatures(features)
    return layer


def _id_list(ids: list) -> str:
    return ",".join(str(int(i)) for i in ids)


def _quote(text: str) -> str:
    return text.replace("'", "''")


def _page_name(coverage_ids: list, labels: list[str]) -> str:
    """Expression giving each page the task's label, the name it has in every other output
    (the coverage layer may be a renumbered copy, so labels are looked up by its ids)."""
    pairs = ", ".join(
        f"'{int(fid)}', '{_quote(label)}'" for fid, label in zip(coverage_ids, labels)
    )
    return f"map_get(map({pairs}), to_string(@atlas_featureid))"


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
    arrow.attemptMove(QgsLayoutPoint(RIGHT_X - 4 - 16, 19))
    arrow.attemptResize(QgsLayoutSize(13, 13))
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(arrow)


def _scale_bar(layout, map_item) -> None:
    """In the main map's lower-left corner, inside its frame (as on the priority map)."""
    add_scale_bar(layout, map_item, MARGIN + 4, MAP_TOP + MAP_H - 12, km=False)


def _locator(layout, map_item, layers, coverage) -> None:
    """A small map of every task (not atlas-driven) with the main map's extent in red."""
    locator = QgsLayoutItemMap(layout)
    locator.attemptSetSceneRect(QRectF(RIGHT_X, 16, RIGHT_W, 52))
    locator.setCrs(map_item.crs())
    marker = _locator_marker(layers[1])
    layout.project().addMapLayer(marker, False)  # the project owns it (maps hold weak refs)
    locator.setLayers([marker, *layers[1:]])
    extent = coverage.extent()
    extent.scale(1.15)
    locator.zoomToExtent(extent)  # keeps the item's size
    locator.setFrameEnabled(True)
    layout.addLayoutItem(locator)
    overview = QgsLayoutItemMapOverview(tr("Atlas page"), locator)
    overview.setLinkedMap(map_item)
    overview.setFrameSymbol(
        QgsFillSymbol.createSimple(
            {"color": "255,0,0,40", "outline_color": "#e31a1c", "outline_width": "0.6"}
        )
    )
    locator.overviews().addOverview(overview)
    add_label(layout, tr("Locator: all tasks of the export"), RIGHT_X, 68.5, RIGHT_W, 4, 6, False)


def _locator_marker(layer: QgsVectorLayer) -> QgsVectorLayer:
    """A copy drawing only the atlas task, as a large marker at its centroid (a task is a
    speck at the locator's scale)."""
    top = layer.clone()
    top.setName(tr("Current task"))
    marker = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "255,255,0,220",
            "outline_color": "#08519c",
            "size": "3.5",
            "outline_width": "0.6",
        }
    )
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, QgsCentroidFillSymbolLayer())
    symbol.symbolLayer(0).setSubSymbol(marker)
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "$id = @atlas_featureid"))
    top.setRenderer(QgsRuleBasedRenderer(root))
    top.setLabelsEnabled(False)
    return top


def _legend(layout, map_item, layers) -> None:
    """The legend of the main map: the current task, tasks by style, context layers."""
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        root.addLayer(layer)
    legend.setLegendFilterByMapEnabled(True)  # only what the page shows
    for style in (
        QgsLegendStyle.Style.Title,
        QgsLegendStyle.Style.Subgroup,
        QgsLegendStyle.Style.SymbolLabel,
    ):
        size = 6 if style != QgsLegendStyle.Style.Title else 7
        set_legend_style_font(legend.rstyle(style), QFont("DejaVu Sans", size))
    legend.setSymbolHeight(3)
    legend.setSymbolWidth(5)
    legend.setResizeToContents(False)
    legend.setFrameEnabled(True)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(RIGHT_X, 73))
    legend.attemptResize(QgsLayoutSize(RIGHT_W, 38))


def _facts_layer(plan: FieldPlan, coverage_ids: list) -> QgsVectorLayer:
    """Per task (keyed by coverage feature id) a row each for the original hazard id, the
    land-release step, the benchmark and the reference point (TP1, where the team starts)."""
    layer = QgsVectorLayer("None", tr("Task facts"), "memory")
    provider = layer.dataProvider()
    provider.addAttributes(
        [
            make_field("task_fid", "long"),
            make_field("item", "string"),
            make_field("value", "string"),
        ]
    )
    layer.updateFields()
    missing = tr("not recorded")
    features = []
    for fid, task in zip(coverage_ids, plan.tasks):
        if not task.located:
            continue
        rows = (
            (tr("Original hazard id"), _first_value(task.attributes, HAZARD_FIELDS) or missing),
            (tr("Land-release step"), _first_value(task.attributes, STEP_FIELDS) or missing),
            (
                tr("Benchmark"),
                _first_value(task.attributes, BENCHMARK_FIELDS)
                or tr("not recorded; start from the reference point"),
            ),
            (tr("Reference point"), _reference(task, plan) or missing),
        )
        for item, value in rows:
            feature = QgsFeature(layer.fields())
            feature.setAttributes([int(fid), item, value])
            features.append(feature)
    provider.addFeatures(features)
    return layer


def _reference(task, plan: FieldPlan) -> str:
    """TP1 as MGRS, UTM and DMS: ``TP1 38S PJ 83734 86404 (683735.0 E, 4386404.4 N)``."""
    if task.turning_utm is None or not len(task.turning_utm):
        return ""
    tp1 = turning_points(task.turning_utm[:1], task.turning_wgs84[:1])[0]
    return tr("TP1 {0} ({1} E, {2} N; {3})").format(
        tp1.mgrs(plan.zone), metres(tp1.easting), metres(tp1.northing), tp1.dms()
    )


def _first_value(attributes: dict, names: tuple) -> str:
    for name in names:
        value = attributes.get(name)
        if value not in (None, ""):
            return str(value).strip()
    return ""


def _facts(layout, facts: QgsVectorLayer) -> None:
    """The task's facts from ``facts`` as a two-column table in the right-hand column."""
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setVectorLayer(facts)
    columns = []
    for name, heading in (("item", tr("Task")), ("value", "")):
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(f'"{name}"')
        columns.append(column)
    columns[0].setWidth(22)
    columns[1].setWidth(RIGHT_W - 22 - 6)  # cell margins
    table.setColumns(columns)
    table.setFilterFeatures(True)
    table.setFeatureFilter('"task_fid" = @atlas_featureid')
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setHeaderMode(QgsLayoutTable.HeaderMode.NoHeaders)
    _table_fonts(table, 6.5)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(RIGHT_X, 113))
    frame.attemptResize(QgsLayoutSize(RIGHT_W, 33))
    frame.setFrameEnabled(False)
    table.addFrame(frame)


def _table_fonts(table, size: float) -> None:
    header, content = QgsTextFormat(), QgsTextFormat()
    header.setFont(QFont("DejaVu Sans", 7, QFont.Weight.Bold))
    header.setSize(size)
    content.setFont(QFont("DejaVu Sans", 7))
    content.setSize(size)
    table.setHeaderTextFormat(header)
    table.setContentTextFormat(content)


def _table(layout, coverage) -> None:
    """The atlas feature's attributes (numbers rounded) in one row under the map."""
    table = QgsLayoutItemAttributeTable.create(layout)
    fields = coverage.fields()
    shown = [n for n in ATLAS_FIELDS if n in fields.names()] or fields.names()[:10]
    columns = []
    for name in shown:
        column = QgsLayoutTableColumn(header(name))
        field = fields.field(name)
        if field.isNumeric() and field.typeName().lower() not in ("integer", "int", "int4", "int8"):
            column.setAttribute(f'format_number("{name}", {decimals(name)})')
        else:
            column.setAttribute(f'"{name}"')
        columns.append(column)
    table.setColumns(columns)
    table.setSource(QgsLayoutItemAttributeTable.ContentSource.AtlasFeature)  # this task only
    _table_fonts(table, 7)
    table.setMaximumNumberOfFeatures(1)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(MARGIN, 148))
    frame.attemptResize(QgsLayoutSize(PAGE_W - 2 * MARGIN, 12))
    table.addFrame(frame)
    frame.setFrameEnabled(False)


def _point_table(layout, points: QgsVectorLayer, page_name: str) -> None:
    """The atlas task's turning points: under the map on its page, then on pages of their
    own (header repeated, "continued") as long as rows remain; an empty continuation page is
    not exported."""
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setVectorLayer(points)
    columns = []
    for name, heading in POINT_COLUMNS:
        column = QgsLayoutTableColumn(tr(heading))
        column.setAttribute(f'"{name}"')
        columns.append(column)
    table.setColumns(columns)
    table.setFilterFeatures(True)
    table.setFeatureFilter('"task_fid" = @atlas_featureid')
    table.setMaximumNumberOfFeatures(100_000)
    _table_fonts(table, 7)
    table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.HideTable)
    layout.addMultiFrame(table)
    width = PAGE_W - 2 * MARGIN
    first = QgsLayoutFrame(layout, table)
    first.attemptMove(QgsLayoutPoint(MARGIN, 162))
    first.attemptResize(QgsLayoutSize(width, 37))
    first.setFrameEnabled(False)
    table.addFrame(first)
    # continuation pages for the longest task; empty ones are not exported
    longest = max((f["n"] for f in points.getFeatures()), default=0)
    for page in range(1, 2 + longest // ROWS_PER_PAGE):
        layout.pageCollection().addPage(_page(layout))
        more = QgsLayoutFrame(layout, table)
        more.attemptMove(QgsLayoutPoint(MARGIN, 18), True, False, page)
        more.attemptResize(QgsLayoutSize(width, 180))
        more.setFrameEnabled(False)
        more.setHidePageIfEmpty(True)
        table.addFrame(more)
        label = add_label(
            layout,
            tr("Turning points of [% {0} %] (continued)").format(page_name),
            MARGIN,
            5,
            PAGE_W - 2 * MARGIN,
            9,
            11,
            True,
        )
        label.attemptMove(QgsLayoutPoint(MARGIN, 5), True, False, page)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)


def _page(layout) -> QgsLayoutItemPage:
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    return page
