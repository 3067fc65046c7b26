"""fal's platform headers: how a submit or run asks for a start timeout, priority, runner hint,
no server-side retry, no stored payloads and a media lifetime."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Literal


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
        if start_timeout <= 1:
            raise ValueError("start_timeout must be more than 1 second")
        headers["X-Fal-Request-Timeout"] = str(float(start_timeout))
    if priority is not None:
        if priority not in ("normal", "low"):
            raise ValueError("priority must be 'normal' or 'low'")
        headers["X-Fal-Queue-Priority"] = priority
    if hint is not None:
        headers["X-Fal-Runner-Hint"] = hint
    if no_retry:
        headers["X-Fal-No-Retry"] = "1"
    if store_io is False:
        headers["X-Fal-Store-IO"] = "0"
    if media_expires_in is not None:
        if media_expires_in <= 0:
            raise ValueError("media_expires_in must be a positive number of seconds")
        headers["X-Fal-Object-Lifecycle-Preference"] = lifecycle_preference(media_expires_in)
    return headers


def lifecycle_preference(expires_in: int) -> str:
    """The value of fal's object-lifecycle headers: how long generated or uploaded media live."""
    return json.dumps({"expiration_duration_seconds": int(expires_in)})
