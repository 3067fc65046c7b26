"""Keeps secrets out of text: credentials, key-like values and URL query strings are masked, and a
logging filter masks them in every record of fal_models and of the HTTP libraries under it."""

from __future__ import annotations

import logging
import re

from fal_models._urls import display_url

__all__ = ["REDACTED", "install_log_filter", "redact"]

REDACTED = "<redacted>"

_URL = re.compile(r"""\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s'"<>`\\]+""")
_AUTHORIZATION = re.compile(
    r"""((?:proxy-)?authorization['"]?\s*[:=,]\s*b?['"]?)[^'"\r\n]+""", re.IGNORECASE
)
_ILLEGAL_HEADER = re.compile(
    r"""(Illegal header (?:value|name) )(b?'(?:[^'\\]|\\.)*'|b?"(?:[^"\\]|\\.)*")"""
)
"""h11's refusal to send a header quotes its value, which may be any header's secret."""
_SCHEME_CREDENTIAL = re.compile(
    r"""(?<![\w-])((?:Key|Bearer|Basic|Token)\s+)(?!<redacted>)[^\s'",;)\]}>]{6,}"""
)
# `name=value` (queries, forms) and `"name": "value"` (JSON, dict reprs) for names that hold
# credentials: openai_api_key, fal_key, access_token, client_secret, password, signature, ...
_NAMED_SECRET = re.compile(
    r"""(\b[\w-]*(?:key|secret|token|password|passwd|signature|credentials?)"""
    r"""(?:=|['"]\s*:\s*b?['"]))(?!<redacted>)[^\s'"&;,)}\]]+""",
    re.IGNORECASE,
)

_LOGGERS = ("fal_models", "httpx", "httpcore", "h11", "h2", "hpack", "websockets")
"""Loggers (and their children) whose records are filtered: ours and our HTTP and WebSocket
stacks' (websockets logs a realtime socket's request line, its token in the query, at DEBUG)."""
_KNOWN_CHILDREN = (
    "fal_models.testing",
    "websockets.client",
    "websockets.server",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack.hpack",
    "hpack.table",
    "h2.connection",
)


def redact(text: str) -> str:
    """`text` with URLs shown without query or user info and every credential masked."""
    text = _URL.sub(_display, text)
    text = _ILLEGAL_HEADER.sub(rf"\1{REDACTED}", text)
    text = _AUTHORIZATION.sub(rf"\1{REDACTED}", text)
    text = _SCHEME_CREDENTIAL.sub(rf"\1{REDACTED}", text)
    return _NAMED_SECRET.sub(rf"\1{REDACTED}", text)


def _display(match: re.Match[str]) -> str:
    url = match.group(0)
    if not any(c in url for c in "?@#"):
        return url
    shown = display_url(url)
    return f"{shown}?{REDACTED}" if "?" in url else shown


class RedactingFilter(logging.Filter):
    """Rewrites a record whose text (message, arguments, traceback) would show a secret; never
    drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        if record.exc_info and not record.exc_text:
            shown = logging.Formatter().formatException(record.exc_info)
            if redact(shown) != shown:
                # Formatters print exc_text when set; those reading exc_info get nothing to leak.
                record.exc_text, record.exc_info = redact(shown), None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_FILTER = RedactingFilter()


def install_log_filter() -> None:
    """Attach the filter to our loggers and the HTTP libraries' (idempotent). A logger-level
    filter sees only its own logger's records, so each child logger gets it too: the known ones
    now (created if needed, so a library importing later finds it there), and any other child
    that exists when this runs."""
    names = {*_LOGGERS, *_KNOWN_CHILDREN}
    names.update(
        name for name in list(logging.root.manager.loggerDict) if name.partition(".")[0] in _LOGGERS
    )
    for name in names:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
