"""Feature sinks written atomically (see :mod:`.atomic`): a whole file or a table of an
existing GeoPackage is written aside and swapped in by :meth:`AtomicSink.commit`; a CSV output
gets text escaped so spreadsheets do not run it as a formula, numbers rounded for their unit
and dates in ISO 8601 (:mod:`..formatting`); numpy numbers are written as numbers everywhere."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProxyFeatureSink,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant

from .. import formatting
from ..csv_text import safe_cell
from ..i18n import tr, tr_message
from ..logs import LOGGER
from . import atomic, gpkg_rows, pg_rows
from .atomic import AtomicFile, AtomicTable
from .destinations import parse_destination
from .fields import TYPES, make_field
from .gdal_calls import gdal_return_codes
from .gpkg_rows import Target
from .pg_geometry import storable
from .postgis import AtomicPgTable, is_postgis_destination

__all__ = ["AtomicSink", "clear_empty_geometries", "commit_all", "require_overwrite_ok"]


def _temporary_table(path: Path, table: str, wkb_type) -> str:
    """``ogr:`` destination of ``table`` in the temporary GeoPackage ``path``."""
    uri = QgsDataSourceUri()
    uri.setDatabase(str(path))
    no_geometry = wkb_type == QgsWkbTypes.Type.NoGeometry
    uri.setDataSource("", table, "" if no_geometry else "geom")
    return "ogr:" + uri.uri(False)


class AtomicSink:
    """Wraps ``parameterAsSink`` so a failed or cancelled run never touches an earlier output.

    Use as a context manager; add features with :meth:`add`, then commit (together with the
    run's other outputs, or not at all when the run was cancelled)::

        with AtomicSink(alg, parameters, "OUTPUT", context, fields, wkb, crs) as out:
            for feature in features:
                out.add(feature)
            dests = commit_all([out], feedback.isCanceled)

    Temporary and memory outputs are written directly (nothing earlier to keep); a PostGIS
    table is written aside and swapped in one transaction (:mod:`.postgis`).
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
        copy_to=None,
    ) -> None:
        """``copy_to``: a :class:`.xlsx.Sheet` that gets every feature's attributes too."""
        self.context, self.name, self.count = context, name, 0
        self.copy_to = copy_to
        self.names = fields.names()
        raw = parameters.get(name)
        definition = raw if isinstance(raw, QgsProcessingOutputLayerDefinition) else None
        value = definition.sink.staticValue() if definition is not None else raw
        appending = definition is not None and definition.useRemapping()
        parsed = parse_destination(value) if isinstance(value, str) and not appending else None
        self.project = definition.destinationProject if definition is not None else None
        self.layer_name = (definition.destinationName if definition is not None else "") or (
            alg.parameterDefinition(name).description()
        )
        self.file: AtomicFile | AtomicPgTable | None = None
        self.final = ""
        self.options = definition is not None and bool(definition.createOptions)
        params = dict(parameters)
        if is_postgis_destination(value) and not appending:
            self.file = AtomicPgTable(value, wkb_type != QgsWkbTypes.Type.NoGeometry)
            params[name] = self.file.path
            self.final = "postgres://" + self.file.target
        elif parsed is not None:
            path, table = parsed
            if table:
                self.file = AtomicTable(path, table)
                params[name] = _temporary_table(self.file.path, table, wkb_type)
                self.final = f"{path}|layername={table}"
            else:
                if not path.suffix:  # QGIS writes a GeoPackage then
                    path = path.with_name(path.name + ".gpkg")
                self.file = AtomicFile(path)
                params[name] = str(self.file.path)
                self.final = str(path)
            if definition is not None and definition.createOptions:
                temp = QgsProcessingOutputLayerDefinition(params[name])
                temp.createOptions = definition.createOptions
                params[name] = temp
        self.database = isinstance(self.file, AtomicPgTable)
        self._exporter_sink = None
        self._buffered = 0  # features in the exporter's buffer (database outputs)
        self.csv = parsed is not None and not parsed[1] and parsed[0].suffix.lower() == ".csv"
        if self.csv:
            self.sink, dest = _csv_writer(
                self.file.path, _csv_fields(fields), wkb_type, crs, context
            )
        else:
            try:
                self.sink, dest = self._sink(alg, params, fields, wkb_type, crs, flags)
            except QgsProcessingException:
                self.discard()  # no partial file of a refused sink left behind
                raise
        if self.sink is None:
            self.discard()
            raise QgsProcessingException(alg.invalidSinkError(parameters, name))
        self.dest_id = self.final or dest

    def _sink(self, alg, params: dict, fields: QgsFields, wkb_type, crs, flags):
        """``parameterAsSink``; a format that refuses a field named fid that is not an
        integer (a GeoPackage keeps fid for its own ids; a PostGIS table keyed by a text
        fid) gets it renamed, said in the run's log, instead of failing the run."""

        def sink(these: QgsFields):
            return alg.parameterAsSink(params, self.name, self.context, these, wkb_type, crs, flags)

        try:
            return sink(fields)
        except QgsProcessingException:
            renamed = renamed_text_fid(fields)
            if renamed is None:
                raise
        made = sink(renamed[0])
        LOGGER.warning(
            tr(
                "{0}: the field fid holds no integers, and the output format keeps fid for its "
                "own ids; written as {1}"
            ).format(self.layer_name, renamed[1])
        )
        return made

    def __enter__(self) -> AtomicSink:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.discard()  # after commit() there is nothing left to discard

    def add(self, feature: QgsFeature) -> None:
        """Add one feature (text escaped in a CSV), or stop with an error naming it."""
        self.count += 1
        values = [_plain_number(v) for v in feature.attributes()]
        if self.copy_to is not None:
            self.copy_to.add(values)
        feature = QgsFeature(feature)
        if self.csv:
            values = [_csv_value(n, v) for n, v in zip(self.names, values)]
        feature.setAttributes(values)
        if self.database and feature.hasGeometry():
            feature.setGeometry(storable(feature.geometry()))
        alone = self.database and any(_is_null(v) for v in values)
        if alone and self._buffered:
            self._flush()
        if not self.sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            fid = feature.id()
            which = tr("feature {0}").format(self.count) + (
                tr(" (id {0})").format(fid) if fid >= 0 else ""
            )
            raise QgsProcessingException(
                tr("{0}: could not write {1}: {2}").format(self.name, which, self.sink.lastError())
            )
        if self.database:
            # QGIS's PostgreSQL provider writes a batch column whose values all equal the
            # first one's as a literal, and Qt compares NULL equal to 0 (and to ""): a NULL
            # in a batch with a 0 could be written as 0. A feature holding a NULL goes in a
            # batch of its own; features without one are batched (their values compare
            # exactly).
            self._buffered += 1
            if alone or self._buffered >= PG_BATCH:
                self._flush()

    def _flush(self) -> None:
        """Send the exporter's buffer (Processing's proxy sink does not pass flushBuffer on
        before QGIS 3.28: flush the exporter itself), or stop naming the output: a refused
        batch must not vanish in silence."""
        exporter = self._exporter()
        if not exporter.flushBuffer():
            raise QgsProcessingException(
                tr("{0}: PostgreSQL refused a batch of {1} features: {2}").format(
                    self.name, self._buffered, exporter.lastError()
                )
            )
        self._buffered = 0

    def _exporter(self):
        """The QgsVectorLayerExporter behind Processing's sink of a database output (sip
        hands the sink out as a plain QgsFeatureSink; it is a QgsProcessingFeatureSink, a
        QgsProxyFeatureSink)."""
        if self._exporter_sink is None:
            proxy = sip.cast(self.sink, QgsProxyFeatureSink)
            self._exporter_sink = proxy.destinationSink()
        return self._exporter_sink

    def close(self) -> None:
        """Finish writing (the temporary file is complete; nothing is swapped in yet)."""
        if self.database and self._buffered and self.sink is not None:
            self._flush()
        self._exporter_sink = None
        self.sink = None  # drops the writer, which finalises the file

    def geopackage(self) -> Target | None:
        """The table of the temporary GeoPackage this sink writes, for rows written in bulk
        (:mod:`.gpkg_rows`) instead of :meth:`add`; None for any other output (or with
        creation options, or a copy to a sheet). The sink is closed first: the table exists,
        empty, as QGIS created it."""
        if not self._untouched or self.database:
            return None
        if self.file is None or self.file.path.suffix.lower() != ".gpkg":
            return None
        self.close()
        return gpkg_rows.target(str(self.file.path), getattr(self.file, "table", None))

    def postgis(self) -> pg_rows.PgTarget | None:
        """As :meth:`geopackage` for a PostGIS output: its partial table (created, empty, by
        QGIS's provider), for rows written in bulk (:mod:`.pg_rows`); None for any other
        output, or a geometry column the bulk writer does not write."""
        if not self._untouched or not self.database:
            return None
        self.close()
        return pg_rows.target(self.file, self.name)

    @property
    def _untouched(self) -> bool:
        """No feature added yet, no creation options, no copy to a sheet: rows may go in
        bulk."""
        return self.copy_to is None and not self.options and not self.count

    @property
    def commits_last(self) -> bool:
        return self.file is not None and self.file.commits_last

    def commit(self, backup: bool = False) -> str:
        """Close the sink, swap the output into place and return the destination id
        (``backup``: see :meth:`.atomic.AtomicFile.commit`)."""
        self.close()
        if self.file is None:
            return self.dest_id
        try:
            self.file.commit(backup)
        except OSError as exc:
            raise QgsProcessingException(
                tr("{0}: could not write '{1}': {2}").format(self.name, self.final, tr_message(exc))
            ) from exc
        if self.project is not None:
            details = QgsProcessingContext.LayerDetails(self.layer_name, self.project, self.name)
            self.context.addLayerToLoadOnCompletion(self.final, details)
        return self.dest_id

    def finish(self) -> None:
        if self.file is not None:
            self.file.finish()

    def rollback(self) -> None:
        if self.file is not None:
            self.file.rollback()

    def discard(self) -> None:
        """Drop the writer and delete the temporary file(s); the old output stays intact."""
        self.close()
        if self.file is not None:
            self.file.discard()


