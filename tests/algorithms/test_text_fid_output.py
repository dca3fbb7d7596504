"""A field named fid that holds text (a PostGIS table keyed by a text fid, an export) cannot
go into a GeoPackage, which keeps fid for its own integer ids: the output gets the field
renamed, with every value, and the run's log says so, instead of the run failing."""

from __future__ import annotations

import pytest
from qgis import processing
from qgis.core import QgsField, QgsFields, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from clearance_planner.qgis_io.sinks import renamed_text_fid
from tests.qgis_support import WarningFeedback, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")

X, Y = 600_000, 4_400_000


def _fields(*specs) -> QgsFields:
    fields = QgsFields()
    for name, kind in specs:
        fields.append(QgsField(name, kind))
    return fields


def test_a_text_fid_is_renamed_to_the_first_free_name():
    fields = _fields(("FID", QVariant.String), ("fid_source", QVariant.Int), ("x", QVariant.Int))
    renamed, name = renamed_text_fid(fields)
    assert name == "fid_source_2"
    assert renamed.names() == ["fid_source_2", "fid_source", "x"]
    assert fields.names()[0] == "FID"  # the input's fields untouched


@pytest.mark.parametrize("kind", [QVariant.Int, QVariant.LongLong])
def test_an_integer_fid_or_none_is_left_alone(kind):
    assert renamed_text_fid(_fields(("fid", kind), ("x", QVariant.String))) is None
    assert renamed_text_fid(_fields(("x", QVariant.String))) is None


def test_prioritise_of_parcels_with_a_text_fid_writes_a_geopackage_keeping_every_id(tmp_path):
    ids = ["HZ-001 ", "HZ, 002", "ŞƏ-3"]
    parcels = memory_layer(
        "Polygon",
        [
            f"POLYGON(({X + 100 * i} {Y},{X + 100 * i} {Y + 50},{X + 100 * i + 50} {Y + 50},"
            f"{X + 100 * i + 50} {Y},{X + 100 * i} {Y}))"
            for i in range(3)
        ],
        fields=[("fid", QVariant.String)],
        rows=[[i] for i in ids],
    )
    settlements = memory_layer("Point", [f"POINT({X - 10} {Y + 25})"])
    log = WarningFeedback()
    out = processing.run(
        "clearance:prioritise",
        {"PARCELS": parcels, "SETTLEMENTS": settlements, "OUTPUT": str(tmp_path / "p.gpkg")},
        feedback=log,
    )["OUTPUT"]
    layer = QgsVectorLayer(out, "p", "ogr")
    assert layer.isValid() and layer.featureCount() == 3
    assert sorted(f["fid_source"] for f in layer.getFeatures()) == sorted(ids)
    assert [w for w in log.warnings if "fid_source" in w], log.warnings
    assert sorted(tmp_path.iterdir()) == [tmp_path / "p.gpkg"]  # no partial file left
