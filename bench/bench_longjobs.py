"""Benchmark 9: HTTP requests made while waiting for a one-hour job, without waiting an hour.

The real `subscribe` flow (`fal_models._queue.subscribe`: submit, status stream with reconnects,
polling fallback, result) is driven on a virtual clock: flows take time only from `Now` and
`Sleep` operations (see `_flow`), so a driver that answers `Now` from a counter, advances it on
`Sleep`, and answers each `Send` from a scripted fal runs an hour of waiting in milliseconds,
with the exact sequence of requests the real drivers would send. The scripted fal follows the
emulator's protocol: `202 IN_PROGRESS` until the job's end, then `COMPLETED`; its status stream
sends the current status at once, a `: ping` keep-alive every 15 s and `COMPLETED` at the end,
or breaks off (a dropped connection) every N minutes; without a stream it answers 404. (The
emulator itself serves streams in real time, so it cannot be put on a virtual clock.)

Cases: the stream stays open all hour; it drops every 1, 5 or 15 minutes (reopened with
backoff); no stream (polling, intervals growing to their cap). Baseline, same run: polling with
the interval this client used before (growing to 1 s, then every second).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

ENDPOINT = "fal-ai/qwen-image"
RID = "req-long"
JOB = 3600.0
"""Seconds the job runs (from its submit)."""
PING = 15.0
"""Seconds between the stream's keep-alives."""
EPOCH = 1_800_000_000.0
OUTPUT = {"images": [], "seed": 7, "timings": {}, "has_nsfw_concepts": [], "prompt": "a long job"}
TARGET = 100


class ScriptedFal:
    """fal's queue for one job of `JOB` seconds on a virtual clock. `stream`: "open" (one
    stream lasts until the end), "drop" (each stream breaks off after `drop_every` seconds),
    or "none" (404)."""

    def __init__(self, stream: str, drop_every: float = 0.0, job: float = JOB) -> None:
        self.stream = stream
        self.drop_every = drop_every
        self.job = job
        self.sent: list[tuple[float, str]] = []

    def answer(self, method: str, url: str, now: float) -> tuple[httpx.Response, Any]:
        """The response to one request at `now`, and for a stream the (time, line) iterator of
        its body."""
        kind = _kind(method, url)
        self.sent.append((now, kind))
        done = now >= self.job
        status = {"status": "COMPLETED" if done else "IN_PROGRESS", "request_id": RID}
        if kind == "submit":
            return httpx.Response(200, json={"request_id": RID}), None
        if kind == "status":
            return httpx.Response(200 if done else 202, json={**status, "logs": None}), None
        if kind == "result":
            return httpx.Response(200, json=OUTPUT), None
        if self.stream == "none":
            return httpx.Response(404, json={"detail": "Not Found"}), None
        headers = {"content-type": "text/event-stream"}
        return httpx.Response(200, headers=headers), self._lines(now, status)

    def _lines(self, opened: float, status: dict[str, Any]) -> Iterator[tuple[float, Any]]:
        yield opened, f"data: {json.dumps({**status, 'logs': None})}"
        yield opened, ""
        ends = opened + self.drop_every if self.stream == "drop" else float("inf")
        at = opened + PING
        while at < min(self.job, ends):
            yield at, ": ping"
            yield at, ""
            at += PING
        if ends <= self.job:
            yield ends, httpx.RemoteProtocolError("peer closed connection (emulated drop)")
            return
        completed = {"status": "COMPLETED", "request_id": RID, "logs": None, "metrics": {}}
        yield self.job, f"data: {json.dumps(completed)}"
        yield self.job, ""


def _kind(method: str, url: str) -> str:
    if method == "POST":
        return "submit"
    if url.endswith("/status/stream"):
        return "stream"
    return "status" if url.endswith("/status") else "result"


class VirtualDriver:
    """Carries out a flow's operations on a virtual clock against `fal` (no sockets, no sleep)."""

    def __init__(self, fal: ScriptedFal) -> None:
        self.fal = fal
        self.now = 0.0
        self._bodies: dict[int, Iterator[tuple[float, Any]]] = {}
        self._chunks: dict[int, Iterator[bytes]] = {}
        self._keep: list[httpx.Response] = []  # so ids of streamed responses are not reused

    def drive(self, flow: Any) -> Any:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                op = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                return stop.value
            value, error = None, None
            try:
                value = self._perform(op)
            except Exception as exc:
                error = exc

    def _perform(self, op: Any) -> Any:
        from fal_models._flow import Callback, Close, Emit, NextChunk, NextLine, Now, Send, Sleep

        if isinstance(op, Now):
            return EPOCH + self.now if op.wall else self.now
        if isinstance(op, Sleep):
            self.now += op.seconds
            return None
        if isinstance(op, Send):
            response, body = self.fal.answer(op.method, op.url, self.now)
            response.request = httpx.Request(op.method, op.url, params=op.params)
            if body is not None:
                self._bodies[id(response)] = body
                self._keep.append(response)
            return response
        if isinstance(op, NextLine):
            at, line = next(self._bodies[id(op.response)], (self.now, None))
            self.now = max(self.now, at)
            if isinstance(line, Exception):
                raise line
            return line
        if isinstance(op, NextChunk):  # an error answer's body, read for its message
            self._keep.append(op.response)
            chunks = self._chunks.setdefault(id(op.response), op.response.iter_bytes(op.size))
            return next(chunks, None)
        if isinstance(op, Close | Callback | Emit):
            return op.function(*op.args) if isinstance(op, Callback) else None
        raise TypeError(op)


