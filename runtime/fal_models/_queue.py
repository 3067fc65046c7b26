"""The queue's flows: submit, status, the status stream with its polling fallback, result, cancel.

Each function is a flow (see _flow): both clients run the same code, blocking or awaiting.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar, overload

import httpx

from fal_models._base import OutputModel
from fal_models._config import ClientConfig, StreamSlots
from fal_models._decode import Answer, json_answer, output, with_text
from fal_models._exceptions import (
    APIConnectionError,
    APIStatusError,
    MalformedResponseError,
    RequestFailedError,
    RequestTimeoutError,
)
from fal_models._flow import Callback, Close, Emit, Flow, NextLine, Now, Sleep
from fal_models._request import NO_OVERRIDES, CallOptions, deadline_after, request
from fal_models._sse import SseEvents
from fal_models._status import (
    Completed,
    InProgress,
    LogEntry,
    QueueStatus,
    UnknownStatus,
    parse_status,
)
from fal_models._urls import request_urls, submit_url

logger = logging.getLogger("fal_models")

OutT = TypeVar("OutT", bound=OutputModel)
T = TypeVar("T")

STREAM_IDLE_TIMEOUT = 60.0
"""Seconds without a byte on the status stream before it is reopened (fal sends keep-alives)."""
STREAM_RECONNECTS = 3
"""Status streams in a row that may end early (before `STREAM_HEALTHY` seconds) before waiting
falls back to polling. A stream that lasted longer resets the count: it may be reopened for
as long as the request runs."""
STREAM_HEALTHY = 10.0
"""Seconds a status stream must stay open to count as healthy when it ends."""
STREAM_BACKOFF = 0.25
"""Seconds before a status stream is reopened, doubled for each early end in a row (0.25 s,
0.5 s, 1 s, ...; at most `STREAM_BACKOFF_CAP`)."""
STREAM_BACKOFF_CAP = 30.0
POLL_FIRST = 0.05
"""Seconds before the second status poll; each later interval is 1.5 times the one before, up to
1 s, or a share (`POLL_SHARE`) of the time waited so far when that is longer, never more than
`POLL_CAP`: short jobs return fast, long ones cost few requests."""
POLL_SHARE = 0.2
POLL_CAP = 60.0
CANCEL_TIMEOUT = 1.0
"""Seconds the cancel sent after a deadline or an interruption may take, retries included."""
_NO_STREAM_STATUS = frozenset({404, 405, 406, 501})


@dataclass(frozen=True)
class RequestRef(Generic[OutT]):
    """What identifies a queued request: its id, its three URLs and the output type."""

    endpoint_id: str
    request_id: str
    status_url: str
    response_url: str
    cancel_url: str
    output_model: type[OutT] = field(repr=False)


def ref_fields(
    endpoint_id: str, output_model: type[OutT], queue_url: str, data: Mapping[str, Any]
) -> dict[str, Any]:
    """RequestRef fields from a submit response (or from a bare request id); a URL fal did not
    give (or gave as something else than a string) is built from the request id."""
    request_id = str(data["request_id"])
    built = dict(zip(_URL_FIELDS, request_urls(queue_url, endpoint_id, request_id), strict=True))
    given = {name: data.get(name) for name in _URL_FIELDS}
    return {
        "endpoint_id": endpoint_id,
        "request_id": request_id,
        **{
            name: url if isinstance(url, str) and url else built[name]
            for name, url in given.items()
        },
        "output_model": output_model,
    }


_URL_FIELDS = ("status_url", "response_url", "cancel_url")


def submit(
    config: ClientConfig,
    endpoint_id: str,
    body: dict[str, Any],
    *,
    webhook_url: str | None,
    headers: Mapping[str, str],
    options: CallOptions,
) -> Flow[Mapping[str, Any]]:
    """POST the input to the queue; the submit response (request id and URLs). An answer that
    does not say which request fal queued raises MalformedResponseError, with the request id
    from its `x-fal-request-id` header when fal sent one."""
    response = yield from request(
        config,
        "POST",
        submit_url(config.queue_url, endpoint_id, webhook_url),
        json=body,
        headers=headers,
        options=options,
        kind="submit",
    )
    data = json_answer(response, "submit answer", with_text("request_id"))
    logger.debug("queued %s as %s", endpoint_id, data["request_id"])
    return data


def run(
    config: ClientConfig,
    endpoint_id: str,
    body: dict[str, Any],
    output_model: type[OutT],
    *,
    headers: Mapping[str, str],
    options: CallOptions,
    strict: bool,
) -> Flow[OutT]:
    """POST the input to the run host and parse the output (no queue)."""
    response = yield from request(
        config,
        "POST",
        f"{config.run_url}/{endpoint_id}",
        json=body,
        headers=headers,
        options=options,
        kind="run",
    )
    return output(
        response,
        output_model,
        "run answer",
        request_id=None,
        strict=strict,
        endpoint_id=endpoint_id,
    )


def status(
    config: ClientConfig, ref: RequestRef[Any], *, logs: bool, options: CallOptions = NO_OVERRIDES
) -> Flow[QueueStatus]:
    response = yield from _about(
        ref,
        request(
            config,
            "GET",
            ref.status_url,
            kind="read",
            params={"logs": "1" if logs else "0"},
            options=options,
        ),
    )
    return json_answer(
        response,
        "status",
        lambda data: parse_status(data, ref.request_id),
        request_id=ref.request_id,
    )


def result(
    config: ClientConfig,
    ref: RequestRef[OutT],
    *,
    strict: bool,
    options: CallOptions = NO_OVERRIDES,
) -> Flow[OutT]:
    """The output of a completed request (fal answers 400 while it is still running)."""
    response = yield from _about(
        ref, request(config, "GET", ref.response_url, kind="read", options=options)
    )
    return output(
        response,
        ref.output_model,
        "result",
        request_id=ref.request_id,
        strict=strict,
        endpoint_id=ref.endpoint_id,
    )


def cancel(
    config: ClientConfig, ref: RequestRef[Any], *, options: CallOptions = NO_OVERRIDES
) -> Flow[None]:
    yield from _about(ref, request(config, "PUT", ref.cancel_url, kind="read", options=options))


def _about(ref: RequestRef[Any], flow: Flow[T]) -> Flow[T]:
    """Run `flow`; an error it raises names the request even when fal's answer did not."""
    try:
        return (yield from flow)
    except (APIStatusError, APIConnectionError, MalformedResponseError) as exc:
        if exc.request_id is None:
            exc.request_id = ref.request_id
        raise


