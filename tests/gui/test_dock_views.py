"""gui.ranking_model and gui.charts: a new result updates the views in place."""

from __future__ import annotations

import numpy as np
import pytest

from clearance_planner.engine.prioritise import Criterion, score_parcels

DISTANCES = np.array([[100.0, 900.0], [300.0, 700.0], [900.0, 100.0], [np.nan, 50.0]])


def result(w_settlements: float):
    criteria = [
        Criterion("settlements", w_settlements, "linear", 1000),
        Criterion("cemeteries", 1 - w_settlements, "linear", 1000),
    ]
    return score_parcels(DISTANCES, criteria)


def test_rank_order_is_the_stable_sort_by_rank_with_the_unranked_last():
    from clearance_planner.engine.scoring import rank_and_class
    from clearance_planner.gui.ranking_model import rank_order

    rng = np.random.default_rng(3)
    score = rng.choice([10.0, 20.0, 30.0, np.nan], 500)  # many ties and unknowns
    rank = rank_and_class(score, rng.random(500) < 0.3).rank
    expected = np.argsort(np.where(rank > 0, rank, np.iinfo(np.int64).max), kind="stable")
    assert rank_order(rank).tolist() == expected.tolist()


def test_a_new_result_of_the_same_parcels_changes_the_table_data_without_a_reset(qgis_app):
    from clearance_planner.gui.ranking_model import RankingModel

    model, events = RankingModel(), []
    model.modelReset.connect(lambda: events.append("reset"))
    model.dataChanged.connect(lambda first, last: events.append((last.row(), last.column())))
    labels = ["A", "B", "C", "D"]
    model.set_result(labels, result(0.8))  # 74, 62, 26, unknown
    assert [model.index(r, 1).data() for r in range(4)] == ["A", "B", "C", "D"]
    model.set_result(labels, result(0.2))  # 26, 38, 74, unknown
    assert events == ["reset", (3, 4)]  # then every cell changed, none reset
    assert [model.index(r, 1).data() for r in range(4)] == ["C", "B", "A", "D"]
    assert [model.index(r, 0).data() for r in range(4)] == [1, 2, 3, ""]
    assert model.row_of(0) == 2 and model.parcel_at(0) == 2


def test_a_weight_move_redraws_only_the_histogram_bars(qgis_app):
    from clearance_planner.gui.charts import DockCharts

    charts = DockCharts()
    criteria = [Criterion("settlements", 0.8, "linear", 1000)]
    rng = np.random.default_rng(0)
    charts.update_charts(criteria, rng.uniform(0, 100, 1000))
    charts.draw()  # the first, full draw
    assert charts.full_draws == 1
    scores = rng.uniform(0, 100, 1000)  # another weight: similar counts per bin
    charts.update_charts([Criterion("settlements", 0.5, "linear", 1000)], scores)
    assert charts.full_draws == 1  # blitted
    heights = [bar.get_height() for bar in charts.bars]
    assert heights == np.histogram(scores, bins=20, range=(0, 100))[0].tolist()
    charts.update_charts([Criterion("settlements", 0.5, "step", 1000)], scores)
    charts.draw()  # another decay: the curves and so the whole figure again
    assert charts.full_draws == 2
    assert charts.decay_axes.lines[0].get_ydata()[0] == pytest.approx(1.0)
