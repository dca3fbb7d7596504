"""Time one dock re-weighting (score_parcels on cached distances) for 100k parcels.

Usage: /usr/bin/python3 scripts/bench_reweight.py [n_parcels]   (after `make stage`)
"""

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))
from clearance_planner.engine.prioritise import Criterion, score_parcels


def main(n: int = 100_000, repeats: int = 20) -> None:
    rng = np.random.default_rng(0)
    distances = rng.uniform(0, 8000, size=(n, 4))
    gated = rng.random(n) < 0.2
    times = []
    for k in range(repeats):
        criteria = [
            Criterion("settlements", 0.4 + 0.01 * k, "linear", 5000),
            Criterion("cemeteries", 0.15, "linear", 2000),
            Criterion("infrastructure", 0.25, "exponential", 1000),
            Criterion("incidents", 0.2, "gaussian", 1500),
        ]
        start = time.perf_counter()
        score_parcels(distances, criteria, gated)
        times.append(time.perf_counter() - start)
    print(
        f"{n} parcels x 4 criteria: re-weighting median {1000 * np.median(times):.1f} ms, "
        f"max {1000 * max(times):.1f} ms over {repeats} runs"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
