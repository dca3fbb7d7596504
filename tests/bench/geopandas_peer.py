"""The GeoPandas + shapely 2 peer of ``make bench``: what a Python analyst would write.

Runs in its OWN virtual environment from PyPI (build/bench-venv: geopandas, shapely 2,
pyogrio with their own GEOS and GDAL), never in the plugin's process. Reads the parcels and
the four criterion layers from the GeoPackage, finds every parcel's nearest feature and exact
distance with ``STRtree.query_nearest`` (GEOS; lines split into their segments first, as a
user who knows the tree does: the nearest segment's distance is the line's, exactly, and a
long line's box no longer overlaps half the map, 20x faster here), scores them with the same
decays and weights as clearance:prioritise's defaults, ranks, and writes a GeoPackage.
Prints one JSON line: wall time, peak RSS; saves ``parcel_id`` and the four distances for
the comparison.

    build/bench-venv/bin/python tests/bench/geopandas_peer.py IN.gpkg OUT.gpkg ROWS.npy
"""

from __future__ import annotations

import json
import resource
import sys
import time

import geopandas as gpd
import numpy as np
import shapely

# criterion, weight, score from the distance d (prioritise's defaults)
CRITERIA = (
    ("settlements", 0.40, lambda d: np.maximum(0.0, 1 - d / 5000)),
    ("cemeteries", 0.15, lambda d: np.maximum(0.0, 1 - d / 2000)),
    ("infrastructure", 0.25, lambda d: np.exp(-np.log(2) * d / 1000)),
    ("incidents", 0.20, lambda d: np.exp(-np.log(2) * (d / 1500) ** 2)),
)


def segments(lines: np.ndarray) -> np.ndarray:
    """Every segment of ``lines`` as a two-point line."""
    coords, index = shapely.get_coordinates(lines, return_index=True)
    same = index[1:] == index[:-1]
    return shapely.linestrings(np.stack([coords[:-1][same], coords[1:][same]], axis=1))


def nearest_distance(parcels: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Exact distance from every parcel to its nearest target (GEOS via STRtree)."""
    if len(targets) and np.isin(shapely.get_type_id(targets), (1, 5)).all():  # (multi)lines
        targets = segments(targets)
    tree = shapely.STRtree(targets)
    (left, _), dist = tree.query_nearest(parcels, return_distance=True, all_matches=False)
    out = np.full(len(parcels), np.nan)
    out[left] = dist
    return out


def read(source: str):
    """The parcels (a GeoDataFrame) and each criterion's geometries, as pyogrio reads them."""
    parcels = gpd.read_file(source, layer="parcels", engine="pyogrio")
    targets = {
        n: gpd.read_file(source, layer=n, engine="pyogrio").geometry.values for n, _, _ in CRITERIA
    }
    return parcels, targets


def prioritise(parcels, targets: dict) -> None:
    """Distances, scores, the weighted priority score and its rank, as columns of ``parcels``."""
    geoms, total = np.asarray(parcels.geometry.values), np.zeros(len(parcels))
    for name, weight, score in CRITERIA:
        d = nearest_distance(geoms, np.asarray(targets[name]))
        parcels[f"dist_{name}_m"] = d
        parcels[f"score_{name}"] = score(d)
        total += weight * score(d)
    parcels["priority_score"] = 100 * total
    parcels["priority_rank"] = parcels["priority_score"].rank(ascending=False, method="first")


def write(parcels, output: str) -> None:
    parcels.to_file(output, layer="prioritised", driver="GPKG", engine="pyogrio")


def main(source: str, output: str, rows: str) -> None:
    start = time.perf_counter()
    parcels, targets = read(source)
    prioritise(parcels, targets)
    write(parcels, output)
    wall = time.perf_counter() - start
    columns = ["parcel_id"] + [f"dist_{n}_m" for n, _, _ in CRITERIA]
    np.save(rows, parcels[columns].to_numpy(dtype=float))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"wall_s": wall, "peak_rss_mb": peak, "shapely": shapely.__version__}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
