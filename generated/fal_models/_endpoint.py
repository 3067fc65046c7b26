"""Endpoint base classes: run, submit, subscribe, stream and resume, typed by the endpoint's
models.

Generated endpoint classes add only typed keyword arguments and docstrings, then call in here.
Pricing loads on the first estimate (or budgeted call), not with the endpoint.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from fal_models import _queue, _realtime, _spending, _streaming, _uploads
from fal_models._base import InputModel, OutputModel
from fal_models._exceptions import FalError, InvalidOptionError
from fal_models._flow import Flow
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._headers import queue_headers
from fal_models._options import check_call_options
from fal_models._request import CallOptions, deadline_after
from fal_models._spending import Spend
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._tracebacks import drop_internal_frames
from fal_models._types import (
    AsyncSubscribeOptions,
    RequestOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
    given,
    omit,
)

if TYPE_CHECKING:
    from fal_models._clients import AsyncClientBase, SyncClientBase
    from fal_models._config import ClientConfig
    from fal_models._pricing import CostEstimate

InT = TypeVar("InT", bound=InputModel)
OutT = TypeVar("OutT", bound=OutputModel)


def _call_options(options: Mapping[str, Any]) -> CallOptions:
    return CallOptions(
        timeout=options.get("timeout", omit),
        max_retries=options.get("max_retries"),
        headers=options.get("headers"),
    )


def _headers(options: RequestOptions) -> dict[str, str]:
    submit: Mapping[str, Any] = options
    start_timeout = options.get("start_timeout")
    client_timeout = submit.get("client_timeout")
    if start_timeout is None and client_timeout is not None and client_timeout > 1:
        # As fal-client: a caller giving up after N seconds has no use for a later start.
        start_timeout = client_timeout
    return queue_headers(
        start_timeout=start_timeout,
        hint=options.get("hint"),
        store_io=options.get("store_io"),
        media_expires_in=options.get("media_expires_in"),
        priority=submit.get("priority"),
        no_retry=submit.get("no_retry"),
    )


class _Enqueued:
    """The `on_enqueue` of a budgeted subscribe: notes that fal took the call, then calls the
    caller's own callback (whose awaitable, if any, the async driver awaits)."""

    def __init__(self, callback: Callable[[str], object] | None) -> None:
        self.callback = callback
        self.seen = False

    def __call__(self, request_id: str) -> object:
        self.seen = True
        return None if self.callback is None else self.callback(request_id)


