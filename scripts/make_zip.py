"""Zip the staged plugin with top folder ``clearance_planner/`` (for "Install from ZIP")."""

import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository: plugin.*
from plugin.qgis_io.atomic import AtomicFile


def make_zip(stage: Path, archive: Path) -> Path:
    """Write ``archive`` (atomically) from the staged folder, skipping caches."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    with AtomicFile(archive) as out:
        with zipfile.ZipFile(out.path, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(stage.rglob("*")):
                if "__pycache__" in path.parts or path.suffix == ".pyc" or path.is_dir():
                    continue
                zf.write(path, path.relative_to(stage.parent))
        out.commit()
    return archive


if __name__ == "__main__":
    print(make_zip(Path(sys.argv[1]), Path(sys.argv[2])))
