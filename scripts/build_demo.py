"""Build resources/demo/clearance_demo.gpkg (deterministic; hazards etc. are SYNTHETIC)."""

import os
import sys
from pathlib import Path

from qgis_app import quiet_runtime_dir

ROOT = Path(__file__).resolve().parents[1]


def main(target: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quiet_runtime_dir()
    # build from the repository's plugin/ + resources/ (no staging needed)
    sys.path.insert(0, str(ROOT))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import plugin.paths as paths

    paths.RESOURCES = ROOT / "resources"
    paths.STYLES = paths.RESOURCES / "styles"
    from plugin.demo import build as demo_build

    demo_build.RESOURCES = paths.RESOURCES
    print(demo_build.build(Path(target)))
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "resources/demo/clearance_demo.gpkg"))
