"""What fal's work costs, from its Platform API: unit prices (batched, paginated, cached),
estimates before a call, billing events after it, and an output's cost (billable units × price).

Each function is a flow (see _flow), run by either client; every call goes through the one
request loop with the "platform" retry policy.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from fal_models._base import OutputModel
from fal_models._config import ClientConfig
from fal_models._decode import json_answer
from fal_models._exceptions import (
    BillingAccessError,
    CostUnavailableError,
    InvalidOptionError,
    PermissionDeniedError,
)
from fal_models._flow import Flow, Now
from fal_models._options import check_amount
from fal_models._platform_models import (
    BillingEvent,
    BillingEventsPage,
    CostEstimate,
    PricesPage,
    UnitPrice,
)
from fal_models._request import request

__all__ = [
    "BillingEvent",
    "Cost",
    "CostEstimate",
    "PriceCache",
    "UnitPrice",
    "billing_event",
    "check_endpoint_ids",
    "check_quantity",
    "cost_of",
    "estimate",
    "unit_prices",
]

PRICE_TTL = 600.0
"""Seconds a unit price or a per-call estimate is reused before fal is asked again."""
BATCH = 50
"""Endpoint ids per pricing call: fal's limit."""
MAX_PAGES = 100
"""Pages followed per call: a cursor that never ends is a broken server, not more prices."""


@dataclass(frozen=True)
class Cost:
    """An output's cost: `units` (fal's `X-Fal-Billable-Units`) × `unit_price`, before any
    account discount (`client.billed_cost(request_id)` has the exact charge)."""

    amount: float
    currency: str
    units: float
    unit_price: float
    unit: str
    endpoint_id: str
    request_id: str | None


class PriceCache:
    """Unit prices and per-call estimates of one client, each kept PRICE_TTL seconds;
    thread-safe (the flows of many threads and tasks share it)."""

    def __init__(self, ttl: float | None = None) -> None:
        self.ttl = PRICE_TTL if ttl is None else ttl
        self._lock = threading.Lock()
        self._prices: dict[str, tuple[float, UnitPrice]] = {}
        self._estimates: dict[str, tuple[float, CostEstimate]] = {}

    def prices(self, endpoint_ids: Iterable[str], now: float) -> dict[str, UnitPrice]:
        with self._lock:
            return {
                eid: entry[1]
                for eid in endpoint_ids
                if (entry := self._prices.get(eid)) is not None and entry[0] > now
            }

    def store_prices(self, prices: Iterable[UnitPrice], now: float) -> None:
        with self._lock:
            for price in prices:
                self._prices[price.endpoint_id] = (now + self.ttl, price)

    def call_estimate(self, endpoint_id: str, now: float) -> CostEstimate | None:
        with self._lock:
            entry = self._estimates.get(endpoint_id)
        return entry[1] if entry is not None and entry[0] > now else None

    def store_call_estimate(self, endpoint_id: str, found: CostEstimate, now: float) -> None:
        with self._lock:
            self._estimates[endpoint_id] = (now + self.ttl, found)


_CACHE_LOCK = threading.Lock()


def cache_of(config: ClientConfig) -> PriceCache:
    """The client's price cache, made on first use."""
    with _CACHE_LOCK:
        if not isinstance(config.prices, PriceCache):
            config.prices = PriceCache()
        return config.prices


def check_endpoint_ids(option: str, endpoint_ids: object) -> list[str]:
    """One endpoint id or several, as a list without repeats; InvalidOptionError otherwise."""
    ids = [endpoint_ids] if isinstance(endpoint_ids, str) else endpoint_ids
    if not isinstance(ids, Iterable) or isinstance(ids, bytes | Mapping):
        raise InvalidOptionError(option, "expected an endpoint id or a list of them")
    found: list[str] = []
    for eid in ids:
        if not isinstance(eid, str) or not eid.strip() or eid != eid.strip():
            raise InvalidOptionError(option, f"{eid!r} is not an endpoint id")
        if eid not in found:
            found.append(eid)
    if not found:
        raise InvalidOptionError(option, "no endpoint id given")
    return found


def unit_prices(config: ClientConfig, endpoint_ids: list[str]) -> Flow[dict[str, UnitPrice]]:
    """The unit prices of `endpoint_ids` (an id fal does not price is left out): from the cache,
    else asked 50 ids a call, following fal's cursor through every page."""
    cache = cache_of(config)
    now: float = yield Now()
    found = cache.prices(endpoint_ids, now)
    missing = [eid for eid in endpoint_ids if eid not in found]
    for start in range(0, len(missing), BATCH):
        params = {"endpoint_id": ",".join(missing[start : start + BATCH])}
        fetched: list[UnitPrice] = []
        for page in (yield from _pages(config, "/models/pricing", params, PricesPage)):
            fetched.extend(page.prices)
        cache.store_prices(fetched, now)
        found.update((price.endpoint_id, price) for price in fetched)
    return {eid: found[eid] for eid in endpoint_ids if eid in found}


