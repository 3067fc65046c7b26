"""The one request loop: every HTTP call of the runtime is sent, retried and turned into a typed
error here, by the retry policy of its kind (read, submit, stream, upload, download, platform)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from fal_models._config import ClientConfig
from fal_models._decode import Answer
from fal_models._defaults import DEFAULT_MAX_RETRY_WAIT
from fal_models._exceptions import (
    APIConnectionError,
    APITimeoutError,
    RequestTimeoutError,
    status_error,
)
from fal_models._flow import Close, Flow, Method, NextChunk, Now, Send, Sleep
from fal_models._redaction import redact
from fal_models._retry import POLICIES, CallKind, RetryPolicy, retry_after
from fal_models._types import Omit, omit
from fal_models._urls import display_url

logger = logging.getLogger("fal_models")

T = TypeVar("T")
TimeoutArg = float | httpx.Timeout | None | Omit
Receive = Callable[[httpx.Response], Flow[T]]
"""Reads a successful response; a transport error it raises is retried like a failed send."""


@dataclass(frozen=True)
class Deadline:
    """When a whole call must end: `at` on the monotonic clock, `seconds` after it began."""

    at: float
    seconds: float


def deadline_after(timeout: float | None) -> Flow[Deadline | None]:
    """The deadline `timeout` seconds from now (None: no deadline)."""
    if timeout is None:
        return None
    now: float = yield Now()
    return Deadline(now + timeout, timeout)


@dataclass(frozen=True)
class CallOptions:
    """Per-call overrides of the client's settings."""

    timeout: TimeoutArg = omit
    max_retries: int | None = None
    headers: Mapping[str, str] | None = None
    deadline: Deadline | None = None
    """Every attempt, wait and retry of the call ends by then (RequestTimeoutError)."""


NO_OVERRIDES = CallOptions()


NEVER_SENT = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
"""Transport errors raised before a request's bytes left the machine: the HTTP layer refused
to send it. Not retried (a repeat fails the same way) but never "may have been enqueued"."""


def as_is(response: httpx.Response) -> Flow[httpx.Response]:
    """The response itself (a streamed one is left for the caller to read)."""
    yield from ()
    return response


def read_body(response: httpx.Response) -> Flow[httpx.Response]:
    """The response with its whole body read, and its connection released."""
    yield Close(response)
    return response


ERROR_BODY_LIMIT = 1 << 20
"""The most of an error answer's body that is read: fal's `detail` fits, and the error keeps
only an excerpt; a larger body (a hostile or broken server's) is never held."""


def _error_head(response: httpx.Response) -> Flow[httpx.Response]:
    """An error answer with at most ERROR_BODY_LIMIT bytes of its body read, the rest dropped
    with the connection."""
    chunks: list[bytes] = []
    size = 0
    while size <= ERROR_BODY_LIMIT:
        chunk: bytes | None = yield NextChunk(response, 1 << 16)
        if chunk is None:
            break
        chunks.append(chunk)
        size += len(chunk)
    yield Close(response, drain=False)
    # The chunks are already decoded: the copy carries no encoding or length of its own.
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=b"".join(chunks)[:ERROR_BODY_LIMIT],
        request=response.request,
    )


