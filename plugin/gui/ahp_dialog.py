"""Pairwise-comparison (AHP, Saaty 1–9) dialog: weights and consistency ratio live."""

from __future__ import annotations

import numpy as np
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..engine.ahp import AhpError, AhpResult, ahp_weights, matrix_to_text
from ..i18n import tr, tr_message

SAATY = [9, 8, 7, 6, 5, 4, 3, 2, 1] + [1 / k for k in range(2, 10)]


def saaty_label(value: float) -> str:
    return f"{value:g}" if value >= 1 else f"1/{round(1 / value)}"


class AhpDialog(QDialog):
    """Upper triangle: how much more important the row criterion is than the column one."""

    def __init__(self, names: list[str], matrix: np.ndarray | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Weights by pairwise comparison (AHP)"))
        self.names = names
        n = len(names)
        self.matrix = np.ones((n, n)) if matrix is None or len(matrix) != n else np.array(matrix)
        self.result: AhpResult | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "How much more important is the row criterion than the column criterion? "
                "Saaty scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; "
                "1/k the reverse. Weights are the principal eigenvector; CR above 0.10 means "
                "the judgements contradict each other."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(n, n)
        self.table.setHorizontalHeaderLabels(names)
        self.table.setVerticalHeaderLabels(names)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(32 * (n + 1))
        self.combos: dict[tuple[int, int], QComboBox] = {}
        for i in range(n):
            for j in range(n):
                if j > i:
                    combo = QComboBox()
                    combo.addItems([saaty_label(v) for v in SAATY])
                    combo.setCurrentIndex(
                        int(np.argmin(np.abs(np.log(SAATY) - np.log(self.matrix[i, j]))))
                    )
                    combo.currentIndexChanged.connect(self.update_result)
                    self.combos[(i, j)] = combo
                    self.table.setCellWidget(i, j, combo)
                else:
                    item = QTableWidgetItem("")
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # reciprocal: shown, not edited
                    self.table.setItem(i, j, item)
        layout.addWidget(self.table)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.update_result()

    def set_judgement(self, i: int, j: int, value: float) -> None:
        """Set upper-triangle cell (i, j) to a Saaty value (tests, programmatic use)."""
        self.combos[(i, j)].setCurrentIndex(SAATY.index(value))

    def update_result(self) -> None:
        n = len(self.names)
        for (i, j), combo in self.combos.items():
            self.matrix[i, j] = SAATY[combo.currentIndex()]
            self.matrix[j, i] = 1.0 / self.matrix[i, j]
            self.table.item(j, i).setText(saaty_label(self.matrix[j, i]))
        for i in range(n):
            self.table.item(i, i).setText("1")
        try:
            self.result = ahp_weights(self.matrix)
        except AhpError as exc:
            self.result = None
            self.summary.setText(tr_message(exc))
            return
        weights = ", ".join(f"{name} {w:.3f}" for name, w in zip(self.names, self.result.weights))
        cr = self.result.cr
        text = tr("Weights: {0}. λmax {1:.3f}, CR {2:.3f}").format(
            weights, self.result.lambda_max, cr
        )
        if not self.result.consistent:
            text += tr(" — CR > 0.10: the judgements are inconsistent, please revise them.")
        self.summary.setText(text)
        self.summary.setStyleSheet("" if self.result.consistent else "color: #b2182b;")

    def matrix_text(self) -> str:
        return matrix_to_text(self.matrix)
