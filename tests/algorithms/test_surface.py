"""clearance:surface through processing.run: distances vs GEOS, tiling, rasters, bad input."""

from __future__ import annotations

import math
import subprocess

import numpy as np
import pytest
import rasterio
from qgis import processing
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException
from rasterio.transform import from_origin
from rasterio.warp import transform

from tests.algorithms.test_qgis_process import write_geojson
from tests.qgis_support import (
    QGIS_PROCESS,
    WarningFeedback,
    folder_state,
    memory_layer,
    nan_polygon,
)

EXTENT = "0,200,0,150 [EPSG:32638]"  # 20 × 15 cells of 10 m
LINE = "LINESTRING(15 140, 120 30, 190 60)"


def run(params: dict, tmp_path, name="surface.tif") -> str:
    base = {"EXTENT": EXTENT, "CRS": "EPSG:32638", "CELL_SIZE": 10, "OUTPUT": str(tmp_path / name)}
    base.update(params)
    return processing.run("clearance:surface", base)["OUTPUT"]


def read(path):
    with rasterio.open(path) as ds:
        return ds.read(masked=True), ds.descriptions, ds


@pytest.fixture()
def settlements():
    return memory_layer("Point", ["POINT(42 97)", "POINT(160 20)"])


@pytest.fixture()
def infrastructure():
    return memory_layer("LineString", [LINE])


def test_cell_distances_match_geos_from_cell_centres(
    clearance_provider, tmp_path, settlements, infrastructure
):
    out = run(
        {
            "SETTLEMENTS": settlements,
            "INFRASTRUCTURE": infrastructure,
            "SETTLEMENTS_DISTANCE": 1000,
            "INFRASTRUCTURE_DISTANCE": 1000,
            "CRITERION_BANDS": True,
        },
        tmp_path,
    )
    bands, names, _ = read(out)
    assert names == (
        "priority_score",
        "score_settlements",
        "score_infrastructure",
        "dist_settlements_m",
        "dist_infrastructure_m",
    )
    line = QgsGeometry.fromWkt(LINE)
    points = [QgsGeometry.fromWkt("POINT(42 97)"), QgsGeometry.fromWkt("POINT(160 20)")]
    half_diagonal = 10 * math.sqrt(2) / 2
    worst = 0.0
    for row in range(15):
        for col in range(20):
            centre = QgsGeometry.fromPointXY(QgsPointXY(5 + 10 * col, 145 - 10 * row))
            d_line = centre.distance(line)
            d_pts = min(centre.distance(p) for p in points)
            worst = max(
                worst,
                abs(bands[3][row, col] - d_pts),
                abs(bands[4][row, col] - d_line),
            )
    assert worst <= half_diagonal + 1e-6
    # the settlement cell itself: distance 0, score 1
    assert bands[3][14 - 9, 4] == 0.0 and bands[1][14 - 9, 4] == pytest.approx(1.0)


def test_tiled_and_untiled_outputs_are_identical(
    clearance_provider, tmp_path, settlements, infrastructure
):
    params = {
        "SETTLEMENTS": settlements,
        "INFRASTRUCTURE": infrastructure,
        "INFRASTRUCTURE_DECAY": 1,  # exponential: a wide halo
        "INFRASTRUCTURE_DISTANCE": 30,
        "CRITERION_BANDS": True,
    }
    tiled, *_ = read(run({**params, "TILE_SIZE": 3}, tmp_path, "tiled.tif"))
    whole, *_ = read(run({**params, "TILE_SIZE": 0}, tmp_path, "whole.tif"))
    assert np.array_equal(tiled.filled(np.nan), whole.filled(np.nan), equal_nan=True)


def test_geotiff_is_tiled_compressed_with_overviews_nodata_and_style(
    clearance_provider, tmp_path, settlements
):
    out = run(
        {"EXTENT": "0,6000,0,5000 [EPSG:32638]", "CELL_SIZE": 10, "SETTLEMENTS": settlements},
        tmp_path,
    )
    with rasterio.open(out) as ds:
        assert ds.profile["tiled"] and ds.block_shapes[0] == (256, 256)
        assert ds.compression.name.lower() == "deflate"
        assert ds.nodata == -9999
        assert ds.overviews(1) == [2, 4]
        assert ds.crs.to_epsg() == 32638
        assert "CLEARANCE_RUN" in ds.tags()
    assert (tmp_path / "surface.qml").read_text().count("<item ") >= 6


