"""Table model of the ranked parcels: reads the numpy result arrays on demand."""

from __future__ import annotations

import numpy as np
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..engine.prioritise import PriorityResult
from ..i18n import QT_TR_NOOP, tr

COLUMNS = (
    QT_TR_NOOP("Rank"),
    QT_TR_NOOP("Parcel"),
    QT_TR_NOOP("Score"),
    QT_TR_NOOP("Class"),
    QT_TR_NOOP("Main driver"),
)

# the class names of engine.scoring, shown translated
CLASS_NAMES = (
    QT_TR_NOOP("High"),
    QT_TR_NOOP("Medium"),
    QT_TR_NOOP("Low"),
    QT_TR_NOOP("Gated"),
    QT_TR_NOOP("Unknown"),
)


class RankingModel(QAbstractTableModel):
    """One row per parcel in rank order (unknown scores last)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.result: PriorityResult | None = None
        self.order = np.zeros(0, dtype=np.int64)  # parcel shown in each row
        self.rows = np.zeros(0, dtype=np.int64)  # row showing each parcel

    def set_result(self, labels: list[str], result: PriorityResult) -> None:
        """Show ``result``: the same parcels again only repaint the visible cells
        (``dataChanged``), other parcels reset the model."""
        same_parcels = self.result is not None and len(self.order) == len(result.score)
        if not same_parcels:
            self.beginResetModel()
        self.labels, self.result = labels, result
        self.order = rank_order(result.ranking.rank)
        self.rows = np.empty_like(self.order)
        self.rows[self.order] = np.arange(len(self.order))
        if same_parcels:
            if len(self.order):
                last = self.index(len(self.order) - 1, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.endResetModel()

    def clear(self) -> None:
        """No result (another project was opened)."""
        self.beginResetModel()
        self.result = None
        self.endResetModel()

    def parcel_at(self, row: int) -> int:
        """Index of the parcel (in layer order) shown in ``row``."""
        return int(self.order[row])

    def row_of(self, parcel: int) -> int:
        """The table row showing ``parcel`` (index in layer order)."""
        return int(self.rows[parcel])

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.result is None else len(self.order)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.result is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        i = int(self.order[index.row()])
        r = self.result
        column = index.column()
        if column == 0:
            return int(r.ranking.rank[i]) if r.ranking.rank[i] > 0 else ""
        if column == 1:
            return self.labels[i]
        if column == 2:
            return "" if np.isnan(r.score[i]) else f"{r.score[i]:.1f}"
        if column == 3:
            return tr(r.ranking.classes[i])
        return tr(r.drivers[i]) if r.drivers[i] else ""


def rank_order(rank: np.ndarray) -> np.ndarray:
    """Parcel indexes by rank (1, 2, …), then the unranked (rank 0) in layer order: the
    stable sort by rank, in O(n) because the ranks 1..k are distinct."""
    ranked = rank > 0
    order = np.empty(len(rank), dtype=np.int64)
    order[rank[ranked] - 1] = np.flatnonzero(ranked)
    order[int(ranked.sum()) :] = np.flatnonzero(~ranked)
    return order
