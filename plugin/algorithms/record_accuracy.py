"""``clearance:record_accuracy`` — how far handed-over minefield records can be trusted."""

from __future__ import annotations

from contextlib import ExitStack

import numpy as np
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..engine.progress import OperationCancelled
from ..engine.record_accuracy import incidents_inside, nearest_outside, summarise
from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.crs import describe, source_metric_crs
from ..qgis_io.expressions import checked_expression
from ..qgis_io.fields import extend_fields, make_field, number_or_null
from ..qgis_io.ids import FALLBACK_FIELD, ID_FIELD, feature_ids, id_field_parameter, require_field
from ..qgis_io.layers import in_crs, read_source, require_crs
from ..qgis_io.overlay import covered_area
from ..qgis_io.polygons import read_polygons
from ..qgis_io.provenance import layer_metadata, record_in_geopackage, run_record
from ..qgis_io.sinks import AtomicSink, commit_all
from ..qgis_io.styling import style_on_load
from .base import ClearanceAlgorithm, geometry_counts

RESULT_FIELDS = [
    ("record_area_ha", "double"),
    ("confirmed_area_ha", "double"),
    ("confirmed_share", "double"),
    ("incidents_inside", "int"),
    ("nearest_incident_outside_m", "double"),
]
SUMMARY_FIELDS = [
    ("district", "string"),
    ("records", "int"),
    ("record_area_ha", "double"),
    ("confirmed_area_ha", "double"),
    ("area_reliability", "double"),
    ("records_accurate", "int"),
    ("record_reliability", "double"),
    ("incidents_inside", "int"),
]

HELP = QT_TR_NOOP(
    """Compares digitised minefield records with what was later found.

Per record: record_area_ha, confirmed_area_ha (area also covered by CONFIRMED polygons — \
confirmed hazards (CHA) or land cleared with finds; overlaps counted once; optionally \
filtered by CONFIRMED_EXPRESSION), confirmed_share (0-1), incidents_inside and \
nearest_incident_outside_m (distance from the record's boundary to the nearest incident \
that lies outside it; empty when there is no such incident).

DISTRICT_SUMMARY has one row per value of DISTRICT_FIELD and a row ALL: records, areas, \
area_reliability (confirmed area / record area, overlapping records counted each), \
records_accurate (confirmed_share >= ACCURATE_SHARE), record_reliability (their share) \
and incidents_inside. Areas and distances in the records' CRS if projected, else UTM.

Invalid geometries are repaired (makeValid). A record without usable geometry (null, empty, \
no area, NaN coordinates) is kept with NULL results; such records, confirmed polygons and \
incidents are named in a warning (the latter two are not counted). CONFIRMED_EXPRESSION \
must only use fields of CONFIRMED.

ID_FIELD (optional) names the records in warnings: empty = guessed (record_id, localid, \
id… unique and non-empty), else the feature id, then written as source_fid.""",
)