def estimate(
    config: ClientConfig, endpoint_id: str, *, calls: int | None, units: float | None
) -> Flow[CostEstimate]:
    """fal's estimate for `calls` calls (its `historical_api_price`) or for `units` billing units
    (`unit_price`) of one endpoint. The estimate of one call is cached."""
    cache = cache_of(config)
    now: float = yield Now()
    if calls == 1 and (cached := cache.call_estimate(endpoint_id, now)) is not None:
        return cached
    if calls is not None:
        body: dict[str, Any] = {
            "estimate_type": "historical_api_price",
            "endpoints": {endpoint_id: {"call_quantity": calls}},
        }
    else:
        body = {"estimate_type": "unit_price", "endpoints": {endpoint_id: {"unit_quantity": units}}}
    response = yield from request(
        config, "POST", f"{config.api_url}/models/pricing/estimate", json=body, kind="platform"
    )
    found = json_answer(response, "estimate answer", CostEstimate.model_validate)
    if calls == 1:
        cache.store_call_estimate(endpoint_id, found, now)
    return found


def check_quantity(calls: object, units: object) -> tuple[int | None, float | None]:
    """`calls` (a whole number ≥ 1) or `units` (a number > 0), exactly one; `calls=1` when
    neither is given."""
    if calls is not None and units is not None:
        raise InvalidOptionError("units", "give calls or units, not both")
    if units is not None:
        return None, check_amount("units", units)
    calls = 1 if calls is None else calls
    if isinstance(calls, bool) or not isinstance(calls, int) or calls < 1:
        raise InvalidOptionError("calls", f"must be a whole number of at least 1, not {calls!r}")
    return calls, None


def billing_event(config: ClientConfig, request_id: str) -> Flow[BillingEvent | None]:
    """What fal billed `request_id` (None: no billing event for it yet, or it is older than
    fal's default window of 24 hours). A key without access raises BillingAccessError."""
    if not isinstance(request_id, str) or not request_id.strip():
        raise InvalidOptionError("request_id", f"{request_id!r} is not a request id")
    try:
        pages = yield from _pages(
            config, "/models/billing-events", {"request_id": request_id}, BillingEventsPage
        )
    except PermissionDeniedError as exc:
        raise BillingAccessError(
            f"{exc} (billing events need an admin key; client.cost(output) prices a result "
            "from its billable units without one)",
            status_code=exc.status_code,
            headers=exc.headers,
            body=exc.body,
            request_id=exc.request_id,
            error_type=exc.error_type,
        ) from None
    for page in pages:
        for event in page.billing_events:
            if event.request_id == request_id:
                return event
    return None


def cost_of(output: OutputModel, prices: Mapping[str, UnitPrice]) -> Cost:
    """`output`'s billable units × its endpoint's unit price."""
    units = output._billable_units
    endpoint_id = output._endpoint_id
    if endpoint_id is None:
        raise CostUnavailableError(
            f"{type(output).__name__} does not say which endpoint produced it; only outputs "
            "of run, subscribe or a handle's result can be priced"
        )
    if units is None:
        raise CostUnavailableError(
            f"fal sent no X-Fal-Billable-Units for request {output._request_id} of "
            f"{endpoint_id}; client.billed_cost(request_id) reads what it was billed"
        )
    price = prices.get(endpoint_id)
    if price is None:
        raise CostUnavailableError(f"fal has no unit price for {endpoint_id}")
    return Cost(
        amount=units * price.unit_price,
        currency=price.currency,
        units=units,
        unit_price=price.unit_price,
        unit=price.unit,
        endpoint_id=endpoint_id,
        request_id=output._request_id,
    )


PageT = TypeVar("PageT", PricesPage, BillingEventsPage)


def _pages(
    config: ClientConfig, path: str, params: dict[str, str], page_model: type[PageT]
) -> Flow[list[PageT]]:
    """Every page of a Platform API listing, following `next_cursor` while `has_more`."""
    pages: list[PageT] = []
    cursor: str | None = None
    seen: set[str] = set()
    while len(pages) < MAX_PAGES:
        query = params if cursor is None else {**params, "cursor": cursor}
        response = yield from request(
            config, "GET", f"{config.api_url}{path}", params=query, kind="platform"
        )
        page = json_answer(response, f"answer of {path}", page_model.model_validate)
        pages.append(page)
        cursor = page.next_cursor
        if not page.has_more or not cursor or cursor in seen:
            break
        seen.add(cursor)
    return pages
