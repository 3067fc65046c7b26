"""A batch's progress for a person watching: one line rewritten in place on a terminal while the
batch runs (done, in flight, failed, skipped by the budget, spent), and a summary line at the end.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, TextIO

from fal_models._budget import Budget
from fal_models._exceptions import BudgetExceededError, InvalidOptionError

__all__ = ["Progress", "progress_stream"]

_INTERVAL = 0.1  # seconds between rewrites of the line, at most


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):  # no isatty, or a closed stream
        return False


def progress_stream(progress: object) -> TextIO | None:
    """Where a batch's `progress=` writes: None (the default) → stderr when it is a terminal;
    True → stderr; False → nowhere; a text stream → that stream."""
    if progress is None:
        return sys.stderr if _isatty(sys.stderr) else None
    if progress is True:
        return sys.stderr
    if progress is False:
        return None
    if callable(getattr(progress, "write", None)):
        return progress  # type: ignore[return-value]
    raise InvalidOptionError(
        "progress", f"expected True, False, None or a text stream, got {type(progress).__name__}"
    )


class Progress:
    """A batch's counts, and their line on `stream` (none: counts only). On a terminal the line
    is rewritten in place (at most ten times a second); elsewhere only the summary is written.
    Thread-safe."""

    def __init__(
        self, stream: TextIO | None, endpoint_id: str, total: int, budget: Budget | None
    ) -> None:
        self._stream = stream
        self._live = _isatty(stream)
        self._label = endpoint_id
        self._total = total
        self._budget = budget
        self._spent_before = budget.spent if budget is not None else 0.0
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._shown_at = float("-inf")
        self._width = 0
        self.done = self.resumed = self.in_flight = self.failed = self.skipped = 0

    def begin(self) -> None:
        """An input's request is being submitted or waited for."""
        with self._lock:
            self.in_flight += 1
            self._show()

    def end(self, item: Any, *, was_in_flight: bool) -> None:
        """An input's BatchItem is final."""
        with self._lock:
            if was_in_flight:
                self.in_flight -= 1
            self.resumed += item.resumed
            if item.output is not None:
                self.done += 1
            elif isinstance(item.error, BudgetExceededError):
                self.skipped += 1
            else:
                self.failed += 1
            self._show()

    def close(self) -> None:
        """Write the summary line (on a terminal, over the progress line)."""
        if self._stream is None:
            return
        with self._lock:
            line = f"{self._line()}, {self.resumed} resumed, in {self._elapsed():.1f} s"
            self._write(line, end="\n")

    def _line(self) -> str:
        parts = [
            f"{self._label}: {self.done}/{self._total} done",
            f"{self.in_flight} in flight",
            f"{self.failed} failed",
            f"{self.skipped} skipped by budget",
        ]
        if self._budget is not None:
            parts.append(f"{self._budget.spent - self._spent_before:.4f} USD spent")
        return ", ".join(parts)

    def _elapsed(self) -> float:
        return time.monotonic() - self._started

    def _show(self) -> None:
        now = time.monotonic()
        if not self._live or now - self._shown_at < _INTERVAL:
            return
        self._shown_at = now
        self._write(self._line())

    def _write(self, line: str, end: str = "") -> None:
        assert self._stream is not None
        if self._live:
            # Spaces cover the end of a longer line written before.
            line, self._width = "\r" + line.ljust(self._width), len(line)
        self._stream.write(line + end)
        self._stream.flush()
