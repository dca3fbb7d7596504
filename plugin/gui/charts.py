"""Small matplotlib charts for the dock: decay curves and the score distribution.

A weight move changes only the histogram's bar heights: they are set on the bars made once
and blitted over the saved background of their axes (≈ 10 ms instead of a 60–100 ms full
draw). The whole figure is drawn again only when the decay curves change or the counts
outgrow (or shrink well below) the y axis.
"""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from ..engine.prioritise import Criterion
from ..engine.scoring import value
from ..i18n import tr

COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7")  # Okabe–Ito, safe for CVD
BINS = 20
SHRINK = 0.4  # counts below this share of the y axis draw the axis anew


class DockCharts(FigureCanvasQTAgg):
    """Two panels: value of each criterion vs distance, histogram of priority scores."""

    def __init__(self, parent=None) -> None:
        self.figure = Figure(figsize=(4.0, 1.9), dpi=80, tight_layout=True)
        super().__init__(self.figure)
        self.setParent(parent)
        self.decay_axes = self.figure.add_subplot(121)
        self.score_axes = self.figure.add_subplot(122)
        self.setMinimumHeight(150)
        self.curves: tuple | None = None  # (name, decay, distance) of the curves drawn
        self.counts = np.zeros(BINS, dtype=np.int64)
        width = 100 / BINS
        self.bars = self.score_axes.bar(
            np.arange(BINS) * width + width / 2, self.counts, width=width, color="#5b0f70"
        )
        for bar in self.bars:
            bar.set_animated(True)  # drawn by _blit_bars, not by a full draw
        self.score_axes.set_xlim(0, 100)
        self.score_axes.tick_params(labelsize=6)
        self._background = None
        self.full_draws = 0  # drawn whole (the rest are blits of the bars)
        self.mpl_connect("draw_event", self._drawn)

    def update_charts(self, criteria: list[Criterion], scores: np.ndarray | None) -> None:
        """Curves if their decays or distances changed; bar heights always."""
        full = self._set_curves(criteria)
        full |= self._set_counts(scores)
        if full or self._background is None:
            self.draw_idle()
        else:
            self._blit_bars()

    def _set_curves(self, criteria: list[Criterion]) -> bool:
        key = tuple((c.name, c.decay, c.distance) for c in criteria)
        if key == self.curves:
            return False
        self.curves = key
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
        self.score_axes.set_xlabel(tr("priority score"), fontsize=7)
        self.score_axes.set_ylabel(tr("parcels"), fontsize=7)
        return True

    def _set_counts(self, scores: np.ndarray | None) -> bool:
        """Bar heights of the scores' histogram; True when the y axis had to change."""
        if scores is None:
            counts = np.zeros(BINS, dtype=np.int64)
        else:
            finite = scores[np.isfinite(scores)]
            counts = np.histogram(finite, bins=BINS, range=(0, 100))[0]
        self.counts = counts
        for bar, count in zip(self.bars, counts.tolist()):
            bar.set_height(count)
        top = self.score_axes.get_ylim()[1]
        most = max(int(counts.max()), 1)
        if most <= top and most >= SHRINK * top:
            return False
        self.score_axes.set_ylim(0, most * 1.15)
        return True

    def _drawn(self, _event) -> None:
        """After a full draw: keep the histogram axes without bars, then draw the bars."""
        self.full_draws += 1
        self._background = self.copy_from_bbox(self.score_axes.bbox)
        for bar in self.bars:
            self.score_axes.draw_artist(bar)

    def _blit_bars(self) -> None:
        self.restore_region(self._background)
        for bar in self.bars:
            self.score_axes.draw_artist(bar)
        self.blit(self.score_axes.bbox)
