"""Write resources/demo/sample_records.csv: SYNTHETIC minefield records for the demo region.

Deterministic (fixed seed). Each record is a random convex perimeter around a reference
point in Karabakh / East Zangezur (UTM 38N); legs are written as *magnetic* bearings in
degrees (declination 6.5° E, the convergence of zone 38N removed) rounded to half a degree
and distances rounded to the metre, so the records close with the small errors of a
compass-and-tape survey. A few rows are broken on purpose to show the error report,
and MR-SYN-010 has two bearings swapped (a self-intersecting record).
Run with /usr/bin/python3 from the repository root (needs numpy only).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from plugin.engine.bearings import grid_convergence

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/demo/sample_records.csv")
DECLINATION = 6.5
SOURCE = "SYNTHETIC demo data - not a real minefield record"
# record_id, district, reliability, date, reference as written (x, y, landmark), lon, lat
RECORDS = [
    (
        "MR-SYN-001",
        "Aghdam",
        "high",
        "1994-05-12",
        "46°55'30\"E",
        "39°59'10\"N",
        "",
        46.925,
        39.986,
    ),
    ("MR-SYN-002", "Fuzuli", "medium", "1993-11-02", "47.1420", "39.6010", "", 47.142, 39.601),
    ("MR-SYN-003", "Lachin", "low", "1995-03-21", "46 33 00 E", "39 38 30 N", "", 46.55, 39.6417),
    ("MR-SYN-004", "Jabrayil", "medium", "1994-08-30", "38SPK4000000000", "", "", None, None),
    ("MR-SYN-005", "Shusha", "high", "1992-06-15", "", "", "Shusha crossroads", 46.7510, 39.7580),
    ("MR-SYN-006", "Qubadli", "low", "1993-09-09", "46.5850", "39.3450", "", 46.585, 39.345),
    (
        "MR-SYN-007",
        "Khojavend",
        "medium",
        "1994-01-20",
        "46°47'00\"E",
        "39°47'30\"N",
        "",
        46.7833,
        39.7917,
    ),
    ("MR-SYN-008", "Fuzuli", "low", "1994-02-14", "47.0500", "39.5200", "", 47.05, 39.52),
    ("MR-SYN-009", "Aghdam", "medium", "1993-07-07", "", "", "Old mill", None, None),
]
LANDMARKS = {"Shusha crossroads": (46.7510, 39.7580)}


def perimeter(rng: np.random.Generator, n: int, radius: float) -> np.ndarray:
    """Vertices of a star-shaped polygon around the origin (anticlockwise), metres."""
    angles = ((np.arange(n) + rng.uniform(-0.3, 0.3, n)) * 2 * np.pi / n)[::-1]
    r = radius * rng.uniform(0.7, 1.0, n)
    return np.column_stack([r * np.sin(angles), r * np.cos(angles)])


def legs(rng, lon, lat) -> list[tuple[float, float, str]]:
    """Approach leg from the reference point, then the perimeter back to its first point."""
    vertices = perimeter(rng, int(rng.integers(4, 8)), float(rng.uniform(60, 250)))
    offset = rng.uniform(-1, 1, 2) * 150 + vertices[0]
    points = np.vstack([[0, 0], offset, offset + vertices[1:] - vertices[0], offset])
    d = np.diff(points, axis=0)
    grid = np.degrees(np.arctan2(d[:, 0], d[:, 1]))
    gamma = float(grid_convergence(lon, lat, 38)) if lon is not None else 0.85
    magnetic = np.mod(grid + gamma - DECLINATION, 360.0)
    bearings = np.round(magnetic * 2) / 2
    distances = np.round(np.hypot(d[:, 0], d[:, 1]))
    kinds = ["approach"] + ["perimeter"] * (len(d) - 1)
    return [(float(b % 360), float(m), k) for b, m, k in zip(bearings, distances, kinds)]


def main() -> None:
    rng = np.random.default_rng(20240607)
    rows = []
    for rid, district, reliability, date, x, y, landmark, lon, lat in RECORDS:
        for seq, (bearing, distance, kind) in enumerate(legs(rng, lon, lat), start=1):
            first = seq == 1
            rows.append(
                {
                    "record_id": rid,
                    "seq": seq,
                    "bearing": f"{bearing:g}",
                    "distance": f"{distance:g}",
                    "leg_type": kind,
                    "ref_x": x if first else "",
                    "ref_y": y if first else "",
                    "landmark": landmark if first else "",
                    "district": district,
                    "reliability": reliability,
                    "record_date": date,
                    "source": SOURCE,
                }
            )
    rows += _bow_tie()
    _break_rows(rows)
    fields = list(rows[0])
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fields)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} rows, {len(RECORDS) + 1} records")


def _bow_tie() -> list[dict]:
    """MR-SYN-010: two bearings swapped in transcription give a self-intersecting record."""
    legs = [("0", "100"), ("135", "141"), ("0", "100"), ("225", "141")]
    return [
        {
            "record_id": "MR-SYN-010",
            "seq": i,
            "bearing": b,
            "distance": d,
            "leg_type": "perimeter",
            "ref_x": "46.8800" if i == 1 else "",
            "ref_y": "39.9500" if i == 1 else "",
            "landmark": "",
            "district": "Aghdam",
            "reliability": "low",
            "record_date": "1994-04-04",
            "source": SOURCE,
        }
        for i, (b, d) in enumerate(legs, start=1)
    ]


def _break_rows(rows: list[dict]) -> None:
    """Deliberate errors: missing bearing, negative distance, bearing out of range,
    duplicate seq; MR-SYN-009 names a landmark that is not in the landmarks layer."""
    of = {}
    for row in rows:
        of.setdefault(row["record_id"], []).append(row)
    of["MR-SYN-006"][2]["bearing"] = ""
    of["MR-SYN-007"][3]["distance"] = "-" + of["MR-SYN-007"][3]["distance"]
    of["MR-SYN-008"][1]["bearing"] = "412"
    dup = dict(of["MR-SYN-002"][2])
    dup["bearing"] = f"{(float(dup['bearing']) + 3) % 360:g}"
    rows.insert(rows.index(of["MR-SYN-002"][2]) + 1, dup)


if __name__ == "__main__":
    main()
