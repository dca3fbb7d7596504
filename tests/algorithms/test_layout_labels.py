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


def test_a_one_line_label_is_made_smaller_until_its_widest_line_fits():
    from qgis.core import QgsLayoutUtils

    from clearance_planner.reports.labels import fitting_size, label_font

    layout = QgsLayout(QgsProject.instance())
    text = "Площадь опасности (га): 25275.05   Ненанесённая опасность (га): 18257.67"
    label = add_label(layout, text, 10, 15, 100, 5, 8.5, True, one_line=True)  # 135 mm at 8.5
    size = label.font().pointSizeF()
    assert 5.0 < size < 8.5 and size == fitting_size(text, 100, 8.5, True)
    assert QgsLayoutUtils.textWidthMM(label_font(size, True), text) <= 100.0
    # a text that fits keeps its size
    assert add_label(layout, "Total", 10, 15, 60, 5, 8.5, one_line=True).font().pointSizeF() == 8.5


def test_wrapped_breaks_at_spaces_within_the_width_and_keeps_rules_whole():
    from qgis.core import QgsLayoutUtils

    from clearance_planner.reports.labels import label_font, wrapped

    text = "Инциденты вне формуляров (СИНТЕТИЧЕСКИЕ) score ≥ 18.9"
    lines = wrapped(text, 40, 8).split("|")
    assert len(lines) > 1
    assert " ".join(lines).replace("\u00a0", " ") == text  # nothing lost
    assert all(QgsLayoutUtils.textWidthMM(label_font(8), line) <= 40 for line in lines)
    assert any("score\u00a0≥\u00a018.9" in line for line in lines)
    assert wrapped("Districts", 40, 8) == "Districts"


def test_table_columns_widen_for_long_numbers_and_words_and_shrink_to_the_page():
    from clearance_planner.reports.pagination import Column, fitted_columns

    columns = [Column("District", 40, numeric=False), Column("Ненанесённая\nопасность га", 17)]
    rows = [["Gubadli", "562.28"], ["Total", "1625434.75"]]
    widths, size = fitted_columns(columns, rows, [1], 7.0, 277, 1.0)
    assert size == 7.0 and widths[0] == 40  # room enough: the font stays, the text column too
    assert widths[1] > 17  # the bold total (16.6 mm at 7 pt) and the heading word need more
    narrow, smaller = fitted_columns(columns, rows, [1], 7.0, 50, 1.0)
    assert smaller < 7.0 and sum(narrow) <= 50
