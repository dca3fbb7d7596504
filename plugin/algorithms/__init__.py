"""Processing algorithms, one per module; the provider finds them here by themselves.

A module contributes every ``ClearanceAlgorithm`` subclass it defines whose ``name()`` is
not empty, so adding an algorithm means adding a module and nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil

from .base import ClearanceAlgorithm


def algorithm_classes() -> list[type[ClearanceAlgorithm]]:
    """All concrete algorithm classes of this package, sorted by id."""
    found: dict[str, type[ClearanceAlgorithm]] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, ClearanceAlgorithm)
                and value.__module__ == module.__name__
                and value.ALGORITHM_ID
            ):
                found[value.ALGORITHM_ID] = value
    return [found[key] for key in sorted(found)]
