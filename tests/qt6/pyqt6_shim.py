"""Import every module of the staged plugin with ``qgis.PyQt.*`` resolved to PyQt6 (PyPI), and
resolve every Qt name the code spells out against PyQt6; print the findings as JSON.

QGIS 4 is not available here, so this is a half-way house, run in its own process:
- ``qgis.PyQt.QtCore`` etc. are PyQt6's modules (Qt 6), as on QGIS 4;
- ``qgis.core``/``qgis.gui`` stay the real QGIS 3.22 (built on PyQt5; both load side by side),
  with ``Qgis.versionInt()`` answering 40000 so the plugin takes its QGIS 4 code paths.
Caught: Qt5-only names used at import time (module constants, class bodies, default
arguments), and any ``Name.attr.attr`` chain on a name imported from ``qgis.PyQt`` that PyQt6
does not have (unscoped enums such as ``Qt.AlignRight``, ``QVariant.String``, ``exec_``),
wherever it is in the code. Not caught: Qt names reached through objects (``widget.exec_()``
is caught by name only, any ``.exec_`` attribute), QGIS 4 API changes in ``qgis.core`` itself,
and behaviour at run time.

    python pyqt6_shim.py BUILD_DIR     (BUILD_DIR holds clearance_planner/)
"""

from __future__ import annotations

import ast
import importlib
import json
import sys
import traceback
from pathlib import Path

QT6_ONLY_GONE = {"exec_", "print_"}  # PyQt5 spellings PyQt6 dropped everywhere


def install_shim() -> None:
    import PyQt6
    import qgis
    import qgis.core
    from PyQt6 import QtCore, QtGui, QtNetwork, QtSvg, QtWidgets, QtXml, sip

    package = type(sys)("qgis.PyQt")
    package.__path__ = []
    sys.modules["qgis.PyQt"] = package
    qgis.PyQt = package
    for module in (QtCore, QtGui, QtWidgets, QtXml, QtSvg, QtNetwork):
        name = module.__name__.split(".")[-1]
        sys.modules[f"qgis.PyQt.{name}"] = module
        setattr(package, name, module)
    sys.modules["qgis.PyQt.sip"] = package.sip = sip  # QGIS 4: qgis.PyQt.sip is PyQt6.sip
    assert PyQt6.QtCore is QtCore

    class Qgis4(qgis.core.Qgis):
        @staticmethod
        def versionInt() -> int:
            return 40000

    qgis.core.Qgis = Qgis4


def import_all(build: Path) -> dict[str, str]:
    """module -> the error its import raised (empty: every module imports)."""
    sys.path.insert(0, str(build))
    errors = {}
    for path in sorted((build / "clearance_planner").rglob("*.py")):
        parts = path.relative_to(build).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        try:
            importlib.import_module(name)
        except Exception:
            errors[name] = traceback.format_exc(limit=-3)
    return errors


def qt_names(tree: ast.Module) -> dict[str, object]:
    """Names a module imports from qgis.PyQt, bound to the PyQt6 objects they would be."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis.PyQt"):
            for alias in node.names:
                module = sys.modules.get(node.module)
                target = getattr(module, alias.name, None) if module else None
                if node.module == "qgis.PyQt":
                    target = sys.modules.get(f"qgis.PyQt.{alias.name}")
                if target is not None:
                    bound[alias.asname or alias.name] = target
    return bound


def chain(node: ast.Attribute) -> tuple[str, list[str]] | None:
    names = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    return (node.id, names[::-1]) if isinstance(node, ast.Name) else None


def unknown_names(build: Path) -> list[str]:
    """``file:line Name.attr`` for each Qt name chain PyQt6 cannot resolve."""
    found = []
    for path in sorted((build / "clearance_planner").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bound = qt_names(tree)
        where = path.relative_to(build)
        inner = {
            id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Attribute)
        }  # attributes that are part of a longer chain
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute):
                continue
            if node.attr in QT6_ONLY_GONE:
                found.append(f"{where}:{node.lineno} .{node.attr} (gone in PyQt6)")
            if id(node) in inner:
                continue  # resolved as part of its outermost chain
            parsed = chain(node)
            if parsed and parsed[0] in bound:
                found += _resolve(bound[parsed[0]], parsed, f"{where}:{node.lineno}")
    return sorted(set(found))


def _resolve(obj, parsed, where: str) -> list[str]:
    root, names = parsed
    for i, name in enumerate(names):
        if not hasattr(obj, name):
            return [f"{where} {root}.{'.'.join(names[: i + 1])} (no such name in PyQt6)"]
        obj = getattr(obj, name)
    return []


def main() -> None:
    build = Path(sys.argv[1]).resolve()
    install_shim()
    report = {"import_errors": import_all(build), "unknown_names": unknown_names(build)}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
