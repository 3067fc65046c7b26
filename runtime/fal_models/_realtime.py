"""Realtime: a WebSocket to `{realtime_url}/{owner}/{alias}/realtime`, authorised by a
short-lived token in its URL (never the key), msgpack (or JSON) frames both ways.

A session keeps its token fresh while the socket is open: fal's token endpoint is asked again at
90 % of the token's life (after 5 % more on failure), as fal's JavaScript client does, so a new
socket never waits on an expired token. A frame saying the session is `Unauthorized` (a token
fal no longer accepts) is answered once: a new token, a new socket, and the last input sent
again; a second one in a row raises `RealtimeError`.

`pip install 'fal-models[realtime]'` brings websockets and msgpack; both are imported only when a
connection opens, so the core install stays httpx + pydantic.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar
from urllib.parse import urlencode

import httpx

from fal_models._base import InputModel, OutputModel
from fal_models._config import ClientConfig
from fal_models._decode import Answer, json_answer, parse_output
from fal_models._exceptions import (
    APIConnectionError,
    InvalidOptionError,
    RealtimeError,
    status_error,
)
from fal_models._flow import Flow
from fal_models._options import check_int, check_path
from fal_models._redaction import redact
from fal_models._request import request
from fal_models._urls import app_base, display_url

if TYPE_CHECKING:
    import asyncio  # imported where an async session runs: a blocking client never loads it

__all__ = [
    "AsyncRealtimeConnection",
    "Encoding",
    "RealtimeConnection",
    "Session",
    "async_connect",
    "check_options",
    "connect",
    "mint_token",
    "realtime_url",
]

logger = logging.getLogger("fal_models")

OutT = TypeVar("OutT", bound=OutputModel)
Encoding = Literal["msgpack", "json"]

TOKEN_EXPIRATION = 120
"""Seconds a realtime token is valid for, as fal's clients ask."""
REFRESH_AT = 0.9
"""Share of a token's life after which a fresh one is minted while the socket stays open."""
REFRESH_RETRY = 0.05
"""Share of a token's life to wait before minting again after a failed refresh."""
OPEN_TIMEOUT = 10.0
"""Seconds the WebSocket handshake may take."""
CLOSE_WAIT = 1.0
"""Seconds `close()` waits for a token refresh under way to end."""


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


def check_options(
    path: str, max_buffering: int | None, token_expiration: int, encoding: str = "msgpack"
) -> None:
    """InvalidOptionError for an option of `realtime()` that cannot be used, and ImportError
    with the install hint when the realtime extra is missing, before any I/O (no token is
    minted for a session that cannot open)."""
    try:
        import msgpack  # noqa: F401
        import websockets  # noqa: F401
    except ImportError as exc:
        raise ImportError(
            "fal realtime sessions need websockets and msgpack: pip install 'fal-models[realtime]'",
            name=exc.name,
        ) from exc
    check_path("path", path)
    if max_buffering is not None:
        check_int("max_buffering", max_buffering, minimum=1, maximum=60)
    check_int("token_expiration", token_expiration, minimum=1)
    if encoding not in ("msgpack", "json"):
        raise InvalidOptionError("encoding", f'must be "msgpack" or "json", not {encoding!r}')


def realtime_url(
    config: ClientConfig, endpoint_id: str, token: str, path: str, max_buffering: int | None
) -> str:
    query = {"fal_jwt_token": token}
    if max_buffering is not None:
        query["max_buffering"] = str(max_buffering)
    tail = path.strip("/")
    target = f"{config.realtime_url}/{endpoint_id}" + (f"/{tail}" if tail else "")
    return f"{target}?{urlencode(query)}"


