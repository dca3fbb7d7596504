"""Incident points for coverage: read in the overlay CRS with their dates and casualties,
filtered by period and placed in districts and records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
from qgis.core import NULL, QgsCoordinateReferenceSystem, QgsProcessingContext
from qgis.PyQt.QtCore import QDate, QDateTime

from ..engine.coverage import date_filter, parse_date
from ..i18n import tr
from .layers import read_source
from .overlay import place_points
from .polygons import PolygonSet

BOUNDARY_TOLERANCE_M = 0.001


@dataclass(frozen=True)
class IncidentFields:
    """Where the attributes are and which period counts (None = not given)."""

    date: str | None = None
    casualties: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass
class Incidents:
    """Incident points (overlay CRS) with their row, record flag, casualties and dates."""

    x: np.ndarray
    y: np.ndarray
    row: np.ndarray
    in_records: np.ndarray
    casualties: np.ndarray
    years: np.ndarray
    n_features: int = 0
    n_without_geometry: int = 0
    n_no_date: int = 0
    n_bad_date: int = 0
    n_filtered: int = 0
    n_bad_casualties: int = 0
    geometry_warnings: list[str] = field(default_factory=list)  # features without a point

    def messages(self, layer: str, fields: IncidentFields) -> list[str]:
        """What the log and report say about undated, unnumbered and filtered incidents."""
        out = list(self.geometry_warnings)
        if self.n_bad_date or self.n_no_date:
            filtering = fields.date_from or fields.date_to
            kept = tr(", kept although DATE_FROM/DATE_TO filter the others") if filtering else ""
            out.append(
                tr(
                    "Layer '{0}' field '{1}': {2} incidents with an unparsable date and "
                    "{3} without a date are counted under 'unknown year'{4}."
                ).format(layer, fields.date, self.n_bad_date, self.n_no_date, kept)
            )
        if self.n_bad_casualties:
            out.append(
                tr("Layer '{0}': {1} casualty values are not numbers; counted as 0.").format(
                    layer, self.n_bad_casualties
                )
            )
        if self.n_filtered:
            out.append(
                tr("{0} incidents outside DATE_FROM/DATE_TO are left out.").format(self.n_filtered)
            )
        return out


def read_incidents(
    source,
    name: str,
    crs: QgsCoordinateReferenceSystem,
    context: QgsProcessingContext,
    feedback,
    fields: IncidentFields,
    districts: PolygonSet,
    records: PolygonSet,
) -> Incidents:
    """Incident points placed in districts and records, with dates and casualties."""
    read = read_source(source, name, crs, context, feedback, keep_features=True)
    idx, xy = read.geometry.first_vertex()
    days = np.full(read.n_features, -1, dtype=np.int64)
    years = np.zeros(read.n_features, dtype=np.int64)
    casualties = np.full(read.n_features, np.nan)
    n_no_date = n_bad_date = n_bad_cas = 0
    for i, feature in enumerate(read.features):
        if fields.date:
            day, status = _day(feature[fields.date])
            n_no_date += status == "null"
            n_bad_date += status == "bad"
            if day is not None:
                days[i], years[i] = day.toordinal(), day.year
        if fields.casualties:
            value = feature[fields.casualties]
            try:
                casualties[i] = float(value) if value not in (None, NULL) else np.nan
            except (TypeError, ValueError):
                n_bad_cas += 1
    keep = np.zeros(read.n_features, dtype=bool)
    keep[idx] = True
    in_period = date_filter(days, fields.date_from, fields.date_to)
    n_filtered = int(np.count_nonzero(keep & ~in_period))
    sel = (keep & in_period)[idx]
    px, py, feat = xy[sel, 0], xy[sel, 1], idx[sel]
    row, in_records = place_points(px, py, districts, records, BOUNDARY_TOLERANCE_M)
    return Incidents(
        px,
        py,
        row,
        in_records,
        casualties[feat],
        years[feat],
        read.n_features,
        read.n_null,
        n_no_date,
        n_bad_date,
        n_filtered,
        n_bad_cas,
        read.report.messages(tr("not counted")),
    )


def _day(value) -> tuple[dt.date | None, str]:
    """A date from a QDate/QDateTime/text attribute and its status: ok, null or bad."""
    if value is None or value == NULL:
        return None, "null"
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return (value.toPyDate(), "ok") if value.isValid() else (None, "bad")
    if isinstance(value, (dt.datetime, dt.date)):
        return (value.date() if isinstance(value, dt.datetime) else value), "ok"
    text = str(value).strip()
    if not text:
        return None, "null"
    day = parse_date(text)
    return (day, "ok") if day is not None else (None, "bad")
