"""Minefield record tables (one row per leg) to checked, sorted leg arrays.

Every bad row is reported with its 1-based row number and makes its record an error; the
other records are unaffected. Nothing is dropped silently.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .bearings import AngleError, parse_bearing, parse_dms, parse_number
from .mgrs import MgrsError, UtmPoint, looks_like_mgrs, mgrs_to_utm
from .text import QT_TR_NOOP, Text

REQUIRED = ("record_id", "seq", "bearing", "distance")
KNOWN = (*REQUIRED, "ref_x", "ref_y", "landmark", "leg_type")
DISTANCE_UNITS = ("m", "km", "yards", "paces")
# a leg longer than this is a typing error, not a minefield record (a traverse of such legs
# also overflows the area and crossing sums)
MAX_LEG_M = 100_000.0
_METRES = {"m": 1.0, "km": 1000.0, "yards": 0.9144}
LEG_TYPES = {"": False, "perimeter": False, "turning": False, "approach": True}


@dataclass(frozen=True)
class Problem:
    row: int  # 1-based data row (0: the record as a whole)
    record_id: str
    field: str
    message: Text | str  # str: translated already (the QGIS boundary's reference failures)

    def text(self) -> Text:
        """``row 3: seq: …`` (a whole-record problem: ``ref_x: …``), translatable."""
        if self.row:
            return Text(QT_TR_NOOP("row {0}: {1}: {2}"), self.row, self.field, self.message)
        return Text(QT_TR_NOOP("{0}: {1}"), self.field, self.message)


@dataclass
class Reference:
    """A record's reference point as written: coordinates text or a landmark name."""

    x: object = None
    y: object = None
    landmark: str = ""
    row: int = 0


@dataclass
class LegTable:
    """Legs of good rows sorted by record and seq; per-record reference and problems."""

    record_ids: list[str]
    references: list[Reference]
    row: np.ndarray  # per leg, 1-based
    record: np.ndarray  # per leg, index into record_ids
    seq: np.ndarray
    bearing_deg: np.ndarray  # in the table's reference (grid/true/magnetic), degrees
    distance_m: np.ndarray
    approach: np.ndarray
    problems: list[Problem] = field(default_factory=list)

    def failed(self) -> np.ndarray:
        """Per record: does any problem concern it?"""
        bad = {p.record_id for p in self.problems}
        return np.array([rid in bad for rid in self.record_ids], dtype=bool)

    def seq_gaps(self) -> np.ndarray:
        """Per record: are seq numbers of its legs not consecutive?"""
        gap = np.zeros(len(self.record_ids), dtype=bool)
        if len(self.seq) > 1:
            same = self.record[1:] == self.record[:-1]
            jumps = same & (np.diff(self.seq) != 1)
            gap[self.record[1:][jumps]] = True
        return gap


def missing_columns(header: list[str]) -> list[str | Text]:
    """Required columns absent from ``header`` (case and spaces ignored)."""
    names = {h.strip().lower() for h in header}
    missing = [c for c in REQUIRED if c not in names]
    if not {"ref_x", "landmark"} & names:
        missing.append(Text(QT_TR_NOOP("{0} or {1}"), "ref_x/ref_y", "landmark"))
    return missing


def overlong_problems(rows: list[dict], overlong: dict[int, tuple[int, int]]) -> list[Problem]:
    """A problem for every row with more cells than the header (1-based row -> (cells,
    header cells)); its record fails."""
    return [
        Problem(
            n,
            str(rows[n - 1].get("record_id") or "").strip(),
            "row",
            Text(
                QT_TR_NOOP(
                    "{0} cells but the header has {1}: a delimiter inside an unquoted "
                    "value? Quote that value"
                ),
                cells,
                width,
            ),
        )
        for n, (cells, width) in overlong.items()
    ]


def first_rows(table: LegTable, rows: list[dict]) -> dict[int, dict]:
    """Per record index, its first table row (for the extra columns)."""
    index = {rid: r for r, rid in enumerate(table.record_ids)}
    out: dict[int, dict] = {}
    for raw in rows:
        rid = str(raw.get("record_id") or "").strip()
        if rid in index:
            out.setdefault(index[rid], raw)
    return out


def problems_by_record(table: LegTable, render: Callable[[Text], str] = str) -> dict[str, str]:
    """Per record id its problems as one text, by row: ``row 3: seq: ...; row 5: ...``;
    each problem's text made by ``render`` (English ``str`` unless e.g. ``tr_message``)."""
    out: dict[str, list[str]] = {}
    for p in sorted(table.problems, key=lambda p: p.row):
        out.setdefault(p.record_id, []).append(render(p.text()))
    return {k: "; ".join(v) for k, v in out.items()}


