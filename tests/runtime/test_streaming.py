"""HTTP streaming (`endpoint.stream()`), sync and async, over real sockets: against a
purpose-built loopback server where the wire's timing matters, else against the emulator's.

What could break: events buffered until the end, a lost request id, a request sent before its
input was checked or sent twice, an error that is not a FalError, a stalled stream outliving
`client_timeout`, a connection left open by a stream abandoned early.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fal_models import (
    APIConnectionError,
    AsyncFalClient,
    FalClient,
    InputValidationError,
    InternalServerError,
    InvalidOptionError,
    MalformedResponseError,
    RateLimitError,
    RequestTimeoutError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from fal_models.models.qwen_image import QwenImageOutput
from fal_models.testing import Emulator, EmulatorServer, Fault

from tests.loopback import Loopback, Reply, Request

QWEN = "fal-ai/qwen-image"
KEY = "fake-id:fake-secret-for-streams"
MODES = ("sync", "async")
FINAL = {
    "images": [{"url": "https://v3.fal.media/files/a.png", "width": 64, "height": 64}],
    "timings": {"inference": 0.5},
    "seed": 7,
    "has_nsfw_concepts": [False],
    "prompt": "p",
}
RID = "rid-stream-1"


def event(data: Any) -> bytes:
    return b"data: " + json.dumps(data).encode() + b"\n\n"


def sse_reply(body: Any, request_id: str = RID) -> Reply:
    headers = {"Content-Type": "text/event-stream", "x-fal-request-id": request_id}
    return Reply(200, body, headers)


def consume(
    mode: str,
    run_url: str,
    *,
    on_event: Callable[[dict[str, Any]], None] = lambda _: None,
    http: httpx.Client | httpx.AsyncClient | None = None,
    **call: Any,
) -> tuple[list[dict[str, Any]], Any]:
    """Stream qwen-image to the end with `call`'s input and options; (events, the stream)."""
    events: list[dict[str, Any]] = []
    if mode == "sync":
        assert http is None or isinstance(http, httpx.Client)
        client = FalClient(key=KEY, run_url=run_url, http_client=http)
        with client, client.qwen_image.stream(**call) as stream:
            for item in stream:
                events.append(item)
                on_event(item)
        return events, stream

    async def main() -> Any:
        assert http is None or isinstance(http, httpx.AsyncClient)
        client = AsyncFalClient(key=KEY, run_url=run_url, http_client=http)
        async with client, client.qwen_image.stream(**call) as stream:
            async for item in stream:
                events.append(item)
                on_event(item)
        return stream

    return events, asyncio.run(main())


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(endpoints=[QWEN], run_time=0.0) as emu:
        yield emu


@pytest.fixture(scope="module")
def server(emulator: Emulator) -> Iterator[EmulatorServer]:
    with emulator.serve() as srv:
        yield srv


@pytest.fixture(autouse=True)
def _clean(emulator: Emulator) -> Iterator[None]:
    yield
    emulator.clear_faults()
    emulator.run_time = 0.0


# -- events, output, request id --------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_events_arrive_as_sent_not_buffered_to_the_end(mode: str) -> None:
    seen_first = threading.Event()
    waited: list[bool] = []

    def body() -> Iterator[bytes]:
        yield b": ping\n\n" + event({"partial": True, "n": 1})
        waited.append(seen_first.wait(10))  # the last event waits for the client to see one
        yield event({"partial": True, "n": 2}) + event(FINAL)

    with Loopback(lambda request: sse_reply(body())) as server:
        events, stream = consume(
            mode, server.url, on_event=lambda _: seen_first.set(), prompt="a fox"
        )
    assert waited == [True]
    assert events == [{"partial": True, "n": 1}, {"partial": True, "n": 2}, FINAL]
    assert isinstance(stream.output, QwenImageOutput)
    assert stream.output.seed == 7 and stream.output._request_id == RID
    assert stream.request_id == RID
    [sent] = server.requests
    assert (sent.method, sent.path) == ("POST", f"/{QWEN}/stream")
    assert sent.headers["accept"] == "text/event-stream"
    assert sent.headers["authorization"] == f"Key {KEY}" and not sent.query
    assert json.loads(sent.body) == {"prompt": "a fox"}


@pytest.mark.parametrize("mode", MODES)
def test_the_emulator_streams_partial_events_then_the_typed_output(
    mode: str, emulator: Emulator, server: EmulatorServer
) -> None:
    emulator.run_time = 0.06
    events, stream = consume(mode, server.run_url, prompt="x", seed=5)
    assert [e.get("partial") for e in events] == [True, True, None]
    assert stream.output.seed == 5 and events[-1]["seed"] == 5
    [logged] = emulator.streams(QWEN)[-1:]
    assert stream.request_id == logged.request_id == stream.output._request_id


