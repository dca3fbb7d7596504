"""KML, GPX and CSV text for field teams (standard library + numpy only, no QGIS).

Each task is a :class:`FieldTask`: a name (task id), a description, its attributes and its
polygons in WGS 84 longitude/latitude, plus turning points in WGS 84 and UTM.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import numpy as np

from ..csv_text import safe_cell

KML_NS = "http://www.opengis.net/kml/2.2"
GPX_NS = "http://www.topografix.com/GPX/1/1"
DEGREE_DECIMALS = 7  # ~1 cm
METRE_DECIMALS = 2


@dataclass
class FieldTask:
    name: str
    description: str
    attributes: dict
    polygons: list  # per part: list of rings, each an (n, 2) lon/lat array (closed)
    turning_wgs84: np.ndarray  # (n, 2) lon/lat of exterior-ring vertices, closing one dropped
    turning_utm: np.ndarray  # (n, 2) easting/northing
    utm_zone: str  # e.g. "38N"
    style: str = ""  # KML style id (e.g. the method)
    extra: dict = field(default_factory=dict)


def _coords(ring: np.ndarray) -> str:
    return " ".join(f"{x:.{DEGREE_DECIMALS}f},{y:.{DEGREE_DECIMALS}f},0" for x, y in ring)


def kml_document(tasks: list[FieldTask], title: str, colours: dict[str, str]) -> bytes:
    """A KML 2.2 document: one Placemark per task (name = task id), polygons in WGS 84."""
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    doc = ET.SubElement(root, f"{{{KML_NS}}}Document")
    ET.SubElement(doc, f"{{{KML_NS}}}name").text = title
    for style_id, colour in colours.items():
        style = ET.SubElement(doc, f"{{{KML_NS}}}Style", id=style_id)
        line = ET.SubElement(style, f"{{{KML_NS}}}LineStyle")
        ET.SubElement(line, f"{{{KML_NS}}}color").text = _kml_colour(colour, "ff")
        ET.SubElement(line, f"{{{KML_NS}}}width").text = "2"
        poly = ET.SubElement(style, f"{{{KML_NS}}}PolyStyle")
        ET.SubElement(poly, f"{{{KML_NS}}}color").text = _kml_colour(colour, "66")
    for task in tasks:
        mark = ET.SubElement(doc, f"{{{KML_NS}}}Placemark")
        ET.SubElement(mark, f"{{{KML_NS}}}name").text = task.name
        ET.SubElement(mark, f"{{{KML_NS}}}description").text = task.description
        if task.style in colours:
            ET.SubElement(mark, f"{{{KML_NS}}}styleUrl").text = f"#{task.style}"
        data = ET.SubElement(mark, f"{{{KML_NS}}}ExtendedData")
        for key, value in task.attributes.items():
            item = ET.SubElement(data, f"{{{KML_NS}}}Data", name=str(key))
            ET.SubElement(item, f"{{{KML_NS}}}value").text = "" if value is None else str(value)
        parent = mark
        if len(task.polygons) > 1:
            parent = ET.SubElement(mark, f"{{{KML_NS}}}MultiGeometry")
        for rings in task.polygons:
            polygon = ET.SubElement(parent, f"{{{KML_NS}}}Polygon")
            for k, ring in enumerate(rings):
                tag = "outerBoundaryIs" if k == 0 else "innerBoundaryIs"
                boundary = ET.SubElement(polygon, f"{{{KML_NS}}}{tag}")
                linear = ET.SubElement(boundary, f"{{{KML_NS}}}LinearRing")
                ET.SubElement(linear, f"{{{KML_NS}}}coordinates").text = _coords(ring)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _kml_colour(hex_rgb: str, alpha: str) -> str:
    """``#rrggbb`` as KML ``aabbggrr``."""
    h = hex_rgb.lstrip("#")
    return f"{alpha}{h[4:6]}{h[2:4]}{h[0:2]}"


def gpx_document(tasks: list[FieldTask], title: str) -> bytes:
    """GPX 1.1 waypoints: every turning point, named ``<task>-TP<n>`` (1-based)."""
    ET.register_namespace("", GPX_NS)
    root = ET.Element(f"{{{GPX_NS}}}gpx", version="1.1", creator="Clearance Planner")
    meta = ET.SubElement(root, f"{{{GPX_NS}}}metadata")
    ET.SubElement(meta, f"{{{GPX_NS}}}name").text = title
    for task in tasks:
        for n, (lon, lat) in enumerate(task.turning_wgs84, start=1):
            wpt = ET.SubElement(
                root,
                f"{{{GPX_NS}}}wpt",
                lat=f"{lat:.{DEGREE_DECIMALS}f}",
                lon=f"{lon:.{DEGREE_DECIMALS}f}",
            )
            ET.SubElement(wpt, f"{{{GPX_NS}}}name").text = f"{task.name}-TP{n}"
            ET.SubElement(wpt, f"{{{GPX_NS}}}desc").text = task.description
            ET.SubElement(wpt, f"{{{GPX_NS}}}sym").text = "Flag, Red"
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def csv_text(tasks: list[FieldTask], columns: list[str]) -> str:
    """One row per task: ``columns`` attributes, then turning points in WGS 84 and UTM.

    Turning points are ``lat lon`` (and ``easting northing``) pairs joined by ``; ``, in ring
    order; every text cell goes through :func:`safe_cell`.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [*columns, "turning_points", "turning_points_wgs84", "utm_zone", "turning_points_utm"]
    )
    for task in tasks:
        wgs = "; ".join(
            f"{lat:.{DEGREE_DECIMALS}f} {lon:.{DEGREE_DECIMALS}f}"
            for lon, lat in task.turning_wgs84
        )
        utm = "; ".join(
            f"{e:.{METRE_DECIMALS}f} {n:.{METRE_DECIMALS}f}" for e, n in task.turning_utm
        )
        row = [safe_cell(task.attributes.get(c)) for c in columns]
        writer.writerow([*row, len(task.turning_wgs84), wgs, task.utm_zone, utm])
    return out.getvalue()
