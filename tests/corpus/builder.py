"""Bad inputs made by code: a valid :class:`LayerSpec` per input, and the cases that spoil it.

Every case takes the valid layer of one algorithm input and returns a :class:`Built` layer
holding the bad data, how many features it has (``n_in``, what an output that keeps input
features must hold) and how many of them can have no result (``n_unusable``: a warning must
name the layer). Memory layers hold most cases (also NaN/Inf vertices, which WKT cannot
hold); OGR writes the ones a memory layer cannot: odd field names (GeoPackage) and non-UTF-8
text (a DBF in Latin-1 whose .cpg says UTF-8, as IMSMA exports often are).

Coordinates are local metres added to (X0, Y0) in UTM 38N.
"""

from __future__ import annotations

import csv
import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

X0, Y0 = 400_000.0, 4_400_000.0
CRS = "EPSG:32638"
NAN, INF = float("nan"), float("inf")
HUGE = 1e15  # metres: far beyond the Earth, still an ordinary double

POLYGON, POINT, LINE = "polygon", "point", "line"
MEMORY_TYPE = {POLYGON: "Polygon", POINT: "Point", LINE: "LineString"}
ODD_NAMES = ("District Name", "naïve ü", "select", 'quo"te', "x-y", "1st", "a" * 70)
FORMULAS = ("=1+1", '=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "-2", "@SUM(A1)", "$x^2$")
LATIN1 = ("Zoë", "Müller ÿ", "Füzuli ©")  # written as Latin-1 bytes, declared UTF-8


# -- geometry helpers (local metres) ---------------------------------------------------------


def pxy(x: float, y: float) -> QgsPointXY:
    return QgsPointXY(X0 + x, Y0 + y)


def ring(*points) -> list[QgsPointXY]:
    """A closed ring of local points (the first point repeated at the end)."""
    pts = [pxy(x, y) for x, y in points]
    return [*pts, pts[0]]


def polygon(*rings) -> QgsGeometry:
    return QgsGeometry.fromPolygonXY(list(rings))


def box(x0: float, y0: float, x1: float, y1: float) -> QgsGeometry:
    return polygon(ring((x0, y0), (x1, y0), (x1, y1), (x0, y1)))


def point(x: float, y: float) -> QgsGeometry:
    return QgsGeometry.fromPointXY(pxy(x, y))


def line(*points) -> QgsGeometry:
    return QgsGeometry.fromPolylineXY([pxy(x, y) for x, y in points])


# -- layer specs -----------------------------------------------------------------------------


@dataclass
class LayerSpec:
    """What one input layer holds, before it is built."""

    kind: str  # polygon | point | line | table (no geometry)
    geometries: list  # QgsGeometry or None per feature
    fields: list  # (name, QVariant.Type)
    rows: list  # attribute list per feature
    name: str = "corpus"
    crs: str = CRS  # "" = no CRS
    wkb: str = ""  # memory-provider type; default from kind
    fmt: str = "memory"  # memory | gpkg | shp
    text_field: str = ""  # a text field the algorithm uses or carries
    numeric_fields: tuple = ()  # fields a parameter reads as numbers
    used_fields: tuple = ()  # fields named by parameters (DISTRICT_FIELD, ...)
    any_geometry: bool = False  # the parameter takes any geometry type
    result_fields: tuple = ()  # output field names an input field could collide with

    def copy(self, **changes) -> LayerSpec:
        geometries = [None if g is None else QgsGeometry(g) for g in self.geometries]
        rows = [list(r) for r in self.rows]
        return dataclasses.replace(
            self, **{"geometries": geometries, "rows": rows, "fields": list(self.fields)} | changes
        )

    @property
    def anchor(self) -> tuple[float, float]:
        """Local coordinates of the first feature's lower-left corner (bad features go there)."""
        for geom in self.geometries:
            if geom is not None and not geom.isEmpty():
                box_ = geom.boundingBox()
                return box_.xMinimum() - X0, box_.yMinimum() - Y0
        return 0.0, 0.0


@dataclass
class Built:
    """A bad layer ready to build, and what a correct run must do with it."""

    spec: LayerSpec
    n_in: int
    n_unusable: int = 0  # features that can have no result: a warning must name the layer
    renames: dict = field(default_factory=dict)  # field renames parameters must follow

    def layer(self, folder: Path) -> QgsVectorLayer:
        return build_layer(self.spec, folder)


def build_layer(spec: LayerSpec, folder: Path) -> QgsVectorLayer:
    """The layer of ``spec``: a memory layer, or a file written with OGR."""
    if spec.fmt == "memory":
        return _memory_layer(spec)
    path = write_ogr(spec, folder)
    layer = QgsVectorLayer(str(path), spec.name, "ogr")
    assert layer.isValid(), f"corpus layer {path} does not open"
    return layer


def _memory_layer(spec: LayerSpec) -> QgsVectorLayer:
    kind = spec.wkb or ("None" if spec.kind == "table" else MEMORY_TYPE[spec.kind])
    layer = QgsVectorLayer(kind, spec.name, "memory")
    layer.setCrs(QgsCoordinateReferenceSystem(spec.crs))  # "" = none (not the default)
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(name, kind) for name, kind in spec.fields])
    layer.updateFields()
    features = []
    for geom, row in zip(spec.geometries, spec.rows):
        feature = QgsFeature(layer.fields())
        if geom is not None:
            feature.setGeometry(QgsGeometry(geom))
        feature.setAttributes(list(row))
        features.append(feature)
    ok, _ = provider.addFeatures(features)
    assert ok and layer.featureCount() == len(features), provider.lastError()
    layer.updateExtents()
    return layer