class _EndpointCommon(Generic[InT, OutT]):
    """What both clients' endpoints share: input checks and the flows they drive."""

    endpoint_id: ClassVar[str]
    input_model: ClassVar[type[Any]]
    output_model: ClassVar[type[Any]]
    deprecated: ClassVar[str | None] = None

    def _input(self, values: dict[str, Any]) -> _uploads.PreparedInput:
        """Validate before any I/O; local files are inlined or uploaded only when sending. (A
        deprecated endpoint's generated methods carry PEP 702's `@deprecated`, which warns.)"""
        try:
            return _uploads.prepare(self.input_model, given(values))
        except FalError as exc:
            drop_internal_frames(exc)
            raise

    def _check_options(self, options: Mapping[str, Any], kind: Any, method: str) -> None:
        """`**options` catches every keyword that is not an input field: reject the unknown ones
        (usually a misspelt field) the way Python would, with a suggestion; then the values."""
        allowed: frozenset[str] = kind.__required_keys__ | kind.__optional_keys__
        unknown = [name for name in options if name not in allowed]
        if not unknown:
            check_call_options(options)
            return
        known = [*self.input_model.model_fields, *sorted(allowed)]
        match = difflib.get_close_matches(unknown[0], known, n=1, cutoff=0.6)
        hint = f"; did you mean {match[0]!r}?" if match else ""
        raise TypeError(
            f"{type(self).__name__}.{method}() got an unexpected keyword argument "
            f"{unknown[0]!r}{hint}"
        )

    def _realtime_session(
        self,
        config: ClientConfig,
        path: str,
        max_buffering: int | None,
        token_expiration: int,
        encoding: _realtime.Encoding,
    ) -> _realtime.Session[OutT]:
        """A realtime session's settings, checked before any I/O (InvalidOptionError)."""
        _realtime.check_options(path, max_buffering, token_expiration, encoding)
        return _realtime.Session(
            config,
            self.endpoint_id,
            self.input_model,
            self.output_model,
            path,
            max_buffering,
            token_expiration,
            encoding,
        )

    def _ref_fields(self, config: ClientConfig, data: Mapping[str, Any]) -> dict[str, Any]:
        return _queue.ref_fields(self.endpoint_id, self.output_model, config.queue_url, data)

    def _run_flow(
        self, config: ClientConfig, payload: _uploads.PreparedInput, options: RunOptions
    ) -> Flow[OutT]:
        self._check_options(options, RunOptions, "run")
        budget = _spending.budget_of(config, options.get("budget"))
        body = yield from _uploads.body(config, payload)
        output: OutT = yield from _spending.spend(
            config,
            self.endpoint_id,
            budget,
            lambda: _queue.run(
                config,
                self.endpoint_id,
                body,
                self.output_model,
                headers=_headers(options),
                options=_call_options(options),
                strict=options.get("strict", False),
            ),
            Spend.settle_output,
            queued=False,
        )
        return output

    def _submit_flow(
        self, config: ClientConfig, payload: _uploads.PreparedInput, options: SubmitOptions
    ) -> Flow[dict[str, Any]]:
        self._check_options(options, SubmitOptions, "submit")
        budget = _spending.budget_of(config, options.get("budget"))
        body = yield from _uploads.body(config, payload)
        data = yield from _spending.spend(
            config,
            self.endpoint_id,
            budget,
            lambda: _queue.submit(
                config,
                self.endpoint_id,
                body,
                webhook_url=options.get("webhook_url"),
                headers=_headers(options),
                options=_call_options(options),
            ),
            _spending.keep_estimate,
            queued=True,
        )
        return self._ref_fields(config, data)

    def _subscribe_flow(
        self,
        config: ClientConfig,
        payload: _uploads.PreparedInput,
        options: SubscribeOptions | AsyncSubscribeOptions,
    ) -> Flow[OutT]:
        self._check_options(options, SubscribeOptions, "subscribe")
        budget = _spending.budget_of(config, options.get("budget"))
        # The call's deadline covers the uploads of its local files too.
        deadline = yield from deadline_after(options.get("client_timeout"))
        body = yield from _uploads.body(config, payload, deadline=deadline)
        enqueued = _Enqueued(options.get("on_enqueue"))
        output: OutT = yield from _spending.spend(
            config,
            self.endpoint_id,
            budget,
            lambda: _queue.subscribe(
                config,
                self.endpoint_id,
                self.output_model,
                body,
                webhook_url=options.get("webhook_url"),
                headers=_headers(options),
                options=dataclasses.replace(_call_options(options), deadline=deadline),
                on_enqueue=enqueued if budget is not None else options.get("on_enqueue"),
                on_queue_update=options.get("on_queue_update"),
                logs=options.get("logs", False),
                client_timeout=options.get("client_timeout"),
                strict=options.get("strict", False),
                cancel_on_abandon=options.get("cancel_on_abandon", True),
            ),
            Spend.settle_output,
            queued=True,
            enqueued=lambda: enqueued.seen,
        )
        return output

    def _estimate_flow(
        self, config: ClientConfig, calls: object, units: object, input: object
    ) -> Flow[CostEstimate]:
        from fal_models import _pricing

        calls, units = _pricing.check_quantity(calls, units)
        if input is not None:
            if not isinstance(input, Mapping):
                raise InvalidOptionError("input", f"expected a mapping, got {type(input).__name__}")
            self._input(dict(input))
        found: CostEstimate = yield from _pricing.estimate(
            config, self.endpoint_id, calls=calls, units=units
        )
        return found

    def _stream_flow(
        self,
        config: ClientConfig,
        payload: _uploads.PreparedInput,
        options: StreamOptions,
        state: _streaming.StreamState[OutT],
    ) -> Flow[OutT]:
        # The call's deadline covers the uploads of its local files too.
        deadline = yield from deadline_after(options.get("client_timeout"))
        body = yield from _uploads.body(config, payload, deadline=deadline)
        path = options.get("path", _streaming.DEFAULT_STREAM_PATH)
        output: OutT = yield from _streaming.stream(
            config,
            _streaming.stream_url(config.run_url, self.endpoint_id, path),
            body,
            self.output_model,
            state,
            headers=queue_headers(store_io=options.get("store_io")),
            options=dataclasses.replace(_call_options(options), deadline=deadline),
            strict=options.get("strict", False),
        )
        return output


