"""Build the demo GeoPackage: real open boundaries and settlements, SYNTHETIC hazard data.

Deterministic (fixed seed). Real data: Natural Earth districts (public domain) and GeoNames
settlements (CC BY 4.0), read from ``resources/data``. Everything else is invented and
labelled "synthetic" in layer names of the metadata, in a ``source`` field and in the docs.
Synthetic layers are in WGS 84 / UTM 38N (EPSG:32638), the real ones in EPSG:4326.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsLayerMetadata,
    QgsPointXY,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from ..paths import RESOURCES, style_path
from ..qgis_io.atomic import AtomicFile
from ..qgis_io.compat import save_style_to_database
from ..qgis_io.fields import make_field
from ..qgis_io.geometries import polygon_parts

SEED = 20201110
UTM = QgsCoordinateReferenceSystem("EPSG:32638")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
SYNTHETIC = "synthetic demo data"
# A synthetic "contamination belt" (lon, lat) used only to shape the invented hazards' density.
BELT = [
    (46.55, 40.42),
    (46.78, 40.18),
    (46.88, 39.98),
    (46.98, 39.78),
    (47.08, 39.58),
    (47.02, 39.40),
    (46.80, 39.30),
]
NE_CREDIT = "Made with Natural Earth (public domain)"
GN_CREDIT = "© GeoNames (www.geonames.org), CC BY 4.0"
# AZE-4838: Natural Earth's name field is not the name used in Azerbaijan's administrative
# division; AZE-1735 (Lachin) is mislabelled "Lankaran" by Natural Earth (fixed upstream).
NAME_FIXES = {"AZE-4838": "Xankəndi"}

LAYERS = {
    "districts": ("Demo districts of Karabakh and East Zangezur (Natural Earth)", False),
    "settlements": ("Settlements (GeoNames)", False),
    "hazards": ("SYNTHETIC hazardous areas (SHA/CHA)", True),
    "minefield_records": ("SYNTHETIC minefield records", True),
    "incidents": ("SYNTHETIC accidents/incidents", True),
    "cleared_land": ("SYNTHETIC released land", True),
    "cemeteries": ("SYNTHETIC cemeteries", True),
    "planned_infrastructure": ("SYNTHETIC planned infrastructure", True),
}


def _to_utm() -> QgsCoordinateTransform:
    return QgsCoordinateTransform(WGS84, UTM, QgsProject.instance())


def load_geojson(name: str) -> list[dict]:
    return json.loads((RESOURCES / "data" / name).read_text(encoding="utf-8"))["features"]


class Demo:
    """Holds the random generator, the region and the features of every layer."""

    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.tr = _to_utm()
        self.districts = [f for f in load_geojson("aze_demo_districts_ne10m.geojson")]
        self.district_geoms = []
        for f in self.districts:
            g = QgsGeometry.fromWkt(_geojson_to_wkt(f["geometry"]))
            g.transform(self.tr)
            self.district_geoms.append(g)
        self.district_geoms = [g if g.isGeosValid() else g.makeValid() for g in self.district_geoms]
        self.region = QgsGeometry.unaryUnion(self.district_geoms).makeValid()
        self.settlements = [
            f
            for f in load_geojson("aze_settlements_geonames.geojson")
            if f["properties"]["planning_region"]
        ]
        self.settlement_xy = np.array(
            [self._utm(*f["geometry"]["coordinates"]) for f in self.settlements]
        )
        belt = QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in BELT])
        belt.transform(self.tr)
        self.belt = belt
        self.features: dict[str, list] = {}

    def _utm(self, lon: float, lat: float) -> tuple[float, float]:
        p = self.tr.transform(QgsPointXY(lon, lat))
        return p.x(), p.y()

    def district_of(self, geom: QgsGeometry) -> str | None:
        point = geom.pointOnSurface()
        for f, g in zip(self.districts, self.district_geoms):
            if g.contains(point):
                return f["properties"]["district"]
        return None

    def inside(self, x: float, y: float) -> bool:
        return self.region.contains(QgsGeometry.fromPointXY(QgsPointXY(x, y)))

    def blob(self, x: float, y: float, radius: float, n: int | None = None) -> QgsGeometry:
        """An irregular star-shaped polygon around (x, y), clipped to the region."""
        n = n or int(self.rng.integers(6, 13))
        angles = np.sort(self.rng.uniform(0, 2 * np.pi, n))
        radii = radius * self.rng.uniform(0.55, 1.0, n)
        ring = [QgsPointXY(x + r * np.cos(a), y + r * np.sin(a)) for a, r in zip(angles, radii)]
        blob = QgsGeometry.fromPolygonXY([ring + ring[:1]])
        if _crosses_itself(blob):  # rare: dropped, as GEOS's overlay would fail on it
            return QgsGeometry()
        return polygon_parts(blob.intersection(self.region))

    def point_near_belt(self, spread: float) -> tuple[float, float]:
        while True:
            along = self.belt.interpolate(self.rng.uniform(0, self.belt.length())).asPoint()
            x, y = along.x() + self.rng.normal(0, spread), along.y() + self.rng.normal(0, spread)
            if self.inside(x, y):
                return x, y

    def random_point(self) -> tuple[float, float]:
        box = self.region.boundingBox()
        while True:
            x = self.rng.uniform(box.xMinimum(), box.xMaximum())
            y = self.rng.uniform(box.yMinimum(), box.yMaximum())
            if self.inside(x, y):
                return x, y


def _geojson_to_wkt(geometry: dict) -> str:
    def ring(r):
        return "(" + ",".join(f"{x} {y}" for x, y in r) + ")"

    if geometry["type"] == "Polygon":
        return "POLYGON(" + ",".join(ring(r) for r in geometry["coordinates"]) + ")"
    if geometry["type"] == "MultiPolygon":
        return (
            "MULTIPOLYGON("
            + ",".join("(" + ",".join(ring(r) for r in p) + ")" for p in geometry["coordinates"])
            + ")"
        )
    if geometry["type"] == "Point":
        return "POINT({} {})".format(*geometry["coordinates"])
    raise ValueError(geometry["type"])


def make_hazards(demo: Demo, n: int = 3000) -> list[dict]:
    """SHA/CHA polygons: most near the synthetic belt, the rest in scattered clusters."""
    rng = demo.rng
    clusters = [demo.random_point() for _ in range(25)]
    out = []
    while len(out) < n:
        if rng.random() < 0.7:
            x, y = demo.point_near_belt(4000.0)
            near_belt = True
        else:
            cx, cy = clusters[int(rng.integers(len(clusters)))]
            x, y = cx + rng.normal(0, 3000), cy + rng.normal(0, 3000)
            near_belt = False
            if not demo.inside(x, y):
                continue
        radius = float(np.clip(rng.lognormal(np.log(160.0), 0.7), 30.0, 1500.0))
        geom = demo.blob(x, y, radius)
        if geom.isEmpty() or geom.area() < 200:
            continue
        cha = rng.random() < (0.4 if near_belt else 0.2)
        kind = "CHA" if cha else "SHA"
        method = (
            str(rng.choice(["manual", "mechanical", "mdd"], p=[0.5, 0.3, 0.2]))
            if cha
            else str(
                rng.choice(
                    ["technical_survey", "non_technical_survey", "manual"], p=[0.5, 0.35, 0.15]
                )
            )
        )
        out.append(
            {
                "geometry": geom,
                "hazard_id": f"HZ-{len(out) + 1:05d}",
                "hazard_type": kind,
                "status": str(rng.choice(["Open", "Worked on", "Closed"], p=[0.8, 0.12, 0.08])),
                "district": demo.district_of(geom),
                "area_m2": round(geom.area(), 1),
                "device_category": str(
                    rng.choice(["AP", "AT", "ERW", "mixed"], p=[0.35, 0.2, 0.25, 0.2])
                ),
                "evidence": "direct (synthetic)" if cha else "indirect (synthetic)",
                "access_secure": bool(rng.random() < 0.92),
                "land_disputed": bool(rng.random() < 0.05),
                "method": method,
                "source": SYNTHETIC,
            }
        )
    return out


def _rectangle(x, y, w, h, angle) -> QgsGeometry:
    c, s = np.cos(angle), np.sin(angle)
    pts = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2), (-w / 2, -h / 2)]
    return QgsGeometry.fromPolygonXY(
        [[QgsPointXY(x + c * px - s * py, y + s * px + c * py) for px, py in pts]]
    )


def make_records(demo: Demo, hazards: list[dict], n: int = 400) -> list[dict]:
    """Records: 60 % drawn over a hazard (with positional error), the rest where none is."""
    rng = demo.rng
    area = np.array([h["area_m2"] for h in hazards])
    out = []
    while len(out) < n:
        if rng.random() < 0.6:  # larger hazards are likelier to have been recorded
            h = hazards[int(rng.choice(len(hazards), p=area / area.sum()))]
            c = h["geometry"].centroid().asPoint()
            # records are drawn by hand: at most ~3 km a side (vertices < 5 km apart)
            size = min(np.sqrt(h["area_m2"]) * rng.uniform(1.2, 2.2), 2000.0)
            x, y = c.x() + rng.normal(0, 0.25 * size), c.y() + rng.normal(0, 0.25 * size)
        else:
            x, y = demo.point_near_belt(6000.0)
            size = rng.uniform(150, 600)
        geom = _rectangle(x, y, size * rng.uniform(0.7, 1.5), size, rng.uniform(0, np.pi))
        geom = polygon_parts(geom.intersection(demo.region))
        if geom.isEmpty():
            continue
        year = int(rng.integers(1992, 2021))
        out.append(
            {
                "geometry": geom,
                "record_id": f"MR-{len(out) + 1:04d}",
                "district": demo.district_of(geom),
                "reliability": str(rng.choice(["high", "medium", "low"], p=[0.2, 0.35, 0.45])),
                "record_date": dt.date(year, int(rng.integers(1, 13)), int(rng.integers(1, 29))),
                "source": SYNTHETIC,
            }
        )
    return out


def _point_in(geom: QgsGeometry, rng) -> QgsGeometry:
    box = geom.boundingBox()
    for _ in range(200):
        p = QgsGeometry.fromPointXY(
            QgsPointXY(
                rng.uniform(box.xMinimum(), box.xMaximum()),
                rng.uniform(box.yMinimum(), box.yMaximum()),
            )
        )
        if geom.contains(p):
            return p
    return geom.pointOnSurface()


def make_incidents(demo: Demo, hazards, records, n: int = 420) -> list[dict]:
    """Accidents: about a third inside a record, the rest at hazards or nearby."""
    rng = demo.rng
    start, days = dt.date(2020, 11, 10), (dt.date(2024, 12, 31) - dt.date(2020, 11, 10)).days
    out = []
    for i in range(n):
        if rng.random() < 0.33:
            point = _point_in(records[int(rng.integers(len(records)))]["geometry"], rng)
        else:
            h = hazards[int(rng.integers(len(hazards)))]["geometry"]
            point = _point_in(h.buffer(150, 4), rng)
            if not demo.region.contains(point):
                point = _point_in(h, rng)
        killed, injured = int(rng.poisson(0.3)), int(rng.poisson(0.8))
        out.append(
            {
                "geometry": point,
                "incident_id": f"IN-{i + 1:04d}",
                "incident_date": start + dt.timedelta(days=int(rng.integers(0, days + 1))),
                "incident_type": str(rng.choice(["mine", "erw", "demining"], p=[0.7, 0.25, 0.05])),
                "killed": killed,
                "injured": injured,
                "casualties": killed + injured,
                "district": demo.district_of(point),
                "source": SYNTHETIC,
            }
        )
    return out


def make_cleared(demo: Demo, n: int = 250) -> list[dict]:
    rng = demo.rng
    out = []
    while len(out) < n:
        sx, sy = demo.settlement_xy[int(rng.integers(len(demo.settlement_xy)))]
        x, y = sx + rng.normal(0, 3000), sy + rng.normal(0, 3000)
        if not demo.inside(x, y):
            continue
        geom = demo.blob(x, y, float(rng.uniform(100, 800)))
        if geom.isEmpty():
            continue
        out.append(
            {
                "geometry": geom,
                "release_id": f"LR-{len(out) + 1:04d}",
                "release_type": str(
                    rng.choice(["cleared", "reduced", "cancelled"], p=[0.2, 0.4, 0.4])
                ),
                "release_date": dt.date(int(rng.integers(2021, 2026)), int(rng.integers(1, 13)), 1),
                "area_m2": round(geom.area(), 1),
                "district": demo.district_of(geom),
                "source": SYNTHETIC,
            }
        )
    return out


def make_cemeteries(demo: Demo) -> list[dict]:
    rng = demo.rng
    out = []
    for f, (sx, sy) in zip(demo.settlements, demo.settlement_xy):
        for _ in range(int(rng.integers(1, 4))):
            for _try in range(50):
                r, a = rng.uniform(300, 1500), rng.uniform(0, 2 * np.pi)
                x, y = sx + r * np.cos(a), sy + r * np.sin(a)
                if demo.inside(x, y):
                    break
            else:
                continue
            point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
            out.append(
                {
                    "geometry": point,
                    "cemetery_id": f"CM-{len(out) + 1:03d}",
                    "name": f"Cemetery near {f['properties']['name']} (synthetic)",
                    "district": demo.district_of(point),
                    "source": SYNTHETIC,
                }
            )
    return out


def _spanning_tree(xy: np.ndarray) -> list[tuple[int, int]]:
    """Prim's minimum spanning tree over a few dozen points."""
    n = len(xy)
    d = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    seen, edges = {0}, []
    while len(seen) < n:
        rest = [j for j in range(n) if j not in seen]
        sub = d[np.ix_(sorted(seen), rest)]
        i, j = np.unravel_index(np.argmin(sub), sub.shape)
        a, b = sorted(seen)[i], rest[j]
        edges.append((a, b))
        seen.add(b)
    return edges


