"""CSV cells that spreadsheets cannot execute (no QGIS import)."""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """Text for a CSV cell: NULL → "", formula-like text prefixed with an apostrophe.

    Numbers stay as they are (a negative number is data, not a formula).
    """
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    if hasattr(value, "toString") and not isinstance(value, str):
        value = value.toString("yyyy-MM-dd") if hasattr(value, "daysInMonth") else value.toString()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text
