"""Feature ids the user sees: which field holds them, duplicates and nulls, readable labels.

Pure Python and numpy (no QGIS). Ids are compared after stripping whitespace (inner runs count
as one space) and ignoring case, so ``"H-0042 "`` and ``"h-0042"`` are the same id; a blank or NULL
value is no id.

Rules (documented in docs/ids.md):

- a field is *usable* as id when every value is non-blank and no two values are the same id;
- without an explicit id field the first usable field of :func:`candidates` is taken; a
  candidate with duplicates or blanks is skipped and said so; with none, features are named
  by their feature id;
- an explicitly chosen id field with duplicates or blanks is a warning, never an error: the
  run goes on, every feature is kept and :func:`labels` disambiguates (``"H-0042 #2"``,
  ``"fid 12"`` for a blank id).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .text import QT_TR_NOOP, Joined, Text

# the names tried first, in this order (case-insensitive): IMSMA ids, the plugin's own ids,
# then generic and feature-id-like names
ID_NAMES = (
    "hazard_localid",
    "localid",
    "hazard_id",
    "record_id",
    "task_id",
    "incident_id",
    "release_id",
    "accident_localid",
    "activity_localid",
    "parcel_id",
    "source_fid",
    "guid",
    "uuid",
    "id",
    "fid",
    "objectid",
    "ogc_fid",
    "gid",
)
_ID_LIKE = re.compile(r"(^|_)(local)?(id|fid|guid|uuid)$|^(objectid|gid)$", re.IGNORECASE)
SHOWN = 5  # values and features named per message


def id_text(value) -> str | None:
    """The id as text, whitespace stripped; None when NULL, blank or NaN. Whole floats are
    written without ``.0`` (a shapefile reads integer ids as reals)."""
    if isinstance(value, str):  # the common case first: ids are read by the million
        return value.strip() or None
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer():
            value = int(value)
    text = str(value).strip()
    return text or None


def id_key(value) -> str | None:
    """What two ids are compared by: :func:`id_text` with inner runs of spaces as one space,
    without case."""
    return _key(id_text(value))


def _key(text: str | None) -> str | None:
    """:func:`id_key` of a text already through :func:`id_text`."""
    if text is None:
        return None
    return (" ".join(text.split()) if "  " in text or "\t" in text else text).casefold()


def candidates(names: Sequence[str]) -> list[str]:
    """Field names that may hold ids, most likely first: :data:`ID_NAMES` in that order,
    then other id-like names (``…_id``, ``…localid``, ``…fid``) in field order."""
    by_lower = {}
    for name in names:
        by_lower.setdefault(name.lower(), name)
    out = [by_lower[n] for n in ID_NAMES if n in by_lower]
    out += [n for n in names if n not in out and _ID_LIKE.search(n)]
    return out


@dataclass
class IdProblems:
    """Duplicate and blank ids of one field, by value."""

    field: str
    duplicates: list[tuple[str, list]] = field(default_factory=list)  # (id, feature ids)
    blank: list = field(default_factory=list)  # feature ids

    @property
    def ok(self) -> bool:
        return not self.duplicates and not self.blank

    def messages(self) -> list[Text]:
        """One sentence per kind of problem, naming the values and features (``str()``:
        English; ``i18n.tr_message``: the plugin's language)."""
        out = []
        if self.duplicates:
            shown = Joined(
                "; ",
                [
                    Text(QT_TR_NOOP("'{0}' appears on features {1}"), value, _and(fids))
                    for value, fids in self.duplicates[:SHOWN]
                ],
            )
            more = len(self.duplicates) - SHOWN
            if more > 0:
                template = QT_TR_NOOP(
                    "{0} {1}; and {2} more repeated ids "
                    "(ids differing only by spaces or case are the same id)"
                )
                out.append(Text(template, self.field, shown, more))
            else:
                template = QT_TR_NOOP(
                    "{0} {1} (ids differing only by spaces or case are the same id)"
                )
                out.append(Text(template, self.field, shown))
        if self.blank:
            blank = QT_TR_NOOP("{0} is NULL or blank on features {1}")
            out.append(Text(blank, self.field, _and(self.blank)))
        return out


def find_problems(name: str, values: Sequence, fids: Sequence) -> IdProblems:
    """Duplicate ids (after :func:`id_key`) and blank ids of one field, in feature order.

    ``values`` may be an integer array (no NULL in it): distinct integers are distinct ids,
    so a column of distinct ones is checked at once."""
    problems = IdProblems(name)
    if isinstance(values, np.ndarray):
        if values.dtype.kind in "iu" and len(np.unique(values)) == len(values):
            return problems
        values = values.tolist()
    fids = fids.tolist() if isinstance(fids, np.ndarray) else fids
    seen: dict[str, list] = {}
    first_text: dict[str, str] = {}
    for value, fid in zip(values, fids):
        text = id_text(value)
        key = _key(text)
        if key is None:
            problems.blank.append(fid)
            continue
        if key in seen:
            seen[key].append(fid)
        else:
            seen[key] = [fid]
            first_text[key] = text
    problems.duplicates = [(first_text[k], f) for k, f in seen.items() if len(f) > 1]
    return problems


def guess_field(columns: dict[str, Sequence], fids: Sequence) -> tuple[str, list[IdProblems]]:
    """The first usable id field of ``columns`` (name → values, in :func:`candidates` order),
    or ``""`` (feature ids); also the problems of the candidates skipped."""
    name, _, skipped = first_usable(list(columns), columns.__getitem__, fids)
    return name, skipped


def first_usable(
    names: Sequence[str], column: Callable[[str], Sequence], fids: Sequence
) -> tuple[str, Sequence | None, list[IdProblems]]:
    """The first usable id field among the :func:`candidates` of ``names``, its values and
    the problems of the candidates skipped; ``column(name)`` is asked only for the
    candidates tried (a layer is read one column at a time, usually once)."""
    skipped = []
    for name in candidates(names):
        values = column(name)
        problems = find_problems(name, values, fids)
        if problems.ok:
            return name, values, skipped
        skipped.append(problems)
    return "", None, skipped


def labels(values: Sequence | None, fids: Sequence) -> list[str]:
    """One readable, distinct label per feature: the id text; ``"fid N"`` for a blank id;
    a repeated id numbered from its second occurrence (``"H-0042 #2"``); a number is
    skipped when it would give another feature's id. Without values (no id field) the
    feature id itself, as text."""
    fids = fids.tolist() if isinstance(fids, np.ndarray) else fids
    if values is None:
        return [str(fid) for fid in fids]
    values = values.tolist() if isinstance(values, np.ndarray) else values
    texts = [id_text(v) for v in values]
    used = {_key(t) for t in texts if t is not None}  # no label may take another's id
    out = []
    seen: set = set()
    count: dict[str, int] = {}
    for text, fid in zip(texts, fids):
        key = _key(text)
        if key is not None and key not in seen:
            seen.add(key)
            out.append(text)
            continue
        if text is None:
            label, _ = _free(f"fid {fid}", 0, used)
        else:
            label, count[key] = _free(text, count.get(key, 1), used)
        used.add(_key(label))
        out.append(label)
    return out


def _free(base: str, n: int, used: set) -> tuple[str, int]:
    """``base`` (when ``n`` is 0) or the first ``"base #k"``, k > ``n``, whose id is not in
    ``used``; also k."""
    if n == 0 and _key(base) not in used:
        return base, 0
    n = max(n, 1)
    while True:
        n += 1
        label = f"{base} #{n}"
        if _key(label) not in used:
            return label, n


def _and(items: Sequence) -> Text | str:
    """``"1, 2 and 3"``; more than :data:`SHOWN` items end in ``"… (N in all)"``."""
    items = [str(i) for i in items]
    if len(items) > SHOWN:
        return Text(QT_TR_NOOP("{0}, … ({1} in all)"), ", ".join(items[:SHOWN]), len(items))
    if len(items) == 1:
        return items[0]
    return Text(QT_TR_NOOP("{0} and {1}"), ", ".join(items[:-1]), items[-1])
