"""``clearance:surface`` — the priority score as a raster: exact distance transforms per
criterion, optional raster criteria and mask, written as a tiled GeoTIFF with overviews."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsWkbTypes,
)

from ..engine.progress import OperationCancelled
from ..engine.surface import (
    ALIGN,
    MAX_WINDOW_CELLS,
    Grid,
    halo_cells,
    min_cell_size,
    normalise_range,
    render,
    window_cells,
)
from ..i18n import QT_TR_NOOP, tr
from ..paths import style_path
from ..qgis_io.atomic import AtomicFile
from ..qgis_io.crs import describe, is_metric
from ..qgis_io.layers import read_source
from ..qgis_io.provenance import layer_metadata, run_record
from ..qgis_io.raster import SurfaceWriter, band_range, burner, no_side_files, resampled
from ..qgis_io.sinks import commit_all
from ..qgis_io.styling import style_on_load
from .base import number_parameter
from .proximity import ProximityAlgorithm

DEFAULT_MAX_CELLS = 100_000_000
RASTER_DEFAULT_WEIGHT = 0.2

HELP = QT_TR_NOOP(
    """Priority surface: the clearance:prioritise score (0-100) for every cell of a grid \
over EXTENT, in CRS (projected, metres) with square cells of CELL_SIZE metres.

Criteria, weights, decays and distances are those of clearance:prioritise. The distance of a \
cell is measured from its centre to the nearest cell touched by a target (exact Euclidean \
distance transform), so it is within half a cell diagonal of the vector distance.

RASTER_CRITERIA: rasters (e.g. population density) resampled bilinearly onto the grid \
(reprojected when their CRS differs); higher value = more urgent. Each is normalised to 0-1 \
by its min-max, or by RASTER_RANGES "low:high" (one entry per raster, separated by ";"; \
"auto" for min-max), and weighted by RASTER_WEIGHTS (numbers separated by ";"; default \
0.2 each). Raster nodata cells score 0 on that criterion.

MASK: polygons (e.g. hazards); cells whose centre is outside every polygon get nodata.

