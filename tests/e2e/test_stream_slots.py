"""Status streams take at most half of a client's connection pool, over real sockets, sync and
async (httpx's pool and aiohttp's): the waits beyond that poll, so submits and result fetches
never queue behind streams that hold a connection for as long as their jobs run, and a polling
wait streams once a slot frees; a slot is given back when its wait ends, however it ends."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import math
import time
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from fal_models import AsyncFalClient, FalClient
from fal_models._config import StreamSlots
from fal_models.testing import Emulator, EmulatorServer, Fault

QWEN = "fal-ai/qwen-image"
RUN_TIME = 0.4


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(endpoints=[QWEN], run_time=RUN_TIME) as emulator:
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


async def subscribe_all(fal: FalClient | AsyncFalClient, count: int) -> list[Any]:
    """`count` subscribes at once: tasks on the async client, threads on the blocking one."""
    prompts = [f"fox {i}" for i in range(count)]
    if isinstance(fal, AsyncFalClient):
        return list(await asyncio.gather(*(fal.qwen_image.subscribe(prompt=p) for p in prompts)))
    with ThreadPoolExecutor(count) as pool:
        return await asyncio.to_thread(
            lambda: list(pool.map(lambda p: fal.qwen_image.subscribe(prompt=p), prompts))
        )


def routes(emu: Emulator, route: str) -> list[str | None]:
    return [e.request_id for e in emu.log if e.route == route]


class PeakSlots(StreamSlots):
    """StreamSlots that remember the most streams open at once."""

    def __init__(self, max_connections: int | None) -> None:
        super().__init__(max_connections)
        self.peak = 0

    def take(self) -> bool:
        taken = super().take()
        self.peak = max(self.peak, self.open)
        return taken


async def test_waits_beyond_half_the_pool_poll(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    # Jobs held until all six wait, so none frees a slot before the last one asks for it,
    # however slowly a loaded machine sends the submits.
    emu.set_timing(QWEN, run_time=math.inf)

    async def complete_once_all_wait() -> None:
        await until(lambda: len(set(routes(emu, "status")) | set(routes(emu, "stream"))) == 6)
        for request in emu.requests():
            emu.complete(request.request_id)

    async with connect(server, mode, limits=httpx.Limits(max_connections=4)) as fal:
        slots = fal.config.status_streams = PeakSlots(4)
        completer = asyncio.create_task(complete_once_all_wait())
        outputs = await subscribe_all(fal, 6)
        await completer
        assert slots.open == 0  # every slot given back
    assert len(outputs) == 6 and all(out.images for out in outputs)
    assert slots.peak == 2  # half the pool of 4, never more
    submitted = routes(emu, "submit")
    polled = set(routes(emu, "status"))
    assert len(submitted) == len(set(submitted)) == 6  # no duplicate submit
    assert len(polled) >= 4  # those that found both slots taken polled
    assert polled | set(routes(emu, "stream")) == set(submitted)


async def test_a_polling_wait_streams_once_a_slot_frees(mode: str) -> None:
    # One job at a time (fal's concurrency limit of 1) and one slot (a pool of 2): the first
    # request streams; the second, sent once the first streams, polls while it waits IN_QUEUE,
    # then takes the slot the first gave back and streams until its own job ends.
    with (
        Emulator(endpoints=[QWEN], run_time=RUN_TIME, concurrency_limit=1) as emu,
        emu.serve() as server,
    ):
        async with connect(server, mode, limits=httpx.Limits(max_connections=2)) as fal:
            calls = []
            for prompt in ("first", "second"):
                if isinstance(fal, AsyncFalClient):
                    calls.append(asyncio.create_task(fal.qwen_image.subscribe(prompt=prompt)))
                else:
                    call = functools.partial(fal.qwen_image.subscribe, prompt=prompt)
                    calls.append(asyncio.create_task(asyncio.to_thread(call)))
                while not routes(emu, "stream"):
                    await asyncio.sleep(0.01)
            assert len(await asyncio.gather(*calls)) == 2
            assert fal.config.status_streams.open == 0
    first, second = routes(emu, "submit")
    assert [e.route for e in emu.log if e.request_id == first] == ["submit", "stream", "result"]
    second_calls = [e.route for e in emu.log if e.request_id == second]
    assert second_calls[:2] == ["submit", "status"]  # it polled first
    assert second_calls.count("stream") == 1  # then streamed, once
    assert second_calls.index("stream") > second_calls.index("status")
    assert second_calls[-1] == "result"


async def test_a_slot_given_back_ends_a_polling_waits_sleep(mode: str) -> None:
    # As above, with jobs held until complete(): once the second request polls only every
    # second, the first completes just after one of its polls. The slot given back wakes the
    # second at once; its own next poll would have come about a second later.
    with (
        Emulator(endpoints=[QWEN], run_time=math.inf, concurrency_limit=1) as emu,
        emu.serve() as server,
    ):
        async with connect(server, mode, limits=httpx.Limits(max_connections=2)) as fal:
            calls = []
            for prompt in ("first", "second"):
                if isinstance(fal, AsyncFalClient):
                    calls.append(asyncio.create_task(fal.qwen_image.subscribe(prompt=prompt)))
                else:
                    call = functools.partial(fal.qwen_image.subscribe, prompt=prompt)
                    calls.append(asyncio.create_task(asyncio.to_thread(call)))
                await until(lambda: bool(routes(emu, "stream")))
            await until(lambda: len(routes(emu, "submit")) == 2)
            first, second = routes(emu, "submit")

            def polls() -> list[Any]:
                return [e for e in emu.log if e.request_id == second and e.route == "status"]

            await until(lambda: len(polls()) >= 10, timeout=20)  # polls are 1 s apart by now
            seen = len(polls())
            await until(lambda: len(polls()) > seen, timeout=5)  # just after a poll
            assert first is not None and second is not None
            emu.complete(first)
            completed = time.monotonic()
            await until(lambda: len(routes(emu, "stream")) == 2, timeout=5)
            woke_after = time.monotonic() - completed
            polled = len(polls())
            emu.complete(second)
            assert len(await asyncio.gather(*calls)) == 2
    assert woke_after < 0.75, f"the second streamed {woke_after:.2f} s after the slot freed"
    assert polled == seen + 1  # not one poll more: the slot ended its sleep


async def until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.005)


def test_a_slot_given_back_wakes_the_longest_sleeping_wait_once() -> None:
    slots = StreamSlots(2)
    rung: list[str] = []
    assert slots.take()
    for rank, name in ((2.0, "later"), (1.0, "earliest"), (3.0, "latest")):
        slots.sleeping(rank, functools.partial(rung.append, name))
    gone = slots.sleeping(0.5, functools.partial(rung.append, "woke by itself"))
    slots.awake(gone)  # its sleep ended on its own: never rung
    slots.give_back()
    assert rung == ["earliest"] and slots.open == 0
    assert slots.take()
    slots.give_back()
    assert rung == ["earliest", "later"]


def test_sleeps_that_end_on_their_own_leave_nothing_behind() -> None:
    slots = StreamSlots(2)
    for i in range(10_000):  # hours of polls while every slot stays taken
        slots.awake(slots.sleeping(float(i), lambda: None))
    assert len(slots._sleepers) <= 64 and not slots._rings


async def test_slots_are_given_back_when_streams_end(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    async with connect(server, mode, limits=httpx.Limits(max_connections=2)) as fal:
        for i in range(3):  # one slot: taken and given back by each call in turn
            call = fal.qwen_image.subscribe(prompt=f"fox {i}")
            await call if isinstance(fal, AsyncFalClient) else None
    assert len(routes(emu, "stream")) == 3 and routes(emu, "status") == []


async def test_a_refused_stream_gives_its_slot_back(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    emu.inject(Fault("stream", status=404))
    async with connect(server, mode, limits=httpx.Limits(max_connections=2)) as fal:
        for i in range(2):
            call = fal.qwen_image.subscribe(prompt=f"fox {i}")
            await call if isinstance(fal, AsyncFalClient) else None
        assert fal.config.status_streams.open == 0
    streams = [e.status_code for e in emu.log if e.route == "stream"]
    assert streams == [404, 200]  # the first polled after its refusal; the second streamed


async def test_a_cancelled_wait_gives_its_slot_back(emu: Emulator, server: EmulatorServer) -> None:
    async with server.async_client(limits=httpx.Limits(max_connections=2)) as fal:
        task = asyncio.create_task(fal.qwen_image.subscribe(prompt="fox"))
        while not routes(emu, "stream"):
            await asyncio.sleep(0.01)
        assert fal.config.status_streams.open == 1
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert fal.config.status_streams.open == 0


def test_unlimited_pools_stream_every_wait() -> None:
    fal = FalClient("key-id:secret", limits=httpx.Limits(max_connections=None))
    slots = fal.config.status_streams
    assert all(slots.take() for _ in range(1_000)) and slots.open == 1_000


def test_the_pool_sizes_the_slots_with_or_without_your_own_http_client() -> None:
    assert FalClient("key-id:secret").config.status_streams.limit == 50  # the default pool of 100
    with httpx.Client() as own:
        fal = FalClient("key-id:secret", http_client=own, limits=httpx.Limits(max_connections=10))
        assert fal.config.status_streams.limit == 5
    assert (
        AsyncFalClient(
            "key-id:secret", limits=httpx.Limits(max_connections=3)
        ).config.status_streams.limit
        == 1
    )
