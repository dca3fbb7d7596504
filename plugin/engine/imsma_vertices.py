"""IMSMA NG geometry as vertex rows: NG v6 keeps no shapes, only ``geopoint`` rows (one per
vertex: ``pointno``, latitude, longitude) of each object's ``geospatialinfo`` (one per part).
An export of them is grouped here into objects, parts and ordered vertices. No QGIS.

Every vertex row belongs to one object; rows without an id are objects of their own; rows
without a usable coordinate pair or order number are noted, never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .imsma_values import is_blank, parse_number
from .text import QT_TR_NOOP, Text


@dataclass
class VertexObject:
    """One object of the export: its first row (its attributes), rows and parts."""

    first_row: int
    rows: list[int] = field(default_factory=list)
    parts: list[list[tuple[float, float]]] = field(default_factory=list)  # (lon, lat)
    notes: list[Text] = field(default_factory=list)  # str(): English; tr_message: translated


def group_vertices(ids: list, parts: list, order: list, lat: list, lon: list) -> list[VertexObject]:
    """Objects in order of their first row; each part's vertices sorted by order number
    (rows whose order does not parse come last, in file order, and are noted)."""
    objects: dict = {}
    for row, key in enumerate(ids):
        key = ("row", row) if is_blank(key) else ("id", str(key).strip())
        objects.setdefault(key, VertexObject(row)).rows.append(row)
    out = []
    for obj in objects.values():
        by_part: dict = {}
        for row in obj.rows:
            by_part.setdefault(_part_key(parts[row]), []).append(row)
        for rows in by_part.values():
            vertices = _part(rows, order, lat, lon, obj.notes)
            if vertices:
                obj.parts.append(vertices)
        n = len(obj.rows)
        built = (
            QT_TR_NOOP("built from {0} vertex row, {1} part(s)")
            if n == 1
            else QT_TR_NOOP("built from {0} vertex rows, {1} part(s)")
        )
        obj.notes.insert(0, Text(built, n, len(obj.parts)))
        out.append(obj)
    return out


def _part_key(value):
    return None if is_blank(value) else str(value).strip()


def _part(rows: list[int], order: list, lat: list, lon: list, notes: list) -> list:
    ranked = []
    for row in rows:
        number, _ = parse_number(order[row])
        y, _ = parse_number(lat[row])
        x, _ = parse_number(lon[row])
        if x is None or y is None or not (-90 <= y <= 90 and -180 <= x <= 180):
            no_pair = QT_TR_NOOP("row {0}: no coordinate pair ({1!r}, {2!r})")
            notes.append(Text(no_pair, row + 1, lat[row], lon[row]))
            continue
        if number is None:
            last = QT_TR_NOOP("row {0}: order {1!r} not a number, put last")
            notes.append(Text(last, row + 1, order[row]))
        ranked.append((number is None, number or 0.0, row, (x, y)))
    return [xy for *_, xy in sorted(ranked)]
