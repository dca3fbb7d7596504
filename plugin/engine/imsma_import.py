"""An IMSMA export's attribute table mapped onto the plugin's schema, with everything the
mapping report lists: which source field fed each target, every value seen per enumerated
target and what it became, values not in a vocabulary, numbers and dates that did not parse
and the rules that filled empty targets. No QGIS; one row in, one row out.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .geometry_checks import normalise_id
from .imsma_mapping import FLAVOURS, FieldSpec, Mapping, detect_flavour
from .imsma_values import (
    field_key,
    is_blank,
    parse_bool,
    parse_date,
    parse_integer,
    parse_number,
)
from .text import QT_TR_NOOP, Text

FLAVOUR_NAMES = {"ng": "NG", "core": "Core"}
OUTPUT_KIND = {
    "id": "string",
    "text": "string",
    "enum": "string",
    "enum_multi": "string",
    "number": "double",
    "integer": "long",
    "indicator": "long",
    "date": "date",
    "bool": "bool",
}
ENUMERATED = ("enum", "enum_multi", "bool")
PARSED = {  # the note of a cell that did not parse: target, raw text
    "number": QT_TR_NOOP("{0}: {1!r} not a number"),
    "integer": QT_TR_NOOP("{0}: {1!r} not a whole number"),
    "date": QT_TR_NOOP("{0}: {1!r} not a date"),
}


@dataclass
class ImportResult:
    """The mapped columns (one value per source row, None for NULL) and the report data."""

    kind: str
    flavour: str
    flavour_fields: list[str]
    specs: list[FieldSpec]
    sources: dict[str, str | None]  # target -> source field used (None: none found)
    columns: dict[str, list]
    notes: list[list[Text]]  # per row; str(): English, i18n.tr_message: translated
    values: dict[str, Counter] = field(default_factory=dict)  # target -> (raw, mapped) counts
    unmapped: dict[str, Counter] = field(default_factory=dict)  # target -> raw value counts
    failures: dict[str, Counter] = field(default_factory=dict)  # target -> raw text counts
    derived: dict[str, Counter] = field(default_factory=dict)  # target -> rule (Text) counts
    duplicate_ids: dict[str, int] = field(default_factory=dict)  # id -> rows holding it

    @property
    def n_rows(self) -> int:
        return len(self.notes)

    @property
    def n_unmapped_values(self) -> int:
        return sum(sum(c.values()) for c in self.unmapped.values())

    @property
    def n_failures(self) -> int:
        return sum(sum(c.values()) for c in self.failures.values())

    def used_sources(self) -> dict[str, list[str]]:
        """Source field -> the targets it fed."""
        out: dict[str, list[str]] = defaultdict(list)
        for target, source in self.sources.items():
            if source is not None:
                out[source].append(target)
        return dict(out)


def resolve_sources(specs: list[FieldSpec], flavour: str, names: list[str]) -> dict:
    """Target -> the first candidate source field present (the flavour's list, then the
    other flavour's), compared by :func:`field_key`; None when none is there."""
    keys = {}
    for name in names:
        keys.setdefault(field_key(name), name)
    order = [flavour, *(f for f in FLAVOURS if f != flavour)]
    out = {}
    for spec in specs:
        found = None
        for f in order:
            found = next((keys[k] for k in map(field_key, spec.candidates(f)) if k in keys), None)
            if found is not None:
                break
        out[spec.name] = found
    return out


def import_table(
    names: list[str],
    rows: list[list],
    kind: str,
    mapping: Mapping,
    geometry_area: list | None = None,
) -> ImportResult:
    """Map ``rows`` (values in the order of ``names``) as an export of ``kind``.

    ``geometry_area`` (m², NaN or None without a polygon) serves the ``geometry_area`` rule.
    """
    flavour, decided = detect_flavour(mapping, kind, names)
    specs = mapping.fields(kind)
    sources = resolve_sources(specs, flavour, names)
    index = {name: i for i, name in enumerate(names)}
    result = ImportResult(kind, flavour, decided, specs, sources, {}, [[] for _ in rows])
    for spec in specs:
        source = sources[spec.name]
        raw = [row[index[source]] for row in rows] if source is not None else [None] * len(rows)
        column = _read_column(spec, raw, mapping, result, flavour)
        result.columns[spec.name] = _otherwise(spec, column, result, geometry_area)
    id_spec = next((s for s in specs if s.type == "id"), None)
    if id_spec is not None:
        result.duplicate_ids = duplicate_ids(result.columns[id_spec.name])
    return result


def duplicate_ids(ids: list) -> dict[str, int]:
    """Ids held by more than one row, compared as check_geometry does (inner spaces and
    case ignored: ``HZ 1`` = ``hz  1``), each shown as its first spelling."""
    groups: dict[str, list] = {}
    for value in ids:
        if value is not None:
            groups.setdefault(normalise_id(value), []).append(value)
    return {values[0]: len(values) for values in groups.values() if len(values) > 1}


def _read_column(spec: FieldSpec, raw: list, mapping: Mapping, result, flavour) -> list:
    if spec.value is not None:
        return [spec.value.format(flavour=FLAVOUR_NAMES[flavour])] * len(raw)
    if spec.type == "indicator":
        of = result.columns[spec.of]
        return [None if v is None else int(v == spec.equals) for v in of]
    if spec.type in ("id", "text"):
        return [_text(v) for v in raw]
    if spec.type in ENUMERATED:
        return _enumerated(spec, raw, mapping, result)
    return _parsed(spec, raw, mapping, result)


def _text(value) -> str | None:
    if is_blank(value):
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)  # a numeric id read as 12.0
    return str(value).strip()