@dataclass(frozen=True)
class Session(Generic[OutT]):
    """What a realtime session needs besides its I/O: where it connects, how long a token
    lives, how inputs are encoded and outputs typed."""

    config: ClientConfig
    endpoint_id: str
    input_model: type[InputModel]
    output_model: type[OutT]
    path: str = "/realtime"
    max_buffering: int | None = None
    token_expiration: int = TOKEN_EXPIRATION
    encoding: Encoding = "msgpack"

    def url(self, token: str) -> str:
        return realtime_url(self.config, self.endpoint_id, token, self.path, self.max_buffering)

    def encode(self, data: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> bytes | str:
        """One input, checked against the input model (InputValidationError), as a frame."""
        wire = self.input_model.build({**(data or {}), **fields}).to_wire()
        if self.encoding == "json":
            return json.dumps(wire)
        return _pack(wire)

    def refresh_delays(self) -> tuple[float, float]:
        """Seconds until a refresh, and until a retry after a failed one."""
        return self.token_expiration * REFRESH_AT, self.token_expiration * REFRESH_RETRY


def _is_unauthorized(data: Mapping[str, Any]) -> bool:
    # fal's JS client knows `{"status": "error", "error": "Unauthorized"}`; the same error may
    # come as an `x-fal-error` frame.
    return data.get("error") == "Unauthorized" and (
        data.get("status") == "error" or data.get("type") == "x-fal-error"
    )


def _decode(frame: str | bytes, model: type[OutT]) -> OutT | None:
    """A server frame: binary is msgpack, text JSON; `x-fal-message` frames are metadata (None),
    an Unauthorized frame (`RealtimeError.unauthorized`) and `x-fal-error` frames raise
    RealtimeError."""
    answer = Answer("realtime frame", 101, httpx.Headers(), None)
    if isinstance(frame, bytes):
        import msgpack

        try:
            data = msgpack.unpackb(frame, raw=False)
        except Exception as exc:  # msgpack raises several unrelated types
            raise answer.malformed(f"not msgpack ({type(exc).__name__})", frame) from None
    else:
        data = answer.decode(frame, lambda data: data)
    if isinstance(data, Mapping):
        if data.get("type") == "x-fal-message":
            return None
        if _is_unauthorized(data) or data.get("type") == "x-fal-error":
            raise RealtimeError(
                str(data.get("error", "UNKNOWN_ERROR")), str(data.get("reason") or ""), payload=data
            )
    return parse_output(answer, json.dumps(data), model, strict=False)


def _pack(data: Mapping[str, Any]) -> bytes:
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


def _open_sync(url: str) -> Any:
    from websockets.exceptions import InvalidHandshake
    from websockets.sync.client import connect as ws_connect

    try:
        socket = ws_connect(url, open_timeout=OPEN_TIMEOUT)
    except (InvalidHandshake, OSError, TimeoutError) as exc:
        raise _refused(exc, url) from None
    # The connection outlives this call (a re-authorisation replaces it): entering it says so
    # to websockets >= 17.1, which warns about a client connection used outside `with`.
    return socket.__enter__()


async def _open_async(url: str) -> Any:
    from websockets.asyncio.client import connect as ws_connect
    from websockets.exceptions import InvalidHandshake

    try:
        return await ws_connect(url, open_timeout=OPEN_TIMEOUT)
    except (InvalidHandshake, OSError, TimeoutError) as exc:
        raise _refused(exc, url) from None


class _Connection(Generic[OutT]):
    """What the blocking and the asyncio session share: the session, its freshest token, the
    last input (sent again after a re-authorisation) and whether one was just made."""

    def __init__(self, socket: Any, session: Session[OutT], mint: object, token: str | None):
        self._socket = socket
        self._session = session
        self._mint = mint
        self._token = token
        self._last: bytes | str | None = None
        self._reauthorised = False

    @property
    def token(self) -> str | None:
        """The freshest token minted for this session (None for a socket opened on a URL)."""
        return self._token

    def _may_reauthorise(self, error: RealtimeError) -> bool:
        """Whether `error` is an Unauthorized frame to answer with a new token and socket: not
        for a socket opened without `mint`, nor twice in a row (then it is raised)."""
        return error.unauthorized and self._mint is not None and not self._reauthorised


class RealtimeConnection(_Connection[OutT]):
    """One realtime session (blocking): `send()` an input, `recv()` the typed output.

    With `mint` (what `endpoint.realtime()` gives), a thread refreshes the token while the
    socket is open and an Unauthorized frame is answered once with a new token and socket."""

    def __init__(
        self,
        socket: Any,
        session: Session[OutT],
        *,
        mint: Callable[[], str] | None = None,
        token: str | None = None,
    ) -> None:
        super().__init__(socket, session, mint, token)
        self._mint: Callable[[], str] | None = mint
        self._stop = threading.Event()
        self._refresher: threading.Thread | None = None
        if mint is not None:
            self._refresher = threading.Thread(
                target=self._refresh, name="fal-realtime-token", daemon=True
            )
            self._refresher.start()

    def _refresh(self) -> None:
        assert self._mint is not None
        every, retry = self._session.refresh_delays()
        delay = every
        while not self._stop.wait(delay):
            try:
                self._token = self._mint()
                delay = every
            except Exception as exc:  # a background refresh never breaks the session: retry
                logger.debug("realtime token refresh failed (%s); retrying", type(exc).__name__)
                delay = retry

    def send(self, data: Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        """Send one input (a mapping, keywords, or both), checked against the endpoint's input
        model first (InputValidationError), msgpack-encoded (or JSON with `encoding="json"`).
        On a closed socket, RealtimeError (`CONNECTION_CLOSED`, `close_code`)."""
        from websockets.exceptions import ConnectionClosed

        frame = self._session.encode(data, fields)
        self._last = frame
        try:
            self._socket.send(frame)
        except ConnectionClosed as exc:
            raise _closed(exc) from exc

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
            try:
                output = _decode(frame, self._session.output_model)
            except RealtimeError as exc:
                if not self._may_reauthorise(exc):
                    raise
                self._reauthorise()
                continue
            if output is not None:
                self._reauthorised = False
                return output

    def _reauthorise(self) -> None:
        """A new token and socket, and the last input sent again."""
        assert self._mint is not None  # checked by _may_reauthorise
        self._reauthorised = True
        logger.debug("realtime session unauthorised; reconnecting with a new token")
        self._socket.close()
        self._token = self._mint()
        self._socket = _open_sync(self._session.url(self._token))
        if self._last is not None:
            self._socket.send(self._last)

    def close(self) -> None:
        """Close the socket; the refresh thread stops (one stalled in a mint is not waited for
        longer than `CLOSE_WAIT`: it is a daemon, and its next mint is never asked for)."""
        self._stop.set()
        if self._refresher is not None and self._refresher is not threading.current_thread():
            self._refresher.join(CLOSE_WAIT)
        self._socket.close()


class AsyncRealtimeConnection(_Connection[OutT]):
    """One realtime session (asyncio): `await send()` an input, `await recv()` the output.

    With `mint` (what `endpoint.realtime()` gives), a task refreshes the token while the socket
    is open and an Unauthorized frame is answered once with a new token and socket."""

    def __init__(
        self,
        socket: Any,
        session: Session[OutT],
        *,
        mint: Callable[[], Awaitable[str]] | None = None,
        token: str | None = None,
    ) -> None:
        super().__init__(socket, session, mint, token)
        self._mint: Callable[[], Awaitable[str]] | None = mint
        self._refresher: asyncio.Task[None] | None = None
        if mint is not None:
            import asyncio

            self._refresher = asyncio.get_running_loop().create_task(self._refresh())

    async def _refresh(self) -> None:
        assert self._mint is not None
        every, retry = self._session.refresh_delays()
        delay = every
        import asyncio  # see the TYPE_CHECKING import

        while True:
            await asyncio.sleep(delay)
            try:
                self._token = await self._mint()
                delay = every
            except Exception as exc:  # a background refresh never breaks the session: retry
                logger.debug("realtime token refresh failed (%s); retrying", type(exc).__name__)
                delay = retry

    async def send(self, data: Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        """Send one input (a mapping, keywords, or both), checked against the endpoint's input
        model first (InputValidationError), msgpack-encoded (or JSON with `encoding="json"`).
        On a closed socket, RealtimeError (`CONNECTION_CLOSED`, `close_code`)."""
        from websockets.exceptions import ConnectionClosed

        frame = self._session.encode(data, fields)
        self._last = frame
        try:
            await self._socket.send(frame)
        except ConnectionClosed as exc:
            raise _closed(exc) from exc

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
            try:
                output = _decode(frame, self._session.output_model)
            except RealtimeError as exc:
                if not self._may_reauthorise(exc):
                    raise
                await self._reauthorise()
                continue
            if output is not None:
                self._reauthorised = False
                return output

    async def _reauthorise(self) -> None:
        """A new token and socket, and the last input sent again."""
        assert self._mint is not None  # checked by _may_reauthorise
        self._reauthorised = True
        logger.debug("realtime session unauthorised; reconnecting with a new token")
        await self._socket.close()
        self._token = await self._mint()
        self._socket = await _open_async(self._session.url(self._token))
        if self._last is not None:
            await self._socket.send(self._last)

    async def close(self) -> None:
        if self._refresher is not None:
            self._refresher.cancel()
            import asyncio

            with contextlib.suppress(asyncio.CancelledError):
                await self._refresher
        await self._socket.close()


@contextlib.contextmanager
def connect(
    session: Session[OutT], *, mint: Callable[[], str] | None = None, url: str | None = None
) -> Iterator[RealtimeConnection[OutT]]:
    """Open the WebSocket (blocking) on a token `mint` mints (or on a given `url`, without
    refresh nor re-authorisation); closed, its token no longer refreshed, when the block ends."""
    token = mint() if mint is not None else None
    socket = _open_sync(session.url(token) if token is not None else str(url))
    connection = RealtimeConnection(socket, session, mint=mint, token=token)
    try:
        yield connection
    finally:
        connection.close()


@contextlib.asynccontextmanager
async def async_connect(
    session: Session[OutT],
    *,
    mint: Callable[[], Awaitable[str]] | None = None,
    url: str | None = None,
) -> AsyncIterator[AsyncRealtimeConnection[OutT]]:
    """Open the WebSocket (asyncio) on a token `mint` mints (or on a given `url`, without
    refresh nor re-authorisation); closed, its token no longer refreshed, when the block ends."""
    token = await mint() if mint is not None else None
    socket = await _open_async(session.url(token) if token is not None else str(url))
    connection = AsyncRealtimeConnection(socket, session, mint=mint, token=token)
    try:
        yield connection
    finally:
        await connection.close()
