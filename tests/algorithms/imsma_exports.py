"""IMSMA-style exports built in the tests: NG v6 and Core field names, odd values (mixed
case, trailing spaces, other languages, unknown words), nulls, text in numeric fields,
invalid, degenerate and null geometries; as GeoPackage layers and CSV files."""

from __future__ import annotations

import csv
from pathlib import Path

from osgeo import ogr, osr

X0, Y0 = 600000.0, 4400000.0


def square(x: float, y: float, size: float) -> str:
    return f"POLYGON(({x} {y}, {x} {y + size}, {x + size} {y + size}, {x + size} {y}, {x} {y}))"


BOWTIE = (
    f"POLYGON(({X0 + 1000} {Y0}, {X0 + 1100} {Y0 + 100}, {X0 + 1100} {Y0}, "
    f"{X0 + 1000} {Y0 + 100}, {X0 + 1000} {Y0}))"
)  # invalid; makeValid: two triangles, 5000 m²
SPIKE = f"POLYGON(({X0 + 3000} {Y0}, {X0 + 3000} {Y0 + 100}, {X0 + 3000} {Y0}))"  # no area

NG_FIELDS = [
    ("hazard_guid", ogr.OFTString),
    ("hazard_localid", ogr.OFTString),
    ("hazard_type", ogr.OFTString),
    ("status", ogr.OFTString),
    ("estimated_area", ogr.OFTString),  # text, as NG exports often give it
    ("remaining_area", ogr.OFTReal),
    ("devices", ogr.OFTString),
    ("direct_evidence", ogr.OFTString),
    ("land_disputes", ogr.OFTString),
    ("district", ogr.OFTString),
]
# hazard_guid, localid, type, status, estimated, remaining, devices, evidence, disputes, district
NG_ROWS = [
    ("g1", "HZ-1 ", "Suspected Hazardous Area", "OPEN ", "5000", 2500.0,
     "AP mine, AT mine", "mines seen", "Yes", "A"),
    ("g2", "HZ-2", "cha", "worked_on", "1 234,5", None, "UXO", None, "нет", "A"),
    ("g3", "HZ-3", "Подтверждённый опасный район", "Закрыт", "n/a", None, "ПТМ", None, None, "B"),
    ("g4", "HZ-4", "şübhəli təhlükəli ərazi", "Handed Over", "750", 300.0, "banana",
     None, "xeyr", "B"),
    ("g5", None, "weird class", "pending", "", None, None, None, None, None),
    ("g6", "HZ-1", "EOD spot task", "open", "", None, None, None, None, "A"),
]  # fmt: skip
NG_GEOMETRIES = [
    square(X0, Y0, 100),  # 10000 m²
    BOWTIE,
    None,
    square(X0 + 2000, Y0, 50),  # 2500 m²
    SPIKE,
    square(X0 + 4000, Y0, 20),  # 400 m²
]

CORE_FIELDS = [
    ("objectid", ogr.OFTInteger),
    ("globalid", ogr.OFTString),
    ("localid", ogr.OFTString),
    ("hazard_type", ogr.OFTString),
    ("status", ogr.OFTString),
    ("estimated_area", ogr.OFTReal),
    ("device_classification", ogr.OFTString),
    ("evidence", ogr.OFTString),
]
CORE_ROWS = [
    (1, "{A}", "CORE-1", "SHA", "open", 1200.0, "AP", "Direct"),
    (2, "{B}", "CORE-2", "Confirmed", "CLOSED", None, "erw; UXO", "indirect evidence"),
]
CORE_GEOMETRIES = [square(X0, Y0 + 1000, 30), square(X0 + 500, Y0 + 1000, 40)]