@pytest.mark.parametrize("mode", MODES)
def test_path_chooses_the_sub_path_and_done_returns_the_output(mode: str) -> None:
    with Loopback(lambda request: sse_reply(event(FINAL))) as server:
        if mode == "sync":
            with FalClient(key=KEY, run_url=server.url) as client:
                out = client.qwen_image.stream(prompt="x", path="/custom/sse").done()
        else:

            async def main() -> QwenImageOutput:
                async with AsyncFalClient(key=KEY, run_url=server.url) as client:
                    return await client.qwen_image.stream(prompt="x", path="custom/sse").done()

            out = asyncio.run(main())
    assert out.seed == 7
    assert server.requests[0].path == f"/{QWEN}/custom/sse"


@pytest.mark.parametrize("mode", MODES)
def test_a_final_event_that_is_not_the_output_names_the_request(mode: str) -> None:
    with (
        Loopback(lambda request: sse_reply(event({"images": "nope"}))) as server,
        pytest.raises(ResponseValidationError) as info,
    ):
        consume(mode, server.url, prompt="x")
    assert info.value.request_id == RID


# -- nothing sent before the input is checked --------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_input_and_options_are_checked_before_any_request(mode: str) -> None:
    client: FalClient | AsyncFalClient
    with Loopback(lambda request: sse_reply(event(FINAL))) as server:
        client = (FalClient if mode == "sync" else AsyncFalClient)(key=KEY, run_url=server.url)
        endpoint = client.qwen_image
        with pytest.raises(InputValidationError) as info:
            endpoint.stream(prompt="x", num_images=30)
        assert info.value.fields == ["num_images"]
        with pytest.raises(TypeError, match="did you mean 'path'"):
            endpoint.stream(prompt="x", pth="/x")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="webhook_url"):
            endpoint.stream(prompt="x", webhook_url="https://example.com")  # type: ignore[call-arg]
        for bad in ("/a?b=1", "../up", "a b", 3):
            with pytest.raises(InvalidOptionError) as bad_option:
                endpoint.stream(prompt="x", path=bad)  # type: ignore[arg-type]
            assert bad_option.value.option == "path"
        with pytest.raises(InvalidOptionError):
            endpoint.stream(prompt="x", client_timeout=-1)
        assert server.requests == []


# -- errors, never a second request ---------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault.gateway_error("run_stream", 500), InternalServerError),
        (Fault.ingress_error("run_stream", 503), InternalServerError),
        # A 429 without fal's `X-Fal-Needs-Retry: 1` (its concurrency 429 is sent again:
        # tests/e2e/test_concurrency_limit.py).
        (Fault.gateway_error("run_stream", 429, body={"detail": "quota"}), RateLimitError),
    ],
)
def test_an_error_answer_raises_typed_and_is_never_repeated(
    mode: str,
    fault: Fault,
    error: type[Exception],
    emulator: Emulator,
    server: EmulatorServer,
) -> None:
    before = len(emulator.streams())
    emulator.inject(fault)
    with pytest.raises(error) as info:
        consume(mode, server.run_url, prompt="x")
    assert len(emulator.streams()) == before + 1  # not even the 429 or the ingress 503
    if fault.gateway:
        assert info.value.request_id  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", MODES)
def test_a_422_carries_fals_detail_and_the_request_id(mode: str) -> None:
    detail = {"detail": [{"loc": ["body", "prompt"], "msg": "too long", "type": "value_error"}]}

    def answer(request: Request) -> Reply:
        headers = {"Content-Type": "application/json", "x-fal-request-id": RID}
        return Reply(422, json.dumps(detail).encode(), headers)

    with Loopback(answer) as server, pytest.raises(UnprocessableEntityError) as info:
        consume(mode, server.url, prompt="x")
    assert info.value.request_id == RID and info.value.errors[0].loc == ("body", "prompt")
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_dropped_connection_after_sending_is_not_retried(
    mode: str, emulator: Emulator, server: EmulatorServer
) -> None:
    before = len(emulator.streams())
    emulator.inject(Fault.dropped("run_stream"))
    with pytest.raises(APIConnectionError) as info:
        consume(mode, server.run_url, prompt="x")
    assert info.value.may_have_been_enqueued
    assert "stream to" in str(info.value)
    assert len(emulator.streams()) == before + 1


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_broken_off_names_the_request_and_events_seen(
    mode: str, emulator: Emulator, server: EmulatorServer
) -> None:
    emulator.inject(Fault.dropped("run_stream", accept=True))  # breaks after the first event
    events: list[dict[str, Any]] = []
    with pytest.raises(APIConnectionError) as info:
        consume(mode, server.run_url, on_event=events.append, prompt="x")
    assert len(events) == 1 and "after 1 events" in str(info.value)
    assert info.value.request_id == emulator.streams()[-1].request_id


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_that_ends_without_a_final_event_raises(mode: str) -> None:
    with (
        Loopback(lambda request: sse_reply(b": ping\n\nevent: other\ndata: {}\n\n")) as server,
        pytest.raises(MalformedResponseError, match="without a final event") as info,
    ):
        consume(mode, server.url, prompt="x")
    assert info.value.request_id == RID


