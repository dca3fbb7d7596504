"""`make zip` builds an archive QGIS can install: one top folder clearance_planner/."""

import configparser
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_zip_has_single_top_folder_with_metadata_and_no_caches(tmp_path):
    archive = tmp_path / "cp.zip"
    subprocess.run(
        ["/usr/bin/python3", "scripts/make_zip.py", "build/clearance_planner", str(archive)],
        cwd=ROOT,
        check=True,
    )
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        meta = zf.read("clearance_planner/metadata.txt").decode()
    assert {n.split("/")[0] for n in names} == {"clearance_planner"}
    assert "clearance_planner/__init__.py" in names
    assert "clearance_planner/resources/icons/clearance.svg" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(meta)
    general = parser["general"]
    assert general["name"] == "Clearance Planner"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert general["icon"] == "resources/icons/clearance.svg"


def test_metadata_declares_everything_the_plugin_repository_requires():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    required = [
        "name",
        "qgisMinimumVersion",
        "description",
        "about",
        "version",
        "author",
        "email",
        "repository",
        "tracker",
        "homepage",
        "category",
        "tags",
        "icon",
    ]
    assert all(parser["general"].get(key) for key in required)
    assert "SYNTHETIC" in parser["general"]["about"]
