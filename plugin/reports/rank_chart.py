"""The sensitivity rank chart: where the most urgent parcels rank when the weights move."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..engine.sensitivity import SensitivityResult
from ..i18n import tr

CHART_PARCELS = 30


def write_chart(
    path: str | Path, rank: np.ndarray, stats: SensitivityResult, top_k: int, labels: list[str]
) -> None:
    """PNG of the 5–95 % rank interval and mean rank of the most urgent parcels (written as
    it is: callers write into an :class:`AtomicFile`). ``labels`` are the parcels' id labels
    (:func:`..qgis_io.ids.feature_ids`); the PNG's Description says which parcel has which
    rank, e.g. "rank 1: H-0042; rank 2: H-0007", so the chart can be checked as text."""
    order = np.argsort(np.where(rank > 0, rank, np.iinfo(np.int64).max), kind="stable")
    order = order[rank[order] > 0][:CHART_PARCELS]
    y = np.arange(len(order))
    fig = Figure(figsize=(7.0, 0.22 * len(order) + 1.6), dpi=110)
    FigureCanvasAgg(fig)  # no pyplot: the desktop's backend stays untouched
    ax = fig.add_subplot(111)
    ax.hlines(
        y,
        stats.rank_p05[order],
        stats.rank_p95[order],
        color="#2166ac",
        lw=3,
        label=tr("5–95 % rank interval"),
    )
    ax.plot(stats.mean_rank[order], y, "o", color="#b35806", ms=4, label=tr("mean rank"))
    ax.plot(rank[order], y, "|", color="black", ms=9, label=tr("rank with your weights"))
    ax.axvline(top_k + 0.5, color="#7f7f7f", ls="--", lw=1, label=tr("top {0}").format(top_k))
    ax.set_yticks(y)
    ax.set_yticklabels(
        [
            tr("{0}  (P top {1} = {2:.0%})").format(labels[i], top_k, stats.p_top_k[i])
            for i in order
        ],
        fontsize=7,
    )
    ax.invert_yaxis()
    ax.set_xlabel(tr("rank (1 = most urgent)"), fontsize=8)
    ax.xaxis.set_label_position("top")
    ax.xaxis.tick_top()
    ax.set_title(tr("Weight sensitivity of the most urgent parcels"), fontsize=10)
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=4, frameon=False)
    fig.tight_layout()
    shown = "; ".join(f"rank {int(rank[i])}: {labels[i]}" for i in order)
    fig.savefig(path, format="png", metadata={"Description": shown})
