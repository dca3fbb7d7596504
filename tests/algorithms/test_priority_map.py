"""clearance:priority_map: the ranking map of a clearance:prioritise output as PDF and PNG.

30 parcels (10 m squares every 100 m east of one settlement), two of them gated; the
legend's breaks and counts are recomputed here from the output's own fields (terciles of
the scores of the parcels that pass the gate, numpy), the weights from the parameters."""

from __future__ import annotations

import subprocess
import unicodedata

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor, QImage

from clearance_planner.reports.template import (
    ReportTemplate,
    clear_report_template,
    save_report_template,
)
from tests.i18n.test_languages import translator  # noqa: F401 (fixture)
from tests.qgis_support import memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")
X0, Y0, CRS, N = 400_000, 4_400_000, "EPSG:32638", 30
HIGH_COLOUR = QColor(91, 15, 112)  # resources/styles/priority.qml, class High


def square(x, y, side=10):
    return (
        f"POLYGON(({X0 + x} {Y0 + y},{X0 + x + side} {Y0 + y},{X0 + x + side} {Y0 + y + side},"
        f"{X0 + x} {Y0 + y + side},{X0 + x} {Y0 + y}))"
    )


@pytest.fixture(autouse=True)
def template():
    clear_report_template()
    yield
    clear_report_template()


def prioritised(tmp_path, source="synthetic demo data", n=N):
    parcels = memory_layer(
        "Polygon",
        [square(100 * k, 0) for k in range(n)],
        CRS,
        [("hazard_id", QVariant.String), ("blocked", QVariant.Int), ("source", QVariant.String)],
        [[f"HZ-{k:03d} ", int(k in (3, 4)), source] for k in range(n)],
    )
    settlement = memory_layer("Point", [f"POINT({X0 - 50} {Y0 + 5})"], CRS)
    result = processing.run(
        "clearance:prioritise",
        {
            "PARCELS": parcels,
            "SETTLEMENTS": settlement,
            "SETTLEMENTS_WEIGHT": 1.0,
            "SETTLEMENTS_DISTANCE": 4000,
            "GATE_EXPRESSION": '"blocked" = 0',
            "OUTPUT": str(tmp_path / "priorities.gpkg"),
        },
    )
    return QgsVectorLayer(result["OUTPUT"], "Hazard priority", "ogr")


def ranking_map(layer, tmp_path, **extra):
    params = {
        "INPUT": layer,
        "OUTPUT_PDF": str(tmp_path / "map.pdf"),
        "OUTPUT_PNG": str(tmp_path / "map.png"),
        **extra,
    }
    return processing.run("clearance:priority_map", params)


