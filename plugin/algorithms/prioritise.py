"""``clearance:prioritise`` — score parcels by proximity to settlements, cemeteries,
planned infrastructure and incidents."""

from __future__ import annotations

from contextlib import ExitStack

import numpy as np
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..engine.prioritise import score_parcels
from ..engine.zonal import zonal_mean_max
from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.fields import extend_fields
from ..qgis_io.gpkg_rows import Target, Unsupported, copyable, write_rows
from ..qgis_io.ids import FALLBACK_FIELD
from ..qgis_io.layers import read_source
from ..qgis_io.pg_rows import PgTarget
from ..qgis_io.provenance import is_synthetic, layer_metadata, record_in_geopackage, run_record
from ..qgis_io.raster import read_band
from ..qgis_io.sinks import AtomicSink, clear_empty_geometries, commit_all
from ..qgis_io.styling import style_on_load
from ..qgis_io.write_back import result_columns, write_back_features, write_back_fields
from .base import XLSX, class_count_outputs, class_counts, geometry_counts
from .district_summary import (
    DISTRICT_SUMMARY,
    SUMMARY_HELP,
    require_districts,
    summary_parameters,
    summary_sink_parameter,
    wants_summary,
    write_summary,
)
from .engine_choice import (
    ENGINE_HELP,
    database_tables,
    engine_parameter,
    input_checksums,
    wants_database,
)
from .focus_area import AREA_HELP, area_parameter, focused
from .proximity import ProximityAlgorithm

RESULT_FIELDS = ("priority_score", "priority_rank", "priority_class", "main_driver")

HELP = QT_TR_NOOP(
    """Scores polygons (hazard areas SHA/CHA, cadastral parcels or grid cells) by their \
shortest distance to the nearest settlement, cemetery, planned infrastructure and incident.

Per criterion: a weight (>= 0, normalised to sum 1 over the layers given), a decay \
(linear: score 1 at distance 0 falling to 0 at DISTANCE; exponential and gaussian: score 0.5 \
at DISTANCE; step: 1 up to DISTANCE, else 0) and DISTANCE in metres.

Distances are exact (0 when touching or overlapping), computed in the parcels' CRS if it is \
projected, else in the WGS 84 / UTM zone of their extent centre.

Output: every input feature with dist_NAME_m, score_NAME (0-1) per criterion, \
priority_score (0-100), priority_rank (1 = most urgent), priority_class (High/Medium/Low by \
score terciles or CLASS_THRESHOLDS "high,medium"; "Gated" for parcels failing \
GATE_EXPRESSION, ranked after all others; "Unknown" for null geometries) and main_driver.

WEIGHTS_AHP (optional) replaces the direct weights by AHP weights: a pairwise-comparison \
matrix on the Saaty 1-9 scale, rows separated by ";" and values by ",", in the order of the \
criterion layers given (settlements, cemeteries, infrastructure, incidents; skip those not \
given), e.g. "1,3,5;1/3,1,3;1/5,1/3,1". The weights are the principal eigenvector; the \
consistency ratio is reported (output AHP_CR) with a warning when CR > 0.10.

Optional SURFACE_STATS: a raster (e.g. from clearance:surface); adds surface_mean and \
surface_max of band 1 over the cells whose centre lies in each parcel (the cell under the \
parcel's bounding-box centre for parcels smaller than a cell; nodata ignored).

ID_FIELD (optional) names the parcels: empty = guessed (hazard_localid, localid, hazard_id, \
record_id, id, fid… the first field whose values are unique and non-empty, ignoring spaces \
and case), else the feature id, written as source_fid. A chosen field with repeated or \
empty ids is a warning naming them; every parcel is kept.

WRITE_BACK (optional table, CSV or GeoPackage): one row per parcel keyed on the id field \
(its values exactly as in the input, e.g. the IMSMA hazard_localid) with priority_score, \
priority_rank, priority_class, main_driver, run_id and run_date, to join the ranking back \
into the national database.""",
)


