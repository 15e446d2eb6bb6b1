"""Timing helpers of the bench: repeat an action, keep every sample."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call, with the garbage collector run before and paused during it."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        result = action()
        return time.perf_counter() - start, result
    finally:
        gc.enable()


def repeat_ms(action: Callable[[], Any], runs: int, *, warmup: int = 0) -> list[float]:
    for _ in range(warmup):
        action()
    return [timed(action)[0] * 1000 for _ in range(runs)]