def pdf_text(pdf, first=1, last=99) -> str:
    text = subprocess.run(
        ["pdftotext", "-f", str(first), "-l", str(last), "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())  # legend lines joined


def page_image(pdf, tmp_path) -> QImage:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    return QImage(str(next(tmp_path.glob("p*.png"))))


def share_not_white(image: QImage, step: int = 3) -> float:
    total = inked = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            inked += QColor(image.pixel(x, y)).lightness() < 245
    return inked / total


def has_colour(image: QImage, colour: QColor, tolerance: int = 12) -> bool:
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if (
                abs(c.red() - colour.red()) <= tolerance
                and abs(c.green() - colour.green()) <= tolerance
                and abs(c.blue() - colour.blue()) <= tolerance
            ):
                return True
    return False


def expected_breaks(layer) -> tuple[float, float, dict]:
    scores, counts = [], {}
    for f in layer.getFeatures():
        counts[f["priority_class"]] = counts.get(f["priority_class"], 0) + 1
        if f["priority_class"] != "Gated":
            scores.append(f["priority_score"])
    medium, high = np.quantile(scores, [1 / 3, 2 / 3])
    return float(high), float(medium), counts


def test_pdf_has_the_class_legend_weights_and_synthetic_banner(tmp_path):
    layer = prioritised(tmp_path)
    result = ranking_map(layer, tmp_path, TITLE="Priorities of the test parcels")
    high, medium, counts = expected_breaks(layer)
    assert counts["Gated"] == 2 and sum(counts.values()) == N
    text = pdf_text(result["OUTPUT_PDF"], 1, 1)
    assert "SYNTHETIC DEMO DATA" in text
    assert "Priorities of the test parcels (SYNTHETIC)" in text
    assert f"High: top third of scored parcels, score ≥ {high:.1f} ({counts['High']})" in text
    assert f"Medium: middle third of scored parcels, {medium:.1f} ≤ score < {high:.1f}" in text
    assert f"Low: bottom third of scored parcels, score < {medium:.1f} ({counts['Low']})" in text
    assert f'fails the hard condition "blocked" = 0, ranked last ({counts["Gated"]})' in text
    assert "settlements 100 % (linear, 1 at 0 m to 0 at 4000 m)" in text
    assert "Overview" in text and "km" in text  # inset and scale bar
    assert "Data: Parcels: Prioritised parcels; synthetic demo data" in text
    for name in ("High", "Medium", "Low", "Gated"):
        assert result[f"{name.upper()}_COUNT"] == result[f"CLASS_{name.upper()}"] == counts[name]
    assert result["UNKNOWN_COUNT"] == result["CLASS_UNKNOWN"] == 0
    assert (result["FEATURES"], result["NULL_GEOMETRIES"]) == (N, 0)


def test_pdf_page_and_png_are_drawn_not_blank(tmp_path):
    result = ranking_map(prioritised(tmp_path), tmp_path)
    page = page_image(result["OUTPUT_PDF"], tmp_path)
    assert (page.width(), page.height()) == (468, 331)  # A4 landscape at 40 dpi
    assert share_not_white(page) > 0.05
    png = QImage(result["OUTPUT_PNG"])
    assert (png.width(), png.height()) == (1753, 1240)  # A4 at 150 dpi, truncated
    assert share_not_white(png, step=9) > 0.05
    assert has_colour(png.scaled(600, 424), HIGH_COLOUR)  # the High parcels are drawn


def test_top_parcels_continue_over_pages_and_follow_the_ranks(tmp_path):
    layer = prioritised(tmp_path, n=80)
    result = ranking_map(layer, tmp_path, TOP_PARCELS=70)
    assert result["PAGES"] >= 3  # map + 70 rows over two table pages
    text = pdf_text(result["OUTPUT_PDF"], 2)
    assert "Most urgent parcels (70) (continued)" in text
    ranked = sorted((f["priority_rank"], f["hazard_id"].strip()) for f in layer.getFeatures())[:70]
    positions = [text.index(f" {rank} {hazard} ") for rank, hazard in ranked]
    assert positions == sorted(positions)
    assert f" 71 {ranked[-1][1]}" not in text


def test_without_top_parcels_the_pdf_is_the_map_page(tmp_path):
    result = ranking_map(prioritised(tmp_path), tmp_path, TOP_PARCELS=0)
    assert result["PAGES"] == 1


def test_source_banner_when_the_data_are_not_synthetic(tmp_path):
    layer = prioritised(tmp_path, source="IMSMA export 2024-05")
    text = pdf_text(ranking_map(layer, tmp_path)["OUTPUT_PDF"], 1, 1)
    assert "SYNTHETIC" not in text
    assert "Source: Prioritised parcels; IMSMA export 2024-05" in text


def test_districts_are_labelled_and_named_in_the_sources(tmp_path):
    districts = memory_layer(
        "Polygon",
        [square(-200, -500, 1600), square(1400, -500, 1800)],
        CRS,
        [("name", QVariant.String)],
        [["Westdistrict"], ["Eastdistrict"]],
    )
    districts.setName("Test districts")
    result = ranking_map(prioritised(tmp_path), tmp_path, DISTRICTS=districts)
    text = pdf_text(result["OUTPUT_PDF"], 1, 1)
    assert "Westdistrict" in text and "Eastdistrict" in text
    assert "Districts: layer 'Test districts'" in text


def test_a_layer_without_run_record_gets_breaks_from_its_scores(tmp_path):
    layer = memory_layer(
        "Polygon",
        [square(100 * k, 0) for k in range(4)],
        CRS,
        [("priority_class", QVariant.String), ("priority_score", QVariant.Double)],
        [["High", 80.0], ["high ", 70.5], ["Medium", 40.0], ["Low", 10.0]],
    )
    text = pdf_text(ranking_map(layer, tmp_path)["OUTPUT_PDF"], 1, 1)
    assert "High: score ≥ 70.5 (2)" in text
    assert "Medium: 40.0 ≤ score < 70.5 (1)" in text
    assert "Source: layer 'test'" in text


def test_template_organisation_and_language_are_on_the_map(tmp_path):
    save_report_template(ReportTemplate("Demining NGO", "", "fr", ("weights",)))
    result = ranking_map(prioritised(tmp_path), tmp_path)
    text = pdf_text(result["OUTPUT_PDF"])
    assert "Demining NGO" in text and "Page 1 sur 1" in text
    assert "Overview" not in text  # section left out


def test_input_without_priority_fields_is_refused_with_the_field_named(tmp_path):
    layer = memory_layer("Polygon", [square(0, 0)], CRS)
    with pytest.raises(QgsProcessingException, match=r"no field 'priority_class'.*prioritise"):
        ranking_map(layer, tmp_path)


def test_no_output_is_refused(tmp_path):
    with pytest.raises(QgsProcessingException, match="OUTPUT_PDF, OUTPUT_PNG or OUTPUT_QPT"):
        processing.run(
            "clearance:priority_map", {"INPUT": prioritised(tmp_path), "OUTPUT_PDF": None}
        )


def test_missing_district_field_is_named(tmp_path):
    districts = memory_layer("Polygon", [square(0, 0, 500)], CRS)
    with pytest.raises(QgsProcessingException, match=r"no field 'name_en' \(DISTRICT_FIELD\)"):
        ranking_map(prioritised(tmp_path), tmp_path, DISTRICTS=districts, DISTRICT_FIELD="name_en")


def test_template_logo_is_drawn_on_every_page(tmp_path):
    logo = tmp_path / "logo.png"
    image = QImage(64, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b7837"))
    assert image.save(str(logo))
    save_report_template(ReportTemplate(logo=str(logo)))
    result = ranking_map(prioritised(tmp_path), tmp_path)
    listed = subprocess.run(
        ["pdfimages", "-list", result["OUTPUT_PDF"]], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    pages_with_logo = {int(row.split()[0]) for row in listed if row.split()[3:5] == ["64", "32"]}
    assert pages_with_logo == set(range(1, result["PAGES"] + 1))


def test_run_record_is_read_from_metadata_else_from_the_runs_table(tmp_path):
    from qgis.core import QgsLayerMetadata

    from clearance_planner.qgis_io.provenance import latest_run

    layer = prioritised(tmp_path)
    from_metadata = latest_run(layer)
    assert from_metadata["algorithm"] == "clearance:prioritise"
    assert from_metadata["parameters"]["class_method"] == "terciles"
    layer.setMetadata(QgsLayerMetadata())  # no history: the clearance_runs row is used
    from_table = latest_run(layer)
    assert from_table["parameters"]["class_breaks"] == from_metadata["parameters"]["class_breaks"]
    assert from_table["run_time"] == from_metadata["run_time"]
    assert latest_run(memory_layer("Polygon", [square(0, 0)], CRS)) is None


def layout_items(layout, kind) -> list:
    return [item for item in layout.items() if isinstance(item, kind)]


def test_layout_is_added_to_the_project_once_and_replaced_by_a_rerun(tmp_path):
    from qgis.core import QgsLayoutItemLegend, QgsLayoutItemMap, QgsProject

    layer = prioritised(tmp_path)
    project = QgsProject.instance()
    first = ranking_map(layer, tmp_path)
    assert first["LAYOUT"] == "Ranking map: Hazard priority"
    layout = project.layoutManager().layoutByName(first["LAYOUT"])
    assert layout is not None and layout.pageCollection().pageCount() == first["PAGES"]
    assert len(layout_items(layout, QgsLayoutItemLegend)) == 1
    maps = layout_items(layout, QgsLayoutItemMap)
    drawn = {lyr.id() for m in maps for lyr in m.layers()}
    assert drawn and all(project.mapLayer(i) is not None for i in drawn)  # layers of the project
    assert not any(project.layerTreeRoot().findLayer(i) for i in drawn)  # not in the layer tree
    second = ranking_map(layer, tmp_path)
    names = [lay.name() for lay in project.layoutManager().printLayouts()]
    assert names.count(second["LAYOUT"]) == 1  # replaced, with the layers it drew
    owned = [
        i
        for i, lyr in project.mapLayers().items()
        if lyr.customProperty("clearance_planner/ranking_map") == second["LAYOUT"]
    ]
    assert len(owned) == len(drawn) and not set(owned) & drawn  # the first run's are gone
    project.layoutManager().removeLayout(project.layoutManager().layoutByName(second["LAYOUT"]))


def test_qpt_template_loads_back_with_legend_banner_and_title(tmp_path):
    from qgis.core import (
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
    )
    from qgis.PyQt.QtXml import QDomDocument

    result = ranking_map(
        prioritised(tmp_path), tmp_path, OUTPUT_QPT=str(tmp_path / "ranking.qpt"), TOP_PARCELS=0
    )
    assert result["OUTPUT_QPT"] == str(tmp_path / "ranking.qpt")
    document = QDomDocument()
    assert document.setContent((tmp_path / "ranking.qpt").read_text(encoding="utf-8"))
    layout = QgsPrintLayout(QgsProject.instance())
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    assert ok
    texts = [label.text() for label in layout_items(layout, QgsLayoutItemLabel)]
    assert any(t.startswith("SYNTHETIC DEMO DATA") for t in texts)
    assert any("Clearance priority — Hazard priority (SYNTHETIC)" in t for t in texts)
    legend = layout_items(layout, QgsLayoutItemLegend)
    assert len(legend) == 1 and legend[0].title() == "Legend"
    assert len(layout_items(layout, QgsLayoutItemMap)) == 2  # the map and its overview inset
    QgsProject.instance().layoutManager().removeLayout(
        QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"])
    )


def test_the_qpt_alone_is_an_output(tmp_path):
    result = processing.run(
        "clearance:priority_map",
        {"INPUT": prioritised(tmp_path), "OUTPUT_QPT": str(tmp_path / "only.qpt")},
    )
    assert (tmp_path / "only.qpt").stat().st_size > 1000
    assert result["PAGES"] == 0 and "OUTPUT_PDF" not in result


@pytest.mark.parametrize("translator", ["ru"], indirect=True)
def test_top_parcels_table_shows_the_plugins_codes_in_the_language(translator):  # noqa: F811
    from clearance_planner.reports.priority_layout import top_parcels_table

    values = {
        "id_field": "hazard_id",
        "priority_rank": [2, 1, 0],
        "id": ["HZ-2 ", "HZ-1", "HZ-0"],
        "priority_class": ["High", "Medium", "Gated"],
        "priority_score": [90.0, 50.0, None],
        "main_driver": ["settlements", "wells (edited)", None],
        "district": [None, None, None],
    }
    _, rows = top_parcels_table(values, 10)
    # rank order; rank 0 (gated) is not a top parcel; a value edited by hand stays as it is
    assert rows == [
        ["1", "HZ-1", "Средний", "50.0", "wells (edited)"],
        ["2", "HZ-2", "Высокий", "90.0", "населённые пункты"],
    ]
