"""Checks of the arguments a test passes to the emulator: a wrong one raises TypeError or
ValueError at the call, naming it, rather than failing later in a server thread."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

__all__ = [
    "check_amount",
    "check_flag",
    "check_seconds",
    "check_strings",
    "check_text",
    "check_whole",
]


def check_seconds(name: str, value: object, *, infinite: bool = False, zero: bool = True) -> float:
    """A number of seconds: finite (or `math.inf` when `infinite`), 0 or more (more than 0
    unless `zero`)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, not {_kind(value)}")
    if isinstance(value, int) and abs(value) >= 2**53:
        seconds = math.copysign(math.inf, value)
    else:
        seconds = float(value)
    if math.isnan(seconds) or (math.isinf(seconds) and not infinite) or seconds < 0:
        limits = "0 or more" + (", math.inf allowed" if infinite else ", finite")
        raise ValueError(f"{name} must be a number of seconds ({limits}), not {seconds!r}")
    if not zero and seconds == 0:
        raise ValueError(f"{name} must be more than 0 seconds")
    return seconds


def check_amount(name: str, value: object) -> float:
    """A finite number, 0 or more: a price or a count of billable units."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, not {_kind(value)}")
    amount = float(value) if isinstance(value, float) or abs(value) < 2**53 else math.inf
    if not math.isfinite(amount) or amount < 0:
        raise ValueError(f"{name} must be a finite number, 0 or more, not {value!r}")
    return amount


def check_whole(name: str, value: object, *, minimum: int, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {_kind(value)}")
    if value < minimum or (maximum is not None and value > maximum):
        bounds = f"between {minimum} and {maximum}" if maximum is not None else f"{minimum} or more"
        raise ValueError(f"{name} must be {bounds}")
    return value


def check_flag(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {_kind(value)}")


def check_text(name: str, value: object, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str):
        expected = "a str or None" if optional else "a str"
        raise TypeError(f"{name} must be {expected}, not {_kind(value)}")


def check_strings(name: str, value: object) -> list[str]:
    """A collection of str (a lone str is refused: it would be read one character at a time)."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a list of str, not {_kind(value)}")
    items: list[Any] = list(value)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{name} must hold only str, not {_kind(item)}")
    return items


def _kind(value: object) -> str:
    if value is None:
        return "None"
    try:
        shown = repr(value)
    except Exception:  # e.g. an int past 4300 digits
        shown = "..."
    return f"{type(value).__name__} {shown[:60]}"