def call(
    send: Send,
    kind: CallKind,
    max_retries: int,
    receive: Receive[T],
    *,
    deadline: Deadline | None = None,
    max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
) -> Flow[T]:
    """Send until a success that `receive` reads through, or until the policy of `kind` gives
    up: then raise the typed error of the last failure.

    With a `deadline`, each attempt's timeouts are cut to the time left and the driver ends it
    there; a retry that cannot happen before it raises RequestTimeoutError (request id unknown:
    callers that know it fill it in).

    httpx errors never escape: a transport error is retried by the policy, then raised as
    APIConnectionError (naming the request fal answered with, when its headers arrived before
    the body broke off); a body whose Content-Encoding does not decode is a
    MalformedResponseError; a redirect loop or an unusable URL an APIConnectionError at once.
    """
    policy = POLICIES[kind]
    attempt = 0
    failure: Exception | None = None
    """The last failed attempt's error, chained to a timeout."""
    may_have_been_enqueued = False
    while True:
        attempt_send = send
        if deadline is not None:
            now: float = yield Now()
            if now >= deadline.at:
                raise _timed_out(deadline, may_have_been_enqueued) from failure
            attempt_send = dataclasses.replace(
                send, timeout=_capped(send.timeout, deadline.at - now), deadline=deadline.at
            )
        response: httpx.Response | None = None
        try:
            response = yield attempt_send
            if response.is_success:
                return (yield from receive(response))
            if send.stream:
                response = yield from _error_head(response)  # for the error message
        except httpx.TransportError as exc:
            if response is not None and send.stream:
                yield Close(response, drain=False)  # the body broke off: nothing left to read
            attempt += 1
            never_sent = isinstance(exc, NEVER_SENT)
            retryable = policy.retries_error(exc) and not never_sent
            may_have_been_enqueued = policy.enqueues and not retryable and not never_sent
            time_left = yield from _time_left(deadline)
            if deadline is not None and time_left is not None and time_left <= 0:
                raise _timed_out(deadline, may_have_been_enqueued) from exc
            delay = policy.wait(attempt, time_left=time_left)
            if not retryable or attempt > max_retries or delay is None:
                error = _connection_error(
                    exc, send, policy, sent=not retryable and not never_sent, answered=response
                )
                if redact(str(exc)) != str(exc):
                    raise error from None  # the chained error would show a secret
                raise error from exc
            logger.info(
                "retrying %s %s in %.2fs after %s",
                send.method,
                display_url(send.url),
                delay,
                type(exc).__name__,
            )
            yield Sleep(delay)
            failure = exc
            continue
        except httpx.DecodingError as exc:
            if response is None:
                raise _connection_error(exc, send, policy, sent=True) from exc
            yield Close(response, drain=False)
            encoding = response.headers.get("content-encoding", "")
            raise Answer.of(response, f"answer of {send.method} {display_url(send.url)}").malformed(
                f"its {encoding} encoding does not decode", b""
            ) from exc
        except (httpx.RequestError, httpx.InvalidURL) as exc:
            # A redirect loop or a URL httpx refuses: repeating the call would change nothing.
            if response is not None and send.stream:
                yield Close(response, drain=False)
            sent = not isinstance(exc, httpx.InvalidURL)
            raise _connection_error(exc, send, policy, sent=sent) from exc
        except BaseException as exc:
            if policy.enqueues and not isinstance(exc, Exception | GeneratorExit):
                # KeyboardInterrupt or task cancellation while the POST was out: say so.
                exc.add_note(
                    f"fal may have accepted the interrupted {send.method} to "
                    f"{display_url(send.url)}; its request id is unknown"
                )
            raise
        attempt += 1
        may_have_been_enqueued = False  # fal answered: an enqueued request would be a success
        # Only an HTTP-date Retry-After needs the wall clock.
        wall = (yield Now(wall=True)) if "retry-after" in response.headers else 0.0
        refused = status_error(response)
        refused.retry_after = retry_after(response.headers, wall)
        time_left = yield from _time_left(deadline)
        delay = None
        if policy.retries_status(response) and attempt <= max_retries:
            delay = policy.wait(
                attempt, response.headers, wall, max_wait=max_retry_wait, time_left=time_left
            )
        if delay is None:
            raise refused
        logger.info(
            "retrying %s %s in %.2fs after HTTP %d",
            send.method,
            display_url(send.url),
            delay,
            response.status_code,
        )
        yield Sleep(delay)
        failure = refused


def _time_left(deadline: Deadline | None) -> Flow[float | None]:
    if deadline is None:
        return None
    now: float = yield Now()
    return deadline.at - now


