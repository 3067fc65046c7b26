"""fal's platform headers: how a submit or run asks for a start timeout, priority, runner hint,
no server-side retry, no stored payloads and a media lifetime."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Literal

from fal_models._exceptions import InvalidOptionError
from fal_models._options import check_int, check_seconds


def queue_headers(
    *,
    start_timeout: float | None = None,
    priority: Literal["normal", "low"] | None = None,
    hint: str | None = None,
    no_retry: bool | None = None,
    store_io: bool | None = None,
    media_expires_in: int | None = None,
    extra: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """fal's platform headers for a submit or run; explicit arguments override `extra`."""
    headers = dict(extra or {})
    if start_timeout is not None:
        headers["X-Fal-Request-Timeout"] = str(
            check_seconds("start_timeout", start_timeout, above=1)
        )
    if priority is not None:
        if priority not in ("normal", "low"):
            raise InvalidOptionError("priority", "must be 'normal' or 'low'")
        headers["X-Fal-Queue-Priority"] = priority
    if hint is not None:
        headers["X-Fal-Runner-Hint"] = hint
    if no_retry:
        headers["X-Fal-No-Retry"] = "1"
    if store_io is False:
        headers["X-Fal-Store-IO"] = "0"
    if media_expires_in is not None:
        headers["X-Fal-Object-Lifecycle-Preference"] = lifecycle_preference(
            media_expires_in, "media_expires_in"
        )
    return headers


def lifecycle_preference(expires_in: int, option: str = "expires_in") -> str:
    """The value of fal's object-lifecycle headers: how long generated or uploaded media live.
    `option` names the argument in the error raised for an unusable value."""
    seconds = check_int(option, expires_in, minimum=1)
    return json.dumps({"expiration_duration_seconds": seconds})
