"""The district of each task or hazard: the first district (layer order) holding its point on
surface."""

from __future__ import annotations

import numpy as np
from qgis.core import NULL, QgsGeometry, QgsProcessingException, QgsSpatialIndex

from ..engine.district_summary import guess_name_field
from ..i18n import tr
from .polygons import PolygonSet, read_polygons


def _read_districts(source, name, crs, context, feedback, field, kept) -> tuple[PolygonSet, str]:
    """The districts through :func:`geometries.clean` and their name field (DISTRICT_FIELD,
    else guessed: district, name, adm2_name… see :func:`guess_name_field`)."""
    names = source.fields().names()
    if field is not None and field not in names:
        raise QgsProcessingException(
            tr(
                "Layer '{0}' (DISTRICTS) has no field '{1}' (DISTRICT_FIELD); its fields: {2}."
            ).format(name, field, ", ".join(names))
        )
    if field is None:
        field = guess_name_field(names)
    districts = read_polygons(source, name, crs, context, None, field)
    districts.report.warn(feedback, kept)
    return districts, field


def _first_holding(districts: PolygonSet, geometries) -> list[int]:
    """Index (into ``districts.geometries``) of the first district holding each geometry's
    point on surface, -1 for none (and for a None geometry)."""
    index = QgsSpatialIndex()
    for k, geom in enumerate(districts.geometries):
        index.addFeature(k, geom.boundingBox())
    out = []
    for geom in geometries:
        if geom is None or geom.isNull() or geom.isEmpty():
            out.append(-1)
            continue
        point = geom.pointOnSurface()
        hits = sorted(index.intersects(point.boundingBox()))  # first district in layer order
        inside = (k for k in hits if districts.geometries[k].contains(point))
        out.append(next(inside, -1))
    return out


def district_labels(
    source,
    name: str,
    geometries: list[QgsGeometry],
    crs,
    context,
    feedback,
    field: str | None = None,
):
    """The district of each geometry (``field`` (DISTRICT_FIELD), else the guessed name field,
    else the feature id; None outside every district); districts pass through
    :func:`geometries.clean` and those without a usable polygon are named in one warning. A
    ``field`` the layer does not have is an error naming layer and field."""
    districts, field = _read_districts(
        source, name, crs, context, feedback, field, tr("no task is placed in them")
    )
    labels = [
        str(fid) if not field else (None if value in (None, NULL) else str(value))
        for fid, value in zip(districts.feature_ids, districts.values)
    ]
    return [None if k < 0 else labels[k] for k in _first_holding(districts, geometries)]


def district_rows(
    source, name: str, geometries: list, crs, context, feedback, field: str | None = None
) -> tuple[list[str], np.ndarray]:
    """Row names (one per district name, layer order; a district without a name is named by
    its feature id) and the row of each geometry (-1 outside every district or without
    geometry), for :func:`engine.district_summary.summarise`."""
    districts, field = _read_districts(
        source, name, crs, context, feedback, field, tr("no hazard is counted in them")
    )
    labels = [
        tr("(feature {0})").format(fid) if not field or value in (None, NULL) else str(value)
        for fid, value in zip(districts.feature_ids, districts.values)
    ]
    names = list(dict.fromkeys(labels))
    row_of = {label: k for k, label in enumerate(names)}
    held = _first_holding(districts, geometries)
    return names, np.array([-1 if k < 0 else row_of[labels[k]] for k in held], dtype=np.int64)
