"""Mean elevation and slope of polygons from a DEM read with rasterio (any CRS)."""

from __future__ import annotations

import json
from contextlib import ExitStack

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProcessingException,
)

from ..engine.terrain import geographic_cell_metres, slope_degrees, zonal_mean
from ..i18n import tr
from .compat import apply_affine


def sample_dem(
    path: str,
    geometries: list[QgsGeometry],
    crs: QgsCoordinateReferenceSystem,
    context,
    feedback=None,
) -> tuple[np.ndarray, np.ndarray]:
    """Mean elevation (DEM units) and mean slope (degrees) of each polygon.

    Pixels whose centre lies inside the polygon count; a polygon smaller than a pixel takes
    the pixel under its point on surface. Polygons outside the DEM get NaN.
    """
    from rasterio.errors import RasterioIOError
    from rasterio.features import geometry_mask

    from .raster import open_input

    with ExitStack() as stack:
        try:
            ds = stack.enter_context(open_input(path))
        except RasterioIOError as exc:
            raise QgsProcessingException(
                tr("DEM '{0}' cannot be read: {1}").format(path, exc)
            ) from exc
        if ds.crs is None:
            raise QgsProcessingException(
                tr("DEM '{0}' has no coordinate reference system.").format(path)
            )
        dem_crs = QgsCoordinateReferenceSystem.fromWkt(ds.crs.to_wkt())
        transform = QgsCoordinateTransform(crs, dem_crs, context.transformContext())
        elevation = np.full(len(geometries), np.nan)
        slope = np.full(len(geometries), np.nan)
        for i, geom in enumerate(geometries):
            if feedback is not None and feedback.isCanceled():
                break
            local = QgsGeometry(geom)
            try:
                local.transform(transform)
            except QgsCsException:
                continue
            window = _window(ds, local)
            if window is None:
                continue
            (r0, r1), (c0, c1) = window
            z = ds.read(1, window=((r0, r1), (c0, c1)), masked=True).astype(float).filled(np.nan)
            win_transform = ds.window_transform(((r0, r1), (c0, c1)))
            inside = geometry_mask(
                [json.loads(local.asJson())], z.shape, win_transform, invert=True
            )
            point = local.pointOnSurface().asPoint()
            col, row = apply_affine(~win_transform, point.x(), point.y())
            cell = (int(np.floor(row)), int(np.floor(col)))
            dx, dy = abs(ds.transform.a), abs(ds.transform.e)
            if ds.crs.is_geographic:
                dx, dy = geographic_cell_metres(dx, dy, point.y())
            elevation[i] = zonal_mean(z, inside, cell)
            slope[i] = zonal_mean(slope_degrees(z, dx, dy), inside, cell)
    return elevation, slope


def _window(ds, geom: QgsGeometry):
    """Row and column ranges covering the geometry plus one pixel, or None when outside."""
    box = geom.boundingBox()
    inverse = ~ds.transform
    cols, rows = zip(
        *(
            apply_affine(inverse, x, y)
            for x in (box.xMinimum(), box.xMaximum())
            for y in (box.yMinimum(), box.yMaximum())
        )
    )
    r0, r1 = int(np.floor(min(rows))) - 1, int(np.ceil(max(rows))) + 1
    c0, c1 = int(np.floor(min(cols))) - 1, int(np.ceil(max(cols))) + 1
    r0, c0 = max(r0, 0), max(c0, 0)
    r1, c1 = min(r1, ds.height), min(c1, ds.width)
    if r0 >= r1 or c0 >= c1:
        return None
    return (r0, r1), (c0, c1)
