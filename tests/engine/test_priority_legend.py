"""engine.priority_legend: what the ranking map's legend says, from classes, scores and the
run record (values by hand)."""

from __future__ import annotations

import math

from clearance_planner.engine.priority_legend import (
    canonical_class,
    class_summary,
    decay_text,
    weight_lines,
)

CLASSES = ["High", "High", "Medium", "Low", "Low", "Gated", "Unknown"]
SCORES = [90.0, 70.0, 50.0, 20.0, 5.0, 95.0, None]


def labels(summary) -> dict:
    return {e.value: e.label for e in summary.entries}


def test_tercile_classes_are_explained_with_the_recorded_breaks_and_counts():
    summary = class_summary(CLASSES, SCORES, [66.7, 33.3], "terciles", '"access" = 1')
    assert labels(summary) == {
        "High": "High: top third of scored parcels, score ≥ 66.7 (2)",
        "Medium": "Medium: middle third of scored parcels, 33.3 ≤ score < 66.7 (1)",
        "Low": "Low: bottom third of scored parcels, score < 33.3 (2)",
        "Gated": 'Gated: fails the hard condition "access" = 1, ranked last (1)',
        "Unknown": "Unknown: no geometry or no score (1)",
    }
    assert (summary.count("High"), summary.count("Gated"), summary.other) == (2, 1, 0)


def test_thresholds_say_they_were_set_for_the_run():
    summary = class_summary(CLASSES, SCORES, [60, 30], "thresholds")
    assert labels(summary)["High"] == "High: score ≥ 60.0, thresholds set for the run (2)"
    assert summary.method == "thresholds"


def test_without_a_record_the_breaks_are_the_lowest_high_and_medium_scores():
    summary = class_summary(CLASSES, SCORES)
    assert (summary.high, summary.medium, summary.method) == (70.0, 50.0, "observed")
    assert labels(summary)["Medium"] == "Medium: 50.0 ≤ score < 70.0 (1)"
    assert labels(summary)["Low"] == "Low: score < 50.0 (2)"


def test_class_spellings_are_counted_once_and_strangers_apart():
    assert canonical_class(" high ") == "High" and canonical_class("GATED") == "Gated"
    assert canonical_class("urgent") is None and canonical_class(None) is None
    summary = class_summary(["high", "HIGH ", "urgent", None], [80, "75", 10, None])
    assert summary.count("High") == 2 and summary.other == 2
    assert summary.high == 75.0 and math.isnan(summary.medium)
    assert labels(summary)["Medium"] == "Medium: ? ≤ score < 75.0 (0)"
    assert "Gated" not in labels(summary)  # absent classes other than the scored ones


def test_weights_and_decays_in_words():
    record = {
        "parameters": {
            "criteria": [
                {"name": "settlements", "weight": 0.4, "decay": "linear", "distance_m": 5000},
                {"name": "incidents", "weight": 0.6, "decay": "step", "distance_m": 250.5},
            ],
            "ahp": {"cr": 0.0412},
        }
    }
    assert weight_lines(record) == [
        "settlements 40 % (linear, 1 at 0 m to 0 at 5000 m)",
        "incidents 60 % (step, 1 up to 250.5 m)",
        "weights from AHP pairwise comparison, CR 0.041",
    ]
    assert weight_lines(None) == []
    assert decay_text("gaussian", 1500) == "gaussian, 0.5 at 1500 m"
