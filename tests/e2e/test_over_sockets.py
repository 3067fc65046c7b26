"""End to end over real sockets: our sync and async clients against the fal emulator's loopback
server (`Emulator.serve()`), every endpoint, file uploads and downloads, signed webhooks to a
local receiver, injected faults and 200 concurrent subscribes.

One emulator and one server serve the whole module; each test clears the faults it armed and
reads only the part of the emulator's request log written since it started (`_Log`).

A fault never makes the client submit one call twice: every fault test checks that the log holds
at most one accepted submission, and that an error raised after fal answered an accepted submit
carries its request id. (When fal enqueued a submit but its answer never arrived, nobody can know
the id: the error then says `may_have_been_enqueued` instead.)
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import math
import struct
import threading
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from fal_models import (
    APIConnectionError,
    APITimeoutError,
    AsyncFalClient,
    Budget,
    BudgetExceededError,
    Completed,
    FalClient,
    InternalServerError,
    OutputModel,
    Queued,
    QueueStatus,
    RateLimitError,
    RequestTimeoutError,
)
from fal_models._client import _endpoint_class
from fal_models.models.qwen_image import QwenImageOutput
from fal_models.testing import Emulator, EmulatorServer, Fault, LoggedRequest
from fal_models.webhooks import (
    AsyncWebhookVerifier,
    WebhookVerificationError,
    WebhookVerifier,
)

from tests.conftest import SEED_IDS

QWEN = "fal-ai/qwen-image"
EDIT = "fal-ai/bytedance/seedream/v4.5/edit"
KEY = "fake-id-e2e:fake-secret-for-tests"
MODES = ("sync", "async", "aiohttp")  # aiohttp: AsyncFalClient(aiohttp=True)
RUN_TIME = 0.03


# -- fixtures and helpers ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(queue_time=0.0, run_time=RUN_TIME, ping_interval=0.2) as emulator:
        yield emulator


@pytest.fixture(scope="module")
def server(emu: Emulator) -> Iterator[EmulatorServer]:
    with emu.serve() as srv:
        yield srv


@pytest.fixture(autouse=True)
def _clean(emu: Emulator) -> Iterator[None]:
    emu.clear_faults()
    yield
    emu.clear_faults()
    for endpoint_id in emu.endpoint_ids:
        emu.set_timing(endpoint_id)


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@contextlib.asynccontextmanager
async def connect(
    server: EmulatorServer, mode: str, **settings: Any
) -> AsyncIterator[FalClient | AsyncFalClient]:
    """A client of either kind on the loopback server, closed on exit."""
    if mode == "sync":
        with server.client(KEY, **settings) as fal:
            yield fal
    else:
        async with server.async_client(KEY, aiohttp=mode == "aiohttp", **settings) as fal:
            yield fal


async def call(value: Any) -> Any:
    """The sync client's result as it is, the async client's awaited."""
    return await value if inspect.isawaitable(value) else value


class _Log:
    """The emulator's request log from the moment this was made."""

    def __init__(self, emu: Emulator) -> None:
        self._emu = emu
        self._start = len(emu.log)

    def entries(self, route: str | None = None) -> list[LoggedRequest]:
        return [e for e in self._emu.log[self._start :] if route is None or e.route == route]

    def accepted(self) -> list[LoggedRequest]:
        """Submits that enqueued a request."""
        return [e for e in self.entries("submit") if e.request_id is not None]

    def check_single_submission(self, error: BaseException | None = None) -> list[LoggedRequest]:
        """At most one enqueued submit; an error raised after fal answered it names it."""
        accepted = self.accepted()
        assert len(accepted) <= 1, [(e.status_code, e.request_id) for e in accepted]
        if error is not None and accepted and accepted[0].status_code is not None:
            assert getattr(error, "request_id", None) == accepted[0].request_id
        return accepted


async def _drain(stream: Any) -> list[dict[str, Any]]:
    """Every event of a sync or async stream, to its end."""
    if hasattr(stream, "__aiter__"):
        return [event async for event in stream]
    return list(stream)