def cancel_quietly(
    config: ClientConfig, ref: RequestRef[Any], options: CallOptions = NO_OVERRIDES
) -> Flow[bool]:
    """Ask fal to cancel the request, within CANCEL_TIMEOUT; whether fal accepted. A failure is
    only logged: the caller is already failing with a better error."""
    grace = yield from deadline_after(CANCEL_TIMEOUT)
    try:
        yield from cancel(config, ref, options=dataclasses.replace(options, deadline=grace))
    except RequestTimeoutError:
        logger.warning("could not cancel request %s within %g s", ref.request_id, CANCEL_TIMEOUT)
        return False
    except Exception as exc:
        logger.warning("could not cancel request %s: %s", ref.request_id, exc)
        return False
    return True


# -- waiting -------------------------------------------------------------------------------------


def poll_interval(attempt: int, waited: float = 0.0) -> float:
    """Seconds before the next status poll, after `attempt` polls and `waited` seconds of waiting:
    0.05 s growing by half to 1 s within the first 2.5 s, then a fifth of the time waited
    (a job is noticed at most 20 % late), at most 60 s. A one-hour job costs about 90 polls."""
    # The exponent is bounded: 1.5**attempt overflows a float after ~1,750 polls.
    start = min(POLL_FIRST * 1.5 ** min(attempt, 16), 1.0)
    return float(min(max(start, POLL_SHARE * waited), POLL_CAP))


def stream_backoff(early_ends: int) -> float:
    """Seconds before the status stream is reopened after `early_ends` early ends in a row."""
    return float(min(STREAM_BACKOFF * 2 ** min(early_ends, 16), STREAM_BACKOFF_CAP))


LogKey = tuple[str | None, str, str | None, str | None]


