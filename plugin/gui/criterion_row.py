"""One criterion line of the dock: layer, weight (slider and number), decay and distance."""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QSlider

from ..engine.prioritise import CRITERIA, Criterion
from ..engine.scenario import CriterionSetting
from ..engine.scoring import DECAYS
from ..i18n import tr


class CriterionRow:
    """Layer, weight (slider + number), decay and distance of one criterion."""

    def __init__(self, name: str, label: str, weight: float, decay: str, distance: float):
        self.name = name
        self.label = QLabel(tr(label))
        self.layer = QgsMapLayerComboBox()
        self.layer.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.layer.setAllowEmptyLayer(True)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setMinimumWidth(110)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 1.0)
        self.spin.setDecimals(3)
        self.spin.setSingleStep(0.01)
        self.decay = QComboBox()
        for code in DECAYS:
            self.decay.addItem(tr(code), code)
        self.distance = QDoubleSpinBox()
        self.distance.setRange(0.0, 1e7)
        self.distance.setDecimals(0)
        self.distance.setSuffix(" m")
        self.distance.setSingleStep(100)
        self.weight = weight
        self.set_weight(weight)
        self.show_decay(decay)
        self.distance.setValue(distance)
        self._tooltips()

    def _tooltips(self) -> None:
        self.slider.setToolTip(tr("Weight (normalised over the criteria used)"))
        self.decay.setToolTip(tr("Decay: how the score falls with distance"))
        self.distance.setToolTip(
            tr(
                "linear: score 0 at this distance; exponential/gaussian: score 0.5; "
                "step: score 1 up to it"
            )
        )

    def set_weight(self, weight: float) -> None:
        """Show ``weight`` (kept exactly) in the slider and the number box."""
        self.weight = float(weight)
        for widget, value in ((self.slider, round(weight * 100)), (self.spin, weight)):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)

    def decay_code(self) -> str:
        """The chosen decay's code ('linear'…), whatever language the list is shown in."""
        return str(self.decay.currentData())

    def show_decay(self, code: str) -> None:
        """Select the decay ``code`` (one of ``DECAYS``, as scenarios are checked on load)."""
        self.decay.setCurrentIndex(DECAYS.index(code))

    def criterion(self) -> Criterion:
        return Criterion(self.name, self.weight, self.decay_code(), self.distance.value())

    def setting(self) -> CriterionSetting:
        """Weight, decay and distance as a scenario holds them."""
        return CriterionSetting(self.weight, self.decay_code(), self.distance.value())

    def apply(self, setting: CriterionSetting) -> None:
        """Show a scenario's weight, decay and distance."""
        self.set_weight(setting.weight)
        self.show_decay(setting.decay)
        self.distance.setValue(setting.distance_m)


def criterion_rows() -> dict[str, CriterionRow]:
    """One row per criterion of ``clearance:prioritise``, with its defaults."""
    return {name: CriterionRow(name, label, *defaults) for name, label, *defaults in CRITERIA}
