"""The id column read in bulk from a whole GeoPackage table (bulk_read.read_column) gives
what QGIS gives feature by feature: values, guessed field, warnings, labels."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import QgsVectorLayer

from clearance_planner.qgis_io.bulk_read import OgrTable, read_column
from clearance_planner.qgis_io.ids import feature_ids
from tests.qgis_support import WarningFeedback

ROWS = [  # (parcel_id, code, count, share); None = NULL
    (7, " H-1 ", 3, 0.5),
    (8, "H-2", None, 1.5),
    (9, None, 5, None),
    (10, "h-1", 6, 2.0),  # the same id as " H-1 " (spaces and case)
    (11, "Ğ ü", 7, 3.0),
    (12, "  ", 8, 4.0),  # blank
]


def gpkg(tmp_path, rows=ROWS, fids=None) -> str:
    """A GeoPackage of points with an integer, a text, a nullable integer and a real field;
    fids with gaps (``fids``) when given."""
    path = str(tmp_path / "ids.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32638)
    layer = ds.CreateLayer("parcels", srs, ogr.wkbPoint)
    for name, kind in (
        ("parcel_id", ogr.OFTInteger64),
        ("code", ogr.OFTString),
        ("count", ogr.OFTInteger),
        ("share", ogr.OFTReal),
    ):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for k, row in enumerate(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        if fids is not None:
            feature.SetFID(fids[k])
        for i, value in enumerate(row):
            if value is not None:
                feature.SetField(i, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({k} {k})"))
        layer.CreateFeature(feature)
    ds = None
    return path


def qgis_values(layer: QgsVectorLayer, name: str) -> list:
    return [f[name] for f in layer.getFeatures()]


@pytest.mark.parametrize("gaps", [False, True])
def test_a_column_read_in_bulk_equals_qgis_feature_by_feature(tmp_path, gaps):
    fids = [3, 4, 10, 11, 20, 21] if gaps else None
    path = gpkg(tmp_path, fids=fids)
    layer = QgsVectorLayer(f"{path}|layername=parcels", "parcels", "ogr")
    order = np.array([f.id() for f in layer.getFeatures()], dtype=np.int64)
    table = OgrTable(path, "parcels")
    ints = read_column(table, "parcel_id", order)
    assert isinstance(ints, np.ndarray) and ints.tolist() == [7, 8, 9, 10, 11, 12]
    for name in ("code", "count"):  # with NULL: a list, NULL where QGIS has NULL
        bulk = read_column(table, name, order)
        expected = qgis_values(layer, name)
        assert [_plain(v) for v in bulk] == [_plain(v) for v in expected]
        assert NULL_TEXT in [_plain(v) for v in bulk]
    assert read_column(table, "code", order)[4] == "Ğ ü"
    assert read_column(table, "code", order)[0] == " H-1 "  # spaces kept as stored
    assert read_column(table, "fid", order).tolist() == order.tolist()
    assert read_column(table, "share", order) is None  # reals: through QGIS
    assert read_column(table, "nope", order) is None
    assert read_column(table, "parcel_id", order[::-1]) is None  # other row order


NULL_TEXT = "<NULL>"


def _plain(value):
    """NULL (QVariant) as one marker, everything else as it is."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return NULL_TEXT
    return value


@pytest.mark.parametrize("field", ["", "parcel_id", "code", "count"])
def test_feature_ids_with_the_table_equal_feature_ids_through_qgis(tmp_path, field):
    path = gpkg(tmp_path)
    layer = QgsVectorLayer(f"{path}|layername=parcels", "parcels", "ogr")
    order = np.array([f.id() for f in layer.getFeatures()], dtype=np.int64)
    quick, slow = WarningFeedback(), WarningFeedback()
    bulk = feature_ids(layer, "parcels", field, quick, order, OgrTable(path, "parcels"))
    plain = feature_ids(layer, "parcels", field, slow, order.tolist())
    assert bulk.field == plain.field == (field or "parcel_id")
    assert bulk.labels == plain.labels
    assert dict(bulk.label_of()) == dict(plain.label_of())
    assert quick.warnings == slow.warnings
    if field == "code":  # repeats and blanks named by value, every feature kept
        assert bulk.labels == [" H-1 ".strip(), "H-2", "fid 3", "h-1 #2", "Ğ ü", "fid 6"]
        assert len(quick.warnings) == 2 and "H-1" in quick.warnings[0]


def test_an_integer_column_with_repeats_is_not_guessed_as_id(tmp_path):
    rows = [(1, "a", 1, 0.0), (1, "b", 2, 0.0), (2, "c", 3, 0.0)]
    path = gpkg(tmp_path, rows)
    layer = QgsVectorLayer(f"{path}|layername=parcels", "parcels", "ogr")
    order = np.array([f.id() for f in layer.getFeatures()], dtype=np.int64)
    ids = feature_ids(layer, "parcels", "", None, order, OgrTable(path, "parcels"))
    assert ids.field == "fid"  # parcel_id repeats 1: skipped, the next candidate taken
    explicit = feature_ids(layer, "parcels", "parcel_id", None, order, OgrTable(path, "parcels"))
    assert explicit.labels == ["1", "1 #2", "2"]
