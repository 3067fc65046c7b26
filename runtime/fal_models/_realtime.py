"""Realtime: a WebSocket to `{realtime_url}/{owner}/{alias}/realtime`, authorised by a
short-lived token in its URL (never the key), msgpack frames both ways.

`pip install 'fal-models[realtime]'` brings websockets and msgpack; both are imported only when a
connection opens, so the core install stays httpx + pydantic.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

import httpx

from fal_models._base import InputModel, OutputModel
from fal_models._config import ClientConfig
from fal_models._decode import Answer, json_answer, parse_output
from fal_models._exceptions import APIConnectionError, RealtimeError, status_error
from fal_models._flow import Flow
from fal_models._options import check_int, check_path
from fal_models._redaction import redact
from fal_models._request import request
from fal_models._urls import app_base, display_url

__all__ = [
    "AsyncRealtimeConnection",
    "RealtimeConnection",
    "async_connect",
    "check_options",
    "connect",
    "mint_token",
    "realtime_url",
]

OutT = TypeVar("OutT", bound=OutputModel)

TOKEN_EXPIRATION = 120
"""Seconds a realtime token is valid for, as fal's clients ask."""


def mint_token(config: ClientConfig, endpoint_id: str, expiration: int) -> Flow[str]:
    """A short-lived token for the endpoint's app from fal's token endpoint (with the key)."""
    alias = app_base(endpoint_id).split("/")[-1]
    response = yield from request(
        config,
        "POST",
        f"{config.rest_url}/tokens/",
        kind="read",
        json={"allowed_apps": [alias], "token_expiration": expiration},
    )
    return json_answer(response, "realtime token", _token)


def _token(data: Any) -> str:
    """fal answers a bare JSON string; older proxies `{"detail": ...}`, others `{"token": ...}`."""
    if isinstance(data, Mapping):
        data = data.get("token", data.get("detail"))
    if not isinstance(data, str) or not data:
        raise ValueError("no token")
    return data


def check_options(path: str, max_buffering: int | None, token_expiration: int) -> None:
    """InvalidOptionError for an option of `realtime()` that cannot be used, before any I/O."""
    check_path("path", path)
    if max_buffering is not None:
        check_int("max_buffering", max_buffering, minimum=1, maximum=60)
    check_int("token_expiration", token_expiration, minimum=1)


def realtime_url(
    config: ClientConfig, endpoint_id: str, token: str, path: str, max_buffering: int | None
) -> str:
    query = {"fal_jwt_token": token}
    if max_buffering is not None:
        query["max_buffering"] = str(max_buffering)
    tail = path.strip("/")
    target = f"{config.realtime_url}/{endpoint_id}" + (f"/{tail}" if tail else "")
    return f"{target}?{urlencode(query)}"


def _decode(frame: str | bytes, model: type[OutT]) -> OutT | None:
    """A server frame: binary is msgpack, text JSON; `x-fal-message` frames are metadata (None),
    `x-fal-error` frames raise RealtimeError."""
    answer = Answer("realtime frame", 101, httpx.Headers(), None)
    if isinstance(frame, bytes):
        import msgpack

        try:
            data = msgpack.unpackb(frame, raw=False)
        except Exception as exc:  # msgpack raises several unrelated types
            raise answer.malformed(f"not msgpack ({type(exc).__name__})", frame) from None
        return parse_output(answer, json.dumps(data), model, strict=False)
    data = answer.decode(frame, lambda data: data)
    if isinstance(data, Mapping) and data.get("type") == "x-fal-message":
        return None
    if isinstance(data, Mapping) and data.get("type") == "x-fal-error":
        raise RealtimeError(
            str(data.get("error", "UNKNOWN_ERROR")), str(data.get("reason") or ""), payload=data
        )
    return parse_output(answer, frame, model, strict=False)


def _encode(data: Mapping[str, Any]) -> bytes:
    import msgpack

    packed: bytes = msgpack.packb(dict(data), use_bin_type=True)
    return packed


