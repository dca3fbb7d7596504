"""Parse (ISO or EWKB) well-known binary into vertex arrays, keeping only x and y.

Any buffer that is not whole linear WKB (empty, truncated, unknown byte order, type or
dimension, counts larger than the bytes left) raises :class:`WkbError`, never IndexError.
"""

from __future__ import annotations

import struct

import numpy as np

from ..engine.text import QT_TR_NOOP, Text

NO_COUNT = QT_TR_NOOP("WKB ends at byte {0}, a count was expected at byte {1}")
BYTE_ORDER = QT_TR_NOOP("byte {0}: byte order {1} is neither 0 nor 1")
NO_GEOMETRY = QT_TR_NOOP("WKB ends at byte {0}, a geometry was expected at byte {1}")
NO_POINTS = QT_TR_NOOP("WKB ends at byte {0}, {1} points need bytes {2}-{3}")
CURVED = QT_TR_NOOP("unsupported WKB geometry type {0} (segmentize curves first)")

POINT, LINESTRING, POLYGON = 1, 2, 3
MULTI = {4: POINT, 5: LINESTRING, 6: POLYGON}
COLLECTION = 7
ISO_DIMENSIONS = {0: 0, 1: 1, 2: 1, 3: 2}  # type code // 1000: 2D, Z, M, ZM


class WkbError(ValueError):
    """The bytes are not a linear WKB geometry this parser knows."""


def _uint(buf: bytes, pos: int, order: str) -> tuple[int, int]:
    """One unsigned 32-bit integer at ``pos`` and the position after it."""
    if pos + 4 > len(buf):
        raise WkbError(
            Text(
                QT_TR_NOOP("WKB ends at byte {0}, a count was expected at byte {1}"), len(buf), pos
            )
        )
    return struct.unpack_from(order + "I", buf, pos)[0], pos + 4


def _header(buf: bytes, pos: int) -> tuple[str, int, int, int]:
    """Byte order, base type, coordinate dimension and position after the header."""
    if pos >= len(buf):
        raise WkbError(Text(NO_GEOMETRY, len(buf), pos))
    if buf[pos] not in (0, 1):
        raise WkbError(
            Text(QT_TR_NOOP("byte {0}: byte order {1} is neither 0 nor 1"), pos, buf[pos])
        )
    order = "<" if buf[pos] == 1 else ">"
    code, pos = _uint(buf, pos + 1, order)
    dim = 2
    if code & 0x80000000 or code & 0x40000000 or code & 0x20000000:  # EWKB Z / M / SRID flags
        dim += bool(code & 0x80000000) + bool(code & 0x40000000)
        if code & 0x20000000:
            _, pos = _uint(buf, pos, order)
        code &= 0x0FFFFFFF
    else:
        if code // 1000 not in ISO_DIMENSIONS:
            raise WkbError(Text(QT_TR_NOOP("unsupported WKB geometry type {0}"), code))
        dim += ISO_DIMENSIONS[code // 1000]
        code %= 1000
    return order, code, dim, pos


def _points(buf: bytes, pos: int, order: str, dim: int, n: int) -> tuple[np.ndarray, int]:
    end = pos + 8 * n * dim
    if end > len(buf):
        raise WkbError(Text(NO_POINTS, len(buf), n, pos, end))
    raw = np.frombuffer(buf, dtype=order + "f8", count=n * dim, offset=pos)
    return raw.reshape(n, dim)[:, :2], end


def parse(buf: bytes, pos: int = 0) -> tuple[list[np.ndarray], int, int]:
    """Rings/lines/points of one geometry: ``(parts, base type, next position)``.

    Polygons give their rings (shell then holes), lines their vertices, points one vertex.
    Empty points (NaN coordinates) are dropped. Well-formed 2D polygons (what QGIS writes
    for almost every parcel) take a fast path; anything else the checked parser below.
    """
    if len(buf) >= pos + 9 and buf[pos] == 1 and buf[pos + 1 : pos + 5] == _POLYGON_2D:
        try:
            return _polygon_2d(buf, pos)
        except (struct.error, ValueError):
            pass  # truncated or inconsistent: the checked parser says where
    return _checked(buf, pos)


_POLYGON_2D = struct.pack("<I", POLYGON)
_U32 = struct.Struct("<I")


def _polygon_2d(buf: bytes, pos: int) -> tuple[list[np.ndarray], int, int]:
    """A little-endian 2D polygon without per-count checks (numpy and struct raise on
    truncation, and the caller falls back to :func:`_checked`)."""
    (n_rings,) = _U32.unpack_from(buf, pos + 5)
    pos += 9
    rings = []
    for _ in range(n_rings):
        (n,) = _U32.unpack_from(buf, pos)
        xy = np.frombuffer(buf, dtype="<f8", count=2 * n, offset=pos + 4).reshape(n, 2)
        pos += 4 + 16 * n
        if n:
            rings.append(xy)
    return rings, POLYGON, pos


def _checked(buf: bytes, pos: int) -> tuple[list[np.ndarray], int, int]:
    """:func:`parse` with every count checked against the bytes left."""
    order, code, dim, pos = _header(buf, pos)
    if code == POINT:
        xy, pos = _points(buf, pos, order, dim, 1)
        return ([] if np.isnan(xy).any() else [xy]), POINT, pos
    if code == LINESTRING:
        n, pos = _uint(buf, pos, order)
        xy, pos = _points(buf, pos, order, dim, n)
        return ([xy] if n else []), LINESTRING, pos
    if code == POLYGON:
        n_rings, pos = _uint(buf, pos, order)
        rings = []
        for _ in range(n_rings):
            n, pos = _uint(buf, pos, order)
            xy, pos = _points(buf, pos, order, dim, n)
            if n:
                rings.append(xy)
        return rings, POLYGON, pos
    if code in MULTI or code == COLLECTION:
        n_parts, pos = _uint(buf, pos, order)
        parts: list[np.ndarray] = []
        kinds = set()
        for _ in range(n_parts):
            sub, kind, pos = parse(buf, pos)
            parts.extend(sub)
            kinds.add(kind)
        base = MULTI.get(code) or (max(kinds) if kinds else POINT)
        return parts, base, pos
    raise WkbError(Text(CURVED, code))
