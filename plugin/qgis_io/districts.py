"""The district of each task: the first district (layer order) holding its point on surface."""

from __future__ import annotations

from qgis.core import NULL, QgsGeometry, QgsProcessingException, QgsSpatialIndex

from ..i18n import tr
from .polygons import read_polygons


def district_labels(
    source,
    name: str,
    geometries: list[QgsGeometry],
    crs,
    context,
    feedback,
    field: str | None = None,
):
    """The district of each geometry (``field`` (DISTRICT_FIELD), else field ``district``, else
    ``name``, else the feature id; None outside every district); districts pass through
    :func:`geometries.clean` and those without a usable polygon are named in one warning. A
    ``field`` the layer does not have is an error naming layer and field."""
    names = source.fields().names()
    if field is not None and field not in names:
        raise QgsProcessingException(
            tr(
                "Layer '{0}' (DISTRICTS) has no field '{1}' (DISTRICT_FIELD); its fields: {2}."
            ).format(name, field, ", ".join(names))
        )
    if field is None:
        field = "district" if "district" in names else ("name" if "name" in names else None)
    districts = read_polygons(source, name, crs, context, None, field)
    districts.report.warn(feedback, tr("no task is placed in them"))
    index = QgsSpatialIndex()
    for k, geom in enumerate(districts.geometries):
        index.addFeature(k, geom.boundingBox())
    labels = [
        str(fid) if not field else (None if value in (None, NULL) else str(value))
        for fid, value in zip(districts.feature_ids, districts.values)
    ]
    out = []
    for geom in geometries:
        point = geom.pointOnSurface()
        hits = sorted(index.intersects(point.boundingBox()))  # first district in layer order
        inside = (labels[k] for k in hits if districts.geometries[k].contains(point))
        out.append(next(inside, None))
    return out
