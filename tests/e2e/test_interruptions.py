"""A subscribe abandoned while fal holds its request, over real sockets (the emulator's loopback
server): by KeyboardInterrupt from a callback, by task cancellation, by `asyncio.wait_for`.

The request is cancelled at fal (unless `cancel_on_abandon=False`), and its id reaches the
caller on the propagating exception (a PEP 678 note) and in a WARNING log record, so a paid
request is never left running unnamed.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Iterator

import httpx
import pytest
from fal_models import Completed, QueueStatus, RequestTimeoutError
from fal_models.testing import Emulator, EmulatorServer

QWEN = "fal-ai/qwen-image"
KEY = "fake-id-interrupt:fake-secret-for-tests"


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(queue_time=0.0, run_time=0.03, ping_interval=0.2) as emulator:
        yield emulator


@pytest.fixture(scope="module")
def server(emu: Emulator) -> Iterator[EmulatorServer]:
    with emu.serve() as srv:
        yield srv


@pytest.fixture(autouse=True)
def _held(emu: Emulator) -> Iterator[None]:
    """fal's queue holds every request until it is cancelled."""
    emu.set_timing(QWEN, queue_time=math.inf)
    yield
    emu.set_timing(QWEN)


def notes(exc: BaseException | None) -> list[str]:
    """The notes of `exc` and of the exceptions it was raised from or during."""
    found: list[str] = []
    while exc is not None:
        found += getattr(exc, "__notes__", [])
        exc = exc.__cause__ or exc.__context__
    return found


def only_submission(emu: Emulator, since: int) -> str:
    """The id of the one request enqueued since log entry `since`."""
    accepted = [e for e in emu.log[since:] if e.route == "submit" and e.request_id is not None]
    assert len(accepted) == 1 and len(emu.submissions(QWEN)) >= 1
    request_id = accepted[0].request_id
    assert request_id is not None
    return request_id


def cancels(emu: Emulator, since: int, request_id: str) -> list[int | None]:
    """Status codes of the cancels of `request_id` fal received since log entry `since`."""
    return [
        e.status_code for e in emu.log[since:] if e.route == "cancel" and e.request_id == request_id
    ]


