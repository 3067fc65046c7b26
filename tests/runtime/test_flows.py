"""Flows on a virtual clock: waiting, timeouts, backoff and Retry-After, proven without sleeping.

`VirtualDriver` answers `Now` and `Sleep` from a clock that only moves when a flow sleeps or a
scripted request takes its time, and `Send` from a script; the real drivers are checked to answer
`Now` from the clocks they are given.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest
from fal_models import (
    APIStatusError,
    Completed,
    InProgress,
    InternalServerError,
    RateLimitError,
    RequestTimeoutError,
)
from fal_models._config import ClientConfig
from fal_models._drivers import AsyncDriver, SyncDriver
from fal_models._files import _Buffer, download
from fal_models._flow import (
    Callback,
    Close,
    Emit,
    Flow,
    NextChunk,
    NextLine,
    Now,
    Send,
    Sleep,
)
from fal_models._queue import (
    RequestRef,
    Waiter,
    poll_interval,
    ref_fields,
    stream_backoff,
    subscribe,
)
from fal_models._request import NO_OVERRIDES, CallOptions, Deadline, request
from fal_models.models.qwen_image import QwenImageOutput

from tests.conftest import sse

START = 1000.0
"""The virtual monotonic clock at the start of every test."""
EPOCH = 1_800_000_000.0
"""The virtual wall clock at START."""
RID = "req-1"
ENDPOINT = "fal-ai/qwen-image"
OUTPUT = {"images": [], "seed": 7}

Answer = httpx.Response | httpx.TransportError


def call_kind(send: Send) -> str:
    if send.method == "POST":
        return "submit"
    if send.method == "PUT":
        return "cancel"
    if send.url.endswith("/status/stream"):
        return "stream"
    return "status" if send.url.endswith("/status") else "result"


class Script:
    """fal's answers by kind of call (submit, stream, status, result, cancel, get); the last
    answer of each kind repeats. `latency` is the virtual time each kind of call takes."""

    def __init__(
        self, latency: Mapping[str, float] | None = None, **answers: list[Callable[[], Answer]]
    ) -> None:
        self.answers = answers
        self.latency = dict(latency or {})

    def __call__(self, send: Send) -> tuple[Answer, float]:
        kind = "get" if "get" in self.answers else call_kind(send)
        queue = self.answers[kind]
        make = queue.pop(0) if len(queue) > 1 else queue[0]
        return make(), self.latency.get(kind, 0.0)


class VirtualDriver:
    """Runs a flow with no I/O and no real time: `Now` reads the virtual clock, `Sleep` advances
    it, each `Send` is answered by the script and advances it by the call's latency. A `Send`
    whose latency would pass its deadline ends there with `httpx.ReadTimeout`, as the real
    drivers end it."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.now = START
        self.sent: list[tuple[float, Send]] = []
        self.sleeps: list[float] = []
        self.emitted: list[Any] = []
        self._readers: dict[int, tuple[httpx.Response, Iterator[Any]]] = {}
        """Per streamed response (kept alive, so its id is never reused), its line or chunk
        iterator."""

    def drive(self, flow: Flow[Any]) -> Any:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                op = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                return stop.value
            value, error = None, None
            try:
                value = self.perform(op)
            except BaseException as exc:  # as the real drivers: the flow may clean up first
                error = exc

    def perform(self, op: Any) -> Any:
        match op:
            case Now(wall=wall):
                return EPOCH + (self.now - START) if wall else self.now
            case Sleep(seconds=seconds):
                assert seconds >= 0
                self.sleeps.append(seconds)
                self.now += seconds
                return None
            case Send():
                self.sent.append((self.now, op))
                answer, latency = self.script(op)
                if op.deadline is not None and self.now + latency > op.deadline:
                    self.now = op.deadline
                    raise httpx.ReadTimeout("stalled past the deadline")
                self.now += latency
                if isinstance(answer, Exception):
                    raise answer
                answer.request = httpx.Request(op.method, op.url, params=op.params)
                return answer
            case NextLine(response=response):
                _, lines = self._readers.setdefault(id(response), (response, response.iter_lines()))
                return next(lines, None)
            case NextChunk(response=response, size=size):
                _, chunks = self._readers.setdefault(
                    id(response), (response, response.iter_bytes(size))
                )
                return next(chunks, None)
            case Close(response=response):
                response.close()
                return None
            case Callback(function=function, args=args):
                return function(*args)
            case Emit(value=emitted):
                self.emitted.append(emitted)
                return None
        raise TypeError(op)

    def kinds(self) -> list[str]:
        return [call_kind(send) for _, send in self.sent]


