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
    assert "clearance_planner/resources/demo/clearance_demo.gpkg" in names  # make test built it
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


def test_metadata_offers_the_plugin_to_qgis_4_on_qt6():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general.getboolean("supportsQt6") is True


def make_zip(stage: Path, archive: Path, **env) -> bytes:
    import os

    subprocess.run(
        ["/usr/bin/python3", "scripts/make_zip.py", str(stage), str(archive)],
        cwd=ROOT,
        check=True,
        env={**os.environ, **env},
    )
    return archive.read_bytes()


def stage_copy(tmp_path: Path) -> Path:
    """A small stage of a few files with assorted modification times."""
    import os

    stage = tmp_path / "stage" / "clearance_planner"
    for name, text in (("metadata.txt", "[general]\n"), ("b/z.py", "z = 1\n"), ("a.py", "")):
        (stage / name).parent.mkdir(parents=True, exist_ok=True)
        (stage / name).write_text(text)
    (stage / "__pycache__").mkdir()
    (stage / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"x")
    (stage / "data.gpkg-wal").write_bytes(b"x")
    os.utime(stage / "a.py", (1_700_000_000, 1_700_000_000))
    return stage


def test_zip_is_byte_identical_when_rebuilt_from_the_same_files_touched_later(tmp_path):
    import os

    stage = stage_copy(tmp_path)
    first = make_zip(stage, tmp_path / "one.zip")
    for path in stage.rglob("*"):
        os.utime(path, (1_800_000_000, 1_800_000_000))
    assert make_zip(stage, tmp_path / "two.zip") == first
    with zipfile.ZipFile(tmp_path / "one.zip") as zf:
        infos = zf.infolist()
    assert [i.filename for i in infos] == [
        "clearance_planner/a.py",
        "clearance_planner/b/z.py",
        "clearance_planner/metadata.txt",
    ]  # sorted; no caches, no SQLite side files
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {i.external_attr >> 16 for i in infos} == {0o100644}


def test_zip_entries_take_source_date_epoch_when_set(tmp_path):
    make_zip(stage_copy(tmp_path), tmp_path / "e.zip", SOURCE_DATE_EPOCH="1700000000")
    with zipfile.ZipFile(tmp_path / "e.zip") as zf:
        stamps = {i.date_time for i in zf.infolist()}
    assert stamps == {(2023, 11, 14, 22, 13, 20)}  # 1700000000 s after 1970-01-01 UTC


def test_make_zip_builds_the_demo_geopackage_before_staging_and_zipping(tmp_path):
    missing = tmp_path / "not_built" / "clearance_demo.gpkg"
    plan = subprocess.run(
        ["make", "-n", "zip", f"DEMO_GPKG={missing}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    build = plan.index(f"scripts/build_demo.py {missing}")
    stage = plan.index("cp -r plugin/. build/clearance_planner/")
    assert build < stage < plan.index("scripts/make_zip.py")
