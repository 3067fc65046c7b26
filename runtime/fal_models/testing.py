"""A local fal for tests and benchmarks: queue, run, storage and webhooks, emulated in memory.

    from fal_models.testing import Emulator

    with Emulator() as fal:
        client = fal.client()  # fal's real hosts, served in-process: no network, no cost
        out = client.qwen_image.subscribe(prompt="a red fox")
        assert fal.submissions("fal-ai/qwen-image")[0].json == {"prompt": "a red fox"}

`fal.serve()` (or `python -m fal_models.testing serve`) serves the same emulator on one loopback
port, for other processes and other clients (the official fal-client included). Outputs are
synthesized from each endpoint's output model; file outputs point at tiny real files it serves.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import functools
import heapq
import itertools
import json
import logging
import math
import re
import secrets
import signal
import socket
import struct
import threading
import time
import uuid
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Literal, Self
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from fal_models._client import _ENDPOINTS, AsyncFalClient, FalClient, _endpoint_class
from fal_models._files import extension_for, safe_file_name
from fal_models._protocol import (
    DEFAULT_CDN_URL,
    DEFAULT_QUEUE_URL,
    DEFAULT_REST_URL,
    DEFAULT_RUN_URL,
    app_base,
)
from fal_models.webhooks import jwk_for_public_key, sign_webhook

__all__ = [
    "DEFAULT_KEY",
    "EmulatedRequest",
    "Emulator",
    "EmulatorServer",
    "Failure",
    "Fault",
    "LoggedRequest",
    "RouteKind",
    "WebhookDelivery",
    "example_input",
    "example_output",
    "main",
]

logger = logging.getLogger("fal_models.testing")

DEFAULT_KEY = "emulator-key"
"""The key `Emulator.client()` and `EmulatorServer.client()` send (any `Key ...` is accepted)."""
DEFAULT_LOG_MESSAGES = ("Starting the model", "Generating: 50%", "Generation done")
WEBHOOK_USER_ID = "emulator-user"
MAX_WAIT = 0.1
"""Longest pause of a status stream between looks at its request (cancels, forced completions)."""
MAX_DELAY = 3600.0

RouteKind = Literal[
    "submit", "status", "stream", "result", "cancel", "run", "upload", "file", "jwks"
]
"""What a request to the emulator does; faults are matched by it. `upload` covers every storage
route (token, CDN upload, multipart, presigned fallback); `file` is a download of a served file."""
State = Literal["IN_QUEUE", "IN_PROGRESS", "COMPLETED"]
Front = Literal["run", "queue", "rest", "cdn"]

_FRONTS: tuple[Front, ...] = ("run", "queue", "rest", "cdn")
_HOST_FRONTS: dict[str, Front] = {
    "fal.run": "run",
    "falrun.com": "run",
    "queue.fal.run": "queue",
    "queue.falrun.com": "queue",
    "rest.fal.ai": "rest",
    "rest.alpha.fal.ai": "rest",
    "v3.fal.media": "cdn",
    "v3b.fal.media": "cdn",
    "fal.media": "cdn",
}
_REQUEST_PATH = re.compile(
    r"^/(?P<app>.+?)/requests/(?P<rid>[^/]+)(?P<tail>/status/stream|/status|/cancel)?/?$"
)
_MULTIPART_PATH = re.compile(
    r"^(?P<file>/files/.+)/multipart/(?P<uid>[^/]+)/(?P<part>\d+|complete)$"
)
_NGINX_PAGE = (
    "<html>\r\n<head><title>{status}</title></head>\r\n<body>\r\n<center><h1>{status}</h1></center>"
    "\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
"""What fal's ingress answers before its gateway sees a request (fal-client retries on `nginx`)."""


# -- tiny real media -----------------------------------------------------------------------------


def _png(width: int, height: int, rgb: tuple[int, int, int] = (255, 112, 0)) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _wav(samples: int = 800, rate: int = 8000) -> bytes:
    data = b"\x00\x00" * samples
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    return (
        b"RIFF"
        + struct.pack("<I", 36 + len(data))
        + b"WAVEfmt "
        + fmt
        + b"data"
        + struct.pack("<I", len(data))
        + data
    )


@dataclass(frozen=True)
class _Media:
    content_type: str
    file_name: str
    data: bytes
    width: int | None = None
    height: int | None = None


