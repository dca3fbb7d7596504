"""Aligned plain-text tables for the demo summary (numbers right-aligned, units in headers)."""

from __future__ import annotations


def table(title: str, headers: list[str], rows: list[list]) -> str:
    """``title`` then the rows under ``headers``; numbers are right-aligned, text left."""
    cells = [[_text(v) for v in row] for row in rows]
    numeric = [
        all(isinstance(row[i], (int, float)) or row[i] is None for row in rows) and bool(rows)
        for i in range(len(headers))
    ]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values):
        return "  ".join(
            v.rjust(w) if right else v.ljust(w) for v, w, right in zip(values, widths, numeric)
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([f"\n{title}", line(headers), rule, *(line(r) for r in cells)])


def _text(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