def test_mask_sets_nodata_outside_polygons(clearance_provider, tmp_path, settlements):
    mask = memory_layer("Polygon", ["POLYGON((0 0, 100 0, 100 70, 0 70, 0 0))"])
    bands, _, _ = read(run({"SETTLEMENTS": settlements, "MASK": mask}, tmp_path))
    score = bands[0]
    assert score.mask[:8].all()  # rows 0-7 are north of y = 70
    assert not score.mask[8:, :10].any()
    assert score.mask[8:, 10:].all()


def write_raster(path, crs, transform, data, nodata=None):
    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        width=data.shape[1],
        height=data.shape[0],
        count=1,
        dtype="float32",
        crs=crs,
        transform=transform,
        nodata=nodata,
    ) as ds:
        ds.write(data.astype("float32"), 1)
    return str(path)


def test_raster_criterion_min_max_and_given_range(clearance_provider, tmp_path):
    # population density rising with the column: 0 at the west edge, 190 at the east
    data = np.tile(np.arange(20, dtype=float) * 10, (15, 1))
    path = write_raster(tmp_path / "pop.tif", "EPSG:32638", from_origin(0, 150, 10, 10), data)
    bands, _, _ = read(run({"RASTER_CRITERIA": [path]}, tmp_path, "a.tif"))
    assert bands[0][7, 0] == pytest.approx(0.0)
    assert bands[0][7, 19] == pytest.approx(100.0)
    assert bands[0][7, 10] == pytest.approx(100 * 100 / 190, rel=1e-5)
    ranged, _, _ = read(
        run({"RASTER_CRITERIA": [path], "RASTER_RANGES": "0:50"}, tmp_path, "b.tif")
    )
    assert ranged[0][7, 2] == pytest.approx(40.0)
    assert ranged[0][7, 12] == pytest.approx(100.0)


def test_raster_in_another_crs_is_reprojected(clearance_provider, tmp_path):
    # a constant raster in EPSG:4326 covering the UTM 38N grid (about 0.2° around it)
    (lon,), (lat,) = transform("EPSG:32638", "EPSG:4326", [200500], [1500])
    path = write_raster(
        tmp_path / "geo.tif",
        "EPSG:4326",
        from_origin(lon - 0.1, lat + 0.1, 0.01, 0.01),
        np.full((20, 20), 7.0),
    )
    out = run(
        {
            "EXTENT": "200000,201000,1000,2000 [EPSG:32638]",
            "CELL_SIZE": 100,
            "RASTER_CRITERIA": [path],
            "RASTER_RANGES": "0:10",
        },
        tmp_path,
    )
    bands, _, _ = read(out)
    assert np.allclose(bands[0].filled(np.nan), 70.0)


def test_geographic_crs_is_refused_with_a_hint(clearance_provider, tmp_path, settlements):
    with pytest.raises(QgsProcessingException, match=r"not projected in metres.*UTM"):
        run({"CRS": "EPSG:4326", "SETTLEMENTS": settlements}, tmp_path)


def test_too_many_cells_fail_clearly(clearance_provider, tmp_path, settlements):
    with pytest.raises(QgsProcessingException, match=r"300 cells, more than MAX_CELLS \(100\)"):
        run({"SETTLEMENTS": settlements, "MAX_CELLS": 100}, tmp_path)
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_no_criterion_and_bad_raster_ranges(clearance_provider, tmp_path, settlements):
    with pytest.raises(QgsProcessingException, match="at least one criterion"):
        run({}, tmp_path)
    data = np.ones((15, 20))
    path = write_raster(tmp_path / "r.tif", "EPSG:32638", from_origin(0, 150, 10, 10), data)
    with pytest.raises(QgsProcessingException, match="RASTER_RANGES entry 1"):
        run({"RASTER_CRITERIA": [path], "RASTER_RANGES": "high"}, tmp_path)
    with pytest.raises(QgsProcessingException, match="RASTER_WEIGHTS has 2 entries"):
        run({"RASTER_CRITERIA": [path], "RASTER_WEIGHTS": "1;2"}, tmp_path)


