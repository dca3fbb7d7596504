"""GDAL messages that are not the user's business, kept off stderr."""

from __future__ import annotations

from contextlib import contextmanager


@contextmanager
def gdal_errors_quiet():
    """GDAL errors and warnings silenced while the block runs (restored after), e.g. QGIS's
    attempt to georeference a PNG it exported ("PNG driver does not support update access")."""
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()
