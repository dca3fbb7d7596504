"""KML, GPX and CSV text for field teams (standard library + numpy only, no QGIS).

Each task is a :class:`FieldTask`: a name (task id), a description, its attributes and its
polygons in WGS 84 longitude/latitude, plus turning points in WGS 84 and in the export's one
UTM zone. A task without usable coordinates has no polygons and no turning points: it is a
CSV row with a note, and has no placemark or waypoint. Every text written to KML or GPX goes
through :func:`xml_text`, every CSV cell through :func:`~..csv_text.safe_cell`
(numbers rounded by :mod:`..formatting` first).
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .. import formatting
from ..csv_text import safe_cell
from .text import QT_TR_NOOP, Text
from .utm import UtmZone

KML_NS = "http://www.opengis.net/kml/2.2"
GPX_NS = "http://www.topografix.com/GPX/1/1"
DEGREE_DECIMALS = 7  # ~1 cm
METRE_DECIMALS = 2
CSV_COLUMNS = (
    "turning_points",
    "turning_points_wgs84",
    "utm_zone",
    "turning_points_utm",
    "outside_zone",
    "coordinate_note",
)
# characters XML 1.0 forbids: C0 controls but tab, LF and CR; surrogates; U+FFFE and U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value) -> str:
    """``value`` as text XML 1.0 can hold (None → ""): forbidden characters are removed,
    everything visible is kept (ElementTree escapes ``&``, ``<`` and ``>``)."""
    return "" if value is None else _NOT_XML.sub("", str(value))


@dataclass
class FieldTask:
    name: str
    description: str
    attributes: dict
    polygons: list  # per part: list of rings, each an (n, 2) lon/lat array (closed); [] if none
    turning_wgs84: np.ndarray  # (n, 2) lon/lat of exterior-ring vertices, closing one dropped
    turning_utm: np.ndarray | None  # (n, 2) easting/northing in the export zone, None if none
    outside_zone: bool | None = None  # beyond the zone's valid range (None: no coordinates)
    note: str = ""  # why coordinates are missing, or what was done to them
    style: str = ""  # KML style id (e.g. the method)
    extra: dict = field(default_factory=dict)

    @property
    def located(self) -> bool:
        """True when the task has WGS 84 coordinates (a placemark, waypoints, a page)."""
        return len(self.turning_wgs84) > 0

    @property
    def field_description(self) -> str:
        """The description, with the note when there is one."""
        return f"{self.description} ({self.note})" if self.note else self.description


def grid_text(zone: UtmZone) -> Text:
    """``Coordinates: WGS 84; grid: WGS 84 / UTM zone 38N (EPSG:32638)``."""
    grid = QT_TR_NOOP("Coordinates: WGS 84; grid: WGS 84 / UTM zone {0} (EPSG:{1})")
    return Text(grid, zone.label, zone.epsg)


def _coords(ring: np.ndarray) -> str:
    return " ".join(f"{x:.{DEGREE_DECIMALS}f},{y:.{DEGREE_DECIMALS}f},0" for x, y in ring)


def _text(parent, tag: str, value, **attributes):
    """A child element holding ``value`` as XML-safe text."""
    attributes = {k: xml_text(v) for k, v in attributes.items()}
    element = ET.SubElement(parent, tag, attributes)
    element.text = xml_text(value)
    return element


def kml_document(
    tasks: list[FieldTask],
    title: str,
    colours: dict[str, str],
    zone: UtmZone,
    render: Callable[[Text], str] = str,
) -> bytes:
    """A KML 2.2 document: one Placemark per located task (name = task id), polygons in
    WGS 84; the document description names the export's UTM zone (made text by ``render``:
    English ``str``, or ``i18n.tr_message``)."""
    ET.register_namespace("", KML_NS)
    k = f"{{{KML_NS}}}"
    root = ET.Element(f"{k}kml")
    doc = ET.SubElement(root, f"{k}Document")
    _text(doc, f"{k}name", title)
    _text(doc, f"{k}description", render(grid_text(zone)))
    for style_id, colour in colours.items():
        style = ET.SubElement(doc, f"{k}Style", id=xml_text(style_id))
        line = ET.SubElement(style, f"{k}LineStyle")
        _text(line, f"{k}color", _kml_colour(colour, "ff"))
        _text(line, f"{k}width", "2")
        poly = ET.SubElement(style, f"{k}PolyStyle")
        _text(poly, f"{k}color", _kml_colour(colour, "66"))
    for task in tasks:
        if not task.polygons:
            continue
        mark = ET.SubElement(doc, f"{k}Placemark")
        _text(mark, f"{k}name", task.name)
        _text(mark, f"{k}description", task.field_description)
        if task.style in colours:
            _text(mark, f"{k}styleUrl", f"#{task.style}")
        data = ET.SubElement(mark, f"{k}ExtendedData")
        for key, value in task.attributes.items():
            item = ET.SubElement(data, f"{k}Data", name=xml_text(key))
            _text(item, f"{k}value", value)
        parent = mark
        if len(task.polygons) > 1:
            parent = ET.SubElement(mark, f"{k}MultiGeometry")
        for rings in task.polygons:
            polygon = ET.SubElement(parent, f"{k}Polygon")
            for n, ring in enumerate(rings):
                tag = "outerBoundaryIs" if n == 0 else "innerBoundaryIs"
                boundary = ET.SubElement(polygon, f"{k}{tag}")
                linear = ET.SubElement(boundary, f"{k}LinearRing")
                _text(linear, f"{k}coordinates", _coords(ring))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _kml_colour(hex_rgb: str, alpha: str) -> str:
    """``#rrggbb`` as KML ``aabbggrr``."""
    h = hex_rgb.lstrip("#")
    return f"{alpha}{h[4:6]}{h[2:4]}{h[0:2]}"


