"""One WGS 84 / UTM zone: its name, EPSG code, valid range and the check of points against it.

A zone's valid range is its area of use in the EPSG registry: 6° of longitude (central
meridian ± 3°) and 0° to 84° N (north zones) or 80° S to 0° (south zones). Points outside
it can still be projected in the zone (the grid is extended), but a GPS set to automatic
zones shows them in another zone, so they are flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .bearings import utm_zone
from .text import QT_TR_NOOP, Text

HALF_WIDTH = 3.0  # degrees of longitude either side of the central meridian
NORTH_LIMIT, SOUTH_LIMIT = 84.0, -80.0
TOLERANCE = 1e-7  # degrees (about 1 cm, the export's precision): a point on the edge is inside
_ZONE = re.compile(r"^\s*(\d{1,2})\s*([NS])\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class UtmZone:
    number: int  # 1-60
    north: bool

    @classmethod
    def parse(cls, text: str) -> UtmZone:
        """``"38N"``, ``"38 s"``; ValueError for anything else (numbers outside 1-60 too)."""
        match = _ZONE.match(str(text))
        if match is None or not 1 <= int(match[1]) <= 60:
            raise ValueError(Text(QT_TR_NOOP("not a UTM zone: {0!r}"), text))
        return cls(int(match[1]), match[2].upper() == "N")

    @classmethod
    def of(cls, lon: float, lat: float) -> UtmZone:
        """The zone containing a longitude/latitude (no Norway/Svalbard exceptions)."""
        return cls(int(utm_zone(lon)), lat >= 0)

    @property
    def label(self) -> str:
        return f"{self.number}{'N' if self.north else 'S'}"

    @property
    def epsg(self) -> int:
        return (32600 if self.north else 32700) + self.number

    @property
    def central_meridian(self) -> float:
        return self.number * 6.0 - 183.0

    @property
    def valid_range(self) -> str:
        """``42°E–48°E, 0°–84°N`` style text."""
        west, east = self.central_meridian - HALF_WIDTH, self.central_meridian + HALF_WIDTH
        lats = "0°–84°N" if self.north else "80°S–0°"
        return f"{_lon_text(west)}–{_lon_text(east)}, {lats}"

    def beyond(self, lonlat: np.ndarray) -> float:
        """How far (degrees) the farthest of ``(n, 2)`` lon/lat points lies outside the valid
        range; 0 when all are inside (within :data:`TOLERANCE`) or there are none."""
        points = np.asarray(lonlat, dtype=float).reshape(-1, 2)
        if not len(points):
            return 0.0
        dlon = (points[:, 0] - self.central_meridian + 180.0) % 360.0 - 180.0
        lon_out = np.abs(dlon) - HALF_WIDTH
        lat = points[:, 1]
        low, high = (0.0, NORTH_LIMIT) if self.north else (SOUTH_LIMIT, 0.0)
        lat_out = np.maximum(low - lat, lat - high)
        worst = float(np.max(np.maximum(lon_out, lat_out)))
        return worst if worst > TOLERANCE else 0.0


def _lon_text(lon: float) -> str:
    lon = (lon + 180.0) % 360.0 - 180.0
    return f"{abs(lon):g}°{'E' if lon >= 0 else 'W'}" if lon else "0°"


def centre(lonlat: np.ndarray) -> tuple[float, float]:
    """Centre of the lon/lat bounding box of ``(n, 2)`` points; a box wider than 180° is taken
    across the antimeridian (points at 179°E and 179°W have their centre at 180°)."""
    points = np.asarray(lonlat, dtype=float).reshape(-1, 2)
    lon, lat = points[:, 0], points[:, 1]
    if lon.max() - lon.min() > 180.0:
        lon = np.where(lon < 0, lon + 360.0, lon)
    mid = (lon.max() + lon.min()) / 2.0
    return (mid + 180.0) % 360.0 - 180.0, (lat.max() + lat.min()) / 2.0
