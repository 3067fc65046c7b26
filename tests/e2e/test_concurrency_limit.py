"""fal's account concurrency limit over real sockets, sync and async clients alike: queued submits
beyond it wait IN_QUEUE with their positions and are never refused; a direct `run` or `stream`
beyond it gets fal's 429 `concurrent_requests_limit` with `X-Fal-Needs-Retry: 1` and is sent
again; a 429 without that header is not. The async client runs on httpx's pool and on aiohttp's
(`aiohttp=True`)."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from fal_models import AsyncFalClient, Completed, FalClient, InProgress, Queued, RateLimitError
from fal_models.testing import Emulator, EmulatorServer, Fault

QWEN = "fal-ai/qwen-image"
LIMIT = 2
RUN_TIME = 0.3


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(endpoints=[QWEN], run_time=RUN_TIME, concurrency_limit=LIMIT) as emulator:
        yield emulator


@pytest.fixture
def server(emu: Emulator) -> Iterator[EmulatorServer]:
    with emu.serve() as srv:
        yield srv


@pytest.fixture(params=("sync", "async", "aiohttp"))
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@contextlib.asynccontextmanager
async def connect(
    server: EmulatorServer, mode: str, **settings: Any
) -> AsyncIterator[FalClient | AsyncFalClient]:
    if mode == "sync":
        with server.client(**settings) as fal:
            yield fal
    else:
        async with server.async_client(aiohttp=mode == "aiohttp", **settings) as fal:
            yield fal


async def call(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def drain(stream: Any) -> list[dict[str, Any]]:
    if hasattr(stream, "__aiter__"):
        return [event async for event in stream]
    return list(stream)


def answered(emu: Emulator, route: str) -> list[int | None]:
    return [e.status_code for e in emu.log if e.route == route]


def occupy(emu: Emulator, server: EmulatorServer) -> list[str]:
    """Fill every slot with a queued request; their ids."""
    with server.client() as fal:
        return [fal.qwen_image.submit(prompt=f"hold {i}").request_id for i in range(LIMIT)]


async def test_queued_submits_beyond_the_limit_wait_in_queue_with_positions(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    async with connect(server, mode) as fal:
        handles = [await call(fal.qwen_image.submit(prompt=f"fox {i}")) for i in range(5)]
        assert all(e.status_code == 200 for e in emu.log if e.route == "submit")  # none refused
        statuses = [await call(h.status()) for h in handles]
        assert [type(s) for s in statuses[:LIMIT]] == [InProgress] * LIMIT
        assert [s.position for s in statuses[LIMIT:]] == [0, 1, 2]
        started = time.monotonic()
        updates: list[Any] = []
        await call(handles[-1].wait(on_update=updates.append))
        # Three waves of two: the last request waited for two slots to free in turn.
        assert time.monotonic() - started >= 2 * RUN_TIME - 0.1
        positions = [u.position for u in updates if isinstance(u, Queued)]
        assert positions == sorted(positions, reverse=True) and positions[-1] == 0
        assert isinstance(updates[-1], Completed)
        outputs = [await call(h.result()) for h in handles]
    assert all(o.images for o in outputs)
    assert len(emu.submissions()) == 5


async def test_run_beyond_the_limit_is_refused_with_needs_retry(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    occupy(emu, server)
    async with connect(server, mode, max_retries=0) as fal:
        with pytest.raises(RateLimitError) as info:
            await call(fal.qwen_image.run(prompt="x"))
    assert info.value.error_type == "concurrent_requests_limit"
    assert info.value.headers["x-fal-needs-retry"] == "1"
    assert answered(emu, "run") == [429]


@pytest.mark.parametrize("kind", ["run", "stream"])
async def test_run_and_stream_beyond_the_limit_are_sent_again_until_a_slot_frees(
    emu: Emulator, server: EmulatorServer, mode: str, kind: str
) -> None:
    occupy(emu, server)
    async with connect(server, mode, max_retries=6) as fal:
        if kind == "run":
            output = await call(fal.qwen_image.run(prompt="x", seed=3))
        else:
            stream = fal.qwen_image.stream(prompt="x", seed=3)
            assert (await drain(stream))[-1]["seed"] == 3
            output = stream.output
    assert output.seed == 3
    codes = answered(emu, "run" if kind == "run" else "run_stream")
    assert codes[-1] == 200 and set(codes[:-1]) == {429} and len(codes) >= 2


@pytest.mark.parametrize("route", ["run", "run_stream"])
async def test_a_429_without_needs_retry_is_not_sent_again(
    emu: Emulator, server: EmulatorServer, mode: str, route: Any
) -> None:
    """A 429 fal does not mark `X-Fal-Needs-Retry: 1` may come from the app after it ran."""
    emu.inject(Fault.gateway_error(route, 429, body={"detail": "upstream quota"}))
    async with connect(server, mode, max_retries=3) as fal:
        with pytest.raises(RateLimitError):
            if route == "run":
                await call(fal.qwen_image.run(prompt="x"))
            else:
                await drain(fal.qwen_image.stream(prompt="x"))
    assert answered(emu, route) == [429]


@pytest.mark.parametrize("route", ["run", "run_stream"])
async def test_a_429_with_needs_retry_is_sent_again(
    emu: Emulator, server: EmulatorServer, mode: str, route: Any
) -> None:
    emu.inject(Fault.rate_limited(route))
    async with connect(server, mode) as fal:
        if route == "run":
            assert (await call(fal.qwen_image.run(prompt="x", seed=5))).seed == 5
        else:
            stream = fal.qwen_image.stream(prompt="x", seed=5)
            assert (await drain(stream))[-1]["seed"] == 5
    assert answered(emu, route) == [429, 200]


async def test_subscribes_beyond_the_limit_all_complete_in_waves(server: EmulatorServer) -> None:
    async with server.async_client() as fal:
        started = time.monotonic()
        outputs = await asyncio.gather(*(fal.qwen_image.subscribe(prompt=f"{i}") for i in range(6)))
    assert len(outputs) == 6
    assert time.monotonic() - started >= 3 * RUN_TIME - 0.05  # 6 jobs, 2 at a time


def test_a_cancelled_waiting_request_frees_its_place(emu: Emulator, server: EmulatorServer) -> None:
    with server.client() as fal:
        occupy(emu, server)
        first, second, third = (fal.qwen_image.submit(prompt=f"{i}") for i in range(3))
        second.cancel()
        status = third.status()
        assert isinstance(status, Queued) and status.position == 1  # only `first` ahead
        first.cancel()
        status = third.status()
        assert isinstance(status, Queued) and status.position == 0
        assert third.result().images


def test_the_limit_is_checked(emu: Emulator) -> None:
    with pytest.raises(ValueError, match="concurrency_limit"):
        Emulator(endpoints=[QWEN], concurrency_limit=0)
    with pytest.raises(TypeError, match="concurrency_limit"):
        Emulator(endpoints=[QWEN], concurrency_limit="2")  # type: ignore[arg-type]
