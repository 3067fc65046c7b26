"""What the environment configures: base URLs (fal-client's FAL_RUN_HOST and FAL_QUEUE_RUN_HOST,
our FAL_MODELS_*_URL), the FAL_MODELS_LOG switch, and the key of a Colab notebook's secrets.

Arguments given to a client always beat the environment; a variable set to an unusable value
raises InvalidOptionError naming the variable.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path
from typing import Any

from fal_models._exceptions import InvalidOptionError
from fal_models._options import check_url, check_websocket_url
from fal_models._redaction import RedactingFilter

__all__ = [
    "LOG_VARIABLE",
    "URL_VARIABLES",
    "colab_key",
    "configure_logging",
    "environment_url",
    "login_session",
]

URL_VARIABLES = {
    "run_url": "FAL_MODELS_RUN_URL",
    "queue_url": "FAL_MODELS_QUEUE_URL",
    "rest_url": "FAL_MODELS_REST_URL",
    "cdn_url": "FAL_MODELS_CDN_URL",
    "api_url": "FAL_MODELS_API_URL",
    "realtime_url": "FAL_MODELS_REALTIME_URL",
}
"""Client setting → the variable holding its base URL."""
RUN_HOST = "FAL_RUN_HOST"
QUEUE_HOST = "FAL_QUEUE_RUN_HOST"
LOG_VARIABLE = "FAL_MODELS_LOG"


def _get(name: str) -> str | None:
    """A variable's value without surrounding whitespace; blank counts as unset."""
    return os.environ.get(name, "").strip() or None


def _host_url(variable: str, host: str) -> str:
    """fal-client's host variables name a host (`fal.run`, `localhost:8000`), always https."""
    if "/" in host or "@" in host or "?" in host or "#" in host:
        raise InvalidOptionError(variable, "must be a host name such as fal.run, not a URL")
    url = f"https://{host}"
    check_url(variable, url)
    return url


def environment_url(setting: str) -> str | None:
    """The base URL the environment sets for a client setting (`run_url`, ...), None if none:
    FAL_MODELS_<SETTING> first, else fal-client's FAL_RUN_HOST (https://<host>) for runs and
    FAL_QUEUE_RUN_HOST (default queue.<FAL_RUN_HOST>) for the queue. Only the variables a
    setting reads are checked."""
    variable = URL_VARIABLES[setting]
    value = _get(variable)
    if value is not None:
        check = check_websocket_url if setting == "realtime_url" else check_url
        check(variable, value)
        return value
    if setting == "queue_url" and (queue_host := _get(QUEUE_HOST)) is not None:
        return _host_url(QUEUE_HOST, queue_host)
    if setting in ("run_url", "queue_url") and (run_host := _get(RUN_HOST)) is not None:
        prefix = "queue." if setting == "queue_url" else ""
        return _host_url(RUN_HOST, prefix + run_host)
    return None


# ---- FAL_MODELS_LOG -------------------------------------------------------------------------

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_HTTP_LOGGERS = {logging.DEBUG: ("httpx", "httpcore"), logging.INFO: ("httpx",)}
"""At info httpx logs one line a request; at debug httpcore adds each connection step."""


class _LogHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler FAL_MODELS_LOG installs (told apart from the caller's own handlers). It masks
    secrets itself: a logger's filter does not see the records its children propagate."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)
        self.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        self.addFilter(RedactingFilter())


_logging_lock = threading.Lock()


def configure_logging() -> None:
    """With FAL_MODELS_LOG=debug or info, log fal_models (and httpx's requests) at that level on
    stderr; unset or blank, leave logging alone. Idempotent: one handler per logger."""
    value = _get(LOG_VARIABLE)
    if value is None:
        return
    level = _LEVELS.get(value.lower())
    if level is None:
        raise InvalidOptionError(LOG_VARIABLE, "must be debug or info (or unset)")
    with _logging_lock:
        for name in ("fal_models", *_HTTP_LOGGERS[level]):
            logger = logging.getLogger(name)
            logger.setLevel(level)
            if not any(isinstance(h, _LogHandler) for h in logger.handlers):
                logger.addHandler(_LogHandler())


def login_session() -> str | None:
    """The file where `fal auth login` keeps its tokens (fal-client reads it; we only name it
    when no key is found), if there is one: `$FAL_HOME_DIR/auth0_token`, default ~/.fal."""
    home = Path(_get("FAL_HOME_DIR") or "~/.fal").expanduser()
    path = home / "auth0_token"
    try:
        return str(path) if path.is_file() else None
    except OSError:
        return None


# ---- Colab ----------------------------------------------------------------------------------

_colab: dict[str, str | None] = {}
_colab_lock = threading.Lock()


def colab_key() -> str | None:
    """FAL_KEY from a Colab notebook's secrets (as fal-client reads it), asked once a process:
    Colab asks the user to grant access. None outside Colab (never imported there)."""
    if "google.colab" not in sys.modules:
        return None
    with _colab_lock:
        if "key" not in _colab:
            _colab["key"] = _read_colab_secret()
        return _colab["key"]


def _read_colab_secret() -> str | None:
    try:
        from google.colab import userdata  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        secret: Any = userdata.get("FAL_KEY")
    except Exception:  # not granted, or no such secret: Colab raises its own error types
        return None
    return secret if isinstance(secret, str) else None