def _messages(updates: list[QueueStatus]) -> list[str]:
    return [e.message for u in updates if not isinstance(u, Queued) for e in u.logs or []]


def _kwargs(endpoint_id: str, wire: dict[str, Any]) -> dict[str, Any]:
    """An input in wire names as the endpoint's Python keyword arguments."""
    fields = _endpoint_class(endpoint_id, "").input_model.model_fields
    by_wire = {field.alias or name: name for name, field in fields.items()}
    return {by_wire[key]: value for key, value in wire.items()}


def _same_output(output: OutputModel, stored: Any) -> bool:
    """The parsed output is exactly what the emulator answered."""
    return bool(output.model_dump(mode="json", by_alias=True, exclude_unset=True) == stored)


def _deprecation(endpoint_id: str) -> contextlib.AbstractContextManager[Any]:
    if _endpoint_class(endpoint_id, "").deprecated:
        return pytest.warns(DeprecationWarning, match="is deprecated")
    return contextlib.nullcontext()


def _png(width: int = 2, height: int = 2) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    rows = b"".join(b"\x00" + b"\x10\x80\xf0" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


# -- 1. every endpoint, both clients -------------------------------------------------------------


@pytest.mark.parametrize("endpoint_id", SEED_IDS)
async def test_every_endpoint_subscribe_run_stream_submit_and_cancel(
    emu: Emulator, server: EmulatorServer, mode: str, endpoint_id: str
) -> None:
    cls = _endpoint_class(endpoint_id, "")
    example = emu.example_input(endpoint_id)
    kwargs = _kwargs(endpoint_id, example)
    seeded = "seed" in cls.input_model.model_fields
    echoes_seed = seeded and "seed" in cls.output_model.model_fields

    def with_seed(seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
        """(keyword arguments, wire body) of one call."""
        if not seeded:
            return kwargs, example
        return {**kwargs, "seed": seed}, {**example, "seed": seed}

    async with connect(server, mode) as fal:
        endpoint = fal.endpoint(endpoint_id)

        # subscribe, with logs
        log = _Log(emu)
        updates: list[QueueStatus] = []
        args, wire = with_seed(101)
        with _deprecation(endpoint_id):
            out = await call(
                endpoint.subscribe(**args, logs=True, on_queue_update=updates.append, strict=True)
            )
        [accepted] = log.accepted()
        assert accepted.json == wire and accepted.headers["authorization"] == "Key <redacted>"
        assert out._request_id == accepted.request_id
        assert _same_output(out, emu.request(accepted.request_id).output)
        assert isinstance(updates[-1], Completed) and updates[-1].error is None
        assert [isinstance(u, Completed) for u in updates].count(True) == 1
        assert _messages(updates) == list(emu.log_messages)  # each log line exactly once
        if echoes_seed:
            assert out.seed == 101

        # run
        log = _Log(emu)
        args, wire = with_seed(202)
        with _deprecation(endpoint_id):
            ran = await call(endpoint.run(**args, strict=True))
        [run] = log.entries("run")
        assert (run.json, run.status_code, run.request_id) == (wire, 200, ran._request_id)
        assert log.entries("submit") == []
        assert ran.images and all(
            image.url.startswith(server.cdn_url) and emu.stored_file(image.url)
            for image in ran.images
        )
        if echoes_seed:
            assert ran.seed == 202

        # stream: partial events as they come, then the typed output; no queue
        log = _Log(emu)
        args, wire = with_seed(404)
        with _deprecation(endpoint_id):
            stream = endpoint.stream(**args, strict=True)
        events = await _drain(stream)
        [streamed] = log.entries("run_stream")
        assert (streamed.json, streamed.status_code) == (wire, 200)
        assert streamed.request_id == stream.request_id == stream.output._request_id
        assert log.entries("submit") == [] and log.entries("run") == []
        assert [e.get("partial") for e in events] == [True, True, None]
        assert _same_output(stream.output, events[-1])
        if echoes_seed:
            assert stream.output.seed == 404

        # submit, then result
        log = _Log(emu)
        args, wire = with_seed(303)
        with _deprecation(endpoint_id):
            handle = await call(endpoint.submit(**args))
        result = await call(handle.result(strict=True))
        [accepted] = log.accepted()
        assert accepted.json == wire and accepted.request_id == handle.request_id
        assert result._request_id == handle.request_id
        assert _same_output(result, emu.request(handle.request_id).output)

        # cancel a request the queue holds
        log = _Log(emu)
        emu.set_timing(endpoint_id, queue_time=math.inf)
        try:
            with _deprecation(endpoint_id):
                held = await call(endpoint.submit(**kwargs))
        finally:
            emu.set_timing(endpoint_id)
        assert isinstance(await call(held.status()), Queued)
        assert emu.request(held.request_id).status == "IN_QUEUE"
        assert await call(held.cancel()) is None
        [cancel] = log.entries("cancel")
        assert (cancel.request_id, cancel.status_code) == (held.request_id, 202)
        cancelled = emu.request(held.request_id)
        assert cancelled.status == "COMPLETED" and cancelled.output is None
        assert cancelled.failure is not None and cancelled.failure.error_type == "request_cancelled"
        status = await call(held.status())
        assert isinstance(status, Completed) and status.error_type == "request_cancelled"
        assert len(log.accepted()) == 1


# -- 2. files in and out -------------------------------------------------------------------------


class _Outgoing:
    """Every request a client sent, as the socket saw it (an httpx event hook)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, dict[str, str]]] = []

    def record(self, request: httpx.Request) -> None:
        self.sent.append((request.method, str(request.url), dict(request.headers)))

    async def arecord(self, request: httpx.Request) -> None:
        self.record(request)

    def to(self, prefix: str) -> list[dict[str, str]]:
        return [headers for _, url, headers in self.sent if url.startswith(prefix)]

    def key_sent_to(self, prefix: str) -> bool:
        return any(KEY in value for headers in self.to(prefix) for value in headers.values())


@contextlib.asynccontextmanager
async def connect_recorded(
    server: EmulatorServer, mode: str, outgoing: _Outgoing, **settings: Any
) -> AsyncIterator[FalClient | AsyncFalClient]:
    """`connect`, on an httpx client of our own that records what it sends."""
    if mode == "sync":
        with (
            httpx.Client(event_hooks={"request": [outgoing.record]}) as http,
            server.client(KEY, http_client=http, **settings) as fal,
        ):
            yield fal
    else:
        async with (
            httpx.AsyncClient(event_hooks={"request": [outgoing.arecord]}) as ahttp,
            server.async_client(KEY, http_client=ahttp, **settings) as afal,
        ):
            yield afal


async def test_file_input_is_uploaded_and_outputs_download_without_the_key(
    emu: Emulator, server: EmulatorServer, mode: str, tmp_path: Path
) -> None:
    data = _png()
    source = tmp_path / "in" / "input.png"
    source.parent.mkdir()
    source.write_bytes(data)
    outgoing = _Outgoing()
    log = _Log(emu)
    async with connect_recorded(server, mode, outgoing, inline_file_limit=0) as fal:
        out = await call(
            fal.bytedance.seedream.v4_5.edit.subscribe(prompt="make it blue", image_urls=[source])
        )

    [token, upload] = log.entries("upload")
    assert (token.path, token.headers["authorization"]) == (
        "/rest/storage/auth/token",
        "Key <redacted>",
    )
    assert (upload.path, upload.headers["authorization"]) == (
        "/cdn/files/upload",
        "Bearer <redacted>",
    )
    assert upload.headers["x-fal-file-name"] == "input.png"
    assert upload.headers["content-type"] == "image/png"
    [accepted] = log.accepted()
    assert accepted.endpoint_id == EDIT
    [url] = accepted.json["image_urls"]
    assert url.startswith(f"{server.cdn_url}/files/") and url.endswith("/input.png")
    assert emu.stored_file(url) == data
    assert emu.request(accepted.request_id).input == {"prompt": "make it blue", "image_urls": [url]}
    assert outgoing.to(server.cdn_url) and not outgoing.key_sent_to(server.cdn_url)

    # The output image, over the socket, with no key (FileOutput uses its own httpx client).
    image = out.images[0]
    served = emu.stored_file(image.url)
    assert served is not None and served.startswith(b"\x89PNG")
    downloads = _Log(emu)
    target_dir = tmp_path / "out"
    target_dir.mkdir()
    if mode == "sync":
        assert image.read() == served
        saved = image.save(target_dir)
    else:
        assert await image.aread() == served
        saved = await image.asave(target_dir)
    assert saved.parent == target_dir and saved.read_bytes() == served
    assert [p.name for p in target_dir.iterdir()] == [saved.name]  # no temporary file left
    files = downloads.entries("file")
    assert len(files) == 2 and len(downloads.entries()) == 2
    assert all(
        e.status_code == 200 and e.method == "GET" and "authorization" not in e.headers
        for e in files
    )


async def test_presigned_fallback_upload_gets_no_key(
    emu: Emulator, server: EmulatorServer, mode: str, tmp_path: Path
) -> None:
    """When the CDN refuses an upload, the client falls back to a presigned URL on fal's CDN:
    the URL is the credential, and the fal key must not go with it (here the CDN shares the
    fal hosts' netloc, as behind any single-host proxy)."""
    data = _png(3, 1)
    source = tmp_path / "input.png"
    source.write_bytes(data)
    outgoing = _Outgoing()
    async with connect_recorded(server, mode, outgoing, inline_file_limit=0) as fal:
        await call(fal.upload(b"warm up the CDN token", "text/plain"))
        log = _Log(emu)
        emu.inject(Fault.gateway_error("upload", 500))
        await call(fal.bytedance.seedream.v4_5.edit.submit(prompt="x", image_urls=[source]))
    assert [(e.path.rsplit("/", 1)[0], e.status_code) for e in log.entries("upload")] == [
        ("/cdn/files", 500),
        ("/rest/storage/upload", 200),
        ("/cdn/presigned", 200),
    ]
    presigned = log.entries("upload")[-1]
    assert "authorization" not in presigned.headers
    [url] = log.accepted()[0].json["image_urls"]
    assert url.startswith(f"{server.cdn_url}/files/") and emu.stored_file(url) == data
    assert not outgoing.key_sent_to(server.cdn_url)


# -- 3. webhooks ---------------------------------------------------------------------------------


class _Receiver:
    """A webhook endpoint on loopback that keeps the headers and raw body of every POST."""

    def __init__(self) -> None:
        received: list[tuple[dict[str, str], bytes]] = []
        self.received = received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                received.append((dict(self.headers.items()), body))
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/fal/webhook?tenant=e2e"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    hook = _Receiver()
    yield hook
    hook.close()


async def test_webhook_is_delivered_signed_and_verifies_against_the_served_jwks(
    emu: Emulator, server: EmulatorServer, mode: str, receiver: _Receiver
) -> None:
    log = _Log(emu)
    async with connect(server, mode) as fal:
        handle = await call(
            fal.qwen_image.submit(prompt="hooked", seed=5, webhook_url=receiver.url)
        )
        output = await call(handle.result())
    assert emu.wait_for_webhooks(5)
    [accepted] = log.accepted()
    assert accepted.query == {"fal_webhook": receiver.url}
    assert emu.request(handle.request_id).webhook_url == receiver.url
    mine = [
        (h, b) for h, b in receiver.received if json.loads(b)["request_id"] == handle.request_id
    ]
    assert len(mine) == 1
    headers, body = mine[0]

    jwks = _Log(emu)
    if mode == "sync":
        event = WebhookVerifier(jwks_url=server.jwks_url).verify_and_parse(
            headers, body, QwenImageOutput, strict=True
        )
    else:
        event = await AsyncWebhookVerifier(jwks_url=server.jwks_url).verify_and_parse(
            headers, body, QwenImageOutput, strict=True
        )
    [fetch] = jwks.entries("jwks")
    assert fetch.status_code == 200 and "authorization" not in fetch.headers
    assert event.ok and event.request_id == handle.request_id
    assert event.payload is not None and event.payload.model_dump() == output.model_dump()
    assert event.payload.seed == 5

    forged = body.replace(b'"OK"', b'"ERROR"')
    with pytest.raises(WebhookVerificationError):
        WebhookVerifier(jwks_url=server.jwks_url).verify(headers, forged)


# -- 4. faults -----------------------------------------------------------------------------------


async def test_ingress_503_on_submit_is_retried_and_enqueued_once(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    emu.inject(Fault.ingress_error("submit", 503))
    log = _Log(emu)
    async with connect(server, mode) as fal:
        out = await call(fal.qwen_image.subscribe(prompt="x", seed=11))
    assert out.seed == 11
    submits = log.entries("submit")
    assert [e.status_code for e in submits] == [503, 200]
    assert submits[0].request_id is None and submits[1].time - submits[0].time >= 0.3  # backoff
    [accepted] = log.check_single_submission()
    assert _same_output(out, emu.request(accepted.request_id).output)


async def test_rate_limited_submit_waits_retry_after_and_is_enqueued_once(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    emu.inject(Fault.rate_limited("submit", retry_after=0.05))
    log = _Log(emu)
    async with connect(server, mode) as fal:
        out = await call(fal.qwen_image.subscribe(prompt="x", seed=12))
    assert out.seed == 12
    submits = log.entries("submit")
    assert [e.status_code for e in submits] == [429, 200]
    assert submits[1].time - submits[0].time >= 0.05
    [accepted] = log.check_single_submission()
    assert accepted is submits[1]


async def test_rate_limited_submit_with_a_retry_after_too_long_to_wait_raises_at_once(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    """A Retry-After beyond the client's `max_retry_wait` (60 s by default) is never cut short
    by the backoff: the submit is not sent again before fal allows it, but raised at once."""
    emu.inject(Fault.rate_limited("submit", retry_after=3600))
    log = _Log(emu)
    started = time.monotonic()
    async with connect(server, mode) as fal:
        with pytest.raises(RateLimitError) as info:
            await call(fal.qwen_image.subscribe(prompt="x", seed=17))
    assert time.monotonic() - started < 1.0
    assert info.value.retry_after == 3600.0 and info.value.request_id is not None
    assert [e.status_code for e in log.entries("submit")] == [429]
    assert log.check_single_submission(info.value) == []


async def test_client_timeout_covers_the_upload_of_a_local_file(
    emu: Emulator, server: EmulatorServer, mode: str, tmp_path: Path
) -> None:
    source = tmp_path / "input.png"
    source.write_bytes(_png())
    emu.inject(Fault.timed_out("upload", accept=False, delay=10.0))  # fal's storage never answers
    log = _Log(emu)
    started = time.monotonic()
    async with connect(server, mode, inline_file_limit=0) as fal:
        with pytest.raises(RequestTimeoutError) as info:
            await call(
                fal.bytedance.seedream.v4_5.edit.subscribe(
                    prompt="x", image_urls=[source], client_timeout=1.0
                )
            )
    assert time.monotonic() - started < 1.25
    assert (info.value.request_id, info.value.may_have_been_enqueued) == (None, False)
    assert [e.route for e in log.entries()] == ["upload"] and log.accepted() == []


@pytest.mark.parametrize("drop", ["before-answer", "mid-stream", "after-completed"])
async def test_dropped_status_stream_still_completes(
    emu: Emulator, server: EmulatorServer, mode: str, drop: str
) -> None:
    """The stream's connection closes before any answer (its GET is retried), after its first
    event (it is reopened), or right after the COMPLETED event (nothing is missing)."""
    emu.set_timing(QWEN, run_time=0.0 if drop == "after-completed" else 0.2)
    emu.inject(Fault.dropped("stream", accept=drop != "before-answer"))
    log = _Log(emu)
    updates: list[QueueStatus] = []
    async with connect(server, mode) as fal:
        out = await call(
            fal.qwen_image.subscribe(prompt="x", seed=13, logs=True, on_queue_update=updates.append)
        )
    assert out.seed == 13
    streams = log.entries("stream")
    assert streams[0].fault is not None
    assert streams[0].status_code == (None if drop == "before-answer" else 200)
    if drop == "after-completed":
        assert len(streams) == 1
    else:
        assert len(streams) == 2 and streams[1].fault is None
    assert isinstance(updates[-1], Completed)
    assert _messages(updates) == list(emu.log_messages)
    [accepted] = log.check_single_submission()
    assert _same_output(out, emu.request(accepted.request_id).output)


async def test_slow_submit_is_waited_for(emu: Emulator, server: EmulatorServer, mode: str) -> None:
    emu.inject(Fault.slow("submit", 0.25))
    log = _Log(emu)
    started = time.monotonic()
    async with connect(server, mode) as fal:
        out = await call(fal.qwen_image.subscribe(prompt="x", seed=14))
    assert time.monotonic() - started >= 0.25
    assert out.seed == 14
    [submit] = log.entries("submit")
    assert submit.status_code == 200 and submit.fault is not None
    log.check_single_submission()


async def test_result_slower_than_the_timeout_is_retried_but_the_submit_is_not(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    emu.inject(Fault.slow("result", 2.0))
    log = _Log(emu)
    async with connect(server, mode) as fal:
        out = await call(fal.qwen_image.subscribe(prompt="x", seed=15, timeout=0.5))
    assert out.seed == 15
    results = log.entries("result")
    assert len(results) == 2 and results[0].fault is not None and results[1].fault is None
    [accepted] = log.check_single_submission()
    assert len(log.entries("submit")) == 1
    assert results[0].request_id == results[1].request_id == accepted.request_id


async def test_submit_accepted_then_dropped_raises_and_is_not_resubmitted(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    emu.inject(Fault.dropped("submit", accept=True))
    log = _Log(emu)
    async with connect(server, mode) as fal:
        with pytest.raises(APIConnectionError) as info:
            await call(fal.qwen_image.subscribe(prompt="dropped", seed=16))
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.may_have_been_enqueued is True
    [submit] = log.entries("submit")
    [accepted] = log.check_single_submission(info.value)
    assert accepted is submit and submit.status_code is None  # enqueued; the answer never came
    assert info.value.request_id is None  # so no client can know its id
    assert emu.request(submit.request_id).input == {"prompt": "dropped", "seed": 16}
    assert [e.route for e in log.entries()] == ["submit"]  # nothing followed


async def test_submit_accepted_then_timed_out_raises_may_have_been_enqueued(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    emu.inject(Fault.timed_out("submit", delay=2.0))
    log = _Log(emu)
    async with connect(server, mode) as fal:
        with pytest.raises(APITimeoutError) as info:
            await call(fal.qwen_image.submit(prompt="timed out", timeout=0.25))
    assert info.value.may_have_been_enqueued is True and info.value.request_id is None
    [submit] = log.entries("submit")
    [accepted] = log.check_single_submission(info.value)
    assert accepted is submit and submit.status_code is None
    assert emu.request(submit.request_id).input == {"prompt": "timed out"}
    assert [e.route for e in log.entries()] == ["submit"]


@pytest.mark.parametrize("accept", [False, True], ids=["refused", "enqueued"])
async def test_gateway_503_on_submit_raises_with_its_request_id(
    emu: Emulator, server: EmulatorServer, mode: str, accept: bool
) -> None:
    emu.inject(Fault.gateway_error("submit", 503, accept=accept))
    log = _Log(emu)
    async with connect(server, mode) as fal:
        with pytest.raises(InternalServerError) as info:
            await call(fal.qwen_image.subscribe(prompt="x"))
    error = info.value
    assert error.status_code == 503
    assert error.request_id is not None and error.request_id == error.headers["x-fal-request-id"]
    [submit] = log.entries("submit")  # the gateway saw it: never repeated
    assert submit.status_code == 503
    accepted = log.check_single_submission(error)
    if accept:
        assert accepted == [submit] and error.request_id == submit.request_id
    else:
        assert accepted == []
    assert [e.route for e in log.entries()] == ["submit"]


# -- 5. load -------------------------------------------------------------------------------------


async def test_200_concurrent_subscribes_on_one_async_client(
    emu: Emulator, server: EmulatorServer
) -> None:
    """One client, 200 subscribes in flight at once. The pool is capped at 16 connections:
    httpcore 1.0.9 assigns queued requests to connections in O(requests × connections) per
    event (encode/httpcore#1035), so at the default 100 this takes 2-3 times longer in CPU
    alone; 16 sockets keep the loopback server busy without that cost."""
    count = 200
    log = _Log(emu)
    started = time.monotonic()
    async with server.async_client(KEY, limits=httpx.Limits(max_connections=16)) as fal:
        outs = await asyncio.gather(
            *(fal.qwen_image.subscribe(prompt=f"fox {i}", seed=i) for i in range(count))
        )
    elapsed = time.monotonic() - started
    assert [out.seed for out in outs] == list(range(count))
    assert [out.prompt for out in outs] == [f"fox {i}" for i in range(count)]
    accepted = log.accepted()
    assert len(accepted) == count == len(log.entries("submit"))
    assert len({e.request_id for e in accepted}) == count
    assert {out._request_id for out in outs} == {e.request_id for e in accepted}
    for out in outs:
        assert _same_output(out, emu.request(out._request_id).output)
    print(f"200 concurrent subscribes: {elapsed:.2f} s")
    assert elapsed < 30


async def test_a_budget_for_10_lets_exactly_10_of_100_concurrent_calls_submit(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    """One Budget shared by 100 calls in flight at once (tasks, or threads for the blocking
    client) that allows 10 (0.01 USD each, the emulator's default price): exactly 10 reach the
    queue, the other 90 are refused before their submit."""
    budget = Budget(usd=0.10)
    log = _Log(emu)
    if mode != "sync":
        limits = httpx.Limits(max_connections=16)
        async with server.async_client(KEY, limits=limits, aiohttp=mode == "aiohttp") as afal:

            async def one(i: int) -> bool:
                try:
                    await afal.qwen_image.subscribe(prompt=f"fox {i}", budget=budget)
                except BudgetExceededError:
                    return False
                return True

            admitted = await asyncio.gather(*(one(i) for i in range(100)))
    else:
        with server.client(KEY) as fal:

            def blocking(i: int) -> bool:
                try:
                    fal.qwen_image.subscribe(prompt=f"fox {i}", budget=budget)
                except BudgetExceededError:
                    return False
                return True

            with ThreadPoolExecutor(max_workers=32) as pool:
                admitted = await asyncio.to_thread(lambda: list(pool.map(blocking, range(100))))
    assert sum(admitted) == 10
    assert len(log.accepted()) == 10 == len(log.entries("submit"))
    assert (budget.calls, budget.spent, budget.remaining) == (10, pytest.approx(0.1), 0.0)


def test_helpers_agree_with_the_emulator(emu: Emulator) -> None:
    """`_kwargs` maps every example input of every endpoint (a guard for the tests above)."""
    for endpoint_id in SEED_IDS:
        cls = _endpoint_class(endpoint_id, "")
        example = emu.example_input(endpoint_id)
        assert cls.input_model.model_validate(_kwargs(endpoint_id, example)).to_wire() == example
