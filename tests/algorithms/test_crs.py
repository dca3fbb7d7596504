"""qgis_io.crs: the UTM zone of a point (one rule, engine.utm.UtmZone) and points in it."""

import pytest
from qgis.core import QgsCoordinateTransformContext, QgsPointXY

from clearance_planner.qgis_io.crs import from_utm, utm_crs_for, utm_of


@pytest.mark.parametrize(
    ("lon", "lat", "authid"),
    [(45.0, 39.7, "EPSG:32638"), (-0.5, -10.0, "EPSG:32730"), (180.0, 0.0, "EPSG:32660")],
)
def test_utm_crs_for_names_the_zone_of_the_point(lon, lat, authid):
    assert utm_crs_for(lon, lat).authid() == authid


def test_point_on_a_central_meridian_has_false_easting_and_comes_back():
    context = QgsCoordinateTransformContext()
    epsg, xy = utm_of(QgsPointXY(45.0, 0.0), context)
    assert epsg == 32638
    assert (xy.x(), xy.y()) == pytest.approx((500000.0, 0.0), abs=1e-6)
    lonlat = from_utm(32638, 600000.0, 4_400_000.0, context)
    assert 46.0 < lonlat.x() < 46.3 and 39.7 < lonlat.y() < 39.8
    assert utm_of(lonlat, context)[0] == 32638
    again = utm_of(lonlat, context)[1]
    assert (again.x(), again.y()) == pytest.approx((600000.0, 4_400_000.0), abs=1e-6)
