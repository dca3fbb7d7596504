"""The translation sources: complete, current (a fresh pylupdate5 extraction finds nothing
new) and faithful to the placeholders of every string."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("az", "ru")
MARKERS = {"tr", "QT_TR_NOOP"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|\[%.*?%\]")  # str.format fields, QGIS expressions


def ts_path(language: str) -> Path:
    return ROOT / "i18n" / f"clearance_planner_{language}.ts"


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(source, translation element) of every message of a .ts file."""
    root = ET.parse(path).getroot()
    return [(m.findtext("source"), m.find("translation")) for m in root.iter("message")]


def literal_marked_strings() -> dict[str, str]:
    """Every string literal passed to tr() or QT_TR_NOOP() in plugin/ (as Python sees it), with
    where it is: what the running plugin looks up."""
    found = {}
    for path in sorted((ROOT / "plugin").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in MARKERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[node.args[0].value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


@pytest.fixture(scope="module")
def fresh_extraction(tmp_path_factory) -> set[str]:
    """The sources pylupdate5 extracts from plugin/ now (as `make i18n-update` runs it)."""
    if shutil.which("pylupdate5") is None:
        pytest.fail("pylupdate5 is missing: `make deps` installs pyqt5-dev-tools")
    out = tmp_path_factory.mktemp("ts") / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "plugin").rglob("*.py"))
    subprocess.run(["pylupdate5", *sources, "-ts", str(out)], check=True, capture_output=True)
    return {source for source, _ in messages(out)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_has_no_unfinished_or_empty_translation(language):
    untranslated = [
        source
        for source, translation in messages(ts_path(language))
        if translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_holds_exactly_the_strings_pylupdate_finds_in_the_code(language, fresh_extraction):
    """New strings (other branches add them) make this fail until `make i18n-update` and a
    translation; strings gone from the code too."""
    in_ts = {source for source, _ in messages(ts_path(language))}
    assert sorted(fresh_extraction - in_ts) == [], "run `make i18n-update` and translate"
    assert sorted(in_ts - fresh_extraction) == [], "run `make i18n-update` (drops stale ones)"


def test_pylupdate_sees_every_literal_the_plugin_translates(fresh_extraction):
    """A tr() inside an f-string, or QT_TR_NOOP("…",) with a trailing comma, is invisible to
    pylupdate5: the plugin would look up a string no .ts holds."""
    unseen = {
        s: where for s, where in literal_marked_strings().items() if s not in fresh_extraction
    }
    assert unseen == {}


def test_tr_is_never_given_an_f_string():
    bad = []
    for path in sorted((ROOT / "plugin").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in MARKERS
                and node.args
                and isinstance(node.args[0], ast.JoinedStr)
            ):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bad == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_and_edge_space(language):
    broken = []
    for source, translation in messages(ts_path(language)):
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            broken.append(("placeholders", source[:60]))
        if (
            source[:1].isspace() != text[:1].isspace()
            or source[-1:].isspace() != text[-1:].isspace()
        ):
            broken.append(("edge space", source[:60]))
        if source.startswith("&") != text.startswith("&"):
            broken.append(("menu accelerator", source[:60]))
    assert broken == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_declares_its_language(language):
    root = ET.parse(ts_path(language)).getroot()
    assert (root.get("language"), root.get("sourcelanguage")) == (language, "en")


def test_no_tr_call_runs_at_import_time():
    """tr() in a module constant, class body or default argument runs when the module is
    imported, possibly before the translator is installed: it would stay English. Mark such
    strings with QT_TR_NOOP and translate them where they are shown."""
    early = []

    def visit(node, in_body: bool, path: Path) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                for default in child.args.defaults + child.args.kw_defaults:
                    if default is not None:
                        visit(ast.Expression(default), in_body, path)
                visit_body = child.body if isinstance(child.body, list) else [child.body]
                for statement in visit_body:
                    visit(ast.Module([statement], []), True, path)
                continue
            if (
                not in_body
                and isinstance(child, ast.Call)
                and isinstance(child.func, ast.Name)
                and child.func.id == "tr"
            ):
                early.append(f"{path.relative_to(ROOT)}:{child.lineno}")
            visit(child, in_body, path)

    for path in sorted((ROOT / "plugin").rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), False, path)
    assert early == []
