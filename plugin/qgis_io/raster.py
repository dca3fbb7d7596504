"""Raster input/output with rasterio: burn vector arrays into grid windows, read and resample
raster criteria, write a tiled compressed GeoTIFF with overviews (no QGIS import).

Input rasters are never changed: they are opened read-only by :func:`open_input`, with GDAL's
PAM (``.aux.xml`` side files of statistics) off, so no file appears beside them.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.features import rasterize
from rasterio.transform import from_origin
from rasterio.warp import reproject
from rasterio.windows import Window as RioWindow

from ..engine.geometry import GeometryArrays
from ..engine.surface import Grid, Window
from ..i18n import tr
from .atomic import AtomicFile
from .compat import apply_affine

NODATA = -9999.0
BLOCK = 256
BURN_CHUNK = 1024  # cells of the fixed chunks windows are burnt from
_RASTERIZE = threading.Lock()
DEFLATE_LEVEL = 1  # fastest: level 6 took longer than the distances for a few % smaller files


@contextmanager
def no_side_files() -> Iterator[None]:
    """GDAL without PAM in this thread for the block: datasets opened inside (by rasterio or
    by QGIS loading a raster layer) never write ``.aux.xml`` beside the file.

    PAM also stays unread there: georeferencing or nodata kept only in an existing
    ``.aux.xml`` is not seen (GeoTIFF keeps both in the file itself).
    """
    with rasterio.Env(GDAL_PAM_ENABLED="NO"):
        yield


@contextmanager
def open_input(path: str) -> Iterator[rasterio.io.DatasetReader]:
    """An input raster opened read-only without PAM side files (see :func:`no_side_files`)."""
    with no_side_files(), rasterio.open(path, "r") as src:
        yield src


def window_transform(grid: Grid, window: Window):
    """Affine transform of a window of the grid (the window may reach outside the grid)."""
    return from_origin(
        grid.left + window.col * grid.cell, grid.top - window.row * grid.cell, grid.cell, grid.cell
    )


def _shapes(geom: GeometryArrays) -> tuple[list[dict], np.ndarray]:
    """GeoJSON-like shapes (one per polygon feature, one per line/point ring) and bounds.

    A polygon feature is one Polygon of all its rings: GDAL fills it by the even-odd rule,
    which is right for valid (multi)polygons with holes.
    """
    rings = [geom.xy[geom.ring_offsets[r] : geom.ring_offsets[r + 1]] for r in range(geom.n_rings)]
    if not rings:
        return [], np.zeros((0, 4))
    ring_box = np.array([[*r.min(axis=0), *r.max(axis=0)] for r in rings])
    if geom.polygonal:
        _, starts = np.unique(geom.ring_feature, return_index=True)
        ends = np.append(starts[1:], len(rings))
        shapes = [
            {"type": "Polygon", "coordinates": [rings[r].tolist() for r in range(a, b)]}
            for a, b in zip(starts, ends)
        ]
        boxes = np.column_stack(
            [
                np.minimum.reduceat(ring_box[:, 0], starts),
                np.minimum.reduceat(ring_box[:, 1], starts),
                np.maximum.reduceat(ring_box[:, 2], starts),
                np.maximum.reduceat(ring_box[:, 3], starts),
            ]
        )
        return shapes, boxes
    shapes = [
        {"type": "Point", "coordinates": r[0].tolist()}
        if len(r) == 1
        else {"type": "LineString", "coordinates": r.tolist()}
        for r in rings
    ]
    return shapes, ring_box


def burner(geom: GeometryArrays, grid: Grid, all_touched: bool) -> Callable[[Window], np.ndarray]:
    """A function giving, per grid window, True where the geometries touch a cell
    (``all_touched``) or cover its centre.

    GDAL's rasteriser can decide a cell that a line only grazes differently for different
    window origins, so windows are assembled from chunks of ``BURN_CHUNK`` cells at fixed
    multiples of the grid: a cell is burnt the same in every window (blocks = whole grid).
    The chunks of the last window are kept for the next one (bands overlap by their reach).
    Its attribute ``cells`` is a window of the grid holding every cell it can burn (``None``
    when nothing is burnt), so distances need not look beyond it.
    """
    shapes, boxes = _shapes(geom)
    kept: dict[tuple[int, int], np.ndarray | None] = {}

    def chunk(row: int, col: int) -> np.ndarray | None:
        win = Window(row, col, BURN_CHUNK, BURN_CHUNK)
        left = grid.left + col * grid.cell
        top = grid.top - row * grid.cell
        right, bottom = left + BURN_CHUNK * grid.cell, top - BURN_CHUNK * grid.cell
        hit = np.flatnonzero(
            (boxes[:, 0] <= right)
            & (boxes[:, 2] >= left)
            & (boxes[:, 1] <= top)
            & (boxes[:, 3] >= bottom)
        )
        if not len(hit):
            return None
        return rasterize(
            ((shapes[i], 1) for i in hit),
            out_shape=(BURN_CHUNK, BURN_CHUNK),
            transform=window_transform(grid, win),
            fill=0,
            all_touched=all_touched,
            dtype="uint8",
        )

    def burn(window: Window) -> np.ndarray:
        out = np.zeros((window.height, window.width), dtype=bool)
        if not shapes:
            return out
        r_end, c_end = window.row + window.height, window.col + window.width
        keys = [
            (row, col)
            for row in range(window.row // BURN_CHUNK * BURN_CHUNK, r_end, BURN_CHUNK)
            for col in range(window.col // BURN_CHUNK * BURN_CHUNK, c_end, BURN_CHUNK)
        ]
        # rasterio's in-memory datasets are not safe in two threads at once
        with _RASTERIZE, rasterio.Env():
            chunks = {key: kept[key] if key in kept else chunk(*key) for key in keys}
        kept.clear()
        kept.update(chunks)
        for (row, col), burnt in chunks.items():
            if burnt is None:
                continue
            r0, r1 = max(row, window.row), min(row + BURN_CHUNK, r_end)
            c0, c1 = max(col, window.col), min(col + BURN_CHUNK, c_end)
            out[r0 - window.row : r1 - window.row, c0 - window.col : c1 - window.col] = burnt[
                r0 - row : r1 - row, c0 - col : c1 - col
            ]
        return out

    burn.cells = _cells(grid, boxes) if shapes and np.isfinite(boxes).all() else None
    return burn


def _cells(grid: Grid, boxes: np.ndarray) -> Window:
    """A window of the grid around every cell the bounding ``boxes`` (xmin, ymin, xmax, ymax)
    touch, one cell wider on each side."""
    col0 = math.floor((boxes[:, 0].min() - grid.left) / grid.cell) - 1
    col1 = math.floor((boxes[:, 2].max() - grid.left) / grid.cell) + 2
    row0 = math.floor((grid.top - boxes[:, 3].max()) / grid.cell) - 1
    row1 = math.floor((grid.top - boxes[:, 1].min()) / grid.cell) + 2
    return Window(row0, col0, row1 - row0, col1 - col0)


def band_range(path: str) -> tuple[float, float]:
    """Minimum and maximum of band 1 over valid cells, read block by block."""
    low, high = np.inf, -np.inf
    with open_input(path) as src:
        for _, win in src.block_windows(1):
            data = src.read(1, window=win, masked=True).astype(float).filled(np.nan)
            if np.isfinite(data).any():
                low = min(low, float(np.nanmin(data)))
                high = max(high, float(np.nanmax(data)))
    return low, high


def resampled(path: str, grid: Grid, window: Window, crs) -> np.ndarray:
    """Band 1 of a raster reprojected (bilinear) onto a grid window; NaN for nodata/outside."""
    out = np.full((window.height, window.width), np.nan, dtype=np.float64)
    with open_input(path) as src:
        reproject(
            source=rasterio.band(src, 1),
            destination=out,
            src_nodata=src.nodata,
            dst_transform=window_transform(grid, window),
            dst_crs=crs,
            dst_nodata=np.nan,
            resampling=Resampling.bilinear,
        )
    return out


class SurfaceWriter:
    """A float32 GeoTIFF (tiled 256 × 256, DEFLATE, nodata -9999) written window by window to
    a temporary file beside ``path``; :meth:`complete` adds overviews and tags, :meth:`commit`
    moves it into place (an :class:`~.atomic.AtomicFile`)."""

    def __init__(self, path: str, grid: Grid, crs, bands: list[str]) -> None:
        self.file = AtomicFile(path)
        self.bands = bands
        self.dataset = rasterio.open(
            self.file.path,
            "w",
            driver="GTiff",
            width=grid.width,
            height=grid.height,
            count=len(bands),
            dtype="float32",
            crs=crs,
            transform=window_transform(grid, Window(0, 0, grid.height, grid.width)),
            nodata=NODATA,
            tiled=True,
            blockxsize=BLOCK,
            blockysize=BLOCK,
            compress="deflate",
            predictor=3,
            zlevel=DEFLATE_LEVEL,
            num_threads=2,
            BIGTIFF="IF_SAFER",
        )
        for i, name in enumerate(bands, start=1):
            self.dataset.set_band_description(i, name)

    def write(self, window: Window, arrays: list[np.ndarray], valid: np.ndarray) -> None:
        """One array per band for a window inside the grid; cells not ``valid`` get nodata."""
        win = RioWindow(window.col, window.row, window.width, window.height)
        for i, array in enumerate(arrays, start=1):
            data = np.where(valid & np.isfinite(array), array, NODATA).astype(np.float32)
            self.dataset.write(data, i, window=win)

    def complete(self, tags: dict) -> None:
        """Close the temporary file, then add overviews and tags to it."""
        width, height = self.dataset.width, self.dataset.height
        self.dataset.close()
        factors, f = [], 2
        while max(width, height) / f >= BLOCK / 2 and f <= 1024:
            factors.append(f)
            f *= 2
        env = rasterio.Env(ZLEVEL_OVERVIEW=DEFLATE_LEVEL, GDAL_NUM_THREADS=2)
        with env, rasterio.open(self.file.path, "r+") as ds:
            if factors:
                ds.build_overviews(factors, Resampling.average)
                ds.update_tags(ns="rio_overview", resampling="average")
            ds.update_tags(
                **{k: v if isinstance(v, str) else json.dumps(v) for k, v in tags.items()}
            )

    def commit(self, backup: bool = False) -> str:
        """Move the finished file to its final path."""
        return self.file.commit(backup)

    def finish(self) -> None:
        self.file.finish()

    def rollback(self) -> None:
        self.file.rollback()

    def discard(self) -> None:
        if not self.dataset.closed:
            self.dataset.close()
        self.file.discard()


def read_band(path: str, bounds) -> tuple[np.ndarray, float, float, float, float]:
    """Band 1 over the window covering ``bounds`` (xmin, ymin, xmax, ymax in the raster's
    CRS) as float64 with NaN for nodata: ``(values, left, top, cell_x, cell_y)``.

    Raises ValueError for rotated rasters.
    """
    with open_input(path) as src:
        t = src.transform
        if t.b != 0 or t.d != 0 or t.e >= 0:
            raise ValueError(tr("the raster is rotated or not north-up"))
        xmin, ymin, xmax, ymax = bounds
        col0 = max(int(np.floor((xmin - t.c) / t.a)), 0)
        col1 = min(int(np.ceil((xmax - t.c) / t.a)), src.width)
        row0 = max(int(np.floor((t.f - ymax) / -t.e)), 0)
        row1 = min(int(np.ceil((t.f - ymin) / -t.e)), src.height)
        win = RioWindow(col0, row0, max(col1 - col0, 0), max(row1 - row0, 0))
        left, top = apply_affine(src.window_transform(win), 0, 0)
        if win.width == 0 or win.height == 0:  # the parcels lie outside the raster
            return np.zeros((0, 0)), left, top, t.a, -t.e
        values = src.read(1, window=win, masked=True).astype(np.float64).filled(np.nan)
        return values, left, top, t.a, -t.e