ACCIDENT_FIELDS = [
    ("accident_guid", ogr.OFTString),
    ("accident_localid", ogr.OFTString),
    ("accident_date", ogr.OFTString),
    ("accident_type", ogr.OFTString),
    ("device_category", ogr.OFTString),
    ("killed", ogr.OFTString),
    ("injured", ogr.OFTInteger),
]
ACCIDENT_ROWS = [
    ("a1", "ACC-1", "2021-03-01", "Mine Accident", "AP", "1", 2),
    ("a2", "ACC-2", "15/06/2022", "demining", "AT", "n/a", 1),
    ("a3", "ACC-3", "someday", "Разминирование", "ERW", "", None),
]
ACCIDENT_GEOMETRIES = [
    f"POINT({X0 + 50} {Y0 + 50})",
    f"POINT({X0 + 1500} {Y0 + 50})",
    None,
]


def write_gpkg(path: Path, layer: str, fields, rows, wkts, epsg: int = 32638) -> Path:
    """A GeoPackage layer of ``rows`` (None = NULL) and WKT geometries (None = NULL)."""
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    kinds = {ogr.CreateGeometryFromWkt(w).GetGeometryType() for w in wkts if w is not None} or {
        ogr.wkbPolygon
    }
    out = ds.CreateLayer(layer, srs, kinds.pop())
    for name, kind in fields:
        out.CreateField(ogr.FieldDefn(name, kind))
    for row, wkt in zip(rows, wkts):
        feature = ogr.Feature(out.GetLayerDefn())
        for i, value in enumerate(row):
            if value is None:
                feature.SetFieldNull(i)
            else:
                feature.SetField(i, value)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        out.CreateFeature(feature)
    ds = None
    return path


def ng_hazards(folder: Path) -> str:
    path = write_gpkg(folder / "ng_hazards.gpkg", "hazard", NG_FIELDS, NG_ROWS, NG_GEOMETRIES)
    return f"{path}|layername=hazard"


def core_hazards(folder: Path) -> str:
    path = folder / "core_hazards.gpkg"
    write_gpkg(path, "hazards", CORE_FIELDS, CORE_ROWS, CORE_GEOMETRIES)
    return f"{path}|layername=hazards"


def ng_accidents(folder: Path) -> str:
    path = folder / "ng_accidents.gpkg"
    write_gpkg(path, "accident", ACCIDENT_FIELDS, ACCIDENT_ROWS, ACCIDENT_GEOMETRIES)
    return f"{path}|layername=accident"


def write_csv(path: Path, header: list, rows: list) -> str:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows([["" if v is None else v for v in r] for r in rows])
    return str(path)


def csv_wkt_hazards(folder: Path) -> str:
    """Core field names, a WKT column in WGS 84: a valid square, a bow-tie, an empty cell,
    unreadable WKT."""
    lon, lat = 45.0, 40.0
    d = 0.001
    sq = (
        f"POLYGON(({lon} {lat}, {lon} {lat + d}, {lon + d} {lat + d}, {lon + d} {lat}, "
        f"{lon} {lat}))"
    )
    bow = (
        f"POLYGON(({lon + 0.01} {lat}, {lon + 0.01 + d} {lat + d}, {lon + 0.01 + d} {lat}, "
        f"{lon + 0.01} {lat + d}, {lon + 0.01} {lat}))"
    )
    rows = [
        ["C-1", "sha ", "Open", "1000", sq],
        ["C-2", "CHA", "worked on", "abc", bow],
        ["C-3", "Indication", "closed", "", ""],
        ["C-4", "SHA", "open", "12.5", "POLYGON((broken"],
    ]
    return write_csv(
        folder / "core_hazards_wkt.csv",
        ["localid", "hazard_type", "status", "estimated_area", "WKT"],
        rows,
    )


def csv_latlon_accidents(folder: Path) -> str:
    rows = [
        ["ACC-10", "2020-01-02", "mine", "2", "0", "40.0", "45.0"],
        ["ACC-11", "2020-02-03", "ERW", "0", "1", "", ""],
        ["ACC-12", "2020-03-04", "mine", "x", "1", "north", "45.1"],
    ]
    return write_csv(
        folder / "accidents_latlon.csv",
        ["localid", "accident_date", "accident_type", "killed", "injured", "Latitude", "Longitude"],
        rows,
    )