class RecordAccuracyAlgorithm(ClearanceAlgorithm):
    """Record reliability from confirmed hazards and incidents."""

    ALGORITHM_ID = "record_accuracy"
    DISPLAY_NAME = QT_TR_NOOP("Record accuracy")
    GROUP = QT_TR_NOOP("Records")
    GROUP_ID = "records"
    HELP = HELP

    RECORDS = "RECORDS"
    ID_FIELD = ID_FIELD
    DISTRICT_FIELD = "DISTRICT_FIELD"
    CONFIRMED = "CONFIRMED"
    CONFIRMED_EXPRESSION = "CONFIRMED_EXPRESSION"
    INCIDENTS = "INCIDENTS"
    ACCURATE_SHARE = "ACCURATE_SHARE"
    OUTPUT = "OUTPUT"
    DISTRICT_SUMMARY = "DISTRICT_SUMMARY"

    def initAlgorithm(self, config=None) -> None:
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RECORDS, tr("Digitised minefield records"), polygon
            )
        )
        self.addParameter(id_field_parameter(self.RECORDS))
        self.addParameter(
            QgsProcessingParameterField(
                self.DISTRICT_FIELD,
                tr("District field of the records"),
                "district",
                self.RECORDS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CONFIRMED, tr("Confirmed hazards / cleared land with finds"), polygon
            )
        )
        self.addParameter(
            QgsProcessingParameterExpression(
                self.CONFIRMED_EXPRESSION,
                tr("Only confirmed polygons where (expression)"),
                parentLayerParameterName=self.CONFIRMED,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INCIDENTS,
                tr("Incidents (points)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.ACCURATE_SHARE,
                tr("A record is accurate when this share of it is confirmed"),
                QgsProcessingParameterNumber.Type.Double,
                0.5,
                minValue=0.0,
                maxValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Record accuracy"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.DISTRICT_SUMMARY,
                tr("Record reliability by district"),
                QgsProcessing.SourceType.TypeVector,
            )
        )
        self.add_count_outputs((("DISTRICTS", QT_TR_NOOP("Districts summarised"), "number"),))

    def _source(self, parameters, key, context, optional=False):
        source = self.parameterAsSource(parameters, key, context)
        if source is None and not optional:
            raise QgsProcessingException(self.invalidSourceError(parameters, key))
        if source is not None:
            require_crs(source, source.sourceName() or key)
        return source

    def processAlgorithm(self, parameters, context, feedback):
        records = self._source(parameters, self.RECORDS, context)
        confirmed = self._source(parameters, self.CONFIRMED, context)
        incidents = self._source(parameters, self.INCIDENTS, context, optional=True)
        name = records.sourceName() or self.RECORDS
        district_field = self._district_field(parameters, context, records, name)
        id_choice = self.parameterAsString(parameters, self.ID_FIELD, context)
        require_field(records, name, id_choice)
        request = self._confirmed_request(parameters, context, confirmed)
        crs = source_metric_crs(records)
        feedback.pushInfo(tr("Areas and distances in {0}").format(describe(crs)))
        read = read_source(records, name, crs, context, feedback, keep_features=True, repair=True)
        if feedback.isCanceled():
            return {}
        ids = feature_ids(records, name, id_choice, feedback, read.fids)
        read.report.names = ids.label_of()
        read.report.warn(feedback, tr("kept with NULL results"))
        shapes = _shapes(read, records.sourceCrs(), crs, context)
        record_area = np.array([g.area() if g is not None else np.nan for g in shapes])
        confirmed_name = confirmed.sourceName() or self.CONFIRMED
        cover = read_polygons(confirmed, confirmed_name, crs, context, feedback, request=request)
        try:  # a cancel while reading is seen before the first record
            confirmed_area = covered_area(shapes, cover, feedback.isCanceled)
        except OperationCancelled:
            return {}
        cover.report.warn(feedback, tr("not counted as confirmed"))
        inside, nearest = np.zeros(read.n_features, int), np.full(read.n_features, np.nan)
        geometry = {"records": read.report.record(), "confirmed": cover.report.record()}
        n_incidents = 0
        if incidents is not None:
            points = read_source(incidents, incidents.sourceName() or self.INCIDENTS, crs, context)
            points.report.warn(feedback, tr("not counted as incidents"))
            geometry["incidents"] = points.report.record()
            px, py = points.geometry.xy[:, 0], points.geometry.xy[:, 1]
            n_incidents = len(px)
            inside, _ = incidents_inside(read.geometry, px, py)
            try:
                nearest = nearest_outside(read.geometry, px, py, feedback.isCanceled)
            except OperationCancelled:
                return {}
        districts = [
            _district(f[district_field]) if district_field else "ALL" for f in read.features
        ]
        threshold = self.parameterAsDouble(parameters, self.ACCURATE_SHARE, context)
        summary = summarise(districts, record_area, confirmed_area, inside, threshold)
        record = run_record(
            self.ALGORITHM_ID,
            {
                "records": name,
                "confirmed": confirmed.sourceName(),
                "incidents": n_incidents,
                "confirmed_expression": self.parameterAsString(
                    parameters, self.CONFIRMED_EXPRESSION, context
                ),
                "accurate_share": threshold,
                "metric_crs": crs.authid(),
                "geometry": geometry,
                "id_field": ids.field or FALLBACK_FIELD,
            },
        )
        all_row = len(summary.districts) - 1
        feedback.pushInfo(
            tr("Overall: {0:.0%} of record area confirmed; {1} of {2} records accurate.").format(
                np.nan_to_num(summary.area_reliability[all_row]),
                summary.records_accurate[all_row],
                summary.records[all_row],
            )
        )
        with ExitStack() as stack:  # both outputs are replaced together, or neither
            sinks = [
                self._write_records(
                    stack,
                    parameters,
                    context,
                    records,
                    read.features,
                    ids,
                    record_area,
                    confirmed_area,
                    np.where(read.geometry.has_geometry(), inside, -1),
                    nearest,
                ),
                self._write_summary(stack, parameters, context, summary),
            ]
            dests = commit_all(sinks, feedback.isCanceled)
        if dests is None:
            return {}
        metadata = layer_metadata(
            tr("Record accuracy"),
            tr("Share of each minefield record confirmed, and incidents outside it."),
            record,
        )
        record_in_geopackage(dests[0], record, metadata, "minefield_records")
        style_on_load(context, dests[0], "minefield_records", metadata)
        return {
            self.OUTPUT: dests[0],
            self.DISTRICT_SUMMARY: dests[1],
            **geometry_counts(read.report),
            "DISTRICTS": self._districts,
        }

    def _district_field(self, parameters, context, records, name) -> str:
        """DISTRICT_FIELD, or an error naming the layer when it lacks the field."""
        district_field = self.parameterAsString(parameters, self.DISTRICT_FIELD, context)
        if district_field and records.fields().lookupField(district_field) < 0:
            raise QgsProcessingException(
                tr("Layer '{0}' has no field '{1}' (DISTRICT_FIELD).").format(name, district_field)
            )
        return district_field

    def _confirmed_request(self, parameters, context, confirmed) -> QgsFeatureRequest:
        """The CONFIRMED features to use: CONFIRMED_EXPRESSION checked against the layer."""
        text = self.parameterAsString(parameters, self.CONFIRMED_EXPRESSION, context)
        request = QgsFeatureRequest()
        if text.strip():
            name = confirmed.sourceName() or self.CONFIRMED
            checked_expression(text, self.CONFIRMED_EXPRESSION, confirmed.fields(), name)
            request.setFilterExpression(text)
            request.setExpressionContext(
                self.createExpressionContext(parameters, context, confirmed)
            )
        return request

    def _write_records(
        self, stack, parameters, context, records, features, ids, area, confirmed, inside, nearest
    ) -> AtomicSink:
        """Every record with its results; ``source_fid`` first when it has no id field."""
        fallback = [] if ids.field else [(FALLBACK_FIELD, "long")]
        fields, kept = extend_fields(records.fields(), fallback + RESULT_FIELDS)
        out = stack.enter_context(
            AtomicSink(
                self,
                parameters,
                self.OUTPUT,
                context,
                fields,
                records.wkbType(),
                records.sourceCrs(),
            )
        )
        for i, feature in enumerate(features):
            f = QgsFeature(fields)
            f.setGeometry(feature.geometry())
            attrs = feature.attributes()
            share = confirmed[i] / area[i] if area[i] > 0 else np.nan
            f.setAttributes(
                [attrs[k] for k in kept]
                + ([] if ids.field else [feature.id()])
                + [
                    number_or_null(area[i] / 1e4),
                    number_or_null(confirmed[i] / 1e4),
                    number_or_null(share),
                    int(inside[i]) if inside[i] >= 0 else NULL,
                    number_or_null(nearest[i]),
                ]
            )
            out.add(f)
        return out

    def _write_summary(self, stack, parameters, context, s) -> AtomicSink:
        fields = QgsFields()
        for n, k in SUMMARY_FIELDS:
            fields.append(make_field(n, k))
        out = stack.enter_context(
            AtomicSink(
                self,
                parameters,
                self.DISTRICT_SUMMARY,
                context,
                fields,
                QgsWkbTypes.Type.NoGeometry,
                QgsCoordinateReferenceSystem(),
            )
        )
        self._districts = len(s.districts)
        for k, district in enumerate(s.districts):
            f = QgsFeature(fields)
            f.setAttributes(
                [
                    district,
                    int(s.records[k]),
                    number_or_null(s.record_area[k] / 1e4),
                    number_or_null(s.confirmed_area[k] / 1e4),
                    number_or_null(s.area_reliability[k]),
                    int(s.records_accurate[k]),
                    number_or_null(s.record_reliability[k]),
                    int(s.incidents_inside[k]),
                ]
            )
            out.add(f)
        return out


def _shapes(read, source_crs, crs, context) -> list[QgsGeometry | None]:
    """Per record its usable (repaired where needed) geometry in ``crs``; None without one."""
    transform = QgsCoordinateTransform(source_crs, crs, context.transformContext())
    unusable = set(read.report.null_ids) | {fid for fid, _ in read.report.degenerate}
    return [
        None
        if f.id() in unusable
        else in_crs(read.repaired.get(f.id(), f.geometry()), transform, read.name, f.id())
        for f in read.features
    ]


def _district(value) -> str:
    """The summary row of a DISTRICT_FIELD value: its text, ``(none)`` when empty."""
    return "(none)" if value in (None, NULL) or str(value).strip() == "" else str(value)
