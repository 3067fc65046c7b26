"""Which of fal's routes an HTTP request names: on fal's own hosts (in-process), or under the
`/run`, `/queue`, `/rest`, `/cdn` and `/api` path prefixes of one loopback port (the server)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from fal_models._defaults import (
    DEFAULT_CDN_URL,
    DEFAULT_QUEUE_URL,
    DEFAULT_REST_URL,
    DEFAULT_RUN_URL,
)
from fal_models._urls import app_base
from fal_models.testing._endpoints import EndpointModels
from fal_models.testing._exchange import Incoming

__all__ = ["FAL_BASES", "MULTIPART_PATH", "Bases", "Route", "RouteKind", "route"]

RouteKind = Literal[
    "submit",
    "status",
    "stream",
    "result",
    "cancel",
    "run",
    "run_stream",
    "realtime_token",
    "upload",
    "file",
    "jwks",
    "platform",
]
"""What a request to the emulator does; faults are matched by it. `stream` is the queue's status
stream, `run_stream` a streamed run (`POST {run}/{id}/stream`). `upload` covers every storage
route (token, CDN upload, multipart, presigned fallback); `file` is a download of a served file;
`platform` is fal's Platform API (pricing, estimates, billing events)."""
Front = Literal["run", "queue", "rest", "cdn", "api"]

_FRONTS: tuple[Front, ...] = ("run", "queue", "rest", "cdn", "api")
_PLATFORM_ROUTES = {
    ("GET", "/v1/models/pricing"): "pricing",
    ("POST", "/v1/models/pricing/estimate"): "estimate",
    ("GET", "/v1/models/billing-events"): "billing_events",
}
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
    "api.fal.ai": "api",
}
_REQUEST_PATH = re.compile(
    r"^/(?P<app>.+?)/requests/(?P<rid>[^/]+)(?P<tail>/status/stream|/status|/cancel)?/?$"
)
MULTIPART_PATH = re.compile(
    r"^(?P<file>/files/.+)/multipart/(?P<uid>[^/]+)/(?P<part>\d+|complete)$"
)
_REQUEST_ROUTES: dict[tuple[str, str], RouteKind] = {
    ("GET", ""): "result",
    ("GET", "/status"): "status",
    ("GET", "/status/stream"): "stream",
    ("PUT", "/cancel"): "cancel",
}


@dataclass(frozen=True)
class Bases:
    """Base URLs of the fronts, as the client reached them (fal's hosts, or prefixes)."""

    run: str
    queue: str
    rest: str
    cdn: str
    api: str = "https://api.fal.ai"


FAL_BASES = Bases(DEFAULT_RUN_URL, DEFAULT_QUEUE_URL, DEFAULT_REST_URL, DEFAULT_CDN_URL)


@dataclass(frozen=True)
class Route:
    """A routed request: its kind (what faults match), the handler's action, and the parts of
    its path the handler needs."""

    kind: RouteKind
    action: str
    bases: Bases
    path: str
    endpoint_id: str | None = None
    request_id: str | None = None
    part: str | None = None


def route(
    incoming: Incoming,
    endpoints: EndpointModels,
    endpoint_of: Callable[[str], str | None],
) -> Route | None:
    """The route of a request (None: no front of fal's), given the emulated endpoints and the
    endpoint of a known request id (None for an unknown one)."""
    host = incoming.netloc.rsplit("@", 1)[-1].split(":", 1)[0].lower()
    front: str | None = _HOST_FRONTS.get(host)
    path = incoming.path
    bases = FAL_BASES
    if front is None:
        front, _, rest = path.lstrip("/").partition("/")
        if front not in _FRONTS:
            return None
        path = "/" + rest
        origin = f"{incoming.scheme}://{incoming.netloc}"
        bases = Bases(*(f"{origin}/{name}" for name in _FRONTS))
    method = incoming.method
    if front == "run":
        endpoint_id = endpoints.match(path)
        if endpoint_id is not None and path.strip("/") == f"{endpoint_id}/stream":
            return Route("run_stream", "run_stream", bases, path, endpoint_id=endpoint_id)
        return Route("run", "run", bases, path, endpoint_id=endpoint_id)
    if front == "queue":
        match = _REQUEST_PATH.match(path)
        if method == "POST":
            return Route("submit", "submit", bases, path, endpoint_id=endpoints.match(path))
        if match is None:
            return Route("status", "unsupported", bases, path)
        return _request_route(method, match, bases, path, endpoint_of)
    if front == "api":
        action = _PLATFORM_ROUTES.get((method, path.rstrip("/")), "unsupported")
        return Route("platform", action, bases, path)
    if front == "rest":
        if path == "/.well-known/jwks.json":
            return Route("jwks", "jwks", bases, path)
        if method == "POST" and path.rstrip("/") == "/tokens":
            return Route("realtime_token", "realtime_token", bases, path)
        action = {
            "/storage/auth/token": "token",
            "/storage/upload/initiate": "initiate",
        }.get(path.rstrip("/"), "unsupported")
        return Route("upload", action, bases, path)
    if method == "POST" and path == "/files/upload":
        return Route("upload", "cdn_upload", bases, path)
    if method == "POST" and path == "/files/upload/multipart":
        return Route("upload", "multipart_start", bases, path)
    multipart = MULTIPART_PATH.match(path)
    if multipart and method in ("PUT", "POST"):
        action = "multipart_complete" if multipart["part"] == "complete" else "multipart_part"
        return Route("upload", action, bases, path, part=multipart["part"])
    if method == "PUT" and path.startswith("/presigned/"):
        return Route("upload", "presigned_put", bases, path)
    return Route("file", "file", bases, path)


def _request_route(
    method: str,
    match: re.Match[str],
    bases: Bases,
    path: str,
    endpoint_of: Callable[[str], str | None],
) -> Route:
    """Status, stream, result and cancel: `{owner}/{alias}/requests/{id}[/...]`."""
    kind = _REQUEST_ROUTES.get((method, match["tail"] or ""))
    request_id = match["rid"]
    endpoint_id = endpoint_of(request_id)
    if endpoint_id is not None and app_base(endpoint_id) != match["app"]:
        endpoint_id, request_id = None, ""  # fal finds requests under their own app only
    if kind is None:
        return Route("status", "unsupported", bases, path, endpoint_id, request_id)
    return Route(kind, kind, bases, path, endpoint_id, request_id)
