"""The queue's flows: submit, status, the status stream with its polling fallback, result, cancel.

Each function is a flow (see _flow): both clients run the same code, blocking or awaiting.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from fal_models._base import OutputModel
from fal_models._config import ClientConfig
from fal_models._decode import Answer, json_answer, output, with_text
from fal_models._exceptions import (
    APIConnectionError,
    APIStatusError,
    MalformedResponseError,
    RequestFailedError,
    RequestTimeoutError,
)
from fal_models._flow import Callback, Close, Emit, Flow, NextLine, Now, Sleep
from fal_models._request import NO_OVERRIDES, CallOptions, request
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
"""Status streams that may end early before waiting falls back to polling."""
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
        kind="submit",
    )
    return output(response, output_model, "run answer", request_id=None, strict=strict)


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
    return output(response, ref.output_model, "result", request_id=ref.request_id, strict=strict)


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
) -> Flow[None]:
    try:
        yield from cancel(config, ref, options=options)
    except Exception as exc:  # the caller is already failing with a better error
        logger.warning("could not cancel request %s: %s", ref.request_id, exc)


# -- waiting -------------------------------------------------------------------------------------


def deadline_after(timeout: float | None) -> Flow[float | None]:
    """The monotonic time `timeout` seconds from now (None: no deadline)."""
    if timeout is None:
        return None
    now: float = yield Now()
    return now + timeout


def poll_interval(attempt: int) -> float:
    """Polling grows from 0.05 s to 1 s so short jobs return fast and long ones stay cheap."""
    return float(min(0.05 * 1.5**attempt, 1.0))


class LogCursor:
    """Hands out each log entry once: polled logs are cumulative, streamed ones incremental,
    and a reopened stream or a switch to polling may repeat entries already seen."""

    def __init__(self) -> None:
        self._polled = 0
        self._seen: set[tuple[str | None, str, str | None, str | None]] = set()

    def fresh(self, status: QueueStatus, *, cumulative: bool) -> QueueStatus:
        if not isinstance(status, (InProgress, Completed)) or status.logs is None:
            return status
        logs = status.logs
        if cumulative:
            logs, self._polled = logs[self._polled :], max(self._polled, len(logs))
        new: list[LogEntry] = []
        for entry in logs:
            key = (entry.timestamp, entry.message, entry.level, entry.source)
            if entry.timestamp is not None and key in self._seen:
                continue
            self._seen.add(key)
            new.append(entry)
        return dataclasses.replace(status, logs=new)


@dataclass
class Waiter:
    """How to wait for one request: with or without logs, until an optional deadline."""

    config: ClientConfig
    ref: RequestRef[Any]
    logs: bool = False
    deadline: float | None = None
    """The monotonic time to give up at; when None, `timeout` seconds after the wait starts."""
    timeout: float | None = None
    on_update: Callable[[QueueStatus], object] | None = None
    emit: bool = False
    stream: bool = True
    options: CallOptions = NO_OVERRIDES
    """Per-call overrides (timeout, retries, headers) for each status, stream and cancel call."""
    cursor: LogCursor = field(default_factory=LogCursor)

    def events(self) -> Flow[Completed]:
        """Follow the request until Completed, handing each status to `on_update` (or, with
        `emit`, to the caller iterating over the flow)."""
        if self.deadline is None:
            # The clock starts now unless the caller started it earlier (subscribe: at submit).
            self.deadline = yield from deadline_after(self.timeout)
        if self.stream:
            completed = yield from self._stream()
            if completed is not None:
                return completed
        return (yield from self._poll())

    def until_done(self) -> Flow[Completed]:
        """Wait for completion; a request that completed with an error raises."""
        completed = yield from self.events()
        if completed.error:
            raise RequestFailedError(self.ref.request_id, completed.error, completed.error_type)
        return completed

    def _deliver(self, status: QueueStatus) -> Flow[None]:
        if isinstance(status, UnknownStatus):
            logger.debug(
                "request %s is in a state this client does not know (%.40r); still waiting",
                status.request_id,
                status.status,
            )
        if self.on_update is not None:
            yield Callback(self.on_update, (status,))
        elif self.emit:
            yield Emit(status)

    def _time_left(self) -> Flow[float | None]:
        """Seconds until the deadline (None: no deadline). Past it, cancel the request and raise
        RequestTimeoutError."""
        if self.deadline is None:
            return None
        now: float = yield Now()
        if now >= self.deadline:
            yield from cancel_quietly(self.config, self.ref, self.options)
            raise RequestTimeoutError(self.ref.request_id, self.timeout or 0.0)
        return self.deadline - now

    def _poll(self) -> Flow[Completed]:
        attempt = 0
        while True:
            current = yield from status(self.config, self.ref, logs=self.logs, options=self.options)
            yield from self._deliver(self.cursor.fresh(current, cumulative=True))
            if isinstance(current, Completed):
                return current
            remaining = yield from self._time_left()
            delay = poll_interval(attempt)
            yield Sleep(delay if remaining is None else min(delay, remaining))
            attempt += 1

    def _stream(self) -> Flow[Completed | None]:
        """Follow `/status/stream`; None when the server has no stream (then poll instead)."""
        for _ in range(STREAM_RECONNECTS):
            remaining = yield from self._time_left()
            idle = STREAM_IDLE_TIMEOUT if remaining is None else min(remaining, STREAM_IDLE_TIMEOUT)
            try:
                response = yield from request(
                    self.config,
                    "GET",
                    f"{self.ref.status_url}/stream",
                    kind="read",
                    params={"logs": "1" if self.logs else "0"},
                    options=dataclasses.replace(
                        self.options, timeout=httpx.Timeout(idle, connect=10.0)
                    ),
                    stream=True,
                )
            except APIStatusError as exc:
                if exc.status_code in _NO_STREAM_STATUS or exc.status_code >= 500:
                    logger.debug("no status stream (HTTP %d); polling", exc.status_code)
                    return None
                raise
            except APIConnectionError as exc:
                logger.debug("status stream unavailable (%s); polling", exc)
                return None
            if "text/event-stream" not in response.headers.get("content-type", ""):
                yield Close(response)
                return None
            try:
                completed = yield from self._read_events(response)
            except httpx.TimeoutException:
                completed = None
            except httpx.TransportError as exc:
                logger.debug("status stream dropped (%s); reopening", type(exc).__name__)
                completed = None
            # On any other error the client closes the stream for us.
            yield Close(response)
            if completed is not None:
                return completed
        return None

    def _read_events(self, response: httpx.Response) -> Flow[Completed | None]:
        """Each status event until COMPLETED; an event that is not a status raises
        MalformedResponseError. Events of another type than `message` are not statuses."""
        answer = Answer.of(response, "status event", self.ref.request_id)
        data: list[str] = []
        kind = ""
        while True:
            line: str | None = yield NextLine(response)
            if line is None:
                return None
            if line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
            elif line.startswith("event:"):
                kind = line[6:].strip()
            if line:
                continue  # a field, or a comment (`: ping`)
            event, is_status = "\n".join(data), kind in ("", "message")
            data, kind = [], ""
            if not event or not is_status:
                continue  # a blank keep-alive, or an event of another type
            current = answer.decode(event, lambda body: parse_status(body, self.ref.request_id))
            yield from self._deliver(self.cursor.fresh(current, cumulative=False))
            if isinstance(current, Completed):
                return current
            yield from self._time_left()


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
) -> Flow[OutT]:
    """Submit, wait (stream, else poll) and fetch the typed output. On `client_timeout` the
    remote request is cancelled and RequestTimeoutError carries its id."""
    deadline = yield from deadline_after(client_timeout)
    data = yield from submit(
        config, endpoint_id, body, webhook_url=webhook_url, headers=headers, options=options
    )
    ref: RequestRef[OutT] = RequestRef(
        **ref_fields(endpoint_id, output_model, config.queue_url, data)
    )
    if on_enqueue is not None:
        yield Callback(on_enqueue, (ref.request_id,))
    waiter = Waiter(
        config,
        ref,
        logs=logs,
        deadline=deadline,
        timeout=client_timeout,
        on_update=on_queue_update,
        options=options,
    )
    yield from waiter.until_done()
    return (yield from result(config, ref, strict=strict, options=options))
