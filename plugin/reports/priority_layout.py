"""The ranking map: an A4 landscape print layout of a prioritised layer (class colours, a
legend that explains the classes, the weights used, a SYNTHETIC or source banner, district
labels, scale bar, north arrow, date, data sources, overview inset), then the top parcels
on as many pages as they need. Exported to PDF (every page), PNG (the map page) and a
``.qpt`` template; a copy goes into the project's layout manager. Run on the main thread."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLayout,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QFont

from ..engine.priority_legend import KNOWN_CRITERIA, ClassSummary
from ..engine.scoring import CLASSES
from ..i18n import tr, tr_message
from ..paths import style_path
from ..qgis_io.compat import set_label_color, set_legend_style_font
from .labels import LEGEND_WRAP, add_label, add_scale_bar, halo_labels, wrapped
from .pagination import Box, Column, add_footers, add_page, manual_table, paged_table
from .template import ReportTemplate

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_W, PAGE_H, MARGIN = 297.0, 210.0, 10.0
MAP = (MARGIN, 27.0, 192.0, 163.0)  # x, y, w, h (mm)
SIDE_X, SIDE_W = 207.0, 80.0
SYNTHETIC_FILL, SOURCE_FILL = "#b2182b", "#e8eef4"
LEGEND_SIZE, LEGEND_TEXT_W = 7.0, 66.0  # legend labels: points, mm of text beside the symbol
OWNER = "clearance_planner/ranking_map"  # custom property: the project layout a layer is drawn in


@dataclass
class PriorityMap:
    """Everything the layout shows (layers are private clones, never the user's)."""

    parcels: QgsVectorLayer
    title: str
    summary: ClassSummary
    weights: list  # engine Texts (priority_legend.weight_lines)
    synthetic: bool
    banner: str
    sources: str
    subtitle: str
    districts: QgsVectorLayer | None = None
    district_field: str = ""
    columns: list[Column] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # the top parcels' table
    extent: QgsRectangle | None = None  # of the parcels, finite (layer CRS)
    overview_extent: QgsRectangle | None = None  # of the districts, in the parcels' CRS


def classed_parcels(layer: QgsVectorLayer, summary: ClassSummary) -> QgsVectorLayer:
    """``layer`` drawn with the plugin's priority colours, each class labelled as the
    summary explains it; classes without parcels are left out of the legend."""
    layer.loadNamedStyle(style_path("priority"))
    renderer = layer.renderer()
    labels = {e.value: tr_message(e.label) for e in summary.entries}
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i in reversed(range(len(renderer.categories()))):
            value = str(renderer.categories()[i].value())
            if value in labels:
                renderer.updateCategoryLabel(i, wrapped(labels[value], LEGEND_TEXT_W, LEGEND_SIZE))
            else:
                renderer.deleteCategory(i)
    layer.setLabelsEnabled(False)
    return layer


def outlined_districts(layer: QgsVectorLayer, name_field: str) -> QgsVectorLayer:
    """District outlines with their names in a white halo."""
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#4d4d4d", "outline_width": "0.35"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    if name_field:
        halo_labels(layer, name_field, 7.5)
    return layer


def _banner(layout: QgsLayout, job: PriorityMap) -> None:
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    colour = SYNTHETIC_FILL if job.synthetic else SOURCE_FILL
    shape.setSymbol(
        QgsFillSymbol.createSimple({"color": colour, "outline_style": "no", "outline_width": "0"})
    )
    layout.addLayoutItem(shape)
    shape.attemptMove(QgsLayoutPoint(MARGIN, 4, MM))
    shape.attemptResize(QgsLayoutSize(PAGE_W - 2 * MARGIN, 6.5, MM))
    label = add_label(layout, job.banner, MARGIN + 2, 4.9, PAGE_W - 2 * MARGIN - 4, 5, 8, True)
    set_label_color(label, QColor("white" if job.synthetic else "#1a1a1a"))


def _extent(layer, aspect: float, grow: float = 1.06) -> QgsRectangle:
    """The extent of ``layer`` (or a rectangle) grown by ``grow`` and to ``aspect``."""
    extent = QgsRectangle(layer if isinstance(layer, QgsRectangle) else layer.extent())
    if extent.isEmpty() or not extent.isFinite():
        extent = QgsRectangle(-1, -1, 1, 1)
    w, h, c = max(extent.width(), 1.0) * grow, max(extent.height(), 1.0) * grow, extent.center()
    w, h = (h * aspect, h) if w / h < aspect else (w, w / aspect)
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


def _main_map(layout: QgsLayout, job: PriorityMap, layers: list) -> QgsLayoutItemMap:
    x, y, w, h = MAP
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.setCrs(job.parcels.crs())
    item.setLayers(layers)
    item.setExtent(_extent(job.extent or job.parcels, w / h))
    item.setBackgroundColor(QColor("#f4f6f2"))
    item.setFrameEnabled(True)
    item.setId("ranking map")
    return item


def _overview(layout: QgsLayout, job: PriorityMap, main: QgsLayoutItemMap, y: float) -> float:
    """Inset of the whole area (districts, else the parcels grown) with the map's frame."""
    inset = QgsLayoutItemMap(layout)
    layout.addLayoutItem(inset)
    inset.attemptMove(QgsLayoutPoint(SIDE_X, y, MM))
    inset.attemptResize(QgsLayoutSize(SIDE_W, 42, MM))
    inset.setCrs(job.parcels.crs())
    layers = [job.parcels]
    extent = _extent(job.extent or job.parcels, SIDE_W / 42, 3.0)
    if job.districts is not None:
        plain = job.districts.clone()  # outlines without labels
        plain.setLabelsEnabled(False)
        if job.districts.customProperty(OWNER):  # removed with the project layout
            plain.setCustomProperty(OWNER, job.districts.customProperty(OWNER))
        layout.project().addMapLayer(plain, False)  # drawn by the inset, not in the layer tree
        layers.append(plain)
        if job.overview_extent is not None:
            extent = _extent(job.overview_extent, SIDE_W / 42, 1.05)
    inset.setLayers(layers)
    inset.setExtent(extent)
    inset.setBackgroundColor(QColor("#ffffff"))
    inset.setFrameEnabled(True)
    overview = QgsLayoutItemMapOverview("main map", inset)
    overview.setLinkedMap(main)
    overview.setFrameSymbol(
        QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "#d7301f", "outline_width": "0.6"}
        )
    )
    inset.overviews().addOverview(overview)
    add_label(layout, tr("Overview"), SIDE_X, y + 42.5, SIDE_W, 4, 6.5)
    return y + 47


