"""One HTTP exchange with the emulator, whichever front end carried it (the in-process transports
or the loopback server): the request as received and the reply the emulator decided on."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import quote

__all__ = ["MAX_DELAY", "Handle", "Incoming", "Reply", "json_reply"]

MAX_DELAY = 3600.0
"""Longest a front end waits before answering, whatever delay a reply asks for."""


@dataclass(frozen=True)
class Incoming:
    """An HTTP request, whichever front end received it."""

    method: str
    scheme: str
    netloc: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes

    @property
    def url(self) -> str:
        query = "&".join(f"{k}={quote(v, safe='')}" for k, v in self.query.items())
        return f"{self.scheme}://{self.netloc}{quote(self.path)}" + (f"?{query}" if query else "")

    def json(self) -> Any:
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except ValueError:
            return None


@dataclass
class Reply:
    """What a front end sends back; `failure` replaces the answer with a broken connection."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    events: Iterator[bytes | float] | None = None
    """A streamed body: chunks to send, or seconds to wait before the next one."""
    delay: float = 0.0
    failure: Literal["drop", "timeout"] | None = None
    hold: float = 0.0
    request_id: str | None = None


Handle = Callable[[Incoming], Reply]
"""What every front end drives: the emulator answering one request."""


def json_reply(
    status: int, data: Any, request_id: str | None = None, headers: Mapping[str, str] | None = None
) -> Reply:
    reply = Reply(
        status,
        json.dumps(data).encode(),
        {"Content-Type": "application/json", **(headers or {})},
        request_id=request_id,
    )
    reply.headers["x-fal-request-id"] = request_id or str(uuid.uuid4())
    return reply
