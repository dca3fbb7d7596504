"""qgis_io.fields: the right field type on every QGIS, through the API it does not deprecate."""

import warnings

import pytest
from qgis.PyQt.QtCore import QVariant

from clearance_planner.qgis_io.fields import TYPES, make_field

# QgsField.type() answers QVariant.Type on every QGIS 3.x, whichever enum built the field.
EXPECTED = {
    "double": QVariant.Type.Double,
    "int": QVariant.Type.Int,
    "long": QVariant.Type.LongLong,
    "string": QVariant.Type.String,
    "date": QVariant.Type.Date,
    "datetime": QVariant.Type.DateTime,
    "bool": QVariant.Type.Bool,
}


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_make_field_has_the_type_of_its_kind_without_deprecation_warning(kind):
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        field = make_field("f", kind)
    assert field.name() == "f"
    assert field.type() == EXPECTED[kind]


def test_every_kind_has_a_type():
    assert sorted(TYPES) == sorted(EXPECTED)
