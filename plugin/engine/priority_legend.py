"""What a ranking map says about its classes and weights: counts, score breaks and the
legend text of each class, from the output's fields and its run record (no QGIS). The texts
are engine Texts (``str()``: English; ``i18n.tr_message``: the plugin's language); the class
values themselves are codes."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .prioritise import CRITERIA
from .scoring import GATED, HIGH, LOW, MEDIUM, UNKNOWN
from .text import QT_TR_NOOP, Text

CLASS_ORDER = (HIGH, MEDIUM, LOW, GATED, UNKNOWN)
SCORED = (HIGH, MEDIUM, LOW)
# legend line of a scored class by how its breaks were set: {0} the score rule, {1} the count
LABELS = {
    "terciles": {
        HIGH: QT_TR_NOOP("High: top third of scored parcels, {0} ({1})"),
        MEDIUM: QT_TR_NOOP("Medium: middle third of scored parcels, {0} ({1})"),
        LOW: QT_TR_NOOP("Low: bottom third of scored parcels, {0} ({1})"),
    },
    "thresholds": {
        HIGH: QT_TR_NOOP("High: {0}, thresholds set for the run ({1})"),
        MEDIUM: QT_TR_NOOP("Medium: {0}, thresholds set for the run ({1})"),
        LOW: QT_TR_NOOP("Low: {0}, thresholds set for the run ({1})"),
    },
    "observed": {
        HIGH: QT_TR_NOOP("High: {0} ({1})"),
        MEDIUM: QT_TR_NOOP("Medium: {0} ({1})"),
        LOW: QT_TR_NOOP("Low: {0} ({1})"),
    },
}
DECAYS = {  # {0}: the decay distance in metres
    "linear": QT_TR_NOOP("linear, 1 at 0 m to 0 at {0:g} m"),
    "exponential": QT_TR_NOOP("exponential, 0.5 at {0:g} m"),
    "gaussian": QT_TR_NOOP("gaussian, 0.5 at {0:g} m"),
    "step": QT_TR_NOOP("step, 1 up to {0:g} m"),
}


@dataclass(frozen=True)
class ClassEntry:
    """One legend line: the class value, how many parcels hold it and what it means."""

    value: str
    count: int
    label: Text


@dataclass(frozen=True)
class ClassSummary:
    entries: list[ClassEntry]
    high: float  # score break of High (NaN when unknown)
    medium: float  # score break of Medium
    method: str  # "terciles", "thresholds" or "observed" (read from the scores)
    other: int  # parcels whose class is none of CLASS_ORDER

    def count(self, value: str) -> int:
        return next((e.count for e in self.entries if e.value == value), 0)


def canonical_class(value) -> str | None:
    """A class value of any case and spacing as the engine writes it ('high ' → 'High')."""
    if value is None:
        return None
    text = str(value).strip().lower()
    return next((c for c in CLASS_ORDER if c.lower() == text), None)


def _observed_breaks(names: np.ndarray, scores: np.ndarray) -> tuple[float, float]:
    """The lowest score of the High and of the Medium parcels (NaN where there are none)."""
    out = []
    for name in (HIGH, MEDIUM):
        mask = (names == name) & np.isfinite(scores)
        out.append(float(scores[mask].min()) if mask.any() else math.nan)
    return out[0], out[1]


def _score(value: float) -> str:
    return f"{value:.1f}" if math.isfinite(value) else "?"


def _scored_label(name: str, method: str, high: float, medium: float, count: int) -> Text:
    if name == HIGH:
        rule = Text(QT_TR_NOOP("score ≥ {0}"), _score(high))
    elif name == MEDIUM:
        rule = Text(QT_TR_NOOP("{0} ≤ score < {1}"), _score(medium), _score(high))
    else:
        rule = Text(QT_TR_NOOP("score < {0}"), _score(medium))
    return Text(LABELS[method][name], rule, count)


def class_summary(
    classes: list, scores, breaks=None, method: str | None = None, gate: str = ""
) -> ClassSummary:
    """Counts and legend lines of every class present (High, Medium, Low always). ``breaks``
    = ``(high, medium)`` from the run record; without them they are read from the scores
    (the lowest High and Medium score) and ``method`` becomes "observed"."""
    names = np.array([canonical_class(c) for c in classes], dtype=object)
    scores = np.asarray([math.nan if s is None else float(s) for s in scores], dtype=float).reshape(
        -1
    )
    known = breaks is not None and all(b is not None and math.isfinite(float(b)) for b in breaks)
    if known:
        high, medium = float(breaks[0]), float(breaks[1])
        method = method if method in ("terciles", "thresholds") else "observed"
    else:
        high, medium = _observed_breaks(names, scores)
        method = "observed"
    entries = []
    for name in CLASS_ORDER:
        count = int((names == name).sum())
        if name in SCORED:
            label = _scored_label(name, method, high, medium, count)
        elif not count:
            continue
        elif name == GATED:
            label = _gated_label(gate.strip(), count)
        else:
            label = Text(QT_TR_NOOP("Unknown: no geometry or no score ({0})"), count)
        entries.append(ClassEntry(name, count, label))
    other = int(sum(n is None for n in names))
    return ClassSummary(entries, high, medium, method, other)


def _gated_label(gate: str, count: int) -> Text:
    if gate:
        return Text(
            QT_TR_NOOP("Gated: fails the hard condition {0}, ranked last ({1})"), gate, count
        )
    return Text(QT_TR_NOOP("Gated: fails the hard condition, ranked last ({0})"), count)


def decay_text(decay: str, distance: float) -> Text:
    """How a criterion's score falls with distance, in words."""
    if decay in DECAYS:
        return Text(DECAYS[decay], distance)
    return Text(QT_TR_NOOP("{0}, {1:g} m"), decay, distance)


def criterion_name(criterion: dict) -> Text | str:
    """A run record's criterion name: one of the plugin's criteria translatable (its names
    are marked where the dock shows them), any other name as written."""
    name = str(criterion.get("name", "?"))
    return Text(name) if name in KNOWN_CRITERIA else name


KNOWN_CRITERIA = frozenset(c[0] for c in CRITERIA)


def weight_lines(record: dict | None) -> list[Text]:
    """One line per criterion of a run record ('settlements 40 % (linear, …)'), then the AHP
    consistency when AHP gave the weights; empty without a record."""
    parameters = (record or {}).get("parameters", {})
    lines = []
    for c in parameters.get("criteria", []):
        weight = 100 * float(c.get("weight", 0.0))
        how = decay_text(str(c.get("decay", "")), float(c.get("distance_m", 0.0)))
        lines.append(Text(QT_TR_NOOP("{0} {1:.0f} % ({2})"), criterion_name(c), weight, how))
    ahp = parameters.get("ahp")
    if ahp:
        cr = QT_TR_NOOP("weights from AHP pairwise comparison, CR {0:.3f}")
        lines.append(Text(cr, float(ahp.get("cr", 0))))
    return lines
