"""gui.explanation: the per-parcel explanation, from values (hand-computed)."""

from __future__ import annotations

import numpy as np

# parcels 100, 300, 900 m from the settlement and 900, 700, 100 m from the cemetery
DISTANCES = np.array([[100.0, 900.0], [300.0, 700.0], [900.0, 100.0]])


def result_and_criteria(gated=None):
    from clearance_planner.engine.prioritise import Criterion, score_parcels

    criteria = [
        Criterion("settlements", 0.8, "linear", 1000.0),
        Criterion("cemeteries", 0.2, "linear", 1000.0),
    ]
    return score_parcels(DISTANCES, criteria, gated), criteria


def test_points_are_weight_times_score_times_100_and_sum_to_the_score():
    from clearance_planner.gui.explanation import explanation_html

    result, criteria = result_and_criteria()
    html = explanation_html(1, "H1", result, criteria, DISTANCES[1])
    # H1: settlements 1 - 300/1000 = 0.7 -> 0.8 * 0.7 * 100 = 56.0 points,
    # cemeteries 1 - 700/1000 = 0.3 -> 0.2 * 0.3 * 100 = 6.0 points; score 62.0, rank 2 of 3
    assert "<b>H1</b>: rank 2 of 3, score 62.0" in html
    assert (
        "<tr><td>settlements</td><td align=right>300</td><td>linear, 1 at 0 m to 0 at 1000 m</td>"
        "<td align=right>0.700</td><td align=right>0.800</td><td align=right>56.0</td></tr>"
    ) in html
    assert "<td align=right>0.300</td><td align=right>0.200</td><td align=right>6.0</td>" in html
    assert "fails the gate" not in html


def test_a_gated_parcel_says_it_ranks_after_the_open_ones():
    from clearance_planner.gui.explanation import explanation_html

    gated = np.array([True, False, False])
    result, criteria = result_and_criteria(gated)
    html = explanation_html(0, "H0", result, criteria, DISTANCES[0], gated=True)
    # H0 has the best score (74.0) but fails the gate: ranked last, class Gated
    assert "rank 3 of 3, score 74.0, class Gated (fails the gate" in html