def _legend(layout: QgsLayout, main: QgsLayoutItemMap, job: PriorityMap, y: float) -> None:
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    root.addLayer(job.parcels)
    if job.districts is not None:
        root.addLayer(job.districts)
    legend.setLinkedMap(main)
    legend.setWrapString(LEGEND_WRAP)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(4)
    for part in (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Subgroup):
        set_legend_style_font(legend.rstyle(part), QFont("DejaVu Sans", int(LEGEND_SIZE)))
    set_legend_style_font(legend.rstyle(QgsLegendStyle.Style.Title), QFont("DejaVu Sans", 9))
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(SIDE_X, y, MM))


def _north_arrow(layout: QgsLayout, main: QgsLayoutItemMap) -> None:
    arrow = QgsLayoutItemPicture(layout)
    candidates = [Path(p) / "arrows" / "NorthArrow_02.svg" for p in QgsApplication.svgPaths()]
    svg = next((c for c in candidates if c.exists()), candidates[0])
    arrow.setPicturePath(str(svg))
    arrow.setLinkedMap(main)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
    x, y, w, _ = MAP
    layout.addLayoutItem(arrow)
    arrow.attemptMove(QgsLayoutPoint(x + w - 14, y + 2, MM))
    arrow.attemptResize(QgsLayoutSize(12, 12, MM))
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 200))


def _scale_bar(layout: QgsLayout, main: QgsLayoutItemMap) -> None:
    x, y, _, h = MAP
    add_scale_bar(layout, main, x + 3, y + h - 12, km=True)


def _map_page(layout: QgsLayout, job: PriorityMap, template: ReportTemplate) -> None:
    _banner(layout, job)
    add_label(layout, job.title, MARGIN, 12, PAGE_W - 2 * MARGIN, 8, 14, True)
    add_label(layout, job.subtitle, MARGIN, 20.5, PAGE_W - 2 * MARGIN, 5, 7.5)
    layers = [job.parcels] + ([job.districts] if job.districts is not None else [])
    main = _main_map(layout, job, layers)
    _north_arrow(layout, main)
    _scale_bar(layout, main)
    y = MAP[1]
    if template.shows("overview"):
        y = _overview(layout, job, main, y)
    _legend(layout, main, job, y)
    if template.shows("weights") and job.weights:
        lines = [f"• {tr_message(w)}" for w in job.weights]
        text = tr("Weights used:") + "\n" + "\n".join(lines)
        add_label(layout, text, SIDE_X, 150, SIDE_W, 40, 6.5)
    add_label(layout, tr("Data: {0}").format(job.sources), MARGIN, 191, PAGE_W - 2 * MARGIN, 9, 6.5)


