"""Progress of a long build on a terminal: the stage and a count, rewritten on one line of
stderr; nothing when stderr is not a terminal (CI logs keep only the summary)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.perf_counter()
        self._stage = ""
        self._shown = 0.0

    def stage(self, name: str) -> None:
        self._stage = name
        self._show(f"{name}…")

    def count(self, done: int, total: int) -> None:
        # At most ten updates a second: a terminal is slower than rendering a page.
        now = time.perf_counter()
        if done == total or now - self._shown >= 0.1:
            self._shown = now
            self._show(f"{self._stage}: {done}/{total}")

    def done(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()

    def _show(self, text: str) -> None:
        if self.enabled:
            elapsed = time.perf_counter() - self.started
            self.stream.write(f"\r\033[K[{elapsed:5.1f}s] {text}")
            self.stream.flush()