class LogCursor:
    """Hands out each log entry once. fal's polled logs are a moving time window, not a growing
    prefix; streamed ones are mostly new; a reopened stream or the switch to polling repeats
    entries already seen. An entry is known by (timestamp, message, level, source), and as many
    entries with one key are handed out as the fullest status has held (so entries without a
    timestamp, which cannot be told apart, are repeated only when more of them arrive at once)."""

    def __init__(self) -> None:
        self._seen: dict[LogKey, int] = {}

    def fresh(self, status: QueueStatus) -> QueueStatus:
        """`status` with only the log entries not handed out before."""
        if not isinstance(status, (InProgress, Completed)) or status.logs is None:
            return status
        held: dict[LogKey, int] = {}
        new: list[LogEntry] = []
        for entry in status.logs:
            key = (entry.timestamp, entry.message, entry.level, entry.source)
            held[key] = held.get(key, 0) + 1
            if held[key] > self._seen.get(key, 0):
                new.append(entry)
        for key, count in held.items():
            self._seen[key] = max(count, self._seen.get(key, 0))
        return dataclasses.replace(status, logs=new)


@dataclass
class Waiter:
    """How to wait for one request: with or without logs, within `options.deadline`."""

    config: ClientConfig
    ref: RequestRef[Any]
    logs: bool = False
    on_update: Callable[[QueueStatus], object] | None = None
    emit: bool = False
    stream: bool = True
    options: CallOptions = NO_OVERRIDES
    """Per-call overrides (timeout, retries, headers) for each status, stream, result and cancel
    call; its deadline bounds the whole wait (RequestTimeoutError)."""
    cursor: LogCursor = field(default_factory=LogCursor)
    completed: Completed | None = None
    """The request's COMPLETED status, once seen."""
    started: float | None = None
    """When waiting began (the driver's monotonic clock): polling grows with the time waited."""

    def events(self) -> Flow[Completed]:
        """Follow the request until Completed, handing each status to `on_update` (or, with
        `emit`, to the caller iterating over the flow)."""
        if self.started is None:
            self.started = yield Now()
        if self.stream:
            slots = self.config.status_streams
            if not slots.take():
                # Every slot is taken: poll until the request completes or a slot frees.
                logger.debug("%d status streams open already; polling", slots.open)
                completed = yield from self._poll(slots)
                if completed is not None:
                    return completed
            try:  # a slot is held here
                completed = yield from self._stream()
            finally:
                slots.give_back()
            if completed is not None:
                return completed
        return (yield from self._poll())

    def until_done(self) -> Flow[Completed]:
        """Wait for completion; a request that completed with an error raises."""
        completed = yield from self.events()
        if completed.error:
            raise RequestFailedError(self.ref.request_id, completed.error, completed.error_type)
        return completed

    def output(self, *, strict: bool) -> Flow[Any]:
        """Wait for completion, then fetch the typed output."""
        yield from self.until_done()
        return (yield from result(self.config, self.ref, strict=strict, options=self.options))

    def guard(self, work: Flow[T], *, cancel_on_timeout: bool, cancel_on_abandon: bool) -> Flow[T]:
        """Run `work`, a wait for this request. When it ends without the request's outcome (the
        deadline, an error, KeyboardInterrupt, task cancellation), cancel the request if it may
        still be running and the caller asked for that (`cancel_on_timeout` when the deadline
        passed, else `cancel_on_abandon`); then name the request on the exception (a note) and
        in a warning, and let the exception go on."""
        try:
            return (yield from work)
        except (GeneratorExit, RequestFailedError):
            raise
        except BaseException as exc:
            timed_out = isinstance(exc, RequestTimeoutError)
            running = self.completed is None
            cancelled = False
            try:
                if running and (cancel_on_timeout if timed_out else cancel_on_abandon):
                    cancelled = yield from cancel_quietly(self.config, self.ref, self.options)
            finally:  # even when a second interruption cuts the cancel short
                if isinstance(exc, RequestTimeoutError):
                    exc.request_id = self.ref.request_id
                    exc.cancelled, exc.completed = cancelled, not running
                self._report(exc, running=running, cancelled=cancelled)
            raise

    def _report(self, exc: BaseException, *, running: bool, cancelled: bool) -> None:
        rid, endpoint = self.ref.request_id, self.ref.endpoint_id
        resume = f"client.endpoint({endpoint!r}).handle({rid!r})"
        if cancelled:
            state = "it was cancelled"
        elif running:
            state = f"it may still be running; {resume} resumes or cancels it"
        else:
            state = f"it completed; {resume}.get() fetches its result"
        exc.add_note(f"fal request {rid}: {state}")
        logger.warning(
            "stopped waiting for fal request %s (%s) on %s: %s",
            rid,
            endpoint,
            type(exc).__name__,
            state,
        )

    def _deliver(self, status: QueueStatus) -> Flow[None]:
        if isinstance(status, UnknownStatus):
            logger.debug(
                "request %s is in a state this client does not know (%.40r); still waiting",
                status.request_id,
                status.status,
            )
        if isinstance(status, Completed):
            self.completed = status
        status = self.cursor.fresh(status)
        if self.on_update is not None:
            yield Callback(self.on_update, (status,))
        elif self.emit:
            yield Emit(status)

    def _time_left(self) -> Flow[float | None]:
        """Seconds until the deadline (None: no deadline); past it, raise RequestTimeoutError."""
        deadline = self.options.deadline
        if deadline is None:
            return None
        now: float = yield Now()
        if now >= deadline.at:
            raise RequestTimeoutError(self.ref.request_id, deadline.seconds)
        return deadline.at - now

    @overload
    def _poll(self) -> Flow[Completed]: ...
    @overload
    def _poll(self, slots: StreamSlots) -> Flow[Completed | None]: ...
    def _poll(self, slots: StreamSlots | None = None) -> Flow[Completed | None]:
        """Poll until the request completes; with `slots`, None as soon as a status stream's slot
        could be taken, after a poll or when one is given back during the sleep after it (the
        caller then streams, holding it)."""
        attempt = 0
        while True:
            current = yield from status(self.config, self.ref, logs=self.logs, options=self.options)
            yield from self._deliver(current)
            if isinstance(current, Completed):
                return current
            if slots is not None and slots.take():
                return None
            remaining = yield from self._time_left()
            now: float = yield Now()
            started = now if self.started is None else self.started
            delay = poll_interval(attempt, now - started)
            # With `slots`, a slot given back ends the sleep (the longest wait first): stream.
            yield Sleep(delay if remaining is None else min(delay, remaining), slots, started)
            if slots is not None and slots.take():
                return None
            attempt += 1

    def _stream(self) -> Flow[Completed | None]:
        """Follow `/status/stream`, reopened with backoff when it ends early; None when the
        server has no stream, or it ended early `STREAM_RECONNECTS` times in a row (then poll)."""
        early_ends = 0
        while early_ends < STREAM_RECONNECTS:
            opened: float = yield Now()
            completed = yield from self._stream_once()
            if completed is not None:
                return completed if isinstance(completed, Completed) else None
            ended: float = yield Now()
            early_ends = early_ends + 1 if ended - opened < STREAM_HEALTHY else 0
            if early_ends < STREAM_RECONNECTS:
                remaining = yield from self._time_left()
                delay = stream_backoff(max(early_ends - 1, 0))
                logger.debug("status stream ended; reopening in %.2f s", delay)
                yield Sleep(delay if remaining is None else min(delay, remaining))
        return None

    def _stream_once(self) -> Flow[Completed | Literal[False] | None]:
        """One status stream: Completed, False when the server has no stream, or None when it
        ended (or broke, or went quiet) before the request completed."""
        yield from self._time_left()
        try:
            response = yield from request(
                self.config,
                "GET",
                f"{self.ref.status_url}/stream",
                kind="read",
                params={"logs": "1" if self.logs else "0"},
                options=dataclasses.replace(
                    self.options, timeout=httpx.Timeout(STREAM_IDLE_TIMEOUT, connect=10.0)
                ),
                stream=True,
            )
        except APIStatusError as exc:
            if exc.status_code in _NO_STREAM_STATUS or exc.status_code >= 500:
                logger.debug("no status stream (HTTP %d); polling", exc.status_code)
                return False
            raise
        except APIConnectionError as exc:
            logger.debug("status stream unavailable (%s); polling", exc)
            return False
        if "text/event-stream" not in response.headers.get("content-type", ""):
            yield Close(response)
            return False
        try:
            completed = yield from self._read_events(response)
        except httpx.TimeoutException:
            completed = None
        except httpx.TransportError as exc:
            logger.debug("status stream dropped (%s); reopening", type(exc).__name__)
            completed = None
        except GeneratorExit:
            raise
        except BaseException:
            yield Close(response, drain=False)  # before a cancel needs the connection
            raise
        if completed is None:
            yield Close(response, drain=False)
            return None
        try:
            yield Close(response)  # read to its end, so that its connection can be reused
        except httpx.TransportError:
            yield Close(response, drain=False)
        return completed

    def _read_events(self, response: httpx.Response) -> Flow[Completed | None]:
        """Each status event until COMPLETED; an event that is not a status raises
        MalformedResponseError. Events of another type than `message` are not statuses."""
        answer = Answer.of(response, "status event", self.ref.request_id)
        events = SseEvents()
        while True:
            line: str | None = yield NextLine(response)
            if line is None:
                return None
            # Keep-alives and unreadable events must not outlast the deadline either.
            yield from self._time_left()
            event = events.feed(line)
            if event is None:
                continue
            current = answer.decode(event, lambda body: parse_status(body, self.ref.request_id))
            yield from self._deliver(current)
            if isinstance(current, Completed):
                return current


