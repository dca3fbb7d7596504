"""Make results explainable: run parameters in layer metadata, a ``clearance_runs`` table and
an embedded style when the output is a GeoPackage."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from pathlib import Path

from qgis.core import (
    QgsDataSourceUri,
    QgsException,
    QgsFeatureRequest,
    QgsLayerMetadata,
    QgsNotSupportedException,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..i18n import tr
from ..logs import LOGGER
from ..paths import plugin_version, style_path
from . import postgis
from .compat import save_style_to_database
from .gdal_calls import gdal_return_codes
from .layers import iter_features

RUNS_TABLE = "clearance_runs"


def run_record(algorithm_id: str, parameters: dict) -> dict:
    """What a run needs to be explained and repeated (JSON-serialisable)."""
    return {
        "algorithm": f"clearance:{algorithm_id}",
        "plugin_version": plugin_version(),
        "run_id": uuid.uuid4().hex,
        "run_time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "parameters": parameters,
    }


def layer_metadata(
    title: str, abstract: str, record: dict, synthetic: bool = False
) -> QgsLayerMetadata:
    """Layer metadata whose history holds the run record as JSON."""
    md = QgsLayerMetadata()
    md.setTitle(title)
    md.setAbstract(abstract + ("\n\nSYNTHETIC DEMO DATA." if synthetic else ""))
    md.setKeywords({"gmd:topicCategory": ["planningCadastre", "society"]})
    md.addKeywords("keywords", ["mine action", "land release", "Clearance Planner"])
    md.setHistory([json.dumps(record, sort_keys=True, default=str)])
    return md


@gdal_return_codes()
def _gpkg_layer(dest: str) -> QgsVectorLayer | None:
    """The written layer, addressed with ``|layername=`` (metadata needs the name)."""
    from osgeo import ogr

    path = dest.split("|")[0]
    if Path(path).suffix.lower() != ".gpkg" or not Path(path).exists():
        return None
    name = dest.split("layername=")[1].split("|")[0] if "layername=" in dest else None
    if name is None:
        ds = ogr.Open(path)
        names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] if ds else []
        names = [n for n in names if n not in (RUNS_TABLE, "layer_styles")]
        if not names:
            return None
        name = names[0]
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    return layer if layer.isValid() else None


def record_in_geopackage(dest: str, record: dict, metadata: QgsLayerMetadata, style: str | None):
    """Embed style and metadata in a GeoPackage or PostGIS output and append to its runs table.

    Does nothing for other formats (their loaded layers get metadata from the post-processor).
    """
    if postgis.is_postgres_layer(dest):
        record_in_database(dest, record, metadata, style)
        return
    layer = _gpkg_layer(dest)
    if layer is None:
        return
    if style:
        msg, ok = layer.loadNamedStyle(style_path(style))
        if ok:
            _drop_style(dest.split("|")[0], layer.name(), style)
            save_style_to_database(layer, style, "Clearance Planner style")
        else:
            LOGGER.warning(tr("Style {0} not embedded: {1}").format(style, msg))
    ok, error = (
        QgsProviderRegistry.instance()
        .providerMetadata("ogr")
        .saveLayerMetadata(layer.source(), metadata)
    )
    if not ok:
        LOGGER.warning(tr("Layer metadata not written to {0}: {1}").format(dest, error))
    append_run(dest.split("|")[0], layer.name(), record)


def record_in_database(dest: str, record: dict, metadata: QgsLayerMetadata, style: str | None):
    """The PostGIS side of :func:`record_in_geopackage`: the style as the table's default in
    ``layer_styles`` (colleagues opening the table see it), the metadata, the abstract as the
    table comment (SYNTHETIC stays visible in any client) and a ``clearance_runs`` row."""
    uri, schema, table = postgis.table_of(dest)
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    if not layer.isValid():
        LOGGER.warning(tr("Could not open {0} to record the run").format(postgis.safe_uri(uri)))
        return
    if style:
        try:
            postgis.save_style(uri, QgsDataSourceUri(layer.source()), style, _qml(style))
        except postgis.DatabaseError as exc:
            LOGGER.warning("%s", exc)
    postgres = QgsProviderRegistry.instance().providerMetadata("postgres")
    # QGIS >= 3.28 keeps layer metadata in the database; before, the table comment carries it
    with contextlib.suppress(QgsNotSupportedException, QgsException):
        postgres.saveLayerMetadata(layer.source(), metadata)
    try:
        conn = postgis.Connection(uri)
        conn.execute(
            f"COMMENT ON TABLE {postgis.qualified(schema, table)} IS "
            f"{postgis.quote_literal(metadata.title() + ' - ' + metadata.abstract())}",
            "comment",
        )
        postgis.append_run(dest, record)
    except postgis.DatabaseError as exc:
        LOGGER.warning("%s", exc)


def _qml(style: str) -> str:
    """The text of a shipped style."""
    return Path(style_path(style)).read_text(encoding="utf-8")


@gdal_return_codes()
def _drop_style(gpkg_path: str, table: str, style: str) -> None:
    """Delete the style ``style`` of ``table`` saved by an earlier run into the same
    GeoPackage (QGIS would otherwise ask in a dialog whether to overwrite it)."""
    from osgeo import ogr

    ds = ogr.Open(gpkg_path, update=1)
    if ds is None or ds.GetLayerByName("layer_styles") is None:
        return
    table, style = (v.replace("'", "''") for v in (table, style))
    ds.ExecuteSQL(
        f"DELETE FROM layer_styles WHERE f_table_name = '{table}' AND styleName = '{style}'"
    )
    ds = None


@gdal_return_codes()
def append_run(gpkg_path: str, layer_name: str, record: dict) -> None:
    """Append one row to the ``clearance_runs`` attribute table of a GeoPackage."""
    from osgeo import ogr

    ds = ogr.Open(gpkg_path, update=1)
    if ds is None:
        LOGGER.warning(tr("Could not open {0} to record the run").format(gpkg_path))
        return
    table = ds.GetLayerByName(RUNS_TABLE)
    if table is None:
        table = ds.CreateLayer(RUNS_TABLE, geom_type=ogr.wkbNone)
        for name in ("run_time", "algorithm", "plugin_version", "output_layer", "parameters"):
            table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    if table.GetLayerDefn().GetFieldIndex("run_id") < 0:  # tables written before run ids
        table.CreateField(ogr.FieldDefn("run_id", ogr.OFTString))
    feature = ogr.Feature(table.GetLayerDefn())
    feature.SetField("run_id", record.get("run_id", ""))
    feature.SetField("run_time", record["run_time"])
    feature.SetField("algorithm", record["algorithm"])
    feature.SetField("plugin_version", record["plugin_version"])
    feature.SetField("output_layer", layer_name)
    feature.SetField(
        "parameters",
        postgis.without_password(json.dumps(record["parameters"], sort_keys=True, default=str)),
    )
    table.CreateFeature(feature)
    ds = None


def latest_run(layer: QgsVectorLayer) -> dict | None:
    """The run record that made ``layer``: the last JSON record in its metadata history, else
    the last row for it in its GeoPackage's ``clearance_runs`` table; None when neither."""
    for entry in reversed(layer.metadata().history()):
        try:
            record = json.loads(entry)
        except ValueError:
            continue
        if isinstance(record, dict) and "parameters" in record:
            return record
    return _latest_run_row(layer)


