"""reports.rank_chart: the sensitivity chart, drawn without pyplot."""

import sys

import matplotlib.image as mpimg
import numpy as np

from clearance_planner.engine.sensitivity import SensitivityResult
from clearance_planner.reports.rank_chart import write_chart


def test_chart_has_one_row_per_ranked_parcel_and_leaves_pyplot_alone(tmp_path):
    rank = np.array([2, 1, 0])  # the third parcel is unranked (no usable polygon)
    stats = SensitivityResult(
        mean_rank=np.array([1.8, 1.2, np.nan]),
        rank_p05=np.array([1.0, 1.0, np.nan]),
        rank_p95=np.array([2.0, 2.0, np.nan]),
        p_top_k=np.array([0.8, 1.0, np.nan]),
        weights=np.ones((5, 1)),
    )
    had_pyplot = "matplotlib.pyplot" in sys.modules
    path = tmp_path / "chart.png"
    write_chart(path, rank, stats, 1, ["A", "B", "C"])
    height, width, _ = mpimg.imread(path).shape
    assert (width, height) == (770, int((0.22 * 2 + 1.6) * 110))  # 7 in x (0.22 n + 1.6) in
    assert ("matplotlib.pyplot" in sys.modules) == had_pyplot