class SyncEndpoint(_EndpointCommon[InT, OutT]):
    """One fal endpoint on a blocking client."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.endpoint_id}>"

    def handle(self, request_id: str) -> RequestHandle[OutT]:
        """Resume a queued request from its id alone."""
        fields = self._ref_fields(self._client.config, {"request_id": request_id})
        return RequestHandle(**fields, client=self._client)

    def estimate(
        self,
        *,
        calls: int | None = None,
        units: float | None = None,
        input: Mapping[str, Any] | None = None,
    ) -> CostEstimate:
        """fal's estimate of what `calls` calls cost (default 1; its `historical_api_price`), or
        `units` billing units (`unit_price`). `input`, when given, is validated first
        (InputValidationError); fal's estimate itself does not depend on it."""
        return self._client.drive(self._estimate_flow(self._client.config, calls, units, input))

    def _run(self, payload: _uploads.PreparedInput, options: RunOptions) -> OutT:
        return self._client.drive(self._run_flow(self._client.config, payload, options))

    def _submit(
        self, payload: _uploads.PreparedInput, options: SubmitOptions
    ) -> RequestHandle[OutT]:
        fields = self._client.drive(self._submit_flow(self._client.config, payload, options))
        return RequestHandle(**fields, client=self._client)

    def _subscribe(self, payload: _uploads.PreparedInput, options: SubscribeOptions) -> OutT:
        return self._client.drive(self._subscribe_flow(self._client.config, payload, options))

    @contextlib.contextmanager
    def realtime(
        self,
        *,
        path: str = "/realtime",
        max_buffering: int | None = None,
        token_expiration: int = _realtime.TOKEN_EXPIRATION,
        encoding: _realtime.Encoding = "msgpack",
    ) -> Iterator[_realtime.RealtimeConnection[OutT]]:
        """A realtime session over a WebSocket (`pip install 'fal-models[realtime]'`):
        `send()` inputs, `recv()` typed outputs. The socket is authorised by a token fal mints
        for `token_expiration` seconds (the key never goes in its URL), minted again at 90 % of
        its life while the socket is open; an Unauthorized frame is answered once with a new
        token and socket. `max_buffering` (1-60) is passed on to fal; `encoding="json"` sends
        JSON text frames instead of msgpack."""
        config = self._client.config
        session = self._realtime_session(config, path, max_buffering, token_expiration, encoding)

        def mint() -> str:
            return self._client.drive(
                _realtime.mint_token(config, self.endpoint_id, token_expiration)
            )

        with _realtime.connect(session, mint=mint) as connection:
            yield connection

    def _stream(
        self, payload: _uploads.PreparedInput, options: StreamOptions
    ) -> EndpointStream[OutT]:
        self._check_options(options, StreamOptions, "stream")
        state: _streaming.StreamState[OutT] = _streaming.StreamState()
        flow = self._stream_flow(self._client.config, payload, options, state)
        return EndpointStream(self._client.iterate(flow), state)


class AsyncEndpoint(_EndpointCommon[InT, OutT]):
    """One fal endpoint on an asyncio client."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.endpoint_id}>"

    def handle(self, request_id: str) -> AsyncRequestHandle[OutT]:
        """Resume a queued request from its id alone."""
        fields = self._ref_fields(self._client.config, {"request_id": request_id})
        return AsyncRequestHandle(**fields, client=self._client)

    async def estimate(
        self,
        *,
        calls: int | None = None,
        units: float | None = None,
        input: Mapping[str, Any] | None = None,
    ) -> CostEstimate:
        """fal's estimate of what `calls` calls cost (default 1; its `historical_api_price`), or
        `units` billing units (`unit_price`). `input`, when given, is validated first
        (InputValidationError); fal's estimate itself does not depend on it."""
        config = self._client.config
        return await self._client.drive(self._estimate_flow(config, calls, units, input))

    async def _run(self, payload: _uploads.PreparedInput, options: RunOptions) -> OutT:
        return await self._client.drive(self._run_flow(self._client.config, payload, options))

    async def _submit(
        self, payload: _uploads.PreparedInput, options: SubmitOptions
    ) -> AsyncRequestHandle[OutT]:
        fields = await self._client.drive(self._submit_flow(self._client.config, payload, options))
        return AsyncRequestHandle(**fields, client=self._client)

    async def _subscribe(
        self, payload: _uploads.PreparedInput, options: AsyncSubscribeOptions
    ) -> OutT:
        return await self._client.drive(self._subscribe_flow(self._client.config, payload, options))

    @contextlib.asynccontextmanager
    async def realtime(
        self,
        *,
        path: str = "/realtime",
        max_buffering: int | None = None,
        token_expiration: int = _realtime.TOKEN_EXPIRATION,
        encoding: _realtime.Encoding = "msgpack",
    ) -> AsyncIterator[_realtime.AsyncRealtimeConnection[OutT]]:
        """A realtime session over a WebSocket (`pip install 'fal-models[realtime]'`):
        `await send()` inputs, `await recv()` typed outputs. The socket is authorised by a
        token fal mints for `token_expiration` seconds (the key never goes in its URL), minted
        again at 90 % of its life while the socket is open; an Unauthorized frame is answered
        once with a new token and socket. `max_buffering` (1-60) is passed on to fal;
        `encoding="json"` sends JSON text frames instead of msgpack."""
        config = self._client.config
        session = self._realtime_session(config, path, max_buffering, token_expiration, encoding)

        async def mint() -> str:
            return await self._client.drive(
                _realtime.mint_token(config, self.endpoint_id, token_expiration)
            )

        async with _realtime.async_connect(session, mint=mint) as connection:
            yield connection

    def _stream(
        self, payload: _uploads.PreparedInput, options: StreamOptions
    ) -> AsyncEndpointStream[OutT]:
        self._check_options(options, StreamOptions, "stream")
        state: _streaming.StreamState[OutT] = _streaming.StreamState()
        flow = self._stream_flow(self._client.config, payload, options, state)
        return AsyncEndpointStream(self._client.iterate(flow), state)
