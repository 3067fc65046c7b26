"""Client settings shared by both clients: credentials, hosts, timeouts, headers."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx

from fal_models._exceptions import MissingCredentialsError
from fal_models._protocol import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_QUEUE_URL,
    DEFAULT_RUN_URL,
    DEFAULT_TIMEOUT,
)
from fal_models._version import __version__

USER_AGENT = f"fal-models/{__version__} (python)"


def resolve_key(explicit: str | None) -> str:
    """The explicit key, else FAL_KEY, else FAL_KEY_ID:FAL_KEY_SECRET; resolved on first use."""
    if explicit:
        return explicit
    env = os.environ.get("FAL_KEY")
    if env:
        return env
    key_id, secret = os.environ.get("FAL_KEY_ID"), os.environ.get("FAL_KEY_SECRET")
    if key_id and secret:
        return f"{key_id}:{secret}"
    raise MissingCredentialsError()


class ClientConfig:
    """Settings of one client. The key is resolved on first use and never shown in a repr."""

    def __init__(
        self,
        key: str | None = None,
        *,
        run_url: str | None = None,
        queue_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._key = key
        self._resolved_key: str | None = None
        self.run_url = (run_url or DEFAULT_RUN_URL).rstrip("/")
        self.queue_url = (queue_url or DEFAULT_QUEUE_URL).rstrip("/")
        if timeout is None:
            self.timeout = DEFAULT_TIMEOUT
        else:
            self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
        self.default_headers = dict(default_headers or {})
        self._fal_hosts = {httpx.URL(self.run_url).netloc, httpx.URL(self.queue_url).netloc}

    def __repr__(self) -> str:
        return f"ClientConfig(run_url={self.run_url!r}, queue_url={self.queue_url!r})"

    def is_fal_host(self, url: str | httpx.URL) -> bool:
        """Only the configured fal hosts receive the key; CDN and presigned URLs never do."""
        return httpx.URL(url).netloc in self._fal_hosts

    def headers_for(self, url: str | httpx.URL, extra: Mapping[str, str] | None) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, **self.default_headers, **(extra or {})}
        if self.is_fal_host(url):
            if self._resolved_key is None:
                self._resolved_key = resolve_key(self._key)
            headers["Authorization"] = f"Key {self._resolved_key}"
        else:
            headers = {k: v for k, v in headers.items() if k.lower() != "authorization"}
        return headers
