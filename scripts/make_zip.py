"""Zip the staged plugin with top folder ``clearance_planner/`` (for "Install from ZIP")."""

import sys
import zipfile
from pathlib import Path


def make_zip(stage: Path, archive: Path) -> Path:
    """Write ``archive`` from the staged folder, skipping caches."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    tmp = archive.with_suffix(".zip.partial")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(stage.rglob("*")):
            if "__pycache__" in path.parts or path.suffix == ".pyc" or path.is_dir():
                continue
            zf.write(path, path.relative_to(stage.parent))
    tmp.replace(archive)
    return archive


if __name__ == "__main__":
    print(make_zip(Path(sys.argv[1]), Path(sys.argv[2])))
