"""A paid call under a Budget: reserve fal's per-call estimate before the submit, then settle on
the actual cost (billable units × unit price), or give the reservation back when fal provably
never took the call. Prices (and the Platform API's models) load only when a budget needs them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from fal_models._base import OutputModel
from fal_models._budget import Budget, Reservation
from fal_models._config import ClientConfig
from fal_models._exceptions import (
    APIConnectionError,
    APIStatusError,
    CostUnavailableError,
    InvalidOptionError,
    RequestTimeoutError,
)
from fal_models._flow import Flow

__all__ = ["Spend", "admit", "budget_of", "keep_estimate", "never_enqueued", "spend"]

T = TypeVar("T")


def budget_of(config: ClientConfig, given: object) -> Budget | None:
    """The call's budget (`budget=`), else the client's."""
    budget = config.budget if given is None else given
    if budget is not None and not isinstance(budget, Budget):
        raise InvalidOptionError("budget", f"expected a Budget, got {type(budget).__name__}")
    return budget


@dataclass
class Spend:
    """One admitted call's hold on its budget."""

    config: ClientConfig
    budget: Budget
    reservation: Reservation

    def settle_output(self, output: OutputModel) -> Flow[None]:
        """Replace the hold with the output's actual cost (the estimate stands when fal sent no
        billable units or has no price)."""
        yield from self.settle_units(output._billable_units)

    def settle_units(self, units: float | None) -> Flow[None]:
        actual: float | None = None
        if units is not None:
            from fal_models import _pricing

            endpoint_id = self.reservation.endpoint_id
            prices = yield from _pricing.unit_prices(self.config, [endpoint_id])
            price = prices.get(endpoint_id)
            if price is not None and price.currency == "USD":
                actual = units * price.unit_price
        self.budget.settle(self.reservation, actual)

    def settle_error(self, exc: BaseException, *, enqueued: bool, queued: bool) -> Flow[None]:
        """A call that raised: never enqueued, the hold goes back; else billed units settle it,
        and without them the estimate stands."""
        if not enqueued and never_enqueued(exc, queued=queued):
            self.budget.release(self.reservation)
        elif isinstance(exc, APIStatusError) and exc.billable_units is not None:
            yield from self.settle_units(exc.billable_units)
        else:
            self.budget.settle(self.reservation, None)


def admit(config: ClientConfig, endpoint_id: str, budget: Budget) -> Flow[Spend]:
    """Reserve the call's estimate on `budget` (BudgetExceededError when it does not fit)."""
    from fal_models import _pricing

    found = yield from _pricing.estimate(config, endpoint_id, calls=1, units=None)
    if found.currency != "USD":
        raise CostUnavailableError(
            f"{endpoint_id} is priced in {found.currency}; a Budget counts USD"
        )
    return Spend(config, budget, budget.reserve(endpoint_id, found.total_cost))


def never_enqueued(exc: BaseException, *, queued: bool) -> bool:
    """Whether a failed submit (`queued`) or run provably never reached a runner: the connection
    failed before fal could have it, or fal answered with an error status and billed nothing
    (any status for the queue, which answers 200 once it holds a request; a client error for a
    run, where a 5xx may come from a runner that worked)."""
    if isinstance(exc, APIStatusError):
        return exc.billable_units is None and (queued or exc.status_code < 500)
    if isinstance(exc, APIConnectionError):
        return not exc.may_have_been_enqueued and exc.request_id is None
    if isinstance(exc, RequestTimeoutError):
        return exc.request_id is None and not exc.may_have_been_enqueued
    return False


def spend(
    config: ClientConfig,
    endpoint_id: str,
    budget: Budget | None,
    work: Callable[[], Flow[T]],
    settle: Callable[[Spend, T], Flow[None]],
    *,
    queued: bool,
    enqueued: Callable[[], bool] = lambda: False,
) -> Flow[T]:
    """Run `work()` (the paid part of a call) under `budget`, settling it with `settle`.
    `queued`: the call is a queue submit (else a run). `enqueued()` says whether fal has taken
    the call, once `work` raised (a subscribe knows)."""
    if budget is None:
        return (yield from work())
    held = yield from admit(config, endpoint_id, budget)
    try:
        result = yield from work()
    except BaseException as exc:
        yield from held.settle_error(exc, enqueued=enqueued(), queued=queued)
        raise
    yield from settle(held, result)
    return result


def keep_estimate(held: Spend, result: Any) -> Flow[None]:
    """Settle a submit: its result may be fetched anywhere, so the estimate stands."""
    yield from ()
    held.budget.settle(held.reservation, None)
