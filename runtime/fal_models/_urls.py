"""Where fal's calls go: queue URLs derived from an endpoint id, and URLs fit for error messages."""

from __future__ import annotations

import re
from urllib.parse import quote

import httpx

_LEGACY_ID = re.compile(r"^([0-9]+)-([a-zA-Z0-9-]+)$")
_NAMESPACES = ("workflows", "comfy")


def app_base(endpoint_id: str) -> str:
    """`[namespace/]owner/alias` of an endpoint id: queue status/result/cancel drop the sub-path."""
    if "/" not in endpoint_id:
        match = _LEGACY_ID.match(endpoint_id)
        if not match:
            raise ValueError(f"invalid endpoint id {endpoint_id!r}: expected owner/alias[/path]")
        return f"{match.group(1)}/{match.group(2)}"
    parts = endpoint_id.split("/")
    if parts[0] in _NAMESPACES:
        if len(parts) < 3:
            raise ValueError(
                f"invalid endpoint id {endpoint_id!r}: expected {parts[0]}/owner/alias"
            )
        return "/".join(parts[:3])
    return "/".join(parts[:2])


def submit_url(queue_url: str, endpoint_id: str, webhook_url: str | None) -> str:
    """Where a submit goes: the full endpoint id, and fal's webhook parameter when given."""
    url = f"{queue_url}/{endpoint_id}"
    return f"{url}?fal_webhook={quote(webhook_url, safe='')}" if webhook_url else url


def request_urls(queue_url: str, endpoint_id: str, request_id: str) -> tuple[str, str, str]:
    """(status_url, response_url, cancel_url) for resuming a request from its id."""
    base = f"{queue_url.rstrip('/')}/{app_base(endpoint_id)}/requests/{request_id}"
    return f"{base}/status", base, f"{base}/cancel"


def display_url(url: str) -> str:
    """A URL fit for an error message: no query (presigned signatures), no long data payload."""
    if url[:5].lower() == "data:":
        return url[:40] + ("…" if len(url) > 40 else "")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return url.split("?", 1)[0][:80]
    return str(parsed.copy_with(username=None, password=None, query=None, fragment=None))
