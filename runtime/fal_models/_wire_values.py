"""What an input value must be to reach fal intact as JSON: finite numbers, 64-bit integers and
valid Unicode text. Every input is checked after validation, before anything is sent."""

from __future__ import annotations

import math
from typing import Any

from pydantic import BaseModel

from fal_models._exceptions import FieldError, Loc

__all__ = ["MAX_INT", "MIN_INT", "wire_errors"]

# The bound is signed 64-bit, not JavaScript's 2**53: fal's own outputs carry seeds above 2**53
# (the webhook docs show 196619188014358660), so 2**53 would refuse a seed fal returned. 64 bits
# is what a gateway that parses JSON numbers into machine integers (Go, Rust, Java) can carry;
# beyond it a number is rejected or silently rounded on the way, and past 4300 digits Python
# cannot even write it as JSON.
MAX_INT = 2**63 - 1
MIN_INT = -(2**63)


def wire_errors(model: BaseModel) -> list[FieldError]:
    """One FieldError per value of `model` (the fields that were given, at any depth) that JSON
    cannot carry to fal as it is."""
    errors: list[FieldError] = []
    stack: list[tuple[Loc, Any]] = [((), model)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, BaseModel):
            given = [name for name in type(value).model_fields if name in value.model_fields_set]
            stack.extend(((*loc, name), getattr(value, name)) for name in reversed(given))
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                if isinstance(key, str) and not _is_unicode(key):
                    errors.append(FieldError(loc, _SURROGATE.format("a key"), "wire_text"))
                stack.append(((*loc, str(key)) if _is_unicode(str(key)) else loc, item))
        elif isinstance(value, list | tuple):
            stack.extend(((*loc, i), item) for i, item in reversed(list(enumerate(value))))
        elif (problem := _problem(value)) is not None:
            errors.append(FieldError(loc, *problem))
    return errors


_SURROGATE = "{} is not valid Unicode (it holds a lone surrogate, as a bad decode leaves)"


def _problem(value: Any) -> tuple[str, str] | None:
    """(message, error type) when JSON cannot carry this scalar to fal."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and not MIN_INT <= value <= MAX_INT:
        # The value is not shown: past 4300 digits Python refuses to write it out.
        return (
            "integer out of range: fal takes whole numbers between -2**63 and 2**63-1",
            "wire_int",
        )
    if isinstance(value, float) and not math.isfinite(value):
        return f"must be a finite number, not {value}", "wire_float"
    if isinstance(value, str) and not _is_unicode(value):
        return _SURROGATE.format("text"), "wire_text"
    return None


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