def test_prioritise_surface_stats_adds_zonal_mean_and_max(clearance_provider, tmp_path):
    # 10 m cells, value = 10 * row + col, top-left (0, 150)
    data = np.add.outer(np.arange(15) * 10.0, np.arange(20))
    path = write_raster(tmp_path / "s.tif", "EPSG:32638", from_origin(0, 150, 10, 10), data, -1)
    parcels = memory_layer(
        "Polygon",
        [
            "POLYGON((0 130, 20 130, 20 150, 0 150, 0 130))",
            "POLYGON((101 101, 103 101, 103 103, 101 103, 101 101))",
        ],
    )
    settlements = memory_layer("Point", ["POINT(500 500)"])
    out = processing.run(
        "clearance:prioritise",
        {
            "PARCELS": parcels,
            "SETTLEMENTS": settlements,
            "SURFACE_STATS": path,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    rows = sorted(out.getFeatures(), key=lambda f: f.id())
    # rows 0-1, columns 0-1: 0, 1, 10, 11
    assert rows[0]["surface_mean"] == pytest.approx(5.5) and rows[0]["surface_max"] == 11
    # smaller than a cell: the cell under (102, 102) is row 4, column 10
    assert rows[1]["surface_mean"] == 50 and rows[1]["surface_max"] == 50
    names = out.fields().names()
    assert names.index("surface_mean") == names.index("main_driver") + 1


def test_prioritise_without_surface_stats_has_no_surface_fields(clearance_provider):
    parcels = memory_layer("Polygon", ["POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"])
    settlements = memory_layer("Point", ["POINT(50 50)"])
    out = processing.run(
        "clearance:prioritise",
        {"PARCELS": parcels, "SETTLEMENTS": settlements, "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    assert "surface_mean" not in out.fields().names()


def test_surface_stats_outside_the_raster_are_null(clearance_provider, tmp_path):
    path = write_raster(
        tmp_path / "s.tif", "EPSG:32638", from_origin(0, 150, 10, 10), np.ones((15, 20))
    )
    parcels = memory_layer("Polygon", ["POLYGON((900 900, 950 900, 950 950, 900 950, 900 900))"])
    out = processing.run(
        "clearance:prioritise",
        {
            "PARCELS": parcels,
            "SETTLEMENTS": memory_layer("Point", ["POINT(0 0)"]),
            "SURFACE_STATS": path,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    value = next(out.getFeatures())["surface_mean"]
    assert value is None or value.isNull()


def qgis_process(env, *args):
    return subprocess.run(
        [QGIS_PROCESS, "run", "clearance:surface", "--", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_qgis_process_writes_a_surface_and_refuses_degrees(qgis_process_env, tmp_path):
    env = qgis_process_env
    towns = write_geojson(
        tmp_path / "towns.geojson",
        [
            {
                "type": "Feature",
                "properties": {},
                "geometry": {"type": "Point", "coordinates": [46.92, 39.805]},
            }
        ],
    )
    out = tmp_path / "surface.tif"
    extent = "46.90,46.94,39.79,39.82 [EPSG:4326]"
    proc = qgis_process(
        env,
        f"EXTENT={extent}",
        "CRS=EPSG:32638",
        "CELL_SIZE=100",
        f"SETTLEMENTS={towns}",
        f"OUTPUT={out}",
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with rasterio.open(out) as ds:
        score = ds.read(1, masked=True)
        assert ds.crs.to_epsg() == 32638 and ds.res == (100.0, 100.0)
    assert score.max() == pytest.approx(100.0) and score.min() > 0  # whole grid within 5 km
    bad = qgis_process(
        env,
        f"EXTENT={extent}",
        "CRS=EPSG:4326",
        "CELL_SIZE=100",
        f"SETTLEMENTS={towns}",
        f"OUTPUT={tmp_path / 'x.tif'}",
    )
    assert bad.returncode != 0
    assert "not projected in metres" in bad.stdout + bad.stderr
    assert "Traceback" not in bad.stdout + bad.stderr
    assert not (tmp_path / "x.tif").exists()


def test_output_must_be_a_geotiff(clearance_provider, tmp_path, settlements):
    with pytest.raises(QgsProcessingException, match="must be a GeoTIFF"):
        run({"SETTLEMENTS": settlements}, tmp_path, "surface.img")


def test_halo_too_wide_for_memory_fails_with_a_cell_size_hint(
    clearance_provider, tmp_path, settlements
):
    # exponential, half score at 1000 m -> cap ~19.9 km = 19,932 one-metre cells beyond a block
    # (at most (sqrt(150 M) - 256) / 2 = 5,995 fit: cells of at least 19,932 / 5,995 = 3.3 m)
    with pytest.raises(QgsProcessingException, match=r"CELL_SIZE of at least 3\.3 m"):
        run(
            {
                "SETTLEMENTS": settlements,
                "SETTLEMENTS_DECAY": 1,
                "SETTLEMENTS_DISTANCE": 1000,
                "CELL_SIZE": 1,
            },
            tmp_path,
        )


def input_raster(tmp_path) -> str:
    """A 20 × 15 GeoTIFF (10 m, value 10 * row + col, nodata -1) alone in its own folder."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    data = np.add.outer(np.arange(15) * 10.0, np.arange(20))
    return write_raster(folder / "in.tif", "EPSG:32638", from_origin(0, 150, 10, 10), data, -1)


def test_raster_criteria_are_read_without_side_files(clearance_provider, tmp_path):
    path = input_raster(tmp_path)
    before = folder_state(tmp_path / "inputs")
    bands, _, _ = read(run({"RASTER_CRITERIA": [path]}, tmp_path))
    assert bands[0][0, 0] == pytest.approx(0.0) and bands[0][14, 19] == pytest.approx(100.0)
    assert folder_state(tmp_path / "inputs") == before  # no .aux.xml, bytes unchanged


def test_surface_stats_raster_is_read_without_side_files(clearance_provider, tmp_path):
    path = input_raster(tmp_path)
    before = folder_state(tmp_path / "inputs")
    out = processing.run(
        "clearance:prioritise",
        {
            "PARCELS": memory_layer("Polygon", ["POLYGON((0 130, 20 130, 20 150, 0 150, 0 130))"]),
            "SETTLEMENTS": memory_layer("Point", ["POINT(0 0)"]),
            "SURFACE_STATS": path,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    assert next(out.getFeatures())["surface_mean"] == pytest.approx(5.5)  # 0, 1, 10, 11
    assert folder_state(tmp_path / "inputs") == before


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"MAX_CELLS": 0}, r"MAX_CELLS must be at least 1 \(got 0\)"),
        ({"EXTENT": "nan,200,0,150 [EPSG:32638]"}, r"EXTENT has a NaN or infinite coordinate"),
        ({"EXTENT": "0,inf,0,150 [EPSG:32638]"}, r"EXTENT has a NaN or infinite coordinate"),
        ({"CELL_SIZE": float("nan")}, r"CELL_SIZE must be a finite number > 0"),
    ],
    ids=["max-cells-0", "nan-extent", "inf-extent", "nan-cell"],
)
def test_bad_grid_parameters_are_named(clearance_provider, tmp_path, settlements, params, message):
    with pytest.raises(QgsProcessingException, match=message):
        run({"SETTLEMENTS": settlements, **params}, tmp_path)
    assert not list(tmp_path.iterdir())


MASK_WKT = "POLYGON((0 0, 100 0, 100 70, 0 70, 0 0))"


def test_mask_features_without_usable_polygon_are_named_and_left_out(
    clearance_provider, tmp_path, settlements
):
    clean_mask = memory_layer("Polygon", [MASK_WKT])
    messy = memory_layer(
        "Polygon", [MASK_WKT, nan_polygon(150, 100), "POLYGON((150 0,190 0,150 0))", None]
    )
    expected, _, _ = read(run({"SETTLEMENTS": settlements, "MASK": clean_mask}, tmp_path, "a.tif"))
    feedback = WarningFeedback()
    out = processing.run(
        "clearance:surface",
        {
            "EXTENT": EXTENT,
            "CRS": "EPSG:32638",
            "CELL_SIZE": 10,
            "SETTLEMENTS": settlements,
            "MASK": messy,
            "OUTPUT": str(tmp_path / "b.tif"),
        },
        feedback=feedback,
    )["OUTPUT"]
    got, _, _ = read(out)
    assert (got.mask == expected.mask).all() and np.array_equal(got.filled(-1), expected.filled(-1))
    text = " ".join(feedback.warnings)
    assert "2 (NaN or infinite coordinate)" in text and "3 (no area after repair" in text
    assert "not part of the mask" in text and "(features 4)" in text


def test_mask_of_only_unusable_polygons_is_refused(clearance_provider, tmp_path, settlements):
    mask = memory_layer("Polygon", [nan_polygon(0, 0), None])
    with pytest.raises(QgsProcessingException, match=r"\(MASK\) has no polygons"):
        run({"SETTLEMENTS": settlements, "MASK": mask}, tmp_path)


def test_criterion_features_without_usable_geometry_are_left_out(clearance_provider, tmp_path):
    nan_line = QgsGeometry.fromPolylineXY([QgsPointXY(0, 0), QgsPointXY(float("nan"), 50)])
    messy = memory_layer("LineString", [LINE, nan_line, None])
    params = {"INFRASTRUCTURE_DISTANCE": 1000, "CRITERION_BANDS": True}
    expected, _, _ = read(
        run({**params, "INFRASTRUCTURE": memory_layer("LineString", [LINE])}, tmp_path, "a.tif")
    )
    got, _, _ = read(run({**params, "INFRASTRUCTURE": messy}, tmp_path, "b.tif"))
    assert np.array_equal(got.filled(-1), expected.filled(-1))
