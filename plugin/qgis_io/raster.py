"""Raster input/output: burn vector arrays into grid windows and read and resample raster
criteria with rasterio; write a tiled compressed GeoTIFF with GDAL, its overviews computed
from the cells as they are written (no QGIS import).

Input rasters are never changed: they are opened read-only by :func:`open_input`, with GDAL's
PAM (``.aux.xml`` side files of statistics) off, so no file appears beside them.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial

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
from .gdal_calls import gdal_return_codes

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
    """A float32 GeoTIFF (tiled 256 × 256, DEFLATE, nodata -9999) with average overviews,
    written window by window to a temporary file beside ``path``: the overviews are computed
    from the cells as they are written (:class:`Pyramid`), not read back at the end.
    :meth:`complete` adds the tags, :meth:`commit` moves the file into place (an
    :class:`~.atomic.AtomicFile`)."""

    @gdal_return_codes()
    def __init__(self, path: str, grid: Grid, crs, bands: list[str]) -> None:
        from osgeo import gdal, osr

        self.file = AtomicFile(path)
        self.bands = bands
        options = [
            "TILED=YES",
            f"BLOCKXSIZE={BLOCK}",
            f"BLOCKYSIZE={BLOCK}",
            "COMPRESS=DEFLATE",
            "PREDICTOR=3",
            f"ZLEVEL={DEFLATE_LEVEL}",
            "NUM_THREADS=2",
            "BIGTIFF=IF_SAFER",
        ]
        driver = gdal.GetDriverByName("GTiff")
        with _gdal_env(ZLEVEL_OVERVIEW=str(DEFLATE_LEVEL)):
            self.dataset = driver.Create(
                str(self.file.path), grid.width, grid.height, len(bands), gdal.GDT_Float32, options
            )
            if self.dataset is None:
                raise OSError(f"{self.file.path}: {gdal.GetLastErrorMsg()}")
            srs = osr.SpatialReference()
            srs.SetFromUserInput(crs)
            self.dataset.SetSpatialRef(srs)
            t = window_transform(grid, Window(0, 0, grid.height, grid.width))
            self.dataset.SetGeoTransform((t.c, t.a, t.b, t.f, t.d, t.e))
            for i, name in enumerate(bands, start=1):
                self.dataset.GetRasterBand(i).SetDescription(name)
                self.dataset.GetRasterBand(i).SetNoDataValue(NODATA)  # before the overviews
            self.factors = overview_factors(grid.width, grid.height)
            if self.factors and self.dataset.BuildOverviews("NONE", self.factors) != 0:
                raise OSError(f"{self.file.path}: {gdal.GetLastErrorMsg()}")
        self.pyramids = []
        for i in range(1, len(bands) + 1):
            band = self.dataset.GetRasterBand(i)
            self.pyramids.append(
                Pyramid(grid.width, grid.height, len(self.factors), partial(_write_row, band))
            )

    @gdal_return_codes()
    def write(self, window: Window, arrays: list[np.ndarray], valid: np.ndarray) -> None:
        """One array per band for a window inside the grid; cells not ``valid`` get nodata."""
        for i, array in enumerate(arrays, start=1):
            keep = valid & np.isfinite(array)
            data = np.where(keep, array, NODATA).astype(np.float32)
            if self.dataset.GetRasterBand(i).WriteArray(data, window.col, window.row) != 0:
                raise OSError(f"{self.file.path}: {_gdal_error()}")
            self.pyramids[i - 1].add(window.row, window.col, np.where(keep, data, np.nan))
        if window.col + window.width == self.dataset.RasterXSize:
            # the end of a row of tiles: its blocks are compressed and written now (while the
            # next transforms run), not all at the close
            end = window.row + window.height
            for i in range(1, len(arrays) + 1):
                band = self.dataset.GetRasterBand(i)
                band.FlushCache()
                for k, factor in enumerate(self.factors):  # overviews whose block rows are done
                    if end % (BLOCK * factor) == 0 or end == self.dataset.RasterYSize:
                        band.GetOverview(k).FlushCache()

    @gdal_return_codes()
    def complete(self, tags: dict) -> None:
        """Add the tags and close the temporary file (every cell and overview written)."""
        if any(not p.done() for p in self.pyramids):
            raise ValueError(f"{self.file.path}: not every cell was written")
        if self.factors:
            self.dataset.SetMetadataItem("resampling", "average", "rio_overview")
        for key, value in tags.items():
            self.dataset.SetMetadataItem(
                key, value if isinstance(value, str) else json.dumps(value)
            )
        self._close()

    def _close(self) -> None:
        from osgeo import gdal

        if self.dataset is not None:
            with _gdal_env(ZLEVEL_OVERVIEW=str(DEFLATE_LEVEL)):
                failed = self.dataset.FlushCache() not in (None, 0)
                self.dataset = None  # closes the file
            if failed:
                raise OSError(f"{self.file.path}: {gdal.GetLastErrorMsg()}")

    def commit(self, backup: bool = False) -> str:
        """Move the finished file to its final path."""
        return self.file.commit(backup)

    def finish(self) -> None:
        self.file.finish()

    def rollback(self) -> None:
        self.file.rollback()

    def discard(self) -> None:
        self.dataset = None
        self.file.discard()


def overview_factors(width: int, height: int) -> list[int]:
    """Overview factors 2, 4, 8, … down to about ``BLOCK / 2`` cells (at most 1024)."""
    factors, f = [], 2
    while max(width, height) / f >= BLOCK / 2 and f <= 1024:
        factors.append(f)
        f *= 2
    return factors


@contextmanager
def _gdal_env(**options: str) -> Iterator[None]:
    """GDAL configuration options set in this thread for the block (restored after)."""
    from osgeo import gdal

    old = {key: gdal.GetThreadLocalConfigOption(key, None) for key in options}
    for key, value in options.items():
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        yield
    finally:
        for key, value in old.items():
            gdal.SetThreadLocalConfigOption(key, value)


def _write_row(band, level: int, row: int, values: np.ndarray) -> None:
    """Write rows of overview ``level`` (NaN = nodata) into ``band``'s overview."""
    data = np.where(np.isnan(values), NODATA, values).astype(np.float32)
    if band.GetOverview(level).WriteArray(data, 0, row) != 0:
        raise OSError(_gdal_error())


