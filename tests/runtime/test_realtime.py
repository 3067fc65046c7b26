"""Realtime (`endpoint.realtime()`), sync and async, over real sockets against the emulator's
realtime server: a token minted with the key (the key never in the socket's URL) and refreshed
while the socket is open, msgpack or JSON frames, typed outputs, `x-fal-error` frames as typed
errors, an Unauthorized frame answered once with a new token and socket, input and options
checked first."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fal_models import (
    AsyncFalClient,
    AuthenticationError,
    FalClient,
    InputValidationError,
    InvalidOptionError,
    RealtimeError,
)
from fal_models._config import ClientConfig
from fal_models._realtime import Session, async_connect, connect
from fal_models.models.qwen_image import QwenImageInput, QwenImageOutput
from fal_models.testing import Emulator, EmulatorServer, Failure, Fault

from tests.loopback import Loopback, Reply, Request

pytest.importorskip("websockets")
pytest.importorskip("msgpack")

QWEN = "fal-ai/qwen-image"
KEY = "fake-id:fake-secret-for-realtime"
MODES = ("sync", "async")
SESSION = Session(ClientConfig(KEY), QWEN, QwenImageInput, QwenImageOutput)
"""A session's settings for sockets opened on a URL (no token minted nor refreshed)."""


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(endpoints=[QWEN], run_time=0.0) as emu:
        yield emu


@pytest.fixture(scope="module")
def server(emulator: Emulator) -> Iterator[EmulatorServer]:
    with emulator.serve() as srv:
        yield srv


def session(mode: str, server: EmulatorServer, inputs: list[dict[str, Any]], **options: Any) -> Any:
    """Send each input and receive its answer (or the error it raised), in one session."""
    answers: list[Any] = []
    if mode == "sync":
        with server.client(KEY) as client, client.qwen_image.realtime(**options) as conn:
            for data in inputs:
                try:
                    conn.send(data)
                    answers.append(conn.recv())
                except Exception as exc:
                    answers.append(exc)
        return answers

    async def main() -> None:
        async with (
            server.async_client(KEY) as client,
            client.qwen_image.realtime(**options) as conn,
        ):
            for data in inputs:
                try:
                    await conn.send(data)
                    answers.append(await conn.recv())
                except Exception as exc:
                    answers.append(exc)

    asyncio.run(main())
    return answers


@pytest.mark.parametrize("mode", MODES)
def test_a_session_sends_msgpack_and_receives_typed_outputs_with_a_token_not_the_key(
    mode: str, emulator: Emulator, server: EmulatorServer
) -> None:
    assert server.realtime is not None
    start, urls = len(emulator.log), len(server.realtime.urls)
    answers = session(mode, server, [{"prompt": "a", "seed": 1}, {"prompt": "b", "seed": 2}])
    assert [type(a) for a in answers] == [QwenImageOutput, QwenImageOutput]
    assert [a.seed for a in answers] == [1, 2]
    assert server.realtime.inputs[-2:] == [{"prompt": "a", "seed": 1}, {"prompt": "b", "seed": 2}]
    [minted] = [e for e in emulator.log[start:] if e.route == "realtime_token"]
    assert minted.json == {"allowed_apps": ["qwen-image"], "token_expiration": 120}
    assert minted.headers["authorization"] == "Key <redacted>"
    [url] = server.realtime.urls[urls:]
    assert url.startswith(f"/{QWEN}/realtime?fal_jwt_token=emulated-jwt-")
    assert "fake-secret" not in url and "fake-id" not in url


@pytest.mark.parametrize("mode", MODES)
def test_an_x_fal_error_frame_is_a_typed_error_and_the_session_goes_on(
    mode: str, emulator: Emulator, server: EmulatorServer
) -> None:
    emulator.fail_next(Failure(422, None, None, body={"detail": "bad seed"}), endpoint_id=QWEN)
    failed, ok = session(mode, server, [{"prompt": "a"}, {"prompt": "b", "seed": 5}])
    assert isinstance(failed, RealtimeError)
    assert failed.error == "VALIDATION_ERROR" and "bad seed" in failed.reason
    assert failed.payload["type"] == "x-fal-error"
    assert isinstance(ok, QwenImageOutput) and ok.seed == 5