IMAGE_SIZE = 64
_MEDIA: dict[str, _Media] = {
    "image": _Media("image/png", "image.png", _png(IMAGE_SIZE, IMAGE_SIZE), IMAGE_SIZE, IMAGE_SIZE),
    "audio": _Media("audio/wav", "audio.wav", _wav()),
    # Not a playable video: a real MP4 header box, enough for content sniffing.
    "video": _Media("video/mp4", "video.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 16),
    "file": _Media("text/plain", "output.txt", b"emulated output\n"),
}


def _data_uri(media: _Media) -> str:
    return f"data:{media.content_type};base64,{base64.b64encode(media.data).decode('ascii')}"


# -- values from JSON schemas --------------------------------------------------------------------


# Below this depth, optional values and lists are left empty, so recursive types end.
_DEEP = 6


class _Synthesizer:
    """A valid instance of a pydantic JSON schema: defaults and examples where given, else the
    smallest value within bounds; objects with a `url` field become hosted files."""

    def __init__(
        self,
        root: Mapping[str, Any],
        host: Callable[[_Media], str],
        *,
        required_only: bool = False,
        file_count: int = 1,
    ) -> None:
        self._defs: Mapping[str, Any] = root.get("$defs", {})
        self._host = host
        self._required_only = required_only
        self._file_count = file_count

    def value(self, schema: Mapping[str, Any], name: str = "", depth: int = 0) -> Any:
        schema = self._resolve(schema)
        if self._is_file(schema):
            return self._file(schema, name, depth)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        if schema.get("default") is not None:
            return schema["default"]
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [self._resolve(s) for s in schema[key]]
                if depth > _DEEP and any(s.get("type") == "null" for s in options):
                    return None  # a recursive type ends where it may
                chosen = next((s for s in options if s.get("type") != "null"), options[0])
                return self.value(chosen, name, depth)
        if "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                merged.update(self._resolve(part))
            return self.value(merged, name, depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        examples = schema.get("examples")
        primitive = kind in ("string", "integer", "number", "boolean")
        if primitive and isinstance(examples, list) and examples:
            return examples[0]
        if kind == "object" or (kind is None and "properties" in schema):
            return self._object(schema, depth)
        if kind == "array" or (kind is None and "items" in schema):
            return self._array(schema, name, depth)
        if kind == "string":
            return _string(schema, name)
        if kind == "integer":
            return int(_number(schema, 1, integer=True))
        if kind == "number":
            return _number(schema, 0.5, integer=False)
        if kind == "boolean":
            return False
        return None

    def _resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            target = self._defs[str(schema["$ref"]).rsplit("/", 1)[-1]]
            schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        return schema

    def _is_file(self, schema: Mapping[str, Any]) -> bool:
        props = schema.get("properties")
        if not isinstance(props, Mapping) or "url" not in props:
            return False
        url = self._resolve(props["url"])
        return url.get("type") == "string" or any(
            self._resolve(s).get("type") == "string" for s in url.get("anyOf", ())
        )

    def _object(self, schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
        props: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        # Optional fields make outputs look real; deep down they only risk recursion.
        optional = not self._required_only and depth < 4
        out = {
            key: self.value(sub, key, depth + 1)
            for key, sub in props.items()
            if key in required or optional
        }
        extra = schema.get("additionalProperties")
        if not props and isinstance(extra, Mapping) and extra:
            out["example"] = self.value(extra, "example", depth + 1)
        return out

    def _array(self, schema: Mapping[str, Any], name: str, depth: int) -> list[Any]:
        items = self._resolve(schema.get("items") or {})
        count = self._file_count if depth == 1 and self._is_file(items) else 1
        if depth > _DEEP:
            count = 0  # a recursive type ends where it may
        count = max(count, int(schema.get("minItems", 0)))
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        return [self.value(items, name, depth + 1) for _ in range(count)]

    def _file(self, schema: Mapping[str, Any], name: str, depth: int) -> dict[str, Any]:
        props: Mapping[str, Any] = schema.get("properties", {})
        text = f"{name} {schema.get('title', '')}".lower()
        if "width" in props or "image" in text:
            media = _MEDIA["image"]
        elif "audio" in text:
            media = _MEDIA["audio"]
        elif "video" in text:
            media = _MEDIA["video"]
        else:
            media = _MEDIA["file"]
        known = {
            "url": self._host(media),
            "content_type": media.content_type,
            "file_name": media.file_name,
            "file_size": len(media.data),
            "width": media.width,
            "height": media.height,
        }
        required = set(schema.get("required", ()))
        out: dict[str, Any] = {}
        for key, sub in props.items():
            if key in known and known[key] is not None:
                out[key] = known[key]
            elif key in required:
                out[key] = self.value(sub, key, depth + 1)
        return out


def _string(schema: Mapping[str, Any], name: str) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        value = datetime.now(UTC).isoformat()
    elif fmt == "date":
        value = datetime.now(UTC).date().isoformat()
    elif fmt in ("uri", "url"):
        value = "https://example.com/emulated"
    elif fmt == "email":
        value = "emulated@example.com"
    elif fmt == "uuid":
        value = str(uuid.uuid4())
    else:
        value = f"emulated {name}".strip()
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(value) < low:
        value = value.ljust(low, "x")
    return value[: int(high)] if high is not None else value


def _number(schema: Mapping[str, Any], guess: float, *, integer: bool) -> float:
    step = 1 if integer else 0.01
    low = schema.get("minimum")
    if "exclusiveMinimum" in schema:
        low = schema["exclusiveMinimum"] + step
    high = schema.get("maximum")
    if "exclusiveMaximum" in schema:
        high = schema["exclusiveMaximum"] - step
    value = guess
    if low is not None and high is not None:
        value = min(max(guess, low), high)
    elif low is not None:
        value = max(guess, low)
    elif high is not None:
        value = min(guess, high)
    multiple = schema.get("multipleOf")
    if multiple:
        value = math.ceil(value / multiple) * multiple
        if high is not None and value > high:
            value -= multiple
    return math.ceil(value) if integer else value


@functools.cache
def _schema(model: type[BaseModel]) -> dict[str, Any]:
    """A model's JSON schema; pydantic builds it afresh on every call, which costs milliseconds."""
    return model.model_json_schema()


def example_output(output_model: type[BaseModel], input: Mapping[str, Any] | None = None) -> Any:
    """A valid output of `output_model` (strict parsing accepts it), with files inlined as data
    URIs. With `input`, the `seed`, `prompt` and `num_images` given there are echoed."""
    return _synthesize_output(output_model, input or {}, _data_uri)


def example_input(input_model: type[BaseModel]) -> dict[str, Any]:
    """A valid input of `input_model`: its required fields only, file fields as image data URIs."""
    schema = _schema(input_model)
    synth = _Synthesizer(schema, _data_uri, required_only=True)
    out: dict[str, Any] = {}
    props: Mapping[str, Any] = schema.get("properties", {})
    for key in schema.get("required", ()):
        sub = props[key]
        if sub.get("x-fal-file"):
            url = _data_uri(_MEDIA["image"])
            branches = [sub, *sub.get("anyOf", ())]
            out[key] = [url] if any(b.get("type") == "array" for b in branches) else url
        else:
            out[key] = synth.value(sub, key, 1)
    return out


def _synthesize_output(
    output_model: type[BaseModel], input: Mapping[str, Any], host: Callable[[_Media], str]
) -> Any:
    schema = _schema(output_model)
    count = input.get("num_images")
    file_count = min(max(count, 1), 8) if isinstance(count, int) else 1
    synth = _Synthesizer(schema, host, file_count=file_count)
    output = synth.value(schema)
    props: Mapping[str, Any] = schema.get("properties", {})
    for key, kind in (("seed", int), ("prompt", str)):
        value = input.get(key)
        if key in props and isinstance(value, kind) and not isinstance(value, bool):
            output[key] = value
    return output


# -- records -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    """How a request fails. `error`/`error_type` go in its COMPLETED status (None: the status
    shows no error, as for a model's 422); the result GET answers `status_code` with `body`
    (default `{"detail": error, "error_type": error_type}`) and `headers`."""

    status_code: int = 503
    error: str | None = "Runner disconnected"
    error_type: str | None = "runner_disconnected"
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def response_body(self) -> Any:
        if self.body is not None:
            return self.body
        return {"detail": self.error or "Request failed", "error_type": self.error_type}


_TIMED_OUT = Failure(
    504, "Request timed out", "request_timeout", headers={"X-Fal-Request-Timeout-Type": "user"}
)
_CANCELLED = Failure(499, "Request was cancelled", "request_cancelled")


@dataclass(frozen=True)
class Fault:
    """A failure injected into the next `times` requests of a route (None: every request).

    `action`: `error` answers `status` (no `x-fal-request-id` unless `gateway`, so 502/503/504
    look like fal's ingress); `slow` answers normally after `delay`; `drop` closes the connection
    without an answer; `timeout` never answers (in-process: httpx.ReadTimeout after `delay`; on
    the server: the connection is held `delay` seconds, default 60, then closed). With `accept`
    the request is carried out first (enqueued, run, stored) and only its answer fails; a
    dropped status stream then breaks after its first event.
    """

    route: RouteKind | None
    action: Literal["error", "slow", "drop", "timeout"] = "error"
    status: int = 503
    gateway: bool = False
    retry_after: float | None = None
    body: Any = None
    delay: float = 0.0
    accept: bool = False
    times: int | None = 1
    endpoint_id: str | None = None

    @classmethod
    def ingress_error(
        cls, route: RouteKind | None = "submit", status: int = 503, **kw: Any
    ) -> Fault:
        """An nginx 502/503/504 from fal's ingress: the request never reached the queue."""
        return cls(route, "error", status, **kw)

    @classmethod
    def gateway_error(cls, route: RouteKind | None, status: int = 503, **kw: Any) -> Fault:
        """An error answered by fal's gateway (it carries `x-fal-request-id`)."""
        return cls(route, "error", status, gateway=True, **kw)

    @classmethod
    def rate_limited(
        cls, route: RouteKind | None = "submit", retry_after: float = 0.0, **kw: Any
    ) -> Fault:
        return cls(route, "error", 429, gateway=True, retry_after=retry_after, **kw)

    @classmethod
    def slow(cls, route: RouteKind | None, seconds: float, **kw: Any) -> Fault:
        return cls(route, "slow", delay=seconds, **kw)

    @classmethod
    def dropped(cls, route: RouteKind | None, *, accept: bool = False, **kw: Any) -> Fault:
        return cls(route, "drop", accept=accept, **kw)

    @classmethod
    def timed_out(cls, route: RouteKind | None, *, accept: bool = True, **kw: Any) -> Fault:
        return cls(route, "timeout", accept=accept, **kw)


@dataclass(frozen=True)
class LoggedRequest:
    """One HTTP request the emulator received. `status_code` is None when no answer was sent
    (a dropped or timed-out fault); `request_id` names the fal request it concerned (for a
    submit: the one it enqueued, so None means nothing was enqueued)."""

    method: str
    url: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    json: Any
    size: int
    route: RouteKind | None
    endpoint_id: str | None
    request_id: str | None
    status_code: int | None
    fault: Fault | None
    time: float


@dataclass(frozen=True)
class EmulatedRequest:
    """A queued request as it stands: its input and, once COMPLETED, its output or failure."""

    request_id: str
    endpoint_id: str
    status: State
    input: Any
    headers: Mapping[str, str]
    webhook_url: str | None
    output: Any
    failure: Failure | None


@dataclass(frozen=True)
class WebhookDelivery:
    """One attempt to deliver a webhook: the receiver's status code, or the connection error."""

    request_id: str
    url: str
    attempt: int
    headers: Mapping[str, str]
    body: bytes
    status_code: int | None
    error: str | None
    signed: bool


# -- internal state ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Bases:
    """Base URLs of the four fronts, as the client reached them (fal's hosts, or prefixes)."""

    run: str
    queue: str
    rest: str
    cdn: str


_FAL_BASES = _Bases(DEFAULT_RUN_URL, DEFAULT_QUEUE_URL, DEFAULT_REST_URL, DEFAULT_CDN_URL)


@dataclass(frozen=True)
class _Incoming:
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


@dataclass(frozen=True)
class _Route:
    kind: RouteKind
    action: str
    bases: _Bases
    path: str
    endpoint_id: str | None = None
    request_id: str | None = None
    part: str | None = None


@dataclass
class _Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    events: Iterator[bytes | float] | None = None
    """A streamed body: chunks to send, or seconds to wait before the next one."""
    delay: float = 0.0
    failure: Literal["drop", "timeout"] | None = None
    hold: float = 0.0
    request_id: str | None = None


def _json_reply(
    status: int, data: Any, request_id: str | None = None, headers: Mapping[str, str] | None = None
) -> _Reply:
    reply = _Reply(
        status,
        json.dumps(data).encode(),
        {"Content-Type": "application/json", **(headers or {})},
        request_id=request_id,
    )
    reply.headers["x-fal-request-id"] = request_id or str(uuid.uuid4())
    return reply


@dataclass(eq=False)
class _Request:
    request_id: str
    endpoint_id: str
    input: Any
    headers: dict[str, str]
    webhook_url: str | None
    bases: _Bases
    created: float
    wall: float
    starts: float
    ends: float
    log_times: list[float]
    output: Any = None
    failure: Failure | None = None
    delivered: bool = False

    def state(self, now: float) -> State:
        if now >= self.ends:
            return "COMPLETED"
        return "IN_PROGRESS" if now >= self.starts else "IN_QUEUE"

    def urls(self) -> dict[str, str]:
        base = f"{self.bases.queue}/{app_base(self.endpoint_id)}/requests/{self.request_id}"
        return {
            "response_url": base,
            "status_url": f"{base}/status",
            "cancel_url": f"{base}/cancel",
        }


@dataclass
class _StoredFile:
    content_type: str
    data: bytes


@dataclass
class _Multipart:
    path: str
    content_type: str
    parts: dict[int, bytes] = field(default_factory=dict)


@dataclass
class _Armed:
    fault: Fault
    remaining: int | None


class _Models(Mapping[str, tuple[type[BaseModel], type[BaseModel]]]):
    """Endpoint id → (input model, output model), each endpoint module imported on first use:
    an emulator of the whole catalogue starts at once."""

    def __init__(self, ids: Iterable[str]) -> None:
        self._ids = tuple(dict.fromkeys(ids))
        self._loaded: dict[str, tuple[type[BaseModel], type[BaseModel]]] = {}

    def __getitem__(self, endpoint_id: str) -> tuple[type[BaseModel], type[BaseModel]]:
        models = self._loaded.get(endpoint_id)
        if models is None:
            if endpoint_id not in self._ids:
                raise KeyError(endpoint_id)
            cls = _endpoint_class(endpoint_id, "")
            models = self._loaded[endpoint_id] = (cls.input_model, cls.output_model)
        return models

    def __contains__(self, endpoint_id: object) -> bool:
        return endpoint_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


class Emulator:
    """fal's queue, run, storage and webhook protocol, in memory and thread-safe.

    Each request waits `queue_time` seconds IN_QUEUE, then runs `run_time` seconds IN_PROGRESS
    (`math.inf` holds it until `complete()`); states follow the clock, nothing runs in the
    background but webhook deliveries. Reach it through `transport()` / `async_transport()`
    (httpx, in-process, on fal's real hosts), `client()` / `async_client()`, or `serve()`.
    """

    def __init__(
        self,
        *,
        endpoints: Iterable[str] | None = None,
        queue_time: float = 0.0,
        run_time: float = 0.05,
        require_auth: bool = True,
        ping_interval: float = 1.0,
        log_messages: Sequence[str] = DEFAULT_LOG_MESSAGES,
        webhook_transport: httpx.BaseTransport | None = None,
        webhook_attempts: int = 3,
    ) -> None:
        ids = list(_ENDPOINTS) if endpoints is None else list(endpoints)
        for endpoint_id in ids:
            if endpoint_id not in _ENDPOINTS:
                _endpoint_class(endpoint_id, "")  # raises KeyError with a suggestion
        self._models = _Models(ids)
        self.queue_time = queue_time
        self.run_time = run_time
        self.require_auth = require_auth
        self.ping_interval = ping_interval
        self.log_messages = tuple(log_messages)
        self.log: list[LoggedRequest] = []
        """Every HTTP request received, in order."""
        self.webhooks: list[WebhookDelivery] = []
        """Every webhook delivery attempt, in order."""
        self._lock = threading.RLock()
        self._timing: dict[str, tuple[float | None, float | None]] = {}
        self._outputs: dict[str, Any] = {}
        self._faults: list[_Armed] = []
        self._failures: list[tuple[str | None, Failure, list[int]]] = []
        self._requests: dict[str, _Request] = {}
        self._files: dict[str, _StoredFile] = {}
        self._tokens: set[str] = set()
        self._multipart: dict[str, _Multipart] = {}
        self._presigned: dict[str, tuple[str, str]] = {}
        self._servers: list[EmulatorServer] = []
        self._seed, self.public_key = _signing_key()
        self._webhook_sender = _WebhookSender(self, webhook_transport, webhook_attempts)

    def __repr__(self) -> str:
        return f"Emulator(endpoints={len(self._models)}, requests={len(self._requests)})"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every server started by `serve()` and the webhook sender."""
        for server in list(self._servers):
            server.close()
        self._webhook_sender.close()

    # -- configuration ---------------------------------------------------------------------------

    @property
    def endpoint_ids(self) -> tuple[str, ...]:
        return tuple(self._models)

    def set_timing(
        self, endpoint_id: str, *, queue_time: float | None = None, run_time: float | None = None
    ) -> None:
        """Timing of one endpoint's future requests (None keeps the emulator's default)."""
        self._check_endpoint(endpoint_id)
        with self._lock:
            self._timing[endpoint_id] = (queue_time, run_time)

    def set_output(
        self,
        endpoint_id: str,
        output: Mapping[str, Any] | Callable[[dict[str, Any]], Any] | None,
    ) -> None:
        """Answer this endpoint with `output`, or `output(input)` (which may raise: the request
        then fails with a 500). Not validated, so it can break the output model on purpose.
        None goes back to synthesized outputs."""
        self._check_endpoint(endpoint_id)
        with self._lock:
            if output is None:
                self._outputs.pop(endpoint_id, None)
            else:
                self._outputs[endpoint_id] = output

    def inject(self, *faults: Fault) -> None:
        """Arm faults; each request takes the first armed fault matching its route."""
        with self._lock:
            self._faults.extend(_Armed(f, f.times) for f in faults)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()
            self._failures.clear()

    def fail_request(self, request_id: str, failure: Failure | None = None) -> None:
        """Make a queued request fail (default: runner disconnected, 503) when it completes."""
        with self._lock:
            self._get(request_id).failure = failure or Failure()

    def fail_next(
        self, failure: Failure | None = None, *, endpoint_id: str | None = None, times: int = 1
    ) -> None:
        """Make the next `times` submitted or run requests (of one endpoint, or any) fail."""
        with self._lock:
            self._failures.append((endpoint_id, failure or Failure(), [times]))

    def complete(self, request_id: str) -> None:
        """Finish a request now (its remaining logs included), whatever its timing."""
        with self._lock:
            req = self._get(request_id)
            now = time.monotonic()
            if req.state(now) != "COMPLETED":
                req.starts, req.ends = min(req.starts, now), now
                req.log_times = [min(t, now) for t in req.log_times]
                self._webhook_sender.schedule(req)

    # -- inspection ------------------------------------------------------------------------------

    def submissions(self, endpoint_id: str | None = None) -> list[LoggedRequest]:
        """Submits that enqueued a request (not those answered with an injected error)."""
        return self._logged("submit", endpoint_id, enqueued=True)

    def runs(self, endpoint_id: str | None = None) -> list[LoggedRequest]:
        return self._logged("run", endpoint_id)

    def _logged(
        self, kind: RouteKind, endpoint_id: str | None, *, enqueued: bool = False
    ) -> list[LoggedRequest]:
        with self._lock:
            return [
                e
                for e in self.log
                if e.route == kind
                and (endpoint_id is None or e.endpoint_id == endpoint_id)
                and (not enqueued or e.request_id is not None)
            ]

    def request(self, request_id: str) -> EmulatedRequest:
        with self._lock:
            req = self._get(request_id)
            return self._snapshot(req, time.monotonic())

    def requests(self, endpoint_id: str | None = None) -> list[EmulatedRequest]:
        with self._lock:
            now = time.monotonic()
            return [
                self._snapshot(r, now)
                for r in self._requests.values()
                if endpoint_id is None or r.endpoint_id == endpoint_id
            ]

    def _snapshot(self, req: _Request, now: float) -> EmulatedRequest:
        done = req.state(now) == "COMPLETED"
        return EmulatedRequest(
            req.request_id,
            req.endpoint_id,
            req.state(now),
            req.input,
            dict(req.headers),
            req.webhook_url,
            req.output if done and req.failure is None else None,
            req.failure if done else None,
        )

    def output_for(self, endpoint_id: str, input: Mapping[str, Any] | None = None) -> Any:
        """A synthesized output of the endpoint, its files served by this emulator's CDN."""
        self._check_endpoint(endpoint_id)
        return _synthesize_output(
            self._models[endpoint_id][1], input or {}, lambda m: self._host(m, _FAL_BASES)
        )

    def example_input(self, endpoint_id: str) -> dict[str, Any]:
        self._check_endpoint(endpoint_id)
        return example_input(self._models[endpoint_id][0])

    def stored_file(self, url: str) -> bytes | None:
        """The bytes served at a file URL (uploaded or generated), if any."""
        with self._lock:
            stored = self._files.get(_file_key(url))
            return stored.data if stored else None

    @property
    def jwks(self) -> dict[str, Any]:
        """The JSON Web Key Set served at `/.well-known/jwks.json` (empty without cryptography)."""
        return {"keys": [jwk_for_public_key(self.public_key)] if self.public_key else []}

    @property
    def jwks_url(self) -> str:
        return f"{DEFAULT_REST_URL}/.well-known/jwks.json"

    def wait_for_webhooks(self, timeout: float = 5.0) -> bool:
        """Wait until every scheduled webhook has been delivered (or given up); False on timeout."""
        return self._webhook_sender.flush(timeout)

    # -- front ends ------------------------------------------------------------------------------

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport answering for fal.run, queue.fal.run, rest.fal.ai and v3.fal.media
        (and, on any other host, the `/run`, `/queue`, `/rest`, `/cdn` prefixes of `serve()`).
        File outputs point at v3.fal.media: read them through it too, e.g.
        `image.read(http_client=httpx.Client(transport=emulator.transport()))`, or use `serve()`."""
        return _Transport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """`transport()` for httpx.AsyncClient; waits are `asyncio.sleep`s."""
        return _AsyncTransport(self)

    def client(self, key: str = DEFAULT_KEY, **settings: Any) -> FalClient:
        """A FalClient on the in-process transport (fal's default hosts)."""
        return FalClient(key, http_client=httpx.Client(transport=self.transport()), **settings)

    def async_client(self, key: str = DEFAULT_KEY, **settings: Any) -> AsyncFalClient:
        return AsyncFalClient(
            key, http_client=httpx.AsyncClient(transport=self.async_transport()), **settings
        )

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> EmulatorServer:
        """Serve every front on one port, in background threads, until `close()` (or the end of
        a `with` block). See EmulatorServer for the URL layout."""
        server = EmulatorServer(self, host, port)
        with self._lock:
            self._servers.append(server)
        return server

    # -- protocol --------------------------------------------------------------------------------

    def _handle(self, incoming: _Incoming) -> _Reply:
        """Answer one HTTP request: route, injected fault, then the route's handler."""
        route = self._route(incoming)
        fault = self._take_fault(route) if route is not None else None
        if route is None:
            reply = _json_reply(404, {"detail": "Not Found"})
        elif fault is not None and not fault.accept and fault.action != "slow":
            reply = _fault_reply(fault, _Reply(0))
        else:
            try:
                reply = self._dispatch(route, incoming)
            except Exception:  # an emulator bug must not hang the client
                logger.exception("emulator failed on %s %s", incoming.method, incoming.url)
                reply = _json_reply(500, {"detail": "emulator error"})
            if fault is not None:
                reply = _fault_reply(fault, reply)
        answered = reply.failure is None or (reply.failure == "drop" and reply.events is not None)
        with self._lock:
            self.log.append(
                LoggedRequest(
                    method=incoming.method,
                    url=incoming.url,
                    path=incoming.path,
                    query=dict(incoming.query),
                    headers=_redacted(incoming.headers),
                    json=incoming.json(),
                    size=len(incoming.body),
                    route=route.kind if route else None,
                    endpoint_id=route.endpoint_id if route else None,
                    request_id=reply.request_id,
                    status_code=reply.status if answered else None,
                    fault=fault,
                    time=time.monotonic(),
                )
            )
        return reply

    def _route(self, incoming: _Incoming) -> _Route | None:
        host = incoming.netloc.rsplit("@", 1)[-1].split(":", 1)[0].lower()
        front: str | None = _HOST_FRONTS.get(host)
        path = incoming.path
        bases = _FAL_BASES
        if front is None:
            front, _, rest = path.lstrip("/").partition("/")
            if front not in _FRONTS:
                return None
            path = "/" + rest
            origin = f"{incoming.scheme}://{incoming.netloc}"
            bases = _Bases(*(f"{origin}/{name}" for name in _FRONTS))
        method = incoming.method
        if front == "run":
            return _Route("run", "run", bases, path, endpoint_id=self._match_endpoint(path))
        if front == "queue":
            match = _REQUEST_PATH.match(path)
            if method == "POST":
                endpoint_id = self._match_endpoint(path)
                return _Route("submit", "submit", bases, path, endpoint_id=endpoint_id)
            if match is None:
                return _Route("status", "unsupported", bases, path)
            return self._request_route(method, match, bases, path)
        if front == "rest":
            if path == "/.well-known/jwks.json":
                return _Route("jwks", "jwks", bases, path)
            action = {
                "/storage/auth/token": "token",
                "/storage/upload/initiate": "initiate",
            }.get(path.rstrip("/"), "unsupported")
            return _Route("upload", action, bases, path)
        if method == "POST" and path == "/files/upload":
            return _Route("upload", "cdn_upload", bases, path)
        if method == "POST" and path == "/files/upload/multipart":
            return _Route("upload", "multipart_start", bases, path)
        multipart = _MULTIPART_PATH.match(path)
        if multipart and method in ("PUT", "POST"):
            action = "multipart_complete" if multipart["part"] == "complete" else "multipart_part"
            return _Route("upload", action, bases, path, part=multipart["part"])
        if method == "PUT" and path.startswith("/presigned/"):
            return _Route("upload", "presigned_put", bases, path)
        return _Route("file", "file", bases, path)

    def _request_route(self, method: str, match: re.Match[str], bases: _Bases, path: str) -> _Route:
        """Status, stream, result and cancel: `{owner}/{alias}/requests/{id}[/...]`."""
        routes: dict[tuple[str, str], RouteKind] = {
            ("GET", ""): "result",
            ("GET", "/status"): "status",
            ("GET", "/status/stream"): "stream",
            ("PUT", "/cancel"): "cancel",
        }
        kind = routes.get((method, match["tail"] or ""))
        request_id = match["rid"]
        with self._lock:
            req = self._requests.get(request_id)
        if req is not None and app_base(req.endpoint_id) != match["app"]:
            req, request_id = None, ""  # fal finds requests under their own app only
        endpoint_id = req.endpoint_id if req else None
        if kind is None:
            return _Route("status", "unsupported", bases, path, endpoint_id, request_id)
        return _Route(kind, kind, bases, path, endpoint_id, request_id)

    def _match_endpoint(self, path: str) -> str | None:
        """The endpoint a submit or run path names; fal allows a sub-path after the id."""
        wanted = path.strip("/")
        best = None
        for endpoint_id in self._models:
            if (wanted == endpoint_id or wanted.startswith(endpoint_id + "/")) and (
                best is None or len(endpoint_id) > len(best)
            ):
                best = endpoint_id
        return best

    def _take_fault(self, route: _Route) -> Fault | None:
        with self._lock:
            for armed in self._faults:
                fault = armed.fault
                if fault.route not in (None, route.kind):
                    continue
                if fault.endpoint_id is not None and fault.endpoint_id != route.endpoint_id:
                    continue
                if armed.remaining is not None:
                    armed.remaining -= 1
                    if armed.remaining <= 0:
                        self._faults.remove(armed)
                return fault
        return None

    def _dispatch(self, route: _Route, incoming: _Incoming) -> _Reply:
        if not self._authorized(route, incoming):
            return _json_reply(
                401,
                {"detail": "Missing or invalid credentials: send `Authorization: Key <FAL_KEY>`"},
            )
        handler = getattr(self, f"_on_{route.action}")
        reply: _Reply = handler(route, incoming)
        return reply

    def _authorized(self, route: _Route, incoming: _Incoming) -> bool:
        if not self.require_auth or route.kind in ("file", "jwks"):
            return True
        auth = incoming.headers.get("authorization", "")
        if route.action in (
            "cdn_upload",
            "multipart_start",
            "multipart_part",
            "multipart_complete",
        ):
            scheme, _, token = auth.partition(" ")
            with self._lock:
                return scheme.lower() == "bearer" and token in self._tokens
        if route.action == "presigned_put":
            return True  # the URL itself is the credential
        scheme, _, key = auth.partition(" ")
        return scheme == "Key" and bool(key.strip())

    def _on_unsupported(self, route: _Route, incoming: _Incoming) -> _Reply:
        return _json_reply(405, {"detail": f"{incoming.method} {route.path} is not supported"})

    # -- queue -----------------------------------------------------------------------------------

    def _on_submit(self, route: _Route, incoming: _Incoming) -> _Reply:
        if route.endpoint_id is None:
            return _json_reply(404, {"detail": f"Application {route.path.strip('/')!r} not found"})
        req = self._new_request(route, incoming)
        with self._lock:
            position = self._position(req, req.created)
        body: dict[str, Any] = {"status": "IN_QUEUE", "request_id": req.request_id, **req.urls()}
        body["queue_position"] = position
        return _json_reply(200, body, req.request_id)

    def _new_request(self, route: _Route, incoming: _Incoming) -> _Request:
        assert route.endpoint_id is not None
        endpoint_id = route.endpoint_id
        waits, runs = self._times(endpoint_id)
        deadline = _start_timeout(incoming.headers)
        body = incoming.json()
        timed_out = deadline is not None and waits > deadline
        output, failure = (
            (None, _TIMED_OUT) if timed_out else self._outcome(endpoint_id, body, route.bases)
        )
        request_id = str(uuid.uuid4())
        now = time.monotonic()
        starts = now + waits
        steps = len(self.log_messages)
        req = _Request(
            request_id=request_id,
            endpoint_id=endpoint_id,
            input=body,
            headers=_redacted(incoming.headers),
            webhook_url=incoming.query.get("fal_webhook"),
            bases=route.bases,
            created=now,
            wall=time.time(),
            starts=starts,
            ends=starts + runs,
            log_times=[starts + (runs * i / steps if i else 0.0) for i in range(steps)],
            output=output,
            failure=failure,
        )
        if deadline is not None and timed_out:
            req.starts = req.ends = now + deadline
        with self._lock:
            self._requests[request_id] = req
            if req.webhook_url:
                self._webhook_sender.schedule(req)
        return req

    def _times(self, endpoint_id: str) -> tuple[float, float]:
        """(queue_time, run_time) of a new request of this endpoint."""
        with self._lock:
            queue_time, run_time = self._timing.get(endpoint_id, (None, None))
            return (
                self.queue_time if queue_time is None else queue_time,
                self.run_time if run_time is None else run_time,
            )

    def _outcome(self, endpoint_id: str, body: Any, bases: _Bases) -> tuple[Any, Failure | None]:
        """The output or failure of a request, decided when it arrives (outside the lock: a
        callable output may be slow)."""
        with self._lock:
            for entry in self._failures:
                wanted, failure, left = entry
                if wanted is None or wanted == endpoint_id:
                    left[0] -= 1
                    if left[0] <= 0:
                        self._failures.remove(entry)
                    return None, failure
            override = self._outputs.get(endpoint_id)
        input_model, output_model = self._models[endpoint_id]
        data = body if body is not None else {}
        try:
            input_model.model_validate(data)
        except ValidationError as exc:
            return None, Failure(422, None, None, body={"detail": _detail(exc)})
        inline = isinstance(data, dict) and data.get("sync_mode") is True
        host: Callable[[_Media], str] = (
            _data_uri if inline else (lambda media: self._host(media, bases))
        )
        if override is None:
            return _synthesize_output(output_model, data, host), None
        if not callable(override):
            return json.loads(json.dumps(override)), None
        try:
            return override(data), None
        except Exception as exc:
            return None, Failure(500, None, None, body={"detail": f"{type(exc).__name__}: {exc}"})

    def _position(self, req: _Request, now: float) -> int:
        return sum(
            1
            for other in self._requests.values()
            if other.endpoint_id == req.endpoint_id
            and other.created < req.created
            and other.state(now) == "IN_QUEUE"
        )

    def _visible_logs(self, req: _Request, now: float) -> list[dict[str, Any]]:
        until = min(now, req.ends)
        return [
            {
                "message": message,
                "level": "INFO",
                "source": "USER",
                "timestamp": datetime.fromtimestamp(req.wall + t - req.created, UTC).isoformat(),
            }
            for message, t in zip(self.log_messages, req.log_times, strict=True)
            if t <= until
        ]

    def _status_body(
        self, req: _Request, now: float, logs: list[dict[str, Any]] | None
    ) -> dict[str, Any]:
        state = req.state(now)
        body: dict[str, Any] = {"status": state, "request_id": req.request_id, **req.urls()}
        body["logs"] = logs
        if state == "IN_QUEUE":
            body["queue_position"] = self._position(req, now)
        if state == "COMPLETED":
            body["metrics"] = {"inference_time": round(max(req.ends - req.starts, 0.0), 6)}
            if req.failure is not None and req.failure.error is not None:
                body["error"] = req.failure.error
                body["error_type"] = req.failure.error_type
        return body

    def _found(self, route: _Route) -> _Request | None:
        with self._lock:
            return self._requests.get(route.request_id or "")

    def _not_found(self, route: _Route) -> _Reply:
        return _json_reply(404, {"detail": f"Request {route.request_id} not found"})

    def _on_status(self, route: _Route, incoming: _Incoming) -> _Reply:
        req = self._found(route)
        if req is None:
            return self._not_found(route)
        now = time.monotonic()
        with self._lock:
            logs = self._visible_logs(req, now) if _wants_logs(incoming) else None
            body = self._status_body(req, now, logs)
        reply = _json_reply(200 if body["status"] == "COMPLETED" else 202, body, req.request_id)
        return reply

    def _on_stream(self, route: _Route, incoming: _Incoming) -> _Reply:
        req = self._found(route)
        if req is None:
            return self._not_found(route)
        headers = {"Content-Type": "text/event-stream", "Cache-Control": "no-store"}
        reply = _Reply(200, headers=headers, request_id=req.request_id)
        reply.headers["x-fal-request-id"] = req.request_id
        reply.events = self._events(req, _wants_logs(incoming))
        return reply

    def _events(self, req: _Request, logs: bool) -> Iterator[bytes | float]:
        """The status stream: an event per change of state or position, new log entries as
        they appear (incremental, unlike polled logs), `: ping` comments in between."""
        sent_logs, last_key, last_write = 0, None, time.monotonic()
        while True:
            now = time.monotonic()
            with self._lock:
                entries = self._visible_logs(req, now) if logs else []
                body = self._status_body(req, now, entries[sent_logs:] if logs else None)
                upcoming = [t for t in (req.starts, req.ends, *req.log_times) if t > now]
            key = (body["status"], body.get("queue_position"))
            if key != last_key or len(entries) > sent_logs:
                yield b"data: " + json.dumps(body).encode() + b"\n\n"
                sent_logs, last_key, last_write = len(entries), key, now
            if body["status"] == "COMPLETED":
                return
            if now - last_write >= self.ping_interval:
                yield b": ping\n\n"
                last_write = now
            wake = min([*upcoming, last_write + self.ping_interval]) - now
            yield float(min(max(wake, 0.001), MAX_WAIT))

    def _on_result(self, route: _Route, incoming: _Incoming) -> _Reply:
        req = self._found(route)
        if req is None:
            return self._not_found(route)
        with self._lock:
            if req.state(time.monotonic()) != "COMPLETED":
                return _json_reply(400, {"detail": "Request is still in progress"}, req.request_id)
            failure, output = req.failure, req.output
        if failure is not None:
            return _failure_reply(failure, req.request_id)
        return _json_reply(200, output, req.request_id)

    def _on_cancel(self, route: _Route, incoming: _Incoming) -> _Reply:
        req = self._found(route)
        if req is None:
            return self._not_found(route)
        with self._lock:
            now = time.monotonic()
            if req.state(now) == "COMPLETED":
                return _json_reply(400, {"status": "ALREADY_COMPLETED"}, req.request_id)
            # fal drops a queued request and forwards the cancel to a running one; here both
            # stop at once and fail with 499, as a cancellation-aware app answers.
            req.starts, req.ends = min(req.starts, now), now
            req.failure, req.output = _CANCELLED, None
            self._webhook_sender.schedule(req)
        return _json_reply(202, {"status": "CANCELLATION_REQUESTED"}, req.request_id)

    # -- run -------------------------------------------------------------------------------------

    def _on_run(self, route: _Route, incoming: _Incoming) -> _Reply:
        if route.endpoint_id is None:
            return _json_reply(404, {"detail": f"Application {route.path.strip('/')!r} not found"})
        request_id = str(uuid.uuid4())
        waits, runs = self._times(route.endpoint_id)
        deadline = _start_timeout(incoming.headers)
        if deadline is not None and waits > deadline:
            reply = _failure_reply(_TIMED_OUT, request_id)
            reply.delay = deadline
            return reply
        output, failure = self._outcome(route.endpoint_id, incoming.json(), route.bases)
        if failure is not None:
            reply = _failure_reply(failure, request_id)
        else:
            reply = _json_reply(200, output, request_id)
        reply.delay = min(waits + runs, MAX_DELAY)
        return reply

    # -- storage ---------------------------------------------------------------------------------

    def _host(self, media: _Media, bases: _Bases, name: str | None = None) -> str:
        """Serve bytes from the CDN; their URL."""
        key = f"/files/{secrets.token_hex(8)}/{name or media.file_name}"
        with self._lock:
            self._files[key] = _StoredFile(media.content_type, media.data)
        return bases.cdn + quote(key)

    def _on_token(self, route: _Route, incoming: _Incoming) -> _Reply:
        token = secrets.token_urlsafe(16)
        with self._lock:
            self._tokens.add(token)
        expires = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
        body = {"token": token, "token_type": "Bearer", "base_url": route.bases.cdn}
        return _json_reply(200, {**body, "expires_at": expires})

    def _on_cdn_upload(self, route: _Route, incoming: _Incoming) -> _Reply:
        media = _upload_media(incoming)
        return _json_reply(200, {"access_url": self._host(media, route.bases)})

    def _on_initiate(self, route: _Route, incoming: _Incoming) -> _Reply:
        data = incoming.json() if isinstance(incoming.json(), dict) else {}
        content_type = str(data.get("content_type") or "application/octet-stream")
        name = _safe_name(str(data.get("file_name") or ""), content_type)
        key = f"/files/{secrets.token_hex(8)}/{name}"
        signature = secrets.token_urlsafe(12)
        with self._lock:
            self._presigned[signature] = (key, content_type)
        return _json_reply(
            200,
            {
                "upload_url": f"{route.bases.cdn}/presigned/{signature}",
                "file_url": route.bases.cdn + quote(key),
            },
        )

    def _on_presigned_put(self, route: _Route, incoming: _Incoming) -> _Reply:
        with self._lock:
            target = self._presigned.pop(route.path.rsplit("/", 1)[-1], None)
            if target is None:
                return _json_reply(403, {"detail": "Invalid or used upload URL"})
            key, content_type = target
            kind = incoming.headers.get("content-type") or content_type
            self._files[key] = _StoredFile(kind, incoming.body)
        return _Reply(200, headers={"x-fal-request-id": str(uuid.uuid4())})

    def _on_multipart_start(self, route: _Route, incoming: _Incoming) -> _Reply:
        media = _upload_media(incoming)
        key = f"/files/{secrets.token_hex(8)}/{media.file_name}"
        upload_id = secrets.token_hex(8)
        with self._lock:
            self._multipart[upload_id] = _Multipart(key, media.content_type)
        return _json_reply(200, {"access_url": route.bases.cdn + quote(key), "uploadId": upload_id})

    def _on_multipart_part(self, route: _Route, incoming: _Incoming) -> _Reply:
        upload = self._upload_in(route)
        if upload is None:
            return _json_reply(404, {"detail": "Unknown multipart upload"})
        with self._lock:
            upload.parts[int(route.part or 0)] = incoming.body
        etag = f'"{zlib.crc32(incoming.body):08x}"'
        return _Reply(200, headers={"ETag": etag, "x-fal-request-id": str(uuid.uuid4())})

    def _on_multipart_complete(self, route: _Route, incoming: _Incoming) -> _Reply:
        upload = self._upload_in(route)
        if upload is None:
            return _json_reply(404, {"detail": "Unknown multipart upload"})
        with self._lock:
            data = b"".join(upload.parts[n] for n in sorted(upload.parts))
            self._files[upload.path] = _StoredFile(upload.content_type, data)
            self._multipart = {k: v for k, v in self._multipart.items() if v is not upload}
        return _json_reply(200, {"access_url": route.bases.cdn + quote(upload.path)})

    def _upload_in(self, route: _Route) -> _Multipart | None:
        match = _MULTIPART_PATH.match(route.path)
        with self._lock:
            upload = self._multipart.get(match["uid"]) if match else None
        return upload if upload is not None and match and upload.path == match["file"] else None

    def _on_file(self, route: _Route, incoming: _Incoming) -> _Reply:
        with self._lock:
            stored = self._files.get(route.path) if incoming.method == "GET" else None
        if stored is None:
            return _json_reply(404, {"detail": "File not found"})
        return _Reply(200, stored.data, {"Content-Type": stored.content_type})

    def _on_jwks(self, route: _Route, incoming: _Incoming) -> _Reply:
        return _json_reply(200, self.jwks)

    # -- webhooks --------------------------------------------------------------------------------

    def _webhook(self, req: _Request) -> dict[str, Any]:
        """fal's delivery body for a completed request."""
        base = {"request_id": req.request_id, "gateway_request_id": req.request_id}
        if req.failure is None:
            return {**base, "status": "OK", "payload": req.output}
        return {
            **base,
            "status": "ERROR",
            "error": f"Invalid status code: {req.failure.status_code}",
            "payload": req.failure.response_body(),
        }

    # -- helpers ---------------------------------------------------------------------------------

    def _check_endpoint(self, endpoint_id: str) -> None:
        if endpoint_id not in self._models:
            raise KeyError(f"endpoint {endpoint_id!r} is not emulated")

    def _get(self, request_id: str) -> _Request:
        try:
            return self._requests[request_id]
        except KeyError:
            raise KeyError(f"unknown request {request_id!r}") from None


def _signing_key() -> tuple[bytes | None, bytes | None]:
    """A fresh Ed25519 key (seed, public key); (None, None) without `cryptography`."""
    try:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    except ImportError:
        return None, None
    key = Ed25519PrivateKey.generate()
    return key.private_bytes_raw(), key.public_key().public_bytes_raw()


def _wants_logs(incoming: _Incoming) -> bool:
    return incoming.query.get("logs", "").lower() in ("1", "true")


def _start_timeout(headers: Mapping[str, str]) -> float | None:
    raw = headers.get("x-fal-request-timeout")
    try:
        return float(raw) if raw is not None else None
    except ValueError:
        return None


def _detail(exc: ValidationError) -> list[dict[str, Any]]:
    """Pydantic errors as fal's FastAPI-style 422 detail."""
    return [
        {"loc": ["body", *e["loc"]], "msg": e["msg"], "type": e["type"]}
        for e in exc.errors(include_url=False)
    ]


def _failure_reply(failure: Failure, request_id: str) -> _Reply:
    headers = dict(failure.headers)
    if failure.error_type:
        headers["X-Fal-Error-Type"] = failure.error_type
    return _json_reply(failure.status_code, failure.response_body(), request_id, headers)


def _fault_reply(fault: Fault, reply: _Reply) -> _Reply:
    """The answer a fault turns `reply` into (`reply` is the real one when the fault accepts)."""
    if fault.action == "slow":
        reply.delay += fault.delay
        return reply
    if fault.action in ("drop", "timeout"):
        failure: Literal["drop", "timeout"] = "drop" if fault.action == "drop" else "timeout"
        events = reply.events if failure == "drop" else None
        hold = fault.delay or (0.0 if failure == "drop" else 60.0)
        return replace(reply, failure=failure, events=events, hold=hold, delay=fault.delay)
    headers: dict[str, str] = {}
    if fault.retry_after is not None:
        headers["Retry-After"] = f"{fault.retry_after:g}"
    if fault.gateway:
        body = (
            fault.body if fault.body is not None else {"detail": f"Injected error {fault.status}"}
        )
        out = _json_reply(fault.status, body, reply.request_id, headers)
    elif fault.body is None or isinstance(fault.body, str):
        status = f"{fault.status} {HTTPStatus(fault.status).phrase}"
        page = fault.body if fault.body is not None else _NGINX_PAGE.format(status=status)
        out = _Reply(fault.status, page.encode(), {"Content-Type": "text/html", **headers})
    else:
        data = json.dumps(fault.body).encode()
        out = _Reply(fault.status, data, {"Content-Type": "application/json", **headers})
    out.request_id = reply.request_id
    out.delay = fault.delay
    return out


def _redacted(headers: Mapping[str, str]) -> dict[str, str]:
    out = dict(headers)
    if "authorization" in out:
        scheme = out["authorization"].partition(" ")[0]
        out["authorization"] = f"{scheme} <redacted>"
    return out


def _safe_name(name: str, content_type: str) -> str:
    return safe_file_name(unquote(name)) or "upload" + (extension_for(content_type) or ".bin")


def _upload_media(incoming: _Incoming) -> _Media:
    content_type = incoming.headers.get("content-type") or "application/octet-stream"
    name = _safe_name(incoming.headers.get("x-fal-file-name", ""), content_type)
    return _Media(content_type, name, incoming.body)


def _file_key(url: str) -> str:
    """The storage key of a served file URL (either front end's form)."""
    path = unquote(urlsplit(url).path)
    return path[len("/cdn") :] if path.startswith("/cdn/files/") else path


# -- webhook delivery ----------------------------------------------------------------------------


class _WebhookSender:
    """Delivers each webhook when its request completes, from one daemon thread started on the
    first webhook. Deliveries are signed with the emulator's key when `cryptography` is there."""

    def __init__(
        self, emulator: Emulator, transport: httpx.BaseTransport | None, attempts: int
    ) -> None:
        self._emulator = emulator
        self._transport = transport
        self._attempts = max(attempts, 1)
        self._due: list[tuple[float, int, str]] = []
        self._order = itertools.count()
        self._busy = 0
        self._cond = threading.Condition()
        self._stopped = False
        self._thread: threading.Thread | None = None
        self._warned = False

    def schedule(self, req: _Request) -> None:
        if not req.webhook_url or math.isinf(req.ends):
            return
        with self._cond:
            if self._stopped:
                return
            heapq.heappush(self._due, (req.ends, next(self._order), req.request_id))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="fal-emulator-webhooks", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def flush(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._due or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, MAX_WAIT))
        return True

    def close(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=10)

    def _run(self) -> None:
        with httpx.Client(transport=self._transport, timeout=10.0) as http:
            while True:
                with self._cond:
                    while not self._stopped and (
                        not self._due or self._due[0][0] > time.monotonic()
                    ):
                        wait = self._due[0][0] - time.monotonic() if self._due else None
                        self._cond.wait(wait)
                    if self._stopped:
                        return
                    request_id = heapq.heappop(self._due)[2]
                    self._busy += 1
                try:
                    self._deliver(http, request_id)
                except Exception:
                    logger.exception("webhook delivery for %s failed", request_id)
                finally:
                    with self._cond:
                        self._busy -= 1
                        self._cond.notify_all()

    def _deliver(self, http: httpx.Client, request_id: str) -> None:
        emulator = self._emulator
        with emulator._lock:
            req = emulator._requests[request_id]
            if req.delivered or req.webhook_url is None:
                return
            if req.state(time.monotonic()) != "COMPLETED":
                self.schedule(req)  # its timing changed after it was scheduled
                return
            req.delivered = True
            url, body = req.webhook_url, json.dumps(emulator._webhook(req)).encode()
        headers = {"Content-Type": "application/json", "User-Agent": "fal-emulator"}
        signed = emulator._seed is not None
        if emulator._seed is not None:
            headers.update(
                sign_webhook(
                    emulator._seed, request_id=request_id, user_id=WEBHOOK_USER_ID, body=body
                )
            )
        elif not self._warned:
            self._warned = True
            logger.warning("`cryptography` is not installed: webhooks are sent unsigned")
        for attempt in range(1, self._attempts + 1):
            code: int | None = None
            error: str | None = None
            try:
                code = http.post(url, content=body, headers=headers).status_code
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
            with emulator._lock:
                emulator.webhooks.append(
                    WebhookDelivery(request_id, url, attempt, headers, body, code, error, signed)
                )
            if (code is not None and 200 <= code < 300) or attempt == self._attempts:
                return
            with self._cond:
                if self._stopped or self._cond.wait_for(lambda: self._stopped, 0.1 * 2**attempt):
                    return


# -- in-process front end ------------------------------------------------------------------------


def _incoming(request: httpx.Request, body: bytes) -> _Incoming:
    url = request.url
    return _Incoming(
        method=request.method,
        scheme=url.scheme,
        netloc=url.netloc.decode("ascii"),
        path=url.path,
        query=dict(url.params),
        headers={k.lower(): v for k, v in request.headers.items()},
        body=body,
    )


def _response(
    request: httpx.Request,
    reply: _Reply,
    stream: httpx.SyncByteStream | httpx.AsyncByteStream | None,
) -> httpx.Response:
    if stream is None:
        return httpx.Response(
            reply.status, headers=reply.headers, content=reply.body, request=request
        )
    return httpx.Response(reply.status, headers=reply.headers, stream=stream, request=request)


def _disconnected(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(
        "Server disconnected without sending a response.", request=request
    )


def _cut(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(
        "peer closed connection without sending complete message body (incomplete chunked read)",
        request=request,
    )


class _SyncEvents(httpx.SyncByteStream):
    def __init__(self, events: Iterator[bytes | float], request: httpx.Request, cut: bool) -> None:
        self._events, self._request, self._cut = events, request, cut

    def __iter__(self) -> Iterator[bytes]:
        for item in self._events:
            if isinstance(item, float):
                time.sleep(item)
                continue
            yield item
            if self._cut:
                raise _cut(self._request)

    def close(self) -> None:
        close = getattr(self._events, "close", None)
        if close is not None:
            close()


class _AsyncEvents(httpx.AsyncByteStream):
    def __init__(self, events: Iterator[bytes | float], request: httpx.Request, cut: bool) -> None:
        self._events, self._request, self._cut = events, request, cut

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for item in self._events:
            if isinstance(item, float):
                await asyncio.sleep(item)
                continue
            yield item
            if self._cut:
                raise _cut(self._request)

    async def aclose(self) -> None:
        close = getattr(self._events, "close", None)
        if close is not None:
            close()


class _Transport(httpx.BaseTransport):
    def __init__(self, emulator: Emulator) -> None:
        self._emulator = emulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._emulator._handle(_incoming(request, request.read()))
        if reply.delay:
            time.sleep(min(reply.delay, MAX_DELAY))
        if reply.failure == "timeout":
            raise httpx.ReadTimeout("timed out (injected by the fal emulator)", request=request)
        if reply.failure == "drop" and reply.events is None:
            raise _disconnected(request)
        stream = None
        if reply.events is not None:
            stream = _SyncEvents(reply.events, request, cut=reply.failure == "drop")
        return _response(request, reply, stream)


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, emulator: Emulator) -> None:
        self._emulator = emulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._emulator._handle(_incoming(request, await request.aread()))
        if reply.delay:
            await asyncio.sleep(min(reply.delay, MAX_DELAY))
        if reply.failure == "timeout":
            raise httpx.ReadTimeout("timed out (injected by the fal emulator)", request=request)
        if reply.failure == "drop" and reply.events is None:
            raise _disconnected(request)
        stream = None
        if reply.events is not None:
            stream = _AsyncEvents(reply.events, request, cut=reply.failure == "drop")
        return _response(request, reply, stream)


# -- loopback server -----------------------------------------------------------------------------


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], emulator: Emulator) -> None:
        self.emulator = emulator
        self.stopping = threading.Event()
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("connection from %s ended with an error", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # small writes (headers, SSE events) must not wait for ACKs
    server: _HTTPServer

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

    def _serve(self) -> None:
        split = urlsplit(self.path)
        address = self.server.server_address
        incoming = _Incoming(
            method=self.command,
            scheme="http",
            netloc=self.headers.get("Host") or f"{address[0]!s}:{address[1]}",
            path=unquote(split.path),
            query=dict(parse_qsl(split.query, keep_blank_values=True)),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self._read_body(),
        )
        reply = self.server.emulator._handle(incoming)
        stopping = self.server.stopping
        if reply.failure == "timeout":
            # Never answer: the client's own read timeout is what the fault exercises.
            stopping.wait(reply.hold)
            self.close_connection = True
            return
        if reply.delay and stopping.wait(min(reply.delay, MAX_DELAY)):
            self.close_connection = True
            return
        if reply.failure == "drop" and reply.events is None:
            self.close_connection = True
            return
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.events is None:
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for item in reply.events:
                if isinstance(item, float):
                    if stopping.wait(item):
                        self.close_connection = True
                        return
                    continue
                self.wfile.write(b"%x\r\n%s\r\n" % (len(item), item))
                if reply.failure == "drop":
                    self.close_connection = True
                    return
            self.wfile.write(b"0\r\n\r\n")
        finally:
            close = getattr(reply.events, "close", None)
            if close is not None:
                close()

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""


class EmulatorServer:
    """An Emulator on one loopback port: every front under its own path prefix, so one base URL
    serves them all and the URLs the server hands out (status, result, files) come back to it.

        run    {url}/run    POST /{endpoint id}
        queue  {url}/queue  POST /{endpoint id}, GET|PUT /{owner}/{alias}/requests/{id}[/...]
        rest   {url}/rest   /storage/auth/token, /storage/upload/initiate, /.well-known/jwks.json
        cdn    {url}/cdn    /files/upload[/multipart], file downloads, presigned uploads

    Threaded (one thread per connection, HTTP/1.1 keep-alive, chunked status streams).
    """

    def __init__(self, emulator: Emulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.emulator = emulator
        self._httpd = _HTTPServer((host, port), emulator)
        bound_host, bound_port = self._httpd.server_address[:2]
        self.url = f"http://{bound_host!s}:{bound_port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fal-emulator-{bound_port}",
            daemon=True,
        )
        self._thread.start()
        self._closed = False

    def __repr__(self) -> str:
        return f"EmulatorServer({self.url!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def run_url(self) -> str:
        return f"{self.url}/run"

    @property
    def queue_url(self) -> str:
        return f"{self.url}/queue"

    @property
    def rest_url(self) -> str:
        return f"{self.url}/rest"

    @property
    def cdn_url(self) -> str:
        return f"{self.url}/cdn"

    @property
    def jwks_url(self) -> str:
        return f"{self.rest_url}/.well-known/jwks.json"

    def client_settings(self) -> dict[str, str]:
        """The FalClient / AsyncFalClient keyword arguments that point them here."""
        return {
            "run_url": self.run_url,
            "queue_url": self.queue_url,
            "rest_url": self.rest_url,
            "cdn_url": self.cdn_url,
        }

    def fal_client_constants(self) -> dict[str, str]:
        """Module constants of the official `fal_client.client` (1.0.x) that point it here;
        patch them before creating its clients (its hosts are otherwise fixed `https://`)."""
        return {
            "RUN_URL_FORMAT": f"{self.run_url}/",
            "QUEUE_URL_FORMAT": f"{self.queue_url}/",
            "REST_URL": self.rest_url,
            "CDN_URL": self.cdn_url,
        }

    def client(self, key: str = DEFAULT_KEY, **settings: Any) -> FalClient:
        """A FalClient pointed at this server; close it (or use it in a `with` block)."""
        return FalClient(key, **{**self.client_settings(), **settings})

    def async_client(self, key: str = DEFAULT_KEY, **settings: Any) -> AsyncFalClient:
        return AsyncFalClient(key, **{**self.client_settings(), **settings})

    def close(self) -> None:
        """Stop serving: waiting streams end, open connections are closed, threads joined."""
        if self._closed:
            return
        self._closed = True
        self._httpd.stopping.set()
        self._httpd.shutdown()
        with self._httpd.connections_lock:
            connections = list(self._httpd.connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self._httpd.server_close()
        self._thread.join()
        with self.emulator._lock:
            if self in self.emulator._servers:
                self.emulator._servers.remove(self)


# -- command line --------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m fal_models.testing serve`: run an emulator until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m fal_models.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve a fal emulator on a loopback port")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    serve.add_argument("--queue-time", type=float, default=0.0, help="seconds IN_QUEUE")
    serve.add_argument("--run-time", type=float, default=0.05, help="seconds IN_PROGRESS")
    serve.add_argument("--no-auth", action="store_true", help="accept requests without a key")
    serve.add_argument("--endpoint", action="append", help="emulate only these endpoint ids")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    emulator = Emulator(
        endpoints=args.endpoint,
        queue_time=args.queue_time,
        run_time=args.run_time,
        require_auth=not args.no_auth,
    )
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with emulator, emulator.serve(args.host, args.port) as server:
        settings = ", ".join(f'{k}="{v}"' for k, v in server.client_settings().items())
        patches = "\n".join(
            f'    fal_client.client.{k} = "{v}"' for k, v in server.fal_client_constants().items()
        )
        print(
            f"fal emulator serving {len(emulator.endpoint_ids)} endpoints on {server.url}"
            " (Ctrl-C to stop)\n"
            f'  fal_models: FalClient(key="any", {settings})\n'
            f"  fal-client (set before creating a client):\n{patches}\n"
            f"  webhook keys: {server.jwks_url}",
            flush=True,
        )
        while not stop.wait(0.2):
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
