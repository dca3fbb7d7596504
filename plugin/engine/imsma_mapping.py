"""The IMSMA mapping file: shipped defaults (NG v6 and Core field names), a user's file
merged over them, checked key by key, and the NG/Core detection. No QGIS.

A user's file holds only what differs from the defaults (see docs/imsma.md): a field spec
given for a target replaces those keys of the default spec; vocabulary synonyms are added
(a synonym given for another canonical value moves there).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path

from .imsma_values import Vocabulary, field_key, value_key
from .text import QT_TR_NOOP, Text

KINDS = ("hazard", "activity", "accident", "victim")
FLAVOURS = ("ng", "core")
FIELD_TYPES = ("id", "text", "enum", "enum_multi", "number", "integer", "date", "bool", "indicator")
TOP_KEYS = {
    "format",
    "version",
    "prefix",
    "flavour",
    "flavours",
    "csv",
    "dates",
    "vocabularies",
    "kinds",
    "comment",
}
FIELD_KEYS = {
    "type",
    "from",
    "vocabulary",
    "several",
    "otherwise",
    "value",
    "of",
    "equals",
    "comment",
}
RULE_KEYS = ({"target"}, {"if_filled", "value"}, {"sum"}, {"geometry_area"})
CSV_KEYS = {"wkt", "latitude", "longitude", "order", "part", "crs"}


class MappingError(ValueError):
    """A mapping file that cannot be used: ``path`` and ``key`` say where."""

    def __init__(self, path: str, key: str | Text, message: str | Text) -> None:
        super().__init__(Text("{0}: {1}: {2}", path, key, message))
        self.path, self.key, self.message = path, key, message


@dataclass(frozen=True)
class FieldSpec:
    """One target field: how it is read and from which source fields (per flavour)."""

    name: str
    type: str
    sources: dict  # flavour -> candidate source field names, in order
    vocabulary: str = ""
    several: str = ""
    otherwise: tuple = ()
    value: str | None = None
    of: str = ""
    equals: str = ""

    def candidates(self, flavour: str) -> list[str]:
        return list(self.sources.get(flavour, ()))


@dataclass
class Mapping:
    """A checked mapping: the target fields of every kind and the vocabularies."""

    path: str
    prefix: str
    flavour: str | None  # forced by the file, else detected
    markers: dict
    csv: dict
    dates: str
    vocabularies: dict = field(default_factory=dict)  # name -> Vocabulary
    kinds: dict = field(default_factory=dict)  # kind -> list[FieldSpec]

    def fields(self, kind: str) -> list[FieldSpec]:
        return self.kinds[kind]


def load_mapping(defaults: str | Path, user: str | Path | None = None) -> Mapping:
    """The shipped defaults, with ``user``'s file merged over them when given."""
    data = _read(defaults)
    name = str(defaults)
    if user:
        extra = _read(user)
        name = str(user)
        _check_keys(extra, TOP_KEYS, name, "")
        data = merge(data, extra)
    return build(data, name)


