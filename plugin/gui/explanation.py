"""Why a parcel ranks where it does: the dock's explanation as HTML, from values only."""

from __future__ import annotations

import numpy as np

from ..engine.prioritise import Criterion, PriorityResult
from ..engine.priority_legend import decay_text
from ..engine.scoring import contributions
from ..i18n import QT_TR_NOOP, tr, tr_message

HEADER = (
    QT_TR_NOOP("criterion"),
    QT_TR_NOOP("distance (m)"),
    QT_TR_NOOP("decay"),
    QT_TR_NOOP("score"),
    QT_TR_NOOP("weight"),
    QT_TR_NOOP("points"),
)
# criterion names (engine.prioritise.CRITERIA), shown translated in the dock
CRITERION_NAMES = (
    QT_TR_NOOP("settlements"),
    QT_TR_NOOP("cemeteries"),
    QT_TR_NOOP("infrastructure"),
    QT_TR_NOOP("incidents"),
)


def explanation_html(
    i: int,
    label: str,
    result: PriorityResult,
    criteria: list[Criterion],
    distances: np.ndarray,
    gated: bool = False,
) -> str:
    """Rank, score and class of parcel row ``i`` (``distances``: its row of the cached
    matrix), and per criterion distance, decay, score, normalised weight and points."""
    points = contributions(result.criterion_scores[i : i + 1], result.weights)[0]
    head = tr("<b>{0}</b>: rank {1} of {2}, score {3:.1f}, class {4}{5}").format(
        label,
        result.ranking.rank[i],
        len(result.score),
        result.score[i],
        tr(result.ranking.classes[i]),
        tr(" (fails the gate, ranked after all open parcels)") if gated else "",
    )
    rows = "".join(
        f"<tr><td>{tr(c.name)}</td><td align=right>{distances[j]:,.0f}</td>"
        f"<td>{tr_message(decay_text(c.decay, c.distance))}</td>"
        f"<td align=right>{result.criterion_scores[i, j]:.3f}</td>"
        f"<td align=right>{result.weights[j]:.3f}</td><td align=right>{points[j]:.1f}</td></tr>"
        for j, c in enumerate(criteria)
    )
    header = "".join(f"<th>{tr(text)}</th>" for text in HEADER)
    return (
        f"<p>{head}</p><table border=1 cellspacing=0 cellpadding=2><tr>{header}</tr>{rows}"
        "</table><p>" + tr("Score = sum of points (weight × criterion score × 100).") + "</p>"
    )
