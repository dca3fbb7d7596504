"""Hand the C heap's free pages back to the system between batches (glibc's malloc_trim).

Reading a table in batches allocates and frees buffers of tens of MB (Arrow batches, WKB,
vertex arrays) whose lifetimes overlap. glibc serves them from its heap once its dynamic
mmap threshold has risen, and the free space left between live blocks is kept: measured on
one million parcels read in Arrow batches, RSS grew by ≈ 180 bytes per parcel read with
nothing kept (docs/scale.md). ``malloc_trim(0)`` returns those free pages; it changes no
allocation policy and costs ≈ 2 ms a call. Elsewhere (Windows, macOS, musl) it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import lru_cache


@lru_cache(maxsize=1)
def _malloc_trim():
    """glibc's ``malloc_trim``, or None when the C library has none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    trim = getattr(libc, "malloc_trim", None)
    if trim is not None:
        trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Give the free pages of every malloc arena back to the system; True if it could."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