def _parcel_pages(layout: QgsLayout, job: PriorityMap, template: ReportTemplate) -> None:
    box = Box(MARGIN, 16, PAGE_W - 2 * MARGIN, 178)
    table = manual_table(layout, job.columns, job.rows, size=7.5, room=box.w)
    title = tr("Most urgent parcels ({0})").format(len(job.rows))
    paged_table(layout, table, add_page(layout), title, box, template)


def build_layout(
    job: PriorityMap, template: ReportTemplate, project: QgsProject | None = None, name: str = ""
) -> tuple[QgsPrintLayout, QgsProject]:
    """The layout (named ``name``) and the project holding its layers (keep both alive): a
    private project, or ``project`` where the layers are registered outside the layer tree."""
    project = QgsProject() if project is None else project
    project.addMapLayers([job.parcels] + ([job.districts] if job.districts else []), False)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
    _map_page(layout, job, template)
    if template.shows("parcels") and job.rows:
        _parcel_pages(layout, job, template)
    add_footers(layout, template)
    return layout, project


def add_to_project(
    job: PriorityMap, template: ReportTemplate, project: QgsProject, name: str
) -> QgsPrintLayout:
    """The ranking map in ``project``'s layout manager as ``name``, drawing copies of the
    job's layers registered in the project (not in its layer tree); an earlier layout of
    that name is replaced and the layers it drew are removed."""
    manager = project.layoutManager()
    earlier = manager.layoutByName(name)
    if earlier is not None:
        manager.removeLayout(earlier)
    project.removeMapLayers(
        [i for i, layer in project.mapLayers().items() if layer.customProperty(OWNER) == name]
    )
    copies = {"parcels": job.parcels.clone()}
    if job.districts is not None:
        copies["districts"] = job.districts.clone()
    for layer in copies.values():
        layer.setCustomProperty(OWNER, name)
    layout, _ = build_layout(replace(job, **copies), template, project, name)
    manager.addLayout(layout)
    return layout


def save_template(layout: QgsLayout, path: Path) -> None:
    """Write ``layout`` as a QGIS layout template (``.qpt``) to ``path``."""
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise QgsProcessingException(tr("Layout template not written to {0}.").format(path))


def export(layout: QgsLayout, pdf: Path | None, png: Path | None, dpi: int = 150) -> int:
    """Write the PDF (every page) and the PNG (the map page); returns the page count."""
    exporter = QgsLayoutExporter(layout)
    if pdf is not None:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 300
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = QgsRenderContext.TextRenderFormat.AlwaysText
        status = exporter.exportToPdf(str(pdf), settings)
        if status != QgsLayoutExporter.ExportResult.Success:
            raise QgsProcessingException(
                tr("PDF export to {0} failed: {1}").format(pdf, exporter.errorMessage())
            )
    if png is not None:  # rendered here: the exporter's GDAL georeferencing warns on PNG
        image = exporter.renderPageToImage(0, QSize(), dpi)
        if image.isNull() or not image.save(str(png), "PNG"):
            raise QgsProcessingException(tr("PNG export to {0} failed.").format(png))
    return layout.pageCollection().pageCount()


def top_parcels_table(values: dict, top: int) -> tuple[list[Column], list[list[str]]]:
    """The ``top`` parcels of lowest priority_rank (> 0) as table rows."""
    ranks = values["priority_rank"]
    order = sorted(
        (i for i, r in enumerate(ranks) if r is not None and r > 0), key=lambda i: ranks[i]
    )[:top]
    columns = [
        Column(tr("Rank"), 14),
        Column(str(values["id_field"]), 40, numeric=False),
        Column(tr("Class"), 22, numeric=False),
        Column(tr("Score"), 18),
        Column(tr("Main driver"), 40, numeric=False),
    ]
    if any(v is not None for v in values["district"]):
        columns.append(Column(tr("District"), 45, numeric=False))
    rows = []
    for i in order:
        score = values["priority_score"][i]
        row = [
            f"{int(ranks[i])}",
            "" if values["id"][i] is None else str(values["id"][i]).strip(),
            _code_text(values["priority_class"][i], CLASS_CODES, ""),
            "–" if score is None else f"{score:.1f}",
            _code_text(values["main_driver"][i], KNOWN_CRITERIA, "–"),
        ]
        if len(columns) > len(row):
            row.append(str(values["district"][i] or "–"))
        rows.append(row)
    return columns, rows


CLASS_CODES = frozenset(CLASSES.tolist())


def _code_text(value, codes, empty: str) -> str:
    """A class or criterion code of the plugin in the report's language; anything else (a
    field edited by hand) as it is."""
    text = str(value or "").strip()
    if not text:
        return empty
    return tr(text) if text in codes else text