def _capped(timeout: TimeoutArg, left: float) -> httpx.Timeout:
    """`timeout` with no wait longer than `left` seconds."""
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(None if isinstance(timeout, Omit) else timeout)
    return httpx.Timeout(
        connect=_least(timeout.connect, left),
        read=_least(timeout.read, left),
        write=_least(timeout.write, left),
        pool=_least(timeout.pool, left),
    )


def _least(limit: float | None, left: float) -> float:
    return left if limit is None else min(limit, left)


def _timed_out(deadline: Deadline, may_have_been_enqueued: bool) -> RequestTimeoutError:
    return RequestTimeoutError(
        None, deadline.seconds, may_have_been_enqueued=may_have_been_enqueued
    )


def _connection_error(
    exc: Exception,
    send: Send,
    policy: RetryPolicy,
    *,
    sent: bool,
    answered: httpx.Response | None = None,
) -> APIConnectionError:
    """The typed error of a call that got no usable answer. `sent`: it was not retried because
    the request may have reached fal, which matters for a paid POST. `answered`: the response
    whose body broke off; its headers may say which request fal queued."""
    timeout = isinstance(exc, httpx.TimeoutException)
    cls = APITimeoutError if timeout else APIConnectionError
    url = display_url(send.url)
    request_id = answered.headers.get("x-fal-request-id") if answered is not None else None
    if sent and policy.enqueues:
        # The body may have reached fal: repeating it could run (and bill) the job twice.
        reason = type(exc).__name__ if timeout else f"{type(exc).__name__}: {redact(str(exc))}"
        if answered is not None and request_id is not None:
            return cls(
                f"{policy.paid_call} to {url} was answered (HTTP {answered.status_code}, request "
                f"{request_id}) but the answer broke off ({reason}); it was not retried: fal "
                "may have enqueued it",
                request_id=request_id,
                may_have_been_enqueued=True,
            )
        return cls(
            f"{policy.paid_call} to {url} failed after the request was sent ({reason}); "
            "it was not retried because fal may have enqueued it",
            may_have_been_enqueued=True,
        )
    return cls(
        f"{type(exc).__name__} {policy.action} {url}: {redact(str(exc))}", request_id=request_id
    )


def request(
    config: ClientConfig,
    method: Method,
    url: str,
    *,
    kind: CallKind,
    json: Any = None,
    content: bytes | None = None,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    options: CallOptions = NO_OVERRIDES,
    stream: bool = False,
    authorization: str | None = None,
) -> Flow[httpx.Response]:
    """One call of a client: its settings, the fal key (only to fal's hosts), per-call options
    and `kind`'s retries; raises the typed error for a final error status.

    `authorization` replaces the fal key for this call (fal's CDN takes its own upload token).
    """
    retries = config.max_retries if options.max_retries is None else options.max_retries
    timeout = config.timeout if isinstance(options.timeout, Omit) else options.timeout
    fal_host = config.is_fal_host(url)
    final_headers = config.headers_for(
        url, {**(options.headers or {}), **(headers or {})}, fal_host=fal_host
    )
    if authorization is not None:
        final_headers["Authorization"] = authorization
    credentialed = "authorization" in httpx.Headers(final_headers)
    send = Send(
        method,
        url,
        final_headers,
        timeout,
        json=json,
        content=content,
        params=params,
        stream=True,
        # A redirect would carry the credential to wherever the server points, even to another
        # path (the CDN) of the same host: a credentialed request never follows one.
        follow_redirects=False if credentialed else omit,
        anonymous=not fal_host,
    )
    # Even a body read whole is read here, in the loop: when it breaks off, the headers that
    # arrived still name the request fal answered with.
    return (
        yield from call(
            send,
            kind,
            retries,
            as_is if stream else read_body,
            deadline=options.deadline,
            max_retry_wait=config.max_retry_wait,
        )
    )
