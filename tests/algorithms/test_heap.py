"""Free heap pages go back to the system between batches (glibc's malloc_trim)."""

import sys
from pathlib import Path

import numpy as np
import pytest

from clearance_planner.qgis_io.heap import release_free_memory


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's heap")
def test_the_free_pages_between_live_blocks_are_handed_back():
    # a freed 16 MB block raises glibc's mmap threshold: the 1 MB blocks after it come from
    # the heap, and freeing all but the last leaves 300 MB of free pages below a live block
    # (what reading batches with overlapping lifetimes leaves), which free() keeps
    big = np.ones(2 << 20)
    del big
    blocks = [np.ones(1 << 17) for _ in range(300)]
    last = blocks.pop()
    del blocks
    before = _rss_mb()
    assert release_free_memory()
    assert before - _rss_mb() > 200
    assert last[0] == 1.0
