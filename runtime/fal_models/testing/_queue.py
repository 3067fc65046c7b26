"""A request in the emulator's queue: its timing, from which its state and visible logs follow
the clock, its URLs, and the snapshot a test inspects."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fal_models._urls import app_base
from fal_models.testing._faults import TIMED_OUT, Failure
from fal_models.testing._records import EmulatedRequest, State
from fal_models.testing._routes import Bases

__all__ = ["DEFAULT_LOG_MESSAGES", "MAX_WAIT", "QueuedRequest"]

DEFAULT_LOG_MESSAGES = ("Starting the model", "Generating: 50%", "Generation done")
MAX_WAIT = 0.1
"""Longest pause of a status stream between looks at its request (cancels, forced completions)."""


@dataclass(eq=False)
class QueuedRequest:
    """A submitted request. It is IN_QUEUE until `starts`, IN_PROGRESS until `ends`, then
    COMPLETED; its output or failure is decided when it arrives."""

    request_id: str
    endpoint_id: str
    input: Any
    headers: dict[str, str]
    webhook_url: str | None
    bases: Bases
    created: float
    wall: float
    starts: float
    ends: float
    log_times: list[float]
    output: Any = None
    failure: Failure | None = None
    delivered: bool = False
    run_time: float = 0.0
    start_timeout: float | None = None
    """fal's `X-Fal-Request-Timeout`: the longest it may wait IN_QUEUE."""
    ready: float = 0.0
    """Under a concurrency limit, when its queue time is over and it may take a free slot."""

    def begin(self, at: float) -> None:
        """Start running at `at` (a slot of the concurrency limit freed)."""
        steps = len(self.log_times)
        self.starts, self.ends = at, at + self.run_time
        self.log_times = [at + (self.run_time * i / steps if i else 0.0) for i in range(steps)]

    def time_out(self, at: float) -> None:
        """Fail at `at`: its start timeout passed while it waited."""
        self.starts = self.ends = at
        self.log_times = [math.inf] * len(self.log_times)
        self.output, self.failure = None, TIMED_OUT

    def state(self, now: float) -> State:
        if now >= self.ends:
            return "COMPLETED"
        return "IN_PROGRESS" if now >= self.starts else "IN_QUEUE"

    def urls(self) -> dict[str, str]:
        base = f"{self.bases.queue}/{app_base(self.endpoint_id)}/requests/{self.request_id}"
        return {
            "response_url": base,
            "status_url": f"{base}/status",
            "cancel_url": f"{base}/cancel",
        }

    def logs(self, messages: Sequence[str], now: float) -> list[dict[str, Any]]:
        """The log entries written so far, one message per log time."""
        until = min(now, self.ends)
        return [
            {
                "message": message,
                "level": "INFO",
                "source": "USER",
                "timestamp": datetime.fromtimestamp(self.wall + t - self.created, UTC).isoformat(),
            }
            for message, t in zip(messages, self.log_times, strict=True)
            if t <= until
        ]

    def snapshot(self, now: float) -> EmulatedRequest:
        done = self.state(now) == "COMPLETED"
        return EmulatedRequest(
            self.request_id,
            self.endpoint_id,
            self.state(now),
            self.input,
            dict(self.headers),
            self.webhook_url,
            self.output if done and self.failure is None else None,
            self.failure if done else None,
        )