def row_ranges(rows: list[int]) -> str:
    """Sorted row numbers as ranges: ``[1, 2, 3, 5]`` -> ``"1-3, 5"``."""
    parts, start = [], None
    for i, v in enumerate(rows):
        if start is None:
            start = v
        if i + 1 == len(rows) or rows[i + 1] != v + 1:
            parts.append(f"{start}-{v}" if v != start else f"{v}")
            start = None
    return ", ".join(parts)


def _blank(value) -> bool:
    return (
        value is None
        or (isinstance(value, float) and math.isnan(value))
        or (str(value).strip() == "")
    )


def distance_factor(unit: str, pace_m: float) -> float:
    """Metres per distance unit."""
    if unit == "paces":
        if not pace_m > 0:
            raise ValueError(Text(QT_TR_NOOP("PACE_M must be > 0 (got {0})"), pace_m))
        return float(pace_m)
    if unit not in _METRES:
        raise ValueError(
            Text(QT_TR_NOOP("unknown distance unit {0!r}; use {1}"), unit, DISTANCE_UNITS)
        )
    return _METRES[unit]


def _whole(value) -> float:
    """A whole number as float, NaN when ``value`` is not one."""
    try:
        number = parse_number(value)
    except AngleError:
        return math.nan
    return number if math.isfinite(number) and number == int(number) else math.nan


def _parse_row(raw: dict, unit: str, metres: float) -> tuple[tuple, list[tuple[str, Text]]]:
    """(seq, bearing in degrees, distance in m, approach) and the row's problems."""
    issues: list[tuple[str, Text]] = []
    seq = bearing = distance = math.nan
    approach = False
    seq = _whole(raw.get("seq"))
    if math.isnan(seq):
        issues.append(
            ("seq", Text(QT_TR_NOOP("seq must be a whole number (got {0!r})"), raw.get("seq")))
        )
    if _blank(raw.get("bearing")):
        issues.append(("bearing", Text(QT_TR_NOOP("missing bearing"))))
    else:
        try:
            bearing = parse_bearing(raw["bearing"], unit)
            if not 0 <= bearing < 360:
                out_of_range = QT_TR_NOOP("bearing {0!r} out of range for {1}")
                issues.append(("bearing", Text(out_of_range, raw["bearing"], unit)))
        except AngleError as exc:
            issues.append(("bearing", Text(QT_TR_NOOP("unreadable bearing: {0}"), exc)))
    if _blank(raw.get("distance")):
        issues.append(("distance", Text(QT_TR_NOOP("missing distance"))))
    else:
        distance, problem = _distance(raw["distance"], metres)
        if problem is not None:
            issues.append(("distance", problem))
    kind = "" if _blank(raw.get("leg_type")) else str(raw["leg_type"]).strip().lower()
    if kind in LEG_TYPES:
        approach = LEG_TYPES[kind]
    else:
        not_a_type = QT_TR_NOOP("leg_type {0!r} is not approach or perimeter")
        issues.append(("leg_type", Text(not_a_type, kind)))
    return (seq, bearing, distance, approach), issues


def _distance(value, metres: float) -> tuple[float, Text | None]:
    """The distance cell ``value`` in metres and why it is not a leg length (None: it is)."""
    try:
        distance = parse_number(value) * metres
    except AngleError:
        return math.nan, Text(QT_TR_NOOP("unreadable distance {0!r}"), value)
    if distance < 0:
        return distance, Text(QT_TR_NOOP("negative distance {0!r}"), value)
    if not 0 < distance < math.inf:
        return distance, Text(QT_TR_NOOP("distance must be > 0 (got {0!r})"), value)
    if distance > MAX_LEG_M:
        return distance, Text(QT_TR_NOOP("distance {0!r} is longer than 100 km"), value)
    return distance, None


def _reference(raw: dict, row: int) -> Reference | None:
    if _blank(raw.get("ref_x")) and _blank(raw.get("ref_y")) and _blank(raw.get("landmark")):
        return None
    landmark = "" if _blank(raw.get("landmark")) else str(raw["landmark"]).strip()
    x = None if _blank(raw.get("ref_x")) else raw["ref_x"]
    y = None if _blank(raw.get("ref_y")) else raw["ref_y"]
    return Reference(x, y, landmark, row)


def _same_reference(a: Reference, b: Reference) -> bool:
    return (str(a.x).strip(), str(a.y).strip(), a.landmark.lower()) == (
        str(b.x).strip(),
        str(b.y).strip(),
        b.landmark.lower(),
    )


