"""Angle and coordinate text as found in minefield records."""

import pytest

from clearance_planner.engine.bearings import AngleError, parse_bearing, parse_dms
from clearance_planner.engine.mgrs import MgrsError, mgrs_to_utm


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("39°49'30\"N", 39 + 49 / 60 + 30 / 3600),
        ("39° 49′ 30.5″ N", 39 + 49 / 60 + 30.5 / 3600),
        ("46 45 10 E", 46 + 45 / 60 + 10 / 3600),
        ("N 39 30", 39.5),
        ("46:30:00", 46.5),
        ("39°30.5'", 39 + 30.5 / 60),
        ("0 30 00 W", -0.5),
        ("12°00'00\"S", -12.0),
        ("46.75", 46.75),
        ("46,75", 46.75),
        ("-46.5", -46.5),
        (47, 47.0),
    ],
)
def test_dms_and_decimal_text(text, value):
    assert parse_dms(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "39°61'00\"", "39 30 75", "N 39 30 S", None])
def test_bad_angle_text_raises(text):
    with pytest.raises(AngleError):
        parse_dms(text)


@pytest.mark.parametrize(
    ("text", "unit", "degrees"),
    [
        ("3200", "nato_mils", 180.0),
        ("1600", "nato_mils", 90.0),
        ("15-00", "wp_mils", 90.0),
        ("1500", "wp_mils", 90.0),
        ("100", "grads", 90.0),
        ("90°30'", "degrees", 90.5),
    ],
)
def test_bearing_units(text, unit, degrees):
    assert parse_bearing(text, unit) == pytest.approx(degrees)


def test_unknown_bearing_unit_raises():
    with pytest.raises(AngleError):
        parse_bearing("10", "radians")


# published: mgrs package README (42 N, 93 W) and the Eiffel Tower (their latitude/longitude is
# checked through PROJ in tests/algorithms/test_records.py); the third is derived by hand from
# the letter scheme: zone 38 uses columns J-R (N = 5th: 500 km), even zone rows start at F
# (J = 3rd: 300 km), band S starts at 3,500 km so 340 km -> 4,340 km
@pytest.mark.parametrize(
    ("text", "zone", "north", "easting", "northing"),
    [
        ("15TWG0000049776", 15, True, 500_000.0, 4_649_776.0),
        ("31U DQ 48251 11932", 31, True, 448_251.0, 5_411_932.0),
        ("38S NJ 5 4", 38, True, 550_000.0, 4_340_000.0),
    ],
)
def test_mgrs_to_utm(text, zone, north, easting, northing):
    p = mgrs_to_utm(text)
    assert (p.zone, p.north, p.easting, p.northing) == (zone, north, easting, northing)


def test_mgrs_southern_hemisphere_and_even_zone_row_offset():
    # by hand: zone 34 columns A-H (B: 200 km), even zone rows start at F (H: 200 km), band H
    # starts at 5,500 km so 272 km -> 6,272 km; south of the equator: EPSG:32734
    p = mgrs_to_utm("34HBH6100072000")
    assert p.epsg == 32734
    assert p.easting == 261_000.0
    assert p.northing == 6_272_000.0


@pytest.mark.parametrize("text", ["38TNK123", "38INK1234", "61TNK1234", "38ZNK1234", "38TAK1234"])
def test_bad_mgrs_raises(text):
    with pytest.raises(MgrsError):
        mgrs_to_utm(text)