OGR_TYPES = {
    QVariant.String: ogr.OFTString,
    QVariant.Int: ogr.OFTInteger,
    QVariant.LongLong: ogr.OFTInteger64,
    QVariant.Double: ogr.OFTReal,
    QVariant.Bool: ogr.OFTInteger,
}
OGR_GEOMETRY = {POLYGON: ogr.wkbMultiPolygon, POINT: ogr.wkbPoint, LINE: ogr.wkbMultiLineString}


def write_ogr(spec: LayerSpec, folder: Path) -> Path:
    """``spec`` as a GeoPackage, or as a shapefile whose DBF holds Latin-1 bytes under a .cpg
    that says UTF-8 (the encoding lie of many exported shapefiles)."""
    shp = spec.fmt == "shp"
    path = folder / f"{spec.name}.{'shp' if shp else 'gpkg'}"
    driver = ogr.GetDriverByName("ESRI Shapefile" if shp else "GPKG")
    source = driver.CreateDataSource(str(path))
    srs = None
    if spec.crs:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(spec.crs)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    options = ["ENCODING=ISO-8859-1"] if shp else []
    geometry_type = ogr.wkbNone if spec.kind == "table" else OGR_GEOMETRY[spec.kind]
    layer = source.CreateLayer(spec.name, srs, geometry_type, options=options)
    for name, kind in spec.fields:
        assert layer.CreateField(ogr.FieldDefn(name, OGR_TYPES[kind])) == 0, name
    for geom, row in zip(spec.geometries, spec.rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(row):
            if value is not None:
                feature.SetField(i, int(value) if isinstance(value, bool) else value)
        if geom is not None:
            g = QgsGeometry(geom)
            if spec.kind != POINT:
                g.convertToMultiType()
            feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(g.asWkb())))
        assert layer.CreateFeature(feature) == 0
    source = None  # closes the file
    if shp:
        path.with_suffix(".cpg").write_text("UTF-8")
    return path


# -- the cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One kind of bad data and the layer kinds it applies to."""

    name: str
    kinds: tuple
    make: Callable[[LayerSpec], Built]
    needs: str = ""  # a LayerSpec attribute that must be non-empty (e.g. numeric_fields)

    def applies(self, spec: LayerSpec) -> bool:
        return spec.kind in self.kinds and (not self.needs or bool(getattr(spec, self.needs)))