@pytest.mark.parametrize("mode", MODES)
def test_input_is_checked_before_it_is_sent(mode: str, server: EmulatorServer) -> None:
    assert server.realtime is not None
    before = len(server.realtime.inputs)
    [refused] = session(mode, server, [{"prompt": "a", "num_images": 30}])
    assert isinstance(refused, InputValidationError) and refused.fields == ["num_images"]
    assert len(server.realtime.inputs) == before


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "options",
    [{"max_buffering": 61}, {"path": "/a?b"}, {"token_expiration": 0}, {"encoding": "cbor"}],
)
def test_unusable_options_are_refused_before_any_request(
    mode: str, options: dict[str, Any], emulator: Emulator, server: EmulatorServer
) -> None:
    start = len(emulator.log)
    with pytest.raises(InvalidOptionError) as info:
        session(mode, server, [], **options)
    assert info.value.option == next(iter(options))
    assert len(emulator.log) == start


def test_a_socket_without_a_valid_token_is_refused(server: EmulatorServer) -> None:
    assert server.realtime is not None
    url = f"{server.realtime.url}/{QWEN}/realtime?fal_jwt_token=forged"
    with (
        connect(SESSION, url=url) as conn,
        pytest.raises(RealtimeError) as info,
    ):
        conn.recv()
    assert info.value.error == "Unauthorized"
    assert info.value.payload == {"status": "error", "error": "Unauthorized"}


def test_realtime_url_defaults_to_the_run_host_as_a_websocket_and_is_checked() -> None:
    client = FalClient(key=KEY, run_url="https://proxy.example/run")
    assert client.config.realtime_url == "wss://proxy.example/run"
    assert FalClient(key=KEY).config.realtime_url == "wss://fal.run"
    given = AsyncFalClient(key=KEY, realtime_url="ws://127.0.0.1:9/")
    assert given.config.realtime_url == "ws://127.0.0.1:9"
    with pytest.raises(InvalidOptionError) as info:
        FalClient(key=KEY, realtime_url="https://fal.run")
    assert info.value.option == "realtime_url"


