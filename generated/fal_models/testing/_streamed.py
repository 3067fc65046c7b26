"""A streamed run's answer (`POST {run}/{id}/stream`): server-sent events, a few partial ones
spread over the run time, then the final output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

__all__ = ["STREAM_PARTIALS", "stream_events"]

STREAM_PARTIALS = 2
"""Partial events before the final one. fal publishes no schema for them: each here is
`{"partial": true, "step": i, "steps": n}`."""


def stream_events(output: Any, run_time: float) -> Iterator[bytes | float]:
    """The events of a streamed run: the first partial one at once, the others and then
    `output` spread evenly over `run_time`."""
    pause = run_time / STREAM_PARTIALS
    for step in range(1, STREAM_PARTIALS + 1):
        if step > 1 and pause:
            yield pause
        yield _event({"partial": True, "step": step, "steps": STREAM_PARTIALS + 1})
    if pause:
        yield pause
    yield _event(output)


def _event(data: Any) -> bytes:
    return b"data: " + json.dumps(data).encode() + b"\n\n"
