"""How the plugin calls GDAL's Python bindings: in one error mode, whatever mode others left.

The bindings either return error codes (``None``, non-zero) or raise ``RuntimeError``, by a
switch that is shared by everyone in the process: QGIS 3.22 leaves it off, QGIS >= 3.40
turns exceptions on when its Processing plugin loads (``GdalAlgorithmProvider``), another
plugin may set either, and GDAL 4 turns exceptions on by default. The plugin's GDAL code
checks return codes and turns them into messages naming the file or table, so it runs inside
:func:`gdal_return_codes`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager


@contextmanager
def gdal_return_codes() -> Iterator[None]:
    """``gdal``, ``ogr`` and ``osr`` return error codes in the block (restored after).

    Also a decorator. GDAL >= 3.7 keeps the setting per thread (``ExceptionMgr``); GDAL 3.6
    (Debian 12) has one setting for the process, switched only when it is on."""
    from osgeo import gdal, ogr, osr

    gdal.ErrorReset()  # a message left by an earlier failure is not this block's reason
    modules = (gdal, ogr, osr)
    if hasattr(gdal, "ExceptionMgr"):
        with ExitStack() as stack:
            for module in modules:
                stack.enter_context(module.ExceptionMgr(useExceptions=False))
            yield
        return
    switched = exceptions_off(modules)
    try:
        yield
    finally:
        exceptions_back(switched)


def exceptions_off(modules) -> list:
    """Turn exceptions off in each of ``modules`` that raises them; returns those switched,
    in that order. GDAL 3.6 stacks one error handler per module and refuses to switch off
    any but the top one, so the top is found by trying; a handler someone else pushed on top
    leaves the rest raising (the callers also catch ``RuntimeError`` where GDAL may fail)."""
    left = [module for module in modules if module.GetUseExceptions()]
    switched = []
    while left:
        for module in left:
            try:
                module.DontUseExceptions()
            except RuntimeError:  # not the top of GDAL 3.6's stack
                continue
            switched.append(module)
            left.remove(module)
            break
        else:
            break
    return switched


def exceptions_back(switched: list) -> None:
    """Undo :func:`exceptions_off`: the modules it switched raise again, pushed back in the
    order GDAL 3.6 had stacked them."""
    for module in reversed(switched):
        module.UseExceptions()


def gdal_reason(fallback: str) -> str:
    """GDAL's message of the last error, or ``fallback`` when it left none (a file it does
    not recognise fails without one)."""
    from osgeo import gdal

    return gdal.GetLastErrorMsg() or fallback


@contextmanager
def gdal_errors_quiet() -> Iterator[None]:
    """GDAL errors and warnings silenced while the block runs (restored after), e.g. a
    failed open whose reason the caller reports in its own words."""
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()