def reply(code: int = 200, body: Any = None, **headers: str) -> Callable[[], Answer]:
    return lambda: httpx.Response(code, json=body, headers=headers)


def status(state: str) -> dict[str, Any]:
    return {"status": state, "request_id": RID, "logs": None, "queue_position": 0}


CONFIG = ClientConfig("fake-id:fake-secret")


def ref() -> RequestRef[QwenImageOutput]:
    return RequestRef(
        **ref_fields(ENDPOINT, QwenImageOutput, CONFIG.queue_url, {"request_id": RID})
    )


def within(seconds: float) -> CallOptions:
    """Call options whose deadline is `seconds` after START."""
    return CallOptions(deadline=Deadline(START + seconds, seconds))


def handle_wait(waiter: Waiter) -> Flow[Completed]:
    """What a handle's `wait(timeout=...)` runs: on its deadline, the request is cancelled."""
    return waiter.guard(waiter.until_done(), cancel_on_timeout=True, cancel_on_abandon=False)


# -- the real drivers answer Now from their clocks -----------------------------------------------


def now_twice() -> Flow[tuple[float, float]]:
    monotonic: float = yield Now()
    wall: float = yield Now(wall=True)
    return monotonic, wall


async def test_drivers_answer_now_from_their_clocks() -> None:
    with httpx.Client() as http:
        driver = SyncDriver(http, clock=lambda: 42.0, wall_clock=lambda: EPOCH)
        assert driver.drive(now_twice()) == (42.0, EPOCH)
    async with httpx.AsyncClient() as ahttp:
        adriver = AsyncDriver(ahttp, clock=lambda: 43.0, wall_clock=lambda: EPOCH + 1)
        assert await adriver.drive(now_twice()) == (43.0, EPOCH + 1)


def test_drivers_default_to_the_monotonic_and_wall_clocks() -> None:
    with httpx.Client() as http:
        monotonic, wall = SyncDriver(http).drive(now_twice())
    assert abs(monotonic - time.monotonic()) < 5
    assert abs(wall - time.time()) < 5


# -- waiting on a virtual clock ------------------------------------------------------------------


def test_polling_backs_off_until_the_deadline_then_cancels() -> None:
    driver = VirtualDriver(Script(status=[reply(202, status("IN_QUEUE"))], cancel=[reply(202)]))
    waiter = Waiter(CONFIG, ref(), stream=False, options=within(5.0))
    with pytest.raises(RequestTimeoutError) as info:
        driver.drive(handle_wait(waiter))
    assert (info.value.request_id, info.value.timeout, info.value.cancelled) == (RID, 5.0, True)
    growing = [0.05 * 1.5**i for i in range(8)]  # 0.05 s growing by half, up to 1 s
    assert driver.sleeps == pytest.approx([*growing, 1.0, 1.0, 5.0 - sum(growing) - 2.0])
    assert driver.now == pytest.approx(START + 5.0)
    assert driver.kinds() == ["status"] * 11 + ["cancel"]  # none sent at the deadline itself
    cancelled_at, cancel = driver.sent[-1]
    assert cancelled_at == pytest.approx(START + 5.0)
    assert cancel.url.endswith(f"/requests/{RID}/cancel")


