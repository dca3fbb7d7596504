"""The ZIP against the plugin repository's checks (scripts/check_zip.py), the PROJECT_URL
setting, and the offline help every algorithm's helpUrl points to."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STAGE = ROOT / "build" / "clearance_planner"
REAL_URL = "https://github.com/clearance-planner/clearance-planner"


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_zip = load_script("check_zip")
stage_metadata = load_script("stage_metadata")


def zip_of(stage: Path, archive: Path) -> Path:
    subprocess.run(
        ["/usr/bin/python3", "scripts/make_zip.py", str(stage), str(archive)], cwd=ROOT, check=True
    )
    return archive


def staged_copy(tmp_path: Path) -> Path:
    """The staged plugin without its 1 MB demo GeoPackage (the checks do not look at it)."""
    copy = tmp_path / "clearance_planner"
    shutil.copytree(STAGE, copy, ignore=shutil.ignore_patterns("*.gpkg"))
    return copy


def small_zip(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return path


METADATA = """[general]
name=Demo
qgisMinimumVersion=3.22
description=d
about=a
version=0.1.0
author=A B
email=a@b.org
homepage=https://b.org/p
tracker=https://b.org/p/issues
repository=https://b.org/p
icon=icon.svg
experimental=True
"""
GOOD = {
    "demo/__init__.py": "",
    "demo/metadata.txt": METADATA,
    "demo/icon.svg": "<svg/>",
    "demo/LICENSE": "GPL",
}


def test_staged_zip_fails_only_on_the_placeholder_addresses(tmp_path):
    problems = check_zip.check_zip(zip_of(STAGE, tmp_path / "cp.zip"))
    assert sorted(p.split(":")[0] for p in problems) == [
        "PLACEHOLDER email",
        "PLACEHOLDER homepage",
        "PLACEHOLDER repository",
        "PLACEHOLDER tracker",
    ]


def test_zip_with_real_addresses_passes_every_check(tmp_path):
    stage = staged_copy(tmp_path)
    stage_metadata.set_addresses(stage / "metadata.txt", REAL_URL + "/", "planner@mine-action.org")
    meta = (stage / "metadata.txt").read_text(encoding="utf-8")
    assert f"homepage={REAL_URL}\n" in meta and f"tracker={REAL_URL}/issues\n" in meta
    assert f"repository={REAL_URL}\n" in meta and "PLACEHOLDER" not in meta
    assert check_zip.check_zip(zip_of(stage, tmp_path / "cp.zip")) == []


def test_make_stage_writes_the_project_url_setting_into_the_staged_metadata():
    dry = subprocess.run(
        ["make", "-n", "stage", f"PROJECT_URL={REAL_URL}", "PROJECT_EMAIL=p@mine-action.org"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"scripts/stage_metadata.py build/clearance_planner/metadata.txt '{REAL_URL}' " in dry


def test_a_clean_small_plugin_passes(tmp_path):
    assert check_zip.check_zip(small_zip(tmp_path / "z.zip", GOOD)) == []


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"demo/x.pyc": ""}, "compiled Python file 'demo/x.pyc'"),
        (
            {"demo/__pycache__/x.py": ""},
            "forbidden folder '__pycache__' in 'demo/__pycache__/x.py'",
        ),
        ({"demo/.git/HEAD": ""}, "forbidden folder '.git' in 'demo/.git/HEAD'"),
        ({"other/a.txt": ""}, "more than one top-level entry: demo, other"),
        ({"README": ""}, "more than one top-level entry: demo, README"),
        ({"demo/LICENSE": None}, "no LICENSE in the top folder"),
        ({"demo/__init__.py": None}, "no __init__.py in the top folder"),
        ({"demo/icon.svg": None}, "icon 'icon.svg' is not in the ZIP"),
        (
            {"demo/metadata.txt": METADATA.replace("about=a", "about=")},
            "required metadata 'about' is missing or empty",
        ),
        (
            {"demo/metadata.txt": METADATA.replace("author=A B", "author=A/B")},
            "author must not contain '/'",
        ),
        (
            {"demo/metadata.txt": METADATA.replace("version=0.1.0", "version=v1")},
            "version: 'v1' is not a dotted version such as 0.1.0",
        ),
        (
            {"demo/metadata.txt": METADATA.replace("https://b.org/p/issues", "http://bugs")},
            "tracker: 'http://bugs' is not an absolute URL",
        ),
        (
            {"demo/metadata.txt": METADATA.replace("https://b.org/p/issues", "b.org/issues")},
            "tracker: 'b.org/issues' is not an absolute URL",
        ),
        (
            {"demo/metadata.txt": METADATA.replace("experimental=True", "experimental=yes")},
            "experimental: 'yes' is not True or False",
        ),
        (
            {"demo/metadata.txt": METADATA.replace("[general]", "[main]")},
            "metadata.txt has no [general] section",
        ),
    ],
)
def test_each_refusal_of_the_plugin_repository_is_named(tmp_path, change, expected):
    files = {**GOOD, **change}
    files = {name: text for name, text in files.items() if text is not None}
    assert check_zip.check_zip(small_zip(tmp_path / "z.zip", files)) == [expected]


def test_a_bare_percent_in_the_metadata_is_refused_as_the_repository_parser_does(tmp_path):
    files = {**GOOD, "demo/metadata.txt": METADATA.replace("about=a", "about=13 % of the land")}
    (problem,) = check_zip.check_zip(small_zip(tmp_path / "z.zip", files))
    assert problem.startswith("metadata.txt cannot be read:") and "'%'" in problem


def test_a_zip_over_the_size_limit_and_a_bad_top_folder_name_are_refused(tmp_path):
    files = {name.replace("demo/", "1demo/"): text for name, text in GOOD.items()}
    archive = small_zip(tmp_path / "z.zip", files)
    problems = check_zip.check_zip(archive, max_size=100)
    assert problems == [
        f"the ZIP has {archive.stat().st_size:,} bytes, more than the 100 allowed",
        "top folder '1demo' must match [A-Za-z][A-Za-z0-9-_]+",
    ]


@pytest.mark.parametrize(
    "host, placeholder",
    [
        ("example.invalid", True),
        ("x.example", True),
        ("example.com", True),
        ("a.test", True),
        ("github.com", False),
        ("anexample.com", False),
        ("b.org", False),
    ],
)
def test_only_reserved_example_domains_count_as_placeholders(host, placeholder):
    assert check_zip.is_placeholder_host(host) is placeholder


# -- offline help ----------------------------------------------------------------------------


class Anchors(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.ids += [value for key, value in attrs if key == "id"]


def anchors(path: Path) -> list[str]:
    parser = Anchors()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.ids


def test_every_algorithm_help_url_is_its_anchor_in_the_help_shipped_in_the_plugin(
    clearance_provider,
):
    from qgis.PyQt.QtCore import QUrl

    algorithms = clearance_provider.algorithms()
    ids = anchors(STAGE / "help" / "index.html")
    assert sorted(ids) == sorted(a.name() for a in algorithms)
    for algorithm in algorithms:
        url = QUrl(algorithm.helpUrl())
        assert url.isLocalFile() and url.fragment() == algorithm.name()
        assert Path(url.toLocalFile()) == STAGE / "help" / "index.html"


@pytest.mark.parametrize("language", ["az", "ru"])
def test_help_page_of_each_language_has_every_algorithm_and_its_parameters(
    clearance_provider, language
):
    from qgis.PyQt.QtCore import QUrl

    from clearance_planner.help import help_url

    page = STAGE / "help" / f"index_{language}.html"
    text = page.read_text(encoding="utf-8")
    assert sorted(anchors(page)) == sorted(a.name() for a in clearance_provider.algorithms())
    for algorithm in clearance_provider.algorithms():
        section = text.split(f'id="{algorithm.name()}"')[1].split("<h2 ")[0]
        names = re.findall(r"<code>([A-Z0-9_]+)</code>", section)
        assert set(names) >= {p.name() for p in algorithm.parameterDefinitions()}
        assert Path(QUrl(help_url(algorithm.name(), language)).toLocalFile()) == page


def test_help_of_an_unshipped_language_falls_back_to_english():
    from qgis.PyQt.QtCore import QUrl

    from clearance_planner.help import help_url

    assert QUrl(help_url("prioritise", "de")).toLocalFile() == str(STAGE / "help" / "index.html")
    assert QUrl(help_url("prioritise", "de")).fragment() == "prioritise"
