"""Budget: a spending limit in USD shared by clients, threads and tasks.

A paid call reserves its estimate before it is submitted and settles on its actual cost after;
arithmetic is decimal and every change happens under one lock, never held across I/O, so the
same budget is safe from threads and from asyncio tasks alike.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from decimal import Decimal

from fal_models._exceptions import BudgetExceededError
from fal_models._options import check_amount

__all__ = ["Budget", "Reservation"]


@dataclass(eq=False)
class Reservation:
    """The amount one admitted call holds until it settles."""

    endpoint_id: str
    amount: Decimal
    open: bool = True


class Budget:
    """At most `usd` dollars of paid calls. Give it to a client (`FalClient(budget=...)`) or to
    one call (`run(..., budget=...)`); share it freely.

    Before each paid submit the call's estimate (fal's per-call price) is reserved; when it
    would take more than is left the call raises BudgetExceededError and nothing is sent. After
    the call its actual cost (fal's billable units × the unit price) replaces the reservation;
    a call refused before fal enqueued it gives its reservation back.
    """

    def __init__(self, usd: float) -> None:
        self._limit = _decimal(check_amount("usd", usd, zero=True))
        self._lock = threading.Lock()
        self._spent = Decimal(0)
        self._reserved = Decimal(0)
        self._calls = 0

    def __repr__(self) -> str:
        return f"Budget(usd={float(self._limit):g}, spent={self.spent:g}, calls={self.calls})"

    @property
    def usd(self) -> float:
        """The limit."""
        return float(self._limit)

    @property
    def spent(self) -> float:
        """USD settled by finished calls (their actual cost, or their estimate when fal did not
        say what it billed)."""
        with self._lock:
            return float(self._spent)

    @property
    def reserved(self) -> float:
        """USD held by calls still running."""
        with self._lock:
            return float(self._reserved)

    @property
    def remaining(self) -> float:
        """USD left for new calls: the limit less what is spent and reserved (never below 0)."""
        with self._lock:
            return float(max(self._limit - self._spent - self._reserved, Decimal(0)))

    @property
    def calls(self) -> int:
        """Paid calls admitted (submitted), a refused one not counted."""
        with self._lock:
            return self._calls

    def reserve(self, endpoint_id: str, estimate: float) -> Reservation:
        """Hold `estimate` for one call, or raise BudgetExceededError when it does not fit."""
        amount = _decimal(estimate)
        with self._lock:
            left = self._limit - self._spent - self._reserved
            if amount > left:
                shown = float(left) if left > 0 else 0.0
                raise BudgetExceededError(endpoint_id, float(amount), shown, "USD")
            self._reserved += amount
            self._calls += 1
        return Reservation(endpoint_id, amount)

    def settle(self, reservation: Reservation, actual: float | None) -> None:
        """The call finished: `actual` (None: unknown, the estimate stands) replaces its hold."""
        with self._lock:
            if not reservation.open:
                return
            reservation.open = False
            self._reserved -= reservation.amount
            self._spent += reservation.amount if actual is None else _decimal(actual)

    def release(self, reservation: Reservation) -> None:
        """The call never reached fal: give its hold back, and do not count it."""
        with self._lock:
            if not reservation.open:
                return
            reservation.open = False
            self._reserved -= reservation.amount
            self._calls -= 1


def _decimal(value: float) -> Decimal:
    """The decimal a float was written as (0.1, not 0.1000000000000000055…)."""
    return Decimal(repr(float(value)))