def wait_one_hour(
    stream: str, drop_every: float = 0.0, job: float = JOB
) -> tuple[int, float, ScriptedFal]:
    """Requests made by one `subscribe` of a `job`-second job, and how late it returned (s)."""
    from fal_models._config import ClientConfig
    from fal_models._queue import subscribe
    from fal_models._request import NO_OVERRIDES
    from fal_models.models.qwen_image import QwenImageOutput

    fal = ScriptedFal(stream, drop_every, job)
    driver = VirtualDriver(fal)
    flow = subscribe(
        ClientConfig("bench-id:bench-secret"),
        ENDPOINT,
        QwenImageOutput,
        {"prompt": "a long job"},
        webhook_url=None,
        headers={},
        options=NO_OVERRIDES,
        on_enqueue=None,
        on_queue_update=None,
        logs=False,
        client_timeout=None,
        strict=False,
    )
    output = driver.drive(flow)
    assert output.seed == OUTPUT["seed"]
    return len(fal.sent), driver.now - job, fal


def main(work: Path, quick: bool = False) -> dict[str, Any]:
    del work  # the one-hour cases are deterministic: one run is the measurement
    from fal_models import _queue

    before = _queue.poll_interval
    try:  # the baseline: polling as this client did before (growing to 1 s, then every 1 s)
        _queue.poll_interval = lambda attempt, waited=0.0: min(0.05 * 1.5 ** min(attempt, 8), 1.0)
        baseline, _, _ = wait_one_hour("none")
    finally:
        _queue.poll_interval = before

    cases = [
        ("status stream open all hour", "open", 0.0),
        ("status stream dropped every 15 min", "drop", 900.0),
        ("status stream dropped every 5 min", "drop", 300.0),
        ("status stream dropped every 1 min", "drop", 60.0),
        ("no status stream: polling to the cap", "none", 0.0),
    ]
    figures = []
    details = {}
    for name, stream, every in cases:
        count, late, fal = wait_one_hour(stream, every)
        kinds = [kind for _, kind in fal.sent]
        details[name] = {k: kinds.count(k) for k in ("submit", "stream", "status", "result")}
        figures.append(
            figure_of(f"1-hour job, {name}: HTTP requests", count, baseline, late, details[name])
        )
    figures.append(cross_check(CHECK_JOB if not quick else QUICK_CHECK_JOB))
    return {"bench": "longjobs", "figures": figures, "requests_by_kind": details}


CHECK_JOB = 60.0
QUICK_CHECK_JOB = 20.0


def cross_check(job: float) -> dict[str, Any]:
    """The virtual model against the real thing: a `job`-second job waited for by the real
    blocking client over loopback on the emulator, its status stream answering 404 (polling),
    requests counted in the emulator's log; vs the virtual clock's count for the same job."""
    from fal_models.testing import Emulator, Fault

    from bench.common import figure

    with Emulator(endpoints=[ENDPOINT], run_time=job) as emulator, emulator.serve() as server:
        emulator.inject(Fault("stream", "error", 404, times=None))
        with server.client() as client:
            client.endpoint(ENDPOINT).subscribe(prompt="a long job")
        real = len(emulator.log)
    virtual, _, _ = wait_one_hour("none", job=job)
    return figure(
        f"cross-check, {job:.0f} s job polled over loopback (emulator): HTTP requests",
        real,
        "count",
        baseline=virtual,
        baseline_name="the virtual clock's count for the same job",
        target="ratio 1 ± 0.1",
        met=abs(real / virtual - 1) <= 0.1,
    )


def figure_of(
    name: str, count: int, baseline: int, late: float, kinds: dict[str, int]
) -> dict[str, Any]:
    from bench.common import figure

    shown = ", ".join(f"{k} {v}" for k, v in kinds.items() if v)
    return figure(
        name,
        count,
        "count",
        baseline=baseline,
        baseline_name="polling capped at 1 s (before)",
        target=f"≤ {TARGET}",
        met=count <= TARGET,
        note=f"{shown}; returned {late:.1f} s after the job ended",
    )
