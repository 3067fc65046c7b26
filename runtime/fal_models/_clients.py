"""The sync and async clients: settings, an httpx client, and a driver that runs the flows of
_queue and _uploads on it.

Every protocol decision lives in those flows; the two classes here differ only in their driver
(blocking or awaiting). A client opens its httpx client on its first request, and pricing and
batches import their modules when first called: making a client and its endpoints costs no SSL
context, and a client that only runs endpoints never loads asyncio or the Platform API's models.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Mapping
from os import PathLike
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Generic, Self, TextIO, TypeVar, Unpack, cast

import httpx

from fal_models import _uploads
from fal_models._budget import Budget
from fal_models._config import ClientConfig, ClientSettings, StreamSlots
from fal_models._defaults import DEFAULT_MAX_CONNECTIONS
from fal_models._drivers import AsyncDriver, SyncDriver
from fal_models._exceptions import InvalidOptionError
from fal_models._flow import Flow

if TYPE_CHECKING:
    from fal_models._base import OutputModel
    from fal_models._batch import BatchItem
    from fal_models._pricing import BillingEvent, Cost, UnitPrice

T = TypeVar("T")
H = TypeVar("H")


class _HttpOnDemand(Generic[H]):
    """The client's httpx client, made by the first call that needs it (from any thread: made
    once): building one loads httpcore and an SSL context with certifi's bundle (~35 ms), which
    making a client, or a process that never sends, should not pay."""

    def __init__(self, make: Callable[[], H]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self.made: H | None = None
        self._closed = False

    def __call__(self) -> H:
        http = self.made
        if http is None:
            with self._lock:
                if self._closed:
                    # What httpx raises for a closed client, so closing first behaves the same.
                    raise RuntimeError("Cannot send a request, as the client has been closed.")
                if self.made is None:
                    self.made = self._make()
                http = self.made
        return http

    def close(self) -> H | None:
        """No client is made from now on; the one made before, if any, for the caller to close."""
        with self._lock:
            self._closed = True
            return self.made


class _ClientCommon:
    _config: ClientConfig

    def __repr__(self) -> str:
        config = self._config
        return f"{type(self).__name__}(run_url={config.run_url!r}, queue_url={config.queue_url!r})"

    @property
    def run_url(self) -> str:
        return self._config.run_url

    @property
    def queue_url(self) -> str:
        return self._config.queue_url

    @property
    def config(self) -> ClientConfig:
        return self._config

    def _pool(self, limits: httpx.Limits | None) -> httpx.Limits:
        """The connection pool's limits (default 100 connections), which also size how many
        status streams this client's waits may hold open (`StreamSlots`)."""
        pool = limits or httpx.Limits(max_connections=DEFAULT_MAX_CONNECTIONS)
        self._config.status_streams = StreamSlots(pool.max_connections)
        return pool


