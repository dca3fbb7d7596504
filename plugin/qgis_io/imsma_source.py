"""An IMSMA export read for clearance:import_imsma: a layer (GeoPackage, shapefile, file
geodatabase, anything OGR opens) or a CSV file with a WKT column or latitude/longitude
columns, as plain Python rows and one output geometry per row (never a row dropped).

Every geometry passes through :func:`geometries.output_geometry` (so through ``clean``):
valid ones as they are, invalid ones repaired, ones that cannot be repaired kept as they
came, null ones NULL, each with its state and reason for the mapping report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..engine.imsma_import import resolve_sources
from ..engine.imsma_mapping import Mapping, detect_flavour
from ..engine.imsma_values import field_key, parse_number
from ..engine.imsma_vertices import group_vertices
from ..i18n import tr, tr_message
from .compat import empty_rectangle
from .crs import metric_crs
from .csv_table import CsvFile, csv_file, read_csv
from .fields import make_field
from .geometries import NULL as NULL_STATE
from .geometries import OK, REPAIRED, is_finite, output_geometry
from .layers import iter_features

POLYGON_KINDS = ("hazard", "activity")  # the others are points
TABLE = "table"  # geometry_state of every row of an export without geometry


@dataclass
class ImsmaTable:
    """The export's rows (Python values, None for NULL) and geometries in source order."""

    name: str
    names: list[str]
    fields: object  # QgsFields of the source (CSV: every column text)
    rows: list[list]
    geometries: list  # QgsGeometry or None, as read
    crs: QgsCoordinateReferenceSystem
    geometry_from: str  # how geometry was found (for the report)
    read_notes: dict = field(default_factory=dict)  # row -> why no geometry was read
    csv: bool = False
    attributes: list = field(default_factory=list)  # a layer's attributes as read
    source_rows: int = 0  # rows of a vertex-row export (0: one row per feature)
    row_notes: dict = field(default_factory=dict)  # row -> how its geometry was built


@dataclass
class OutputGeometries:
    """One geometry per row for the output, its state and note, and its area in m²."""

    wkb_type: object
    geometries: list
    states: list[str]
    notes: list[str]
    areas: list[float]


def python_value(value):
    """A QGIS attribute as a plain Python value (None for NULL, dates as ``datetime``)."""
    if value is None or value == NULL:
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss") if value.isValid() else None
    return value


@dataclass(frozen=True)
class CsvInput:
    """The CSV file behind INPUT (found on the main thread) and its layer's CRS if valid."""

    file: CsvFile
    crs: QgsCoordinateReferenceSystem | None


def csv_input(layer, value) -> CsvInput | None:
    """INPUT's CSV file when the whole file is the table (see :func:`csv_table.csv_file`)."""
    found = csv_file(layer, value)
    if found is None:
        return None
    return CsvInput(found, layer.crs() if layer.crs().isValid() else None)


def read_export(
    source, found: CsvInput | None, name: str, mapping: Mapping, kind: str, feedback
) -> ImsmaTable:
    """The rows of INPUT: a CSV file read with Python's csv (geometry from its WKT column,
    its NG vertex rows or its latitude/longitude columns), else the feature source as it is."""
    read = read_csv(found.file) if found is not None else None
    if read is not None:
        return _from_csv(name, *read, mapping, kind, found.crs)
    names = source.fields().names()
    rows, geometries, attributes = [], [], []
    for i, feature in enumerate(iter_features(source)):
        if i % 1000 == 0 and feedback.isCanceled():
            break
        attributes.append(feature.attributes())
        rows.append([python_value(v) for v in attributes[-1]])
        geom = feature.geometry()
        geometries.append(None if geom is None or geom.isNull() else QgsGeometry(geom))
    has_geometry = source.wkbType() != QgsWkbTypes.Type.NoGeometry
    crs = source.sourceCrs()
    if found is not None and not crs.isValid():  # a CSV that is not UTF-8, read by OGR
        crs = QgsCoordinateReferenceSystem(mapping.csv.get("crs", "EPSG:4326"))
    return ImsmaTable(
        name,
        names,
        source.fields(),
        rows,
        geometries,
        crs,
        tr("layer geometry") if has_geometry else tr("none (a table)"),
        csv=found is not None,
        attributes=attributes,
    )


