"""HTTP streaming: one POST to `{run_url}/{endpoint_id}/stream`, answered with server-sent
events, each handed to the caller as it arrives; the last one is the typed output.

A flow (see _flow), so both clients run the same code. The SSE is parsed by hand, as in _queue:
the package's runtime dependencies are httpx and pydantic only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from fal_models._base import OutputModel
from fal_models._config import ClientConfig
from fal_models._decode import Answer, expect_object, parse_output
from fal_models._exceptions import APIConnectionError, APITimeoutError, RequestTimeoutError
from fal_models._flow import Close, Emit, Flow, NextLine, Now
from fal_models._request import CallOptions, request
from fal_models._sse import SseEvents
from fal_models._urls import display_url

__all__ = ["DEFAULT_STREAM_PATH", "StreamState", "stream", "stream_url"]

OutT = TypeVar("OutT", bound=OutputModel)

DEFAULT_STREAM_PATH = "/stream"
_CLOCK_SLACK = 0.01
"""asyncio may end a wait a hair before the deadline it was given."""


@dataclass
class StreamState(Generic[OutT]):
    """What a running stream has learnt so far, for the object the caller iterates over."""

    request_id: str | None = None
    """fal's `x-fal-request-id`, once the answer's headers arrived."""
    events: int = 0
    """Events handed out so far."""
    output: OutT | None = field(default=None)
    """The final event parsed into the output model, once the stream ended."""


def stream_url(run_url: str, endpoint_id: str, path: str) -> str:
    """`{run_url}/{endpoint_id}/{path}`; an empty path streams from the endpoint itself."""
    tail = path.strip("/")
    return f"{run_url}/{endpoint_id}" + (f"/{tail}" if tail else "")


def stream(
    config: ClientConfig,
    url: str,
    body: dict[str, Any],
    output_model: type[OutT],
    state: StreamState[OutT],
    *,
    headers: Mapping[str, str],
    options: CallOptions,
    strict: bool,
) -> Flow[OutT]:
    """POST the input and emit each event (a dict) as it arrives; the last one, parsed into
    `output_model`, is the result (also kept in `state`).

    Never repeated once sent (the `stream` retry policy). An error answer raises its typed
    error; an event that is not a JSON object, or a stream that ends without any event, a
    MalformedResponseError; a body that breaks off an APIConnectionError; the deadline in
    `options` a RequestTimeoutError; all naming the request fal answered with. A 2xx JSON
    answer (no event stream) is taken as the one, final event."""
    response = yield from request(
        config,
        "POST",
        url,
        kind="stream",
        json=body,
        headers={"Accept": "text/event-stream", **headers},
        options=options,
        stream=True,
    )
    state.request_id = response.headers.get("x-fal-request-id")
    answer = Answer.of(response, "stream event")
    content_type = response.headers.get("content-type", "")
    final: str | None
    try:
        if "text/event-stream" not in content_type:
            yield Close(response)
            if "json" not in content_type:
                raise answer.malformed(f"not an event stream: {content_type!r}", response.content)
            final = response.content.decode("utf-8", errors="replace")
            yield Emit(dict(answer.decode(final, expect_object)))
            state.events += 1
        else:
            final = yield from _events(response, answer, state)
            yield Close(response)
    except httpx.TimeoutException as exc:
        yield Close(response, drain=False)
        raise (yield from _timed_out(url, options, state, exc)) from exc
    except httpx.TransportError as exc:
        yield Close(response, drain=False)
        raise APIConnectionError(
            f"the stream from {display_url(url)} broke off after {state.events} events "
            f"({type(exc).__name__}); it was not retried",
            request_id=state.request_id,
            may_have_been_enqueued=True,
        ) from exc
    except GeneratorExit:
        raise  # the driver closes the response
    except BaseException:
        yield Close(response, drain=False)
        raise
    if final is None:
        raise answer.malformed("the stream ended without a final event", b"")
    state.output = parse_output(
        Answer.of(response, "final stream event"), final, output_model, strict
    )
    state.output._response_headers = dict(response.headers)
    return state.output


def _events(response: httpx.Response, answer: Answer, state: StreamState[Any]) -> Flow[str | None]:
    """Emit each event's data (a JSON object) as it arrives; the last event's data, or None
    when there was none. Comments (`: ping`) and events of a type other than `message` are
    skipped."""
    last: str | None = None
    events = SseEvents()
    while True:
        line: str | None = yield NextLine(response)
        if line is None:
            return last
        event = events.feed(line)
        if event is None:
            continue
        parsed = dict(answer.decode(event, expect_object))
        last = event
        state.events += 1
        yield Emit(parsed)


def _timed_out(
    url: str, options: CallOptions, state: StreamState[Any], exc: httpx.TimeoutException
) -> Flow[Exception]:
    """The error of a read that timed out: the call's deadline, or a gap between events
    longer than the HTTP timeout."""
    deadline = options.deadline
    if deadline is not None:
        now: float = yield Now()
        if now + _CLOCK_SLACK >= deadline.at:
            return RequestTimeoutError(state.request_id, deadline.seconds)
    return APITimeoutError(
        f"no event from {display_url(url)} within the timeout after {state.events} events "
        f"({type(exc).__name__}); it was not retried",
        request_id=state.request_id,
        may_have_been_enqueued=True,
    )