Output: a float32 GeoTIFF (tiled, DEFLATE, overviews, nodata -9999) with band 1 = \
priority_score, and with CRITERION_BANDS one 0-1 score band per criterion followed by one \
distance band (m) per vector criterion. A grid of more than MAX_CELLS cells is refused.""",
)


class SurfaceAlgorithm(ProximityAlgorithm):
    """Raster counterpart of clearance:prioritise: one distance transform per criterion and
    band of rows, written in tiles."""

    ALGORITHM_ID = "surface"
    DISPLAY_NAME = QT_TR_NOOP("Priority surface (raster)")
    HELP = HELP

    EXTENT = "EXTENT"
    CRS = "CRS"
    CELL_SIZE = "CELL_SIZE"
    MASK = "MASK"
    RASTER_CRITERIA = "RASTER_CRITERIA"
    RASTER_WEIGHTS = "RASTER_WEIGHTS"
    RASTER_RANGES = "RASTER_RANGES"
    CRITERION_BANDS = "CRITERION_BANDS"
    MAX_CELLS = "MAX_CELLS"
    TILE_SIZE = "TILE_SIZE"

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent")))
        self.addParameter(
            QgsProcessingParameterCrs(self.CRS, tr("CRS of the surface (projected, metres)"))
        )
        self.addParameter(number_parameter(self.CELL_SIZE, tr("Cell size (m)"), 100.0, 1))
        self._add_criterion_parameters()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MASK,
                tr("Mask polygons (cells outside get nodata)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.RASTER_CRITERIA,
                tr("Raster criteria (higher value = more urgent)"),
                QgsProcessing.SourceType.TypeRaster,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.RASTER_WEIGHTS,
                tr('Raster criteria: weights "w1;w2;…" (default 0.2 each)'),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.RASTER_RANGES,
                tr('Raster criteria: ranges "low:high;auto;…" (auto = min-max)'),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CRITERION_BANDS, tr("Add per-criterion score and distance bands"), False
            )
        )
        limit = QgsProcessingParameterNumber(
            self.MAX_CELLS,
            tr("Maximum number of cells"),
            QgsProcessingParameterNumber.Type.Integer,
            DEFAULT_MAX_CELLS,
            minValue=1,
        )
        tile = QgsProcessingParameterNumber(
            self.TILE_SIZE,
            tr("Tile size in cells (0 = automatic)"),
            QgsProcessingParameterNumber.Type.Integer,
            0,
            minValue=0,
        )
        for param in (limit, tile):
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Priority surface"))
        )
        self.add_count_outputs(
            (
                ("VALID_CELLS", QT_TR_NOOP("Cells with a score"), "number"),
                ("SCORE_MIN", QT_TR_NOOP("Lowest score (0-100)"), "number"),
                ("SCORE_MEAN", QT_TR_NOOP("Mean score (0-100)"), "number"),
                ("SCORE_MAX", QT_TR_NOOP("Highest score (0-100)"), "number"),
            ),
            geometry=False,
        )

    # -- parameters ----------------------------------------------------------------------------

    def checkParameterValues(self, parameters, context):
        """Refuse a grid larger than MAX_CELLS before the run starts (in the dialog the user
        confirms a large grid by raising MAX_CELLS)."""
        try:
            crs = self._crs(parameters, context)
            self._grid(parameters, context, crs)
        except QgsProcessingException as exc:
            return False, str(exc.args[0]) if exc.args else str(exc)
        return super().checkParameterValues(parameters, context)

    def _crs(self, parameters, context) -> QgsCoordinateReferenceSystem:
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            raise QgsProcessingException(tr("CRS is not a valid coordinate reference system."))
        if not is_metric(crs):
            raise QgsProcessingException(
                tr(
                    "CRS {0} is not projected in metres; cell sizes and distances need metres. "
                    "Choose a projected CRS such as the WGS 84 / UTM zone of the area "
                    "(e.g. EPSG:32638 for 42°E–48°E north)."
                ).format(describe(crs))
            )
        return crs

    def _grid(self, parameters, context, crs) -> Grid:
        extent: QgsRectangle = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        bounds = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        if not all(math.isfinite(v) for v in bounds):
            raise QgsProcessingException(
                tr(
                    "EXTENT has a NaN or infinite coordinate ({0}) in {1}; "
                    "give a finite extent (e.g. from a layer) in the CRS of the surface."
                ).format(", ".join(f"{v:g}" for v in bounds), describe(crs))
            )
        if extent.isNull() or extent.width() <= 0 or extent.height() <= 0:
            raise QgsProcessingException(tr("EXTENT is empty; give an extent with an area."))
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        if not (cell > 0 and math.isfinite(cell)):
            raise QgsProcessingException(
                tr("CELL_SIZE must be a finite number > 0 metres (got {0}).").format(cell)
            )
        limit = self.parameterAsInt(parameters, self.MAX_CELLS, context)
        if limit < 1:
            raise QgsProcessingException(
                tr("MAX_CELLS must be at least 1 (got {0}); it caps the size of the grid.").format(
                    limit
                )
            )
        grid = Grid.cover(*bounds, cell)
        if grid.n_cells > limit:
            raise QgsProcessingException(
                tr(
                    "A {0} m cell gives {1} × {2} = {3:,} cells, more than MAX_CELLS ({4:,}). "
                    "Use a cell size of at least {5:.0f} m or a smaller EXTENT; to run it "
                    "anyway, raise MAX_CELLS (advanced parameters) to {3:,}."
                ).format(
                    cell,
                    grid.width,
                    grid.height,
                    grid.n_cells,
                    limit,
                    cell * (grid.n_cells / limit) ** 0.5,
                )
            )
        return grid

    def _vector_criteria(self, parameters, context, crs, feedback):
        """``(name, decay, distance, weight, burn)`` for each given criterion layer."""
        out = []
        for criterion, source in self._criterion_sources(parameters, context):
            name, key = criterion.name, criterion.name.upper()
            layer_name = source.sourceName() or name
            read = read_source(source, layer_name, crs, context, feedback)
            read.report.warn(feedback, tr("not used as {0}").format(name))
            arrays = read.geometry
            decay, distance, weight = criterion.decay, criterion.distance, criterion.weight
            if weight < 0 or distance < 0:
                raise QgsProcessingException(
                    tr("{0}_WEIGHT and {0}_DISTANCE must be >= 0.").format(key)
                )
            if not arrays.has_geometry().any():
                feedback.pushWarning(
                    tr("Layer '{0}' has no geometry: every cell scores 0 on {1}.").format(
                        layer_name, name
                    )
                )
            out.append((name, decay, distance, weight, arrays))
        return out

    def _split(self, text: str, count: int, what: str) -> list[str]:
        items = [t.strip() for t in text.replace(",", ";").split(";")] if text.strip() else []
        if items and len(items) != count:
            raise QgsProcessingException(
                tr("{0} has {1} entries but RASTER_CRITERIA has {2} rasters.").format(
                    what, len(items), count
                )
            )
        return items

    def _raster_criteria(self, parameters, context, feedback):
        """``(name, weight, low, high, path)`` per raster criterion."""
        with no_side_files():
            layers = self.parameterAsLayerList(parameters, self.RASTER_CRITERIA, context)
        weights = self._split(
            self.parameterAsString(parameters, self.RASTER_WEIGHTS, context),
            len(layers),
            self.RASTER_WEIGHTS,
        )
        ranges = self._split(
            self.parameterAsString(parameters, self.RASTER_RANGES, context),
            len(layers),
            self.RASTER_RANGES,
        )
        out = []
        for i, layer in enumerate(layers):
            path = layer.source().split("|")[0]
            if not Path(path).is_file():
                raise QgsProcessingException(
                    tr("Raster '{0}' is not a file GDAL can read ({1}).").format(layer.name(), path)
                )
            try:
                weight = float(weights[i]) if weights else RASTER_DEFAULT_WEIGHT
            except ValueError as exc:
                raise QgsProcessingException(
                    tr("RASTER_WEIGHTS entry {0} is not a number: {1!r}").format(i + 1, weights[i])
                ) from exc
            if weight < 0:
                raise QgsProcessingException(tr("RASTER_WEIGHTS must be >= 0."))
            low, high = self._range(ranges[i] if ranges else "auto", layer.name(), path, i)
            if not layer.crs().isValid():
                raise QgsProcessingException(
                    tr("Raster '{0}' has no coordinate reference system.").format(layer.name())
                )
            feedback.pushInfo(
                tr("Raster '{0}': normalised over [{1:g}, {2:g}], weight {3:g}").format(
                    layer.name(), low, high, weight
                )
            )
            out.append((f"raster_{i + 1}_{layer.name()}", weight, low, high, path))
        return out

    def _range(self, text: str, name: str, path: str, i: int) -> tuple[float, float]:
        if text.lower() in ("", "auto"):
            low, high = band_range(path)
            if not low <= high:
                raise QgsProcessingException(
                    tr("Raster '{0}' has no valid (non-nodata) cells.").format(name)
                )
            return low, high
        try:
            low, high = (float(v) for v in text.split(":"))
        except ValueError as exc:
            raise QgsProcessingException(
                tr('RASTER_RANGES entry {0} must be "low:high" or "auto" (got {1!r}).').format(
                    i + 1, text
                )
            ) from exc
        if not high > low:
            raise QgsProcessingException(
                tr("RASTER_RANGES entry {0}: high must be > low (got {1!r}).").format(i + 1, text)
            )
        return low, high

    # -- processing ----------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        dest = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if Path(dest).suffix.lower() not in (".tif", ".tiff"):
            raise QgsProcessingException(
                tr("OUTPUT must be a GeoTIFF file (.tif); got '{0}'.").format(dest)
            )
        crs = self._crs(parameters, context)
        grid = self._grid(parameters, context, crs)
        vectors = self._vector_criteria(parameters, context, crs, feedback)
        rasters = self._raster_criteria(parameters, context, feedback)
        if not vectors and not rasters:
            raise QgsProcessingException(
                tr(
                    "Give at least one criterion: SETTLEMENTS, CEMETERIES, INFRASTRUCTURE, "
                    "INCIDENTS or RASTER_CRITERIA."
                )
            )
        weights = [v[3] for v in vectors] + [r[1] for r in rasters]
        if sum(weights) <= 0:
            raise QgsProcessingException(
                tr("All weights of the given criteria are 0; give at least one weight > 0.")
            )
        tile = self.parameterAsInt(parameters, self.TILE_SIZE, context) or None
        self._check_window(vectors, grid)
        mask = self._mask(parameters, context, crs, grid, feedback)
        rio_crs = crs.authid() if crs.authid().startswith("EPSG:") else crs.toWkt()
        with_bands = self.parameterAsBoolean(parameters, self.CRITERION_BANDS, context)
        names = [v[0] for v in vectors] + [r[0] for r in rasters]
        bands = ["priority_score"]
        if with_bands:
            bands += [f"score_{n}" for n in names] + [f"dist_{v[0]}_m" for v in vectors]
        feedback.pushInfo(
            tr("Grid {0} × {1} cells of {2:g} m in {3}").format(
                grid.width, grid.height, grid.cell, describe(crs)
            )
        )
        writer = SurfaceWriter(dest, grid, rio_crs, bands)
        style = AtomicFile(Path(dest).with_suffix(".qml"))
        try:
            stats = render(
                grid,
                [burner(v[4], grid, all_touched=True) for v in vectors],
                [(v[1], v[2]) for v in vectors],
                [_raster_reader(r, grid, rio_crs) for r in rasters],
                weights,
                writer.write,
                mask=mask,
                tile=tile,
                with_criteria=with_bands,
                progress=lambda f: feedback.setProgress(100 * f),
                cancelled=feedback.isCanceled,
            )
            record = self._record(crs, grid, vectors, rasters, mask is not None, bands, stats)
            writer.complete({"CLEARANCE_RUN": record})
            shutil.copyfile(style_path("surface"), style.path)
            # the GeoTIFF and its style are replaced together, or neither
            dests = commit_all([writer, style], feedback.isCanceled)
        except OperationCancelled:
            dests = None
        finally:
            writer.discard()  # nothing left to discard after the commit
            style.discard()
        if dests is None:
            return {}
        self._dest_id = dests[0]
        self._metadata = layer_metadata(
            tr("Priority surface"),
            tr("Clearance Planner priority score per {0:g} m cell.").format(grid.cell),
            record,
        )
        feedback.pushInfo(
            tr("Score over {0:,} valid cells: min {1:.1f}, mean {2:.1f}, max {3:.1f}").format(
                stats.valid_cells, stats.score_min, stats.score_mean, stats.score_max
            )
        )
        self._counts = {
            "VALID_CELLS": int(stats.valid_cells),
            "SCORE_MIN": round(float(stats.score_min), 1),
            "SCORE_MEAN": round(float(stats.score_mean), 1),
            "SCORE_MAX": round(float(stats.score_max), 1),
        }
        return {self.OUTPUT: self._dest_id, **self._counts}

    def _record(self, crs, grid: Grid, vectors, rasters, masked: bool, bands, stats) -> dict:
        """The run record stored in the GeoTIFF tags and the layer metadata."""
        criteria = [
            {"name": v[0], "decay": v[1], "distance_m": v[2], "weight": v[3]} for v in vectors
        ]
        criteria += [
            {"name": r[0], "weight": r[1], "range": [r[2], r[3]], "path": r[4]} for r in rasters
        ]
        return run_record(
            self.ALGORITHM_ID,
            {
                "crs": crs.authid(),
                "grid": {
                    "left": grid.left,
                    "top": grid.top,
                    "cell_m": grid.cell,
                    "width": grid.width,
                    "height": grid.height,
                },
                "criteria": criteria,
                "mask": masked,
                "bands": bands,
                "tile": stats.tile,
                "valid_cells": stats.valid_cells,
                "score_min": _finite(stats.score_min),
                "score_max": _finite(stats.score_max),
                "score_mean": _finite(stats.score_mean),
            },
        )

    def _check_window(self, vectors, grid: Grid) -> None:
        """Refuse criteria whose halo (distance cap in cells) would need too big a window even
        around the smallest block."""
        halo = max((halo_cells(v[1], v[2], grid.cell) for v in vectors), default=0)
        if window_cells(ALIGN, halo) > MAX_WINDOW_CELLS:
            decays = [(v[1], v[2]) for v in vectors]
            raise QgsProcessingException(
                tr(
                    "At {0:g} m cells the distances of the criteria reach {1:,} cells beyond "
                    "each tile, more than the memory of one tile allows. Use a CELL_SIZE of at "
                    "least {2:.1f} m or shorter distances (exponential and gaussian decays "
                    "reach about 20 and 4.5 × their DISTANCE)."
                ).format(grid.cell, halo, min_cell_size(decays))
            )

    def _mask(self, parameters, context, crs, grid, feedback):
        source = self.parameterAsSource(parameters, self.MASK, context)
        if source is None:
            return None
        name = source.sourceName() or self.MASK
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                tr("Layer '{0}' (MASK) must be a polygon layer.").format(name)
            )
        read = read_source(source, name, crs, context, feedback, repair=True)
        read.report.warn(feedback, tr("not part of the mask"))
        arrays = read.geometry
        if not arrays.has_geometry().any():
            raise QgsProcessingException(
                tr("Layer '{0}' (MASK) has no polygons: every cell would be nodata.").format(name)
            )
        return burner(arrays, grid, all_touched=False)

    def postProcessAlgorithm(self, context, feedback):
        if self._dest_id:
            style_on_load(context, self._dest_id, "surface", self._metadata)
        return {self.OUTPUT: self._dest_id, **self._counts} if self._dest_id else {}


def _finite(x: float) -> float | None:
    """JSON-safe number: None for NaN/inf (no valid cells)."""
    return float(x) if math.isfinite(x) else None


def _raster_reader(raster, grid, crs):
    """Window → raster criterion normalised to 0–1 on the grid."""
    _, _, low, high, path = raster
    return lambda window: normalise_range(resampled(path, grid, window, crs), low, high)
