"""Hostile and broken answers over real sockets: whatever fal (or something in between) answers,
the client raises a FalError that carries the HTTP status, the request id and an excerpt of the
body, and a paid request's id is never lost.

A small loopback server (`tests.loopback`) plays fal's run and queue hosts; each test replaces
one of its answers with a malformed one. Every test runs with the sync and the async client.
"""

from __future__ import annotations

import contextlib
import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from fal_models import (
    APIConnectionError,
    AsyncFalClient,
    Completed,
    FalClient,
    FalError,
    InternalServerError,
    MalformedResponseError,
    MalformedWebhookError,
    Queued,
    QueueStatus,
    ResponseValidationError,
    UnknownStatus,
    UnprocessableEntityError,
)
from fal_models._exceptions import EXCERPT_CHARS
from fal_models.models import shared
from fal_models.models.qwen_image import QwenImageOutput
from fal_models.webhooks import parse_webhook

from tests.loopback import Loopback, Reply, Request, zeros
from tests.memory import PeakRSS

RID = "rid-malformed-1"
APP = "fal-ai/qwen-image"
OUTPUT = {"images": [], "timings": {}, "seed": 7, "has_nsfw_concepts": [], "prompt": "x"}
DEEP = b"[" * 100_000 + b"]" * 100_000
"""JSON nested 100,000 deep: json.loads raises RecursionError on it."""
HTML = b"<html><body><h1>502 Bad Gateway</h1>" + b"x" * 2000 + b"</body></html>"


def _json(data: Any, code: int = 200, **headers: str) -> Reply:
    return Reply(code, json.dumps(data).encode(), {"content-type": "application/json", **headers})


class FakeFal:
    """fal's run and queue hosts on one loopback server. `answers[kind]` replaces the answer to
    one kind of call (submit, run, stream, status, result, cancel)."""

    def __init__(self, **answers: Reply | Callable[[Request], Reply]) -> None:
        self.answers = answers
        self.server = Loopback(self.answer)

    def kind(self, request: Request) -> str:
        if request.path.startswith("/run/"):
            return "run"
        if request.method == "POST":
            return "submit"
        if request.method == "PUT":
            return "cancel"
        if request.path.endswith("/status/stream"):
            return "stream"
        return "status" if request.path.endswith("/status") else "result"

    def answer(self, request: Request) -> Reply:
        kind = self.kind(request)
        given = self.answers.get(kind)
        if given is not None:
            return given(request) if callable(given) else given
        base = f"{self.server.url}/queue/{APP}/requests/{RID}"
        defaults = {
            "run": _json(OUTPUT, **{"x-fal-request-id": RID}),
            "submit": _json(
                {
                    "status": "IN_QUEUE",
                    "request_id": RID,
                    "response_url": base,
                    "status_url": f"{base}/status",
                    "cancel_url": f"{base}/cancel",
                    "queue_position": 0,
                },
                **{"x-fal-request-id": RID},
            ),
            "stream": Reply(404, b'{"detail": "Not Found"}'),
            "status": _json({"status": "COMPLETED", "request_id": RID, "logs": None}),
            "result": _json(OUTPUT, **{"x-fal-request-id": RID}),
            "cancel": _json({"status": "CANCELLATION_REQUESTED"}, 202),
        }
        return defaults[kind]

    def kinds(self) -> list[str]:
        return [self.kind(r) for r in self.server.requests]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@contextlib.asynccontextmanager
async def connect(mode: str, fal: FakeFal) -> AsyncIterator[FalClient | AsyncFalClient]:
    """A client of either kind on the fake's server (no retries: one answer, one error)."""
    settings: dict[str, Any] = {
        "key": "fake-id:fake-secret",
        "run_url": f"{fal.server.url}/run",
        "queue_url": f"{fal.server.url}/queue",
        "max_retries": 0,
    }
    with fal.server:
        if mode == "sync":
            with FalClient(**settings) as client:
                yield client
        else:
            async with AsyncFalClient(**settings) as aclient:
                yield aclient