def _closed(exc: Exception) -> RealtimeError:
    code = getattr(getattr(exc, "rcvd", None), "code", None)
    return RealtimeError("CONNECTION_CLOSED", str(exc), close_code=code)


def _refused(exc: Exception, url: str) -> Exception:
    """The typed error of a handshake fal refused (its HTTP status), or of no connection."""
    answer = getattr(exc, "response", None)
    if answer is not None and hasattr(answer, "status_code"):
        response = httpx.Response(
            answer.status_code,
            headers=list(answer.headers.raw_items()),
            content=bytes(answer.body or b""),
            request=httpx.Request("GET", url.replace("ws", "http", 1)),
        )
        return status_error(response)
    return APIConnectionError(
        f"{type(exc).__name__} connecting to {display_url(url)}: {redact(str(exc))}"
    )


class RealtimeConnection(Generic[OutT]):
    """One realtime session (blocking): `send()` an input, `recv()` the typed output."""

    def __init__(
        self, socket: Any, input_model: type[InputModel], output_model: type[OutT]
    ) -> None:
        self._socket = socket
        self._input_model = input_model
        self._output_model = output_model

    def send(self, data: Mapping[str, Any]) -> None:
        """Send one input (msgpack-encoded), checked against the endpoint's input model first
        (InputValidationError)."""
        self._socket.send(_encode(self._input_model.build(dict(data)).to_wire()))

    def recv(self) -> OutT | None:
        """The next output, typed; None once the server closed the connection normally."""
        from websockets.exceptions import ConnectionClosed, ConnectionClosedOK

        while True:
            try:
                frame = self._socket.recv()
            except ConnectionClosedOK:
                return None
            except ConnectionClosed as exc:
                raise _closed(exc) from exc
            output = _decode(frame, self._output_model)
            if output is not None:
                return output

    def close(self) -> None:
        self._socket.close()


class AsyncRealtimeConnection(Generic[OutT]):
    """One realtime session (asyncio): `await send()` an input, `await recv()` the output."""

    def __init__(
        self, socket: Any, input_model: type[InputModel], output_model: type[OutT]
    ) -> None:
        self._socket = socket
        self._input_model = input_model
        self._output_model = output_model

    async def send(self, data: Mapping[str, Any]) -> None:
        """Send one input (msgpack-encoded), checked against the endpoint's input model first
        (InputValidationError)."""
        await self._socket.send(_encode(self._input_model.build(dict(data)).to_wire()))

    async def recv(self) -> OutT | None:
        """The next output, typed; None once the server closed the connection normally."""
        from websockets.exceptions import ConnectionClosed, ConnectionClosedOK

        while True:
            try:
                frame = await self._socket.recv()
            except ConnectionClosedOK:
                return None
            except ConnectionClosed as exc:
                raise _closed(exc) from exc
            output = _decode(frame, self._output_model)
            if output is not None:
                return output

    async def close(self) -> None:
        await self._socket.close()


@contextlib.contextmanager
def connect(
    url: str, input_model: type[InputModel], output_model: type[OutT]
) -> Iterator[RealtimeConnection[OutT]]:
    """Open the WebSocket (blocking); closed when the block ends."""
    from websockets.exceptions import InvalidHandshake
    from websockets.sync.client import connect as ws_connect

    try:
        socket = ws_connect(url, open_timeout=10.0)
    except (InvalidHandshake, OSError, TimeoutError) as exc:
        raise _refused(exc, url) from None
    with socket:
        yield RealtimeConnection(socket, input_model, output_model)


@contextlib.asynccontextmanager
async def async_connect(
    url: str, input_model: type[InputModel], output_model: type[OutT]
) -> AsyncIterator[AsyncRealtimeConnection[OutT]]:
    """Open the WebSocket (asyncio); closed when the block ends."""
    from websockets.asyncio.client import connect as ws_connect
    from websockets.exceptions import InvalidHandshake

    try:
        socket = await ws_connect(url, open_timeout=10.0)
    except (InvalidHandshake, OSError, TimeoutError) as exc:
        raise _refused(exc, url) from None
    async with socket:
        yield AsyncRealtimeConnection(socket, input_model, output_model)
