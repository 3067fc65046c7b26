"""A client of fal's models catalogue (`GET {api}/models`, fal's Platform API): every active model
with its OpenAPI document, page by page, transient failures retried within a time budget."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

# The runtime's retry policy (backoff with jitter, Retry-After and retry-after-ms honoured), so the
# project waits one way for every fal server; only the statuses and the budget are the catalogue's.
from fal_models._retry import RetryPolicy

DEFAULT_API_URL = "https://api.fal.ai/v1"
PAGE_SIZE = 100
MAX_IDS = 50  # the API takes 1-50 `endpoint_id` values per request
EXPAND = "openapi-3.0"
RETRY = RetryPolicy(statuses=frozenset({408, 429, 500, 502, 503, 504}), backoff_base=1.0)
MAX_ATTEMPTS = 6
RETRY_BUDGET = 900.0
"""Seconds from the first request after which no failed request is tried again."""


class CatalogueError(Exception):
    """The catalogue could not be read: names the request and what fal answered, never the key."""


@dataclass(frozen=True)
class ListedModel:
    """One entry of the catalogue: its OpenAPI document, or why fal gave none this time."""

    endpoint_id: str
    document: dict[str, Any] | None
    error: str | None = None


class CatalogueClient:
    """Reads `GET {api_url}/models?status=active&expand=openapi-3.0`, following `next_cursor`.

    The key (`Authorization: Key …`) is optional: fal answers without one, at a lower rate limit.
    `sleep` and `clock` are injectable so tests wait for nothing."""

    def __init__(
        self,
        api_url: str = DEFAULT_API_URL,
        key: str | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        retry_budget: float = RETRY_BUDGET,
        on_page: Callable[[int, int], None] | None = None,
    ) -> None:
        headers = {"Accept": "application/json"}
        if key:
            headers["Authorization"] = f"Key {key}"
        self.api_url = api_url.rstrip("/")
        self._key = key
        self._http = httpx.Client(headers=headers, timeout=httpx.Timeout(60.0, connect=10.0))
        self._sleep = sleep
        self._clock = clock
        self._deadline = clock() + retry_budget
        self._on_page = on_page
        self._pages = 0
        self._listed = 0

    def __enter__(self) -> CatalogueClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.close()

    def active_models(
        self, category: str | None = None, endpoint_ids: Sequence[str] = ()
    ) -> Iterator[ListedModel]:
        """Every active model (of `category`, among `endpoint_ids` when given), in fal's order."""
        chunks = [endpoint_ids[i : i + MAX_IDS] for i in range(0, len(endpoint_ids), MAX_IDS)]
        for chunk in chunks or [()]:
            params: dict[str, str | list[str]] = {
                "status": "active",
                "expand": EXPAND,
                "limit": str(PAGE_SIZE),
            }
            if category:
                params["category"] = category
            if chunk:
                params["endpoint_id"] = list(chunk)
            yield from self._pages_of(params)

    def _pages_of(self, params: dict[str, str | list[str]]) -> Iterator[ListedModel]:
        cursors: set[str] = set()
        cursor: str | None = None
        while True:
            page = self._get(params if cursor is None else {**params, "cursor": cursor})
            models = page.get("models")
            if not isinstance(models, list):
                raise self._error(f"{self._where(params)}: the answer has no `models` list")
            self._pages += 1
            self._listed += len(models)
            if self._on_page:
                self._on_page(self._pages, self._listed)
            for entry in models:
                listed = _listed(entry)
                if listed is None:
                    raise self._error(f"{self._where(params)}: an entry without an endpoint_id")
                yield listed
            cursor = page.get("next_cursor")
            if not page.get("has_more") or cursor is None:
                if page.get("has_more"):
                    raise self._error(f"{self._where(params)}: has_more without a next_cursor")
                return
            if cursor in cursors:
                raise self._error(f"{self._where(params)}: next_cursor {cursor!r} repeats")
            cursors.add(cursor)

    def _get(self, params: dict[str, str | list[str]]) -> dict[str, Any]:
        """One page; 408/429/5xx and transport errors retried with backoff until MAX_ATTEMPTS or
        the retry budget is spent."""
        where = self._where(params)
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._http.get(f"{self.api_url}/models", params=params)
            except httpx.TransportError as exc:
                failure = f"{type(exc).__name__}: {exc}"
                wait = RETRY.wait(attempt)
            else:
                if response.is_success:
                    return self._json_object(response, where)
                failure = _status_text(response)
                if not RETRY.retries_status(response):
                    raise self._error(f"{where}: {failure}")
                # A Retry-After past the time budget is not waited for (None: give up now).
                budget = self._deadline - self._clock()
                wait = RETRY.wait(attempt, response.headers, time.time(), max_wait=budget)
            if wait is None or attempt >= MAX_ATTEMPTS or self._clock() + wait > self._deadline:
                raise self._error(f"{where}: {failure} (gave up after {attempt} attempt(s))")
            self._sleep(wait)

    def _json_object(self, response: httpx.Response, where: str) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError as exc:
            raise self._error(f"{where}: the answer is not JSON ({exc})") from None
        if not isinstance(body, dict):
            raise self._error(f"{where}: the answer is not a JSON object")
        return body

    def _error(self, message: str) -> CatalogueError:
        """An error whose text never holds the key, even where a server's answer echoed it."""
        return CatalogueError(message.replace(self._key, "<redacted>") if self._key else message)

    def _where(self, params: dict[str, str | list[str]]) -> str:
        shown = httpx.QueryParams(params)
        return f"GET {self.api_url}/models?{shown}"


def _listed(entry: Any) -> ListedModel | None:
    """A catalogue entry as a ListedModel; None when it names no endpoint."""
    if not isinstance(entry, dict) or not isinstance(entry.get("endpoint_id"), str):
        return None
    endpoint_id = entry["endpoint_id"]
    document = entry.get("openapi")
    if not isinstance(document, dict):
        return ListedModel(endpoint_id, None, "no OpenAPI document in the answer")
    if "error" in document:
        error = document["error"]
        if isinstance(error, dict):
            return ListedModel(endpoint_id, None, f"{error.get('code')}: {error.get('message')}")
        return ListedModel(endpoint_id, None, str(error))
    if "paths" not in document or "components" not in document:
        return ListedModel(endpoint_id, None, "not a fal OpenAPI document (no components or paths)")
    return ListedModel(endpoint_id, document)


def _status_text(response: httpx.Response) -> str:
    """`429 rate_limited: Too many requests`, from fal's error envelope when there is one."""
    text = f"{response.status_code} {response.reason_phrase}".strip()
    try:
        error = response.json().get("error")
    except (ValueError, AttributeError):
        error = None
    if isinstance(error, dict):
        text += f" ({error.get('type', 'error')}: {error.get('message', '')})"
    if response.status_code in (401, 403):
        text += "; check FAL_KEY, or unset it: the catalogue needs no key"
    return text
