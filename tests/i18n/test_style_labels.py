"""The legends of the shipped styles in the plugin's language: every label of
resources/styles/*.qml is marked for translation, and a styled layer shows it translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from tests.i18n.test_languages import translator  # noqa: F401 (fixture)

STYLES = Path(__file__).resolve().parents[2] / "resources" / "styles"


def shipped_labels() -> set[str]:
    labels = set()
    for qml in STYLES.glob("*.qml"):
        for element in ET.parse(qml).iter():
            label = element.get("label")
            if element.tag in {"category", "range", "rule", "item"} and label:
                labels.add(label)
    return {label for label in labels if not label.replace(".", "").isdigit()}


def test_every_label_of_the_shipped_styles_is_marked_for_translation():
    from clearance_planner.qgis_io.style_labels import LABELS

    labels = shipped_labels()
    assert len(labels) >= 35  # the styles' categories, ranges and rules were read
    assert labels - set(LABELS) == set()


@pytest.mark.parametrize("translator", ["ru"], indirect=True)
def test_a_layer_styled_by_the_plugin_shows_its_legend_in_the_language(translator):  # noqa: F811
    from clearance_planner.qgis_io.styling import load_shipped_style

    layer = QgsVectorLayer("Polygon?field=priority_class:string", "p", "memory")
    message, ok = load_shipped_style(layer, "priority")
    assert ok, message
    labels = [c.label() for c in layer.renderer().categories()]
    assert "Высокий приоритет" in labels and "High priority" not in labels
    assert [c.value() for c in layer.renderer().categories()][:1] == ["High"]  # codes unchanged


def test_a_label_of_the_user_is_left_as_it_is():
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSymbol

    from clearance_planner.qgis_io.style_labels import translate_legend

    layer = QgsVectorLayer("Point?field=kind:string", "p", "memory")
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    category = QgsRendererCategory("well", symbol, "Wells (our survey)")
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", [category]))
    translate_legend(layer)
    assert layer.renderer().categories()[0].label() == "Wells (our survey)"


@pytest.mark.parametrize("translator", ["ru"], indirect=True)
def test_the_surface_colour_ramp_labels_come_out_in_the_language(translator, tmp_path):  # noqa: F811
    import numpy as np
    import rasterio
    from qgis.core import QgsRasterLayer

    from clearance_planner.qgis_io.styling import load_shipped_style

    path = tmp_path / "scores.tif"
    profile = {"driver": "GTiff", "width": 2, "height": 2, "count": 1, "dtype": "float32"}
    profile["transform"] = rasterio.transform.from_origin(600000, 4400000, 10, 10)
    with rasterio.open(path, "w", **profile) as out:
        out.write(np.array([[0, 50], [80, 100]], dtype="float32"), 1)
    layer = QgsRasterLayer(str(path), "scores")
    message, ok = load_shipped_style(layer, "surface")
    assert ok, message
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    labels = [item.label for item in items]
    assert "100 (наиболее срочно)" in labels and "0" in labels
