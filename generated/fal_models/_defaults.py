"""Default settings of the clients and downloads: fal's base URLs, timeouts, retries and limits."""

from __future__ import annotations

import httpx

DEFAULT_RUN_URL = "https://fal.run"
DEFAULT_QUEUE_URL = "https://queue.fal.run"
DEFAULT_REST_URL = "https://rest.fal.ai"
DEFAULT_CDN_URL = "https://v3.fal.media"
DEFAULT_API_URL = "https://api.fal.ai/v1"
"""fal's Platform API: pricing, estimates, billing events."""
DEFAULT_INLINE_FILE_LIMIT = 1024 * 1024
"""Local files up to this size (bytes) are sent inline as data URIs; larger ones are uploaded."""
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_WAIT = 60.0
"""The longest a retry waits for a server's Retry-After; a longer one raises at once."""
DEFAULT_TIMEOUT = httpx.Timeout(120.0, connect=10.0)
DEFAULT_MAX_CONNECTIONS = 100
"""The clients' connection pool (`limits=httpx.Limits(...)` changes it)."""
DOWNLOAD_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""Of the httpx client a download opens when the caller gives none."""