async def call(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def check(error: FalError, status_code: int, body: bytes | str) -> None:
    """The error names the request, the status, and starts the body (bounded)."""
    assert isinstance(error, MalformedResponseError)
    assert error.request_id == RID and RID in str(error)
    assert error.status_code == status_code
    text = body.decode(errors="replace") if isinstance(body, bytes) else body
    assert len(error.body) <= EXCERPT_CHARS + 1
    assert error.body.removesuffix("…") == text[:EXCERPT_CHARS]
    assert len(str(error)) < 1000


# -- submit: fal queued (and bills) the job, so its id must reach the caller ----------------------

SUBMIT_BODIES = {
    "html": HTML,
    "empty": b"",
    "truncated": b'{"status": "IN_QUEUE", "request_id": "rid-malf',
    "array": b"[]",
    "null": b"null",
    "no request_id": b'{"status": "IN_QUEUE"}',
    "numeric request_id": b'{"request_id": 5}',
    "deep": DEEP,
}


@pytest.mark.parametrize("body", SUBMIT_BODIES.values(), ids=SUBMIT_BODIES.keys())
async def test_a_malformed_submit_answer_names_the_queued_request(mode: str, body: bytes) -> None:
    fal = FakeFal(submit=Reply(200, body, {"x-fal-request-id": RID}))
    async with connect(mode, fal) as client:
        with pytest.raises(FalError) as info:
            await call(client.qwen_image.subscribe(prompt="x"))
        check(info.value, 200, body)
        assert fal.kinds() == ["submit"]  # never submitted twice
        # The id is enough to follow the job fal queued to its result.
        assert isinstance(info.value, MalformedResponseError)
        out = await call(client.qwen_image.handle(info.value.request_id or "").result())
    assert out.seed == 7 and out._request_id == RID


async def test_a_submit_answer_cut_short_still_names_the_queued_request(mode: str) -> None:
    """The connection closes before the body announced by Content-Length is complete."""
    cut = Reply(200, b'{"status": "IN_QUEUE", "req', {"x-fal-request-id": RID}, length=400)
    fal = FakeFal(submit=cut)
    async with connect(mode, fal) as client:
        with pytest.raises(APIConnectionError) as info:
            await call(client.qwen_image.submit(prompt="x"))
    assert info.value.request_id == RID and info.value.may_have_been_enqueued
    assert RID in str(info.value)
    assert fal.kinds() == ["submit"]


# -- status, status stream, result, run ------------------------------------------------------------

STATUS_BODIES = {
    "html": HTML,
    "empty": b"",
    "truncated": b'{"status": "IN_PROG',
    "array": b"[]",
    "null": b"null",
    "no status": b'{"request_id": "rid-malformed-1"}',
    "numeric status": b'{"status": 3}',
    "deep": DEEP,
}


@pytest.mark.parametrize("body", STATUS_BODIES.values(), ids=STATUS_BODIES.keys())
async def test_a_malformed_status_raises_with_the_request_id(mode: str, body: bytes) -> None:
    fal = FakeFal(status=Reply(202, body))
    async with connect(mode, fal) as client:
        with pytest.raises(FalError) as info:
            await call(client.qwen_image.handle(RID).status())
        check(info.value, 202, body)
        with pytest.raises(MalformedResponseError):  # and while waiting, when polling
            await call(client.qwen_image.subscribe(prompt="x"))


EVENTS = {
    "null": "null",
    "array": "[1, 2]",
    "html": "<html>oops</html>",
    "no status": '{"request_id": "rid-malformed-1", "logs": null}',
    "deep": "[" * 100_000 + "]" * 100_000,
}


@pytest.mark.parametrize("event", EVENTS.values(), ids=EVENTS.keys())
async def test_a_malformed_status_event_raises_with_the_request_id(mode: str, event: str) -> None:
    stream = Reply(
        200,
        f": ping\n\ndata: {event}\n\n".encode(),
        {"content-type": "text/event-stream"},
    )
    fal = FakeFal(stream=stream)
    async with connect(mode, fal) as client:
        with pytest.raises(FalError) as info:
            await call(client.qwen_image.subscribe(prompt="x"))
    check(info.value, 200, event)
    # The wait is abandoned, so the request is cancelled (cancel_on_abandon's default).
    assert fal.kinds() == ["submit", "stream", "cancel"]


RESULT_BODIES = {
    "html": HTML,
    "empty": b"",
    "truncated": b'{"images": [], "se',
    "deep": DEEP,
}


@pytest.mark.parametrize("body", RESULT_BODIES.values(), ids=RESULT_BODIES.keys())
async def test_a_malformed_result_or_run_answer_raises_with_the_request_id(
    mode: str, body: bytes
) -> None:
    answer = Reply(200, body, {"x-fal-request-id": RID})
    fal = FakeFal(result=answer, run=answer)
    async with connect(mode, fal) as client:
        for invoke in (
            lambda: client.qwen_image.subscribe(prompt="x"),
            lambda: client.qwen_image.handle(RID).get(),
            lambda: client.qwen_image.run(prompt="x"),
        ):
            with pytest.raises(FalError) as info:
                await call(invoke())
            check(info.value, 200, body)


@pytest.mark.parametrize("body", [b"[1, 2]", b'{"images": 5, "seed": "x"}'])
async def test_an_output_that_does_not_fit_names_its_request(mode: str, body: bytes) -> None:
    """The job ran and was billed: the validation error says which request it was."""
    answer = Reply(200, body, {"x-fal-request-id": RID})
    fal = FakeFal(result=answer, run=answer)
    async with connect(mode, fal) as client:
        for invoke in (
            lambda: client.qwen_image.handle(RID).get(),
            lambda: client.qwen_image.run(prompt="x"),
        ):
            with pytest.raises(ResponseValidationError) as info:
                await call(invoke())
            check(info.value, 200, body)
            assert info.value.errors


async def test_a_body_whose_encoding_does_not_decode_is_malformed(mode: str) -> None:
    garbage = Reply(200, b"\x00not gzip at all", {"content-encoding": "gzip"})
    fal = FakeFal(result=garbage)
    async with connect(mode, fal) as client:
        with pytest.raises(MalformedResponseError) as info:
            await call(client.qwen_image.handle(RID).get())
    assert info.value.request_id == RID and info.value.status_code == 200
    assert "gzip" in str(info.value)


# -- error answers that are themselves malformed ----------------------------------------------------


async def test_error_answers_nested_too_deep_or_oddly_shaped_keep_their_class(mode: str) -> None:
    fal = FakeFal(
        result=Reply(500, DEEP, {"x-fal-request-id": RID}),
        status=Reply(422, b'{"detail": [{"loc": 5, "msg": "bad"}, {"loc": [true, {}]}, 3]}'),
    )
    async with connect(mode, fal) as client:
        handle = client.qwen_image.handle(RID)
        with pytest.raises(InternalServerError) as failed:
            await call(handle.get())
        assert failed.value.request_id == RID and failed.value.status_code == 500
        assert len(str(failed.value)) < 1000 and len(failed.value.body) <= EXCERPT_CHARS + 1
        with pytest.raises(UnprocessableEntityError) as rejected:
            await call(handle.status())
    assert [str(e) for e in rejected.value.errors] == ["<input>: bad", "True.{}: "]
    assert rejected.value.request_id == RID


async def test_a_gigabyte_error_body_is_not_read(mode: str) -> None:
    """Only the first MiB of an error answer is read: enough for fal's detail and the excerpt."""
    sent = [0]

    def endless() -> Iterator[bytes]:
        for chunk in zeros(1 << 30):
            sent[0] += len(chunk)
            yield chunk.replace(b"\0", b"x")

    fal = FakeFal(result=lambda request: Reply(500, endless(), {"x-fal-request-id": RID}, None))
    async with connect(mode, fal) as client:
        with PeakRSS() as peak, pytest.raises(InternalServerError) as info:
            await call(client.qwen_image.handle(RID).get())
    assert sent[0] < 64 << 20 and peak.growth < 64 << 20
    assert info.value.request_id == RID and info.value.body == "x" * EXCERPT_CHARS + "…"


async def test_submit_answer_urls_that_are_not_strings_are_rebuilt(mode: str) -> None:
    odd = {"request_id": RID, "status_url": 5, "response_url": None, "cancel_url": ["x"]}
    fal = FakeFal(submit=_json(odd))
    async with connect(mode, fal) as client:
        out = await call(client.qwen_image.subscribe(prompt="x"))
    assert out._request_id == RID
    assert [r.path for r in fal.server.requests[1:]] == [
        f"/queue/{APP}/requests/{RID}/status/stream",
        f"/queue/{APP}/requests/{RID}/status",
        f"/queue/{APP}/requests/{RID}",
    ]


async def test_log_entries_of_any_shape_are_read_not_raised(mode: str) -> None:
    """Only the message of a log entry is kept when its other fields have odd types."""
    logs = [
        {"message": "ok", "timestamp": "t1", "level": "INFO"},
        {"message": {"nested": 1}, "timestamp": ["t2"], "level": 3, "labels": [1]},
        "not an entry",
        7,
    ]
    events = [
        {"status": "IN_PROGRESS", "request_id": RID, "logs": logs},
        {"status": "COMPLETED", "request_id": RID, "logs": None, "metrics": "n/a", "error": None},
    ]
    body = "".join(f"data: {json.dumps(e)}\n\n" for e in events).encode()
    fal = FakeFal(stream=Reply(200, body, {"content-type": "text/event-stream"}))
    updates: list[QueueStatus] = []
    async with connect(mode, fal) as client:
        out = await call(
            client.qwen_image.subscribe(prompt="x", logs=True, on_queue_update=updates.append)
        )
    assert out.seed == 7
    running, done = updates
    assert [(e.message, e.timestamp, e.level, dict(e.labels)) for e in running.logs or []] == [
        ("ok", "t1", "INFO", {}),
        ("", None, "3", {}),
    ]
    assert done == Completed(RID, None, {})


def test_a_webhook_body_nested_too_deep_is_malformed() -> None:
    with pytest.raises(MalformedWebhookError, match="nested too deep"):
        parse_webhook(DEEP, QwenImageOutput)


# -- statuses this client does not know: waited through ---------------------------------------------


async def test_an_unknown_state_is_reported_and_waited_through(mode: str) -> None:
    polls = [
        _json({"status": "IN_QUEUE", "request_id": RID, "queue_position": "soon"}, 202),
        _json({"status": "WARMING_UP", "request_id": RID, "eta": 3}, 202),
        _json({"status": "COMPLETED", "request_id": RID, "logs": None, "metrics": []}),
    ]
    fal = FakeFal(status=lambda request: polls.pop(0) if len(polls) > 1 else polls[0])
    updates: list[QueueStatus] = []
    async with connect(mode, fal) as client:
        out = await call(client.qwen_image.subscribe(prompt="x", on_queue_update=updates.append))
        current = await call(client.qwen_image.handle(RID).status())
    assert out.seed == 7
    queued, unknown, done = updates
    assert queued == Queued(RID, 0)
    assert isinstance(unknown, UnknownStatus) and unknown.status == "WARMING_UP"
    assert unknown.raw["eta"] == 3
    assert done == Completed(RID, None, {})
    assert current == Completed(RID, None, {})


# -- downloads and storage ---------------------------------------------------------------------------


async def test_a_redirect_loop_in_a_download_is_a_typed_error(mode: str) -> None:
    def loop(request: Request) -> Reply:
        return Reply(302, b"", {"location": request.path})

    with Loopback(loop) as server:
        image = shared.Image(url=f"{server.url}/files/a.png")
        with pytest.raises(APIConnectionError, match="TooManyRedirects"):
            await call(image.read() if mode == "sync" else image.aread())
        assert len(server.requests) == 21  # httpx's limit, and not retried


async def test_malformed_storage_answers_raise_typed_errors(mode: str) -> None:
    def storage(request: Request) -> Reply:
        if request.path.endswith("/storage/auth/token"):
            return _json({"token_type": "Bearer"})  # no token: the CDN is given up
        return Reply(200, HTML)  # the fallback's presigned URL request: not JSON

    with Loopback(storage) as server:
        settings: dict[str, Any] = {"key": "fake-id:fake-secret", "max_retries": 0}
        settings.update(rest_url=f"{server.url}/rest", cdn_url=f"{server.url}/cdn")
        if mode == "sync":
            with FalClient(**settings) as client, pytest.raises(MalformedResponseError) as info:
                client.upload(b"data", "text/plain")
        else:
            async with AsyncFalClient(**settings) as aclient:
                with pytest.raises(MalformedResponseError) as info:
                    await aclient.upload(b"data", "text/plain")
    assert info.value.status_code == 200 and "storage upload answer" in str(info.value)
    assert [r.path for r in server.requests] == [
        "/rest/storage/auth/token",
        "/rest/storage/upload/initiate",
    ]