@pytest.mark.parametrize("mode", MODES)
def test_an_event_that_is_not_a_json_object_raises(mode: str) -> None:
    with (
        Loopback(lambda request: sse_reply(b"data: [1, 2]\n\n" + event(FINAL))) as server,
        pytest.raises(MalformedResponseError, match="array") as info,
    ):
        consume(mode, server.url, prompt="x")
    assert info.value.request_id == RID


@pytest.mark.parametrize("mode", MODES)
def test_a_json_answer_is_the_one_final_event(mode: str) -> None:
    def answer(request: Request) -> Reply:
        headers = {"Content-Type": "application/json", "x-fal-request-id": RID}
        return Reply(200, json.dumps(FINAL).encode(), headers)

    with Loopback(answer) as server:
        events, stream = consume(mode, server.url, prompt="x")
    assert events == [FINAL] and stream.output.seed == 7 and stream.request_id == RID


# -- deadlines and early close ---------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_client_timeout_ends_a_stalled_stream(mode: str) -> None:
    release = threading.Event()

    def body() -> Iterator[bytes]:
        yield event({"partial": True})
        release.wait(10)  # stalls, keep-alives and all, past the deadline
        yield event(FINAL)

    with Loopback(lambda request: sse_reply(body())) as server:
        started = time.monotonic()
        try:
            with pytest.raises(RequestTimeoutError) as info:
                consume(mode, server.url, prompt="x", client_timeout=0.5)
        finally:
            release.set()
        elapsed = time.monotonic() - started
    assert 0.5 <= elapsed < 1.5
    assert info.value.request_id == RID and info.value.timeout == 0.5


def _pool_size(http: httpx.Client | httpx.AsyncClient) -> int:
    return len(http._transport._pool.connections)  # type: ignore[union-attr]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("how", ["close", "break"])
def test_stopping_early_releases_the_connection(
    mode: str, how: str, emulator: Emulator, server: EmulatorServer
) -> None:
    emulator.run_time = 30.0  # the second event would come 15 s after the first
    if mode == "sync":
        http = httpx.Client()
        with FalClient(key=KEY, run_url=server.run_url, http_client=http) as client:
            stream = client.qwen_image.stream(prompt="x")
            if how == "close":
                events = iter(stream)
                first = next(events)
                assert _pool_size(http) == 1
                stream.close()
            else:
                for first in stream:  # noqa: B007 (the event is checked below)
                    break
            assert _pool_size(http) == 0
        http.close()
    else:

        async def main() -> tuple[dict[str, Any], Any]:
            http = httpx.AsyncClient()
            async with AsyncFalClient(key=KEY, run_url=server.run_url, http_client=http) as client:
                stream = client.qwen_image.stream(prompt="x")
                if how == "close":
                    events = aiter(stream)
                    got = await anext(events)
                    assert _pool_size(http) == 1
                    await stream.aclose()
                else:
                    async with stream:
                        async for got in stream:  # noqa: B007 (returned below)
                            break
                assert _pool_size(http) == 0
            await http.aclose()
            return got, stream

        first, stream = asyncio.run(main())
    assert first["partial"] is True and stream.output is None
    with pytest.raises(ValueError, match="closed before its final event"):
        if mode == "sync":
            stream.done()
        else:
            asyncio.run(stream.done())


# -- the official client ------------------------------------------------------------------------


def test_the_official_fal_client_streams_from_the_emulator(
    monkeypatch: pytest.MonkeyPatch, emulator: Emulator, server: EmulatorServer
) -> None:
    fal_client = pytest.importorskip("fal_client")
    for name, value in server.fal_client_constants().items():
        monkeypatch.setattr(fal_client.client, name, value)
    client = fal_client.SyncClient(key="fal-key")
    try:
        events = list(client.stream(QWEN, {"prompt": "x", "seed": 9}))
    finally:
        client._client.close()
    assert events[-1]["seed"] == 9 and events[0]["partial"] is True

    async def main() -> list[dict[str, Any]]:
        aclient = fal_client.AsyncClient(key="fal-key")
        try:
            return [e async for e in aclient.stream(QWEN, {"prompt": "y", "seed": 8})]
        finally:
            await (await aclient._client).aclose()

    assert asyncio.run(main())[-1]["seed"] == 8


def test_the_readme_streaming_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Streaming.**", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    with Emulator(endpoints=[QWEN], run_time=0.0) as fal:
        asyncio.run(namespace["main"](fal))
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "{'partial': True, 'step': 1, 'steps': 3}"
    assert sum("'partial': True" in line for line in printed) == 4  # sync and async
    assert any(line.startswith("https://v3.fal.media/") for line in printed)
