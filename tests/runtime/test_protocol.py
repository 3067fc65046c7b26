"""fal's wire protocol, proven on both clients: URLs, statuses and logs, errors, retries,
timeouts, the status stream, platform headers, secrets and request ids.

Every test runs twice (sync and async client) against `FakeFal`, a scripted fal behind an httpx
mock transport. Sleeps are recorded, never slept.
"""

from __future__ import annotations

import inspect
import itertools
import json
import logging
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fal_models import (
    APITimeoutError,
    AsyncFalClient,
    AuthenticationError,
    Completed,
    FalClient,
    FieldError,
    InProgress,
    InternalServerError,
    LogEntry,
    MissingCredentialsError,
    NotFoundError,
    Queued,
    QueueStatus,
    RateLimitError,
    RequestFailedError,
    RequestTimeoutError,
    UnprocessableEntityError,
)
from fal_models._retry import MAX_RETRY_DELAY

from tests.conftest import sse

KEY = "fake-id-protocol:fake-secret-for-tests"
RID = "req-1"
QUEUE = "https://queue.fal.run"
SEEDREAM = "fal-ai/bytedance/seedream/v4/text-to-image"
OUTPUT = {"images": [], "timings": {}, "seed": 7, "has_nsfw_concepts": [], "prompt": "x"}

Answer = Callable[[httpx.Request], httpx.Response] | type[httpx.TransportError]


# -- a scripted fal ------------------------------------------------------------------------------


def kind(request: httpx.Request) -> str:
    """Which call a request is: run, submit, cancel, stream, status or result."""
    if request.url.host == "fal.run":
        return "run"
    if request.method == "POST":
        return "submit"
    if request.method == "PUT":
        return "cancel"
    if request.url.path.endswith("/status/stream"):
        return "stream"
    return "status" if request.url.path.endswith("/status") else "result"


