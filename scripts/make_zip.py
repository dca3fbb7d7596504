"""Zip the staged plugin with top folder ``clearance_planner/`` (for "Install from ZIP").

The archive is reproducible: the same staged files give the same bytes (entries in sorted
order, a fixed timestamp — ``SOURCE_DATE_EPOCH`` when set — and fixed permissions)."""

import os
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository: plugin.*
from plugin.qgis_io.atomic import AtomicFile

EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
SKIPPED_SUFFIXES = (".pyc", ".partial")


def entry_time() -> tuple:
    """The timestamp of every entry: SOURCE_DATE_EPOCH (UTC) if set, else 1980-01-01."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return EPOCH
    return max(EPOCH, tuple(time.gmtime(int(epoch))[:6]))


def shipped(stage: Path) -> list[Path]:
    """The files to ship, sorted by their path in the archive: no caches, no temp files."""
    files = [
        path
        for path in stage.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and not path.name.endswith(SKIPPED_SUFFIXES)
        and ".partial-" not in path.name
        and "-journal" not in path.name
        and not path.name.endswith(("-wal", "-shm"))
    ]
    return sorted(files, key=lambda p: p.relative_to(stage.parent).as_posix())


def make_zip(stage: Path, archive: Path) -> Path:
    """Write ``archive`` from the staged folder, atomically and reproducibly."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    stamp = entry_time()
    with AtomicFile(archive) as out:
        with zipfile.ZipFile(out.path, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in shipped(stage):
                info = zipfile.ZipInfo(path.relative_to(stage.parent).as_posix(), stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16  # regular file, rw-r--r--
                info.create_system = 3  # Unix, whatever the build machine
                zf.writestr(info, path.read_bytes(), compresslevel=9)
        out.commit()
    return archive


if __name__ == "__main__":
    print(make_zip(Path(sys.argv[1]), Path(sys.argv[2])))
