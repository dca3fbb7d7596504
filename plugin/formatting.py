"""The one formatting of numbers, dates and column headers for every table the plugin writes
(CSV, HTML, XLSX, print layouts). No QGIS import.

Rounding follows the field's unit, read from its name: areas (``*_m2``, ``*_ha``, ``*_km2``)
2 decimals, distances, lengths and UTM coordinates (``*_m``, ``distance*``, ``easting``) 0.1 m,
scores and team-days 0.1, money 2 decimals, shares and weights 3, degrees of latitude and
longitude 7, anything else 3. Whole numbers stay integers; dates are ISO 8601.
"""

from __future__ import annotations

import datetime as dt
import math
import re

import numpy as np

METRE_DECIMALS = 1  # 0.1 m
DEGREE_DECIMALS = 6  # 0.1 m on the ground
# (name pattern, decimals, unit shown in the header); the first match wins
_RULES = (
    (re.compile(r"^(lat|lon|latitude|longitude)$|_(lat|lon)$"), 7, "°"),
    (re.compile(r"^(x|y|easting|northing)$"), METRE_DECIMALS, "m"),
    (re.compile(r"(^|_)m2$"), 2, "m²"),
    (re.compile(r"(^|_)ha$"), 2, "ha"),
    (re.compile(r"(^|_)km2$"), 2, "km²"),
    (re.compile(r"(^|_)(km)$"), 2, "km"),
    (re.compile(r"(^|_)(m|metres)$|^distance|_distance"), METRE_DECIMALS, "m"),
    (re.compile(r"(^|_)deg$"), 1, "°"),
    (re.compile(r"(^|_)usd$"), 2, "USD"),
    (re.compile(r"team_days$"), 1, "team-days"),
    (re.compile(r"(^|_)(days)$"), 1, "days"),
    (re.compile(r"(^|_)(pct|percent)(_|$)"), 1, "%"),
    (re.compile(r"score"), 1, ""),
    (re.compile(r"(^|_)(share|weight|fraction|ratio|cr|ci)(_|$)"), 3, ""),
)
DEFAULT_DECIMALS = 3  # a real number of no known unit


def _rule(name: str):
    key = name.lower()
    for pattern, decimals, unit in _RULES:
        if pattern.search(key):
            return decimals, unit
    return DEFAULT_DECIMALS, ""


def decimals(name: str) -> int:
    """Decimals kept for a real number in field ``name``."""
    return _rule(name)[0]


def header(name: str) -> str:
    """A header with its unit: ``area_m2`` → ``area (m²)``, ``distance_m`` → ``distance (m)``;
    names without a unit are returned as they are."""
    unit = _rule(name)[1]
    if not unit:
        return name
    stem = re.sub(r"_(team_days|m2|ha|km2|km|m|metres|deg|usd|days|pct|percent)$", "", name)
    stem = re.sub(r"^(pct|percent)_", "", stem)
    return f"{stem} ({unit})"


def iso_date(value) -> str | None:
    """``YYYY-MM-DD`` of a date, datetime, numpy datetime64 or date text in ``YYYY/MM/DD`` or
    ``YYYY-MM-DD``; None for NULL. Datetimes keep their time (``YYYY-MM-DDTHH:MM:SS``)."""
    value = as_date(value)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


def as_date(value):
    """A ``datetime.date`` (or ``datetime``) for any date value; None for NULL/NaT."""
    if value is None:
        return None
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            return None
        text = str(value.astype("datetime64[s]")) if "T" in str(value) else str(value)
        return as_date(text)
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    if hasattr(value, "toPyDateTime") and not isinstance(value, str):
        return None if value.isNull() else value.toPyDateTime()
    if hasattr(value, "toPyDate") and not isinstance(value, str):
        return None if value.isNull() else value.toPyDate()
    text = str(value).strip()
    match = re.match(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{2}):(\d{2}):?(\d{2})?)?", text)
    if not match:
        return None
    y, m, d = (int(g) for g in match.groups()[:3])
    if match[4] is not None:
        return dt.datetime(y, m, d, int(match[4]), int(match[5]), int(match[6] or 0))
    return dt.date(y, m, d)


def number(name: str, value):
    """``value`` rounded for field ``name``: integers (and integral counts) stay ``int``, reals
    rounded to :func:`decimals`; NaN/Inf become None; anything else is returned unchanged."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        if not math.isfinite(value):
            return None
        return round(value, decimals(name)) + 0.0  # + 0.0: no "-0.0"
    return value


def text(name: str, value) -> str:
    """The cell text of ``value`` in field ``name`` for CSV and HTML: rounded numbers without
    trailing zeros beyond the field's decimals, ISO dates, ``true``/``false``, "" for NULL."""
    if value is None or (
        hasattr(value, "isNull") and not isinstance(value, str) and value.isNull()
    ):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime, np.datetime64)) or hasattr(value, "toPyDate"):
        return iso_date(value) or ""
    value = number(name, value)
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.{decimals(name)}f}"
    return str(value)


def metres(value: float) -> str:
    """A UTM coordinate or distance to 0.1 m: ``650000.0``."""
    return f"{value:.{METRE_DECIMALS}f}"


def degrees(value: float) -> str:
    """Decimal degrees to 0.000001° (0.1 m): ``40.180000``."""
    return f"{value:.{DEGREE_DECIMALS}f}"