def test_waiting_without_a_timeout_polls_until_completed() -> None:
    answers = [reply(202, status("IN_QUEUE"))] * 30 + [reply(200, status("COMPLETED"))]
    driver = VirtualDriver(Script(status=answers))
    completed = driver.drive(Waiter(CONFIG, ref(), stream=False).until_done())
    assert completed == Completed(RID, None, {})
    assert len(driver.sleeps) == 30 and driver.kinds() == ["status"] * 31
    growing = [0.05 * 1.5**i for i in range(8)]  # 0.05 s growing by half, up to 1 s
    assert driver.sleeps[:8] == pytest.approx(growing)
    # Then a fifth of the time waited when it is more than 1 s, never trimmed (no deadline).
    for (sent, _), slept in zip(driver.sent[8:30], driver.sleeps[8:], strict=True):
        assert slept == pytest.approx(max(1.0, 0.2 * (sent - START)))
    assert driver.sleeps[-1] > 1.0


def test_polling_a_one_hour_job_grows_to_its_cap_and_stays_cheap() -> None:
    driver: VirtualDriver

    def state() -> httpx.Response:
        done = driver.now - START >= 3600.0
        return reply(200, status("COMPLETED" if done else "IN_PROGRESS"))()

    driver = VirtualDriver(Script(status=[state]))
    driver.drive(Waiter(CONFIG, ref(), stream=False).until_done())
    polls = driver.kinds().count("status")
    assert polls <= 100
    assert max(driver.sleeps) == 60.0 and driver.sleeps.count(60.0) >= 40  # the cap holds
    assert driver.now - START - 3600.0 <= 60.0  # noticed within one capped interval


def test_polling_intervals_stay_finite_however_many_polls() -> None:
    # 1.5 ** attempt overflows a float after ~1,750 polls (29 hours at 1 s, or a day at 60 s).
    assert poll_interval(5_000, waited=100_000.0) == 60.0
    assert poll_interval(5_000) == 1.0 and stream_backoff(5_000) == 30.0


def test_a_stream_that_stays_healthy_is_reopened_for_as_long_as_the_job_runs() -> None:
    # Each stream stays open 5 minutes with an event, then ends: a one-hour job, 12 streams.
    driver: VirtualDriver

    def stream() -> httpx.Response:
        done = driver.now - START >= 3600.0
        return sse(status("COMPLETED" if done else "IN_PROGRESS"))

    driver = VirtualDriver(Script(latency={"stream": 300.0}, stream=[stream]))
    completed = driver.drive(Waiter(CONFIG, ref()).until_done())
    assert completed == Completed(RID, None, {})
    assert set(driver.kinds()) == {"stream"} and 12 <= len(driver.kinds()) <= 13  # never polls
    assert driver.sleeps == [0.25] * (len(driver.kinds()) - 1)  # a short pause each time


def test_streams_ending_early_back_off_then_waiting_falls_back_to_polling() -> None:
    # Each stream opens, stays 2 s without an event, and ends.
    script = Script(
        latency={"stream": 2.0},
        stream=[lambda: sse()],
        status=[reply(202, status("IN_PROGRESS")), reply(200, status("COMPLETED"))],
    )
    driver = VirtualDriver(script)
    driver.drive(Waiter(CONFIG, ref()).until_done())
    assert driver.kinds() == ["stream"] * 3 + ["status"] * 2
    assert driver.sleeps[:2] == [0.25, 0.5]  # doubled for each early end in a row


def test_subscribe_counts_its_client_timeout_from_before_the_submit() -> None:
    script = Script(
        latency={"submit": 4.0},
        submit=[reply(200, {"request_id": RID})],
        stream=[reply(404)],
        status=[reply(202, status("IN_PROGRESS"))],
        cancel=[reply(202)],
    )
    driver = VirtualDriver(script)
    flow = subscribe(
        CONFIG,
        ENDPOINT,
        QwenImageOutput,
        {"prompt": "x"},
        webhook_url=None,
        headers={},
        options=NO_OVERRIDES,
        on_enqueue=None,
        on_queue_update=None,
        logs=False,
        client_timeout=10.0,
        strict=False,
    )
    with pytest.raises(RequestTimeoutError):
        driver.drive(flow)
    assert driver.now == pytest.approx(START + 10.0)  # not 14: the submit's 4 s count
    assert sum(driver.sleeps) == pytest.approx(6.0)
    assert driver.kinds()[:2] == ["submit", "stream"] and driver.kinds()[-1] == "cancel"
    assert "result" not in driver.kinds()


