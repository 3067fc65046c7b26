"""Checks of call options and client settings: every value usable as given, or InvalidOptionError
naming it, before any request is sent."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from fal_models._exceptions import InvalidOptionError

__all__ = [
    "check_amount",
    "check_call_options",
    "check_header_value",
    "check_headers",
    "check_int",
    "check_seconds",
    "check_timeout",
    "check_url",
]

MAX_SECONDS = 10.0**9
"""Longer than any wait fal or a socket can honour (about 31 years); above it is a mistake."""
_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
"""An HTTP header name (RFC 9110 token)."""


def _real(option: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidOptionError(option, f"expected a number of seconds, got {_kind(value)}")
    if isinstance(value, int):
        # Clamped first: an int too large for a float is still just out of range.
        return float(max(min(value, MAX_SECONDS + 1), -1))
    if not math.isfinite(value):
        raise InvalidOptionError(option, f"must be a finite number of seconds, not {value}")
    return value


def check_seconds(option: str, value: object, *, above: float = 0.0) -> float:
    """A finite number of seconds, more than `above` and at most MAX_SECONDS."""
    seconds = _real(option, value)
    if seconds <= above:
        raise InvalidOptionError(option, f"must be more than {above:g} seconds, not {seconds:g}")
    if seconds > MAX_SECONDS:
        raise InvalidOptionError(option, f"must be at most {MAX_SECONDS:g} seconds")
    return seconds


def check_amount(option: str, value: object, *, zero: bool = False) -> float:
    """A finite number above zero (with `zero`, at least zero): an amount of money or units."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidOptionError(option, f"expected a number, got {_kind(value)}")
    amount = float(value) if isinstance(value, float) or abs(value) < 2**63 else math.inf
    if not math.isfinite(amount) or amount < 0 or (amount == 0 and not zero):
        least = "at least 0" if zero else "more than 0"
        raise InvalidOptionError(option, f"must be a finite number {least}, not {value!r}")
    return amount


def check_timeout(option: str, value: object) -> None:
    """An HTTP timeout: None (no limit), seconds, or an httpx.Timeout made of those."""
    if value is None:
        return
    if isinstance(value, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            part = getattr(value, phase)
            if part is None:
                continue
            try:
                check_seconds(option, part)
            except InvalidOptionError as exc:
                raise InvalidOptionError(option, f"{phase} {exc.problem}") from None
        return
    check_seconds(option, value)


def check_int(option: str, value: object, *, minimum: int, maximum: int = 2**63 - 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidOptionError(option, f"expected a whole number, got {_kind(value)}")
    if value < minimum:
        raise InvalidOptionError(option, f"must be {minimum} or more")
    if value > maximum:
        raise InvalidOptionError(option, f"must be at most {maximum}")
    return value


def check_header_value(option: str, value: object) -> None:
    """Text an HTTP header can carry: ASCII without control characters (a tab aside)."""
    if not isinstance(value, str):
        raise InvalidOptionError(option, f"expected a str, got {_kind(value)}")
    if not value.isascii():
        raise InvalidOptionError(option, "must be ASCII text (it is sent in an HTTP header)")
    if any((c < " " and c != "\t") or c == "\x7f" for c in value):
        raise InvalidOptionError(
            option, "contains a control character (line breaks cannot go in an HTTP header)"
        )


def check_headers(option: str, value: object) -> None:
    if value is None:
        return
    if not isinstance(value, Mapping):
        raise InvalidOptionError(
            option, f"expected a mapping of header names to values, got {_kind(value)}"
        )
    for name, text in value.items():
        if not isinstance(name, str) or not _TOKEN.match(name):
            raise InvalidOptionError(option, f"{name!r} is not a valid HTTP header name")
        try:
            check_header_value(option, text)
        except InvalidOptionError as exc:
            raise InvalidOptionError(option, f"header {name!r} {exc.problem}") from None


def check_url(option: str, value: object) -> None:
    """An absolute http(s) URL that can be sent (no whitespace, control characters or lone
    surrogates). The value itself is not echoed: it may carry a secret in its query."""
    if not isinstance(value, str):
        raise InvalidOptionError(option, f"expected a URL (str), got {_kind(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidOptionError(option, "is not valid Unicode (a lone surrogate)") from None
    if any(c.isspace() or c < " " or c == "\x7f" for c in value):
        raise InvalidOptionError(option, "contains whitespace or a control character")
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL:
        raise InvalidOptionError(option, "is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidOptionError(option, "must be an absolute http:// or https:// URL")


def check_websocket_url(option: str, value: object) -> None:
    """An absolute ws(s) URL that can be sent (as `check_url` checks the http(s) ones)."""
    if not isinstance(value, str) or not value.startswith(("ws://", "wss://")):
        raise InvalidOptionError(option, "must be an absolute ws:// or wss:// URL")
    check_url(option, "http" + value.removeprefix("ws"))


def check_path(option: str, value: object) -> None:
    """A sub-path of an endpoint (`/stream`): path segments only, no query, fragment, `..`,
    whitespace or control characters."""
    if not isinstance(value, str):
        raise InvalidOptionError(option, f"expected a path (str), got {_kind(value)}")
    if any(c.isspace() or c < " " or c in "?#%\\\x7f" for c in value) or not value.isascii():
        raise InvalidOptionError(option, "must be printable ASCII path segments (no ?, #, %)")
    if ".." in value.split("/") or "." in value.split("/"):
        raise InvalidOptionError(option, "must not hold . or .. segments")


def _flag(option: str, value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidOptionError(option, f"expected True or False, got {_kind(value)}")


def _callback(option: str, value: object) -> None:
    if not callable(value):
        raise InvalidOptionError(option, f"expected a callable, got {_kind(value)}")


def _priority(option: str, value: object) -> None:
    if value not in ("normal", "low"):
        raise InvalidOptionError(option, "must be 'normal' or 'low'")


_CHECKS: Mapping[str, Callable[[str, Any], object]] = {
    "headers": check_headers,
    "timeout": check_timeout,
    "max_retries": lambda option, value: check_int(option, value, minimum=0),
    "start_timeout": lambda option, value: check_seconds(option, value, above=1.0),
    "hint": check_header_value,
    "store_io": _flag,
    "media_expires_in": lambda option, value: check_int(option, value, minimum=1),
    "strict": _flag,
    "webhook_url": check_url,
    "priority": _priority,
    "no_retry": _flag,
    "on_enqueue": _callback,
    "on_queue_update": _callback,
    "logs": _flag,
    "client_timeout": check_seconds,
    "path": check_path,
}
"""One check per option of RunOptions, SubmitOptions, (Async)SubscribeOptions and
StreamOptions."""


def check_call_options(options: Mapping[str, Any]) -> None:
    """Raise InvalidOptionError for the first option whose value cannot be used as given.
    None is "not given" for every option (for `timeout`: no time limit)."""
    for option, value in options.items():
        check = _CHECKS.get(option)
        if check is not None and value is not None:
            check(option, value)


def _kind(value: object) -> str:
    return "None" if value is None else type(value).__name__