def make_infrastructure(demo: Demo) -> list[dict]:
    rng = demo.rng
    xy = demo.settlement_xy
    out = []
    for a, b in _spanning_tree(xy):
        (x0, y0), (x1, y1) = xy[a], xy[b]
        length = float(np.hypot(x1 - x0, y1 - y0))
        n = max(2, int(length // 1500))
        t = np.linspace(0, 1, n + 1)
        jitter = np.r_[0, rng.normal(0, 250, n - 1), 0]
        nx, ny = -(y1 - y0) / length, (x1 - x0) / length
        pts = [
            QgsPointXY(x0 + ti * (x1 - x0) + j * nx, y0 + ti * (y1 - y0) + j * ny)
            for ti, j in zip(t, jitter)
        ]
        kind = str(rng.choice(["road", "power", "rail"], p=[0.6, 0.25, 0.15]))
        names = demo.settlements[a]["properties"]["name"], demo.settlements[b]["properties"]["name"]
        out.append(
            {
                "geometry": QgsGeometry.fromPolylineXY(pts),
                "infra_id": f"PI-{len(out) + 1:03d}",
                "infra_type": kind,
                "name": f"Planned {kind} {names[0]} – {names[1]} (synthetic)",
                "funded": bool(rng.random() < 0.6),
                "source": SYNTHETIC,
            }
        )
    return out


def _kind(value) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, np.integer)):
        return "int"
    if isinstance(value, float):
        return "double"
    if isinstance(value, dt.date):
        return "date"
    return "string"