def test_the_status_stream_waits_no_longer_than_the_time_left() -> None:
    # Each stream stays open 12 s and ends without an answer: it is reopened (after 0.25 s) with
    # what is left.
    script = Script(
        latency={"stream": 12.0},
        stream=[lambda: sse(status("IN_PROGRESS"))],
        status=[reply(202, status("IN_PROGRESS"))],
        cancel=[reply(202)],
    )
    driver = VirtualDriver(script)
    updates: list[Any] = []
    waiter = Waiter(CONFIG, ref(), on_update=updates.append, options=within(30.0))
    with pytest.raises(RequestTimeoutError):
        driver.drive(handle_wait(waiter))
    streams = [send for _, send in driver.sent if call_kind(send) == "stream"]
    read_timeouts = [send.timeout.read for send in streams]
    assert read_timeouts == [30.0, 17.75, 5.5]
    # The third stream's event arrives after the deadline: cancelled there, without polling.
    assert driver.kinds() == ["stream", "stream", "stream", "cancel"]
    assert updates[0] == InProgress(RID, None) and driver.sleeps == [0.25, 0.25]


# -- the request loop on a virtual clock ----------------------------------------------------------


def test_retry_after_is_waited_exactly_and_a_date_is_read_on_the_wall_clock() -> None:
    in_seven = email.utils.formatdate(EPOCH + 7, usegmt=True)
    script = Script(
        status=[
            reply(503, **{"Retry-After": "3"}),
            reply(503, **{"Retry-After": in_seven}),
            reply(200, status("COMPLETED")),
        ]
    )
    driver = VirtualDriver(script)
    response = driver.drive(request(CONFIG, "GET", ref().status_url, kind="read"))
    assert response.status_code == 200
    assert driver.sleeps == [3.0, 4.0]  # the date is 7 s after START; 3 s have passed
    assert [at - START for at, _ in driver.sent] == [0.0, 3.0, 7.0]


def test_a_read_gives_up_after_max_retries_with_growing_backoff() -> None:
    driver = VirtualDriver(Script(status=[reply(503, {"detail": "busy"})]))
    with pytest.raises(InternalServerError):
        driver.drive(request(CONFIG, "GET", ref().status_url, kind="read"))
    first, second = driver.sleeps  # the client's default: two retries
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0
    assert len(driver.sent) == 3


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