def _enumerated(spec: FieldSpec, raw: list, mapping: Mapping, result) -> list:
    """Each distinct cell looked up once (an export repeats a handful of values)."""
    vocabulary = mapping.vocabularies[spec.vocabulary]
    seen, unmapped = Counter(), Counter()
    known: dict = {}
    out = []
    for row, value in enumerate(raw):
        if is_blank(value):
            out.append(None)
            continue
        key = repr(value)  # hashable for any cell (a list field too); 1 and "1" apart
        if key not in known:
            known[key] = _lookup(spec, vocabulary, value)
        mapped, unknown = known[key]
        seen[(str(value), mapped)] += 1
        for part in unknown:
            unmapped[part] += 1
            unknown_value = QT_TR_NOOP("{0}: {1!r} not in vocabulary {2}")
            result.notes[row].append(Text(unknown_value, spec.name, part, spec.vocabulary))
        out.append(mapped)
    result.values[spec.name] = seen
    if unmapped:
        result.unmapped[spec.name] = unmapped
    return out


def _lookup(spec: FieldSpec, vocabulary, value) -> tuple:
    """``(mapped value or None, the parts not in the vocabulary)`` of one cell."""
    if spec.type == "bool":
        mapped, ok = parse_bool(value, vocabulary)
        return mapped, [] if ok else [str(value)]
    if spec.type == "enum_multi":
        return vocabulary.lookup_multi(value, spec.several)
    mapped = vocabulary.lookup(value)
    return mapped, [str(value)] if mapped is None else []


def _parsed(spec: FieldSpec, raw: list, mapping: Mapping, result) -> list:
    failures = Counter()
    out = []
    for row, value in enumerate(raw):
        if spec.type == "number":
            parsed, ok = parse_number(value)
        elif spec.type == "integer":
            parsed, ok = parse_integer(value)
        else:
            parsed, ok = parse_date(value, mapping.dates)
        if not ok:
            failures[str(value)] += 1
            result.notes[row].append(Text(PARSED[spec.type], spec.name, str(value)))
        out.append(parsed)
    if failures:
        result.failures[spec.name] = failures
    return out


def _otherwise(spec: FieldSpec, column: list, result, geometry_area) -> list:
    """Empty cells filled by the first rule that gives a value (counted per rule)."""
    if not spec.otherwise:
        return column
    used = Counter()
    out = list(column)
    for row, value in enumerate(out):
        if value is not None:
            continue
        for rule in spec.otherwise:
            filled = _apply(rule, row, result.columns, geometry_area)
            if filled is not None:
                out[row] = filled
                used[_describe(rule)] += 1
                break
    if used:
        result.derived[spec.name] = used
    return out


def _apply(rule: dict, row: int, columns: dict, geometry_area):
    if "target" in rule:
        return columns[rule["target"]][row]
    if "if_filled" in rule:
        return rule["value"] if columns[rule["if_filled"]][row] is not None else None
    if "sum" in rule:
        parts = [columns[t][row] for t in rule["sum"]]
        given = [p for p in parts if p is not None]
        return sum(given) if given else None
    if geometry_area is None:
        return None
    area = geometry_area[row]
    return float(area) if area is not None and math.isfinite(area) else None


def _describe(rule: dict) -> Text:
    """A rule of ``otherwise`` in words (the report's "Filled by rules")."""
    if "target" in rule:
        return Text(QT_TR_NOOP("from {0}"), rule["target"])
    if "if_filled" in rule:
        return Text(QT_TR_NOOP("'{0}' as {1} is filled"), rule["value"], rule["if_filled"])
    if "sum" in rule:
        return Text(QT_TR_NOOP("sum of {0}"), " + ".join(rule["sum"]))
    return Text(QT_TR_NOOP("polygon area"))