def _from_csv(name, header, cells, mapping: Mapping, kind: str, crs) -> ImsmaTable:
    width = max([len(header), *(len(r) for r in cells)]) if cells else len(header)
    names = list(header) + [f"extra_{i + 1}" for i in range(width - len(header))]
    names = _unique([n or f"column_{i + 1}" for i, n in enumerate(names)])
    rows = [[c if c != "" else None for c in r] + [None] * (width - len(r)) for r in cells]
    fields = QgsFields()
    for n in names:
        fields.append(make_field(n, "string"))
    crs = crs or QgsCoordinateReferenceSystem(mapping.csv.get("crs", "EPSG:4326"))
    keys = {field_key(n): i for i, n in reversed(list(enumerate(names)))}
    wkt = _column(keys, mapping.csv["wkt"])
    lat, lon = _column(keys, mapping.csv["latitude"]), _column(keys, mapping.csv["longitude"])
    order = _column(keys, mapping.csv["order"])
    table = ImsmaTable(name, names, fields, rows, [None] * len(rows), crs, "", csv=True)
    if wkt is None and None not in (lat, lon, order):
        return _from_vertices(
            table, mapping, kind, (lat, lon, order, _column(keys, mapping.csv["part"]))
        )
    if wkt is not None:
        table.geometry_from = tr("WKT column '{0}'").format(names[wkt])
        for i, row in enumerate(rows):
            table.geometries[i] = _from_wkt(row[wkt], i, table.read_notes)
    elif lat is not None and lon is not None:
        table.geometry_from = tr("latitude/longitude columns '{0}', '{1}'").format(
            names[lat], names[lon]
        )
        for i, row in enumerate(rows):
            table.geometries[i] = _from_lat_lon(row[lat], row[lon], i, table.read_notes)
    else:
        table.geometry_from = tr("none (no WKT or latitude/longitude column)")
    return table


def _from_vertices(table: ImsmaTable, mapping: Mapping, kind: str, columns) -> ImsmaTable:
    """One feature per object of an NG vertex-row export (see engine/imsma_vertices): its
    first row's cells, a polygon per part (point kinds: the first vertex of each part)."""
    lat, lon, order, part = columns
    rows, names = table.rows, table.names
    flavour, _ = detect_flavour(mapping, kind, names)
    ids = [s for s in mapping.fields(kind) if s.type == "id"]
    id_name = resolve_sources(ids, flavour, names)[ids[0].name] if ids else None
    id_col = names.index(id_name) if id_name is not None else None

    def cells(col):
        return [None if col is None else r[col] for r in rows]

    objects = group_vertices(cells(id_col), cells(part), cells(order), cells(lat), cells(lon))
    polygons = kind in POLYGON_KINDS
    table.source_rows = len(rows)
    table.rows = [rows[o.first_row] for o in objects]
    table.geometries = [_vertex_geometry(o.parts, polygons) for o in objects]
    table.row_notes = {i: "; ".join(map(tr_message, o.notes)) for i, o in enumerate(objects)}
    table.geometry_from = tr(
        "{0} from {1} vertex rows (order '{2}', latitude/longitude '{3}', '{4}'{5}, grouped by "
        "'{6}')"
    ).format(
        tr("polygons") if polygons else tr("points"),
        len(rows),
        names[order],
        names[lat],
        names[lon],
        tr(", parts '{0}'").format(names[part]) if part is not None else "",
        id_name or tr("nothing: one feature per row"),
    )
    return table


def _vertex_geometry(parts: list, polygons: bool):
    """A (multi)polygon with each part's ring closed, or the first vertex of each part."""
    if not parts:
        return None
    if not polygons:
        return QgsGeometry.fromMultiPointXY([QgsPointXY(*p[0]) for p in parts])
    rings = []
    for vertices in parts:
        ring = [QgsPointXY(x, y) for x, y in vertices]
        rings.append([[*ring, ring[0]]] if ring[0] != ring[-1] else [ring])
    return QgsGeometry.fromMultiPolygonXY(rings)


def _unique(names: list[str]) -> list[str]:
    """Header names made unique (case-insensitively): a repeated ``status`` is ``status_2``."""
    seen: set[str] = set()
    out = []
    for name in names:
        new, n = name, 1
        while new.lower() in seen:
            n += 1
            new = f"{name}_{n}"
        seen.add(new.lower())
        out.append(new)
    return out