def _qt_value(value):
    return QDate(value.year, value.month, value.day) if isinstance(value, dt.date) else value


def _memory_layer(name: str, geometry: str, crs: str, rows: list[dict]) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs={crs}", name, "memory")
    keys = [k for k in rows[0] if k != "geometry"]
    layer.dataProvider().addAttributes([make_field(k, _kind(rows[0][k])) for k in keys])
    layer.updateFields()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        geom = QgsGeometry(row["geometry"])
        if geometry.startswith("Multi"):
            geom.convertToMultiType()
        feature.setGeometry(geom)
        feature.setAttributes([_qt_value(row[k]) for k in keys])
        features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    if not ok or layer.featureCount() != len(rows):
        raise RuntimeError(f"{name}: only {layer.featureCount()} of {len(rows)} features added")
    return layer


def _metadata(name: str) -> QgsLayerMetadata:
    title, synthetic = LAYERS[name]
    md = QgsLayerMetadata()
    md.setIdentifier(f"clearance_demo/{name}")
    md.setTitle(title)
    if synthetic:
        md.setAbstract(
            "SYNTHETIC demo data generated by Clearance Planner (scripts/build_demo.py, seed "
            f"{SEED}). Invented for demonstration; NOT real minefields or hazards and never to "
            "be used for operations. Shaped to resemble published proportions for the region."
        )
        md.setRights(["Synthetic data, CC0 1.0"])
        md.setLicenses(["CC0 1.0"])
    elif name == "settlements":
        md.setAbstract("GeoNames places with at least 500 inhabitants in the demo districts.")
        md.setRights([GN_CREDIT])
        md.setLicenses(["CC BY 4.0"])
    else:
        md.setAbstract(
            "Natural Earth 10m admin-1 units of Karabakh and East Zangezur "
            "(1:10 million generalisation). Lachin and Khankendi names corrected."
        )
        md.setRights([NE_CREDIT])
        md.setLicenses(["Public domain"])
    md.setKeywords({"keywords": ["mine action", "demo", "Azerbaijan"]})
    return md


