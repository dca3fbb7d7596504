"""Fixtures of the bad-input corpus."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

TMPFS = Path("/dev/shm")


@pytest.fixture()
def folder(tmp_path):
    """A scratch folder on tmpfs when there is one (GeoPackage and GeoTIFF writes sync to disk
    several times per run, which dominates the corpus's time on a busy disk), else tmp_path."""
    if not (TMPFS.is_dir() and shutil.disk_usage(TMPFS).free > 1 << 30):
        yield tmp_path
        return
    path = Path(tempfile.mkdtemp(prefix="corpus-", dir=TMPFS))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
