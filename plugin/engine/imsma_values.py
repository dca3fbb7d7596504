"""Values of an IMSMA export read strictly: numbers, integers, dates, yes/no and enumerated
text (synonyms in several spellings, cases and languages). No QGIS.

A reader returns ``(value, ok)``: ``(None, True)`` for a blank cell, ``(None, False)`` for
text that is not a value of the type (the caller keeps the raw text and lists it).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

_SEPARATORS = re.compile(r"[\s_\-./()\[\]]+")
_NOT_ALNUM = re.compile(r"[\W_]+")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?")
_DMY = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})(?: .*)?")
_MULTI = re.compile(r"\s*[,;|+/]\s*")


_I_FOLD = str.maketrans({"ı": "i", "İ": "i"})  # Azerbaijani/Turkish: BAĞLI is bağlı


def folded(text) -> str:
    """NFKC, case-folded, dotless and dotted i as ``i`` (``'AÇIQ'`` = ``'açıq'``)."""
    return unicodedata.normalize("NFKC", str(text)).translate(_I_FOLD).casefold()


def value_key(value) -> str:
    """How an enumerated value is compared: :func:`folded`, separators as one space
    (``'Suspected_Hazardous-Area '`` and ``'suspected hazardous area'`` are the same)."""
    return _SEPARATORS.sub(" ", folded(value)).strip()


def field_key(name: str) -> str:
    """How a field name is compared: :func:`folded` letters and digits only
    (``Hazard Local ID``, ``hazard_localid`` and ``HAZARDLOCALID`` are the same)."""
    return _NOT_ALNUM.sub("", folded(name))


def is_blank(value) -> bool:
    """None, NaN or text of spaces only."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return isinstance(value, str) and not value.strip()


def parse_number(value) -> tuple[float | None, bool]:
    """A finite float from a number or plain decimal text (``.`` as decimal mark, no
    thousands separators: ``'1 234,5'`` and ``'1,234'`` are ambiguous and refused)."""
    if is_blank(value):
        return None, True
    if isinstance(value, bool):
        return None, False
    if isinstance(value, (int, float)):
        x = float(value)
        return (x, True) if math.isfinite(x) else (None, False)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not _NUMBER.fullmatch(text):
        return None, False
    x = float(text)
    return (x, True) if math.isfinite(x) else (None, False)


def parse_integer(value) -> tuple[int | None, bool]:
    """A whole number (``'2'``, ``2.0``); ``'2.5'`` and text are refused."""
    x, ok = parse_number(value)
    if x is None:
        return None, ok
    return (int(x), True) if x == int(x) else (None, False)


def parse_date(value, order: str = "dmy") -> tuple[dt.date | None, bool]:
    """A date from a date/datetime, ISO text (``2021-03-01``, time ignored) or day-first
    text (``01/03/2021``, ``01.03.2021``; month first with ``order='mdy'``)."""
    if is_blank(value):
        return None, True
    if isinstance(value, dt.datetime):
        return value.date(), True
    if isinstance(value, dt.date):
        return value, True
    text = str(value).strip()
    found = _ISO.fullmatch(text)
    if found:
        y, m, d = (int(g) for g in found.groups())
    else:
        found = _DMY.fullmatch(text)
        if not found:
            return None, False
        a, b, y = (int(g) for g in found.groups())
        d, m = (b, a) if order == "mdy" else (a, b)
    try:
        return dt.date(y, m, d), True
    except ValueError:
        return None, False


class Vocabulary:
    """Canonical values and their synonyms, looked up by :func:`value_key`."""

    def __init__(self, name: str, synonyms: dict[str, list[str]]) -> None:
        self.name = name
        self.canonical = list(synonyms)
        self._lookup = {value_key(c): c for c in synonyms}
        for canonical, words in synonyms.items():  # a synonym may re-map another's name
            for word in words:
                self._lookup[value_key(word)] = canonical

    def words(self) -> list[str]:
        """Every word looked up (normalised), canonical values included."""
        return sorted(self._lookup)

    def lookup(self, value) -> str | None:
        """The canonical value of ``value`` (None when it is not in the vocabulary)."""
        return self._lookup.get(value_key(value))

    def lookup_multi(self, value, several: str | None) -> tuple[str | None, list[str]]:
        """A multiple-choice cell (``'AP mine, AT mine'``): the one canonical value of its
        parts, ``several`` when they differ, and the parts not in the vocabulary."""
        whole = self.lookup(value)
        if whole is not None:
            return whole, []
        parts = [p for p in _MULTI.split(str(value).strip()) if p]
        found, unknown = [], []
        for part in parts:
            canonical = self.lookup(part)
            if canonical is None:
                unknown.append(part)
            elif canonical not in found:
                found.append(canonical)
        if not found:
            return None, unknown
        return (found[0] if len(found) == 1 else (several or found[0])), unknown


def parse_bool(value, vocabulary: Vocabulary) -> tuple[bool | None, bool]:
    """True/False from a bool, 1/0 or a yes/no word of ``vocabulary`` (keys true/false)."""
    if is_blank(value):
        return None, True
    if isinstance(value, bool):
        return value, True
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value), True
    canonical = vocabulary.lookup(value)
    if canonical is None:
        return None, False
    return canonical == "true", True
