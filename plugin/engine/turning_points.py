"""The turning-point table of a field pack: each vertex of a task in the export's UTM zone,
in decimal degrees, in degrees-minutes-seconds and as a 1 m MGRS reference (numpy only)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .mgrs import MgrsError, UtmPoint, utm_to_mgrs
from .utm import UtmZone

DEGREE_DECIMALS = 6  # 0.1 m
SECOND_DECIMALS = 2  # 0.3 m


@dataclass(frozen=True)
class TurningPoint:
    label: str  # TP1, TP2, … in ring order
    easting: float
    northing: float
    lat: float
    lon: float

    def dms(self) -> str:
        """``40°10'51.72"N 44°30'12.01"E``."""
        return f"{dms(self.lat, 'N', 'S')} {dms(self.lon, 'E', 'W')}"

    def mgrs(self, zone: UtmZone) -> str:
        """The 1 m MGRS reference, or ``""`` beyond MGRS's UTM area."""
        try:
            return utm_to_mgrs(UtmPoint(zone.number, zone.north, self.easting, self.northing))
        except MgrsError:
            return ""


def dms(value: float, positive: str, negative: str, decimals: int = SECOND_DECIMALS) -> str:
    """``44°30'12.01"E``: degrees, minutes and seconds rounded to ``decimals`` (a rounding
    to 60 seconds carries into the minutes and degrees)."""
    scale = 10**decimals
    total = round(abs(value) * 3600 * scale)  # whole units of 10^-decimals seconds
    degrees, rest = divmod(total, 3600 * scale)
    minutes, seconds = divmod(rest, 60 * scale)
    hemisphere = positive if value >= 0 else negative
    width = 3 + decimals if decimals else 2
    return f"{degrees}°{minutes:02d}'{seconds / scale:0{width}.{decimals}f}\"{hemisphere}"


def turning_points(utm: np.ndarray, lonlat: np.ndarray) -> list[TurningPoint]:
    """Rows TP1… of ``(n, 2)`` UTM easting/northing and matching lon/lat arrays."""
    return [
        TurningPoint(f"TP{i + 1}", float(e), float(n), float(lat), float(lon))
        for i, ((e, n), (lon, lat)) in enumerate(zip(utm, lonlat))
    ]
