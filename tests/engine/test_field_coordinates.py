"""Field-pack coordinates: WGS 84 ⇄ UTM, UTM ⇄ MGRS to the metre, DMS text; checked against
PROJ (pyproj, Debian's python3-pyproj) and points published by the NGA/USGS."""

import os

import numpy as np
import pytest

# a venv hides Debian's PROJ data from pyproj (it looks under sys.prefix)
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
import pyproj

from clearance_planner.engine.bearings import parse_dms
from clearance_planner.engine.mgrs import (
    MgrsError,
    UtmPoint,
    latitude_band,
    mgrs_to_utm,
    utm_to_mgrs,
)
from clearance_planner.engine.turning_points import dms, turning_points
from clearance_planner.engine.utm import UtmZone
from clearance_planner.engine.utm_projection import from_utm, to_utm

# lon, lat spread over zones 38N (demo), 33S, and the edges of a zone
POINTS = [
    (38, True, [44.5, 45.0, 42.05, 47.95, 49.5], [40.1, 0.5, 83.5, 20.0, 39.0]),
    (33, False, [14.2, 12.01, 17.9], [-33.1, -79.5, -0.01]),
]


@pytest.mark.parametrize(("zone", "north", "lon", "lat"), POINTS)
def test_to_utm_equals_proj_within_a_micrometre(zone, north, lon, lat):
    proj = pyproj.Transformer.from_crs(4326, (32600 if north else 32700) + zone, always_xy=True)
    east, north_m = to_utm(lon, lat, zone, north)
    expected = np.array(proj.transform(lon, lat))
    assert np.abs(np.array([east, north_m]) - expected).max() < 1e-6


@pytest.mark.parametrize(("zone", "north", "lon", "lat"), POINTS)
def test_from_utm_inverts_proj_within_a_nanodegree(zone, north, lon, lat):
    proj = pyproj.Transformer.from_crs(4326, (32600 if north else 32700) + zone, always_xy=True)
    east, north_m = proj.transform(lon, lat)
    back_lon, back_lat = from_utm(east, north_m, zone, north)
    assert np.abs(back_lon - np.array(lon)).max() < 1e-9
    assert np.abs(back_lat - np.array(lat)).max() < 1e-9


@pytest.mark.parametrize(
    ("point", "text"),
    [
        # Washington Monument, NGA's MGRS example: 18S UJ 23487 06483
        (UtmPoint(18, True, 323487.0, 4306483.0), "18S UJ 23487 06483"),
        # the same point, fractions of a metre truncated, not rounded
        (UtmPoint(18, True, 323487.99, 4306483.99), "18S UJ 23487 06483"),
        # Cape Town area, southern hemisphere, odd zone: row letters not shifted
        (UtmPoint(34, False, 261878.0, 6243186.0), "34H BH 61878 43186"),
    ],
)
def test_utm_to_mgrs_known_points(point, text):
    assert utm_to_mgrs(point) == text


def test_utm_to_mgrs_lower_precision_truncates_to_the_cell():
    assert utm_to_mgrs(UtmPoint(18, True, 323487.0, 4306483.0), 2) == "18S UJ 23 06"
    assert utm_to_mgrs(UtmPoint(18, True, 323487.0, 4306483.0), 0) == "18S UJ"


def test_mgrs_and_utm_round_trip_exactly_to_the_metre_over_a_zone():
    rng = np.random.default_rng(7)
    for zone, north in ((38, True), (37, True), (33, False), (1, False), (60, True)):
        lat = rng.uniform(0.5, 83.5, 200) if north else rng.uniform(-79.5, -0.5, 200)
        lon = zone * 6.0 - 183.0 + rng.uniform(-2.9, 2.9, 200)
        east, north_m = to_utm(lon, lat, zone, north)
        for e, n in zip(np.floor(east), np.floor(north_m)):
            point = UtmPoint(zone, north, float(e), float(n))
            assert mgrs_to_utm(utm_to_mgrs(point)) == point


def test_utm_to_mgrs_band_is_the_latitudes_band():
    # 56°N at the zone 38 central meridian is band V, 55.99°N band U
    for lat, band in ((56.0001, "V"), (55.9999, "U"), (-0.0001, "M"), (0.0, "N"), (83.9, "X")):
        east, north = to_utm([45.0], [lat], 38, lat >= 0)
        text = utm_to_mgrs(UtmPoint(38, lat >= 0, float(east[0]), float(north[0])))
        assert text.startswith(f"38{band} ")
        assert latitude_band(lat) == band


def test_utm_to_mgrs_refuses_points_outside_the_mgrs_utm_area():
    with pytest.raises(MgrsError):
        utm_to_mgrs(UtmPoint(38, True, 50_000.0, 4_000_000.0))  # no 100 km column
    with pytest.raises(MgrsError):
        latitude_band(85.0)


@pytest.mark.parametrize(
    ("value", "positive", "negative", "text"),
    [
        (44.503336, "E", "W", "44°30'12.01\"E"),
        (-33.925, "N", "S", "33°55'30.00\"S"),
        (-0.9999999, "N", "S", "1°00'00.00\"S"),  # 59.9996" rounds into the degree
        (0.0, "N", "S", "0°00'00.00\"N"),
    ],
)
def test_dms_text(value, positive, negative, text):
    assert dms(value, positive, negative) == text


def test_dms_read_back_is_within_its_rounding():
    for value in np.random.default_rng(3).uniform(-179.9, 179.9, 500):
        text = dms(float(value), "E", "W")
        assert abs(parse_dms(text) - value) <= 0.005 / 3600 + 1e-12


def test_turning_points_table_matches_proj_and_mgrs_reads_back():
    zone = UtmZone(38, True)
    lonlat = np.array([[44.51, 40.18], [44.52, 40.18], [44.52, 40.19]])
    proj = pyproj.Transformer.from_crs(4326, 32638, always_xy=True)
    utm = np.column_stack(proj.transform(lonlat[:, 0], lonlat[:, 1]))
    rows = turning_points(utm, lonlat)
    assert [r.label for r in rows] == ["TP1", "TP2", "TP3"]
    for row, (e, n) in zip(rows, utm):
        back = mgrs_to_utm(row.mgrs(zone))
        assert (back.easting, back.northing) == (np.floor(e), np.floor(n))
        lat_text, lon_text = row.dms().split(" ")
        assert abs(parse_dms(lat_text) - row.lat) < 0.01 / 3600
        assert abs(parse_dms(lon_text) - row.lon) < 0.01 / 3600


def test_utm_to_mgrs_ignores_transform_noise_below_a_micrometre():
    point = UtmPoint(38, True, 649999.99999999, 4429999.9999999)
    assert utm_to_mgrs(point) == "38T PK 50000 30000"
    assert utm_to_mgrs(UtmPoint(38, True, 649999.9999, 4430000.0)) == "38T PK 49999 30000"
