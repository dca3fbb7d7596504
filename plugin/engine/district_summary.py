"""Per-district summary of a prioritisation: count and area by class, and the top ids.

Each hazard belongs to one row: the district holding its point on surface (first district
in layer order, as the work plan places tasks), else "Outside districts" (also hazards
without geometry, class Unknown). So the counts of all rows add up to the number of hazards
and the areas to their total area. Nothing here imports QGIS.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .scoring import GATED, HIGH, LOW, MEDIUM, UNKNOWN

CLASSES = (HIGH, MEDIUM, LOW, GATED, UNKNOWN)
RANKED = (HIGH, MEDIUM, LOW)  # the classes the top ids come from (gated ones cannot start)
OUTSIDE = "Outside districts"
# district name fields tried in order (case-insensitive) when DISTRICT_FIELD is not given
NAME_FIELDS = (
    "district",
    "district_name",
    "dist_name",
    "name",
    "adm2_name",
    "name_2",
    "adm3_name",
    "name_3",
    "adm1_name",
    "name_1",
    "municipality",
    "municipio",
)


def guess_name_field(field_names: Sequence[str]) -> str | None:
    """The district name field among ``field_names`` (its own spelling), or None."""
    lower = {name.lower(): name for name in reversed(field_names)}
    return next((lower[key] for key in NAME_FIELDS if key in lower), None)


@dataclass
class DistrictSummary:
    """Rows in order: the districts (layer order, one row per name), then OUTSIDE."""

    names: list[str]
    counts: np.ndarray  # (rows, len(CLASSES)) int
    area_ha: np.ndarray  # (rows, len(CLASSES)) float
    top_ids: list[list[str]]

    def rows(self) -> list[dict]:
        """One dict per row: district, n_<class>, n_total, ha_<class>, ha_total, top_ids."""
        out = []
        for k, name in enumerate(self.names):
            row: dict = {"district": name}
            row.update({f"n_{c.lower()}": int(v) for c, v in zip(CLASSES, self.counts[k])})
            row["n_total"] = int(self.counts[k].sum())
            row.update({f"ha_{c.lower()}": float(v) for c, v in zip(CLASSES, self.area_ha[k])})
            row["ha_total"] = float(self.area_ha[k].sum())
            row["top_ids"] = ", ".join(self.top_ids[k])
            out.append(row)
        return out


def summarise(
    district: np.ndarray,
    names: Sequence[str],
    classes: Sequence[str],
    area_m2: np.ndarray,
    rank: np.ndarray,
    ids: Sequence[str],
    top_n: int,
) -> DistrictSummary:
    """The summary of ``n`` hazards.

    ``district[i]`` is the row (index into ``names``) of hazard ``i``, -1 outside every
    district; ``classes`` its priority class, ``area_m2`` its area (NaN counts 0), ``rank``
    its priority rank (<= 0: none) and ``ids`` its id. ``top_n`` ids per row, best rank
    first, from the High/Medium/Low hazards only.
    """
    n_rows = len(names) + 1
    district = np.asarray(district, dtype=np.int64)
    row = np.where(district < 0, n_rows - 1, district)
    lookup = {c: k for k, c in enumerate(CLASSES)}
    cls = np.array([lookup.get(c, lookup[UNKNOWN]) for c in classes], dtype=np.int64)
    area = np.nan_to_num(np.asarray(area_m2, dtype=float), nan=0.0, posinf=0.0, neginf=0.0)
    counts = np.zeros((n_rows, len(CLASSES)), dtype=np.int64)
    area_ha = np.zeros((n_rows, len(CLASSES)))
    np.add.at(counts, (row, cls), 1)
    np.add.at(area_ha, (row, cls), area / 1e4)
    return DistrictSummary(
        [*names, OUTSIDE], counts, area_ha, _top_ids(row, cls, rank, ids, n_rows, top_n)
    )


def _top_ids(row, cls, rank, ids, n_rows: int, top_n: int) -> list[list[str]]:
    """Per row the ids of its ``top_n`` best-ranked High/Medium/Low hazards."""
    rank = np.asarray(rank, dtype=float)
    ranked = np.isin(cls, [CLASSES.index(c) for c in RANKED]) & (rank > 0)
    pick = np.flatnonzero(ranked)
    order = pick[np.lexsort((rank[pick], row[pick]))]
    out: list[list[str]] = [[] for _ in range(n_rows)]
    if top_n <= 0 or not len(order):
        return out
    starts = np.searchsorted(row[order], np.arange(n_rows), side="left")
    ends = np.minimum(np.searchsorted(row[order], np.arange(n_rows), side="right"), starts + top_n)
    for k in range(n_rows):
        out[k] = [str(ids[i]) for i in order[starts[k] : ends[k]]]
    return out
