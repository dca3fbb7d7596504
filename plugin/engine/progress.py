"""Plain callables for progress and cancel, so the engine never needs Qt."""

from __future__ import annotations

from typing import Callable, Optional

ProgressFn = Optional[Callable[[float], None]]  # receives a fraction 0..1
CancelFn = Optional[Callable[[], bool]]  # True once the user cancelled


class OperationCancelled(Exception):
    """Raised inside the engine when ``cancelled()`` returned True."""


def check_cancel(cancelled: CancelFn) -> None:
    """Raise :class:`OperationCancelled` if the caller asked to stop."""
    if cancelled is not None and cancelled():
        raise OperationCancelled()