def parse_table(
    rows: list[dict], bearing_unit: str, distance_unit: str = "m", pace_m: float = 0.75
) -> LegTable:
    """Check and convert table rows (dicts of raw values keyed by the issue's column names).

    Row numbers are the rows' 1-based positions in ``rows``.
    """
    metres = distance_factor(distance_unit, pace_m)
    problems: list[Problem] = []
    record_ids: list[str] = []
    index: dict[str, int] = {}
    refs: dict[int, Reference] = {}
    legs = []
    for number, raw in enumerate(rows, start=1):
        rid = "" if _blank(raw.get("record_id")) else str(raw["record_id"]).strip()
        if not rid:
            problems.append(Problem(number, "", "record_id", Text(QT_TR_NOOP("missing record_id"))))
            continue
        if rid not in index:
            index[rid] = len(record_ids)
            record_ids.append(rid)
        r = index[rid]
        values, issues = _parse_row(raw, bearing_unit, metres)
        problems += [Problem(number, rid, f, m) for f, m in issues]
        ref = _reference(raw, number)
        if ref is not None and r in refs and not _same_reference(refs[r], ref):
            problems.append(
                Problem(
                    number,
                    rid,
                    "ref_x",
                    Text(QT_TR_NOOP("reference point differs from row {0}"), refs[r].row),
                )
            )
        elif ref is not None:
            refs.setdefault(r, ref)
        legs.append((r, values[0], number, *values[1:], not issues))
    table = _sorted_legs(legs, record_ids, problems)
    for r, rid in enumerate(record_ids):
        if r not in refs:
            problems.append(
                Problem(
                    0,
                    rid,
                    "ref_x",
                    Text(QT_TR_NOOP("no reference point (ref_x/ref_y or landmark)")),
                )
            )
    table.references = [refs.get(r, Reference()) for r in range(len(record_ids))]
    _check_order(table, problems)
    return table


def _sorted_legs(legs: list, record_ids: list[str], problems: list[Problem]) -> LegTable:
    """Good legs sorted by (record, seq); duplicate seq and bad rows become problems."""
    arr = np.array([leg[:6] for leg in legs], dtype=float).reshape(-1, 6)
    good = np.array([leg[6] for leg in legs], dtype=bool)
    record, seq, row = arr[:, 0].astype(np.int64), arr[:, 1], arr[:, 2].astype(np.int64)
    valid_seq = ~np.isnan(seq)
    order = np.lexsort((row, np.where(valid_seq, seq, np.inf), record))
    rs = np.column_stack([record, seq])[order]
    dup = np.zeros(len(order), dtype=bool)
    same = np.all(rs[1:] == rs[:-1], axis=1) & valid_seq[order][1:]
    dup[1:] |= same
    dup[:-1] |= same
    for i in order[dup]:
        problems.append(
            Problem(
                int(row[i]),
                record_ids[record[i]],
                "seq",
                Text(QT_TR_NOOP("duplicate seq {0}"), int(seq[i])),
            )
        )
    keep = order[good[order] & ~dup]
    return LegTable(
        record_ids,
        [],
        row[keep],
        record[keep],
        seq[keep],
        arr[keep, 3],
        arr[keep, 4],
        arr[keep, 5].astype(bool),
        problems,
    )


def _check_order(table: LegTable, problems: list[Problem]) -> None:
    """Approach legs must all come before the record's first perimeter leg."""
    same = table.record[1:] == table.record[:-1]
    late = same & table.approach[1:] & ~table.approach[:-1]
    for i in np.flatnonzero(late) + 1:
        problems.append(
            Problem(
                int(table.row[i]),
                table.record_ids[table.record[i]],
                "leg_type",
                Text(QT_TR_NOOP("approach leg after a perimeter leg")),
            )
        )


def parse_reference(ref: Reference, geographic: bool) -> UtmPoint | tuple[float, float]:
    """MGRS (in ``ref_x``) to a UTM point, else ``(x, y)`` numbers in the reference CRS.

    Geographic CRSs take decimal or DMS text, ``ref_x`` longitude and ``ref_y`` latitude;
    hemisphere letters given the other way round (N/S in ``ref_x``) are swapped back.
    Raises ValueError with a readable message.
    """
    if looks_like_mgrs(ref.x) and ref.y is None:
        try:
            return mgrs_to_utm(ref.x)
        except MgrsError as exc:
            raise ValueError(exc.args[0]) from exc
    if ref.x is None or ref.y is None:
        raise ValueError(
            Text(QT_TR_NOOP("give both ref_x and ref_y (or an MGRS reference in ref_x)"))
        )
    if not geographic:
        try:
            return parse_number(ref.x), parse_number(ref.y)
        except AngleError as exc:
            raise ValueError(
                Text(QT_TR_NOOP("{0} (REF_CRS is projected: plain numbers expected)"), exc)
            ) from exc
    x_text, y_text = str(ref.x).strip().upper(), str(ref.y).strip().upper()
    if x_text[-1:] in "NS" and y_text[-1:] in "EW" and x_text and y_text:
        ref = Reference(ref.y, ref.x, ref.landmark, ref.row)
    try:
        lon, lat = parse_dms(ref.x), parse_dms(ref.y)
    except AngleError as exc:
        raise ValueError(exc.args[0]) from exc
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError(Text(QT_TR_NOOP("longitude {0} / latitude {1} out of range"), lon, lat))
    return lon, lat