def real_layers(demo: Demo) -> dict[str, QgsVectorLayer]:
    districts = []
    for f in demo.districts:
        p = f["properties"]
        districts.append(
            {
                "geometry": QgsGeometry.fromWkt(_geojson_to_wkt(f["geometry"])),
                "district": p["district"],
                "name": NAME_FIXES.get(p["adm1_code"], p["name"]),
                "planning_region": p["planning_region"],
                "adm1_code": p["adm1_code"],
                "iso_code": p["iso_code"],
                "area_km2": float(p["area_km2"]),
            }
        )
    settlements = []
    for f in demo.settlements:
        p = f["properties"]
        settlements.append(
            {
                "geometry": QgsGeometry.fromWkt(_geojson_to_wkt(f["geometry"])),
                "geonameid": int(p["geonameid"]),
                "name": p["name"],
                "population": int(p["population"]),
                "district": p["district"],
                "planning_region": p["planning_region"],
            }
        )
    return {
        "districts": _memory_layer("districts", "MultiPolygon", "EPSG:4326", districts),
        "settlements": _memory_layer("settlements", "Point", "EPSG:4326", settlements),
    }


def build(path: Path) -> Path:
    """Write the demo GeoPackage to ``path`` atomically and return it."""
    demo = Demo()
    hazards = make_hazards(demo)
    records = make_records(demo, hazards)
    layers = real_layers(demo)
    layers.update(
        {
            "hazards": _memory_layer("hazards", "MultiPolygon", "EPSG:32638", hazards),
            "minefield_records": _memory_layer(
                "minefield_records", "MultiPolygon", "EPSG:32638", records
            ),
            "incidents": _memory_layer(
                "incidents", "Point", "EPSG:32638", make_incidents(demo, hazards, records)
            ),
            "cleared_land": _memory_layer(
                "cleared_land", "MultiPolygon", "EPSG:32638", make_cleared(demo)
            ),
            "cemeteries": _memory_layer("cemeteries", "Point", "EPSG:32638", make_cemeteries(demo)),
            "planned_infrastructure": _memory_layer(
                "planned_infrastructure", "LineString", "EPSG:32638", make_infrastructure(demo)
            ),
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with AtomicFile(path) as out:
        for name, layer in layers.items():
            _write(layer, name, out.path)
        # styles and metadata only once every table is written: on QGIS 3.44 a table written
        # after QGIS has stored metadata in the file makes GDAL print "sqlite3_get_table(...
        # gpkg_metadata ...) failed: unable to open database file"
        for name in layers:
            _style(name, out.path)
        for name in layers:
            _save_metadata(name, out.path)
        out.commit()
    return path


def _write(layer: QgsVectorLayer, name: str, gpkg: Path) -> None:
    """One demo table into the GeoPackage (created by the first)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if gpkg.exists()
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(gpkg), QgsCoordinateTransformContext(), options
    )
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(f"writing {name}: {message}")


def _style(name: str, gpkg: Path) -> None:
    """The table's shipped style stored in the GeoPackage as its default."""
    written = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    msg, ok = written.loadNamedStyle(style_path(name))
    if not ok:
        raise RuntimeError(f"style {name}: {msg}")
    save_style_to_database(written, name, "Clearance Planner style")


def _save_metadata(name: str, gpkg: Path) -> None:
    """The table's metadata (title, SYNTHETIC or source abstract, licence) in the GeoPackage."""
    ogr = QgsProviderRegistry.instance().providerMetadata("ogr")
    ok, error = ogr.saveLayerMetadata(f"{gpkg}|layername={name}", _metadata(name))
    if not ok:
        raise RuntimeError(f"metadata {name}: {error}")


def _crosses_itself(geom: QgsGeometry) -> bool:
    """True for a polygon whose edges cross (GEOS "Self-intersection"): GEOS overlays throw a
    TopologyException on it, while they still handle a ring touching itself."""
    errors = geom.validateGeometry(Qgis.GeometryValidationEngine.Geos)
    return any(e.what().startswith("Self-intersection") for e in errors)