@pytest.mark.parametrize(("example", "printed"), [(0, "1\n2\n"), (1, "3 True\n")])
def test_the_readme_realtime_examples_run(
    example: int, printed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Realtime.**", 1)[1].split("**Retries.**", 1)[0]
    code = section.split("```python\n")[1 + example].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
    assert capsys.readouterr().out == printed


@pytest.mark.parametrize("mode", MODES)
def test_a_refused_handshake_is_the_typed_http_error(mode: str) -> None:
    def refuse(request: Request) -> Reply:
        body = json.dumps({"detail": "Invalid token"}).encode()
        headers = {"Content-Type": "application/json", "x-fal-request-id": "rid-ws"}
        return Reply(401, body, headers)

    with Loopback(refuse) as server:
        url = server.url.replace("http", "ws", 1) + f"/{QWEN}/realtime?fal_jwt_token=t"
        with pytest.raises(AuthenticationError) as info:
            if mode == "sync":
                with connect(SESSION, url=url):
                    pass
            else:

                async def main() -> None:
                    async with async_connect(SESSION, url=url):
                        pass

                asyncio.run(main())
    assert info.value.request_id == "rid-ws" and "Invalid token" in str(info.value)
    assert "fal_jwt_token" not in str(info.value)


def test_the_official_fal_client_runs_a_realtime_session_on_the_emulator(
    monkeypatch: pytest.MonkeyPatch, server: EmulatorServer
) -> None:
    fal_client = pytest.importorskip("fal_client")
    for name, value in server.fal_client_constants().items():
        monkeypatch.setattr(fal_client.client, name, value)
    client = fal_client.SyncClient(key="fal-key")
    try:
        with client.realtime(QWEN) as conn:
            conn.send({"prompt": "x", "seed": 6})
            assert conn.recv()["seed"] == 6
    finally:
        client._client.close()


@pytest.mark.parametrize("mode", MODES)
def test_a_socket_closed_abnormally_is_a_realtime_error_with_its_code(mode: str) -> None:
    from websockets.sync.server import serve

    def close_at_once(socket: Any) -> None:
        socket.recv()
        socket.close(1011, "runner crashed")

    with serve(close_at_once, "127.0.0.1", 0) as ws_server:
        threading.Thread(target=ws_server.serve_forever, daemon=True).start()
        port = ws_server.socket.getsockname()[1]
        url = f"ws://127.0.0.1:{port}/{QWEN}/realtime?fal_jwt_token=t"
        with pytest.raises(RealtimeError) as info:
            if mode == "sync":
                with connect(SESSION, url=url) as conn:
                    conn.send({"prompt": "x"})
                    conn.recv()
            else:

                async def main() -> None:
                    async with async_connect(SESSION, url=url) as conn:
                        await conn.send({"prompt": "x"})
                        await conn.recv()

                asyncio.run(main())
        ws_server.shutdown()
    assert (info.value.error, info.value.close_code) == ("CONNECTION_CLOSED", 1011)
    assert not info.value.unauthorized


# -- tokens: refreshed while open, expiry, re-authorisation ---------------------------------------


def mints(emulator: Emulator, start: int) -> list[str]:
    """The realtime tokens asked for since `start` in the emulator's log (their expirations)."""
    return [e.json["token_expiration"] for e in emulator.log[start:] if e.route == "realtime_token"]


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    give_up = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < give_up, "condition not met in time"
        time.sleep(0.05)


def in_mode(mode: str, server: EmulatorServer, steps: Callable[[Any], Any], **options: Any) -> Any:
    """Run `steps(conn)` in one session; in async mode each step of the session is awaited
    (`steps` gets an adapter whose `send`/`recv`/`sleep` run on the loop)."""
    if mode == "sync":
        with server.client(KEY) as client, client.qwen_image.realtime(**options) as conn:
            return steps(conn)

    class Blocking:
        """The async connection's calls from a worker thread, so `steps` stays the same."""

        def __init__(self, conn: Any, loop: asyncio.AbstractEventLoop) -> None:
            self.conn, self.loop = conn, loop

        def __getattr__(self, name: str) -> Any:
            def call(*args: Any, **kwargs: Any) -> Any:
                coro = getattr(self.conn, name)(*args, **kwargs)
                return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=10)

            return call

        @property
        def token(self) -> Any:
            return self.conn.token

    async def main() -> Any:
        async with (
            server.async_client(KEY) as client,
            client.qwen_image.realtime(**options) as conn,
        ):
            blocking = Blocking(conn, asyncio.get_running_loop())
            return await asyncio.to_thread(steps, blocking)

    return asyncio.run(main())


@pytest.mark.parametrize("mode", MODES)
def test_the_token_is_refreshed_while_the_socket_stays_open(
    mode: str, emulator: Emulator, server: EmulatorServer
) -> None:
    assert server.realtime is not None
    start, urls = len(emulator.log), len(server.realtime.urls)

    def steps(conn: Any) -> tuple[Any, Any, str]:
        first = conn.token
        conn.send(prompt="a", seed=1)
        before = conn.recv()
        # Minted at 0 s, then at 0.9 s and 1.8 s: the first token has expired (1 s) meanwhile.
        wait_for(lambda: len(mints(emulator, start)) >= 3)
        conn.send(prompt="b", seed=2)
        return before, conn.recv(), first

    before, after, first = in_mode(mode, server, steps, token_expiration=1)
    assert (before.seed, after.seed) == (1, 2)
    assert mints(emulator, start)[:3] == [1, 1, 1]
    [url] = server.realtime.urls[urls:]  # one socket throughout
    assert f"fal_jwt_token={first}" in url
    # The token the socket opened with has expired: a new socket on it is refused.
    with (
        connect(SESSION, url=f"{server.realtime.url}{url}") as conn,
        pytest.raises(RealtimeError) as info,
    ):
        conn.recv()
    assert info.value.error == "Unauthorized"