class PrioritiseAlgorithm(ProximityAlgorithm):
    """Weighted proximity scoring with hard gates kept apart from the score."""

    ALGORITHM_ID = "prioritise"
    DISPLAY_NAME = QT_TR_NOOP("Prioritise parcels")
    HELP = (HELP, AREA_HELP, SUMMARY_HELP, ENGINE_HELP)

    CLASS_THRESHOLDS = "CLASS_THRESHOLDS"
    SURFACE_STATS = "SURFACE_STATS"
    AHP_CR = "AHP_CR"
    WRITE_BACK = "WRITE_BACK"
    _summary_id: str | None = None

    def initAlgorithm(self, config=None) -> None:
        self._add_parcels_parameter()
        self._add_id_parameter()
        self._add_criterion_parameters()
        self._add_gate_parameter()
        self.addParameter(
            QgsProcessingParameterString(
                self.CLASS_THRESHOLDS,
                tr('Class thresholds "high,medium" on the 0-100 score (default: terciles)'),
                optional=True,
            )
        )
        self._add_ahp_parameter()
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.SURFACE_STATS,
                tr("Surface raster for zonal statistics (mean/max per parcel)"),
                optional=True,
            )
        )
        self.addParameter(area_parameter())
        self.addParameter(engine_parameter())
        for param in summary_parameters():
            self.addParameter(param)
        self._add_parcels_sink(tr("Prioritised parcels"))
        self.addParameter(summary_sink_parameter())
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.WRITE_BACK,
                tr("Write-back table (priority by id, CSV or GeoPackage)"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )
        self.add_xlsx_parameter(tr("the ranking"))
        self.addOutput(
            QgsProcessingOutputNumber(self.AHP_CR, tr("AHP consistency ratio (WEIGHTS_AHP)"))
        )
        self.add_count_outputs(class_count_outputs())

    # -- processing -------------------------------------------------------------------------

    def _thresholds(self, parameters, context) -> tuple | None:
        text = self.parameterAsString(parameters, self.CLASS_THRESHOLDS, context).strip()
        if not text:
            return None
        try:
            high, medium = (float(v) for v in text.replace(";", ",").split(","))
        except ValueError as exc:
            raise QgsProcessingException(
                tr(
                    'CLASS_THRESHOLDS must be two numbers "high,medium", e.g. "60,30" (got {0}).'
                ).format(text)
            ) from exc
        if not 0 <= medium <= high <= 100:
            raise QgsProcessingException(
                tr("CLASS_THRESHOLDS must satisfy 0 <= medium <= high <= 100 (got {0}).").format(
                    text
                )
            )
        return high, medium

    def processAlgorithm(self, parameters, context, feedback):
        require_districts(parameters)
        parcels, parcels_name = self._parcels(parameters, context)
        parcels = focused(self, parameters, context, feedback, parcels, parcels_name, self.PARCELS)
        chosen = self._apply_ahp(parameters, context, feedback, self._criteria(parameters, context))
        thresholds = self._thresholds(parameters, context)
        self._pg = []
        if wants_database(self, parameters, context):
            keys = [self.PARCELS] + [c.name.upper() for c, _ in chosen]
            self._pg = database_tables(self, parameters, context, keys)
        self._checksums = input_checksums(self, parameters, context)
        steps = QgsProcessingMultiStepFeedback(len(chosen) * 2 + 2, feedback)
        # parcels measured batch by batch, their geometry not kept, unless a surface or a
        # district summary needs it
        stream = not wants_summary(parameters) and (
            self.parameterAsRasterLayer(parameters, self.SURFACE_STATS, context) is None
        )
        computed = self._distances(
            parcels, parcels_name, chosen, context, feedback, steps, False, stream
        )
        if computed is None:
            return {}
        crs, read, distances, inputs = computed
        ids = self.parcel_ids
        steps.setCurrentStep(len(chosen) * 2 + 1)
        criteria = [c for c, _ in chosen]
        gated = self._gates(parameters, context, parcels, read)
        result = score_parcels(distances, criteria, gated, thresholds, read.fids)
        zonal = self._zonal(parameters, context, parcels, parcels_name, read, crs)

        record = run_record(
            self.ALGORITHM_ID,
            {
                **self._common_record(criteria, result.weights, crs, inputs),
                "gate_expression": self.parameterAsString(
                    parameters, self.GATE_EXPRESSION, context
                ),
                "class_breaks": [float(b) for b in result.ranking.breaks],
                "class_method": "terciles" if thresholds is None else "thresholds",
                "repaired_geometries": read.n_repaired,
                "id_field": ids.field or FALLBACK_FIELD,
                "engine": "database" if self._pg else "local",
            },
        )
        self._metadata = layer_metadata(
            tr("Prioritised parcels"),
            tr("Clearance Planner priority scores of '{0}'.").format(parcels_name),
            record,
            synthetic=is_synthetic(parcels),
        )
        book = self.workbook(parameters, context, record)
        dests = self._write(
            parameters,
            context,
            steps,
            parcels,
            read,
            ids,
            (criteria, distances, result, zonal),
            (record, book, crs),
        )
        if dests is None:
            return {}
        dest_id = dests[0]
        self._write_back_dest = dests[-1] if parameters.get(self.WRITE_BACK) is not None else ""
        if read.n_null:
            clear_empty_geometries(dest_id)  # 3.22 writes missing geometry as EMPTY
        record_in_geopackage(dest_id, record, self._metadata, "priority")
        self._dest_id = dest_id
        self._xlsx = str(book.target) if book is not None else ""
        classes = list(result.ranking.classes)
        self._counts = {
            **geometry_counts(read.report),
            **class_counts(classes.count),
        }
        return self._outputs()

    def _outputs(self) -> dict:
        outputs = {self.OUTPUT: self._dest_id, **getattr(self, "_counts", {})}
        if getattr(self, "_xlsx", None):
            outputs[XLSX] = self._xlsx
        if getattr(self, "_write_back_dest", ""):
            outputs[self.WRITE_BACK] = self._write_back_dest
        if self._summary_id:
            outputs[DISTRICT_SUMMARY] = self._summary_id
        if self._ahp is not None:
            outputs[self.AHP_CR] = self._ahp.cr
        return outputs

    def _zonal(self, parameters, context, parcels, name, read, crs) -> np.ndarray | None:
        """``(n, 2)`` surface mean and max per parcel, or None without SURFACE_STATS."""
        layer = self.parameterAsRasterLayer(parameters, self.SURFACE_STATS, context)
        if layer is None:
            return None
        geometry = (
            read.geometry
            if layer.crs() == crs and read.geometry is not None
            else read_source(parcels, name, layer.crs(), context).geometry
        )
        box = geometry.bounds()
        if not np.isfinite(box).any():
            return np.full((read.n_features, 2), np.nan)
        bounds = (
            np.nanmin(box[:, 0]),
            np.nanmin(box[:, 1]),
            np.nanmax(box[:, 2]),
            np.nanmax(box[:, 3]),
        )
        try:
            values, left, top, cx, cy = read_band(layer.source().split("|")[0], bounds)
        except Exception as exc:  # rasterio raises several types; name the layer
            raise QgsProcessingException(
                tr("SURFACE_STATS raster '{0}' cannot be read: {1}").format(layer.name(), exc)
            ) from exc
        mean, peak = zonal_mean_max(geometry, values, left, top, cx, cy)
        return np.column_stack([mean, peak])

    def _write(self, parameters, context, feedback, parcels, read, ids, computed, run):
        """OUTPUT, XLSX, DISTRICT_SUMMARY and WRITE_BACK (when asked), committed together; the
        destination ids (OUTPUT first, WRITE_BACK last when given)."""
        criteria, distances, result, zonal = computed
        record, book, crs = run
        added = [] if ids.field else [(FALLBACK_FIELD, "long")]
        added += [(f"dist_{c.name}_m", "double") for c in criteria]
        added += [(f"score_{c.name}", "double") for c in criteria]
        added += [
            ("priority_score", "double"),
            ("priority_rank", "int"),
            ("priority_class", "string"),
            ("main_driver", "string"),
        ]
        if zonal is not None:
            added += [("surface_mean", "double"), ("surface_max", "double")]
        fields, kept = extend_fields(parcels.fields(), added)
        rows = _ResultRows(distances, result, zonal, None if ids.field else ids.values)
        wkb_type = QgsWkbTypes.multiType(parcels.wkbType())
        self._summary_id = None
        summed = [None] * read.n_features if wants_summary(parameters) else None
        usable = read.has_geometry() if summed is not None else None
        sheet = book.sheet("ranking", fields) if book is not None else None

        def sink() -> AtomicSink:
            args = (self, parameters, self.OUTPUT, context, fields, wkb_type, parcels.sourceCrs())
            return stack.enter_context(AtomicSink(*args, copy_to=sheet))

        with ExitStack() as stack:  # every output replaced together, or none
            out = sink()
            bulk = self._bulk_target(out, parcels, kept, read, summed)
            written = bulk is not None and self._write_bulk(
                bulk, parcels, (kept, fields), rows, read, feedback
            )
            if written is None:
                return None  # cancelled
            if not written and out.sink is None:  # closed for bulk rows, not written in bulk
                out.discard()
                out = sink()
            for n, (i, feature) in enumerate(() if written else self._rows(parcels, read)):
                if n % 5000 == 0 and feedback.isCanceled():
                    return None
                source_attrs = feature.attributes()
                new = QgsFeature(fields, feature.id())
                geom = read.output_geometry(feature)
                if geom is not None:
                    new.setGeometry(geom)
                    if summed is not None and usable[i]:
                        summed[i] = geom
                new.setAttributes([source_attrs[k] for k in kept] + rows[i])
                out.add(new)
            self._checksums.require_unchanged()  # no PostGIS input edited since the start
            if sheet is not None:
                sheet.sort_by("priority_rank")
            writers = [out] + ([book] if book is not None else [])
            summary_at = len(writers)
            if summed is not None:
                args = (parameters, context, feedback, parcels, summed, read.fids, crs, result)
                writers.append(write_summary(self, stack, *args))
            if parameters.get(self.WRITE_BACK) is not None:
                writers.append(
                    self._write_back(stack, parameters, context, parcels, ids, result, record)
                )
            dests = commit_all(writers, feedback.isCanceled)
        self._summary_id = dests[summary_at] if dests and summed is not None else None
        return dests

    def _write_bulk(self, bulk, parcels, columns, rows, read, feedback) -> bool | None:
        """The rows written in bulk (True), or not (False: a geometry QGIS converts its own
        way); None if cancelled."""
        kept, fields = columns
        names = ([parcels.fields().at(k).name() for k in kept], fields.names())
        table = self._tables[id(parcels)]
        try:
            done = write_rows(
                table,
                names,
                bulk,
                rows.block,
                read.fids,
                read.repaired,
                feedback.isCanceled,
                read.name,
            )
        except Unsupported:
            return False
        return True if done else None

    def _bulk_target(self, out, parcels, kept, read, summed) -> Target | PgTarget | None:
        """Where the rows go in bulk (:mod:`..qgis_io.gpkg_rows`): a GeoPackage or PostGIS
        output of a whole GeoPackage or PostGIS source whose kept fields are copied as stored
        (the fid first: a PostGIS source's key; ids ascending, positive, not a negative
        key's); else None."""
        table = self._tables.get(id(parcels))
        if summed is not None or table is None:
            return None
        fids = np.asarray(read.fids)
        if not copyable(parcels.fields(), kept) or (len(fids) > 1 and (np.diff(fids) <= 0).any()):
            return None
        if table.relation and parcels.fields().at(kept[0]).name() != table.relation[2]:
            return None  # a field named fid that is not the PostGIS key
        if table.mapped_keys:
            return None  # QGIS's ids are not the key values
        if len(fids) and (fids[0] < 1 or (table.relation and fids[-1] >= 2**31)):
            return None  # a key of 0 or less (k < 0 has the id k + 2**32): QGIS's own way
        return out.geopackage() or out.postgis()

    def _write_back(self, stack, parameters, context, parcels, ids, result, run) -> AtomicSink:
        """WRITE_BACK: priority per parcel keyed on its id (one row per parcel, row order)."""
        fields = write_back_fields(parcels.fields(), ids)
        out = stack.enter_context(
            AtomicSink(
                self,
                parameters,
                self.WRITE_BACK,
                context,
                fields,
                QgsWkbTypes.Type.NoGeometry,
                QgsCoordinateReferenceSystem(),
            )
        )
        ranking = result.ranking
        rows = result_columns(result.score, ranking.rank, ranking.classes, result.drivers)
        for feature in write_back_features(fields, ids, rows, run):
            out.add(feature)
        return out

    def postProcessAlgorithm(self, context, feedback):
        if self._dest_id:
            style_on_load(context, self._dest_id, "priority", self._metadata)
        if not self._dest_id:
            return {}
        return self._outputs()