def gpx_document(
    tasks: list[FieldTask], title: str, zone: UtmZone, render: Callable[[Text], str] = str
) -> bytes:
    """GPX 1.1 waypoints: every turning point of the located tasks, named ``<task>-TP<n>``
    (1-based), with its UTM coordinates in the export zone as the comment; the description
    names the zone (``render`` as in :func:`kml_document`)."""
    ET.register_namespace("", GPX_NS)
    g = f"{{{GPX_NS}}}"
    root = ET.Element(f"{g}gpx", version="1.1", creator="Clearance Planner")
    meta = ET.SubElement(root, f"{g}metadata")
    _text(meta, f"{g}name", title)
    _text(meta, f"{g}desc", render(grid_text(zone)))
    for task in tasks:
        for n, (lon, lat) in enumerate(task.turning_wgs84, start=1):
            wpt = ET.SubElement(
                root,
                f"{g}wpt",
                lat=f"{lat:.{DEGREE_DECIMALS}f}",
                lon=f"{lon:.{DEGREE_DECIMALS}f}",
            )
            _text(wpt, f"{g}name", f"{task.name}-TP{n}")
            if task.turning_utm is not None:
                e, north = task.turning_utm[n - 1]
                _text(wpt, f"{g}cmt", f"UTM {zone.label} {_metres(e)} {_metres(north)}")
            _text(wpt, f"{g}desc", task.field_description)
            _text(wpt, f"{g}sym", "Flag, Red")
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _metres(value: float) -> str:
    return f"{value:.{METRE_DECIMALS}f}"


def _cell(name: str, value):
    """An attribute for the CSV: numbers rounded for their unit (:mod:`..formatting`), dates
    ISO 8601, text as it is (escaped by :func:`safe_cell`)."""
    if isinstance(value, str) or value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return formatting.number(name, value)  # a number, not text: "-2.5" is no formula
    return formatting.text(name, value)


def csv_text(tasks: list[FieldTask], columns: list[str], zone: UtmZone) -> str:
    """One row per task, located or not: ``columns`` attributes, then :data:`CSV_COLUMNS`.

    Turning points are ``lat lon`` (and ``easting northing`` in ``zone``) pairs joined by
    ``; ``, in ring order; ``utm_zone`` is ``zone`` wherever UTM coordinates are given;
    ``outside_zone`` is true for a task beyond the zone's valid range, empty for a task
    without coordinates; ``coordinate_note`` says why. Every cell goes through
    :func:`safe_cell`.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([safe_cell(c) for c in (*columns, *CSV_COLUMNS)])
    for task in tasks:
        wgs = "; ".join(
            f"{lat:.{DEGREE_DECIMALS}f} {lon:.{DEGREE_DECIMALS}f}"
            for lon, lat in task.turning_wgs84
        )
        utm = ""
        if task.turning_utm is not None:
            utm = "; ".join(f"{_metres(e)} {_metres(n)}" for e, n in task.turning_utm)
        cells = [_cell(c, task.attributes.get(c)) for c in columns]
        cells += [
            len(task.turning_wgs84),
            wgs,
            zone.label if task.turning_utm is not None else None,
            utm,
            task.outside_zone,
            task.note,
        ]
        writer.writerow([safe_cell(c) for c in cells])
    return out.getvalue()
