"""Desktop extensions are found by themselves: any module of this package with ``install(plugin)``.

``install`` adds its actions (through ``plugin.add_action``) and docks, and returns an object
with ``unload()`` (or None). Modules are installed in name order.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from ..i18n import tr
from ..logs import LOGGER


def load(plugin) -> list:
    """Install every GUI extension module and return the objects to unload later."""
    installed = []
    for info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda i: i.name):
        if info.name in {"extensions"} or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__package__}.{info.name}")
        install = getattr(module, "install", None)
        if install is None:
            continue
        try:
            extension = install(plugin)
        except Exception:  # one broken extension must not take the plugin down
            LOGGER.exception(tr("Could not install the desktop extension {0}").format(info.name))
            continue
        if extension is not None:
            installed.append(extension)
    return installed
