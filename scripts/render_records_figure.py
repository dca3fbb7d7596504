"""Render docs/records_sample.png: the SYNTHETIC sample records digitised by clearance:records.

Runs the algorithm on resources/demo/sample_records.csv and draws three records with their
turning points (labelled by seq) and closure figures. Run after ``make stage`` with
/usr/bin/python3 from the repository root.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_app import ROOT, start_qgis

RECORDS = ("MR-SYN-003", "MR-SYN-005", "MR-SYN-010")


def run():
    from qgis import processing

    return processing.run(
        "clearance:records",
        {
            "TABLE": str(ROOT / "resources/demo/sample_records.csv"),
            "REF_CRS": "EPSG:4326",
            "LANDMARKS": str(ROOT / "resources/demo/sample_landmarks.geojson"),
            "BEARING_UNIT": 0,
            "BEARING_REF": 2,
            "DECLINATION": 6.5,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "TURNING_POINTS": "TEMPORARY_OUTPUT",
            "ERRORS": "TEMPORARY_OUTPUT",
        },
    )


def panel(records, points, record_id: str, size: int):
    """One square image of a record with its turning points and a caption."""
    from qgis.core import (
        QgsMapRendererCustomPainterJob,
        QgsMapSettings,
        QgsPalLayerSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

    for layer in (records, points):
        layer.setSubsetString(f"\"record_id\" = '{record_id}'")
    feature = next(records.getFeatures())
    settings = QgsPalLayerSettings()
    settings.fieldName = "seq"
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(9)
    settings.setFormat(fmt)
    points.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    points.setLabelsEnabled(True)
    extent = feature.geometry().boundingBox()
    extent.grow(max(extent.width(), extent.height()) * 0.25)
    ms = QgsMapSettings()
    ms.setLayers([points, records])
    ms.setDestinationCrs(records.crs())
    ms.setOutputSize(QSize(size, size))
    ms.setExtent(extent)
    ms.setBackgroundColor(QColor("white"))
    image = QImage(QSize(size, size + 60), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(ms, painter)
    job.renderSynchronously()
    painter.setFont(QFont("DejaVu Sans", 9))
    area = feature["area_ha"]
    lines = [
        f"{record_id} (SYNTHETIC): {feature['status']}",
        f"closure {feature['closure_error_m']:.2f} m, perimeter {feature['perimeter_m']:.0f} m, "
        f"{area:.2f} ha",
    ]
    for i, text in enumerate(lines):
        painter.drawText(8, size + 20 + 18 * i, text)
    painter.end()
    return image


def main() -> None:
    app = start_qgis()  # noqa: F841 -- keeps QGIS alive
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    out = run()
    style = ROOT / "resources/styles/record_status.qml"
    records, points = out["OUTPUT"], out["TURNING_POINTS"]
    assert isinstance(records, QgsVectorLayer)
    records.loadNamedStyle(str(style))
    size = 380
    panels = [panel(records, points, rid, size) for rid in RECORDS]
    sheet = QImage(size * len(panels), size + 60, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    for i, img in enumerate(panels):
        painter.drawImage(i * size, 0, img)
    painter.end()
    target = ROOT / "docs/records_sample.png"
    sheet.save(str(target))
    print(target)


if __name__ == "__main__":
    main()
