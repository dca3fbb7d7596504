"""The plugin's GDAL code runs in one error mode, return codes, whichever mode QGIS or another
plugin left the bindings in (QGIS >= 3.40 turns exceptions on as Processing loads), and its
failures come out as messages naming the file, never as a bare ``RuntimeError``."""

from __future__ import annotations

import sqlite3

import pytest
from osgeo import gdal, ogr, osr

from clearance_planner.engine.surface import Grid
from clearance_planner.qgis_io import atomic, provenance
from clearance_planner.qgis_io.gdal_calls import (
    gdal_errors_quiet,
    gdal_reason,
    gdal_return_codes,
)
from clearance_planner.qgis_io.raster import SurfaceWriter
from clearance_planner.qgis_io.xlsx import Sheet, write_xlsx

MODULES = (gdal, ogr, osr)


def modes() -> list[int]:
    return [module.GetUseExceptions() for module in MODULES]


def geopackage(path, rows: int = 2) -> None:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("t", geom_type=ogr.wkbPoint)
    for _ in range(rows):
        layer.CreateFeature(ogr.Feature(layer.GetLayerDefn()))
    ds = None


def count(path, table: str = "t") -> int:
    with sqlite3.connect(path) as db:
        return db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def test_inside_the_block_every_module_returns_codes_and_the_callers_mode_comes_back(gdal_mode):
    before = modes()
    with gdal_return_codes():
        assert modes() == [0, 0, 0]
        assert gdal.OpenEx("/nonexistent/x.gpkg", gdal.OF_VECTOR) is None  # no RuntimeError
    assert modes() == before == ([1, 1, 1] if gdal_mode == "exceptions" else [0, 0, 0])


def test_the_callers_mode_comes_back_when_the_block_raises(gdal_mode):
    before = modes()
    with pytest.raises(ValueError), gdal_return_codes():
        raise ValueError("boom")
    assert modes() == before


def test_a_failure_before_the_block_is_not_its_reason(gdal_mode):
    with gdal_return_codes(), gdal_errors_quiet():
        gdal.Error(gdal.CE_Failure, 1, "an earlier failure")
        assert gdal.GetLastErrorMsg() == "an earlier failure"
    with gdal_return_codes():
        assert gdal_reason("no reason given") == "no reason given"


def test_a_locked_geopackage_is_refused_with_its_path_and_left_as_it_was(gdal_mode, tmp_path):
    target, source = tmp_path / "store.gpkg", tmp_path / "new.gpkg"
    geopackage(target, rows=2)
    geopackage(source, rows=5)
    lock = sqlite3.connect(target, isolation_level=None)  # another program writing to it
    lock.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(OSError) as raised:
            atomic.replace_tables(target, [("t", source)])
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert str(raised.value) == f"cannot open {target}: database is locked"
    assert count(target) == 2


def test_a_file_that_is_not_a_geopackage_is_named_with_a_reason(gdal_mode, tmp_path):
    target, source = tmp_path / "store.gpkg", tmp_path / "new.gpkg"
    target.write_text("not a GeoPackage")
    geopackage(source)
    with pytest.raises(OSError) as raised:
        atomic.replace_tables(target, [("t", source)])
    assert str(raised.value) == f"cannot open {target}: not a GeoPackage GDAL can open"


def test_a_run_record_for_a_locked_geopackage_is_skipped_with_a_warning(
    gdal_mode, tmp_path, caplog
):
    target = tmp_path / "store.gpkg"
    geopackage(target)
    lock = sqlite3.connect(target, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        provenance.append_run(str(target), "t", {"run_time": "now"})
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert f"Could not open {target} to record the run" in caplog.text
    assert modes() == ([1, 1, 1] if gdal_mode == "exceptions" else [0, 0, 0])


def test_a_spreadsheet_that_cannot_be_created_names_its_path(gdal_mode, tmp_path):
    from qgis.core import QgsProcessingException

    path = tmp_path / "missing folder" / "plan.xlsx"
    with pytest.raises(
        QgsProcessingException,
        match=r"Spreadsheet '.*plan\.xlsx' cannot be created: .*No such file",
    ):
        write_xlsx(path, [Sheet("plan", ["a"], ["OFTString"], [["x"]])])


def test_a_surface_that_cannot_be_created_names_its_file(gdal_mode, tmp_path):
    grid = Grid(left=600_000.0, top=4_400_000.0, cell=10.0, width=8, height=8)
    with pytest.raises(OSError, match=r"missing folder/surface\.partial-.*No such file"):
        SurfaceWriter(str(tmp_path / "missing folder" / "surface.tif"), grid, "EPSG:32638", ["a"])
