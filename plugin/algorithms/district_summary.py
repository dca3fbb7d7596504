"""DISTRICT_SUMMARY of ``clearance:prioritise``: its parameters, and the table written with
the run's other outputs (the sums are :mod:`engine.district_summary`)."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..engine.district_summary import CLASSES, summarise
from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.districts import district_rows
from ..qgis_io.fields import make_field
from ..qgis_io.layers import in_crs
from ..qgis_io.sinks import AtomicSink

DISTRICTS, DISTRICT_FIELD = "DISTRICTS", "DISTRICT_FIELD"
SUMMARY_TOP_N, DISTRICT_SUMMARY = "SUMMARY_TOP_N", "DISTRICT_SUMMARY"
SUMMARY_HELP = QT_TR_NOOP(
    """DISTRICT_SUMMARY (optional table, with DISTRICTS): one row per district (layer order) \
and an "Outside districts" row: the count (n_high, n_medium, n_low, n_gated, n_unknown, \
n_total) and area in hectares (ha_…) of the parcels by class, and top_ids, the ids of the \
SUMMARY_TOP_N best-ranked High/Medium/Low parcels. Each parcel counts once, in the first \
district holding its point on surface, else outside (also parcels without geometry), so the \
counts add up to the parcels. DISTRICT_FIELD names the districts; empty: guessed (district, \
name, adm2_name…)."""
)
FIELDS = (
    ("district", "string"),
    *((f"n_{c.lower()}", "int") for c in CLASSES),
    ("n_total", "int"),
    *((f"ha_{c.lower()}", "double") for c in CLASSES),
    ("ha_total", "double"),
    ("top_ids", "string"),
)


def summary_parameters() -> list:
    """DISTRICTS, DISTRICT_FIELD and SUMMARY_TOP_N."""
    top = QgsProcessingParameterNumber(
        SUMMARY_TOP_N,
        tr("District summary: ids of the top N parcels per district"),
        QgsProcessingParameterNumber.Type.Integer,
        5,
        minValue=0,
    )
    return [
        QgsProcessingParameterFeatureSource(
            DISTRICTS,
            tr("Districts for the district summary (polygons)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        ),
        QgsProcessingParameterField(
            DISTRICT_FIELD,
            tr("District name field (empty: guessed, e.g. district or name)"),
            parentLayerParameterName=DISTRICTS,
            optional=True,
        ),
        top,
    ]


def summary_sink_parameter() -> QgsProcessingParameterFeatureSink:
    return QgsProcessingParameterFeatureSink(
        DISTRICT_SUMMARY,
        tr("District summary (count and area by class, top ids)"),
        QgsProcessing.SourceType.TypeVector,
        optional=True,
        createByDefault=False,
    )


def wants_summary(parameters: dict) -> bool:
    return parameters.get(DISTRICT_SUMMARY) not in (None, "")


def require_districts(parameters: dict) -> None:
    """DISTRICT_SUMMARY without DISTRICTS: an error before any work."""
    if wants_summary(parameters) and parameters.get(DISTRICTS) in (None, ""):
        raise QgsProcessingException(
            tr("DISTRICT_SUMMARY needs DISTRICTS: give the district polygons to sum by.")
        )


def summary_ids(algorithm, fids: list) -> list[str]:
    """The parcel ids of the top lists: the run's ids (ID_FIELD) when the algorithm has
    them, else feature ids."""
    ids = getattr(algorithm, "parcel_ids", None)
    if ids is not None:
        return [str(label) for label in ids.labels]
    return [str(fid) for fid in fids]


def write_summary(
    alg, stack, parameters, context, feedback, parcels, geometries, fids, crs, result
) -> AtomicSink:
    """The DISTRICT_SUMMARY sink (uncommitted) of the parcels' ``geometries`` (row order,
    source CRS, None without one) and their result; areas planar in ``crs`` (metric)."""
    districts = alg.parameterAsSource(parameters, DISTRICTS, context)
    if districts is None:
        raise QgsProcessingException(
            tr("DISTRICT_SUMMARY needs DISTRICTS: give the district polygons to sum by.")
        )
    field = alg.parameterAsString(parameters, DISTRICT_FIELD, context).strip() or None
    name = districts.sourceName() or DISTRICTS
    names, row = district_rows(
        districts, name, geometries, parcels.sourceCrs(), context, feedback, field
    )
    transform = QgsCoordinateTransform(parcels.sourceCrs(), crs, context.transformContext())
    source_name = parcels.sourceName() or "PARCELS"
    area = np.array(
        [
            np.nan if g is None else in_crs(g, transform, source_name, i).area()
            for i, g in enumerate(geometries)
        ]
    )
    top_n = alg.parameterAsInt(parameters, SUMMARY_TOP_N, context)
    summary = summarise(
        row,
        names,
        result.ranking.classes,
        area,
        result.ranking.rank,
        summary_ids(alg, fids),
        top_n,
    )
    fields = QgsFields()
    for field_name, kind in FIELDS:
        fields.append(make_field(field_name, kind))
    out = stack.enter_context(
        AtomicSink(
            alg,
            parameters,
            DISTRICT_SUMMARY,
            context,
            fields,
            QgsWkbTypes.Type.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
    )
    for values in summary.rows():
        feature = QgsFeature(fields)
        feature.setAttributes([values[n] for n, _ in FIELDS])
        out.add(feature)
    return out
