"""Small matplotlib charts for the dock: decay curves and the score distribution."""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from ..engine.prioritise import Criterion
from ..engine.scoring import value
from ..i18n import tr

COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7")  # Okabe–Ito, safe for CVD


class DockCharts(FigureCanvasQTAgg):
    """Two panels: value of each criterion vs distance, histogram of priority scores."""

    def __init__(self, parent=None) -> None:
        self.figure = Figure(figsize=(4.0, 1.9), dpi=80, tight_layout=True)
        super().__init__(self.figure)
        self.setParent(parent)
        self.decay_axes = self.figure.add_subplot(121)
        self.score_axes = self.figure.add_subplot(122)
        self.setMinimumHeight(150)

    def update_charts(self, criteria: list[Criterion], scores: np.ndarray | None) -> None:
        ax = self.decay_axes
        ax.clear()
        top = max([c.distance for c in criteria] + [1.0]) * 2
        x = np.linspace(0, top, 200)
        for k, c in enumerate(criteria):
            ax.plot(
                x / 1000,
                value(x, c.decay, c.distance),
                color=COLOURS[k % 4],
                label=tr(c.name),
                lw=1.5,
            )
        ax.set_xlabel(tr("distance (km)"), fontsize=7)
        ax.set_ylabel(tr("criterion score"), fontsize=7)
        ax.set_ylim(-0.02, 1.02)
        ax.tick_params(labelsize=6)
        if criteria:
            ax.legend(fontsize=6, frameon=False)
        ax = self.score_axes
        ax.clear()
        if scores is not None and np.isfinite(scores).any():
            ax.hist(scores[np.isfinite(scores)], bins=20, range=(0, 100), color="#5b0f70")
        ax.set_xlabel(tr("priority score"), fontsize=7)
        ax.set_ylabel(tr("parcels"), fontsize=7)
        ax.tick_params(labelsize=6)
        self.draw_idle()
