"""Slope and zonal means on DEM windows (numpy only)."""

from __future__ import annotations

import numpy as np

METRES_PER_DEGREE = 111_320.0  # at the equator; x is scaled by cos(latitude)


def slope_degrees(z: np.ndarray, dx: float, dy: float) -> np.ndarray:
    """Slope in degrees of a grid with cell sizes ``dx``, ``dy`` in metres (numpy gradient).

    NaN cells (no data) give NaN slope around them.
    """
    z = np.asarray(z, dtype=float)
    if z.shape[0] < 2 or z.shape[1] < 2:
        return np.zeros_like(z)
    dz_dy, dz_dx = np.gradient(z, abs(dy), abs(dx))
    return np.degrees(np.arctan(np.hypot(dz_dx, dz_dy)))


def geographic_cell_metres(dx_deg: float, dy_deg: float, lat: float) -> tuple[float, float]:
    """Cell size in metres of a geographic grid at latitude ``lat``."""
    return (
        abs(dx_deg) * METRES_PER_DEGREE * np.cos(np.radians(lat)),
        abs(dy_deg) * METRES_PER_DEGREE,
    )


def zonal_mean(values: np.ndarray, inside: np.ndarray, fallback: tuple[int, int]) -> float:
    """Mean of finite ``values`` where ``inside``; the ``fallback`` cell when none is inside."""
    sel = inside & np.isfinite(values)
    if sel.any():
        return float(values[sel].mean())
    r, c = fallback
    if 0 <= r < values.shape[0] and 0 <= c < values.shape[1]:
        return float(values[r, c])
    return float("nan")
