"""Client settings shared by both clients: credentials, hosts, timeouts, headers."""

from __future__ import annotations

import heapq
import itertools
import os
import threading
from collections.abc import Callable, Mapping
from typing import TypedDict

import httpx

from fal_models._budget import Budget
from fal_models._defaults import (
    DEFAULT_API_URL,
    DEFAULT_CDN_URL,
    DEFAULT_INLINE_FILE_LIMIT,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_QUEUE_URL,
    DEFAULT_REST_URL,
    DEFAULT_RUN_URL,
    DEFAULT_TIMEOUT,
)
from fal_models._environment import colab_key, configure_logging, environment_url, login_session
from fal_models._exceptions import (
    InvalidCredentialsError,
    InvalidOptionError,
    MissingCredentialsError,
)
from fal_models._options import (
    check_headers,
    check_int,
    check_timeout,
    check_url,
    check_websocket_url,
)
from fal_models._redaction import install_log_filter
from fal_models._version import __version__

USER_AGENT = f"fal-models/{__version__} (python)"

install_log_filter()

_DEFAULT_PORTS = {"http": 80, "https": 443}
_PLAIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
"""Unreserved URL characters: nothing a URL parser could read as a query, user info or an
escape."""


def _plain_under(url: str, bases: tuple[str, ...]) -> bool:
    """Whether `url` is one of `bases` (each ending in `/`) followed by path segments of
    unreserved characters only, none empty (but the last) and none `.` or `..`."""
    return any(url.startswith(base) and _plain_tail(url[len(base) :]) for base in bases)


def _plain_tail(tail: str) -> bool:
    *inner, last = tail.split("/")
    return all(
        segment not in ("", ".", "..") and _PLAIN.issuperset(segment) for segment in inner
    ) and (last == "" or (last not in (".", "..") and _PLAIN.issuperset(last)))


def resolve_key(explicit: str | None) -> str:
    """The explicit key, else FAL_KEY, else FAL_KEY_ID:FAL_KEY_SECRET, else (in Colab) the
    notebook's secret FAL_KEY: fal-client's order. Resolved on first use. Surrounding whitespace
    (a secret file's newline) is dropped; a blank value counts as unset."""
    key = clean_key(explicit, "the key given to the client")
    if key:
        return key
    key = clean_key(os.environ.get("FAL_KEY"), "FAL_KEY")
    if key:
        return key
    key_id = clean_key(os.environ.get("FAL_KEY_ID"), "FAL_KEY_ID")
    secret = clean_key(os.environ.get("FAL_KEY_SECRET"), "FAL_KEY_SECRET")
    if key_id and secret:
        return f"{key_id}:{secret}"
    key = clean_key(colab_key(), "the Colab secret FAL_KEY")
    if key:
        return key
    raise MissingCredentialsError(login_session())


def clean_key(value: object, source: str) -> str | None:
    """`value` without surrounding whitespace (None when blank or unset). A key is sent in an HTTP
    header: anything else than printable ASCII inside it raises, without showing the key."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidCredentialsError(f"{source} must be a str, not {type(value).__name__}")
    key = value.strip()
    bad = next((c for c in key if not "!" <= c <= "~"), None)
    if bad is not None:
        if bad < " " or bad == "\x7f":
            kind = "a control character"
        elif bad.isspace():
            kind = "whitespace"
        else:
            kind = "a non-ASCII character"
        raise InvalidCredentialsError(
            f"{source} contains {kind} inside it: a fal key is printable ASCII "
            "('key_id:key_secret'); check how it was stored or copied"
        )
    return key or None


def _check_settings(
    urls: Mapping[str, str | None],
    *,
    timeout: object,
    max_retries: object,
    default_headers: object,
    inline_file_limit: object,
) -> None:
    """InvalidOptionError naming the first client setting that cannot be used as given."""
    for name, url in urls.items():
        if url is not None:
            check_url(name, url)
    check_timeout("timeout", timeout)
    if max_retries is not None:
        check_int("max_retries", max_retries, minimum=0)
    check_headers("default_headers", default_headers)
    if inline_file_limit is not None:
        check_int("inline_file_limit", inline_file_limit, minimum=0)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the scheme's default port made explicit."""
    port = url.port or _DEFAULT_PORTS.get(url.scheme)
    return url.scheme, url.host, port


def _base_url(given: str | None, setting: str, default: str) -> str:
    """An argument beats the environment, which beats fal's hosts."""
    return (given or environment_url(setting) or default).rstrip("/")