def _plus(spec: LayerSpec, geom: QgsGeometry | None, unusable: int = 0, wkb: str = "") -> Built:
    """``spec`` with one more feature (attributes copied from its first row)."""
    out = spec.copy(wkb=wkb or spec.wkb)
    out.geometries.append(geom)
    out.rows.append(list(spec.rows[0]) if spec.rows else [None] * len(spec.fields))
    return Built(out, len(out.geometries), unusable)


def _each(spec: LayerSpec, convert: Callable, **changes) -> Built:
    """``spec`` with every geometry converted."""
    out = spec.copy(**changes)
    out.geometries = [None if g is None else convert(QgsGeometry(g)) for g in out.geometries]
    return Built(out, len(out.geometries))


def _local(spec: LayerSpec, points) -> list[tuple[float, float]]:
    ax, ay = spec.anchor
    return [(ax + x, ay + y) for x, y in points]


def _bad_vertex(spec: LayerSpec, value: float) -> Built:
    """One more feature with a NaN or infinite vertex (built from points: WKT cannot)."""
    ax, ay = spec.anchor
    if spec.kind == POINT:
        geom = QgsGeometry.fromPointXY(QgsPointXY(value, value))
    elif spec.kind == LINE:
        geom = QgsGeometry.fromPolylineXY([pxy(ax, ay), QgsPointXY(value, Y0), pxy(ax + 50, ay)])
    else:
        pts = ring((ax, ay), (ax + 100, ay), (ax + 100, ay + 100), (ax, ay + 100))
        pts[2] = QgsPointXY(value, pts[2].y())
        geom = QgsGeometry.fromPolygonXY([pts])
    return _plus(spec, geom, unusable=1)


def empty_layer(spec: LayerSpec) -> Built:
    return Built(spec.copy(geometries=[], rows=[]), 0)


def wrong_geometry(spec: LayerSpec) -> Built:
    """Points for a polygon input, boxes for a point input, no geometry for an any-type one."""
    if spec.any_geometry:  # an attribute table (with a CRS, so that is not what fails)
        n = len(spec.rows)
        return Built(spec.copy(kind="table", geometries=[None] * n), n, n_unusable=n)
    if spec.kind == POLYGON:
        built = _each(spec, lambda g: g.centroid(), kind=POINT)
    else:
        built = _each(
            spec, lambda g: QgsGeometry.fromRect(g.buffer(10, 2).boundingBox()), kind=POLYGON
        )
    built.n_unusable = built.n_in  # none can be used as the input's type: refuse or warn
    return built


def no_crs(spec: LayerSpec) -> Built:
    return Built(spec.copy(crs=""), len(spec.geometries))


def geographic_crs(spec: LayerSpec) -> Built:
    """The same places in WGS 84 longitude/latitude."""
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(CRS),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance().transformContext(),
    )

    def to_wgs(geom: QgsGeometry) -> QgsGeometry:
        geom.transform(transform)
        return geom

    return _each(spec, to_wgs, crs="EPSG:4326")


def null_geometry(spec: LayerSpec) -> Built:
    return _plus(spec, None, unusable=1)


def empty_geometry(spec: LayerSpec) -> Built:
    return _plus(spec, QgsGeometry.fromWkt(f"{MEMORY_TYPE[spec.kind]} EMPTY"), unusable=1)


def _ring_case(points, unusable: int = 0, holes=()) -> Callable[[LayerSpec], Built]:
    def make(spec: LayerSpec) -> Built:
        rings = [ring(*_local(spec, points))] + [ring(*_local(spec, h)) for h in holes]
        return _plus(spec, polygon(*rings), unusable)

    return make


bowtie = _ring_case([(0, 0), (100, 100), (100, 0), (0, 100)])
spike = _ring_case([(0, 0), (100, 0), (100, 50), (200, 50), (100, 50), (100, 100), (0, 100)])
self_touching_ring = _ring_case([(0, 0), (100, 0), (50, 50), (100, 100), (0, 100), (50, 50)])
zero_area = _ring_case([(0, 0), (50, 0), (100, 0)], unusable=1)
two_point_ring = _ring_case([(0, 0), (100, 0)], unusable=1)
hole_outside_shell = _ring_case(
    [(0, 0), (100, 0), (100, 100), (0, 100)], holes=[[(200, 0), (250, 0), (250, 50), (200, 50)]]
)


