"""reports.labels.add_label: the one print-layout label (coverage PDF and task atlas)."""

from qgis.core import QgsLayout, QgsProject, QgsUnitTypes

from clearance_planner.reports.labels import add_label


def test_label_is_in_the_layout_at_its_place_and_size_in_millimetres():
    layout = QgsLayout(QgsProject.instance())
    label = add_label(layout, "Title [% 1 + 1 %]", 10, 5, 277, 9, 14, True)
    assert label in layout.items()
    position, size = label.positionWithUnits(), label.sizeWithUnits()
    assert position.units() == QgsUnitTypes.LayoutUnit.LayoutMillimeters
    assert (position.x(), position.y(), size.width(), size.height()) == (10, 5, 277, 9)
    assert label.font().family() == "DejaVu Sans"
    assert (label.font().pointSizeF(), label.font().bold()) == (14.0, True)
    assert label.currentText() == "Title 2"
