"""Parse (ISO or EWKB) well-known binary into vertex arrays, keeping only x and y."""

from __future__ import annotations

import struct

import numpy as np

POINT, LINESTRING, POLYGON = 1, 2, 3
MULTI = {4: POINT, 5: LINESTRING, 6: POLYGON}
COLLECTION = 7


class WkbError(ValueError):
    """The bytes are not a linear WKB geometry this parser knows."""


def _header(buf: bytes, pos: int) -> tuple[str, int, int, int]:
    """Byte order, base type, coordinate dimension and position after the header."""
    order = "<" if buf[pos] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", buf, pos + 1)
    pos += 5
    dim = 2
    if code & 0x80000000 or code & 0x40000000:  # EWKB Z / M flags
        dim += bool(code & 0x80000000) + bool(code & 0x40000000)
        if code & 0x20000000:  # EWKB SRID
            pos += 4
        code &= 0x0FFFFFFF
    else:
        dim += {0: 0, 1: 1, 2: 1, 3: 2}[code // 1000]
        code %= 1000
    return order, code, dim, pos


def _points(buf: bytes, pos: int, order: str, dim: int, n: int) -> tuple[np.ndarray, int]:
    raw = np.frombuffer(buf, dtype=order + "f8", count=n * dim, offset=pos)
    return raw.reshape(n, dim)[:, :2], pos + 8 * n * dim


def parse(buf: bytes, pos: int = 0) -> tuple[list[np.ndarray], int, int]:
    """Rings/lines/points of one geometry: ``(parts, base type, next position)``.

    Polygons give their rings (shell then holes), lines their vertices, points one vertex.
    Empty points (NaN coordinates) are dropped.
    """
    order, code, dim, pos = _header(buf, pos)
    if code == POINT:
        xy, pos = _points(buf, pos, order, dim, 1)
        return ([] if np.isnan(xy).any() else [xy]), POINT, pos
    if code == LINESTRING:
        (n,) = struct.unpack_from(order + "I", buf, pos)
        xy, pos = _points(buf, pos + 4, order, dim, n)
        return ([xy] if n else []), LINESTRING, pos
    if code == POLYGON:
        (n_rings,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        rings = []
        for _ in range(n_rings):
            (n,) = struct.unpack_from(order + "I", buf, pos)
            xy, pos = _points(buf, pos + 4, order, dim, n)
            if n:
                rings.append(xy)
        return rings, POLYGON, pos
    if code in MULTI or code == COLLECTION:
        (n_parts,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        parts: list[np.ndarray] = []
        kinds = set()
        for _ in range(n_parts):
            sub, kind, pos = parse(buf, pos)
            parts.extend(sub)
            kinds.add(kind)
        base = MULTI.get(code) or (max(kinds) if kinds else POINT)
        return parts, base, pos
    raise WkbError(f"unsupported WKB geometry type {code} (segmentize curves first)")