@gdal_return_codes()
def _latest_run_row(layer: QgsVectorLayer) -> dict | None:
    from osgeo import ogr

    source = layer.source()
    path = source.split("|")[0]
    if Path(path).suffix.lower() != ".gpkg" or not Path(path).exists():
        return None
    name = source.split("layername=")[1].split("|")[0] if "layername=" in source else None
    ds = ogr.Open(path)
    table = ds.GetLayerByName(RUNS_TABLE) if ds is not None else None
    if table is None:
        return None
    rows = [f for f in table if name is None or f.GetField("output_layer") == name]
    if not rows:
        return None
    row = rows[-1]
    try:
        parameters = json.loads(row.GetField("parameters") or "{}")
    except ValueError:
        parameters = {}
    keys = ("run_time", "algorithm", "plugin_version")
    return {**{k: row.GetField(k) for k in keys}, "parameters": parameters}


def is_synthetic(source) -> bool:
    """True when the layer's ``source`` field says "synthetic" (the demo data)."""
    index = source.fields().lookupField("source")
    if index < 0:
        return False
    request = QgsFeatureRequest().setLimit(1).setSubsetOfAttributes([index])
    return any(
        "synthetic" in str(f.attributes()[index]).lower() for f in iter_features(source, request)
    )


def metadata_synthetic(layer: QgsVectorLayer) -> bool:
    """True when the layer's metadata title or abstract, or its ``source`` field, says
    SYNTHETIC."""
    md = layer.metadata()
    return "SYNTHETIC" in f"{md.title()} {md.abstract()}".upper() or is_synthetic(layer)


def source_values(layer: QgsVectorLayer, limit: int = 3) -> list[str]:
    """Up to ``limit`` distinct non-empty values of the layer's ``source`` field."""
    index = layer.fields().lookupField("source")
    if index < 0:
        return []
    request = QgsFeatureRequest().setSubsetOfAttributes([index])
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    found: list[str] = []
    for feature in iter_features(layer, request):
        value = feature.attributes()[index]
        text = "" if value is None else str(value).strip()
        if text and text != "NULL" and text not in found:
            found.append(text)
            if len(found) >= limit:
                break
    return found


def source_text(layer: QgsVectorLayer) -> str:
    """Where a layer's data come from, in one line: its metadata title and rights, else its
    ``source`` field's values, else its name and file."""
    md = layer.metadata()
    parts = [md.title().strip()] if md.title().strip() else []
    parts += [r for r in md.rights() if r.strip()]
    parts += [v for v in source_values(layer) if v not in parts]
    if not parts:
        where = (
            tr("memory layer")
            if layer.providerType() == "memory"
            else Path(layer.source().split("|")[0]).name
        )
        parts = [tr("layer '{0}' ({1})").format(layer.name(), where)]
    return "; ".join(parts)
