"""What a ranking map says about its classes and weights: counts, score breaks and the
legend text of each class, from the output's fields and its run record (no QGIS)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .scoring import GATED, HIGH, LOW, MEDIUM, UNKNOWN

CLASS_ORDER = (HIGH, MEDIUM, LOW, GATED, UNKNOWN)
SCORED = (HIGH, MEDIUM, LOW)
THIRDS = {HIGH: "top third", MEDIUM: "middle third", LOW: "bottom third"}


@dataclass(frozen=True)
class ClassEntry:
    """One legend line: the class value, how many parcels hold it and what it means."""

    value: str
    count: int
    label: str


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


def _scored_label(name: str, method: str, high: float, medium: float, count: int) -> str:
    if name == HIGH:
        rule = f"score ≥ {_score(high)}"
    elif name == MEDIUM:
        rule = f"{_score(medium)} ≤ score < {_score(high)}"
    else:
        rule = f"score < {_score(medium)}"
    if method == "terciles":
        return f"{name}: {THIRDS[name]} of scored parcels, {rule} ({count})"
    if method == "thresholds":
        return f"{name}: {rule}, thresholds set for the run ({count})"
    return f"{name}: {rule} ({count})"


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
            rule = f" {gate.strip()}" if gate.strip() else ""
            label = f"Gated: fails the hard condition{rule}, ranked last ({count})"
        else:
            label = f"Unknown: no geometry or no score ({count})"
        entries.append(ClassEntry(name, count, label))
    other = int(sum(n is None for n in names))
    return ClassSummary(entries, high, medium, method, other)


def decay_text(decay: str, distance: float) -> str:
    """How a criterion's score falls with distance, in words."""
    d = f"{distance:g} m"
    return {
        "linear": f"linear, 1 at 0 m to 0 at {d}",
        "exponential": f"exponential, 0.5 at {d}",
        "gaussian": f"gaussian, 0.5 at {d}",
        "step": f"step, 1 up to {d}",
    }.get(decay, f"{decay}, {d}")


def weight_lines(record: dict | None) -> list[str]:
    """One line per criterion of a run record ('settlements 40 % (linear, …)'), then the AHP
    consistency when AHP gave the weights; empty without a record."""
    parameters = (record or {}).get("parameters", {})
    lines = []
    for c in parameters.get("criteria", []):
        weight = 100 * float(c.get("weight", 0.0))
        how = decay_text(str(c.get("decay", "")), float(c.get("distance_m", 0.0)))
        lines.append(f"{c.get('name', '?')} {weight:.0f} % ({how})")
    ahp = parameters.get("ahp")
    if ahp:
        lines.append(f"weights from AHP pairwise comparison, CR {float(ahp.get('cr', 0)):.3f}")
    return lines
