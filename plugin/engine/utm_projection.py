"""WGS 84 ⇄ UTM with Krüger's series to sixth order (Karney 2011): nanometre-exact within a
zone and still sub-millimetre several degrees beyond it. Vectorised, numpy only.

The engine needs it where QGIS is absent: the latitude band of an MGRS reference given in UTM,
and coordinates of the field pack computed and checked without PROJ.
"""

from __future__ import annotations

import numpy as np

A_WGS84 = 6_378_137.0
F_WGS84 = 1 / 298.257223563
K0 = 0.9996
FALSE_EASTING = 500_000.0
FALSE_NORTHING_SOUTH = 10_000_000.0

_N = F_WGS84 / (2 - F_WGS84)
_RECTIFYING = A_WGS84 / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64 + _N**6 / 256)
_E = np.sqrt(F_WGS84 * (2 - F_WGS84))  # first eccentricity
_ALPHA = np.array(
    [
        _N / 2
        - 2 * _N**2 / 3
        + 5 * _N**3 / 16
        + 41 * _N**4 / 180
        - 127 * _N**5 / 288
        + 7891 * _N**6 / 37800,
        13 * _N**2 / 48
        - 3 * _N**3 / 5
        + 557 * _N**4 / 1440
        + 281 * _N**5 / 630
        - 1983433 * _N**6 / 1935360,
        61 * _N**3 / 240 - 103 * _N**4 / 140 + 15061 * _N**5 / 26880 + 167603 * _N**6 / 181440,
        49561 * _N**4 / 161280 - 179 * _N**5 / 168 + 6601661 * _N**6 / 7257600,
        34729 * _N**5 / 80640 - 3418889 * _N**6 / 1995840,
        212378941 * _N**6 / 319334400,
    ]
)
_BETA = np.array(
    [
        _N / 2
        - 2 * _N**2 / 3
        + 37 * _N**3 / 96
        - _N**4 / 360
        - 81 * _N**5 / 512
        + 96199 * _N**6 / 604800,
        _N**2 / 48 + _N**3 / 15 - 437 * _N**4 / 1440 + 46 * _N**5 / 105 - 1118711 * _N**6 / 3870720,
        17 * _N**3 / 480 - 37 * _N**4 / 840 - 209 * _N**5 / 4480 + 5569 * _N**6 / 90720,
        4397 * _N**4 / 161280 - 11 * _N**5 / 504 - 830251 * _N**6 / 7257600,
        4583 * _N**5 / 161280 - 108847 * _N**6 / 3991680,
        20648693 * _N**6 / 638668800,
    ]
)
_DELTA = np.array(
    [
        2 * _N
        - 2 * _N**2 / 3
        - 2 * _N**3
        + 116 * _N**4 / 45
        + 26 * _N**5 / 45
        - 2854 * _N**6 / 675,
        7 * _N**2 / 3 - 8 * _N**3 / 5 - 227 * _N**4 / 45 + 2704 * _N**5 / 315 + 2323 * _N**6 / 945,
        56 * _N**3 / 15 - 136 * _N**4 / 35 - 1262 * _N**5 / 105 + 73814 * _N**6 / 2835,
        4279 * _N**4 / 630 - 332 * _N**5 / 35 - 399572 * _N**6 / 14175,
        4174 * _N**5 / 315 - 144838 * _N**6 / 6237,
        601676 * _N**6 / 22275,
    ]
)
_J = np.arange(1, 7)[:, None]  # series index as a column (broadcast over points)


def central_meridian(zone: int) -> float:
    return zone * 6.0 - 183.0


def to_utm(lon, lat, zone: int, north: bool) -> tuple[np.ndarray, np.ndarray]:
    """Easting and northing (m) in WGS 84 / UTM ``zone`` of longitudes/latitudes (degrees)."""
    lon, lat = np.atleast_1d(np.asarray(lon, float)), np.atleast_1d(np.asarray(lat, float))
    phi = np.radians(lat)
    lam = np.radians((lon - central_meridian(zone) + 180.0) % 360.0 - 180.0)
    sin_phi = np.sin(phi)
    t = np.sinh(np.arctanh(sin_phi) - _E * np.arctanh(_E * sin_phi))
    xi_p = np.arctan2(t, np.cos(lam))
    eta_p = np.arctanh(np.sin(lam) / np.sqrt(1 + t * t))
    xi = xi_p + np.sum(_ALPHA[:, None] * np.sin(2 * _J * xi_p) * np.cosh(2 * _J * eta_p), 0)
    eta = eta_p + np.sum(_ALPHA[:, None] * np.cos(2 * _J * xi_p) * np.sinh(2 * _J * eta_p), 0)
    easting = FALSE_EASTING + K0 * _RECTIFYING * eta
    northing = K0 * _RECTIFYING * xi + (0.0 if north else FALSE_NORTHING_SOUTH)
    return easting, northing


def from_utm(easting, northing, zone: int, north: bool) -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes (degrees) of UTM ``zone`` eastings/northings (m)."""
    easting = np.atleast_1d(np.asarray(easting, float))
    northing = np.atleast_1d(np.asarray(northing, float))
    xi = (northing - (0.0 if north else FALSE_NORTHING_SOUTH)) / (K0 * _RECTIFYING)
    eta = (easting - FALSE_EASTING) / (K0 * _RECTIFYING)
    xi_p = xi - np.sum(_BETA[:, None] * np.sin(2 * _J * xi) * np.cosh(2 * _J * eta), 0)
    eta_p = eta - np.sum(_BETA[:, None] * np.cos(2 * _J * xi) * np.sinh(2 * _J * eta), 0)
    chi = np.arcsin(np.sin(xi_p) / np.cosh(eta_p))
    phi = chi + np.sum(_DELTA[:, None] * np.sin(2 * _J * chi), 0)
    lam = np.arctan2(np.sinh(eta_p), np.cos(xi_p))
    lon = (central_meridian(zone) + np.degrees(lam) + 180.0) % 360.0 - 180.0
    return lon, np.degrees(phi)