class SyncClientBase(_ClientCommon):
    """Blocking client core. Use it as a context manager, or call `close()`."""

    def __init__(
        self,
        key: str | None = None,
        *,
        http_client: httpx.Client | None = None,
        limits: httpx.Limits | None = None,
        **settings: Unpack[ClientSettings],
    ) -> None:
        self._config = ClientConfig(key, **settings)
        pool = self._pool(limits)
        self._http = _HttpOnDemand(lambda: _http_client(pool))
        self._driver = SyncDriver(self._http if http_client is None else http_client)

    def close(self) -> None:
        """Close the connections this client opened (an `http_client=` given stays open)."""
        http = self._http.close()
        if http is not None:
            http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def upload(
        self,
        data: bytes | IO[bytes],
        content_type: str | None = None,
        file_name: str | None = None,
        *,
        expires_in: int | None = None,
    ) -> str:
        """Upload bytes to fal storage and return their URL (usable in any file input).
        The content type is guessed from the data when not given."""
        file = _uploads.local_file(data, content_type, file_name)
        return self.drive(_uploads.upload(self._config, file, expires_in=expires_in))

    def upload_file(self, path: str | PathLike[str], *, expires_in: int | None = None) -> str:
        """Upload a local file (large ones in parts, read from disk) and return its URL."""
        file = _uploads.local_file(Path(path))
        return self.drive(_uploads.upload(self._config, file, expires_in=expires_in))

    def pricing(self, endpoint_ids: str | Iterable[str]) -> dict[str, UnitPrice]:
        """The unit price of each endpoint, by id (an id fal does not price is left out).
        Asked 50 ids a call, every page followed; cached for 10 minutes."""
        from fal_models import _pricing

        ids = _pricing.check_endpoint_ids("endpoint_ids", endpoint_ids)
        return self.drive(_pricing.unit_prices(self._config, ids))

    def cost(self, output: OutputModel) -> Cost:
        """What `output` costs: fal's billable units for it × its endpoint's unit price, before
        account discounts. CostUnavailableError when either is unknown."""
        from fal_models import _pricing

        eid = output._endpoint_id
        prices = self.pricing(eid) if eid is not None and output._billable_units is not None else {}
        return _pricing.cost_of(output, prices)

    def billed_cost(self, request_id: str) -> BillingEvent | None:
        """What fal billed the request (its billing event), None when fal has none for it yet.
        Needs an admin key: otherwise BillingAccessError."""
        from fal_models import _pricing

        return self.drive(_pricing.billing_event(self._config, request_id))

    def batch(
        self,
        endpoint: Any,
        inputs: Iterable[Mapping[str, Any]],
        *,
        journal: str | PathLike[str],
        concurrency: int = 4,
        budget: Budget | None = None,
        save_to: str | PathLike[str] | None = None,
        progress: bool | TextIO | None = None,
    ) -> list[BatchItem[Any]]:
        """Submit each input to `endpoint` (an endpoint of this client, or its id) and wait for
        its output, `concurrency` at a time; one BatchItem per input, in order (`output`, or the
        FalError that ended it in `error`).

        Each request id is written to `journal` (fsync'd) before its wait: run the batch again
        with the same journal and every submitted request is resumed by its id, never submitted
        again. A journal written by another batch raises BatchJournalError. `save_to`: a
        directory where each output is saved as `<index>.json` (a resumed batch reads it back
        instead of fetching). `budget`: as for any call; a refused input ends in
        BudgetExceededError. Every input is validated before anything is sent.

        `progress`: one line on stderr, rewritten in place while the batch runs (done, in
        flight, failed, skipped by the budget, USD spent from the budget), then a summary line;
        by default only when stderr is a terminal. True: on stderr anyway; False: never; a text
        stream: there (only the summary when it is not a terminal)."""
        from fal_models import _batch

        # The generated client (this class's subclass) has `endpoint(id)`.
        found = cast(Any, self).endpoint(endpoint) if isinstance(endpoint, str) else endpoint
        batch = _batch.plan(
            found,
            inputs,
            journal=journal,
            concurrency=concurrency,
            budget=budget,
            save_to=save_to,
            progress=progress,
        )
        return _batch.run_blocking(batch, concurrency)

    def drive(self, flow: Flow[T]) -> T:
        """Run a flow to its result, performing each operation it asks for."""
        return self._driver.drive(flow)

    def iterate(self, flow: Flow[T]) -> Generator[Any, None, T]:
        """Run a flow, yielding each value it emits; returns the flow's result."""
        return self._driver.iterate(flow)


