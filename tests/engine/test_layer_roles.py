"""engine/layer_roles: roles guessed from geometry, names, fields and values, never a role the
geometry cannot serve; layers named like real programme files."""

from __future__ import annotations

import pytest

from clearance_planner.engine.layer_roles import (
    LINE,
    POINT,
    POLYGON,
    LayerFacts,
    assign,
    best_role,
    name_words,
    refusal,
    score_role,
)


def facts(name, geometry, fields=(), values=None) -> LayerFacts:
    return LayerFacts(name, geometry, tuple(fields), values or {})


def role_of(f: LayerFacts) -> str | None:
    guess = best_role(f)
    return guess.role if guess else None


def test_file_names_split_into_words():
    assert name_words("BHMAC_SHA_2023.shp") == ["bhmac", "sha"]
    assert name_words("accidents_points.gpkg") == ["accidents", "points"]
    assert name_words("MinefieldRecords-v2") == ["minefield", "records", "v"]


@pytest.mark.parametrize(
    ("layer", "role"),
    [
        (facts("BHMAC_SHA_2023.shp", POLYGON), "hazards"),
        (facts("accidents_points.gpkg", POINT, ["id", "killed", "injured"]), "incidents"),
        (facts("minefields_polygons", POLYGON), "minefield_records"),
        (facts("BiH_adm3_municipalities", POLYGON, ["NAME_3", "GID_3"]), "districts"),
        (facts("geonames_populated_places", POINT, ["name", "population"]), "settlements"),
        (facts("cemeteries_osm", POINT), "cemeteries"),
        (facts("planned_roads_2025.shp", LINE), "planned_infrastructure"),
        (facts("released_land_2022", POLYGON), "cleared_land"),
    ],
)
def test_real_programme_file_names_get_their_role(layer, role):
    assert role_of(layer) == role


@pytest.mark.parametrize(
    ("layer", "role"),
    [
        (
            facts("layer_1", POLYGON, ["gid", "hazard_type"], {"hazard_type": ("SHA", "CHA")}),
            "hazards",
        ),
        (facts("export (3)", POINT, ["date", "killed", "injured"]), "incidents"),
        (
            facts("data", POLYGON, ["kind"], {"kind": ("cleared", "reduced", "Cancelled")}),
            "cleared_land",
        ),
        (
            facts("Sheet1", LINE, ["type"], {"type": ("road", "rail", "power")}),
            "planned_infrastructure",
        ),
        (facts("shape", POLYGON, ["ADM2_PCODE", "adm2_name"]), "districts"),
        (facts("pts", POINT, ["geonameid", "population"]), "settlements"),
        (facts("polys", POLYGON, ["record_id", "reliability", "record_date"]), "minefield_records"),
    ],
)
def test_generic_names_with_telling_fields_or_values_get_their_role(layer, role):
    assert role_of(layer) == role


def test_values_in_another_spelling_and_case_still_tell():
    layer = facts("x", POLYGON, ["Type"], {"Type": (" sha ", "Cha", "SHA", "")})
    guess = score_role(layer, "hazards")
    assert guess.score > 0 and "field Type holds CHA, SHA" in guess.explain()


def test_a_point_layer_is_never_minefield_records_nor_hazards():
    points = facts("minefield_records", POINT, ["record_id", "reliability"])
    assert score_role(points, "minefield_records").score == 0
    assert role_of(points) is None
    assert role_of(facts("BHMAC_SHA_2023.shp", POINT)) is None
    assert refusal("minefield_records", POINT) == (
        "minefield_records needs polygon geometry; this layer has point"
    )


def test_a_polygon_layer_is_never_incidents():
    assert role_of(facts("accidents_polygons", POLYGON, ["killed", "injured"])) is None
    assert refusal("incidents", POLYGON) is not None and refusal("incidents", POINT) is None


def test_a_hazard_layer_with_a_district_field_is_not_the_districts():
    hazards = facts("hazards", POLYGON, ["hazard_id", "district", "status"])
    districts = facts("boundaries", POLYGON, ["district", "adm1_code"])
    chosen = assign({"h": hazards, "d": districts})
    assert (chosen["hazards"][0], chosen["districts"][0]) == ("h", "d")


def test_guesses_explain_themselves():
    guess = best_role(
        facts("BHMAC_SHA_2023.shp", POLYGON, ["hazard_type"], {"hazard_type": ("SHA",)})
    )
    assert (
        guess.explain()
        == "name has 'sha'; fields hazard_type; field hazard_type holds SHA; polygon geometry"
    )


def test_a_programme_folder_is_assigned_role_by_role_each_layer_once():
    folder = {
        "BHMAC_SHA_2023.shp": facts("BHMAC_SHA_2023.shp", POLYGON, ["hazard_id", "district"]),
        "BHMAC_CHA_2023.shp": facts("BHMAC_CHA_2023.shp", POLYGON, ["hazard_id"]),
        "accidents_points.gpkg": facts("accidents_points.gpkg", POINT, ["killed", "injured"]),
        "minefields_polygons": facts("minefields_polygons", POLYGON, ["record_id"]),
        "minefields_points": facts("minefields_points", POINT, ["record_id"]),
        "BiH_adm3": facts("BiH_adm3", POLYGON, ["NAME_3"]),
        "naselja_2013": facts("naselja_2013", POINT, ["population"]),
        "cemeteries_osm": facts("cemeteries_osm", POINT),
        "planned_roads": facts("planned_roads", LINE, ["road_class"]),
        "released_land": facts("released_land", POLYGON, ["release_date"]),
    }
    chosen = {role: key for role, (key, _) in assign(folder).items()}
    assert chosen == {
        "hazards": "BHMAC_SHA_2023.shp",  # the first of two equal candidates
        "incidents": "accidents_points.gpkg",
        "minefield_records": "minefields_polygons",  # never the point layer
        "districts": "BiH_adm3",
        "settlements": "naselja_2013",
        "cemeteries": "cemeteries_osm",
        "planned_infrastructure": "planned_roads",
        "cleared_land": "released_land",
    }
