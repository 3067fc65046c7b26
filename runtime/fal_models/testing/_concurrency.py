"""fal's account concurrency limit: at most `limit` requests run at once. Queued requests beyond
it wait IN_QUEUE (first come, first served) and are never turned away; a direct run beyond it is
refused with a 429 `concurrent_requests_limit`."""

from __future__ import annotations

import bisect
import math
from collections import deque
from dataclasses import dataclass

from fal_models.testing._queue import QueuedRequest

__all__ = ["Run", "Slots"]


@dataclass(eq=False)
class Run:
    """A direct (or streamed) run holding a slot until `ends`."""

    ends: float


class Slots:
    """Who holds the account's slots, and the queued requests waiting for one.

    States follow the clock, as everywhere in the emulator: `admit(now)` works out, lazily, when
    each waiting request got its slot (a slot freed at t starts the next request at t, not when
    someone next looks), and must be called under the emulator's lock before any state is read.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._holders: list[QueuedRequest | Run] = []
        self._waiting: deque[QueuedRequest] = deque()
        self._seqs: dict[str, list[int]] = {}
        """Per endpoint, the sequence numbers of its waiting requests, sorted: a request's
        queue position is its index there."""
        self._seq: dict[str, int] = {}
        self._next = 0
        self._last_begin = -math.inf
        """When the last waiting request got its slot: the next one cannot start before (FIFO)."""

    def enqueue(self, req: QueuedRequest) -> None:
        """Hold `req` IN_QUEUE until a slot frees (`admit` sets its times)."""
        self._seq[req.request_id] = self._next
        self._seqs.setdefault(req.endpoint_id, []).append(self._next)
        self._next += 1
        req.ready, req.starts, req.ends = req.starts, math.inf, math.inf
        req.log_times = [math.inf] * len(req.log_times)
        self._waiting.append(req)

    def position(self, req: QueuedRequest) -> int | None:
        """Requests of the same endpoint waiting ahead of `req` (None if it is not waiting)."""
        seq = self._seq.get(req.request_id)
        if seq is None:
            return None
        return bisect.bisect_left(self._seqs[req.endpoint_id], seq)

    def try_run(self, now: float, ends: float) -> Run | None:
        """A slot for a direct run until `ends`, or None when every slot is taken."""
        self.admit(now)
        if sum(1 for holder in self._holders if holder.ends > now) >= self.limit:
            return None
        run = Run(ends)
        self._holders.append(run)
        return run

    def admit(self, now: float) -> list[QueuedRequest]:
        """Give every slot freed by `now` to the next waiting request, at the time it freed (or
        time a request out when its `start_timeout` passed first); the requests whose times
        were set."""
        settled: list[QueuedRequest] = []
        while self._waiting:
            req = self._waiting[0]
            if math.isfinite(req.starts):  # cancelled or completed while it waited
                self._leave(req)
                continue
            ready = max(req.ready, self._last_begin)
            ends = sorted(h.ends for h in self._holders if h.ends > ready)
            begins = ready if len(ends) < self.limit else ends[len(ends) - self.limit]
            if req.start_timeout is not None and begins > req.created + req.start_timeout:
                if req.created + req.start_timeout > now:
                    break
                req.time_out(req.created + req.start_timeout)
            elif begins > now:
                break
            else:
                req.begin(begins)
                self._last_begin = begins
                self._holders.append(req)
            self._leave(req)
            settled.append(req)
        # A holder that ended before any waiting request can start no longer counts.
        head = max(self._waiting[0].ready, self._last_begin) if self._waiting else now
        self._holders = [h for h in self._holders if h.ends > min(now, head)]
        return settled

    def forget(self, req: QueuedRequest) -> None:
        """`req` ended before it got a slot (cancelled, completed): the requests behind it move
        up at once. (`admit` drops it from the queue when it reaches the head.)"""
        seq = self._seq.pop(req.request_id, None)
        if seq is not None:
            seqs = self._seqs[req.endpoint_id]
            del seqs[bisect.bisect_left(seqs, seq)]

    def _leave(self, req: QueuedRequest) -> None:
        self._waiting.popleft()
        self.forget(req)
