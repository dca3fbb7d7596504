"""Deterministic synthetic benchmark inputs in EPSG:32638, written to cached GeoPackages.

Parcels are irregular star-shaped polygons on a jittered 250 m grid (every tenth one has two
parts); the target layers cover the same extent: 5k settlement points, 2k cemetery polygons,
500 infrastructure lines of 200 vertices, 2k incident points. All of it is SYNTHETIC.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

EPSG = 32638
ORIGIN = (300_000.0, 3_500_000.0)
SPACING = 250.0
N_SETTLEMENTS, N_CEMETERIES, N_LINES, LINE_VERTICES, N_INCIDENTS = 5000, 2000, 500, 200, 2000
TARGET_LAYERS = ("settlements", "cemeteries", "infrastructure", "incidents")
STACK_BASE = 1_000_000  # larger inputs (10M) are this one stacked


def side_cells(n: int) -> int:
    return math.ceil(math.sqrt(n))


def extent(n: int) -> tuple[float, float, float, float]:
    side = side_cells(n) * SPACING
    return ORIGIN[0], ORIGIN[1], ORIGIN[0] + side, ORIGIN[1] + side


def _star(rng, cx, cy, r_min, r_max, k_min=6, k_max=12) -> np.ndarray:
    """A closed simple polygon ring: vertices at sorted angles around (cx, cy)."""
    k = int(rng.integers(k_min, k_max + 1))
    # one vertex per equal sector, jittered inside it: every gap < pi, so the ring is simple
    angles = (np.arange(k) + rng.uniform(0.1, 0.9, k)) * (2 * np.pi / k)
    radii = rng.uniform(r_min, r_max, k)
    ring = np.column_stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)])
    return np.vstack([ring, ring[:1]])


def _polygon_wkb(rings: list[np.ndarray]) -> bytes:
    out = [struct.pack("<BII", 1, 3, len(rings))]
    for ring in rings:
        out.append(struct.pack("<I", len(ring)))
        out.append(np.ascontiguousarray(ring, dtype="<f8").tobytes())
    return b"".join(out)


def _multipolygon_wkb(polygons: list[bytes]) -> bytes:
    return struct.pack("<BII", 1, 6, len(polygons)) + b"".join(polygons)


def _linestring_wkb(xy: np.ndarray) -> bytes:
    return struct.pack("<BII", 1, 2, len(xy)) + np.ascontiguousarray(xy, "<f8").tobytes()


def _point_wkb(x: float, y: float) -> bytes:
    return struct.pack("<BIdd", 1, 1, x, y)


def parcel_geometries(n: int, seed: int = 8) -> Iterator[bytes]:
    """``n`` MultiPolygon WKBs, one per grid cell, never overlapping each other (yielded one at
    a time, so that 10M parcels are written without holding them all)."""
    rng = np.random.default_rng(seed)
    side = side_cells(n)
    idx = np.arange(n)
    cx = ORIGIN[0] + (idx % side + 0.5) * SPACING + rng.uniform(-10, 10, n)
    cy = ORIGIN[1] + (idx // side + 0.5) * SPACING + rng.uniform(-10, 10, n)
    for i in range(n):
        if i % 10 == 0:  # multipart: two separate parts inside the cell
            a = _star(rng, cx[i] - 55, cy[i], 20, 55)
            b = _star(rng, cx[i] + 60, cy[i], 15, 45)
            yield _multipolygon_wkb([_polygon_wkb([a]), _polygon_wkb([b])])
        else:
            yield _multipolygon_wkb([_polygon_wkb([_star(rng, cx[i], cy[i], 40, 110)])])


def target_geometries(n: int, seed: int = 38) -> dict[str, tuple[int, list[bytes]]]:
    """OGR geometry type and WKBs of each target layer over the extent of ``n`` parcels."""
    rng = np.random.default_rng(seed)
    x0, y0, x1, y1 = extent(n)

    def uniform(k):
        return rng.uniform(x0, x1, k), rng.uniform(y0, y1, k)

    sx, sy = uniform(N_SETTLEMENTS)
    settlements = [_point_wkb(x, y) for x, y in zip(sx, sy)]
    cx, cy = uniform(N_CEMETERIES)
    cemeteries = [_polygon_wkb([_star(rng, x, y, 20, 80, 6, 10)]) for x, y in zip(cx, cy)]
    lx, ly = uniform(N_LINES)
    step = max((x1 - x0) / 400.0, 50.0)
    lines = []
    for x, y in zip(lx, ly):
        heading = rng.uniform(0, 2 * np.pi) + np.cumsum(rng.normal(0, 0.25, LINE_VERTICES - 1))
        lengths = rng.uniform(0.3, 1.0, LINE_VERTICES - 1) * step
        xs = x + np.concatenate([[0], np.cumsum(lengths * np.cos(heading))])
        ys = y + np.concatenate([[0], np.cumsum(lengths * np.sin(heading))])
        lines.append(_linestring_wkb(np.column_stack([xs, ys])))
    ix, iy = uniform(N_INCIDENTS)
    incidents = [_point_wkb(x, y) for x, y in zip(ix, iy)]
    return {
        "settlements": (ogr.wkbPoint, settlements),
        "cemeteries": (ogr.wkbPolygon, cemeteries),
        "infrastructure": (ogr.wkbLineString, lines),
        "incidents": (ogr.wkbPoint, incidents),
    }


def write_layer(
    path: Path, name: str, geom_type: int, wkbs: Iterable[bytes], id_field: str
) -> None:
    """One GeoPackage layer with an integer id field (1..n) and the given geometries."""
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    layer = ds.CreateLayer(name, srs, geom_type, ["OVERWRITE=YES"])
    layer.CreateField(ogr.FieldDefn(id_field, ogr.OFTInteger))
    layer.StartTransaction()
    defn = layer.GetLayerDefn()
    for i, blob in enumerate(wkbs, start=1):
        feature = ogr.Feature(defn)
        feature.SetField(0, i)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(blob))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None


def ensure_inputs(folder: Path, n: int) -> Path:
    """The GeoPackage of ``n`` parcels and its targets (built once, then reused)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bench_{n}.gpkg"
    if path.exists():
        return path
    partial = folder / f"bench_{n}.partial.gpkg"
    partial.unlink(missing_ok=True)
    if n > STACK_BASE and n % STACK_BASE == 0:
        _stack(ensure_inputs(folder, STACK_BASE), partial, n // STACK_BASE)
    else:
        write_layer(partial, "parcels", ogr.wkbMultiPolygon, parcel_geometries(n), "parcel_id")
        for name, (kind, wkbs) in target_geometries(n).items():
            write_layer(partial, name, kind, wkbs, "tid")
    partial.replace(path)
    return path


def _stack(base: Path, out: Path, copies: int) -> None:
    """``copies`` × the parcels of ``base`` in the same places (``parcel_id`` + k·|base|, fids
    1..n in that order) and its target layers: the 10M input in minutes (generating 10M
    parcels one by one would take hours). Distances repeat those of ``base``."""
    n = STACK_BASE
    union = " UNION ALL ".join(
        f"SELECT parcel_id + {k * n} AS parcel_id, geom FROM parcels" for k in range(copies)
    )
    common = {"SQLDialect": "SQLite", "layerCreationOptions": ["GEOMETRY_NAME=geom"]}
    gdal.VectorTranslate(
        str(out), str(base), SQLStatement=union, layerName="parcels", format="GPKG", **common
    )
    for name in TARGET_LAYERS:
        gdal.VectorTranslate(str(out), str(base), layers=[name], accessMode="update", format="GPKG")


def ensure_districts(folder: Path, n: int, per_side: int = 4) -> Path:
    """A ``per_side`` × ``per_side`` grid of district squares over the extent of ``n`` parcels
    (for clearance:coverage), with a ``district`` name field."""
    path = folder / f"districts_{n}.gpkg"
    if path.exists():
        return path
    x0, y0, x1, y1 = extent(n)
    w, h = (x1 - x0) / per_side, (y1 - y0) / per_side
    wkbs = []
    for j in range(per_side):
        for i in range(per_side):
            a, b = x0 + i * w, y0 + j * h
            ring = np.array([[a, b], [a + w, b], [a + w, b + h], [a, b + h], [a, b]])
            wkbs.append(_polygon_wkb([ring]))
    partial = folder / f"districts_{n}.partial.gpkg"
    partial.unlink(missing_ok=True)
    write_layer(partial, "districts", ogr.wkbPolygon, wkbs, "district_no")
    ds = ogr.Open(str(partial), 1)
    layer = ds.GetLayer(0)
    layer.CreateField(ogr.FieldDefn("district", ogr.OFTString))
    for feature in layer:
        feature.SetField("district", f"Synthetic district {feature.GetField('district_no')}")
        layer.SetFeature(feature)
    ds = None
    partial.replace(path)
    return path


def distance_rows(path: str) -> np.ndarray:
    """``(n, 5)`` parcel_id and the four dist_*_m of a prioritise output (NaN for NULL): a
    GeoPackage file in Arrow batches, anything else (PostGIS) through QGIS."""
    names = ["parcel_id"] + [f"dist_{n}_m" for n in TARGET_LAYERS]
    if str(path).lower().endswith(".gpkg"):
        return read_columns(str(path), names)
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "out", "ogr")
    idx = [layer.fields().lookupField(n) for n in names]
    return np.array([[f.attributes()[i] for i in idx] for f in layer.getFeatures()], dtype=float)


def read_columns(path: str, names: list[str]) -> np.ndarray:
    """``(n, len(names))`` floats (NaN for NULL) of a GeoPackage's first layer, read in Arrow
    batches (reading 1M features back through QGIS took minutes; the values are the same)."""
    from osgeo import ogr

    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    others = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    layer.SetIgnoredFields([n for n in others if n not in names] + ["OGR_GEOMETRY"])
    parts = []
    options = ["MAX_FEATURES_IN_BATCH=100000", "INCLUDE_FID=NO"]
    for batch in layer.GetArrowStreamAsNumPy(options=options):
        columns = [np.ma.filled(np.ma.asarray(batch[n], dtype=float), np.nan) for n in names]
        parts.append(np.column_stack(columns))
    layer = ds = None  # closes the dataset
    return np.concatenate(parts) if parts else np.zeros((0, len(names)))
