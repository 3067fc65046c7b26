"""The names the emulator (testing.py) still imports from here; they live in _defaults and _urls.

Delete this module once testing imports them from there.
"""

from __future__ import annotations

from fal_models._defaults import (
    DEFAULT_CDN_URL,
    DEFAULT_QUEUE_URL,
    DEFAULT_REST_URL,
    DEFAULT_RUN_URL,
)
from fal_models._urls import app_base

__all__ = [
    "DEFAULT_CDN_URL",
    "DEFAULT_QUEUE_URL",
    "DEFAULT_REST_URL",
    "DEFAULT_RUN_URL",
    "app_base",
]