def reply(code: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> Answer:
    return lambda request: httpx.Response(code, json=body, headers=headers)


def ingress(code: int) -> Answer:
    """An error page from fal's ingress (nginx): no `x-fal-request-id`, fal never saw it."""
    return lambda request: httpx.Response(code, text=f"<html><h1>{code}</h1>nginx</html>")


def submitted(host: str = QUEUE, app: str = "fal-ai/qwen-image") -> Answer:
    base = f"{host}/{app}/requests/{RID}"
    return reply(
        200,
        {
            "status": "IN_QUEUE",
            "request_id": RID,
            "queue_position": 0,
            "response_url": base,
            "status_url": f"{base}/status",
            "cancel_url": f"{base}/cancel",
        },
    )


def log(message: str) -> dict[str, Any]:
    """A log entry as fal streams it: message, timestamp and labels only."""
    return {"message": message, "timestamp": f"2026-01-01T00:00:00.{ord(message)}", "labels": {}}


def status(state: str, logs: str | None = None, **extra: Any) -> dict[str, Any]:
    """A status body; `logs="ab"` carries the entries a and b, None carries `"logs": null`."""
    body = {"status": state, "request_id": RID, **extra}
    if state != "IN_QUEUE":
        body["logs"] = None if logs is None else [log(m) for m in logs]
    return body


QUEUED = status("IN_QUEUE", queue_position=2)
RUNNING = status("IN_PROGRESS")
DONE = status("COMPLETED", metrics={})
FAILED = status("COMPLETED", error="Runner disconnected", error_type="runner_disconnected")


def stream(*events: dict[str, Any]) -> Answer:
    return lambda request: sse(*events)


class _Dropping(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that breaks off with a network error after its content."""

    def __init__(self, content: bytes) -> None:
        self.content = content

    def __iter__(self) -> Iterator[bytes]:
        yield self.content
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.content
        raise httpx.ReadError("connection reset")


def dropped(*events: dict[str, Any]) -> Answer:
    """A status stream whose connection drops after `events`."""
    content = sse(*events).content
    headers = {"content-type": "text/event-stream"}
    return lambda request: httpx.Response(200, headers=headers, stream=_Dropping(content))


def polled(*events: dict[str, Any]) -> list[Answer]:
    return [reply(200 if e["status"] == "COMPLETED" else 202, e) for e in events]


DEFAULTS: dict[str, Answer] = {
    "run": reply(200, OUTPUT, {"x-fal-request-id": RID}),
    "submit": submitted(),
    "stream": stream(RUNNING, DONE),
    "status": reply(200, DONE),
    "result": reply(200, OUTPUT),
    "cancel": reply(202, {"status": "CANCELLATION_REQUESTED"}),
}


class FakeFal:
    """fal's run and queue hosts, scripted: each kind of call answers from its own list (the last
    answer repeats); an exception class is raised as a transport error."""

    def __init__(self, **answers: Answer | list[Answer]) -> None:
        merged = {**DEFAULTS, **answers}
        self.answers = {k: list(v) if isinstance(v, list) else [v] for k, v in merged.items()}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        queue = self.answers[kind(request)]
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, type):
            raise answer("scripted failure", request=request)
        return answer(request)


@dataclass
class Fal:
    """A sync or async client wired to a FakeFal, its sleeps recorded instead of slept."""

    client: Any
    server: FakeFal
    sleeps: list[float]

    def sent(self, *kinds: str) -> list[httpx.Request]:
        return [r for r in self.server.requests if kind(r) in kinds]


@pytest.fixture(params=["sync", "async"])
def connect(request: pytest.FixtureRequest) -> Callable[..., Fal]:
    def build(server: FakeFal | None = None, **settings: Any) -> Fal:
        server = server or FakeFal()
        transport = httpx.MockTransport(server)
        sleeps: list[float] = []
        settings.setdefault("key", KEY)
        client: Any
        if request.param == "sync":
            client = FalClient(http_client=httpx.Client(transport=transport), **settings)
            client._driver.sleep = sleeps.append
        else:
            client = AsyncFalClient(http_client=httpx.AsyncClient(transport=transport), **settings)

            async def sleep(seconds: float) -> None:
                sleeps.append(seconds)

            client._driver.sleep = sleep
        return Fal(client, server, sleeps)

    return build


async def call(result: Any) -> Any:
    """The value of a sync call, or of an async one once awaited."""
    return await result if inspect.isawaitable(result) else result


async def collect(events: Any) -> list[Any]:
    if hasattr(events, "__aiter__"):
        return [e async for e in events]
    return list(events)


CALLS: dict[str, Callable[[Any], Any]] = {
    "run": lambda ep: ep.run(prompt="x"),
    "submit": lambda ep: ep.submit(prompt="x"),
    "status": lambda ep: ep.handle(RID).status(),
    "result": lambda ep: ep.handle(RID).get(),
    "cancel": lambda ep: ep.handle(RID).cancel(),
}


def log_batches(updates: list[QueueStatus]) -> list[list[str]]:
    return [[e.message for e in u.logs or []] for u in updates if not isinstance(u, Queued)]


# -- 1. URL layout -------------------------------------------------------------------------------


async def test_submit_and_run_use_the_full_id_and_an_encoded_webhook(connect: Any) -> None:
    fal = connect()
    endpoint = fal.client.bytedance.seedream.v4.text_to_image
    await call(endpoint.submit(prompt="x", webhook_url="https://hook.example/cb?a=1"))
    await call(endpoint.run(prompt="x"))
    submit, run = fal.server.requests
    assert str(submit.url) == (
        f"{QUEUE}/{SEEDREAM}?fal_webhook=https%3A%2F%2Fhook.example%2Fcb%3Fa%3D1"
    )
    assert (run.method, str(run.url)) == ("POST", f"https://fal.run/{SEEDREAM}")


async def test_queue_calls_drop_the_sub_path(connect: Any) -> None:
    # A submit answer without URLs makes the client build them itself.
    fal = connect(FakeFal(submit=reply(200, {"request_id": RID}), stream=reply(404)))
    handle = await call(fal.client.bytedance.seedream.v4.text_to_image.submit(prompt="x"))
    await call(handle.result())
    await call(handle.cancel())
    base = f"{QUEUE}/fal-ai/bytedance/requests/{RID}"
    assert [(r.method, str(r.url)) for r in fal.server.requests[1:]] == [
        ("GET", f"{base}/status/stream?logs=0"),
        ("GET", f"{base}/status?logs=0"),
        ("GET", base),
        ("PUT", f"{base}/cancel"),
    ]


async def test_a_handle_resumes_from_the_request_id_alone(connect: Any) -> None:
    fal = connect()
    handle = fal.client.bytedance.seedream.v4.text_to_image.handle("rid")
    await call(handle.status())
    await collect(handle.iter_events())
    await call(handle.get())
    await call(handle.cancel())
    base = f"{QUEUE}/fal-ai/bytedance/requests/rid"
    assert [(r.method, str(r.url)) for r in fal.server.requests] == [
        ("GET", f"{base}/status?logs=0"),
        ("GET", f"{base}/status/stream?logs=0"),
        ("GET", base),
        ("PUT", f"{base}/cancel"),
    ]


# -- 2. status -----------------------------------------------------------------------------------


async def test_status_without_logs(connect: Any) -> None:
    fal = connect(FakeFal(status=reply(202, RUNNING)))
    current = await call(fal.client.qwen_image.handle(RID).status(logs=False))
    assert fal.sent("status")[0].url.params["logs"] == "0"
    assert current == InProgress(RID, logs=None)


async def test_status_with_logs_parses_entries_with_missing_fields(connect: Any) -> None:
    fal = connect(FakeFal(status=reply(202, status("IN_PROGRESS", logs="ab"))))
    current = await call(fal.client.qwen_image.handle(RID).status(logs=True))
    assert fal.sent("status")[0].url.params["logs"] == "1"
    assert current == InProgress(
        RID,
        logs=[
            LogEntry("a", level=None, source=None, timestamp=log("a")["timestamp"], labels={}),
            LogEntry("b", level=None, source=None, timestamp=log("b")["timestamp"], labels={}),
        ],
    )


async def test_queued_status_has_a_position(connect: Any) -> None:
    fal = connect(FakeFal(status=reply(202, QUEUED)))
    assert await call(fal.client.qwen_image.handle(RID).status()) == Queued(RID, position=2)


# -- 3. error responses --------------------------------------------------------------------------

VALIDATION = {"detail": [{"loc": ["body", "prompt"], "msg": "field required", "type": "missing"}]}


@pytest.mark.parametrize("source", ["run", "result"])
async def test_422_carries_typed_field_errors(connect: Any, source: str) -> None:
    fal = connect(FakeFal(**{source: reply(422, VALIDATION, {"x-fal-request-id": "r9"})}))
    endpoint = fal.client.qwen_image
    with pytest.raises(UnprocessableEntityError) as info:
        await call(endpoint.run(prompt="x") if source == "run" else endpoint.handle(RID).result())
    error = info.value
    assert error.errors == [
        FieldError(loc=("body", "prompt"), msg="field required", type="missing")
    ]
    assert (error.status_code, error.request_id, error.body) == (422, "r9", VALIDATION)
    assert error.headers["x-fal-request-id"] == "r9"
    assert "prompt: field required" in str(error)


@pytest.mark.parametrize(
    ("code", "error"),
    [(401, AuthenticationError), (404, NotFoundError), (500, InternalServerError)],
)
async def test_error_status_raises_its_class_without_retry(
    connect: Any, code: int, error: type[Exception]
) -> None:
    answer = reply(code, {"detail": "nope"}, {"x-fal-request-id": RID})
    fal = connect(FakeFal(run=answer, result=answer))
    for source in ("run", "result"):
        with pytest.raises(error) as info:
            await call(CALLS[source](fal.client.qwen_image))
        assert info.value.status_code == code  # type: ignore[attr-defined]
    assert len(fal.sent("run")) == len(fal.sent("result")) == 1
    assert fal.sleeps == []


async def test_flat_detail_sets_error_type(connect: Any) -> None:
    body = {"detail": "Request timed out", "error_type": "request_timeout"}
    fal = connect(FakeFal(run=reply(504, body, {"x-fal-request-id": RID})))
    with pytest.raises(InternalServerError, match="Request timed out") as info:
        await call(fal.client.qwen_image.run(prompt="x"))
    assert (info.value.error_type, info.value.request_id, info.value.body) == (
        "request_timeout",
        RID,
        body,
    )


async def test_error_type_from_header(connect: Any) -> None:
    headers = {"x-fal-request-id": RID, "X-Fal-Error-Type": "runner_scheduling_failure"}
    fal = connect(FakeFal(run=reply(503, {"detail": "no runner"}, headers)))
    with pytest.raises(InternalServerError) as info:
        await call(fal.client.qwen_image.run(prompt="x"))
    assert info.value.error_type == "runner_scheduling_failure"


# -- 4. rate limits and backoff ------------------------------------------------------------------


def rate_limited(headers: dict[str, str] | None = None) -> Answer:
    return reply(429, {"detail": "slow down"}, headers)


@pytest.mark.parametrize(
    ("header", "delay"), [({"Retry-After": "3"}, 3.0), ({"retry-after-ms": "1500"}, 1.5)]
)
async def test_submit_429_waits_as_told(connect: Any, header: dict[str, str], delay: float) -> None:
    fal = connect(FakeFal(submit=[rate_limited(header), submitted()]))
    handle = await call(fal.client.qwen_image.submit(prompt="x"))
    assert fal.sleeps == [delay]
    assert len(fal.sent("submit")) == 2
    assert handle.request_id == RID


async def test_backoff_grows_and_is_bounded(connect: Any) -> None:
    fal = connect(FakeFal(submit=rate_limited()), max_retries=9)
    with pytest.raises(RateLimitError):
        await call(fal.client.qwen_image.submit(prompt="x"))
    delays = fal.sleeps
    assert len(delays) == 9 and len(fal.sent("submit")) == 10
    assert all(a < b for a, b in itertools.pairwise(delays[:7])), delays
    assert all(MAX_RETRY_DELAY / 2 <= d <= MAX_RETRY_DELAY for d in delays[6:]), delays


@pytest.mark.parametrize(
    ("settings", "options", "attempts"),
    [({"max_retries": 1}, {}, 2), ({}, {"max_retries": 0}, 1)],
    ids=["client", "per-call"],
)
async def test_retries_stop_at_max_retries(
    connect: Any, settings: dict[str, int], options: dict[str, int], attempts: int
) -> None:
    fal = connect(FakeFal(submit=rate_limited()), **settings)
    with pytest.raises(RateLimitError) as info:
        await call(fal.client.qwen_image.submit(prompt="x", **options))
    assert info.value.status_code == 429
    assert len(fal.sent("submit")) == attempts
    assert len(fal.sleeps) == attempts - 1
    assert all(json.loads(r.content) == {"prompt": "x"} for r in fal.server.requests)


# -- 5. ingress errors on submit -----------------------------------------------------------------


@pytest.mark.parametrize("code", [502, 503, 504])
async def test_submit_ingress_error_is_retried(connect: Any, code: int) -> None:
    fal = connect(FakeFal(submit=[ingress(code), submitted()]))
    handle = await call(fal.client.qwen_image.submit(prompt="x"))
    assert handle.request_id == RID
    assert len(fal.sent("submit")) == 2


@pytest.mark.parametrize("code", [502, 503, 504])
async def test_submit_error_with_a_request_id_is_not_retried(connect: Any, code: int) -> None:
    fal = connect(FakeFal(submit=reply(code, {"detail": "failed"}, {"x-fal-request-id": "r-gw"})))
    with pytest.raises(InternalServerError) as info:
        await call(fal.client.qwen_image.submit(prompt="x"))
    assert (info.value.status_code, info.value.request_id) == (code, "r-gw")
    assert len(fal.sent("submit")) == 1


# -- 6. transport errors -------------------------------------------------------------------------


async def test_submit_read_timeout_is_not_retried(connect: Any) -> None:
    fal = connect(FakeFal(submit=httpx.ReadTimeout))
    with pytest.raises(APITimeoutError, match="not retried") as info:
        await call(fal.client.qwen_image.submit(prompt="x"))
    assert info.value.may_have_been_enqueued is True
    assert len(fal.sent("submit")) == 1


async def test_submit_connect_error_is_retried(connect: Any) -> None:
    fal = connect(FakeFal(submit=[httpx.ConnectError, submitted()]))
    handle = await call(fal.client.qwen_image.submit(prompt="x"))
    assert handle.request_id == RID
    assert len(fal.sent("submit")) == 2 and len(fal.sleeps) == 1


async def test_status_read_timeout_is_retried(connect: Any) -> None:
    fal = connect(FakeFal(status=[httpx.ReadTimeout, reply(200, DONE)]))
    assert await call(fal.client.qwen_image.handle(RID).status()) == Completed(RID, None, {})
    assert len(fal.sent("status")) == 2 and len(fal.sleeps) == 1


# -- 7. retries of queue reads -------------------------------------------------------------------


@pytest.mark.parametrize("code", [408, 409, 429, 502, 503, 504])
@pytest.mark.parametrize("source", ["status", "result", "cancel"])
async def test_queue_calls_retry_transient_statuses(connect: Any, source: str, code: int) -> None:
    error = reply(code, {"detail": "try again"}, {"x-fal-request-id": RID})
    fal = connect(FakeFal(**{source: [error, DEFAULTS[source]]}))
    await call(CALLS[source](fal.client.qwen_image))
    assert len(fal.sent(source)) == 2 and len(fal.sleeps) == 1


@pytest.mark.parametrize("source", ["status", "result", "cancel"])
async def test_queue_calls_retry_connection_errors(connect: Any, source: str) -> None:
    fal = connect(FakeFal(**{source: [httpx.ConnectError, httpx.ReadError, DEFAULTS[source]]}))
    await call(CALLS[source](fal.client.qwen_image))
    assert len(fal.sent(source)) == 3 and len(fal.sleeps) == 2


@pytest.mark.parametrize("source", ["submit", "status", "result"])
async def test_user_start_timeout_is_never_retried(connect: Any, source: str) -> None:
    # No x-fal-request-id: without the timeout type this 504 would count as an ingress error.
    answer = reply(504, {"detail": "Request timed out"}, {"X-Fal-Request-Timeout-Type": "user"})
    fal = connect(FakeFal(**{source: answer}))
    with pytest.raises(InternalServerError) as info:
        await call(CALLS[source](fal.client.qwen_image))
    assert info.value.status_code == 504
    assert len(fal.sent(source)) == 1 and fal.sleeps == []


# -- 8. client-side timeouts ---------------------------------------------------------------------


def never_done() -> FakeFal:
    return FakeFal(stream=stream(QUEUED), status=reply(202, QUEUED))


async def test_client_timeout_is_sent_as_the_start_timeout(connect: Any) -> None:
    fal = connect()
    await call(fal.client.qwen_image.subscribe(prompt="x", client_timeout=30))
    await call(fal.client.qwen_image.subscribe(prompt="x", client_timeout=30, start_timeout=10))
    first, second = fal.sent("submit")
    assert first.headers["x-fal-request-timeout"] == "30.0"
    assert second.headers["x-fal-request-timeout"] == "10.0"


async def test_subscribe_client_timeout_cancels_and_raises(connect: Any) -> None:
    fal = connect(never_done())
    with pytest.raises(RequestTimeoutError) as info:
        await call(fal.client.qwen_image.subscribe(prompt="x", client_timeout=0.05))
    assert (info.value.request_id, info.value.timeout) == (RID, 0.05)
    assert "x-fal-request-timeout" not in fal.sent("submit")[0].headers  # fal wants > 1 s
    assert [str(r.url) for r in fal.sent("cancel")] == [
        f"{QUEUE}/fal-ai/qwen-image/requests/{RID}/cancel"
    ]
    assert fal.sent("result") == []
    assert all(0 <= s <= 0.05 for s in fal.sleeps)


async def test_result_timeout_cancels_and_raises(connect: Any) -> None:
    fal = connect(never_done())
    with pytest.raises(RequestTimeoutError) as info:
        await call(fal.client.qwen_image.handle("rid-7").result(timeout=0.05))
    assert info.value.request_id == "rid-7"
    assert [r.url.path for r in fal.sent("cancel")] == ["/fal-ai/qwen-image/requests/rid-7/cancel"]
    assert fal.sent("result") == []


# -- 9. requests that completed with an error ----------------------------------------------------


def assert_failed(error: RequestFailedError, request_id: str) -> None:
    assert (error.request_id, error.error, error.error_type) == (
        request_id,
        "Runner disconnected",
        "runner_disconnected",
    )


async def test_completed_with_error_fails_subscribe(connect: Any) -> None:
    fal = connect(FakeFal(stream=stream(RUNNING, FAILED)))
    with pytest.raises(RequestFailedError) as info:
        await call(fal.client.qwen_image.subscribe(prompt="x"))
    assert_failed(info.value, RID)
    assert fal.sent("result") == []


async def test_completed_with_error_fails_result(connect: Any) -> None:
    fal = connect(FakeFal(stream=reply(404), status=reply(200, FAILED)))
    with pytest.raises(RequestFailedError) as info:
        await call(fal.client.qwen_image.handle(RID).result())
    assert_failed(info.value, RID)
    assert fal.sent("result") == []


# -- 10. the status stream -----------------------------------------------------------------------


async def test_subscribe_follows_the_status_stream(connect: Any) -> None:
    updates: list[QueueStatus] = []
    fal = connect(FakeFal(stream=stream(QUEUED, RUNNING, DONE)))  # `: ping` between events
    out = await call(
        fal.client.qwen_image.subscribe(prompt="x", logs=True, on_queue_update=updates.append)
    )
    (request,) = fal.sent("stream")
    assert request.url.path == f"/fal-ai/qwen-image/requests/{RID}/status/stream"
    assert request.url.params["logs"] == "1"
    assert updates == [Queued(RID, 2), InProgress(RID, None), Completed(RID, None, {})]
    assert fal.sent("status") == [] and out.seed == 7


@pytest.mark.parametrize(
    "no_stream", [reply(404, {"detail": "Not Found"}), reply(200, DONE)], ids=["404", "json"]
)
async def test_without_a_stream_waiting_polls(connect: Any, no_stream: Answer) -> None:
    updates: list[QueueStatus] = []
    fal = connect(FakeFal(stream=no_stream, status=polled(RUNNING, DONE)))
    out = await call(fal.client.qwen_image.subscribe(prompt="x", on_queue_update=updates.append))
    assert len(fal.sent("stream")) == 1 and len(fal.sent("status")) == 2
    assert updates == [InProgress(RID, None), Completed(RID, None, {})]
    assert out.seed == 7


async def test_a_stream_that_ends_early_is_reopened(connect: Any) -> None:
    fal = connect(FakeFal(stream=[stream(QUEUED, RUNNING), stream(RUNNING, DONE)]))
    assert (await call(fal.client.qwen_image.subscribe(prompt="x"))).seed == 7
    assert len(fal.sent("stream")) == 2 and fal.sent("status") == []


async def test_a_stream_that_keeps_ending_early_gives_way_to_polling(connect: Any) -> None:
    fal = connect(FakeFal(stream=stream(RUNNING), status=polled(RUNNING, DONE)))
    assert (await call(fal.client.qwen_image.subscribe(prompt="x"))).seed == 7
    assert len(fal.sent("stream")) == 3 and len(fal.sent("status")) == 2


@pytest.mark.parametrize("connect", ["async"], indirect=True)
async def test_async_callbacks_may_be_coroutines(connect: Any) -> None:
    seen: list[str] = []

    async def on_enqueue(request_id: str) -> None:
        seen.append(request_id)

    async def on_queue_update(update: QueueStatus) -> None:
        seen.append(type(update).__name__)

    fal = connect()
    await fal.client.qwen_image.subscribe(
        prompt="x", on_enqueue=on_enqueue, on_queue_update=on_queue_update
    )
    assert seen == [RID, "InProgress", "Completed"]


# -- 11. each log entry once ---------------------------------------------------------------------

CUMULATIVE = [
    status("IN_PROGRESS", logs="a"),
    status("IN_PROGRESS", logs="ab"),
    status("COMPLETED", logs="abc", metrics={}),
]


def without_timestamps(body: dict[str, Any]) -> dict[str, Any]:
    return {**body, "logs": [{"message": e["message"]} for e in body["logs"]]}


@pytest.mark.parametrize("timestamps", [True, False])
async def test_polled_cumulative_logs_arrive_once(connect: Any, timestamps: bool) -> None:
    updates: list[QueueStatus] = []
    bodies = CUMULATIVE if timestamps else [without_timestamps(b) for b in CUMULATIVE]
    fal = connect(FakeFal(stream=reply(404), status=polled(*bodies)))
    await call(
        fal.client.qwen_image.subscribe(prompt="x", logs=True, on_queue_update=updates.append)
    )
    assert log_batches(updates) == [["a"], ["b"], ["c"]]
    assert [r.url.params["logs"] for r in fal.sent("status")] == ["1", "1", "1"]


async def test_streamed_incremental_logs_pass_through(connect: Any) -> None:
    updates: list[QueueStatus] = []
    events = stream(
        status("IN_PROGRESS", logs="a"),
        status("IN_PROGRESS", logs="b"),
        status("COMPLETED", logs="c", metrics={}),
    )
    fal = connect(FakeFal(stream=events))
    await call(
        fal.client.qwen_image.subscribe(prompt="x", logs=True, on_queue_update=updates.append)
    )
    assert log_batches(updates) == [["a"], ["b"], ["c"]]


async def test_a_reopened_stream_does_not_repeat_logs(connect: Any) -> None:
    updates: list[QueueStatus] = []
    first = dropped(status("IN_PROGRESS", logs="a"), status("IN_PROGRESS", logs="b"))
    replay = stream(status("IN_PROGRESS", logs="ab"), status("COMPLETED", logs="c", metrics={}))
    fal = connect(FakeFal(stream=[first, replay]))
    await call(
        fal.client.qwen_image.subscribe(prompt="x", logs=True, on_queue_update=updates.append)
    )
    assert len(fal.sent("stream")) == 2
    assert [m for batch in log_batches(updates) for m in batch] == ["a", "b", "c"]


def entry(message: str, second: int) -> dict[str, Any]:
    return {"message": message, "timestamp": f"2026-01-01T00:00:{second:02d}.000Z", "labels": {}}


def window(state: str, *entries: dict[str, Any]) -> dict[str, Any]:
    """A polled status whose logs are fal's recent window: `entries`, oldest first."""
    extra = {"metrics": {}} if state == "COMPLETED" else {}
    return {"status": state, "request_id": RID, "logs": list(entries), **extra}


async def test_polled_log_windows_hand_out_each_entry_once(connect: Any) -> None:
    """fal polls return a moving time window of log entries, not a growing prefix (the fal
    CLI de-duplicates by timestamp and message): an entry is neither dropped when older ones
    leave the window nor repeated while it stays in it."""
    a, b, c, d, e = (entry(m, i) for i, m in enumerate("abcde"))
    again = entry("a", 9)  # the same text, logged again later: a new entry
    twice = [entry("tick", 10), entry("tick", 10)]  # two identical lines at once: both shown
    windows = [
        window("IN_PROGRESS", a, b, c),
        window("IN_PROGRESS", b, c, d, e),  # a left the window as d and e arrived
        window("IN_PROGRESS", e),
        window("IN_PROGRESS", e, again, *twice),
        window("COMPLETED", again, *twice),
    ]
    updates: list[QueueStatus] = []
    fal = connect(FakeFal(stream=reply(404), status=polled(*windows)))
    await call(
        fal.client.qwen_image.subscribe(prompt="x", logs=True, on_queue_update=updates.append)
    )
    assert log_batches(updates) == [["a", "b", "c"], ["d", "e"], [], ["a", "tick", "tick"], []]


async def test_logs_stay_once_across_reopened_streams_and_the_switch_to_polling(
    connect: Any,
) -> None:
    a, b, c, d = (entry(m, i) for i, m in enumerate("abcd"))
    ended_early = [
        stream(window("IN_PROGRESS", a)),
        stream(window("IN_PROGRESS", a, b)),
        stream(window("IN_PROGRESS", b)),
    ]
    polls = polled(window("IN_PROGRESS", b, c), window("COMPLETED", c, d))
    updates: list[QueueStatus] = []
    fal = connect(FakeFal(stream=ended_early, status=polls))
    await call(
        fal.client.qwen_image.subscribe(prompt="x", logs=True, on_queue_update=updates.append)
    )
    assert len(fal.sent("stream")) == 3 and len(fal.sent("status")) == 2
    assert [m for batch in log_batches(updates) for m in batch] == ["a", "b", "c", "d"]


async def test_iter_events_hands_out_each_log_once(connect: Any) -> None:
    fal = connect(FakeFal(stream=reply(404), status=polled(*CUMULATIVE)))
    events = await collect(fal.client.qwen_image.handle(RID).iter_events(logs=True))
    assert [type(e) for e in events] == [InProgress, InProgress, Completed]
    assert log_batches(events) == [["a"], ["b"], ["c"]]


# -- 12. platform headers and call options -------------------------------------------------------


async def test_platform_headers(connect: Any) -> None:
    fal = connect()
    await call(
        fal.client.qwen_image.submit(
            prompt="x",
            priority="low",
            hint="lora:a",
            no_retry=True,
            store_io=False,
            media_expires_in=3600,
            headers={"X-Trace": "t-1"},
        )
    )
    headers = fal.sent("submit")[0].headers
    assert headers["x-fal-queue-priority"] == "low"
    assert headers["x-fal-runner-hint"] == "lora:a"
    assert headers["x-fal-no-retry"] == "1"
    assert headers["x-fal-store-io"] == "0"
    assert json.loads(headers["x-fal-object-lifecycle-preference"]) == {
        "expiration_duration_seconds": 3600
    }
    assert headers["x-trace"] == "t-1"
    assert headers["authorization"] == f"Key {KEY}"


@pytest.mark.parametrize("method", ["run", "submit", "subscribe"])
async def test_start_timeout_of_one_second_or_less_is_refused(connect: Any, method: str) -> None:
    fal = connect()
    with pytest.raises(ValueError, match="start_timeout"):
        await call(getattr(fal.client.qwen_image, method)(prompt="x", start_timeout=1))
    assert fal.server.requests == []


async def test_per_call_timeout_reaches_httpx(connect: Any) -> None:
    fal = connect()
    await call(fal.client.qwen_image.run(prompt="x", timeout=7))  # not 5: httpx's own default
    assert fal.server.requests[0].extensions["timeout"] == httpx.Timeout(7).as_dict()


# -- 13. secrets ---------------------------------------------------------------------------------


async def test_the_key_leaks_into_no_log_error_or_repr(
    connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fal = connect(
        FakeFal(
            submit=[rate_limited(), submitted()],
            stream=[reply(503), reply(404)],
            status=[httpx.ReadTimeout, reply(200, DONE)],
            result=reply(500, {"detail": "model crashed"}, {"x-fal-request-id": RID}),
        )
    )
    endpoint = fal.client.qwen_image
    with pytest.raises(InternalServerError) as info:
        await call(endpoint.subscribe(prompt="x", logs=True))
    assert fal.sent("result")[0].headers["authorization"] == f"Key {KEY}"
    assert sum("retrying" in r.getMessage() for r in caplog.records) == 3
    texts = [
        *(r.getMessage() for r in caplog.records),
        str(info.value),
        repr(info.value),
        repr(vars(info.value)),
        "".join(traceback.format_exception(info.value)),
        repr(fal.client),
        repr(fal.client.config),
        repr(endpoint),
        repr(endpoint.handle(RID)),
    ]
    assert [t for t in texts if KEY in t] == []


async def test_missing_credentials_raise_on_first_use(
    connect: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("FAL_KEY", "FAL_KEY_ID", "FAL_KEY_SECRET"):
        monkeypatch.delenv(name, raising=False)
    fal = connect(key=None)
    with pytest.raises(MissingCredentialsError, match="FAL_KEY"):
        await call(fal.client.qwen_image.submit(prompt="x"))
    assert fal.server.requests == []


async def test_the_key_is_not_sent_to_another_host(connect: Any) -> None:
    fal = connect(FakeFal(submit=submitted(host="https://elsewhere.example"), stream=reply(404)))
    await call(fal.client.qwen_image.subscribe(prompt="x"))
    submit, *followers = fal.server.requests
    assert submit.headers["authorization"] == f"Key {KEY}"
    assert [kind(r) for r in followers] == ["stream", "status", "result"]
    assert {r.url.host for r in followers} == {"elsewhere.example"}
    assert [r for r in followers if "authorization" in r.headers] == []


# -- 14. request ids on outputs ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "request_id"), [("subscribe", RID), ("get", "rid-9"), ("run", "run-7")]
)
async def test_outputs_keep_their_request_id(connect: Any, source: str, request_id: str) -> None:
    fal = connect(FakeFal(run=reply(200, OUTPUT, {"x-fal-request-id": "run-7"})))
    endpoint = fal.client.qwen_image
    calls = {
        "subscribe": lambda: endpoint.subscribe(prompt="x"),
        "get": lambda: endpoint.handle("rid-9").get(),
        "run": lambda: endpoint.run(prompt="x"),
    }
    out = await call(calls[source]())
    assert out._request_id == request_id


# -- per-call options and request ids follow the whole call ---------------------------------------


async def test_per_call_options_reach_every_call_of_a_subscribe(connect: Any) -> None:
    fal = connect(FakeFal(stream=ingress(503), status=[ingress(503), reply(200, DONE)]))
    endpoint = fal.client.qwen_image
    with pytest.raises(InternalServerError):
        await call(endpoint.subscribe(prompt="x", max_retries=0, headers={"X-Trace": "t1"}))
    # The wait failed while the request may still run: it is cancelled, with the same options.
    assert [kind(r) for r in fal.server.requests] == ["submit", "stream", "status", "cancel"]
    assert all(r.headers["x-trace"] == "t1" for r in fal.server.requests)


async def test_errors_of_a_known_request_carry_its_id(connect: Any) -> None:
    fal = connect(FakeFal(result=reply(500, {"detail": "boom"}), cancel=ingress(502)))
    handle = fal.client.qwen_image.handle("rid-42")
    with pytest.raises(InternalServerError) as failed:
        await call(handle.get())
    assert failed.value.request_id == "rid-42"
    with pytest.raises(InternalServerError) as cancel_failed:
        await call(handle.cancel())
    assert cancel_failed.value.request_id == "rid-42"