@pytest.mark.parametrize("mode", MODES)
def test_an_unauthorized_frame_reconnects_once_with_a_new_token_and_resends(
    mode: str, emulator: Emulator, server: EmulatorServer
) -> None:
    assert server.realtime is not None
    start, urls, inputs = len(emulator.log), len(server.realtime.urls), len(server.realtime.inputs)

    def steps(conn: Any) -> list[Any]:
        conn.send(prompt="a", seed=1)
        answers = [conn.recv()]
        emulator.revoke_realtime_tokens()  # the open socket's next input is Unauthorized
        conn.send(prompt="b", seed=2)
        answers.append(conn.recv())
        emulator.revoke_realtime_tokens()  # once per refusal: a later one is answered again
        conn.send(prompt="c", seed=3)
        answers.append(conn.recv())
        return answers

    answers = in_mode(mode, server, steps)
    assert [a.seed for a in answers] == [1, 2, 3]
    assert len(mints(emulator, start)) == 3
    assert len(set(server.realtime.urls[urls:])) == 3  # a new socket, with a new token, each time
    # Each input reached the app once: the refused ones were sent again on the new socket.
    assert [i["seed"] for i in server.realtime.inputs[inputs:]] == [1, 2, 3]


@pytest.mark.parametrize("mode", MODES)
def test_a_second_unauthorized_in_a_row_is_a_realtime_error(
    mode: str, emulator: Emulator, server: EmulatorServer
) -> None:
    from websockets.sync.server import serve

    opened: list[str] = []

    def always_unauthorized(socket: Any) -> None:
        opened.append(socket.request.path)
        socket.recv()
        socket.send(json.dumps({"status": "error", "error": "Unauthorized"}))
        socket.close(1008)

    start = len(emulator.log)
    with serve(always_unauthorized, "127.0.0.1", 0) as ws_server:
        threading.Thread(target=ws_server.serve_forever, daemon=True).start()
        realtime_url = f"ws://127.0.0.1:{ws_server.socket.getsockname()[1]}"
        with pytest.raises(RealtimeError) as info:
            if mode == "sync":
                with (
                    server.client(KEY, realtime_url=realtime_url) as client,
                    client.qwen_image.realtime() as conn,
                ):
                    conn.send(prompt="x")
                    conn.recv()
            else:

                async def main() -> None:
                    async with (
                        server.async_client(KEY, realtime_url=realtime_url) as client,
                        client.qwen_image.realtime() as conn,
                    ):
                        await conn.send(prompt="x")
                        await conn.recv()

                asyncio.run(main())
        ws_server.shutdown()
    assert info.value.error == "Unauthorized" and info.value.unauthorized
    assert len(opened) == 2 and len(set(opened)) == 2  # re-authorised once, with a new token
    assert len(mints(emulator, start)) == 2


@pytest.mark.parametrize("mode", MODES)
def test_json_encoding_sends_text_frames_and_keywords_are_an_input(
    mode: str, server: EmulatorServer
) -> None:
    assert server.realtime is not None
    frames = len(server.realtime.frames)

    def steps(conn: Any) -> Any:
        conn.send({"prompt": "a"}, seed=4)
        return conn.recv()

    answer = in_mode(mode, server, steps, encoding="json")
    assert isinstance(answer, QwenImageOutput) and answer.seed == 4
    assert server.realtime.frames[frames:] == ["text"]
    assert server.realtime.inputs[-1] == {"prompt": "a", "seed": 4}