def nested_parts(spec: LayerSpec) -> Built:
    """A multipolygon whose second part lies inside the first (invalid: nested shells)."""
    (ax, ay) = spec.anchor
    outer = ring((ax, ay), (ax + 100, ay), (ax + 100, ay + 100), (ax, ay + 100))
    inner = ring((ax + 25, ay + 25), (ax + 75, ay + 25), (ax + 75, ay + 75), (ax + 25, ay + 75))
    return _plus(spec, QgsGeometry.fromMultiPolygonXY([[outer], [inner]]), wkb="MultiPolygon")


def degenerate_line(spec: LayerSpec) -> Built:
    """A line whose two vertices are the same point."""
    ax, ay = spec.anchor
    return _plus(spec, QgsGeometry.fromPolylineXY([pxy(ax, ay), pxy(ax, ay)]))


def z_and_m(spec: LayerSpec) -> Built:
    def add_zm(geom: QgsGeometry) -> QgsGeometry:
        geom.get().addZValue(120.0)
        geom.get().addMValue(7.0)
        return geom

    return _each(spec, add_zm, wkb=f"{MEMORY_TYPE[spec.kind]}ZM")


def curves(spec: LayerSpec) -> Built:
    """Every geometry as a curve type, plus one true arc (a circle, a half-circle)."""
    built = _each(
        spec,
        lambda g: QgsGeometry(g.constGet().toCurveType()),
        wkb="CurvePolygon" if spec.kind == POLYGON else "CompoundCurve",
    )
    ax, ay = spec.anchor
    x, y = X0 + ax, Y0 + ay
    if spec.kind == POLYGON:
        arc = f"CURVEPOLYGON(CIRCULARSTRING({x} {y}, {x + 100} {y}, {x} {y}))"
    else:
        arc = f"COMPOUNDCURVE(CIRCULARSTRING({x} {y}, {x + 50} {y + 50}, {x + 100} {y}))"
    return _plus(built.spec, QgsGeometry.fromWkt(arc))


def multipart(spec: LayerSpec) -> Built:
    """Every geometry as a multi type, plus a feature of two parts."""

    def multi(geom: QgsGeometry) -> QgsGeometry:
        geom.convertToMultiType()
        return geom

    wkb = f"Multi{MEMORY_TYPE[spec.kind]}"
    built = _each(spec, multi, wkb=wkb)
    ax, ay = spec.anchor
    if spec.kind == POLYGON:
        wkts = [box(ax, ay, ax + 40, ay + 40), box(ax + 60, ay, ax + 100, ay + 40)]
    elif spec.kind == POINT:
        wkts = [point(ax, ay), point(ax + 50, ay)]
    else:
        wkts = [line((ax, ay), (ax + 40, ay)), line((ax + 60, ay), (ax + 100, ay))]
    geom = QgsGeometry.collectGeometry(wkts)
    return _plus(built.spec, geom, wkb=wkb)


def huge_coordinates(spec: LayerSpec) -> Built:
    """One more feature 10^15 m away: finite, but outside every CRS's area of use."""
    if spec.kind == POINT:
        geom = QgsGeometry.fromPointXY(QgsPointXY(HUGE, HUGE))
    elif spec.kind == LINE:
        geom = QgsGeometry.fromPolylineXY([QgsPointXY(HUGE, HUGE), QgsPointXY(HUGE + 100, HUGE)])
    else:
        pts = [QgsPointXY(HUGE + dx, HUGE + dy) for dx, dy in ((0, 0), (100, 0), (100, 100))]
        geom = QgsGeometry.fromPolygonXY([[*pts, pts[0]]])
    return _plus(spec, geom)


def nan_coordinates(spec: LayerSpec) -> Built:
    return _bad_vertex(spec, NAN)


def inf_coordinates(spec: LayerSpec) -> Built:
    return _bad_vertex(spec, INF)


def duplicates(spec: LayerSpec) -> Built:
    """Every feature twice (same geometry, same attributes)."""
    out = spec.copy()
    out.geometries += [None if g is None else QgsGeometry(g) for g in spec.geometries]
    out.rows += [list(r) for r in spec.rows]
    return Built(out, len(out.geometries))


