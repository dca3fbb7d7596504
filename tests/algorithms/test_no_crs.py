"""Every spatial input of every algorithm: without a CRS the run stops, naming the layer."""

import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
)

from tests.qgis_support import memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")
INPUTS = (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterVectorLayer,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterMultipleLayers,
)
# what an algorithm's own checks need before the CRS check is reached
SURFACE = {
    "EXTENT": "600000,601000,4400000,4401000 [EPSG:32638]",
    "CRS": "EPSG:32638",
    "CELL_SIZE": 100,
}
WKT = {
    "Point": "POINT(600000 4400000)",
    "LineString": "LINESTRING(600000 4400000, 600100 4400100)",
    "Polygon": "POLYGON((600000 4400000, 600000 4400100, 600100 4400100, 600000 4400000))",
}


def spatial_inputs():
    """(algorithm id, parameter name) of every layer input (the records TABLE is a table)."""
    from clearance_planner.algorithms import algorithm_classes

    out = []
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm()
        out += [
            (f"clearance:{cls.ALGORITHM_ID}", d.name())
            for d in alg.parameterDefinitions()
            if isinstance(d, INPUTS) and d.name() not in cls.NO_CRS_NEEDED
        ]
    return out


def _geometry(types) -> str:
    if QgsProcessing.SourceType.TypeVectorPoint in types:
        return "Point"
    if QgsProcessing.SourceType.TypeVectorLine in types:
        return "LineString"
    return "Polygon"


def no_crs_value(definition, tmp_path):
    """A layer named 'nocrs' without CRS fitting the parameter."""
    if isinstance(definition, QgsProcessingParameterRasterLayer) or (
        isinstance(definition, QgsProcessingParameterMultipleLayers)
        and definition.layerType() == QgsProcessing.SourceType.TypeRaster
    ):
        path = str(tmp_path / "nocrs.tif")
        raster = gdal.GetDriverByName("GTiff").Create(path, 4, 4, 1, gdal.GDT_Float32)
        raster.SetGeoTransform((600000, 100, 0, 4400400, 0, -100))  # no projection
        raster.GetRasterBand(1).Fill(1.0)
        raster = None
        return [path] if isinstance(definition, QgsProcessingParameterMultipleLayers) else path
    if isinstance(definition, QgsProcessingParameterMultipleLayers):
        types = [definition.layerType()]
    else:
        types = definition.dataTypes()
    kind = _geometry(types)
    layer = memory_layer(kind, [WKT[kind]], crs="")
    layer.setName("nocrs")
    assert not layer.crs().isValid()
    return [layer] if isinstance(definition, QgsProcessingParameterMultipleLayers) else layer


def parameters(alg_id, name, tmp_path):
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    value = no_crs_value(alg.parameterDefinition(name), tmp_path)
    return {**(SURFACE if alg_id == "clearance:surface" else {}), name: value}


@pytest.mark.parametrize(("alg_id", "name"), spatial_inputs())
def test_input_without_crs_is_refused_naming_the_layer(alg_id, name, tmp_path):
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(alg_id, parameters(alg_id, name, tmp_path))
    message = str(caught.value)
    assert "'nocrs' has no coordinate reference system" in message, message
    assert "Layer Properties" in message  # says how to set one


class Errors(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):
        self.errors.append(error)


@pytest.mark.parametrize(("alg_id", "name"), spatial_inputs())
def test_run_without_the_dialog_check_stops_before_processing(alg_id, name, tmp_path):
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    feedback = Errors()
    results, ok = alg.run(parameters(alg_id, name, tmp_path), QgsProcessingContext(), feedback)
    assert not ok and results == {}
    assert any("'nocrs' has no coordinate reference system" in e for e in feedback.errors)


def test_every_algorithm_has_a_spatial_input_checked():
    checked = {alg_id for alg_id, _ in spatial_inputs()}
    assert len(checked) == 11 and "clearance:records" in checked  # records: LANDMARKS
    assert {"clearance:compare_scenarios", "clearance:priority_map"} <= checked
