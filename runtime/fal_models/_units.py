"""fal's `X-Fal-Billable-Units` answer header: how many units of its price a request is billed."""

from __future__ import annotations

import math
from collections.abc import Mapping

__all__ = ["BILLABLE_UNITS", "billable_units"]

BILLABLE_UNITS = "x-fal-billable-units"


def billable_units(headers: Mapping[str, str]) -> float | None:
    """The billable units an answer's headers state; None when absent or not a finite number
    of at least zero (a header this client cannot read is not a price)."""
    raw = headers.get(BILLABLE_UNITS)
    if raw is None:
        raw = next((v for k, v in headers.items() if k.lower() == BILLABLE_UNITS), None)
    if raw is None:
        return None
    try:
        units = float(raw.strip())
    except ValueError:
        return None
    return units if math.isfinite(units) and units >= 0 else None
