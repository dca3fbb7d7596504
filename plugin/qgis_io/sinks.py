"""Feature sinks written atomically: a temporary file beside the target, renamed on success."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
)

from ..i18n import tr

SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd")


def _plain_file(value: str) -> Path | None:
    """The path when ``value`` names a whole file we may replace, else None."""
    if not value or value.startswith(("memory:", "ogr:", "postgres:", "postgis:", "spatialite:")):
        return None
    if value == "TEMPORARY_OUTPUT" or "|" in value or "=" in value:
        return None
    path = Path(value)
    return path if path.suffix and path.parent.is_dir() else None


class AtomicSink:
    """Wraps ``parameterAsSink`` so a failed or cancelled run never leaves a half file.

    Use as a context manager; call :meth:`commit` once every feature is added::

        with AtomicSink(alg, parameters, "OUTPUT", context, fields, wkb, crs) as out:
            out.sink.addFeatures(features)
            dest_id = out.commit()
    """

    def __init__(
        self,
        alg: QgsProcessingAlgorithm,
        parameters: dict,
        name: str,
        context: QgsProcessingContext,
        fields,
        wkb_type,
        crs,
        flags=QgsFeatureSink.SinkFlags(),  # noqa: B008 -- immutable Qt flags value
    ) -> None:
        self.context, self.name = context, name
        raw = parameters.get(name)
        definition = raw if isinstance(raw, QgsProcessingOutputLayerDefinition) else None
        value = definition.sink.staticValue() if definition is not None else raw
        self.final = _plain_file(str(value)) if isinstance(value, str) else None
        self.project = definition.destinationProject if definition is not None else None
        self.layer_name = (definition.destinationName if definition is not None else "") or (
            alg.parameterDefinition(name).description()
        )
        params = dict(parameters)
        if self.final is not None:
            stem = f"{self.final.stem}.partial-{uuid.uuid4().hex[:8]}"  # keeps the layer name
            self.temp: Path | None = self.final.with_name(stem + self.final.suffix)
            params[name] = str(self.temp)
        else:
            self.temp = None
        self.sink, self.dest_id = alg.parameterAsSink(
            params, name, context, fields, wkb_type, crs, flags
        )
        if self.sink is None:
            raise QgsProcessingException(alg.invalidSinkError(parameters, name))

    def __enter__(self) -> AtomicSink:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None or self.sink is not None:
            self.discard()

    def add(self, feature) -> None:
        """Add one feature, or stop with an error naming it (nothing is committed then)."""
        if not self.sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(
                tr("Could not write feature {0}: {1}").format(feature.id(), self.sink.lastError())
            )

    def _siblings(self, path: Path) -> list[Path]:
        if path.suffix.lower() != ".shp":
            return [path]
        return [path.with_suffix(s) for s in SHAPEFILE_PARTS if path.with_suffix(s).exists()]

    def commit(self) -> str:
        """Close the sink, move the file into place and return the destination id."""
        self.sink = None  # drops the writer, which finalises the file
        if self.temp is None:
            return self.dest_id
        for part in self._siblings(self.temp):
            target = self.final.with_suffix(part.suffix) if part != self.temp else self.final
            os.replace(part, target)
        self.temp = None
        if self.project is not None:
            details = QgsProcessingContext.LayerDetails(self.layer_name, self.project, self.name)
            self.context.addLayerToLoadOnCompletion(str(self.final), details)
        return str(self.final)

    def discard(self) -> None:
        """Drop the writer and delete the temporary file(s); the old output stays intact."""
        self.sink = None
        if self.temp is not None:
            for part in self._siblings(self.temp):
                part.unlink(missing_ok=True)
            self.temp = None


def require_overwrite_ok(path: str, overwrite: bool) -> None:
    """Refuse to replace an existing file unless ``overwrite`` is set."""
    if Path(path).exists() and not overwrite:
        raise QgsProcessingException(tr("'{0}' exists; set OVERWRITE to replace it.").format(path))


def clear_empty_geometries(dest: str) -> int:
    """Turn EMPTY geometries of a GeoPackage output into NULL; returns how many changed.

    QGIS 3.22 writes a feature without geometry as ``MULTIPOLYGON EMPTY`` to GeoPackage;
    rows that have no geometry by design (totals) should read back as NULL.
    """
    path, _, options = dest.partition("|")
    if Path(path).suffix.lower() != ".gpkg" or not Path(path).exists():
        return 0
    from osgeo import ogr

    ds = ogr.Open(path, update=1)
    if ds is None:
        return 0
    name = options.split("layername=", 1)[1].split("|")[0] if "layername=" in options else None
    layer = ds.GetLayerByName(name) if name else ds.GetLayer(0)
    table, column = layer.GetName(), layer.GetGeometryColumn()
    where = f'"{column}" IS NOT NULL AND ST_IsEmpty("{column}")'
    counted = ds.ExecuteSQL(f'SELECT COUNT(*) FROM "{table}" WHERE {where}')
    changed = counted.GetNextFeature().GetField(0) if counted is not None else 0
    ds.ReleaseResultSet(counted)
    if changed:
        ds.ExecuteSQL(f'UPDATE "{table}" SET "{column}" = NULL WHERE {where}')
    ds = None  # closes the dataset
    return changed