def _as_websocket(url: str) -> str:
    """An http(s) URL as the ws(s) URL of the same place."""
    return "ws" + url.removeprefix("http") if url.startswith("http") else url


class ClientSettings(TypedDict, total=False):
    """Settings both clients take as keyword arguments."""

    run_url: str | None
    """Base URL of synchronous runs (default https://fal.run)."""
    queue_url: str | None
    """Base URL of the queue (default https://queue.fal.run)."""
    rest_url: str | None
    """Base URL of fal's REST API, for storage tokens (default https://rest.fal.ai)."""
    cdn_url: str | None
    """Base URL of fal's CDN, for uploads (default https://v3.fal.media)."""
    api_url: str | None
    """Base URL of fal's Platform API, for prices, estimates and billing events (default
    https://api.fal.ai/v1)."""
    realtime_url: str | None
    """Base URL of realtime WebSockets (default: `run_url` as ws:// or wss://)."""
    timeout: float | httpx.Timeout | None
    """HTTP timeout of each request (default 120 s, 10 s to connect)."""
    max_retries: int | None
    """Retries of a failed request where retrying is safe (default 2)."""
    max_retry_wait: float | None
    """The longest a retry waits for fal's Retry-After (default 60 s); a longer one raises at
    once (RateLimitError for a 429, with its `retry_after`)."""
    default_headers: Mapping[str, str] | None
    """Headers sent with every request."""
    inline_file_limit: int | None
    """Local files up to this many bytes are sent inline as data URIs (default 1 MiB); 0 uploads
    all."""
    budget: Budget | None
    """Every paid call (run, submit, subscribe) spends from this budget unless the call names
    its own."""