def wait(
    config: ClientConfig,
    ref: RequestRef[Any],
    *,
    timeout: float | None,
    logs: bool = False,
    on_update: Callable[[QueueStatus], object] | None = None,
) -> Flow[Completed]:
    """A handle's wait for completion: after `timeout` seconds, cancel the request and raise
    RequestTimeoutError."""
    deadline = yield from deadline_after(timeout)
    waiter = Waiter(
        config, ref, logs=logs, on_update=on_update, options=CallOptions(deadline=deadline)
    )
    return (
        yield from waiter.guard(
            waiter.until_done(), cancel_on_timeout=True, cancel_on_abandon=False
        )
    )


def wait_result(
    config: ClientConfig, ref: RequestRef[OutT], *, timeout: float | None, strict: bool
) -> Flow[OutT]:
    """A handle's wait for the typed output, fetch included, within `timeout` seconds: then
    cancel the request (unless it completed) and raise RequestTimeoutError."""
    deadline = yield from deadline_after(timeout)
    waiter = Waiter(config, ref, options=CallOptions(deadline=deadline))
    output: OutT = yield from waiter.guard(
        waiter.output(strict=strict), cancel_on_timeout=True, cancel_on_abandon=False
    )
    return output


def subscribe(
    config: ClientConfig,
    endpoint_id: str,
    output_model: type[OutT],
    body: dict[str, Any],
    *,
    webhook_url: str | None,
    headers: Mapping[str, str],
    options: CallOptions,
    on_enqueue: Callable[[str], object] | None,
    on_queue_update: Callable[[QueueStatus], object] | None,
    logs: bool,
    client_timeout: float | None,
    strict: bool,
    cancel_on_abandon: bool = True,
) -> Flow[OutT]:
    """Submit, wait (stream, else poll) and fetch the typed output, all within `client_timeout`
    (RequestTimeoutError), counted from now unless `options` brings the call's deadline. Once
    fal has the request, a wait that ends without its output (the deadline, an error,
    KeyboardInterrupt, task cancellation) cancels it unless `cancel_on_abandon` is False, and
    names it on the exception and in a warning."""
    if options.deadline is None:
        options = dataclasses.replace(options, deadline=(yield from deadline_after(client_timeout)))
    data = yield from submit(
        config, endpoint_id, body, webhook_url=webhook_url, headers=headers, options=options
    )
    ref: RequestRef[OutT] = RequestRef(
        **ref_fields(endpoint_id, output_model, config.queue_url, data)
    )
    waiter = Waiter(config, ref, logs=logs, on_update=on_queue_update, options=options)
    output: OutT = yield from waiter.guard(
        _enqueued(waiter, on_enqueue, strict=strict),
        cancel_on_timeout=cancel_on_abandon,
        cancel_on_abandon=cancel_on_abandon,
    )
    return output


def _enqueued(
    waiter: Waiter, on_enqueue: Callable[[str], object] | None, *, strict: bool
) -> Flow[Any]:
    if on_enqueue is not None:
        yield Callback(on_enqueue, (waiter.ref.request_id,))
    return (yield from waiter.output(strict=strict))
