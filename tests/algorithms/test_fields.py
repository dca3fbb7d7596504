"""qgis_io.fields: the right field type on every QGIS, through the API it does not deprecate."""

import warnings

import pytest
from qgis.PyQt.QtCore import QMetaType

from clearance_planner.qgis_io.fields import TYPES, make_field

# QgsField.type() answers QVariant.Type on QGIS 3.x (QMetaType.Type on QGIS 4), whichever enum
# built the field; both enums share the numbers of these types (Double 6, QString 10…).
EXPECTED = {
    "double": QMetaType.Type.Double,
    "int": QMetaType.Type.Int,
    "long": QMetaType.Type.LongLong,
    "string": QMetaType.Type.QString,
    "date": QMetaType.Type.QDate,
    "datetime": QMetaType.Type.QDateTime,
    "bool": QMetaType.Type.Bool,
}


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_make_field_has_the_type_of_its_kind_without_deprecation_warning(kind):
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        field = make_field("f", kind)
    assert field.name() == "f"
    assert int(field.type()) == int(EXPECTED[kind])


def test_every_kind_has_a_type():
    assert sorted(TYPES) == sorted(EXPECTED)