def _gdal_error() -> str:
    from osgeo import gdal

    return gdal.GetLastErrorMsg()


class Pyramid:
    """Average overviews (factors 2, 4, 8, …) of one band, computed from the windows as they
    are written, in any order: a cell of a level is the mean (float64, then float32) of the
    valid cells among the 2 × 2 cells of the level below it covers (fewer along the right and
    bottom edges); nodata (NaN) when none is valid. Rows of a level are handed to
    ``emit(level, first_row, rows)`` once every cell under them has been written, so only
    the rows still being written are held."""

    def __init__(self, width: int, height: int, levels: int, emit) -> None:
        self.levels: list[_Level] = []
        for _ in range(levels):
            self.levels.append(_Level(width, height))
            width, height = self.levels[-1].width, self.levels[-1].height
        self.emit = emit

    def add(self, row: int, col: int, values: np.ndarray) -> None:
        """Cells (float32, NaN = nodata) of the full-resolution window at ``row``, ``col``."""
        for k, level in enumerate(self.levels):
            done = level.add(row, col, values)
            if done is None:
                return
            row, values = done
            col = 0
            self.emit(k, row, values)

    def done(self) -> bool:
        return all(level.complete() for level in self.levels)


class _Level:
    """One overview level being built from windows of the level below (``width`` ×
    ``height`` cells there): the sums and counts of its rows not yet complete."""

    def __init__(self, below_width: int, below_height: int) -> None:
        self.below_width, self.below_height = below_width, below_height
        self.width, self.height = (below_width + 1) // 2, (below_height + 1) // 2
        self.first = 0  # rows before it are complete and handed on
        self.sums = np.zeros((0, self.width))
        self.counts = np.zeros((0, self.width), dtype=np.int8)
        self.seen = np.zeros(0, dtype=np.int64)  # cells below received per row

    def add(self, row: int, col: int, values: np.ndarray) -> tuple[int, np.ndarray] | None:
        """Add a window of the level below; the complete rows at the top, if any, as
        ``(first_row, float32 rows)``."""
        h, w = values.shape
        top, left = row % 2, col % 2
        padded = np.full((h + top + (row + h) % 2, w + left + (col + w) % 2), np.nan)
        padded[top : top + h, left : left + w] = values
        valid = ~np.isnan(padded)
        np.putmask(padded, ~valid, 0.0)
        rows, cols = padded.shape[0] // 2, padded.shape[1] // 2
        sums = padded.reshape(rows, 2, cols, 2).sum(axis=(1, 3))
        counts = valid.reshape(rows, 2, cols, 2).sum(axis=(1, 3), dtype=np.int8)
        r0, c0 = row // 2 - self.first, col // 2
        if r0 < 0:
            raise ValueError("overview rows written twice")
        self._grow(r0 + rows)
        self.sums[r0 : r0 + rows, c0 : c0 + cols] += sums
        self.counts[r0 : r0 + rows, c0 : c0 + cols] += counts
        below = np.full(rows, 2 * w)
        below[0] -= top * w
        below[-1] -= (row + h) % 2 * w
        self.seen[r0 : r0 + rows] += below
        return self._complete_rows()

    def _grow(self, rows: int) -> None:
        if rows > self.height - self.first:
            raise ValueError("window outside the grid")
        if rows > len(self.seen):
            extra = min(max(rows, 2 * len(self.seen)), self.height - self.first) - len(self.seen)
            self.sums = np.vstack([self.sums, np.zeros((extra, self.width))])
            self.counts = np.vstack([self.counts, np.zeros((extra, self.width), np.int8)])
            self.seen = np.append(self.seen, np.zeros(extra, np.int64))

    def _complete_rows(self) -> tuple[int, np.ndarray] | None:
        rows = np.arange(self.first, self.first + len(self.seen))
        expected = np.minimum(2, self.below_height - 2 * rows) * self.below_width
        n = int(np.argmin(self.seen == expected)) if len(self.seen) else 0
        if len(self.seen) and self.seen[n] == expected[n]:
            n = len(self.seen)
        if n == 0:
            return None
        with np.errstate(invalid="ignore", divide="ignore"):
            out = (self.sums[:n] / self.counts[:n]).astype(np.float32)
        first = self.first
        self.sums, self.counts, self.seen = self.sums[n:], self.counts[n:], self.seen[n:]
        self.first += n
        return first, out

    def complete(self) -> bool:
        return self.first >= self.height


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