@pytest.mark.parametrize("mode", MODES)
def test_realtime_tokens_stay_out_of_the_websocket_librarys_logs(
    mode: str, server: EmulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    assert server.realtime is not None
    urls = len(server.realtime.urls)
    with caplog.at_level(logging.DEBUG):
        session(mode, server, [{"prompt": "a", "seed": 1}])
    [url] = server.realtime.urls[urls:]
    token = url.split("fal_jwt_token=", 1)[1]
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("websockets")]
    assert any("/realtime?fal_jwt_token=<redacted>" in line for line in lines)
    assert not any(token in line for line in lines)


@pytest.mark.parametrize("mode", MODES)
def test_a_failed_refresh_is_tried_again_soon_and_the_session_goes_on(
    mode: str, emulator: Emulator, server: EmulatorServer
) -> None:
    start = len(emulator.log)

    def minted() -> list[Any]:
        return [e for e in emulator.log[start:] if e.route == "realtime_token"]

    def steps(conn: Any) -> Any:
        # The refresh at 0.9 s is refused (403: not retried by the HTTP layer); the next try
        # comes 5 % of the token's life later, not a whole period.
        emulator.inject(Fault("realtime_token", "error", 403))
        wait_for(lambda: len(minted()) >= 3)
        conn.send(prompt="a", seed=8)
        return conn.recv()

    answer = in_mode(mode, server, steps, token_expiration=1)
    assert answer.seed == 8
    first, refused, retried = minted()[:3]
    assert [e.status_code for e in (first, refused, retried)] == [201, 403, 201]
    assert retried.time - refused.time < 0.9 * 0.9  # sooner than a period (0.9 s): the retry


@pytest.mark.parametrize("mode", MODES)
def test_a_session_the_emulator_closes_abnormally_raises_with_the_close_code(
    mode: str, server: EmulatorServer
) -> None:
    assert server.realtime is not None
    realtime = server.realtime

    def steps(conn: Any) -> Any:
        conn.send(prompt="a", seed=1)
        conn.recv()
        assert realtime.close_sessions(1011, "runner crashed") == 1
        with pytest.raises(RealtimeError) as info:
            conn.recv()
        with pytest.raises(RealtimeError) as sending:
            conn.send(prompt="b")  # a FalError too, not the WebSocket library's own
        return info.value, sending.value

    error, sending = in_mode(mode, server, steps)
    assert (error.error, error.close_code) == ("CONNECTION_CLOSED", 1011)
    assert "runner crashed" in str(error) and not error.unauthorized
    assert (sending.error, sending.close_code) == ("CONNECTION_CLOSED", 1011)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("missing", ["websockets", "msgpack"])
def test_without_the_realtime_extra_the_error_says_what_to_install_before_any_request(
    mode: str,
    missing: str,
    emulator: Emulator,
    server: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # `import missing` raises ImportError
    start = len(emulator.log)
    with pytest.raises(ImportError, match=r"pip install 'fal-models\[realtime\]'") as info:
        session(mode, server, [])
    assert info.value.name == missing
    assert len(emulator.log) == start  # no token minted


@pytest.mark.parametrize("mode", MODES)
def test_closing_does_not_wait_for_a_stalled_token_refresh(
    mode: str, emulator: Emulator, server: EmulatorServer
) -> None:
    start = len(emulator.log)
    stalled_at: list[float] = []

    def steps(conn: Any) -> None:
        emulator.inject(Fault.slow("realtime_token", 5.0))  # the refresh at 0.9 s hangs 5 s
        wait_for(lambda: len(mints(emulator, start)) >= 2)
        stalled_at.append(time.monotonic())

    in_mode(mode, server, steps, token_expiration=1)
    assert time.monotonic() - stalled_at[0] < 3.0  # closed without waiting for the refresh