def _nullable(values: np.ndarray, null=NULL) -> np.ndarray:
    """Object array of floats with ``null`` where the value is NaN or infinite."""
    out = values.astype(object)
    out[~np.isfinite(values)] = null
    return out


class _ResultRows:
    """The result attributes of parcel ``i`` as a list (``rows[i]``), built column-wise for
    a block of ``ROWS_PER_BLOCK`` parcels at a time (no per-cell calls, and no million
    Python lists held at once); ``ids`` (the fallback ids) first when given."""

    ROWS_PER_BLOCK = 50_000

    def __init__(self, distances, result, zonal, ids=None) -> None:
        self.distances, self.result, self.zonal, self.ids = distances, result, zonal, ids
        self.start, self.rows = 0, []

    def __getitem__(self, i: int) -> list:
        if not self.start <= i < self.start + len(self.rows):
            self.start = i - i % self.ROWS_PER_BLOCK
            self.rows = self._build(slice(self.start, self.start + self.ROWS_PER_BLOCK), NULL)
        return self.rows[i - self.start]

    def block(self, rows: slice) -> list[list]:
        """The rows of ``rows`` with None for NULL (for sqlite)."""
        return self._build(rows, None)

    def _build(self, rows: slice, null) -> list[list]:
        result = self.result
        rank = result.ranking.rank[rows]
        columns = [] if self.ids is None else [np.array(self.ids[rows], dtype=object)[:, None]]
        columns += [
            _nullable(self.distances[rows], null),
            _nullable(result.criterion_scores[rows], null),
            _nullable(result.score[rows][:, None], null),
            np.where(rank > 0, rank, null).astype(object)[:, None],
            np.array(result.ranking.classes[rows], dtype=object)[:, None],
            np.array([null if d is None else d for d in result.drivers[rows]], dtype=object)[
                :, None
            ],
        ]
        if self.zonal is not None:
            columns.append(_nullable(self.zonal[rows], null))
        return np.concatenate(columns, axis=1).tolist()
