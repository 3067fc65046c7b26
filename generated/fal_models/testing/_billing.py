"""fal's Platform API for money, in memory: unit prices, cost estimates and billing events, and
the billable units each answer states (`X-Fal-Billable-Units`)."""

from __future__ import annotations

import base64
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fal_models.testing._exchange import Incoming, Reply, json_reply
from fal_models.testing._routes import Route

__all__ = ["DEFAULT_UNIT_PRICE", "PAGE_SIZE", "Billing", "Price"]

DEFAULT_UNIT_PRICE = 0.01
"""USD per unit of an endpoint whose price a test did not set."""
PAGE_SIZE = 20
"""Items per page of a listing when the request names no smaller `limit`: small, so that tests
of cursor pagination need only a few dozen ids."""


@dataclass(frozen=True)
class Price:
    """An emulated endpoint's price: `unit_price` per `unit`, and the units each call bills."""

    unit_price: float = DEFAULT_UNIT_PRICE
    unit: str = "image"
    currency: str = "USD"
    units: float = 1.0


@dataclass(frozen=True)
class _Event:
    request_id: str
    endpoint_id: str
    timestamp: str
    price: Price


class Billing:
    """The Platform API's pricing and billing routes (`pricing`, `estimate`, `billing_events`)
    and the charge of each completed request; thread-safe."""

    def __init__(self, knows: Callable[[str], bool]) -> None:
        self._knows = knows
        self._lock = threading.Lock()
        self._prices: dict[str, Price] = {}
        self._events: dict[str, _Event] = {}
        self.allow_billing_events = True
        """False answers billing events with 403, as fal does for a key without admin scope."""

    def set_price(self, endpoint_id: str, price: Price) -> None:
        with self._lock:
            self._prices[endpoint_id] = price

    def price(self, endpoint_id: str) -> Price:
        with self._lock:
            return self._prices.get(endpoint_id, Price())

    def charge(self, reply: Reply, request_id: str, endpoint_id: str) -> Reply:
        """A successful result or run answer: state its billable units, and bill them (once)."""
        price = self.price(endpoint_id)
        reply.headers["X-Fal-Billable-Units"] = f"{price.units:g}"
        with self._lock:
            if request_id not in self._events:
                now = datetime.now(UTC).isoformat()
                self._events[request_id] = _Event(request_id, endpoint_id, now, price)
        return reply

    # -- routes ----------------------------------------------------------------------------------

    def pricing(self, route: Route, incoming: Incoming) -> Reply:
        ids = [i for i in incoming.query.get("endpoint_id", "").split(",") if i]
        if not 1 <= len(ids) <= 50:
            return _error(400, "validation_error", "endpoint_id: give 1 to 50 endpoint ids")
        prices = [
            {
                "endpoint_id": eid,
                "unit_price": price.unit_price,
                "unit": price.unit,
                "currency": price.currency,
            }
            for eid in ids
            if self._knows(eid)
            for price in [self.price(eid)]
        ]
        if not prices:
            return _error(404, "not_found", "no pricing for the given endpoint ids")
        return _page(incoming, "prices", prices)

    def estimate(self, route: Route, incoming: Incoming) -> Reply:
        body = incoming.json()
        kind = body.get("estimate_type") if isinstance(body, dict) else None
        endpoints = body.get("endpoints") if isinstance(body, dict) else None
        field = {"historical_api_price": "call_quantity", "unit_price": "unit_quantity"}.get(
            kind if isinstance(kind, str) else ""
        )
        if field is None or not isinstance(endpoints, dict) or not endpoints:
            return _error(400, "validation_error", "estimate_type and endpoints are required")
        total = 0.0
        for eid, quantity in endpoints.items():
            amount = quantity.get(field) if isinstance(quantity, dict) else None
            if isinstance(amount, bool) or not isinstance(amount, int | float) or amount <= 0:
                return _error(400, "validation_error", f"endpoints.{eid}.{field} is required")
            if not self._knows(eid):
                return _error(404, "not_found", f"endpoint {eid} not found")
            price = self.price(eid)
            units = amount * price.units if field == "call_quantity" else amount
            total += units * price.unit_price
        return json_reply(200, {"estimate_type": kind, "total_cost": total, "currency": "USD"})

    def billing_events(self, route: Route, incoming: Incoming) -> Reply:
        if not self.allow_billing_events:
            return _error(403, "authorization_error", "this operation requires an admin API key")
        wanted = incoming.query.get("request_id")
        with self._lock:
            events = [e for e in self._events.values() if wanted in (None, e.request_id)]
        return _page(incoming, "billing_events", [_event(e) for e in events])


def _event(event: _Event) -> dict[str, Any]:
    price = event.price
    cost = price.units * price.unit_price
    return {
        "request_id": event.request_id,
        "endpoint_id": event.endpoint_id,
        "timestamp": event.timestamp,
        "output_units": price.units,
        "unit_price": price.unit_price,
        "percent_discount": None,
        "cost_subtotal": cost,
        "cost_discount": 0.0,
        "cost_total": cost,
        "cost_estimate_nano_usd": round(cost * 1e9),
    }


def _page(incoming: Incoming, name: str, items: list[dict[str, Any]]) -> Reply:
    """One page of a listing: fal's opaque cursor encodes the page number."""
    try:
        page = int(base64.b64decode(incoming.query.get("cursor", "") or "MA==").decode())
        limit = min(int(incoming.query.get("limit", PAGE_SIZE)), PAGE_SIZE)
    except ValueError:
        return _error(400, "validation_error", "cursor or limit is malformed")
    start = page * max(limit, 1)
    chunk = items[start : start + limit]
    more = start + limit < len(items)
    cursor = base64.b64encode(str(page + 1).encode()).decode() if more else None
    return json_reply(200, {name: chunk, "next_cursor": cursor, "has_more": more})


def _error(status: int, kind: str, message: str) -> Reply:
    """The Platform API's error envelope."""
    request_id = str(uuid.uuid4())
    body = {"error": {"type": kind, "message": message, "request_id": request_id}}
    return json_reply(status, body, request_id)