PG_BATCH = 1000  # features per INSERT batch of a PostGIS output (without NULLs)


def renamed_text_fid(fields: QgsFields) -> tuple[QgsFields, str] | None:
    """``fields`` with a field named fid (any case) that is not an integer renamed to the
    first free ``fid_source``, ``fid_source_2``…, and that name; None when there is none."""
    at = fields.lookupField("fid")
    if at < 0 or fields.at(at).type() in (TYPES["int"], TYPES["long"]):
        return None
    taken = {n.lower() for n in fields.names()}
    name = next(
        n for n in ("fid_source", *(f"fid_source_{k}" for k in range(2, 999))) if n not in taken
    )
    out = QgsFields(fields)
    out.rename(at, name)
    return out, name


def _is_null(value) -> bool:
    return value is None or (isinstance(value, QVariant) and value.isNull())


def _plain_number(value):
    """numpy integers and reals as Python ones (Qt would otherwise store them as text)."""
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    if isinstance(value, np.bool_):
        return bool(value)
    return value


def _csv_writer(path: Path, fields: QgsFields, wkb_type, crs, context):
    """A CSV writer quoting only where needed (OGR's default IF_AMBIGUOUS quotes integers:
    ``"38"``); like Processing's CSV output, without a geometry column."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "CSV"
    options.fileEncoding = "UTF-8"
    options.layerOptions = ["STRING_QUOTING=IF_NEEDED"]
    writer = QgsVectorFileWriter.create(
        str(path), fields, wkb_type, crs, context.transformContext(), options
    )
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        return None, ""
    return writer, str(path)


def _csv_fields(fields: QgsFields) -> QgsFields:
    """``fields`` with date and datetime fields as text (OGR's CSV writer would write
    ``2027/03/01``; the values are given as ISO 8601 text)."""
    out = QgsFields()
    for f in fields:
        if f.type() in (TYPES["date"], TYPES["datetime"]):
            f = make_field(f.name(), "string")
        out.append(f)
    return out


def _csv_value(name: str, value):
    """A CSV cell value: text escaped, reals rounded for the field's unit, dates ISO 8601."""
    if isinstance(value, str):
        return safe_cell(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return formatting.number(name, value)
    if formatting.as_date(value) is not None and not isinstance(value, (int, float)):
        return formatting.iso_date(value)
    return value


def commit_all(writers, cancelled=None) -> list[str] | None:
    """:func:`.atomic.commit_all` for a run: every output swapped in, or none when
    ``cancelled()``; one that cannot be replaced (open in another program, disk full) stops
    the run with its path named."""
    try:
        return atomic.commit_all(writers, cancelled)
    except OSError as exc:
        path = exc.filename2 or exc.filename
        if not path:  # a table of an existing GeoPackage: its path is in the message
            raise QgsProcessingException(
                tr("Could not replace the output: {0} (is it open in another program?)").format(
                    tr_message(exc)
                )
            ) from exc
        raise QgsProcessingException(
            tr("Could not replace the output '{0}': {1} (is it open in another program?)").format(
                path, exc.strerror or tr_message(exc)
            )
        ) from exc


def require_overwrite_ok(path: str, overwrite: bool) -> None:
    """Refuse to replace an existing file unless ``overwrite`` is set."""
    if Path(path).exists() and not overwrite:
        raise QgsProcessingException(tr("'{0}' exists; set OVERWRITE to replace it.").format(path))


@gdal_return_codes()
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