class AsyncClientBase(_ClientCommon):
    """Asyncio client core. Use it as an async context manager, or await `close()`."""

    def __init__(
        self,
        key: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        aiohttp: bool = False,
        **settings: Unpack[ClientSettings],
    ) -> None:
        self._config = ClientConfig(key, **settings)
        pool = self._pool(limits)
        if not isinstance(aiohttp, bool):
            raise InvalidOptionError("aiohttp", f"must be True or False, not {aiohttp!r}")
        if aiohttp and http_client is not None:
            raise InvalidOptionError("aiohttp", "give either aiohttp=True or your own http_client")
        make: Callable[[], httpx.AsyncClient] = (
            _aiohttp_client(pool) if aiohttp else lambda: _async_http_client(pool)
        )
        self._http = _HttpOnDemand(make)
        self._driver = AsyncDriver(self._http if http_client is None else http_client)

    async def close(self) -> None:
        """Close the connections this client opened (an `http_client=` given stays open)."""
        http = self._http.close()
        if http is not None:
            await http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def upload(
        self,
        data: bytes | IO[bytes],
        content_type: str | None = None,
        file_name: str | None = None,
        *,
        expires_in: int | None = None,
    ) -> str:
        """Upload bytes to fal storage and return their URL (usable in any file input).
        The content type is guessed from the data when not given."""
        file = _uploads.local_file(data, content_type, file_name)
        return await self.drive(_uploads.upload(self._config, file, expires_in=expires_in))

    async def upload_file(self, path: str | PathLike[str], *, expires_in: int | None = None) -> str:
        """Upload a local file (large ones in parts, read from disk) and return its URL."""
        file = _uploads.local_file(Path(path))
        return await self.drive(_uploads.upload(self._config, file, expires_in=expires_in))

    async def pricing(self, endpoint_ids: str | Iterable[str]) -> dict[str, UnitPrice]:
        """The unit price of each endpoint, by id (an id fal does not price is left out).
        Asked 50 ids a call, every page followed; cached for 10 minutes."""
        from fal_models import _pricing

        ids = _pricing.check_endpoint_ids("endpoint_ids", endpoint_ids)
        return await self.drive(_pricing.unit_prices(self._config, ids))

    async def cost(self, output: OutputModel) -> Cost:
        """What `output` costs: fal's billable units for it × its endpoint's unit price, before
        account discounts. CostUnavailableError when either is unknown."""
        from fal_models import _pricing

        eid = output._endpoint_id
        known = eid is not None and output._billable_units is not None
        prices = await self.pricing(eid) if known and eid is not None else {}
        return _pricing.cost_of(output, prices)

    async def billed_cost(self, request_id: str) -> BillingEvent | None:
        """What fal billed the request (its billing event), None when fal has none for it yet.
        Needs an admin key: otherwise BillingAccessError."""
        from fal_models import _pricing

        return await self.drive(_pricing.billing_event(self._config, request_id))

    async def batch(
        self,
        endpoint: Any,
        inputs: Iterable[Mapping[str, Any]],
        *,
        journal: str | PathLike[str],
        concurrency: int = 4,
        budget: Budget | None = None,
        save_to: str | PathLike[str] | None = None,
        progress: bool | TextIO | None = None,
    ) -> list[BatchItem[Any]]:
        """Submit each input to `endpoint` (an endpoint of this client, or its id) and wait for
        its output, `concurrency` at a time; one BatchItem per input, in order (`output`, or the
        FalError that ended it in `error`).

        Each request id is written to `journal` (fsync'd) before its wait: run the batch again
        with the same journal and every submitted request is resumed by its id, never submitted
        again. A journal written by another batch raises BatchJournalError. `save_to`: a
        directory where each output is saved as `<index>.json` (a resumed batch reads it back
        instead of fetching). `budget`: as for any call; a refused input ends in
        BudgetExceededError. Every input is validated before anything is sent.

        `progress`: one line on stderr, rewritten in place while the batch runs (done, in
        flight, failed, skipped by the budget, USD spent from the budget), then a summary line;
        by default only when stderr is a terminal. True: on stderr anyway; False: never; a text
        stream: there (only the summary when it is not a terminal)."""
        from fal_models import _batch

        # The generated client (this class's subclass) has `endpoint(id)`.
        found = cast(Any, self).endpoint(endpoint) if isinstance(endpoint, str) else endpoint
        batch = _batch.plan(
            found,
            inputs,
            journal=journal,
            concurrency=concurrency,
            budget=budget,
            save_to=save_to,
            progress=progress,
        )
        return await _batch.run_async(batch, concurrency)

    async def drive(self, flow: Flow[T]) -> T:
        """Run a flow to its result, performing each operation it asks for."""
        return await self._driver.drive(flow)

    def iterate(self, flow: Flow[Any]) -> AsyncIterator[Any]:
        """Run a flow, yielding each value it emits."""
        return self._driver.iterate(flow)


def _aiohttp_client(limits: httpx.Limits) -> Callable[[], httpx.AsyncClient]:
    """What makes an httpx.AsyncClient on aiohttp's connection pool (the `aiohttp` extra), on the
    first request like the default client; a missing extra is reported when the client is made."""
    try:
        from fal_models._aiohttp import AioHttpClient
    except ImportError as exc:
        raise InvalidOptionError(
            "aiohttp", f"needs the aiohttp extra: pip install 'fal-models[aiohttp]' ({exc})"
        ) from None
    return lambda: AioHttpClient(limits=limits)


def _http_client(limits: httpx.Limits) -> httpx.Client:
    """The blocking client's httpx client: httpx's defaults, on a pool that never closes a
    connection that another thread's request is using (see `_pool`)."""
    from fal_models import _pool  # imports httpcore, which a client that never sends skips

    return httpx.Client(limits=limits, transport=_pool.transport(limits))


def _async_http_client(limits: httpx.Limits) -> httpx.AsyncClient:
    from fal_models import _pool

    return httpx.AsyncClient(limits=limits, transport=_pool.async_transport(limits))