def _read(path: str | Path) -> dict:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise MappingError(
            str(path),
            Text(QT_TR_NOOP("(file)")),
            Text(QT_TR_NOOP("cannot be read ({0})"), exc.strerror or exc),
        ) from exc
    except UnicodeDecodeError as exc:
        raise MappingError(
            str(path), Text(QT_TR_NOOP("(file)")), Text(QT_TR_NOOP("is not UTF-8 text"))
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MappingError(
            str(path),
            Text(QT_TR_NOOP("line {0} column {1}"), exc.lineno, exc.colno),
            Text(QT_TR_NOOP("not valid JSON ({0})"), exc.msg),
        ) from exc
    if not isinstance(data, dict):
        raise MappingError(
            str(path), Text(QT_TR_NOOP("(top level)")), Text(QT_TR_NOOP("must be a JSON object"))
        )
    return data


def merge(base: dict, extra: dict) -> dict:
    """``extra`` over ``base`` (neither changed): see the module docstring."""
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if key == "vocabularies" and isinstance(value, dict):
            vocabularies = out.setdefault("vocabularies", {})
            for name, synonyms in value.items():
                vocabularies[name] = _merge_vocabulary(vocabularies.get(name, {}), synonyms)
        elif key == "kinds" and isinstance(value, dict):
            kinds = out.setdefault("kinds", {})
            for kind, spec in value.items():
                kinds[kind] = _merge_kind(kinds.get(kind, {}), spec)
        elif key == "csv" and isinstance(value, dict):
            out.setdefault("csv", {}).update(value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _merge_vocabulary(base: dict, extra) -> dict | object:
    if not isinstance(extra, dict):
        return extra  # build() reports it
    moved = {}
    for canonical, words in extra.items():
        if isinstance(words, list):
            for word in [canonical, *words]:
                moved[value_key(word)] = canonical
    out = {c: [w for w in words if moved.get(value_key(w), c) == c] for c, words in base.items()}
    for canonical, words in extra.items():
        out[canonical] = [*out.get(canonical, []), *words] if isinstance(words, list) else words
    return out


def _merge_kind(base: dict, extra) -> dict | object:
    if not isinstance(extra, dict) or not isinstance(extra.get("fields", {}), dict):
        return extra
    out = copy.deepcopy(base)
    fields = out.setdefault("fields", {})
    for name, spec in extra.get("fields", {}).items():
        if isinstance(spec, dict) and isinstance(fields.get(name), dict):
            fields[name] = {**fields[name], **spec}
        else:
            fields[name] = spec
    return out


def build(data: dict, path: str) -> Mapping:
    """A :class:`Mapping` from merged data, or a :class:`MappingError` naming the key."""
    _check_keys(data, TOP_KEYS, path, "")
    prefix = _text(data.get("prefix", "imsma_"), path, "prefix")
    if not prefix.strip():
        raise MappingError(
            path, "prefix", Text(QT_TR_NOOP("must not be empty (it renames clashing fields)"))
        )
    flavour = data.get("flavour")
    if flavour is not None and flavour not in FLAVOURS:
        raise MappingError(
            path, "flavour", Text(QT_TR_NOOP("must be one of {0}"), ", ".join(FLAVOURS))
        )
    markers = _object(data.get("flavours", {}), path, "flavours")
    for name, names in markers.items():
        _names(names, path, f"flavours.{name}")
    csv = _object(data.get("csv", {}), path, "csv")
    _check_keys(csv, CSV_KEYS, path, "csv.")
    for key in ("wkt", "latitude", "longitude", "order", "part"):
        _names(csv.get(key, []), path, f"csv.{key}")
    _text(csv.get("crs", "EPSG:4326"), path, "csv.crs")
    dates = data.get("dates", "dmy")
    if dates not in ("dmy", "mdy"):
        raise MappingError(path, "dates", Text(QT_TR_NOOP("must be 'dmy' or 'mdy'")))
    vocabularies = {}
    for name, synonyms in _object(data.get("vocabularies", {}), path, "vocabularies").items():
        key = f"vocabularies.{name}"
        for canonical, words in _object(synonyms, path, key).items():
            _names(words, path, f"{key}.{canonical}")
        vocabularies[name] = Vocabulary(name, synonyms)
    kinds_data = _object(data.get("kinds", {}), path, "kinds")
    kinds = {}
    for kind in KINDS:
        spec = _object(kinds_data.get(kind, {"fields": {}}), path, f"kinds.{kind}")
        _check_keys(spec, {"fields", "comment"}, path, f"kinds.{kind}.")
        fields = _object(spec.get("fields", {}), path, f"kinds.{kind}.fields")
        kinds[kind] = [
            _field(name, f, vocabularies, path, f"kinds.{kind}.fields.{name}")
            for name, f in fields.items()
        ]
        _check_references(kinds[kind], path, f"kinds.{kind}.fields")
    unknown = set(kinds_data) - set(KINDS)
    if unknown:
        raise MappingError(
            path,
            f"kinds.{sorted(unknown)[0]}",
            Text(QT_TR_NOOP("unknown kind; use {0}"), ", ".join(KINDS)),
        )
    names = {k: [] for k in ("wkt", "latitude", "longitude", "order", "part")}
    csv_out = {**names, "crs": "EPSG:4326", **csv}
    return Mapping(path, prefix, flavour, markers, csv_out, dates, vocabularies, kinds)


def _field(name: str, spec, vocabularies: dict, path: str, key: str) -> FieldSpec:
    spec = _object(spec, path, key)
    _check_keys(spec, FIELD_KEYS, path, f"{key}.")
    kind = spec.get("type")
    if kind not in FIELD_TYPES:
        raise MappingError(
            path, f"{key}.type", Text(QT_TR_NOOP("must be one of {0}"), ", ".join(FIELD_TYPES))
        )
    raw = spec.get("from", [])
    if isinstance(raw, list):
        sources = {f: _names(raw, path, f"{key}.from") for f in FLAVOURS}
    elif isinstance(raw, dict):
        _check_keys(raw, set(FLAVOURS), path, f"{key}.from.")
        sources = {f: _names(raw.get(f, []), path, f"{key}.from.{f}") for f in FLAVOURS}
    else:
        raise MappingError(
            path, f"{key}.from", Text(QT_TR_NOOP("must be a list of field names or {{ng, core}}"))
        )
    vocabulary = spec.get("vocabulary", "")
    if kind in ("enum", "enum_multi", "bool"):
        if kind == "bool" and not vocabulary:
            vocabulary = "yes_no"
        if vocabulary not in vocabularies:
            raise MappingError(
                path,
                f"{key}.vocabulary",
                Text(QT_TR_NOOP("names no vocabulary ('{0}'); add it to vocabularies"), vocabulary),
            )
    if kind == "indicator" and not (spec.get("of") and spec.get("equals")):
        raise MappingError(
            path, key, Text(QT_TR_NOOP("an indicator needs 'of' (a target) and 'equals' (a value)"))
        )
    otherwise = spec.get("otherwise", [])
    if not isinstance(otherwise, list):
        raise MappingError(path, f"{key}.otherwise", Text(QT_TR_NOOP("must be a list of rules")))
    for i, rule in enumerate(otherwise):
        if not isinstance(rule, dict) or set(rule) not in RULE_KEYS:
            raise MappingError(
                path,
                f"{key}.otherwise[{i}]",
                Text(
                    QT_TR_NOOP(
                        "a rule is {{target}}, {{if_filled, value}}, {{sum}} or {{geometry_area}}"
                    )
                ),
            )
    value = spec.get("value")
    if value is not None:
        try:
            _text(value, path, f"{key}.value").format(flavour="NG")
        except (KeyError, IndexError, ValueError) as exc:
            raise MappingError(
                path, f"{key}.value", Text(QT_TR_NOOP("only {{flavour}} may stand in braces"))
            ) from exc
    return FieldSpec(
        name,
        kind,
        sources,
        vocabulary,
        str(spec.get("several", "")),
        tuple(otherwise),
        value,
        str(spec.get("of", "")),
        str(spec.get("equals", "")),
    )


def _check_references(specs: list[FieldSpec], path: str, key: str) -> None:
    """Rules may only name targets defined before them."""
    seen: set[str] = set()
    for spec in specs:
        named = [spec.of] if spec.of else []
        for rule in spec.otherwise:
            named += [rule.get("target"), rule.get("if_filled"), *rule.get("sum", [])]
        for other in filter(None, named):
            if other not in seen:
                raise MappingError(
                    path,
                    f"{key}.{spec.name}",
                    Text(QT_TR_NOOP("refers to '{0}', not a target defined before it"), other),
                )
        seen.add(spec.name)


def _check_keys(data: dict, allowed: set, path: str, prefix: str) -> None:
    for key in data:
        if key not in allowed:
            raise MappingError(
                path,
                f"{prefix}{key}",
                Text(QT_TR_NOOP("unknown key; expected one of {0}"), ", ".join(sorted(allowed))),
            )


def _object(value, path: str, key: str) -> dict:
    if not isinstance(value, dict):
        raise MappingError(path, key, Text(QT_TR_NOOP("must be a JSON object")))
    return value


def _names(value, path: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise MappingError(path, key, Text(QT_TR_NOOP("must be a list of strings")))
    return value


def _text(value, path: str, key: str) -> str:
    if not isinstance(value, str):
        raise MappingError(path, key, Text(QT_TR_NOOP("must be a string")))
    return value


def detect_flavour(mapping: Mapping, kind: str, names: list[str]) -> tuple[str, list[str]]:
    """``('ng' | 'core', the source fields that decided)``: the file's forced flavour, else
    the one whose marker fields and candidate source names the export holds most of
    (markers count double; a tie is NG)."""
    keys = {field_key(n): n for n in names}
    if mapping.flavour:
        return mapping.flavour, []
    best, best_score, best_found = "ng", -1, []
    for flavour in FLAVOURS:
        found = [keys[k] for k in map(field_key, mapping.markers.get(flavour, [])) if k in keys]
        score = 2 * len(found)
        for spec in mapping.fields(kind):
            first = spec.candidates(flavour)[:1]
            if first and field_key(first[0]) in keys:
                score += 1  # the flavour's first choice is there
        if score > best_score:
            best, best_score, best_found = flavour, score, found
    return best, best_found
