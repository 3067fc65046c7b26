"""`AsyncFalClient(aiohttp=True)`: the option is checked, and aiohttp's errors reach the request
loop as the httpx errors that say whether a request may have been sent. (The client's flows over
aiohttp run in test_over_sockets.py, test_deadlines.py and test_concurrency_limit.py.)"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest
from fal_models import APIConnectionError, APITimeoutError, AsyncFalClient, InvalidOptionError
from fal_models.testing import Emulator, EmulatorServer, Fault

QWEN = "fal-ai/qwen-image"


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(endpoints=[QWEN], run_time=0.01) as emulator:
        yield emulator


@pytest.fixture
def server(emu: Emulator) -> Iterator[EmulatorServer]:
    with emu.serve() as srv:
        yield srv


def test_the_option_is_checked() -> None:
    with pytest.raises(InvalidOptionError) as info:
        AsyncFalClient("k", aiohttp="yes")  # type: ignore[arg-type]
    assert info.value.option == "aiohttp"
    with pytest.raises(InvalidOptionError, match="http_client"):
        AsyncFalClient("k", aiohttp=True, http_client=httpx.AsyncClient())


async def test_it_sends_through_aiohttp(server: EmulatorServer) -> None:
    async with server.async_client(aiohttp=True) as fal:
        assert fal._http.made is None  # made on the first request, like the default client
        out = await fal.qwen_image.subscribe(prompt="x", seed=4)
        assert type(fal._http.made).__name__ == "AioHttpClient"
    assert out.seed == 4


async def test_a_connection_dropped_after_the_submit_is_not_sent_again(
    emu: Emulator, server: EmulatorServer
) -> None:
    """httpx-aiohttp alone calls a lost connection `ConnectTimeout` ("never sent"), which would
    repeat a submit fal enqueued."""
    emu.inject(Fault.dropped("submit", accept=True))
    async with server.async_client(aiohttp=True) as fal:
        with pytest.raises(APIConnectionError) as info:
            await fal.qwen_image.submit(prompt="x")
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.may_have_been_enqueued is True
    assert len([e for e in emu.log if e.route == "submit"]) == 1


async def test_a_status_stream_broken_off_is_reopened(
    emu: Emulator, server: EmulatorServer
) -> None:
    emu.inject(Fault.dropped("stream", accept=True))
    async with server.async_client(aiohttp=True) as fal:
        assert (await fal.qwen_image.subscribe(prompt="x", seed=2)).seed == 2
    assert len(emu.submissions()) == 1


async def test_a_refused_connection_is_retried_and_says_nothing_was_sent() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again before the call: nothing listens
    url = f"http://127.0.0.1:{port}"
    async with AsyncFalClient("k", aiohttp=True, queue_url=url, max_retries=1) as fal:
        with pytest.raises(APIConnectionError) as info:
            await fal.qwen_image.submit(prompt="x")
    assert info.value.may_have_been_enqueued is False
    assert "ConnectError" in str(info.value)