def assert_named(
    exc: BaseException | None, request_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert any(request_id in note for note in notes(exc)), notes(exc)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any(request_id in r.getMessage() for r in warnings), [r.getMessage() for r in warnings]


def test_keyboard_interrupt_in_a_callback_cancels_the_request(
    emu: Emulator, server: EmulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    def interrupt(update: QueueStatus) -> None:
        raise KeyboardInterrupt

    since = len(emu.log)
    with server.client(KEY) as fal:
        with pytest.raises(KeyboardInterrupt) as info:
            fal.qwen_image.subscribe(prompt="x", on_queue_update=interrupt)
        request_id = only_submission(emu, since)
        assert cancels(emu, since, request_id) == [202]
        cancelled = emu.request(request_id)
        assert cancelled.status == "COMPLETED" and cancelled.failure is not None
        assert cancelled.failure.error_type == "request_cancelled"
        assert_named(info.value, request_id, caplog)
        assert any("was cancelled" in note for note in notes(info.value))
        emu.set_timing(QWEN)
        assert fal.qwen_image.subscribe(prompt="y", seed=3).seed == 3  # the client still works


def test_cancel_on_abandon_false_leaves_the_request_to_resume(
    emu: Emulator, server: EmulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    def interrupt(update: QueueStatus) -> None:
        raise KeyboardInterrupt

    since = len(emu.log)
    with server.client(KEY) as fal:
        with pytest.raises(KeyboardInterrupt) as info:
            fal.qwen_image.subscribe(prompt="x", on_queue_update=interrupt, cancel_on_abandon=False)
        request_id = only_submission(emu, since)
        assert cancels(emu, since, request_id) == []
        assert emu.request(request_id).status == "IN_QUEUE"
        assert_named(info.value, request_id, caplog)
        assert any(f"handle({request_id!r})" in note for note in notes(info.value))
        # Resumed from the id on the note: the same request, not a second one.
        emu.complete(request_id)
        out = fal.qwen_image.handle(request_id).result(timeout=10)
    assert out._request_id == request_id
    assert len([e for e in emu.log[since:] if e.route == "submit"]) == 1


def test_a_failing_client_timeout_note_names_the_request(
    emu: Emulator, server: EmulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    """The deadline is an abandonment too: cancelled, named, and `RequestTimeoutError` says so."""
    since = len(emu.log)
    with server.client(KEY) as fal, pytest.raises(RequestTimeoutError) as info:
        fal.qwen_image.subscribe(prompt="x", client_timeout=0.5)
    request_id = only_submission(emu, since)
    assert (info.value.request_id, info.value.cancelled) == (request_id, True)
    assert cancels(emu, since, request_id) == [202]
    assert_named(info.value, request_id, caplog)


@pytest.mark.parametrize("aiohttp", [False, True], ids=["httpx", "aiohttp"])
async def test_task_cancellation_cancels_the_request_and_still_propagates(
    emu: Emulator, server: EmulatorServer, caplog: pytest.LogCaptureFixture, aiohttp: bool
) -> None:
    since = len(emu.log)
    queued = asyncio.Event()
    async with server.async_client(KEY, aiohttp=aiohttp) as fal:
        task = asyncio.ensure_future(
            fal.qwen_image.subscribe(prompt="x", on_queue_update=lambda update: queued.set())
        )
        await asyncio.wait_for(queued.wait(), 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as info:
            await task
    assert task.cancelled()
    request_id = only_submission(emu, since)
    assert cancels(emu, since, request_id) == [202]
    assert emu.request(request_id).status == "COMPLETED"
    assert_named(info.value, request_id, caplog)


@pytest.mark.parametrize("aiohttp", [False, True], ids=["httpx", "aiohttp"])
async def test_wait_for_expiring_cancels_the_request(
    emu: Emulator, server: EmulatorServer, caplog: pytest.LogCaptureFixture, aiohttp: bool
) -> None:
    since = len(emu.log)
    started = time.monotonic()
    async with server.async_client(KEY, aiohttp=aiohttp) as fal:
        with pytest.raises(TimeoutError) as info:
            await asyncio.wait_for(fal.qwen_image.subscribe(prompt="x"), 0.5)
    assert time.monotonic() - started < 2.0  # the cancel is short
    request_id = only_submission(emu, since)
    assert cancels(emu, since, request_id) == [202]
    assert_named(info.value, request_id, caplog)


async def test_a_second_cancellation_during_the_cleanup_still_propagates_at_once(
    emu: Emulator, server: EmulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    """The remote cancel runs shielded: cancelling the task again just as the cancel goes out
    (before it has even connected: no connection is kept alive) ends the wait for it at once,
    not the cancel itself."""
    since = len(emu.log)
    queued = asyncio.Event()
    tasks: list[asyncio.Future[object]] = []

    async def cancel_again(request: httpx.Request) -> None:
        if request.method == "PUT":
            tasks[0].cancel()

    http = httpx.AsyncClient(
        limits=httpx.Limits(max_keepalive_connections=0),
        event_hooks={"request": [cancel_again]},
    )
    async with http, server.async_client(KEY, http_client=http) as fal:
        tasks.append(
            asyncio.ensure_future(
                fal.qwen_image.subscribe(prompt="x", on_queue_update=lambda update: queued.set())
            )
        )
        await asyncio.wait_for(queued.wait(), 10)
        tasks[0].cancel()
        with pytest.raises(asyncio.CancelledError) as info:
            await tasks[0]
        request_id = only_submission(emu, since)
        assert_named(info.value, request_id, caplog)
        for _ in range(100):  # the shielded cancel completes on its own
            if cancels(emu, since, request_id):
                break
            await asyncio.sleep(0.02)
    assert cancels(emu, since, request_id) == [202]


def test_a_completed_request_is_not_cancelled_when_the_caller_stops_at_the_last_update(
    emu: Emulator, server: EmulatorServer
) -> None:
    emu.set_timing(QWEN)

    def stop_at_completed(update: QueueStatus) -> None:
        if isinstance(update, Completed):
            raise KeyboardInterrupt

    since = len(emu.log)
    with server.client(KEY) as fal, pytest.raises(KeyboardInterrupt) as info:
        fal.qwen_image.subscribe(prompt="x", on_queue_update=stop_at_completed)
    request_id = only_submission(emu, since)
    assert cancels(emu, since, request_id) == []
    assert any(f"handle({request_id!r}).get()" in note for note in notes(info.value))