def _with_text(spec: LayerSpec, values, **changes) -> LayerSpec:
    out = spec.copy(**changes)
    index = [n for n, _ in out.fields].index(out.text_field)
    for i, row in enumerate(out.rows):
        row[index] = f"{values[i % len(values)]} {i + 1}"
    return out


def non_utf8_text(spec: LayerSpec) -> Built:
    """A shapefile whose DBF holds Latin-1 bytes while its .cpg says UTF-8."""
    out = _with_text(spec, LATIN1, fmt="shp")
    renames = {n: n[:10] for n, _ in spec.fields if len(n) > 10}  # DBF: 10 characters
    out.fields = [(n[:10], k) for n, k in out.fields]
    out.text_field = out.text_field[:10]
    return Built(out, len(out.geometries), renames=renames)


def formula_text(spec: LayerSpec) -> Built:
    """Text cells a spreadsheet would run as formulas, and matplotlib as mathtext."""
    return Built(_with_text(spec, FORMULAS), len(spec.geometries))


def text_in_numeric(spec: LayerSpec) -> Built:
    """The numeric fields the parameters read hold words, blanks and numbers as text."""
    out = spec.copy()
    words = ("two", "", "3", "n/a")
    for k, (name, _) in enumerate(out.fields):
        if name in spec.numeric_fields:
            out.fields[k] = (name, QVariant.String)
            for i, row in enumerate(out.rows):
                row[k] = words[i % len(words)]
    return Built(out, len(out.geometries))


def missing_field(spec: LayerSpec) -> Built:
    """The fields the parameters name are absent (renamed away); the parameters are not."""
    out = spec.copy()
    out.fields = [(f"{n}_gone" if n in spec.used_fields else n, k) for n, k in out.fields]
    return Built(out, len(out.geometries))


def odd_field_names(spec: LayerSpec) -> Built:
    """A GeoPackage whose fields have spaces, accents, quotes, SQL words, a leading digit or
    70 characters, plus fields named like the algorithm's output fields."""
    out = spec.copy(fmt="gpkg")
    renames = {n: ODD_NAMES[i % len(ODD_NAMES)] for i, (n, _) in enumerate(spec.fields)}
    out.fields = [(renames[n], k) for n, k in spec.fields]
    out.fields += [(name, QVariant.String) for name in spec.result_fields]
    out.rows = [r + ["old value"] * len(spec.result_fields) for r in out.rows]
    out.text_field = renames.get(spec.text_field, "")
    return Built(out, len(out.geometries), renames=renames)


ALL_KINDS = (POLYGON, POINT, LINE)
VECTOR_CASES = (
    Case("empty_layer", ALL_KINDS, empty_layer),
    Case("wrong_geometry_type", ALL_KINDS, wrong_geometry),
    Case("no_crs", ALL_KINDS, no_crs),
    Case("geographic_crs", ALL_KINDS, geographic_crs),
    Case("null_geometry", ALL_KINDS, null_geometry),
    Case("empty_geometry", ALL_KINDS, empty_geometry),
    Case("bowtie", (POLYGON,), bowtie),
    Case("spike", (POLYGON,), spike),
    Case("self_touching_ring", (POLYGON,), self_touching_ring),
    Case("zero_area", (POLYGON,), zero_area),
    Case("two_point_ring", (POLYGON,), two_point_ring),
    Case("hole_outside_shell", (POLYGON,), hole_outside_shell),
    Case("nested_parts", (POLYGON,), nested_parts),
    Case("degenerate_line", (LINE,), degenerate_line),
    Case("z_and_m", ALL_KINDS, z_and_m),
    Case("curves", (POLYGON, LINE), curves),
    Case("multipart", ALL_KINDS, multipart),
    Case("huge_coordinates", ALL_KINDS, huge_coordinates),
    Case("nan_coordinates", ALL_KINDS, nan_coordinates),
    Case("inf_coordinates", ALL_KINDS, inf_coordinates),
    Case("duplicates", ALL_KINDS, duplicates),
    Case("non_utf8_text", ALL_KINDS, non_utf8_text, needs="text_field"),
    Case("text_in_numeric_field", ALL_KINDS, text_in_numeric, needs="numeric_fields"),
    Case("missing_field", ALL_KINDS, missing_field, needs="used_fields"),
    Case("odd_field_names", ALL_KINDS, odd_field_names),
    Case("formula_text", ALL_KINDS, formula_text, needs="text_field"),
)


