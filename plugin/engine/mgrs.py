"""MGRS (WGS 84, UTM area, latitudes 80° S to 84° N) ⇄ UTM zone, hemisphere, easting, northing.

Follows the NGA GEOTRANS letter scheme (the "AA" scheme of WGS 84): 100 km column letters
A–H, J–R, S–Z by zone modulo 3; row letters A–V (no I, O) repeating every 2,000 km, offset
by five letters in even zones; the latitude band fixes which 2,000 km cycle is meant.
The polar UPS grid (bands A, B, Y, Z) and the old Bessel "AL" scheme are not supported.
A reference gives the south-west corner of its cell (``38TNK1234`` is a 1 km cell); UTM →
MGRS truncates (never rounds) to the cell, after rounding to 1 µm so that transform noise does
not move a point into the cell west or south of it: a 1 m reference read back is the
whole-metre point it was made from. The band comes from the latitude (:mod:`.utm_projection`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .text import QT_TR_NOOP, Text
from .utm_projection import from_utm

BANDS = "CDEFGHJKLMNPQRSTUVWX"
COLUMNS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ROWS = "ABCDEFGHJKLMNPQRSTUV"
# lowest UTM northing (m) of each latitude band, GEOTRANS table
BAND_MIN_NORTHING = dict(
    zip(
        BANDS,
        (
            1_100_000,
            2_000_000,
            2_800_000,
            3_700_000,
            4_600_000,
            5_500_000,
            6_400_000,
            7_300_000,
            8_200_000,
            9_100_000,
            0,
            800_000,
            1_700_000,
            2_600_000,
            3_500_000,
            4_400_000,
            5_300_000,
            6_200_000,
            7_000_000,
            7_900_000,
        ),
    )
)
_MGRS = re.compile(r"^(\d{1,2})([A-Z])([A-Z])([A-Z])(\d*)$")


class MgrsError(ValueError):
    """Text that is not a supported MGRS reference."""


@dataclass(frozen=True)
class UtmPoint:
    zone: int
    north: bool
    easting: float
    northing: float

    @property
    def epsg(self) -> int:
        """EPSG code of the WGS 84 / UTM zone (326zz north, 327zz south)."""
        return (32600 if self.north else 32700) + self.zone


def looks_like_mgrs(text) -> bool:
    """True when ``text`` has the shape of an MGRS reference (zone, band, two letters)."""
    return isinstance(text, str) and bool(_MGRS.match(re.sub(r"\s+", "", text.upper())))


def mgrs_to_utm(text: str) -> UtmPoint:
    """Parse an MGRS reference such as ``"38T NK 12345 67890"`` (spaces optional)."""
    compact = re.sub(r"\s+", "", str(text).upper())
    match = _MGRS.match(compact)
    if match is None:
        raise MgrsError(Text(QT_TR_NOOP("not an MGRS reference: {0!r}"), text))
    zone, band, col, row, digits = int(match[1]), match[2], match[3], match[4], match[5]
    if not 1 <= zone <= 60:
        raise MgrsError(Text(QT_TR_NOOP("UTM zone {0} out of 1-60 in {1!r}"), zone, text))
    if band not in BANDS:
        raise MgrsError(
            Text(
                QT_TR_NOOP("latitude band {0!r} in {1!r} is not supported (polar UPS or unknown)"),
                band,
                text,
            )
        )
    if len(digits) % 2 or len(digits) > 10:
        raise MgrsError(
            Text(QT_TR_NOOP("{0!r} needs an even number (0-10) of easting/northing digits"), text)
        )
    set_start = (0, 8, 16)[(zone - 1) % 3]
    col_index = COLUMNS.find(col) - set_start
    if col not in COLUMNS or not 0 <= col_index < 8:
        raise MgrsError(
            Text(
                QT_TR_NOOP("100 km column letter {0!r} is not used in zone {1} ({2!r})"),
                col,
                zone,
                text,
            )
        )
    if row not in ROWS:
        raise MgrsError(Text(QT_TR_NOOP("100 km row letter {0!r} is not valid ({1!r})"), row, text))
    half = len(digits) // 2
    scale = 10 ** (5 - half)
    east = int(digits[:half]) * scale if half else 0
    north = int(digits[half:]) * scale if half else 0
    row_index = (ROWS.index(row) - (5 if zone % 2 == 0 else 0)) % 20
    northing = row_index * 100_000 + north
    minimum = BAND_MIN_NORTHING[band]
    while northing < minimum:
        northing += 2_000_000
    return UtmPoint(zone, band >= "N", (col_index + 1) * 100_000.0 + east, float(northing))


def latitude_band(latitude: float) -> str:
    """The MGRS latitude band letter (C–X, 8° each, X 72°–84° N) of a latitude."""
    if not -80.0 <= latitude <= 84.0:
        raise MgrsError(
            Text(QT_TR_NOOP("latitude {0:.6f} is outside MGRS's UTM area (80° S–84° N)"), latitude)
        )
    return BANDS[min(math.floor((latitude + 80.0) / 8.0), len(BANDS) - 1)]


def utm_to_mgrs(point: UtmPoint, digits: int = 5) -> str:
    """``"38T NK 12345 67890"``: the MGRS cell of ``digits`` (0–5) figures per axis (5: 1 m)
    holding ``point``; coordinates are truncated to the cell's south-west corner."""
    if not 0 <= digits <= 5:
        raise MgrsError(Text(QT_TR_NOOP("MGRS precision {0} is not 0-5 figures per axis"), digits))
    if not 1 <= point.zone <= 60:
        raise MgrsError(Text(QT_TR_NOOP("UTM zone {0} out of 1-60"), point.zone))
    # truncated after rounding to 1 µm: 649999.9999999 from a datum round trip is 650000
    easting = math.floor(round(point.easting, 6))
    northing = math.floor(round(point.northing, 6))
    col_index = easting // 100_000 - 1
    if not 0 <= col_index < 8:
        raise MgrsError(
            Text(
                QT_TR_NOOP("easting {0:.1f} m is outside MGRS's 100-900 km columns"), point.easting
            )
        )
    _, lat = from_utm(point.easting, point.northing, point.zone, point.north)
    band = latitude_band(float(lat[0]))
    column = COLUMNS[(0, 8, 16)[(point.zone - 1) % 3] + col_index]
    row = ROWS[(northing // 100_000 + (5 if point.zone % 2 == 0 else 0)) % 20]
    scale = 10 ** (5 - digits)
    east = f"{easting % 100_000 // scale:0{digits}d}" if digits else ""
    north = f"{northing % 100_000 // scale:0{digits}d}" if digits else ""
    return " ".join(part for part in (f"{point.zone:02d}{band}", column + row, east, north) if part)
