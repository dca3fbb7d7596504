"""Where an output parameter writes, and whether it can: checked before a run starts."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingDestinationParameter,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFolderDestination,
    QgsProperty,
)

from ..i18n import tr
from .postgis import check_writable, is_postgis_destination

NOT_FILES = ("memory:", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:", "hana:")
TEMPORARY = "TEMPORARY_OUTPUT"


def parse_destination(value: str) -> tuple[Path, str | None] | None:
    """``(file, table)`` of a destination string: a plain path (table None), a table of a
    GeoPackage as ``ogr:dbname='x.gpkg' table="t" (geom)`` or ``x.gpkg|layername=t``; None
    for temporary, memory and database outputs."""
    value = (value or "").strip()
    if not value or value == TEMPORARY or value.startswith(NOT_FILES):
        return None
    if value.startswith("ogr:"):
        uri = QgsDataSourceUri(value[4:])
        if not uri.database():
            return None
        return Path(uri.database()), uri.table() or None
    path, _, options = value.partition("|")
    table = None
    for option in options.split("|"):
        key, _, name = option.partition("=")
        if key.strip() == "layername" and name.strip():
            table = name.strip()
    return Path(path), table


def destination_value(param, parameters: dict, context) -> str:
    """The destination string given for ``param`` ("" when none)."""
    value = parameters.get(param.name())
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext(), "")
    return "" if value is None else str(value)


def _folder_problem(name: str, path: Path) -> str | None:
    """Why the folder holding ``path`` cannot take it, or None."""
    folder = path.parent
    if not folder.exists():
        above = next((p for p in folder.parents if p.exists()), None)
        if above is not None and not above.is_dir():
            return tr("{0}: '{1}' is a file, not a folder; choose another path than '{2}'.").format(
                name, above, path
            )
        return tr("{0}: the folder '{1}' does not exist; create it or choose another path.").format(
            name, folder
        )
    if not folder.is_dir():
        return tr("{0}: '{1}' is a file, not a folder; choose another path than '{2}'.").format(
            name, folder, path
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        return tr("{0}: the folder '{1}' is read-only; choose a folder you can write to.").format(
            name, folder
        )
    return None


def path_problem(name: str, path: Path, table: str | None, folder: bool) -> str | None:
    """Why output ``name`` cannot be written to ``path``, or None."""
    if folder:
        if path.exists() and not path.is_dir():
            return tr("{0}: '{1}' is a file; give a folder.").format(name, path)
    elif path.is_dir():
        return tr("{0}: '{1}' is a folder; give a file name inside it.").format(name, path)
    problem = _folder_problem(name, path)
    if problem is None and table and path.exists() and not os.access(path, os.W_OK):
        problem = tr("{0}: the file '{1}' is read-only; table '{2}' cannot be written.").format(
            name, path, table
        )
    return problem


def destination_problems(alg, parameters: dict, context) -> list[str]:
    """One message per output parameter of ``alg`` that cannot be written where it points."""
    out = []
    for param in alg.destinationParameterDefinitions():
        if not isinstance(param, QgsProcessingDestinationParameter):
            continue
        value = destination_value(param, parameters, context)
        if is_postgis_destination(value):
            problem = check_writable(value)
            if problem:
                out.append(f"{param.name()}: {problem}")
            continue
        parsed = parse_destination(value)
        if parsed is None:
            continue
        folder = isinstance(param, QgsProcessingParameterFolderDestination)
        problem = path_problem(param.name(), parsed[0], parsed[1], folder)
        if problem:
            out.append(problem)
    return out