class _Breaks(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b"partial-"
        raise httpx.ReadError("connection reset")


def test_a_download_honours_retry_after_and_starts_over_after_a_broken_body() -> None:
    broken = httpx.Response(200, stream=_Breaks())
    script = Script(
        get=[
            reply(503, **{"Retry-After": "2"}),
            lambda: broken,
            lambda: httpx.Response(200, content=PNG),
        ]
    )
    driver = VirtualDriver(script)
    sink = _Buffer()
    driver.drive(download("https://v3.fal.media/files/a.png", sink))
    assert sink.getvalue() == PNG  # the partial body was thrown away
    assert driver.sleeps[0] == 2.0 and 0.75 <= driver.sleeps[1] <= 1.0
    assert broken.is_closed
    for _, send in driver.sent:
        assert (send.method, send.stream, send.follow_redirects, send.anonymous) == (
            "GET",
            True,
            True,
            True,
        )
        assert dict(send.headers) == {}


def test_a_download_does_not_retry_what_the_policy_does_not_list() -> None:
    driver = VirtualDriver(Script(get=[reply(409, {"detail": "conflict"})]))
    with pytest.raises(APIStatusError) as info:
        driver.drive(download("https://v3.fal.media/files/a.png", _Buffer()))
    assert info.value.status_code == 409
    assert len(driver.sent) == 1 and driver.sleeps == []


# -- Retry-After, X-Fal-Needs-Retry and the deadline on a virtual clock ---------------------------


def subscribing(client_timeout: float | None = None, config: ClientConfig = CONFIG) -> Flow[Any]:
    return subscribe(
        config,
        ENDPOINT,
        QwenImageOutput,
        {"prompt": "x"},
        webhook_url=None,
        headers={},
        options=NO_OVERRIDES,
        on_enqueue=None,
        on_queue_update=None,
        logs=False,
        client_timeout=client_timeout,
        strict=False,
    )


ACCEPTED = reply(200, {"request_id": RID})
CONCURRENCY = {"X-Fal-Needs-Retry": "1", "x-fal-request-id": RID}
"""fal's concurrency-limit 429: the request was turned away, and fal asks for a retry."""


def concurrency_429(retry_after: str) -> Callable[[], Answer]:
    body = {"detail": "Too many concurrent requests", "error_type": "concurrent_requests_limit"}
    return reply(429, body, **CONCURRENCY, **{"Retry-After": retry_after})


def test_a_retry_after_beyond_max_retry_wait_raises_at_once_without_a_second_post() -> None:
    driver = VirtualDriver(Script(submit=[concurrency_429("3600"), ACCEPTED]))
    with pytest.raises(RateLimitError) as info:
        driver.drive(subscribing())
    assert info.value.retry_after == 3600.0 and info.value.error_type == "concurrent_requests_limit"
    assert driver.kinds() == ["submit"] and driver.sleeps == [] and driver.now == START


def test_max_retry_wait_is_a_client_setting() -> None:
    patient = ClientConfig("fake-id:fake-secret", max_retry_wait=4000)
    driver = VirtualDriver(
        Script(
            submit=[concurrency_429("3600"), ACCEPTED],
            stream=[lambda: sse(status("COMPLETED"))],
            result=[reply(200, {**OUTPUT, "timings": {}, "has_nsfw_concepts": [], "prompt": "x"})],
        )
    )
    driver.drive(subscribing(config=patient))
    assert driver.sleeps == [3600.0]  # never sent again before fal allows it
    assert [at - START for at, send in driver.sent if send.method == "POST"] == [0.0, 3600.0]
    impatient = ClientConfig("fake-id:fake-secret", max_retry_wait=4)
    driver = VirtualDriver(Script(submit=[concurrency_429("5"), ACCEPTED]))
    with pytest.raises(RateLimitError) as info:
        driver.drive(subscribing(config=impatient))
    assert info.value.retry_after == 5.0 and driver.kinds() == ["submit"]


def test_a_retry_after_beyond_the_deadline_raises_at_once() -> None:
    driver = VirtualDriver(Script(submit=[concurrency_429("5"), ACCEPTED]))
    with pytest.raises(RateLimitError) as info:
        driver.drive(subscribing(client_timeout=2.0))
    assert info.value.retry_after == 5.0
    assert driver.kinds() == ["submit"] and driver.sleeps == [] and driver.now == START


def test_fal_saying_no_retry_is_obeyed() -> None:
    refused = reply(429, {"detail": "slow down"}, **{"X-Fal-Needs-Retry": "0"})
    driver = VirtualDriver(Script(submit=[refused, ACCEPTED]))
    with pytest.raises(RateLimitError):
        driver.drive(subscribing())
    assert driver.kinds() == ["submit"]


def test_a_retry_after_too_long_while_waiting_cancels_the_request() -> None:
    unavailable = reply(503, {"detail": "busy"}, **{"Retry-After": "10", "x-fal-request-id": RID})
    script = Script(
        submit=[ACCEPTED], stream=[reply(404)], status=[unavailable], cancel=[reply(202)]
    )
    driver = VirtualDriver(script)
    with pytest.raises(InternalServerError) as info:
        driver.drive(subscribing(client_timeout=5.0))
    assert (info.value.retry_after, info.value.request_id) == (10.0, RID)
    assert driver.kinds() == ["submit", "stream", "status", "cancel"] and driver.sleeps == []


def test_backoff_is_cut_to_the_deadline_and_every_timeout_to_the_time_left() -> None:
    busy = reply(503, {"detail": "busy"})  # fal's ingress: retried with backoff
    script = Script(
        latency={"status": 0.7},
        submit=[ACCEPTED],
        stream=[reply(404)],
        status=[busy],
        cancel=[reply(202)],
    )
    driver = VirtualDriver(script)
    with pytest.raises(RequestTimeoutError) as info:
        driver.drive(subscribing(client_timeout=2.0))
    assert (info.value.request_id, info.value.cancelled) == (RID, True)
    assert isinstance(info.value.__cause__, InternalServerError)
    assert driver.now == pytest.approx(START + 2.0)
    statuses = [(at, send) for at, send in driver.sent if call_kind(send) == "status"]
    for at, send in statuses:
        assert send.deadline == START + 2.0
        assert send.timeout.read == pytest.approx(START + 2.0 - at)
    _, cancel = driver.sent[-1]
    assert call_kind(cancel) == "cancel" and cancel.deadline == pytest.approx(START + 3.0)


def test_a_submit_answer_stalled_past_the_deadline_may_have_been_enqueued() -> None:
    driver = VirtualDriver(Script(latency={"submit": 10.0}, submit=[ACCEPTED]))
    with pytest.raises(RequestTimeoutError) as info:
        driver.drive(subscribing(client_timeout=2.0))
    error = info.value
    assert (error.request_id, error.may_have_been_enqueued) == (None, True)
    assert "may have enqueued" in str(error)
    assert driver.kinds() == ["submit"] and driver.now == START + 2.0


def test_a_submit_that_never_connected_before_the_deadline_was_not_enqueued() -> None:
    script = Script(submit=[lambda: httpx.ConnectError("refused")])
    driver = VirtualDriver(script)
    with pytest.raises(RequestTimeoutError) as info:
        driver.drive(subscribing(client_timeout=0.6))
    error = info.value
    assert (error.request_id, error.may_have_been_enqueued) == (None, False)
    assert "nothing was enqueued" in str(error)
    assert driver.now == pytest.approx(START + 0.6) and set(driver.kinds()) == {"submit"}


# -- abandoned waits on a virtual clock -----------------------------------------------------------


def interrupted() -> Answer:
    raise KeyboardInterrupt


def test_an_interrupted_submit_says_fal_may_have_it() -> None:
    driver = VirtualDriver(Script(submit=[interrupted]))
    with pytest.raises(KeyboardInterrupt) as info:
        driver.drive(subscribing(client_timeout=5.0))
    assert any("may have accepted the interrupted POST" in n for n in info.value.__notes__)
    assert driver.kinds() == ["submit"]  # never repeated, nothing to cancel


def test_an_interrupted_wait_cancels_with_a_short_deadline_of_its_own() -> None:
    script = Script(
        latency={"status": 3.0},
        submit=[ACCEPTED],
        stream=[reply(404)],
        status=[reply(202, status("IN_PROGRESS")), interrupted],
        cancel=[reply(202)],
    )
    driver = VirtualDriver(script)
    with pytest.raises(KeyboardInterrupt) as info:
        driver.drive(subscribing(client_timeout=100.0))
    assert driver.kinds() == ["submit", "stream", "status", "status", "cancel"]
    cancelled_at, cancel = driver.sent[-1]
    assert cancel.deadline == pytest.approx(cancelled_at + 1.0)  # not the call's 100 s
    assert cancel.timeout.read == pytest.approx(1.0)
    assert info.value.__notes__ == [f"fal request {RID}: it was cancelled"]


def test_a_failed_cancel_does_not_hide_why_the_wait_ended() -> None:
    script = Script(
        submit=[ACCEPTED],
        stream=[reply(404)],
        status=[interrupted],
        cancel=[lambda: httpx.ConnectError("refused")],
    )
    driver = VirtualDriver(script)
    with pytest.raises(KeyboardInterrupt) as info:
        driver.drive(subscribing())
    # Retried within its second of grace, then given up: the interrupt goes on, naming the id.
    cancels = [at for at, send in driver.sent if call_kind(send) == "cancel"]
    assert len(cancels) >= 2 and cancels[-1] - cancels[0] <= 1.0
    assert "may still be running" in info.value.__notes__[0]
