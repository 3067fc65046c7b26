"""Protocol flows written once, as generators of I/O operations that the drivers carry out.

A flow never touches the network or the clock: it yields an operation (`Send`, `Sleep`, `Now`, …)
and receives its result. `SyncDriver` performs operations by blocking, `AsyncDriver` by awaiting
(see _drivers), so the sync and async clients share every protocol decision and differ only in I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

import httpx

from fal_models._types import Omit, omit
from fal_models._urls import display_url

T = TypeVar("T")
Method = Literal["GET", "POST", "PUT"]


@dataclass(frozen=True, slots=True)
class Send:
    """Send one HTTP request. With `stream`, the body is left unread for `NextLine`/`NextChunk`.

    `timeout` and `follow_redirects` left at `omit` take the http client's own settings. An
    `anonymous` request carries no credential but an Authorization in `headers`: the http
    client's default Authorization header and auth are dropped.

    With a `deadline` (on the driver's monotonic clock) the driver ends the call there, and so
    every later read of its body: httpx's timeouts bound each wait, not the whole call. Past it
    the driver raises `httpx.ConnectTimeout` if nothing was sent yet, else `httpx.ReadTimeout`.
    """

    method: Method
    url: str
    headers: Mapping[str, str]
    timeout: float | httpx.Timeout | Omit | None = omit
    json: Any = None
    content: bytes | None = None
    params: Mapping[str, str] | None = None
    stream: bool = False
    follow_redirects: bool | Omit = omit
    anonymous: bool = False
    deadline: float | None = None

    def __repr__(self) -> str:
        # Never the headers (the key) nor the query (a webhook URL's secret).
        return f"Send({self.method} {display_url(self.url)}, anonymous={self.anonymous})"


@dataclass(frozen=True, slots=True)
class NextLine:
    """The next line of a streamed response body, or None at its end."""

    response: httpx.Response


@dataclass(frozen=True, slots=True)
class NextChunk:
    """The next chunk (at most `size` bytes) of a streamed response body, or None at its end."""

    response: httpx.Response
    size: int


@dataclass(frozen=True, slots=True)
class Close:
    """Release a streamed response; with `drain`, read the rest first (so errors can show it)."""

    response: httpx.Response
    drain: bool = True


class Alarm(Protocol):
    """What can end a `Sleep` early: a status-stream slot freeing (`StreamSlots`)."""

    def sleeping(self, rank: float, ring: Callable[[], None]) -> int:
        """Call `ring` (once, from any thread) when it goes off before `awake(token)`: of those
        sleeping, the lowest `rank` first."""
        ...

    def awake(self, token: int) -> None: ...


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait `seconds`; with an `alarm`, less if it goes off first (a driver given its own sleep
    function, a test's clock, waits the whole time)."""

    seconds: float
    alarm: Alarm | None = None
    rank: float = 0.0


@dataclass(frozen=True, slots=True)
class Now:
    """The current time: monotonic seconds, or with `wall` seconds since the epoch (to compare
    with a server's timestamps)."""

    wall: bool = False


@dataclass(frozen=True, slots=True)
class Callback:
    """Call a user callback; the async driver awaits it when it returns an awaitable."""

    function: Callable[..., object]
    args: tuple[Any, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Emit:
    """Hand a value to the caller iterating over the flow (`iter_events`)."""

    value: Any


Op = Send | NextLine | NextChunk | Close | Sleep | Now | Callback | Emit
Flow = Generator[Op, Any, T]