# -- tables (CSV files, for clearance:records) ----------------------------------------------


@dataclass
class TableSpec:
    """A CSV table: header and rows of text cells, and the bytes' encoding."""

    header: list
    rows: list
    name: str = "corpus_table"
    encoding: str = "utf-8"
    bom: bool = False

    def copy(self, **changes) -> TableSpec:
        return dataclasses.replace(
            self, **{"header": list(self.header), "rows": [list(r) for r in self.rows]} | changes
        )

    def record_ids(self) -> set[str]:
        """Distinct non-blank record ids (what OUTPUT must hold, one feature each)."""
        names = [h.strip().lower() for h in self.header]
        if "record_id" not in names:
            return set()
        k = names.index("record_id")
        return {str(r[k]).strip() for r in self.rows if k < len(r) and str(r[k]).strip()}

    def write(self, folder: Path) -> str:
        path = folder / f"{self.name}.csv"
        with path.open("w", newline="", encoding=self.encoding) as fh:
            if self.bom:
                fh.write("\ufeff")
            writer = csv.writer(fh)
            writer.writerow(self.header)
            writer.writerows(self.rows)
        return str(path)


def _column(spec: TableSpec, name: str) -> int:
    return [h.strip().lower() for h in spec.header].index(name)


def _set(spec: TableSpec, column: str, values) -> TableSpec:
    out = spec.copy()
    k = _column(out, column)
    for row, value in zip(out.rows, values):
        if value is not None:
            row[k] = value
    return out


@dataclass(frozen=True)
class TableCase:
    name: str
    make: Callable[[TableSpec], TableSpec | LayerSpec]


def _drop_column(spec: TableSpec, name: str) -> TableSpec:
    k = _column(spec, name)
    out = spec.copy()
    out.header.pop(k)
    for row in out.rows:
        row.pop(k)
    return out


def _odd_header(spec: TableSpec) -> TableSpec:
    """Known columns in odd case and spacing after a BOM, plus odd extra columns."""
    out = spec.copy(bom=True)
    out.header = [f" {h.upper()} " if i % 2 else h.title() for i, h in enumerate(out.header)]
    out.header += list(ODD_NAMES[:4])
    out.rows = [r + ["x"] * 4 for r in out.rows]
    return out


def _not_a_table(spec: TableSpec) -> LayerSpec:
    """A polygon layer without any of the record columns."""
    return LayerSpec(
        POLYGON, [box(0, 0, 10, 10)], [("name", QVariant.String)], [["x"]], name=spec.name
    )


TABLE_CASES = (
    TableCase("empty_layer", lambda s: s.copy(rows=[])),
    TableCase("not_a_record_table", _not_a_table),
    TableCase("blank_cells", lambda s: _set(s, "distance", ["", None, "", None, " "])),
    TableCase("nan_numbers", lambda s: _set(s, "distance", ["nan", None, "inf", "-inf"])),
    TableCase("huge_numbers", lambda s: _set(s, "distance", ["1e308", None, "1e300"])),
    TableCase("duplicates", lambda s: s.copy(rows=s.rows + [list(r) for r in s.rows])),
    TableCase("non_utf8_text", lambda s: _set(s.copy(encoding="latin-1"), "district", LATIN1)),
    TableCase("text_in_numeric_field", lambda s: _set(s, "bearing", ["north", None, "90°x"])),
    TableCase("missing_field", lambda s: _drop_column(s, "bearing")),
    TableCase("odd_field_names", _odd_header),
    TableCase("formula_text", lambda s: _set(s, "record_id", ["=1+1"] * 4 + ["@SUM(A1)"] * 4)),
)