def ng_hazards_shapefile(folder: Path) -> str:
    """The NG hazards as a shapefile: field names cut to 10 characters by the format."""
    path = folder / "ng_hazards.shp"
    driver = ogr.GetDriverByName("ESRI Shapefile")
    ds = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32638)
    out = ds.CreateLayer("ng_hazards", srs, ogr.wkbPolygon, ["ENCODING=UTF-8"])
    for name, kind in NG_FIELDS:
        out.CreateField(ogr.FieldDefn(name, kind))
    for row, wkt in zip(NG_ROWS, NG_GEOMETRIES):
        feature = ogr.Feature(out.GetLayerDefn())
        for i, value in enumerate(row):
            if value is not None:
                feature.SetField(i, value)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        out.CreateFeature(feature)
    ds = None
    return str(path)


def core_hazards_filegdb(folder: Path) -> str:
    """The Core hazards in a file geodatabase (GDAL's OpenFileGDB driver writes it)."""
    path = folder / "core.gdb"
    driver = ogr.GetDriverByName("OpenFileGDB")
    ds = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32638)
    out = ds.CreateLayer("hazardous_areas", srs, ogr.wkbMultiPolygon)
    for name, kind in CORE_FIELDS[1:]:  # the geodatabase makes its own OBJECTID
        out.CreateField(ogr.FieldDefn(name, kind))
    for row, wkt in zip(CORE_ROWS, CORE_GEOMETRIES):
        feature = ogr.Feature(out.GetLayerDefn())
        for i, value in enumerate(row[1:]):
            if value is not None:
                feature.SetField(i, value)
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(wkt)))
        out.CreateFeature(feature)
    ds = None
    return f"{path}|layername=hazardous_areas"


def csv_victims(folder: Path) -> str:
    """An NG victim table: no geometry."""
    rows = [
        ["V-1", "ACC-1", "Killed", "M", "34"],
        ["V-2", "ACC-1", "injured ", "F", "n/a"],
        ["V-3", "ACC-2", "Ранен", "", ""],
    ]
    header = ["victim_localid", "accident_localid", "victim_status", "gender", "age"]
    return write_csv(folder / "victims.csv", header, rows)


def csv_ng_vertices(folder: Path) -> str:
    """NG v6 geometry as geopoint rows: HZ-1 a square given out of order, HZ-2 two parts,
    HZ-3 two vertices only, HZ-4 one vertex without coordinates, one row without an id."""
    header = ["hazard_localid", "hazard_type", "status", "geospatialinfo_guid", "pointno",
              "latitude", "longitude"]  # fmt: skip
    rows = [
        ["HZ-1", "SHA", "Open", "s1", "3", "40.001", "45.001"],
        ["HZ-1", "SHA", "Open", "s1", "1", "40", "45"],
        ["HZ-1", "SHA", "Open", "s1", "2", "40", "45.001"],
        ["HZ-1", "SHA", "Open", "s1", "4", "40.001", "45"],
        ["HZ-2", "CHA", "Open", "s2a", "1", "40", "46"],
        ["HZ-2", "CHA", "Open", "s2a", "2", "40", "46.001"],
        ["HZ-2", "CHA", "Open", "s2a", "3", "40.001", "46"],
        ["HZ-2", "CHA", "Open", "s2b", "1", "40.01", "46"],
        ["HZ-2", "CHA", "Open", "s2b", "2", "40.01", "46.001"],
        ["HZ-2", "CHA", "Open", "s2b", "3", "40.011", "46"],
        ["HZ-3", "SHA", "closed", "s3", "1", "41", "45"],
        ["HZ-3", "SHA", "closed", "s3", "2", "41", "45.001"],
        ["HZ-4", "SHA", "open", "s4", "1", "42", "45"],
        ["HZ-4", "SHA", "open", "s4", "2", "n/a", "45.001"],
        ["HZ-4", "SHA", "open", "s4", "3", "42", "45.001"],
        ["HZ-4", "SHA", "open", "s4", "4", "42.001", "45"],
        ["", "SHA", "open", "", "1", "43", "45"],
    ]
    return write_csv(folder / "ng_geopoints.csv", header, rows)
