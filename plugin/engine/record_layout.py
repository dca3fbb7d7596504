"""Checked record tables laid out on the UTM plane: grid bearings, traverses and the status of
every record (ok, not closed, self-intersecting, missing legs or error)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .bearings import grid_convergence, to_grid
from .records import LegTable
from .traverse import Traverses, lay_out


@dataclass
class Placed:
    """Reference points resolved per record (epsg 0 and NaN where it failed)."""

    epsg: np.ndarray
    xy: np.ndarray  # UTM
    lonlat: np.ndarray

    @classmethod
    def unresolved(cls, n: int) -> Placed:
        """``n`` records, none placed yet."""
        return cls(np.zeros(n, dtype=np.int64), np.full((n, 2), np.nan), np.full((n, 2), np.nan))


@dataclass(frozen=True)
class Options:
    """Units and conventions of one run."""

    bearing_unit: str
    bearing_ref: str
    declination_deg: float
    distance_unit: str
    pace_m: float
    closed: bool
    closure_tolerance_m: float
    adjustment: str

    def record(self) -> dict:
        """JSON-serialisable settings for the run record."""
        return dict(vars(self))


@dataclass
class Layout:
    """The checked table and the laid-out records without problems."""

    table: LegTable
    placed: Placed
    opts: Options
    convergence: np.ndarray  # per record, degrees (NaN: not laid out)
    good: np.ndarray  # records laid out
    use: np.ndarray  # per table leg: laid out?
    grid: np.ndarray  # per laid-out leg: grid bearing
    trav: Traverses
    status: list[str]

    @property
    def slot(self) -> dict[int, int]:
        """Record index -> index in ``trav``."""
        return {int(r): k for k, r in enumerate(self.good)}


def lay_out_records(table: LegTable, placed: Placed, opts: Options) -> Layout:
    """Grid bearings and traverses of every record without problems, and every status."""
    failed = table.failed() | np.isnan(placed.xy[:, 0])
    zone = np.maximum(placed.epsg % 100, 1)
    gamma = grid_convergence(placed.lonlat[:, 0], placed.lonlat[:, 1], zone)
    convergence = np.where(failed, np.nan, gamma)
    use = ~failed[table.record]
    good = np.flatnonzero(~failed)
    remap = np.full(len(failed), -1)
    remap[good] = np.arange(len(good))
    record = table.record[use]
    grid = to_grid(
        table.bearing_deg[use], opts.bearing_ref, opts.declination_deg, convergence[record]
    )
    trav = lay_out(
        remap[record],
        table.approach[use],
        grid,
        table.distance_m[use],
        placed.xy[good],
        opts.closed,
        opts.adjustment,
        max(opts.closure_tolerance_m, 1e-3),
    )
    status = record_status(table, good, trav, opts)
    return Layout(table, placed, opts, convergence, good, use, grid, trav, status)


def record_status(table: LegTable, good: np.ndarray, trav: Traverses, opts: Options) -> list[str]:
    """Per record: error (not laid out) < missing legs (seq gap, or fewer than 3 perimeter
    legs closed / 1 open) < self-intersecting < not closed (closure error above the
    tolerance) < ok; the first that applies wins."""
    status = ["error"] * len(table.record_ids)
    gaps = table.seq_gaps()
    minimum = 3 if opts.closed else 1
    for k, r in enumerate(good):
        if gaps[r] or trav.perimeter_legs[k] < minimum:
            status[r] = "missing legs"
        elif trav.self_intersecting[k]:
            status[r] = "self-intersecting"
        elif opts.closed and trav.closure_error_m[k] > opts.closure_tolerance_m:
            status[r] = "not closed"
        else:
            status[r] = "ok"
    return status
