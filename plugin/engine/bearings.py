"""Angles as written in minefield records: units, DMS text, bearing references.

Conventions (also in docs/records.md):

* bearings are clockwise from north;
* ``true = magnetic + declination`` with declination in degrees, **east positive**;
* ``grid = true - convergence`` where the grid convergence (degrees, positive east of the
  central meridian in the northern hemisphere) is the angle from true north to grid north.
"""

from __future__ import annotations

import re

import numpy as np

from .text import QT_TR_NOOP, Text

# full circle per unit
UNITS = {"degrees": 360.0, "nato_mils": 6400.0, "wp_mils": 6000.0, "grads": 400.0}
UNIT_NAMES = tuple(UNITS)
REFERENCES = ("grid", "true", "magnetic")

# WGS 84
_A = 6378137.0
_F = 1 / 298.257223563
_E2 = _F * (2 - _F)
_EP2 = _E2 / (1 - _E2)

_DMS = re.compile(
    r"""^\s*(?P<h1>[NSEW])?\s*
    (?P<d>\d+(?:[.,]\d+)?)\s*(?:°|º|d|deg|:|\s)?\s*
    (?:(?P<m>\d+(?:[.,]\d+)?)\s*(?:'|′|’|m|min|:|\s)?\s*)?
    (?:(?P<s>\d+(?:[.,]\d+)?)\s*(?:"|″|”|''|s|sec)?\s*)?
    (?P<h2>[NSEW])?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_PLAIN = re.compile(r"^\s*[+-]?\d+(?:[.,]\d*)?(?:[eE][+-]?\d+)?\s*$")
_WP_MILS = re.compile(r"^\s*(\d{1,2})\s*-\s*(\d{2})\s*$")  # "15-00" = 1500 thousandths


class AngleError(ValueError):
    """Text that is not an angle (or coordinate) this module understands."""


def parse_number(text) -> float:
    """A plain decimal number (comma or point as decimal separator)."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text)
    if text is None or not _PLAIN.match(str(text)):
        raise AngleError(Text(QT_TR_NOOP("not a number: {0!r}"), text))
    return float(str(text).replace(",", "."))


def parse_dms(text) -> float:
    """Degrees from decimal or degrees-minutes-seconds text, hemisphere letter optional.

    ``"39°49'30.5\\"N"``, ``"46 45 10 E"``, ``"W 0:30:00"``, ``"39.825"`` and ``"-46.5"`` are
    understood; S and W make the value negative. Minutes and seconds must be below 60.
    """
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text)
    raw = "" if text is None else str(text).strip()
    if _PLAIN.match(raw):
        return float(raw.replace(",", "."))
    match = _DMS.match(raw)
    if not raw or match is None or (match["h1"] and match["h2"]):
        raise AngleError(Text(QT_TR_NOOP("not an angle in degrees or DMS: {0!r}"), text))
    deg, minutes, seconds = (float((match[k] or "0").replace(",", ".")) for k in ("d", "m", "s"))
    if minutes >= 60 or seconds >= 60 or (match["s"] and "." in (match["m"] or "")):
        raise AngleError(
            Text(QT_TR_NOOP("minutes and seconds must be whole and below 60: {0!r}"), text)
        )
    value = deg + minutes / 60.0 + seconds / 3600.0
    hemisphere = (match["h1"] or match["h2"] or "").upper()
    return -value if hemisphere in ("S", "W") else value


def parse_bearing(text, unit: str) -> float:
    """A bearing in ``unit`` converted to degrees (not normalised; see :func:`check_range`).

    Degrees accept DMS text; Warsaw-Pact mils accept the written form ``"15-00"`` (1500).
    """
    if unit not in UNITS:
        raise AngleError(
            Text(QT_TR_NOOP("unknown bearing unit {0!r}; use one of {1}"), unit, ", ".join(UNITS))
        )
    if unit == "degrees":
        return parse_dms(text)
    if unit == "wp_mils" and isinstance(text, str) and _WP_MILS.match(text):
        high, low = _WP_MILS.match(text).groups()
        value = float(high) * 100 + float(low)
    else:
        value = parse_number(text)
    return value * 360.0 / UNITS[unit]


def to_grid(
    bearing_deg: np.ndarray,
    reference: str,
    declination_deg: float = 0.0,
    convergence_deg: np.ndarray | float = 0.0,
) -> np.ndarray:
    """Grid bearings (degrees in [0, 360)) from grid, true or magnetic bearings."""
    bearing = np.asarray(bearing_deg, dtype=float)
    if reference == "grid":
        grid = bearing
    elif reference == "true":
        grid = bearing - convergence_deg
    elif reference == "magnetic":
        grid = bearing + declination_deg - convergence_deg
    else:
        raise ValueError(
            Text(QT_TR_NOOP("unknown bearing reference {0!r}; use {1}"), reference, REFERENCES)
        )
    return np.mod(grid, 360.0)


def utm_zone(lon: np.ndarray) -> np.ndarray:
    """UTM zone number (1-60) of longitudes (no Norway/Svalbard exceptions)."""
    return np.clip(np.floor((np.asarray(lon, float) + 180.0) / 6.0).astype(int) + 1, 1, 60)


def grid_convergence(lon: np.ndarray, lat: np.ndarray, zone: np.ndarray) -> np.ndarray:
    """UTM grid convergence in degrees: the angle from true north to grid north.

    Series of the transverse Mercator on the WGS 84 ellipsoid (Snyder 1987, eq. 8-29 ff.):
    ``γ = Δλ sinφ [1 + Δλ² cos²φ (1 + 3η² + 2η⁴) / 3 + Δλ⁴ cos⁴φ (2 − tan²φ) / 15]``,
    better than 0.1″ within a zone. A point east of the central meridian in the northern
    hemisphere has grid north east of true north: positive γ, and ``grid = true − γ``.
    """
    phi = np.radians(np.asarray(lat, dtype=float))
    central = np.asarray(zone, dtype=float) * 6.0 - 183.0
    dlam = np.radians(np.asarray(lon, dtype=float) - central)
    cos2 = np.cos(phi) ** 2
    eta2 = _EP2 * cos2
    tan2 = np.tan(phi) ** 2
    gamma = (
        dlam
        * np.sin(phi)
        * (
            1
            + dlam**2 * cos2 * (1 + 3 * eta2 + 2 * eta2**2) / 3
            + dlam**4 * cos2**2 * (2 - tan2) / 15
        )
    )
    return np.degrees(gamma)