class StreamSlots:
    """How many status streams a client's requests may hold open at once. Over HTTP/1.1 a
    status stream holds a pooled connection for as long as its request runs: with more
    requests waiting than connections, streams would keep submits, polls and result fetches
    waiting for a connection (1,000 one-second jobs on a pool of 100 took 10.7 s with a
    stream each, 3.8 s polling). So at most half of the pool streams; a request that finds
    no slot free polls instead, and its sleep between two polls ends when a slot is given
    back (the request waiting longest first), so it streams from then on. Shared by the
    threads of a blocking client (hence the lock)."""

    def __init__(self, max_connections: int | None) -> None:
        self.limit: int | None = None if max_connections is None else max(max_connections // 2, 1)
        self.open: int = 0
        self._lock = threading.Lock()
        self._sleepers: list[tuple[float, int]] = []
        """A heap of (rank, token); a token no longer in `_rings` is stale."""
        self._rings: dict[int, Callable[[], None]] = {}
        self._tokens = itertools.count()

    def take(self) -> bool:
        """Take a slot if one is free (give it back with `give_back`)."""
        with self._lock:
            if self.limit is not None and self.open >= self.limit:
                return False
            self.open += 1
            return True

    def give_back(self) -> None:
        """Give a slot back, and wake the polling wait with the lowest rank, if any."""
        ring = None
        with self._lock:
            self.open -= 1
            while self._sleepers and ring is None:
                _, token = heapq.heappop(self._sleepers)
                ring = self._rings.pop(token, None)
        if ring is not None:
            ring()

    def sleeping(self, rank: float, ring: Callable[[], None]) -> int:
        """A polling wait sleeps: `ring` wakes it when a slot is given back first."""
        with self._lock:
            token = next(self._tokens)
            self._rings[token] = ring
            heapq.heappush(self._sleepers, (rank, token))
            return token

    def awake(self, token: int) -> None:
        """The wait woke (rung or not): forget it. Stale heap entries are dropped once they
        outnumber the sleepers, so a client that polls for hours stays small."""
        with self._lock:
            self._rings.pop(token, None)
            if len(self._sleepers) > 2 * len(self._rings) + 64:
                self._sleepers = [entry for entry in self._sleepers if entry[1] in self._rings]
                heapq.heapify(self._sleepers)


class ClientConfig:
    """Settings of one client. The key is resolved on first use and never shown in a repr."""

    def __init__(
        self,
        key: str | None = None,
        *,
        run_url: str | None = None,
        queue_url: str | None = None,
        rest_url: str | None = None,
        cdn_url: str | None = None,
        api_url: str | None = None,
        realtime_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        inline_file_limit: int | None = None,
        budget: Budget | None = None,
    ) -> None:
        install_log_filter()  # again: HTTP libraries imported since then may log on new loggers
        configure_logging()
        self._key = clean_key(key, "the key given to the client")
        self._resolved_key: str | None = None
        _check_settings(
            {
                "run_url": run_url,
                "queue_url": queue_url,
                "rest_url": rest_url,
                "cdn_url": cdn_url,
                "api_url": api_url,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            inline_file_limit=inline_file_limit,
        )
        self.run_url: str = _base_url(run_url, "run_url", DEFAULT_RUN_URL)
        self.queue_url: str = _base_url(queue_url, "queue_url", DEFAULT_QUEUE_URL)
        self.rest_url: str = _base_url(rest_url, "rest_url", DEFAULT_REST_URL)
        self.cdn_url: str = _base_url(cdn_url, "cdn_url", DEFAULT_CDN_URL)
        self.api_url: str = _base_url(api_url, "api_url", DEFAULT_API_URL)
        self.prices: object = None
        """The cached unit prices and estimates of the Platform API (a _pricing.PriceCache)."""
        if budget is not None and not isinstance(budget, Budget):
            raise InvalidOptionError("budget", f"expected a Budget, got {type(budget).__name__}")
        self.budget: Budget | None = budget
        if realtime_url is not None:
            check_websocket_url("realtime_url", realtime_url)
        self.realtime_url: str = _base_url(
            realtime_url, "realtime_url", _as_websocket(self.run_url)
        )
        self.inline_file_limit: int = (
            DEFAULT_INLINE_FILE_LIMIT if inline_file_limit is None else inline_file_limit
        )
        self.cdn_token: object = None
        """The cached upload token of fal's CDN (an _uploads.CdnToken)."""
        self.status_streams: StreamSlots = StreamSlots(DEFAULT_MAX_CONNECTIONS)
        """The status streams this client's waits hold open; the client sizes it to its pool."""
        self.timeout: httpx.Timeout
        if timeout is None:
            self.timeout = DEFAULT_TIMEOUT
        else:
            self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries: int = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
        self.max_retry_wait: float = (
            DEFAULT_MAX_RETRY_WAIT if max_retry_wait is None else max_retry_wait
        )
        self.default_headers: dict[str, str] = dict(default_headers or {})
        # Base URLs, not hosts: behind one host (a proxy, the emulator's server) the CDN may share
        # the fal hosts' origin under another path, and must still never receive the key. The
        # scheme counts: a server naming an http:// URL on an https:// host gets no key.
        self._bases = tuple(
            f"{base}/" for base in (self.run_url, self.queue_url, self.rest_url, self.api_url)
        )
        self._fal_bases = tuple(
            (*_origin(base), base.path.rstrip("/"))
            for base in map(httpx.URL, (self.run_url, self.queue_url, self.rest_url, self.api_url))
        )

    def __repr__(self) -> str:
        return f"ClientConfig(run_url={self.run_url!r}, queue_url={self.queue_url!r})"

    def is_fal_host(self, url: str | httpx.URL) -> bool:
        """Only URLs under the configured run, queue, REST and API base URLs receive the key; CDN
        and presigned URLs never do."""
        if isinstance(url, str) and _plain_under(url, self._bases):
            # A base URL, `/` and plain path segments: what the parse below would also accept,
            # without its cost (a URL parse is most of what a request costs this client).
            return True
        try:
            target = httpx.URL(url)
        except httpx.InvalidURL:
            return False
        if {".", ".."} & set(target.path.split("/")):
            return False  # an encoded `..` (`%2e%2e`) a server may resolve to another path
        origin = _origin(target)
        return any(
            origin == (scheme, host, port)
            and (not prefix or target.path == prefix or target.path.startswith(prefix + "/"))
            for scheme, host, port, prefix in self._fal_bases
        )

    def headers_for(
        self, url: str | httpx.URL, extra: Mapping[str, str] | None, *, fal_host: bool | None = None
    ) -> dict[str, str]:
        """The headers of a request to `url`: the key only for fal's hosts (`fal_host`, when the
        caller already asked `is_fal_host`: parsing a URL is most of a request's own cost)."""
        headers = {"User-Agent": USER_AGENT, **self.default_headers, **(extra or {})}
        if self.is_fal_host(url) if fal_host is None else fal_host:
            if self._resolved_key is None:
                self._resolved_key = resolve_key(self._key)
            headers["Authorization"] = f"Key {self._resolved_key}"
        else:
            headers = {k: v for k, v in headers.items() if k.lower() != "authorization"}
        return headers