def _column(keys: dict, candidates: list[str]) -> int | None:
    return next((keys[k] for k in map(field_key, candidates) if k in keys), None)


def _from_wkt(text, row: int, notes: dict):
    if text is None or not str(text).strip():
        return None
    geom = QgsGeometry.fromWkt(str(text).strip())
    if geom is None or geom.isNull():
        notes[row] = tr("unreadable WKT {0!r}").format(str(text)[:60])
        return None
    return geom


def _from_lat_lon(lat, lon, row: int, notes: dict):
    y, ok_y = parse_number(lat)
    x, ok_x = parse_number(lon)
    if x is None or y is None:
        if not (ok_x and ok_y) or (x is None) != (y is None):
            notes[row] = tr("latitude/longitude {0!r}, {1!r} not a coordinate pair").format(
                lat, lon
            )
        return None
    if not (-90 <= y <= 90 and -180 <= x <= 180):
        notes[row] = tr("latitude/longitude {0}, {1} out of range").format(y, x)
        return None
    return QgsGeometry.fromPointXY(QgsPointXY(x, y))


def output_geometries(table: ImsmaTable, layer_type, context) -> OutputGeometries:
    """Each row's output geometry (multi-type of the layer's type), state, note and area.

    ``layer_type`` is the source's WKB type (None for a CSV: the first geometry's type).
    A geometry of another type than the layer's is written without geometry, said so.
    """
    wkb_type = _layer_type(table, layer_type)
    kind = QgsWkbTypes.geometryType(wkb_type)
    transform = _area_transform(table, context)
    out = OutputGeometries(wkb_type, [], [], [], [])
    for row, geom in enumerate(table.geometries):
        if wkb_type == QgsWkbTypes.Type.NoGeometry:
            out.geometries.append(None)
            out.states.append(TABLE)
            out.notes.append("")
            out.areas.append(math.nan)
            continue
        if geom is None or geom.isNull() or geom.isEmpty():
            out.geometries.append(None)
            out.states.append(NULL_STATE)
            out.notes.append(table.read_notes.get(row, tr("null or empty geometry")))
            out.areas.append(math.nan)
            continue
        if geom.type() != kind:
            out.geometries.append(None)
            out.states.append("other type")
            out.notes.append(
                tr("a {0} in a layer of {1}: written without geometry").format(
                    QgsWkbTypes.displayString(geom.wkbType()), QgsWkbTypes.displayString(wkb_type)
                )
            )
            out.areas.append(math.nan)
            continue
        fixed, state, reason = output_geometry(geom, kind)
        out.geometries.append(fixed)
        out.states.append(state)
        out.notes.append(_note(state, reason))
        usable = state in (OK, REPAIRED) and kind == QgsWkbTypes.GeometryType.PolygonGeometry
        out.areas.append(_area(fixed, transform) if usable else math.nan)
    return out


def _note(state: str, reason: str) -> str:
    if state == OK:
        return ""
    return tr("invalid; repaired with GEOS makeValid") if state == REPAIRED else reason


def _layer_type(table: ImsmaTable, layer_type):
    if not table.csv:
        if layer_type == QgsWkbTypes.Type.NoGeometry:
            return layer_type
        return QgsWkbTypes.multiType(QgsWkbTypes.flatType(QgsWkbTypes.linearType(layer_type)))
    first = next((g for g in table.geometries if g is not None and not g.isEmpty()), None)
    if first is None:
        return QgsWkbTypes.Type.NoGeometry
    return QgsWkbTypes.multiType(QgsWkbTypes.flatType(QgsWkbTypes.linearType(first.wkbType())))


def _area_transform(table: ImsmaTable, context) -> QgsCoordinateTransform:
    extent = empty_rectangle()
    for geom in table.geometries:
        if geom is not None and not geom.isEmpty() and is_finite(geom):
            extent.combineExtentWith(geom.boundingBox())
    target = metric_crs(table.crs, extent)
    return QgsCoordinateTransform(table.crs, target, context.transformContext())


def _area(geom: QgsGeometry, transform: QgsCoordinateTransform) -> float:
    out = QgsGeometry(geom)
    try:
        out.transform(transform)
    except QgsCsException:
        return math.nan
    return out.area()
